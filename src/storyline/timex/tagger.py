"""Find and normalize time expressions: run a language's rules, keep the longest spans, resolve in text order."""

from __future__ import annotations

import re
from datetime import date, timedelta
from types import ModuleType

from ..models import TimeExpr
from . import de, en, es, fr, hu, it, pl, pt, ru, uk
from .anchor import mask, parse_dct, shift
from .context import Ctx, Hit

LANGUAGES: dict[str, ModuleType] = {"en": en, "fr": fr, "es": es, "de": de, "hu": hu, "ru": ru, "it": it, "pt": pt,
                                     "uk": uk, "pl": pl}
MONTH_WORDS = frozenset(en.MONTHS) | {w for m in LANGUAGES.values() if m is not en for w in m.LEXICON.months}


def names_day(text: str) -> bool:
    """The expression writes its day out ("March 22", "22 mars 2024", "1º de abril", "2024-03-22", "22/03/2024"),
    rather than pointing at it ("on Saturday", "yesterday"): its day stands whatever the anchor."""
    t = text.lower()
    if re.search(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}", t):
        return True
    return bool(re.search(r"\b\d{1,2}(?:º|\b)", t)) and any(w in MONTH_WORDS for w in re.findall(r"\w+", t))


def _candidates(text: str, lang: ModuleType) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every rule match as (start, end, rule index, match), trying rules only at their possible first words
    and only where a head word (month, unit, digit, ...) follows closely."""
    tokens = []
    for tok in lang.TOKEN.finditer(text):
        word = tok.group().lower()
        if word[0] in "'’":
            word = "'" if word[1:2].isdigit() else word[1:]
        key = "#" if word[0].isdigit() else word
        tokens.append((tok.start(), key, key == "#" or key == "'" or key in lang.HEADS))
    found = []
    first, compiled, window = lang.FIRST_WORDS, lang.COMPILED, lang.HEAD_WINDOW
    next_head = len(tokens) + window + 1
    for i in range(len(tokens) - 1, -1, -1):
        start, key, is_head = tokens[i]
        if is_head:
            next_head = i
        if next_head - i > window:
            continue
        for index in first.get(key, ()):
            m = compiled[index][0].match(text, start)
            if m and m.end() > m.start():
                found.append((m.start(), m.end(), index, m))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    return found


def tag(text: str, dct: str | None, doc: str = "", lang: str = "en") -> list[TimeExpr]:
    """Recognize TIMEX3 expressions in text and normalize them against the creation time and narrative."""
    rules = LANGUAGES.get(lang, en)
    dct_date, dct_gran = parse_dct(dct)
    ctx = Ctx(text, dct_date, rules.FUTURE_CUE, rules.PAST_CUE, rules.SENTENCE_BREAK, dct_gran)
    out: list[TimeExpr] = []
    taken_until = 0
    pending = _candidates(text, rules)
    # Overlaps: a candidate starting inside a kept span is dropped; ties go to the longer, then earlier rule.
    chosen: list[tuple[int, int, Hit]] = []
    for start, end, index, m in pending:
        if start < taken_until:
            continue
        hit = rules.COMPILED[index][1](m, ctx)
        if hit is None:
            continue
        taken_until = end
        chosen.append((start, end, hit))
        _advance(ctx, start, end, hit)
    for start, end, hit in chosen:
        on_coarse_dct = dct_gran != "day" and hit.anchor is not None and hit.anchor == dct_date
        out.append(
            TimeExpr(
                doc=doc,
                start=start,
                end=end,
                text=text[start:end],
                type=hit.type,  # type: ignore[arg-type]
                value=mask(hit.value, dct_gran) if on_coarse_dct and hit.derived else hit.value,
                precision=hit.precision,
                anchor=_anchor_text(dct or "", dct_gran) if on_coarse_dct else _iso(hit),
            )
        )
    return out


def _advance(ctx: Ctx, start: int, end: int, hit: Hit) -> None:
    """Let a resolved expression move the narrative's reference time and the year context."""
    if hit.point is None:
        return
    ctx.move(hit.point, hit.precision)
    ctx.last_gran = hit.precision
    if hit.ends or (hit.precision in ("day", "time", "week") and not _within_night(ctx.night_ends, hit.point)):
        ctx.night_ends = hit.ends
    if hit.precision == "quarter" and _reported_quarter(ctx, start, end, hit.point):
        if hit.point != ctx.last_quarter:
            ctx.fiscal_quarter = "fiscal" in ctx.text[start:end].lower()
        ctx.last_quarter = hit.point
    if hit.explicit_year and hit.precision in ("day", "month", "time"):
        ctx.year_hint = (end, hit.point)
        if hit.precision != "month":
            ctx.dated_day = (end, hit.point)


def _within_night(ends: date | None, day: date) -> bool:
    """Whether a day is one of the two a night in hand spans ("gegen 23 Uhr" keeps the night for "gegen 3 Uhr")."""
    return ends is not None and ends - timedelta(days=1) <= day <= ends


def _reported_quarter(ctx: Ctx, start: int, end: int, point: date) -> bool:
    """Whether a quarter can be the one a report is about, which "the year-ago period", "the latest period"
    and "a year earlier" then refer to. Not a quarter still under way or ahead at the creation time unless
    its results are told in the past tense or it is a fiscal quarter (named by the company's year): "losses
    through the third quarter of 1990" is a forecast. Nor a comparison a year or more before the reported
    quarter ("the 1988 period" after "the third quarter")."""
    begun = date(point.year, point.month - (point.month - 1) % 3, 1)
    if (
        ctx.dct is not None
        and shift(begun, "quarter", 1) > ctx.dct
        and "fiscal" not in ctx.text[start:end].lower()
        and ctx.tense(start, end) >= 0
    ):
        return False
    return ctx.last_quarter is None or point > shift(ctx.last_quarter, "month", -12)


def _iso(hit: Hit) -> str | None:
    """The anchor a hit was resolved against, as an ISO date."""
    return hit.anchor.isoformat() if hit.anchor else None


def _anchor_text(dct: str, dct_gran: str) -> str:
    """A coarse creation time as given ("2024-02", "2024"), not the mid-period date standing in for it."""
    return dct[: 4 if dct_gran == "year" else 7]
