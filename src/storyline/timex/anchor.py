"""Language-independent TIMEX3 arithmetic: shifting dates by calendar units and writing TimeML values."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

# Unmarked yearless dates in news mostly look back: a date ahead of the creation time counts this much farther.
FUTURE_WEIGHT = 2.0
_DCT_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])")
_UNKNOWN = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


def parse_dct(dct: str | None) -> tuple[date | None, str]:
    """Read a creation time ("2024-02-13", "2024-02-13T10:00", "2024-02", "2024") as (date, granularity).

    A month or year alone stands for its middle, so yearless dates still pick a sensible year."""
    m = _DCT_RE.match((dct or "").strip())
    if not m:
        return None, "day"
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return date(year, 7, 1), "year"
    if day is None:
        return safe_date(year, int(month), 15), "month"
    return safe_date(year, int(month), int(day)), "day"


def mask(value: str, dct_gran: str) -> str:
    """X out the fields of a value that a month- or year-only creation time cannot know ("2024-02-12" -> "2024-02-XX")."""
    value = re.sub(r"^(\d{4})-W\d\d", r"\1-WXX", value)
    if dct_gran == "month":
        return re.sub(r"^(\d{4}-\d\d)-\d\d", r"\1-XX", value)
    value = re.sub(r"^(\d{4})-\d\d-\d\d", r"\1-XX-XX", value)
    return re.sub(
        r"^(\d{4})-(?:\d\d|Q\d|H\d)$",
        lambda m: m.group(1) + ("-XX" if m.group(0)[5].isdigit() else "-" + m.group(0)[5] + "X"),
        value,
    )


def shift(d: date, unit: str, n: int) -> date:
    """Move a date by n calendar units (day, week, month, quarter, half, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6}.get(unit)
    if months:
        return d + relativedelta(months=months * n)
    years = {"year": 1, "decade": 10, "century": 100}[unit]
    return d + relativedelta(years=years * n)


def fmt(d: date | None, gran: str) -> str:
    """Write a date at a granularity as a TimeML value; unknown anchors give the X form."""
    if d is None:
        return _UNKNOWN[gran]
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(gran)


def weekday_date(anchor: date, weekday: int, direction: int, strict: bool = False) -> date:
    """The weekday (0=Monday) nearest the anchor going back (direction -1) or forward (+1)."""
    delta = (weekday - anchor.weekday()) % 7 if direction > 0 else -((anchor.weekday() - weekday) % 7)
    if strict and delta == 0:
        delta = 7 * direction
    return anchor + timedelta(days=delta)


def year_for(anchor: date, month: int, day: int | None, direction: int = 0) -> int:
    """Pick the year of a yearless month/day: nearest to the anchor (news leans to the past), or forced by tense."""
    best = anchor.year
    best_cost: float | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        cand = safe_date(year, month, day or 15)
        if cand is None:
            continue
        gap = (cand - anchor).days
        slack = 0 if day else 31
        starts = cand if day else date(year, month, 1)
        ends = starts + timedelta(days=1) if day else shift(starts, "month", 1)  # exclusive
        if (direction < 0 and starts > anchor) or (direction > 0 and ends <= anchor):
            continue  # a past date has begun by the anchor, a future one has not ended (the anchor's own day counts)
        cost = gap * FUTURE_WEIGHT if gap > slack and direction == 0 else abs(gap)
        if best_cost is None or cost < best_cost:
            best, best_cost = year, cost
    return best


def nearest_occurrence(anchor: date, days: list[date], direction: int) -> date:
    """The occurrence of a yearly day to read: the last on or before the anchor when the text speaks of the
    past (-1), the next on or after it for the future (+1), else the nearest, one ahead counting farther."""
    if direction < 0 and any(d <= anchor for d in days):
        return max(d for d in days if d <= anchor)
    if direction > 0 and any(d >= anchor for d in days):
        return min(d for d in days if d >= anchor)
    return min(days, key=lambda d: (d - anchor).days * (FUTURE_WEIGHT if d > anchor else -1))


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the fields do not form one (Feb 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def duration(amount: float | None, unit: str) -> str:
    """A TimeML duration: (2, "Y") -> P2Y, (1.5, "H") -> PT1H30M, (None, "D") -> PXD."""
    timed = unit in ("H", "MIN", "S")
    letter = "M" if unit == "MIN" else unit
    prefix = "PT" if timed else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    whole = int(amount)
    frac = amount - whole
    if frac and unit in _SMALLER:
        sub_amount, sub_unit = _SMALLER[unit]
        rest = round(frac * sub_amount)
        if rest:
            head = f"{whole}{letter}" if whole else ""
            sub_letter = "M" if sub_unit == "MIN" else sub_unit
            if not timed and sub_unit in ("H", "MIN", "S"):
                return f"P{head}T{rest}{sub_letter}"
            return f"{prefix}{head}{rest}{sub_letter}"
    return f"{prefix}{whole}{letter}"


_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}
