"""TimeML interop: read a TempEval-3 document, tag its TEXT, write it back with TIMEX3 tags, all else intact."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..models import TimeExpr
from .tagger import tag

_DCT = re.compile(r"<DCT>.*?</DCT>", re.S)
_CREATION = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.S)
_VALUE = re.compile(r"\bvalue=\"([^\"]*)\"")
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_MARKUP = re.compile(r"<[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_TIMEX_TAG = re.compile(r"</?TIMEX3\b[^>]*>")
_TID = re.compile(r"\btid=\"t(\d+)\"")
_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")


@dataclass
class Gold:
    """A TIMEX3 already in the TEXT, in plain-text offsets."""

    start: int
    end: int
    type: str
    value: str


@dataclass
class TimeMLDoc:
    """A TimeML file split into what the tagger needs and what must be written back untouched."""

    raw: str
    text_start: int  # raw offset of the TEXT content
    text_end: int
    plain: str  # TEXT with tags removed and entities decoded
    raw_at: list[int]  # raw offset (within the TEXT content) of each plain character, plus one past the end
    dct: str | None
    gold: list[Gold] = field(default_factory=list)


def read_timeml(raw: str) -> TimeMLDoc:
    """Parse a TimeML document: creation time, plain TEXT with an offset map, and any TIMEX3 already there."""
    text_m = _TEXT.search(raw)
    if not text_m:
        raise ValueError("no <TEXT> element")
    dct = None
    dct_m = _DCT.search(raw) or _CREATION.search(raw)
    if dct_m:
        value = _VALUE.search(dct_m.group(0))
        dct = value.group(1) if value else None
    content = text_m.group(1)
    plain: list[str] = []
    raw_at: list[int] = []
    gold: list[Gold] = []
    open_timex: list[tuple[int, dict[str, str]]] = []
    pos = 0
    for m in _MARKUP.finditer(content):
        for i in range(pos, m.start()):
            plain.append(content[i])
            raw_at.append(i)
        token = m.group(0)
        if token.startswith("&"):
            for char in html.unescape(token):  # an unknown entity stays as written, several characters
                plain.append(char)
                raw_at.append(m.start())
        elif token.startswith("<TIMEX3"):
            open_timex.append((len(plain), dict(_ATTR.findall(token))))
        elif token.startswith("</TIMEX3") and open_timex:
            begin, attrs = open_timex.pop()
            gold.append(Gold(begin, len(plain), attrs.get("type", ""), attrs.get("value", "")))
        pos = m.end()
    for i in range(pos, len(content)):
        plain.append(content[i])
        raw_at.append(i)
    raw_at.append(len(content))
    return TimeMLDoc(raw, text_m.start(1), text_m.end(1), "".join(plain), raw_at, dct, gold)


def _raw_end(doc: TimeMLDoc, content: str, plain_end: int) -> int:
    """The raw offset just past the plain character before plain_end (entities count whole)."""
    last = doc.raw_at[plain_end - 1]
    if content[last] == "&":
        return content.index(";", last) + 1
    return last + 1


def _balanced(fragment: str) -> bool:
    """Whether a raw fragment opens and closes its tags in order, so a TIMEX3 may wrap it."""
    depth = 0
    for m in re.finditer(r"<(/?)\w[^>]*?(/?)>", fragment):
        if m.group(2):
            continue
        depth += -1 if m.group(1) else 1
        if depth < 0:
            return False
    return depth == 0


def write_timeml(doc: TimeMLDoc, timexes: list[TimeExpr]) -> str:
    """The document with its TEXT's old TIMEX3 tags replaced by the given expressions, everything else kept."""
    content = doc.raw[doc.text_start : doc.text_end]
    used = [int(n) for n in _TID.findall(doc.raw[: doc.text_start] + doc.raw[doc.text_end :])]
    next_tid = max(used, default=0) + 1
    inserts: list[tuple[int, int, str]] = []  # (raw offset, order, tag): closing tags sort before openings
    for t in timexes:
        begin, end = doc.raw_at[t.start], _raw_end(doc, content, t.end)
        if not _balanced(_TIMEX_TAG.sub("", content[begin:end])):
            continue
        attrs = f'tid="t{next_tid}" type="{t.type}" value="{html.escape(t.value, quote=True)}"'
        inserts.append((begin, 1, f"<TIMEX3 {attrs}>"))
        inserts.append((end, 0, "</TIMEX3>"))
        next_tid += 1
    pieces: list[str] = []
    pos = 0
    for offset, _, tag_text in sorted(inserts):
        pieces.append(_TIMEX_TAG.sub("", content[pos:offset]))
        pieces.append(tag_text)
        pos = offset
    pieces.append(_TIMEX_TAG.sub("", content[pos:]))
    return doc.raw[: doc.text_start] + "".join(pieces) + doc.raw[doc.text_end :]


def tag_timeml(raw: str) -> str:
    """Tag one TimeML document's TEXT against its creation time and return the annotated document."""
    doc = read_timeml(raw)
    return write_timeml(doc, tag(doc.plain, doc.dct))


def timeml_files(paths: list[Path], outdir: Path) -> tuple[int, list[str]]:
    """Tag TimeML files into outdir under the same names; returns (count written, one-line errors)."""
    outdir.mkdir(parents=True, exist_ok=True)
    written, errors = 0, []
    files = [f for p in paths for f in (sorted(p.rglob("*.tml")) if p.is_dir() else [p])]
    for path in files:
        try:
            raw = path.read_text(encoding="utf-8")
            (outdir / path.name).write_text(tag_timeml(raw), encoding="utf-8")
            written += 1
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            errors.append(f"{path}: {exc}")
    return written, errors
