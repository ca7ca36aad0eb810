"""What a rule sees while resolving one expression: the creation time, the narrative's reference time, tense."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

# How far from an expression a tense cue still counts (characters before, after, within the sentence).
CUE_BEFORE, CUE_AFTER = 120, 60


@dataclass
class Hit:
    """A rule's reading of one expression; `point` (a day or coarser) moves the reference time."""

    type: str
    value: str
    precision: str
    anchor: date | None = None
    point: date | None = None
    explicit_year: bool = False


@dataclass
class Ctx:
    """Document-level state threaded through the rules in text order."""

    text: str
    dct: date | None
    future_cue: re.Pattern[str]
    sentence_break: re.Pattern[str]
    refs: dict[str, date] = field(default_factory=dict)
    year_hint: tuple[int, date] | None = None
    last_quarter: date | None = None
    last_gran: str = ""

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence around a span (a cheap look for sentence punctuation)."""
        left = self.text.rfind("\n", max(0, start - 300), start)
        window = self.text[max(left, start - 300, 0) : start]
        cut = [m.end() for m in self.sentence_break.finditer(window)]
        s = max(left, start - 300, 0) + (cut[-1] if cut else 0)
        m = self.sentence_break.search(self.text, end, end + 300)
        e = m.start() + 1 if m else min(len(self.text), end + 300)
        return s, e

    def future(self, start: int, end: int) -> bool:
        """Whether the sentence around a span speaks of the future (news text defaults to the past)."""
        s, e = self.sentence(start, end)
        s, e = max(s, start - CUE_BEFORE), min(e, end + CUE_AFTER)
        return bool(self.future_cue.search(self.text, s, start) or self.future_cue.search(self.text, end, e))

    def year_anchor(self, start: int) -> date | None:
        """The date yearless expressions resolve against: an explicit year earlier in the sentence, else the DCT."""
        if self.year_hint and self.year_hint[0] >= self.sentence(start, start)[0]:
            return self.year_hint[1]
        return self.dct

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
