"""What a rule sees while resolving one expression: the creation time, the narrative's reference time, tense."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

# How far from an expression a tense cue still counts (characters before, after, within the sentence).
CUE_BEFORE, CUE_AFTER = 120, 60
# Where a clause ends after a time expression (a comma, semicolon, closing quote or bracket).
_CLAUSE_BREAK = re.compile(r"[,;:)]|''|[”»]|\"")
# A time expression that opens its sentence behind at most a few words ("In early September,").
_FRONTED = re.compile(r"\W*(?:\w+\W+){0,3}")
# What may stand between an explicitly dated expression and a yearless one that shares its year.
_RANGE_LINK = re.compile(r"[\s,]*(?:and|to|through|thru|until|till|or|-|–|—)\s+(?:on\s+)?|\s*[-–—]\s*")
# A dateline's head: a place name (a few words, maybe with its country) and a comma opening a line
# ("Brno, ", "BRNO, Czech Republic, "); its tail: a dash, maybe behind an agency in brackets ("(Reuters) -").
_DATELINE_HEAD = re.compile(r"[ \t]*(?=[^\W\d_])(?:[\w.'’-]+[ \t,]+){0,5}?[\w.'’-]+,[ \t]*")
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|[-–—_])")


@dataclass
class Hit:
    """A rule's reading of one expression; `point` (a day or coarser) moves the reference time."""

    type: str
    value: str
    precision: str
    anchor: date | None = None
    point: date | None = None
    explicit_year: bool = False
    derived: bool = False  # its finer fields were counted from the anchor (masked when the DCT is coarse)
    ends: date | None = None  # a night's: the day it runs into, where the small hours told after it fall


@dataclass
class Ctx:
    """Document-level state threaded through the rules in text order."""

    text: str
    dct: date | None
    future_cue: re.Pattern[str]
    past_cue: re.Pattern[str]
    sentence_break: re.Pattern[str]
    dct_gran: str = "day"
    refs: dict[str, date] = field(default_factory=dict)
    year_hint: tuple[int, date] | None = None
    dated_day: tuple[int, date] | None = None  # the last day written out with its year: (end offset, day)
    last_quarter: date | None = None
    fiscal_quarter: bool = False  # last_quarter was named by a company's fiscal year ("fiscal second quarter")
    last_gran: str = ""
    night_ends: date | None = None  # the day the night in hand runs into, until a day outside the night is told

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence around a span (a cheap look for sentence punctuation)."""
        left = self.text.rfind("\n", max(0, start - 300), start)
        window = self.text[max(left, start - 300, 0) : start]
        cut = [m.end() for m in self.sentence_break.finditer(window)]
        s = max(left, start - 300, 0) + (cut[-1] if cut else 0)
        m = self.sentence_break.search(self.text, end, end + 300)
        e = m.start() + 1 if m else min(len(self.text), end + 300)
        return s, e

    def tense(self, start: int, end: int) -> int:
        """+1 future, -1 past, 0 unknown: the tense cue nearest the span within its sentence wins. A past
        cue after a clause break is the reporting tail ("will meet Friday, officials said"), not the tense. A
        fronted expression ("On Friday, the ... League plans to") looks as far ahead as back for its verb."""
        if self.dateline(start, end):
            return 0
        s, e = self.sentence(start, end)
        fronted = _FRONTED.fullmatch(self.text, s, start)  # "In September, it announced ..."
        s, e = max(s, start - CUE_BEFORE), min(e, end + (CUE_BEFORE if fronted else CUE_AFTER))
        best, verdict = CUE_BEFORE + CUE_AFTER + 1, 0
        for cue, sign in ((self.future_cue, 1), (self.past_cue, -1)):
            for m in cue.finditer(self.text, s, start):
                if start - m.end() < best:
                    best, verdict = start - m.end(), sign
            brk = None if fronted or sign > 0 else _CLAUSE_BREAK.search(self.text, end, e)
            if brk:
                e = brk.start()
            m = cue.search(self.text, end, e)
            if m and m.start() - end < best:
                best, verdict = m.start() - end, sign
        return verdict

    def dateline(self, start: int, end: int) -> bool:
        """Whether a span is the date of a dateline ("Brno, March 12 – The minister will appeal"): it dates the
        article, so the story after it lends it no tense."""
        line = self.text.rfind("\n", 0, start) + 1
        head = _DATELINE_HEAD.fullmatch(self.text, line, start)
        return bool(head and self.text[line:start].strip()[:1].isupper() and _DATELINE_TAIL.match(self.text, end))

    def future(self, start: int, end: int) -> bool:
        """Whether the nearest tense cue around a span speaks of the future (news text defaults to the past).

        Month-day dates ask only this: past verbs near them ("declared ... payable Dec. 7") mislead."""
        return self.tense(start, end) > 0

    def year_anchor(self, start: int) -> date | None:
        """The date yearless expressions resolve against: the dated end of a range or list they close
        ("between Dec. 2, 1956, and Jan. 8"), or a date with its year earlier in the same sentence
        ("planned to leave on January 10, 2023, but delayed it to January 14"), else the DCT."""
        if self.year_hint and _RANGE_LINK.fullmatch(self.text, self.year_hint[0], start):
            return self.year_hint[1]
        if (
            self.year_hint
            and self.sentence(start, start)[0] <= self.year_hint[0]
            and not self.future(start, start)
        ):
            return self.year_hint[1]  # a dated past expression earlier in the same sentence sets the year
        return self.dct

    def resolve_yearless(
        self, start: int, direction: int, resolve: Callable[[date, int], date | None]
    ) -> tuple[date | None, date | None]:
        """Resolve a yearless expression, as (anchor, date): resolve(anchor, direction) picks the occurrence
        (direction -1 the last on or before the anchor, +1 the next, 0 the nearest). When the sentence before
        holds a day dated with its year ("planned to travel on January 10, 2023. ... during New Year's
        Eve"), the past occurrence nearest that day wins if it is nearer than the reading from the DCT."""
        anchor = self.year_anchor(start)
        d = resolve(anchor, direction) if anchor else None
        hint = self.dated_day
        if d is None or hint is None or anchor != self.dct or direction > 0 or self.future(start, start):
            return anchor, d
        s0 = self.sentence(start, start)[0]
        back = len(self.text[:s0].rstrip())
        if back and self.sentence(back - 1, back - 1)[0] <= hint[0]:
            alt = resolve(hint[1], 0)
            if (
                alt
                and (self.dct is None or alt <= self.dct)
                and abs((alt - hint[1]).days) < abs((d - anchor).days)
            ):
                return hint[1], alt
        return anchor, d

    def narrative(self, gran: str) -> date | None:
        """The reference time at a granularity that anaphora ("the next day", "that year") count from."""
        return self.refs.get(gran, self.dct)

    def move(self, point: date, gran: str) -> None:
        """Shift the reference time to a resolved expression, at its granularity and every coarser one."""
        levels = ("day", "month", "year")
        if gran not in levels:
            gran = (
                "day" if gran in ("time", "week") else "year" if gran in ("quarter", "half", "season") else ""
            )
        if gran:
            for level in levels[levels.index(gran) :]:
                self.refs[level] = point
