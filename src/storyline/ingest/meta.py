"""Article metadata: header lines, inline dates, date and language normalization, outlet from URL."""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from dateutil import parser as dateparser

HEADER_KEYS = ("url", "outlet", "published", "language", "title")
_HEADER_LINE = re.compile(r"^([A-Za-z][\w-]{0,30})\s*:\s*(.*)$")
_HEADER_END = "---"
_INLINE_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_ISO_COARSE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_UNKNOWN = {"", "unknown", "n/a", "na", "none", "null", "-", "?"}
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$", re.IGNORECASE)

# Confidence of each basis for `published`.
CONFIDENCE = {"header": 1.0, "metadata": 0.9, "html-meta": 0.8, "inline-date": 0.9}


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split `key: value` header lines closed by a `---` line off the text; no `---` means no header."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if line.strip() == _HEADER_END:
            return header, "\n".join(lines[i + 1 :])
        match = _HEADER_LINE.match(line.strip())
        if not match:
            if line.strip() or i > 0:
                break
            continue
        key = match.group(1).lower()
        if key in HEADER_KEYS:
            header[key] = match.group(2).strip()
    return {}, text


def take_inline_date(body: str) -> tuple[str | None, str]:
    """Read a leading `date YYYY-MM-DD` marker as a date and remove it from the text."""
    match = _INLINE_DATE.match(body)
    if not match or normalize_date(match.group(1)) is None:
        return None, body
    return match.group(1), body[match.end() :]


def normalize_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD, or coarser YYYY-MM / YYYY) from a date string, or None if unknown."""
    if value is None:
        return None
    text = str(value).strip()
    if text.lower() in _UNKNOWN:
        return None
    coarse = _ISO_COARSE.match(text)
    if coarse:
        year, month, day = coarse.groups()
        try:
            datetime(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return None
        return "-".join(part for part in (year, month, day) if part)
    try:
        parsed = dateparser.parse(text, default=datetime(1, 1, 1))
    except (ValueError, OverflowError):
        return None
    if parsed is None or parsed.year < 1800:
        return None
    return parsed.date().isoformat()


def normalize_language(value: object) -> str | None:
    """A lowercase ISO 639 code from `en`, `en-US`, `EN_gb`; None when the value is not a language code."""
    match = _LANG.match(str(value or "").strip())
    return match.group(1).lower() if match else None


def outlet_from_url(url: str) -> str:
    """The URL's host without `www.` as a fallback outlet name."""
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.")


def detect_language(text: str, default: str = "en") -> str:
    """Guess the language of the text from its first 1,500 characters (py3langid, offline)."""
    sample = text[:1500]
    if sum(ch.isalpha() for ch in sample) < 20:
        return default
    import py3langid  # imported here: loading its model takes about a second

    lang, _score = py3langid.classify(sample)
    return str(lang)
