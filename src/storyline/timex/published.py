"""Infer an article's publication date from its own text when no header or HTML metadata gave one."""

from __future__ import annotations

import re

from .tagger import tag

_HEAD_CHARS = 300  # an inline date line or byline sits in the first lines of the text
_FULL = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEARLESS = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_INLINE = re.compile(
    r"^\s*(?:date(?:line)?|dated)\s*[:=-]?\s*(?P<rest>[^\n]{4,60})$|^\s*(?P<alone>[^\n]{6,40})$", re.I | re.M
)
# A byline starts a line or follows a separator ("By Jane Doe | Published ..."), never mid-sentence
# ("the company posted record profit on March 3, 2023").
_BYLINE = re.compile(
    r"(?:^|[|•·—–]|\s-)[ \t]*(?P<kind>(?:first\s+|originally\s+)?published|posted|(?:last\s+)?updated|modified"
    r"|publié|publicado|pubblicato|veröffentlicht|közzétéve|опубликовано|mis\s+à\s+jour|actualizado|atualizado"
    r"|aggiornato|aktualisiert|frissítve|обновлено|опубліковано|оновлено|opublikowano|data\s+publikacji"
    r"|aktualizacja|zaktualizowano)\b"
    r"\s*(?:on\s*|:\s*|at\s*|le\s*|el\s*|am\s*|il\s*|em\s*)?(?P<rest>[^\n]{4,80})",
    re.I | re.M,
)
_LATER = re.compile(
    r"(?:last\s+)?updated|modified|mis\s+à\s+jour|actualizado|atualizado|aggiornato|aktualisiert|frissítve|обновлено"
    r"|оновлено|aktualizacja|zaktualizowano",
    re.I,
)
_COPYRIGHT = re.compile(r"(?:\bcopyright\b|©|\(c\))\s*(?:©\s*)?(?P<year>(?:19|20)\d\d)\b", re.I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _full_date(snippet: str, year: str | None = None, lang: str = "en") -> str | None:
    """The first day-precise date in a snippet; a yearless one only when a year is supplied."""
    for t in tag(snippet, None, lang=lang):
        if t.type not in ("DATE", "TIME"):
            continue
        day = t.value[:10]
        if _FULL.match(day):
            return day
        m = _YEARLESS.match(day)
        if m and year:
            return f"{year}-{m.group(1)}-{m.group(2)}"
    return None


def _coarse_date(snippet: str, lang: str = "en") -> str | None:
    """A month or year alone (2023-11, 2023) when a snippet names no day."""
    for t in tag(snippet, None, lang=lang):
        if t.type == "DATE" and re.fullmatch(r"\d{4}(?:-\d{2})?", t.value):
            return t.value
    return None


def _year_in(text: str) -> str | None:
    """The one year a text mentions most, to complete a yearless byline."""
    years = _YEAR.findall(text)
    return max(set(years), key=years.count) if years else None


def infer_published(text: str, title: str = "", lang: str = "en") -> tuple[str | None, str | None, float]:
    """(date, basis, confidence) from an inline date line, a dated byline, the title, a copyright, or the text
    (read with the rules of its language: "Publié le 3 mars 2024")."""
    head = text[:_HEAD_CHARS]
    inline = [
        (m.group("rest"), True) if m.group("rest") else (m.group("alone"), False)
        for m in _INLINE.finditer(head)
    ]
    for snippet, labelled in inline:
        found = _full_date(snippet, lang=lang) if labelled else None
        coarse = None if found or not labelled else _coarse_date(snippet, lang)
        if found or coarse:
            return found or coarse, "inline-date", 0.85 if found else 0.6
    copyright_m = _COPYRIGHT.search(text)
    bylines = sorted(_BYLINE.finditer(text), key=lambda b: bool(_LATER.match(b.group("kind"))))
    for m in bylines:
        found = _full_date(m.group("rest"), lang=lang)
        if found:
            return found, "byline", 0.9
    for snippet, labelled in inline:
        found = None if labelled or not _only_date(snippet, lang) else _full_date(snippet, lang=lang)
        if found:
            return found, "inline-date", 0.8
    year = copyright_m.group("year") if copyright_m else _year_in(text)
    for m in bylines:
        found = _full_date(m.group("rest"), year, lang)
        if found:
            return found, "byline", 0.6
    if title:
        found = _full_date(title, lang=lang)
        if found:
            return found, "title-date", 0.7
    if copyright_m:
        return copyright_m.group("year"), "copyright", 0.4
    days = [t.value for t in tag(text, None, lang=lang) if t.type == "DATE" and _FULL.match(t.value)]
    if days:
        return max(days), "latest-date", 0.3
    return None, None, 0.0


def _only_date(snippet: str, lang: str = "en") -> bool:
    """Whether a line holds nothing but a date (a dateline on its own), so it can stand as one."""
    found = tag(snippet, None, lang=lang)
    covered = sum(t.end - t.start for t in found)
    return bool(found) and covered >= len(re.sub(r"[\W_]+", "", snippet)) * 0.6
