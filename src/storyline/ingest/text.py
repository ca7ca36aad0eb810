"""Bytes to clean Unicode: encoding detection, binary sniffing, normalization, content hashing."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from charset_normalizer import from_bytes

# Magic numbers of common non-text formats, so the error can say what the file is.
_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (or Office document)",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"SQLite format 3": "SQLite database",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy encoding preferred when the detector finds several equally clean readings.
_TIEBREAK = "cp1252"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\u2028\u2029\ufeff]")
_INLINE_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


class DecodeError(ValueError):
    """Raised when bytes are not text or cannot be decoded; the message is the one-line reason."""


def decode(data: bytes) -> str:
    """Decode file bytes to str: BOM first, then UTF-8, then UTF-16 without BOM, then charset detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} text after byte-order mark: {exc.reason}") from None
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(f"binary file ({kind}), not text")
    head = data[:8192]
    if b"\x00" in head:
        return _decode_nul_bearing(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise DecodeError("undecodable text: no character encoding fits its bytes")
    ties = [r for r in results if r.chaos <= best.chaos + 0.005 and r.coherence >= best.coherence - 0.05]
    for r in ties:
        if _TIEBREAK in r.could_be_from_charset:
            return data.decode(_TIEBREAK)
    return str(best)


def _decode_nul_bearing(data: bytes) -> str:
    """Text with NUL bytes is UTF-16 without a BOM (NULs on one byte parity) or else binary."""
    head = data[:8192]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = max(1, len(head) // 2)
    for nuls, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if nuls / half > 0.3 and min(even, odd) / half < 0.05:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    raise DecodeError("binary file (contains NUL bytes), not text")


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly control or replacement characters (a mis-decoded binary)."""
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(
        1 for ch in sample if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r")
    )
    return bad / len(sample) > 0.05


def normalize(text: str) -> str:
    """NFC, unified line endings, no control or zero-width characters, single spaces, trimmed lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    lines = (_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


def paragraphs(text: str) -> list[str]:
    """Split normalized text into paragraphs: one per line, or per blank-line block when hard-wrapped."""
    lines = text.split("\n")
    filled = [ln for ln in lines if ln]
    if not filled:
        return []
    wrapped = sum(1 for ln in filled if 50 <= len(ln) <= 80)
    if len(filled) >= 4 and wrapped / len(filled) >= 0.6 and max(map(len, filled)) <= 100:
        return [" ".join(block.split("\n")) for block in re.split(r"\n{2,}", text) if block.strip()]
    return filled


def join_paragraphs(paras: list[str]) -> str:
    """The clean-text layout: paragraphs separated by one blank line."""
    return "\n\n".join(p for p in paras if p)


def content_hash(text: str) -> str:
    """sha256 of the text casefolded with whitespace collapsed, so trivial layout changes hash alike."""
    key = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
