"""English time-expression rules: lexicon, compiled patterns and their readings as TIMEX3 values."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter

from .anchor import duration, fmt, nearest_occurrence, safe_date, shift, weekday_date, year_for
from .context import Ctx, Hit

Handler = Callable[[re.Match[str], Ctx], Hit | None]

# Tense cue: a future marker in the sentence flips weekday/month resolution forward.
FUTURE_CUE = re.compile(
    r"(?:\b(?:as\s+(?:early|soon)\s+as|will|shall|won't|going\s+to|plans?\s+to|plann(?:ed|ing)\s+(?:to|an?)\b|planned\s+for|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
    r"(?:scheduled\s+(?:to|for)|expected\s+(?:to|at|on|by))|(?:is|are)\s+due|(?-i:begins|starts|opens|meets|leaves|"
    r"arrives|returns|resumes|expires|takes\s+effect|convenes|reconvenes)|"
    r"expects?\s+to|set\s+to|is\s+to|are\s+to|intends?\s+to|would|(?:has|have)\s+(?:scheduled|planned|called)|"
    r"(?:postponed|adjourned|deferred|delayed|put\s+off|rescheduled)\s+until)|'ll)\b",
    re.I,
)
PAST_CUE = re.compile(  # a participle after "be"/"been"/"to" is not a past tense ("would be restored"); an
    # -ed word must be lower case and not one of the common words that only look past ("United", "hundred"),
    # nor a participle before "by" that describes a noun ("markets untouched by the crisis")
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bto )(?<!\bstay )(?<!\bremain )\b(?:(?-i:[a-z]\w{2,}ed)(?!\s+by\b)(?<!\bhundred)(?<!\bindeed)"
    r"(?<!\bneed)(?<!\bspeed)(?<!\bproceed)(?<!\bexceed)(?<!\bsucceed)(?<!\bfeed)(?<!\bseed)|said|told|met|was|were|had|did|took|made|came|went|held|began|gave|saw|left|won|lost|spoke|"
    r"wrote|sent|found|fell|rose|paid|sold|bought|struck|hit|killed|ago)\b",
    re.I,
)
SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[A-Z\"'`(])|\n\s*\n")

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
    "last": 4,
}
CENTURY_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
] + ["twenty first"]
VAGUE = ("few", "several", "some", "many", "couple of", "number of", "dozens", "hundreds")
UNITS = {
    "second": ("S", 1), "minute": ("MIN", 1), "hour": ("H", 1), "day": ("D", 1), "night": ("D", 1),
    "week": ("W", 1), "fortnight": ("W", 2), "month": ("M", 1), "quarter": ("Q", 1), "year": ("Y", 1),
    "decade": ("Y", 10), "century": ("Y", 100), "centurie": ("Y", 100), "millennium": ("Y", 1000),
}  # fmt: skip
CAL_UNIT = {"day": "day", "night": "day", "week": "week", "month": "month", "quarter": "quarter",
            "year": "year", "decade": "decade", "century": "century", "centurie": "century"}  # fmt: skip
TOD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
SETS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M", "bimonthly": "P2M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "semiannually": "P6M",
    "semi-annually": "P6M",
}  # fmt: skip
PRESENT = ("now", "currently", "current", "presently", "nowadays", "these days", "at present", "the present",
           "at the moment", "this moment", "the time being")  # fmt: skip
FUTURE = ("future", "term", "later date", "as soon as possible")

# --- pattern pieces -------------------------------------------------------------------------------------


def _cased(words: list[str]) -> str:
    """An alternation of words in Title and UPPER case only (month and day names are capitalized in news)."""
    forms = sorted({f for w in words for f in (w.title(), w.upper())}, key=len, reverse=True)
    return "(?-i:" + "|".join(forms) + ")"


_FULL_MONTHS = [m for m, n in MONTHS.items() if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
MONTH = rf"(?:{_cased(_FULL_MONTHS)}\b|{_cased(_ABBR_MONTHS)}(?:\.|\b))"
FULL_MONTH = rf"{_cased(_FULL_MONTHS)}\b"
WEEKDAY = (
    rf"(?:{_cased([w for w in WEEKDAYS if len(w) > 5])}|{_cased([w for w in WEEKDAYS if len(w) <= 5])}\.)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?<![\d$£€.,/])(?<!\d-)(?:1[6-9]\d\d|20\d\d)(?![\d%]|-\d|\s*percent|,\d|\.\d)"
NUM_WORD = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
NUMBER = (
    rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{NUM_WORD}(?:\s+(?:and\s+a\s+)?half)?|a\s+couple\s+of|a\s+couple|couple(?:\s+of)?|a\s+dozen|"
    r"a\s+few|a\s+hundred|a\s+thousand|two\s+thousand|several|few|a|an|half\s+an?)"
)
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millennium)"
APPROX = (
    r"(?:around|nearly|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|"
    r"no\s+less\s+than|up\s+to)"
)
DUR_DET = (
    r"(?:(?:each\s+of\s+)?(?:the|its|their|his|her)\s+)?(?:(?:past|last|next|first|final|coming|previous|following|"
    r"remaining|latest|preceding|initial|entire|full|whole|better\s+part\s+of\s+the)\s+)?"
)
TIME_OF_DAY = r"(?:morning|afternoon|evening|night)"
CLOCK = (
    r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\b\.?|[ap]m\b)"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])"
    r"|(?P<h4>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'clock)?\s+in\s+the\s+"
    r"(?P<ap4>morning|afternoon|evening)|(?P<h3>[01]?\d)\s+o'clock|(?P<noon>noon|midnight|midday)"
    r"|(?<!\()(?P<h5>[01]\d|2[0-3])(?P<mi5>[0-5]\d)(?=\s*(?-i:GMT|UTC)\b))"
)
TZ = r"(?:\s+(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST))?"
# Years read out in broadcast transcripts: "nineteen ninety-seven", "the year two thousand" ("two thousand"
# alone is as often an amount).
SPOKEN_YEAR = rf"nineteen[\s-]+{NUM_WORD}|the\s+year\s+two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?"
DEICTIC = r"(?:today|tonight|yesterday|tomorrow)"


def _num(text: str) -> float | None:
    """Read a spelled or written amount ("two", "twenty-four", "2 1/2", "a couple of"); None when vague."""
    t = text.lower().replace("-", " ").strip()
    if re.fullmatch(r"(?:a )?couple(?: of)?", t):
        return 2.0  # "a couple of weeks", "the next couple of years"
    if any(v in t for v in VAGUE):
        return None
    half = 0.5 if t.endswith("half") or t.endswith("1/2") else 0.0
    t = re.sub(r"\s*(?:and\s+a\s+half|1/2|half)$", "", t).strip()
    if t in ("", "a", "an") and half:
        return half if not t else 1.5
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) + half
    words = t.split()
    if words == ["a", "dozen"]:
        return 12.0
    if words and words[-1] in ("hundred", "thousand"):
        base = 100 if words[-1] == "hundred" else 1000
        lead = SMALL.get(words[0], 1) if len(words) > 1 else 1
        return float(lead * base)
    total = 0
    for w in words:
        if w in TENS:
            total += TENS[w]
        elif w in SMALL:
            total += SMALL[w]
        else:
            return None
    return float(total) + half


def _unit(word: str) -> str:
    """Singular lexicon key of a unit word ("centuries" -> "centurie", "days" -> "day")."""
    w = word.lower()
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


def _g(m: re.Match[str], name: str) -> str:
    """A named group's text in lower case, or ''."""
    return (m.group(name) or "").lower()


def _day_int(s: str) -> int:
    """The number in "14th"."""
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _month_int(s: str) -> int:
    """The month number of a month word ("Sept." -> 9)."""
    return MONTHS[s.lower().rstrip(".")]


def _weekday_int(s: str) -> int:
    """The weekday number (Monday 0) of a day name ("Thurs." -> 3)."""
    return WEEKDAYS[s.lower().rstrip(".")]


# --- handlers -------------------------------------------------------------------------------------------

# A capitalized word or an opening quote just before: a lower-case time word written capitalized there is part
# of a name ("VOA Today", ABC's "This Week", "High Noon", "World News Tonight"), which TimeML leaves out.
_NAME_BEFORE = re.compile(r"\b(?-i:[A-Z][\w.'’]*)\s*(?:``|[\"“‘])?\s*$")
_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def _in_name(m: re.Match[str], ctx: Ctx) -> bool:
    """Whether a time word that news writes in lower case is capitalized inside a name: after a capitalized
    word, not opening a sentence or a quote, in a sentence not written in title case (a headline)."""
    if not m.group(0)[:1].isupper():
        return False
    before = ctx.text[max(0, m.start() - 30) : m.start()]
    opens = re.search(r"(?:[.!?:;]['\"’”]*\s*|\n\s*)(?:``|[\"“‘])?\s*$", before)  # a sentence, a quote
    if not _NAME_BEFORE.search(before) or opens:
        return False
    s0, s1 = ctx.sentence(m.start(), m.end())
    words = _WORD.findall(ctx.text, s0, s1)
    return len(words) < 6 or sum(w[0].isupper() for w in words) <= len(words) / 2



def _calendar(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Dates with a day: "Jan. 14, 2023", "14 January", "Monday, Oct. 26", ISO and numeric forms."""
    if m.group("iso"):
        d = safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if d is None:
            return None
        if m.group("ih"):
            return Hit("TIME", f"{d.isoformat()}T{m.group('ih')}:{m.group('imi')}", "time", None, d, True)
        return Hit("DATE", d.isoformat(), "day", None, d, True)
    if m.group("num"):
        a, b, y = int(m.group("na")), int(m.group("nb")), int(m.group("ny"))
        y = y + (1900 if y >= 50 else 2000) if y < 100 else y
        mo, dd = (b, a) if a > 12 else (a, b)
        d = safe_date(y, mo, dd)
        return Hit("DATE", d.isoformat(), "day", None, d, True) if d else None
    month = _month_int(m.group("m1") or m.group("m2") or m.group("m3"))
    spelled = m.group("d1w") or m.group("d2w")
    before = ctx.text[max(0, m.start() - 8) : m.start()]
    if m.group("d1w") and month == 5 and not re.search(r"\b(?:on|by|of|until|since|from)\s+$", before):
        return None  # "May first be approved": the modal
    if spelled:
        day = _DAY_WORDS.index(re.sub(r"[\s-]+", " ", spelled.lower())) + 1
    else:
        day = _day_int(m.group("d1") or m.group("d2"))
    year_s = m.group("y1") or m.group("y2") or m.group("y3")
    if year_s:
        hit = _day_or_week(m, safe_date(int(year_s), month, day), None)
        if hit:
            hit.explicit_year = True
        return hit
    ended = re.search(r"\bended\s+(?:on\s+)?$", ctx.text[max(0, m.start() - 12) : m.start()], re.I)
    direction = -1 if ended or _told_in_past(m, ctx) else 1 if ctx.future(m.start(), m.end()) else 0

    def resolve(base: date, way: int) -> date | None:
        if m.group("wd"):
            wd = _weekday_int(m.group("wd"))
            years = [
                y
                for y in (base.year, base.year - 1, base.year + 1)
                if (safe_date(y, month, day) or date.min).weekday() == wd
            ]
            return safe_date(years[0] if years else year_for(base, month, day), month, day)
        return safe_date(year_for(base, month, day, way), month, day)

    base, d = ctx.resolve_yearless(m.start(), direction, resolve)
    if base is None:
        return Hit("DATE", f"XXXX-{month:02d}-{day:02d}", "day")
    return _day_or_week(m, d, base)


def _day_or_week(m: re.Match[str], d: date | None, anchor: date | None) -> Hit | None:
    """A resolved calendar date, or the ISO week holding it for "the week of March 6"."""
    if d is None:
        return None
    if m.group("wk"):
        return Hit("DATE", fmt(d, "week"), "week", anchor, d)
    return Hit("DATE", d.isoformat(), "day", anchor, d)


def _month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Months: "March 2023", "June last year", "last April", "early December", "each July" (a set)."""
    word = m.group("mm")
    month = _month_int(word)
    pre = re.sub(r"\s+", " ", _g(m, "mpre"))
    if pre in ("each", "every"):
        return Hit("SET", f"XXXX-{month:02d}", "set")
    if m.group("my") or m.group("mys"):
        year = int(m.group("my")) if m.group("my") else _spelled_year(m.group("mys"))
        if year is None:
            return None
        d = date(year, month, 1)
        return Hit("DATE", fmt(d, "month"), "month", None, d, True)
    rel = _g(m, "mrel")
    if not pre and not rel and word.lower() in ("may", "march", "june"):
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        cued = re.search(
            r"\b(?:in|since|until|till|by|from|through|during|before|after|of|between|and|to|or)\s+$", before
        )
        modifier = re.search(r"\b(?:the|an?)\s+$", before) and _MONTH_MODIFIER.match(ctx.text, m.end())
        if not (cued or modifier):
            return None
    anchor = ctx.year_anchor(m.start())
    if anchor is None:
        return Hit("DATE", f"XXXX-{month:02d}", "month")
    if rel:
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[rel.split()[0]]
    elif pre == "this":
        year = anchor.year
    elif pre == "last":
        # "last February" written in March is February of the year before: the month just gone is "last month"
        year = anchor.year if month < anchor.month - 1 else anchor.year - 1
    elif pre in ("this past", "past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif pre in ("next", "this coming", "coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        since = re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 8) : m.start()], re.I)
        direction = -1 if since or _told_in_past(m, ctx) else 1 if ctx.future(m.start(), m.end()) else 0
        anchor, found = ctx.resolve_yearless(
            m.start(), direction, lambda a, way: date(year_for(a, month, None, way), month, 1)
        )
        year = found.year if found else anchor.year  # type: ignore[union-attr]
    d = date(year, month, 1)
    return Hit("DATE", fmt(d, "month"), "month", anchor, d)


# A lower-case noun after "the"/"a" + month: the month modifies it ("The March accession",
# "a June agreement"); "the March on Washington", "the March of Dimes", "the March for Life" are names.
_MONTH_MODIFIER = re.compile(
    r"\s+(?!(?:of|on|for|to|against|through|in|from|by|and|or|at|with)\b)(?-i:[a-z]{3,})\b", re.I
)

_OWN_PAST = re.compile(r"\s*,?\s*(?:\w+\s+){0,3}?(?P<v>(?-i:[a-z]\w{2,}ed)|had|was|were|took|made|came|went|began|brought)\b")


def _told_in_past(m: re.Match[str], ctx: Ctx) -> bool:
    """Whether a month opening its sentence ("In January, the company brought in ...") is followed closely by
    its clause's own past verb: the month has gone by (a reporting "said" says nothing of it)."""
    s0, _ = ctx.sentence(m.start(), m.end())
    if not re.fullmatch(r"\W*(?:in|on|during|by|since|until|through)\s+", ctx.text[s0 : m.start()], re.I):
        return False
    found = _OWN_PAST.match(ctx.text, m.end())
    return bool(found) and not re.search(r"\b(?:will|would|to)\b", ctx.text[m.end() : found.start("v")])


_NOT_YEAR_BEFORE = re.compile(
    r"\b(?:flight|room|no\.|number|route|highway|interstate|suite|unit|gate|platform|model|boeing|airbus|page|"
    r"pp?\.|bus|train|channel|resolution|article|section|chapter|code|zip|#)\s*$",
    re.I,
)
_NOT_YEAR_AFTER = re.compile(
    r"\s+(?:people|persons|troops|soldiers|police|officers|feet|foot|meters|metres|miles|kilometers|kilometres|km|"
    r"tons|tonnes|men|women|children|students|workers|jobs|homes|houses|cases|deaths|dollars|euros|pounds|yen|"
    r"barrels|shares|acres|hectares|votes|points|units|employees|residents|households|members|copies|vehicles|"
    r"cars|planes|pages|words|calories|degrees|rpm|mph|kph|GMT|UTC)\b",
    re.I,
)


def _year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Years and parts of years: "1998", "early 2023", "fiscal 1989", "the second half of 1990", "summer 1998"."""
    year = int(m.group("yy")) if m.group("yy") else _spelled_year(m.group("ys"))
    if year is None:
        return None
    if (
        m.group("yy")
        and not m.group("ypre")
        and (
            _NOT_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
            or _NOT_YEAR_AFTER.match(ctx.text, m.end())
        )
    ):
        return None  # "Flight 1712", "2000 people": a number, not a year
    pre = _g(m, "ypre")
    d = date(year, 7, 1)
    if "half" in pre:
        h = 1 if "first" in pre else 2
        return Hit("DATE", f"{year}-H{h}", "half", None, date(year, 6 * h - 5, 1), True)
    season = next((code for name, code in SEASONS.items() if name in pre), None)
    if season:
        return Hit("DATE", f"{year}-{season}", "season", None, date(year, SEASON_MONTH[season], 1), True)
    return Hit("DATE", str(year), "year", None, d, True)


def _spelled_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "the year two thousand" -> 2000, "two thousand and one" -> 2001."""
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["the", "year"]:
        words = words[2:]
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        tail = _num(" ".join(rest)) if rest else 0.0
        return None if tail is None else 2000 + int(tail)
    rest = _num(" ".join(words[1:]))
    return None if rest is None else 1900 + int(rest)


def _decade(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Decades and centuries: "the 1990s", "the early '80s", "the nineties", "the 20th century"."""
    if m.group("cent"):
        word = re.sub(r"[\s-]+", " ", _g(m, "cent"))
        n = _day_int(word) if word[0].isdigit() else CENTURY_ORDINALS.index(word) + 1
        return Hit("DATE", f"{n - 1:02d}", "century", None, date((n - 1) * 100 + 50, 1, 1))
    if m.group("dec"):
        decade = int(m.group("dec")[:4])
    elif m.group("dec2"):
        decade = 1900 + int(m.group("dec2"))
    else:
        decade = 1900 + int(TENS[_g(m, "decw")[:-3] + "y"] if _g(m, "decw") != "twenties" else 20)
    return Hit("DATE", f"{decade // 10:03d}", "decade", None, date(decade + 5, 1, 1))


def _quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Quarters and halves: "the third quarter", "third-quarter", "Q3 2023", "the year-ago quarter", "first half"."""
    word = _g(m, "qw") or _g(m, "qwh") or "quarter"
    det = re.sub(r"\s+", " ", _g(m, "qdet"))
    ord_word = _g(m, "qord") or _g(m, "qordh")
    ordinal = int(m.group("qnum")) if m.group("qnum") else ORDINALS.get(ord_word)
    if word == "half":
        if ord_word not in ("first", "second", "last", "1st", "2nd"):
            return None
        ordinal = 1 if ord_word in ("first", "1st") else 2
    elif (
        word == "period"
        and not re.search(r"year|latest|comparable|same|corresponding|\d{4}", det)
        and not (det == "the" and _ENDED.match(ctx.text, m.end()))
    ):
        return None  # "the period" alone is rarely a calendar quarter
    elif not ordinal and det in ("", "a", "its", "their"):
        return None
    months = 6 if word == "half" else 3
    gran = "half" if word == "half" else "quarter"
    year_ago = re.search(r"year-ago|year-earlier|last year's|comparable|corresponding", det) or m.group(
        "qago"
    )
    year_shift = -1 if year_ago else 0
    year_shift += 1 if det.startswith("next year") else 0
    in_det = re.search(r"\b(?:1[6-9]|20)\d\d\b", det)
    year_s = m.group("qyear") or m.group("qy2") or (in_det.group() if in_det else None)
    dct = ctx.dct
    ended = (
        _ENDED.match(ctx.text, m.end()) if word == "period" or (word == "quarter" and not ordinal) else None
    )
    if ended and not year_s and dct:
        # "the quarter ended July 31": the calendar quarter holding most of its three months (May-July: Q2)
        end_month = _month_int(ended.group("month"))
        d = shift(date(year_for(dct, end_month, None, -1), end_month, 1), "month", -1)
        begun = date(d.year, d.month - (d.month - 1) % 3, 1)
        latest = shift(begun, "quarter", 1) <= dct < shift(begun, "quarter", 2)
        if ctx.fiscal_quarter and ctx.last_quarter and latest:
            d = ctx.last_quarter  # the reported quarter, already named by its fiscal label
        return Hit("DATE", fmt(d, "quarter"), "quarter", dct, d)
    if not ordinal:
        if dct is None and ctx.last_quarter is None:
            return Hit("DATE", "XXXX-QX", "quarter")
        step = {"this": 0, "the current": 0, "next": 1, "the next": 1, "the coming": 1,
                "last": -1, "the previous": -1, "the past": -1, "the last": -1}  # fmt: skip
        if det in step and dct:
            d = shift(dct, "quarter", step[det])
        elif det == "the latest" and dct:
            d = ctx.last_quarter or shift(dct, "quarter", -1)  # the quarter being reported, once named
        else:
            d = ctx.last_quarter or shift(dct, "quarter", -1)  # type: ignore[arg-type]
        if year_s:
            if _after_span(ctx, m.start()):
                return Hit("DATE", year_s, "year", None, date(int(year_s), 7, 1), True)
            d = date(int(year_s), d.month, 1)
        d = shift(d, "year", year_shift)
        point = None if year_shift else d
        return Hit(
            "DATE",
            fmt(d, "quarter"),
            "quarter",
            None if year_s else dct,
            point,
            bool(year_s),
            derived=not year_s,
        )
    if year_s:
        year = int(year_s)
    elif dct is None:
        return Hit("DATE", f"XXXX-{gran[0].upper()}{ordinal}", gran)
    else:
        year = dct.year
        if date(year, (ordinal - 1) * months + 1, 1) > dct and not ctx.future(m.start(), m.end()):
            year -= 1
    d = date(year + year_shift, (ordinal - 1) * months + 1, 1)
    return Hit("DATE", fmt(d, gran), gran, None if year_s else dct, None if year_shift else d, bool(year_s))


def _year_ago(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """The adjectives "year-ago", "year-earlier" and "year end": the year before (or of) the creation time."""
    word = _g(m, "ya")
    if ctx.dct is None:
        return Hit("DATE", "XXXX", "year")
    if "end" in word:
        return Hit("DATE", str(ctx.dct.year), "year", ctx.dct, ctx.dct)
    if ctx.last_quarter and not _after_span(ctx, m.start()) and ctx.last_gran != "year":
        d = shift(ctx.last_quarter, "year", -1)
        return Hit("DATE", fmt(d, "quarter"), "quarter", ctx.last_quarter)
    return Hit("DATE", str(ctx.dct.year - 1), "year", ctx.dct)


_POSSESSIVE = re.compile(r"['’]s\b")
_EVERY_MONTH = re.compile(r"\s+of\s+(?:every|each)\s+month\b", re.I)


def _weekday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Weekdays: "Friday", "last Monday", "next Tuesday", "Wednesday night", "on Mondays" (a set)."""
    if m.group("wd").endswith("."):
        return None  # "Sun." alone is as often The Sun; abbreviations count only inside a full date
    wd = _weekday_int(m.group("wd"))
    pre = re.sub(r"\s+", " ", _g(m, "wpre"))
    tod = TOD.get(_g(m, "wtod").rstrip("s"), "")
    recurring = _EVERY_MONTH.match(ctx.text, m.end())  # "the second Tuesday of every month"
    if m.group("wpl") or _g(m, "wtod").endswith("s") or pre in ("every", "each") or recurring:
        return Hit("SET", f"XXXX-WXX-{wd + 1}" + (f"T{tod}" if tod else ""), "set")
    anaphoric = pre in ("the previous", "the following", "the next", "that")
    anchor = ctx.narrative("day") if anaphoric else ctx.dct
    if anchor is None:
        return Hit(
            "TIME" if tod else "DATE",
            f"XXXX-WXX-{wd + 1}" + (f"T{tod}" if tod else ""),
            "time" if tod else "day",
        )
    if pre in ("last", "past", "this past", "the previous"):
        d = weekday_date(anchor - timedelta(days=1), wd, -1)
    elif pre in ("next", "coming", "this coming", "the following", "the next"):
        d = weekday_date(anchor + timedelta(days=1), wd, 1)
    elif pre == "this" and ctx.tense(m.start(), m.end()) == 0:
        d = anchor + timedelta(days=wd - anchor.weekday())  # untensed "this Sunday": the one of this week
    elif ctx.future(m.start(), m.end()) and not _POSSESSIVE.match(ctx.text, m.end()):
        d = weekday_date(anchor, wd, 1)
    else:  # news reports the past, and "Wednesday's ruling" names something that has happened
        d = weekday_date(anchor, wd, -1)
    if tod:
        return Hit("TIME", f"{d.isoformat()}T{tod}", "time", anchor, d, derived=True)
    return Hit("DATE", d.isoformat(), "day", anchor, d, derived=True)


def _deictic(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Today, tonight, yesterday, tomorrow (with a time of day), "the day before yesterday"."""
    if _in_name(m, ctx):
        return None
    word = _g(m, "dw")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(word)
    if offset is None:
        offset = -2 if "yesterday" in word else 2
    tod = TOD.get(_g(m, "dtod")) or TOD.get(_g(m, "dpre")) or TOD.get(word, "")
    if ctx.dct is None:
        return Hit(
            "TIME" if tod else "DATE", "XXXX-XX-XX" + (f"T{tod}" if tod else ""), "time" if tod else "day"
        )
    d = ctx.dct + timedelta(days=offset)
    if tod:
        return Hit("TIME", f"{d.isoformat()}T{tod}", "time", ctx.dct, d, derived=True)
    return Hit("DATE", d.isoformat(), "day", ctx.dct, d, derived=True)


def _part_of_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """A part of the day named with its phase ("mid-afternoon", "late morning"): that part of the day."""
    if re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "the early morning of Thursday": the day named after it, not the one in hand
    tod = TOD[_g(m, "ptod")]
    day = ctx.narrative("day")
    if day is None:
        return Hit("TIME", f"XXXX-XX-XXT{tod}", "time")
    return Hit("TIME", f"{day.isoformat()}T{tod}", "time", day, day, derived=True)


_REL_STEP = {
    "last": -1, "the past": -1, "the last": -1, "this past": -1, "past": -1, "previous": -1,
    "next": 1, "the next": 1, "the coming": 1, "this coming": 1, "coming": 1,
    "this": 0, "the current": 0, "current": 0, "the present": 0,
    "the previous": -1, "the preceding": -1, "the prior": -1, "the following": 1, "the same": 0, "that": 0,
    "the": 0, "the latest": 0,
}  # fmt: skip
_ENDED = re.compile(rf"\s+(?:that\s+)?end(?:ed|ing|s)\s+(?:on\s+)?(?P<month>{MONTH})", re.I)
_ENDS_NEAR = re.compile(
    r"\s+(?:that\s+)?end(?:ed|ing|s)\s+(?:today|tonight|tomorrow|yesterday|this|next|last)\b", re.I
)
_QUARTER_TALK = re.compile(r"\b(?:quarter|period)\b", re.I)
# Results for a span longer than a quarter ("the nine months", "the first half"): its year-ago twin is a year.
_SPAN_TALK = re.compile(
    r"\b(?:(?:first\s+)?(?:nine|six|9|6)\s+months|(?:first|second)\s+half|full\s+year|fiscal\s+year)\b", re.I
)


def _after_span(ctx: Ctx, start: int) -> bool:
    """Whether the sentence before start talks about a span longer than a quarter."""
    return bool(_SPAN_TALK.search(ctx.text, ctx.sentence(start, start)[0], start))


_ANAPHORIC = ("the previous", "the preceding", "the prior", "the following", "the same", "that")


def _relative(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Units relative to now or to the narrative: "last week", "this year", "the following day", "that night"."""
    if _in_name(m, ctx):
        return None
    mod = re.sub(r"^the (?:full|whole|entire)$", "the", re.sub(r"\s+", " ", _g(m, "rmod")))
    unit = _g(m, "ru").replace("fiscal ", "").replace("calendar ", "")
    pre = re.sub(r"\s+", " ", _g(m, "rpre"))
    tod = TOD.get(unit, "")
    if (tod or unit == "day") and not pre:
        if mod in ("the", "the latest", "the current", "the present", "current"):
            return None
        if mod in ("this",) and unit == "day":
            return None
    daylike = bool(tod) or unit == "day"
    anaphoric = mod in _ANAPHORIC or "that" in pre or (daylike and mod in ("the next", "the"))
    level = "day" if daylike or unit in ("week", "weekend") else "month" if unit == "month" else "year"
    anchor = ctx.narrative(level) if anaphoric else ctx.dct
    step = _REL_STEP.get(mod, 0)
    if (
        mod == "the"
        and unit == "year"
        and not pre
        and (_ENDED.match(ctx.text, m.end()) or _ENDS_NEAR.match(ctx.text, m.end()))
    ):
        return Hit("DURATION", "P1Y", "duration")  # "for the year", "the year ended March 31": a span
    if mod == "the" and unit == "week":
        return Hit("DATE", fmt(anchor, "week"), "week", anchor, anchor, derived=True)
    gran = "day" if (tod or unit == "weekend") else CAL_UNIT[unit]
    if unit in ("decade", "century") and mod in ("the past", "the last"):
        return Hit("DURATION", "P10Y" if unit == "decade" else "P100Y", "duration")
    if anchor is None:
        value = fmt(None, gran)
        return Hit("TIME" if tod else "DATE", value + (f"T{tod}" if tod else ""), "time" if tod else gran)
    if mod == "last" and unit == "year" and not pre and _quarter_comparison(m, ctx):
        d = shift(ctx.last_quarter, "year", -1)  # type: ignore[arg-type]
        return Hit("DATE", fmt(d, "quarter"), "quarter", ctx.last_quarter, derived=True)
    d = shift(anchor, "week" if unit == "weekend" else gran, step)
    if unit == "weekend":
        # "the weekend" in a weekday's news is the one just gone unless the text looks ahead; "this weekend"
        # is the current week's unless the text speaks of the past
        tense = ctx.tense(m.start(), m.end())
        if (mod == "the" and tense <= 0) or (mod == "this" and tense < 0):
            d = d - timedelta(days=7) if d.weekday() < 5 else d
        return Hit("DATE", fmt(d, "week") + "-WE", "week", anchor, d, derived=True)
    if tod:
        return Hit("TIME", f"{d.isoformat()}T{tod}", "time", anchor, d, derived=True)
    if "half" in pre and gran == "year":  # "the first half of this year"
        h = 1 if "first" in pre else 2
        return Hit("DATE", f"{d.year}-H{h}", "half", anchor, date(d.year, 6 * h - 5, 1), derived=True)
    return Hit("DATE", fmt(d, gran), gran, anchor, d, derived=True)


# An amount just before "last year" ("compared with $3 million last year") or just after "last year's"
# ("from last year's $1.55 billion"): a figure compared with the same period a year before.
_FIGURE_BEFORE = re.compile(
    r"(?:\d%?|\b(?:million|billion|cents?|share|pence|yen|marks|francs))\s*,?\s*$", re.I
)
_FIGURE_AFTER = re.compile(r"['’]s\s+(?:[$£€#]|C\$|\d)")


def _quarter_comparison(m: re.Match[str], ctx: Ctx) -> bool:
    """Whether "last year" compares a quarter's figure with the year-ago quarter: a figure next to it, in a
    report about a quarter, not about a longer span ("in the nine months ... last year" is a year)."""
    if ctx.last_quarter is None:
        return False
    before = _FIGURE_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    if not (before or _FIGURE_AFTER.match(ctx.text, m.end())):
        return False
    sentence = ctx.sentence(m.start(), m.end())
    quarterly = ctx.last_gran == "quarter" or _QUARTER_TALK.search(ctx.text, *sentence)
    return bool(quarterly) and not _after_span(ctx, m.start())


def _ago(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Offsets from now or from the narrative: "two days ago", "a year earlier", "three weeks later", "from now"."""
    amount = _num(m.group("an"))
    key = _unit(m.group("au"))
    direction = _g(m, "adir")
    if amount is None:
        if direction == "ago":
            return Hit("DATE", "PAST_REF", "ref", ctx.dct)
        return None
    cal = CAL_UNIT.get(key)
    if cal is None or amount != int(amount):
        return None
    n = int(amount) * (10 if key == "decade" else 100 if key.startswith("centur") else 1)
    gran = "year" if cal in ("decade", "century") else cal
    unit = "year" if cal in ("decade", "century") else cal
    sign = -1 if direction in ("ago", "earlier") else 1
    anchor = (
        ctx.narrative("day" if gran in ("day", "week") else gran)
        if direction in ("earlier", "later")
        else ctx.dct
    )
    if anchor is None:
        return Hit("DATE", fmt(None, gran), gran)
    s0, s1 = ctx.sentence(m.start(), m.end())
    prev = ctx.sentence(max(0, s0 - 2), max(0, s0 - 2))[0] if s0 > 1 else s0
    quarterly = ctx.last_gran == "quarter" or _QUARTER_TALK.search(ctx.text, prev, s1)
    if gran == "year" and ctx.last_quarter and quarterly and not _after_span(ctx, m.start()):
        d = shift(ctx.last_quarter, unit, sign * n)
        return Hit("DATE", fmt(d, "quarter"), "quarter", ctx.last_quarter, derived=True)
    d = shift(anchor, unit, sign * n)
    if gran == "year" and n == 1 and sign < 0:
        # "a year ago", "a year earlier": a comparison with the period in hand, not a move of the narrative
        # ("up from $7 million a year ago ... compared with a year earlier" is the same year, not two back)
        return Hit("DATE", fmt(d, gran), gran, anchor, None, derived=True)
    return Hit("DATE", fmt(d, gran), gran, anchor, d, derived=True)


_RATE_BEFORE = re.compile(
    r"(?:\d%?|\b(?:million|billion|thousand|hundred|percent|cents?|dollars?|\w+[^s\W]s))\s+$", re.I
)
_SOMEDAY = re.compile(
    r"\b(?:will|would|could|can|may|might|shall|hopes?\s+(?:to|that\s+\w+)|hoped\s+\w+)\s+$", re.I
)
_NOT_PLURAL = re.compile(r"\b(?:was|has|is|this|its|as|his|thus|plus|does|us)\s+$", re.I)
# "a quarter of the ..." (a determiner after "of", not "a quarter of an hour"): a fraction of it, unless the
# quarter has its own determiner ("the past two quarters of growth"); "two quarters of losses" is a span.
_FRACTION_OF = re.compile(
    r"\s+of\s+(?!an?\s+(?:century|hour|mile)\b)"
    r"(?:the|an?|its|their|his|her|our|all|this|that|these|those|it|them)\b",
    re.I,
)
_DETERMINED = re.compile(
    r"\b(?:the|its|their|his|her|past|last|next|first|final|coming|previous|following)\s", re.I
)
# A word after "a second" that it modifies ("a second betrayal", "A second group"): the ordinal, not a span.
# Words that follow a span of a second ("a second later", "a second or two", "a second of silence") do not.
_ORDINAL_NEXT = re.compile(
    r"\s+(?!(?:later|earlier|ago|before|after|or|and|to|too|longer|more|less|than|in|at|for|of|each|per|is|"
    r"was|the|an?|so|when|while|then|until|till|on|that|it|he|she|they|we|i|you|this|there)\b)[A-Za-z]",
    re.I,
)


def _duration(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Amounts of time: "two years", "the past six months", "5 1/2 hours", "a two-year", "several weeks"."""
    bare = next(filter(None, (m.group(f"dn{i}") for i in range(2, 7))), None)
    if bare:
        # "for centuries": TimeML keeps the unit where years cannot say it (PXC, millennia PXL)
        vague = {"centuries": "PXC", "millennia": "PXL"}.get(bare.lower())
        return Hit("DURATION", vague or duration(None, UNITS[_unit(bare)][0]), "duration")
    if m.group("dul"):
        letter, factor = UNITS[_g(m, "dul")]
        return Hit("DURATION", duration(float(factor), letter), "duration")  # "a year-long review"
    key = _unit(m.group("du") or m.group("duh"))
    if key not in UNITS or (m.group("duh") and key == "quarter"):
        return None
    before = ctx.text[max(0, m.start() - 24) : m.start()]
    if (
        _g(m, "dn") in ("a", "an")
        and m.group(0)[0] in "aA"
        and _RATE_BEFORE.search(before)
        and not _NOT_PLURAL.search(before)
        and not re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4])  # "ends a week of turmoil": a span
    ):
        return None  # "$2 million a year", "four flights a week": a rate, not a span of time
    if key == "quarter" and _FRACTION_OF.match(ctx.text, m.end()) and not _DETERMINED.search(m.group(0)):
        return None  # "more than a quarter of the market", "three quarters of the votes": a fraction
    if key == "second" and _g(m, "dn") in ("a", "an") and _ORDINAL_NEXT.match(ctx.text, m.end()):
        return None  # "a second betrayal": an ordinal
    if m.group(0).lower() == "one day" and _SOMEDAY.search(before):
        return Hit("DATE", "FUTURE_REF", "ref", ctx.dct)  # "Islam will one day be ...": someday
    letter, factor = UNITS[key]
    amount = None if m.group("drange") else _num(m.group("dn") or m.group("dh"))
    if amount is not None and m.group("dhalf"):
        amount += 0.5  # "a minute and a half", "an hour and a half": the half follows the unit
    return Hit("DURATION", duration(None if amount is None else amount * factor, letter), "duration")


def _vague_span(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """A span of no stated unit or length: "for a while", "for some time", "for a fairly lengthy period"."""
    return Hit("DURATION", "PXX", "duration")


def _bare_plural(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Unquantified spans: "coming months", "recent weeks"; "in recent years" is a past reference (TimeML)."""
    if _g(m, "bpre") in ("recent", "past") and _unit(m.group("bu")) in ("year", "decade"):
        return Hit("DATE", "PAST_REF", "ref", ctx.dct)
    letter, _ = UNITS[_unit(m.group("bu"))]
    return Hit("DURATION", duration(None, letter), "duration")


def _clock(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Clock times, optionally with their day: "1:30 a.m. on Tuesday", "noon Saturday", "5 p.m. EST Nov. 9"."""
    if m.group("noon"):
        if _in_name(m, ctx) or re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6) : m.start()], re.I):
            return None  # "High Noon", "high noon": a name, an idiom
        word = _g(m, "noon")
        hour, minute = (24 if word == "midnight" else 12), 0
    else:
        h = m.group("h") or m.group("h2") or m.group("h3") or m.group("h4") or m.group("h5")
        minute = int(m.group("mi") or m.group("mi2") or m.group("mi5") or 0)
        hour = int(h if h.isdigit() else _num(h) or 0)
        ap = _g(m, "ap") or ("a" if _g(m, "ap4") == "morning" else "p" if m.group("ap4") else "")
        if ap and hour == 0 and not minute:
            return None  # "00 p.m." is no time: the minutes of "6: 00 p.m." split off by a tokenizer
        if ap.startswith("p") and hour < 12:
            hour += 12
        elif ap.startswith("a") and hour == 12:
            hour = 0
        if m.group("h2") and not m.group("tz"):
            before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
            if not re.search(
                r"\b(?:at|about|around|by|until|till|before|after|from)\s+$", before
            ) and not m.group("cday"):
                return None
    hhmm = f"T{hour:02d}:{minute:02d}"
    day = _clock_day(m, ctx)
    if day is None:
        known = (
            f"XXXX-{_month_int(m.group('cm')):02d}-{_day_int(m.group('cd')):02d}"
            if m.group("cm")
            else "XXXX-XX-XX"
        )
        return Hit("TIME", known + hhmm, "time")
    anchor = ctx.narrative("day") if m.group("cday") is None else None if m.group("cm") else ctx.dct
    return Hit("TIME", day.isoformat() + hhmm, "time", anchor, day, derived=True)


def _clock_day(m: re.Match[str], ctx: Ctx) -> date | None:
    """The day a clock time falls on: its own day phrase, else the narrative's current day."""
    if not m.group("cday"):
        return ctx.narrative("day")
    if m.group("cwd"):
        anchor = ctx.dct
        if anchor is None:
            return None
        wd = _weekday_int(m.group("cwd"))
        return weekday_date(anchor, wd, 1 if ctx.future(m.start(), m.end()) else -1)
    if m.group("cdx"):
        if ctx.dct is None:
            return None
        return ctx.dct + timedelta(
            days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[_g(m, "cdx")]
        )
    month, day = _month_int(m.group("cm")), _day_int(m.group("cd"))
    if m.group("cy"):
        return safe_date(int(m.group("cy")), month, day)
    base = ctx.year_anchor(m.start())
    return safe_date(year_for(base, month, day), month, day) if base else None


def _season(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Seasons: "last fall", "this summer", "the winter" (year from the creation time)."""
    word = _g(m, "sw")
    pre = re.sub(r"[\s-]+", " ", _g(m, "spre")).strip()
    code = SEASONS[word]
    if not pre:
        before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
        if word == "fall" or not re.search(r"\b(?:in|during|this|last|next|since|until|by)\s+$", before):
            return None
    if pre.startswith("the") and re.match(r"\s+of\s+(?!\d)", ctx.text[m.end() : m.end() + 8]):
        return None
    anchor = ctx.narrative("year") if pre == "that" else ctx.dct
    if anchor is None:
        return Hit("DATE", f"XXXX-{code}", "season")
    current = {12: "WI", 1: "WI", 2: "WI"}.get(anchor.month) or (
        "SP" if anchor.month < 6 else "SU" if anchor.month < 9 else "FA"
    )
    order = ["WI", "SP", "SU", "FA"]
    year = anchor.year
    if pre in ("last", "this past", "past"):
        if order.index(code) >= order.index(current):
            year -= 1
    elif pre in ("next", "this coming", "coming") and order.index(code) <= order.index(current):
        year += 1
    elif (
        pre not in ("this", "that")
        and code != "WI"
        and date(year, {"SP": 3, "SU": 6, "FA": 9}[code], 1) > anchor
        and not ctx.future(m.start(), m.end())
    ):
        year -= 1  # "talks stalled in the autumn", written in March: the autumn gone by
    return Hit("DATE", f"{year}-{code}", "season", anchor, date(year, SEASON_MONTH[code], 1))


def _set(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Recurrences: "every week", "each year", "twice a month", "daily", "annually"."""
    if m.group("adv"):
        return Hit("SET", SETS[_g(m, "adv")], "set")
    word = m.group("su")
    low = word.lower()
    if low in UNITS:
        letter, factor = UNITS[low]
        return Hit("SET", duration(float(factor), letter), "set")
    if low in TOD:
        return Hit("SET", f"XXXX-XX-XXT{TOD[low]}", "set")
    if low in SEASONS:
        return Hit("SET", f"XXXX-{SEASONS[low]}", "set")
    if low == "weekend":
        return Hit("SET", "XXXX-WXX-WE", "set")
    if low.rstrip(".") in WEEKDAYS:
        return Hit("SET", f"XXXX-WXX-{_weekday_int(word) + 1}", "set")
    return Hit("SET", f"XXXX-{_month_int(word):02d}", "set")


def _reference(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Vague references: "now", "currently", "recently", "the future", "the near term"."""
    if _in_name(m, ctx):
        return None
    word = re.sub(r"\s+", " ", _g(m, "ref"))
    if word == "current" and re.match(
        r"\s+(?:accounts?|affairs|events|issue|edition|members?)\b", ctx.text[m.end() : m.end() + 12], re.I
    ):
        return None
    if word in PRESENT or word == "right now" or word == "just now":
        value = "PRESENT_REF"
    elif any(word.endswith(w) for w in FUTURE):
        value = "FUTURE_REF"
    else:
        value = "PAST_REF"
    return Hit("DATE", value, "ref", ctx.dct)


def _holiday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Named days: Christmas, New Year's Day, Thanksgiving, Election Day, Easter, Labor Day, ..."""
    name = re.sub(r"\s+", " ", _g(m, "hol")).replace("'", "").replace("’", "")
    if m.group("hy"):
        d = _holiday_date(name, int(m.group("hy")))
        return Hit("DATE", d.isoformat(), "day", None, d, True) if d else None

    def resolve(anchor: date, way: int) -> date | None:
        days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _holiday_date(name, y))]
        return nearest_occurrence(anchor, days, way) if days else None

    anchor, d = ctx.resolve_yearless(m.start(), ctx.tense(m.start(), m.end()), resolve)
    if anchor is None:
        return Hit("DATE", "XXXX-XX-XX", "day")
    return Hit("DATE", d.isoformat(), "day", anchor, d) if d else None


def _holiday_date(name: str, year: int) -> date | None:
    """The date of a named day in one year."""
    fixed = {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new years day": (1, 1),
        "new years eve": (12, 31), "independence day": (7, 4), "the fourth of july": (7, 4), "halloween": (10, 31),
        "valentines day": (2, 14), "veterans day": (11, 11), "boxing day": (12, 26),
    }  # fmt: skip
    if name in fixed:
        return date(year, *fixed[name])
    nov1, sep1, jun1 = date(year, 11, 1), date(year, 9, 1), date(year, 6, 1)
    if name in ("thanksgiving", "thanksgiving day"):
        return weekday_date(nov1, 3, 1) + timedelta(weeks=3)
    if name == "election day":
        return weekday_date(nov1, 0, 1) + timedelta(days=1)
    if name == "labor day":
        return weekday_date(sep1, 0, 1)
    if name == "memorial day":
        return weekday_date(jun1 - timedelta(days=1), 0, -1)
    if name in ("easter", "easter sunday"):
        return easter(year)
    return None


# --- rules ----------------------------------------------------------------------------------------------

# A month's day followed by another of its days: "April 24 and 25", "May 3 or 4", "June 9 through 12".
_DAY_LIST_BEFORE = re.compile(rf"(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?:and|or|to|through|&)\s+$")


def _listed_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """The bare second day of "April 24 and 25": the day of the month just named, later in that month."""
    before = _DAY_LIST_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    last = ctx.refs.get("day")
    if before is None or last is None or last.month != _month_int(before.group("m")):
        return None
    if last.day != _day_int(before.group("d")) or _day_int(m.group("ld")) <= last.day:
        return None
    year = int(m.group("ly")) if m.group("ly") else last.year  # "June 9 through 12, 1999"
    d = safe_date(year, last.month, _day_int(m.group("ld")))
    return Hit("DATE", d.isoformat(), "day", last, d, bool(m.group("ly"))) if d else None


# Days read out in broadcast transcripts: "March eighth", "the twenty-first of May".
_DAY_WORDS = [
    *CENTURY_ORDINALS[:20],
    *(f"twenty {w}" for w in CENTURY_ORDINALS[:9]),
    "thirtieth",
    "thirty first",
]
DAY_WORD = "(?:" + "|".join(w.replace(" ", r"[\s-]") for w in sorted(_DAY_WORDS, key=len, reverse=True)) + ")"
_DMY = (
    rf"(?:(?:(?:this\s+coming|this|next|last|coming)\s+)?(?P<wd>{WEEKDAY}),?\s+)?"
    rf"(?:(?P<m1>{MONTH})\s+(?:(?P<d1>{DAY})\b|(?P<d1w>{DAY_WORD})(?![\w-]))"
    rf"(?:,?\s+(?P<y1>{YEAR}))?|(?:the\s+)?(?P<d2>{DAY})(?:\s+of)?\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?"
    rf"|the\s+(?P<d2w>{DAY_WORD})\s+of\s+(?P<m3>{MONTH})(?:,?\s+(?P<y3>{YEAR}))?)"
)
_ISO = r"(?P<iso>(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?:[T ](?P<ih>[0-2]\d):(?P<imi>[0-5]\d)(?::\d\d)?)?)(?![\d-])"
_NUMERIC = r"(?P<num>(?<![\d/.])(?P<na>\d{1,2})/(?P<nb>\d{1,2})/(?P<ny>\d{4}|\d{2})(?![\d/]))"
_EDGE = r"(?<![\w-])"

# Each rule: pattern, handler, and the words its matches can start with (# = a digit; WD, MON, NUM, APPROX
# stand for those lexicons). The tagger only tries a rule where one of them starts a word.
RULES: list[tuple[str, Handler, str]] = [
    (
        rf"{_EDGE}(?P<wk>the\s+week\s+of\s+)?(?:{_ISO}|{_NUMERIC}|{_DMY})(?![\w])",
        _calendar,
        "WD MON the this next last coming #",
    ),
    (
        r"(?:(?<=\band\s)|(?<=\bor\s)|(?<=\bto\s)|(?<=\bthrough\s)|(?<=&\s))"
        rf"(?P<ld>{DAY})(?:,?\s+(?P<ly>{YEAR}))?"
        r"(?![\w%]|[.,:/-]\d|\s*(?:percent|[ap]\.?m\b)|\s+(?:of|others|more|people)\b)",
        _listed_day,
        "#",
    ),
    (
        rf"{_EDGE}(?:(?P<mpre>early|late|mid|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of|"
        rf"last|next|this\s+past|this\s+coming|this|each|every)[\s-]+)?(?P<mm>{FULL_MONTH}|{MONTH}(?=,?\s+\d{{4}}))"
        rf"(?:(?:\s+of)?,?\s+(?:(?P<my>{YEAR})|(?P<mys>{SPOKEN_YEAR}))|\s+(?P<mrel>this\s+year|last\s+year|next\s+year))?(?![\w-])",
        _month,
        "early late mid the end beginning start middle first second last next this each every MON",
    ),
    (
        rf"{_EDGE}(?:(?P<ypre>early|late|mid|pre(?=-)|post(?=-)|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|last\s+half|"
        rf"rest|remainder|spring|summer|fall|autumn|winter)\s+of|fiscal|calendar|the\s+year|spring|summer|fall|autumn|"
        rf"winter|the\s+(?:spring|summer|fall|autumn|winter))[\s-]+)?(?:(?P<yy>{YEAR})|(?P<ys>{SPOKEN_YEAR}))(?![\w'’-])",
        _year,
        "early late mid pre post the end beginning start middle first second last fiscal calendar spring summer fall autumn winter nineteen #",
    ),
    (
        rf"{_EDGE}(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[5-9]|20)\d0['’]?s)|['’](?P<dec2>\d0)s|"
        rf"(?<=the\s)(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])"
        rf"|{_EDGE}(?:the\s+)?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|twenty[\s-]first|{'|'.join(CENTURY_ORDINALS[:-1])})"
        rf"[\s-]+century(?![\w-])",
        _decade,
        "the early mid late # ' twenties thirties forties fifties sixties seventies eighties nineties first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty",
    ),
    (
        rf"{_EDGE}(?:(?P<qdet>the|its|their|a|this\s+year's|last\s+year's|next\s+year's|the\s+year-ago|the\s+year-earlier|"
        rf"year-ago|year-earlier|the\s+comparable(?:\s+year-ago|\s+year-earlier)?|the\s+corresponding|the\s+same|this|that|"
        rf"last|next|the\s+current|the\s+latest|the\s+previous|the\s+past|the\s+last|the\s+next|the\s+coming|"
        rf"the\s+(?:1[6-9]\d\d|20\d\d))\s+)?(?:fiscal[\s-]+)?(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
        rf"\s+(?:fiscal\s+)?)?(?P<qw>quarter|half|period)(?:\s+of\s+(?:fiscal\s+)?(?P<qyear>{YEAR}))?"
        rf"(?P<qago>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?(?![\w-])"
        rf"|{_EDGE}(?:fiscal\s+)?(?P<qordh>first|second|third|fourth|1st|2nd|3rd|4th)-(?P<qwh>quarter|half)(?![\w-])"
        rf"|{_EDGE}(?-i:Q(?P<qnum>[1-4]))(?:\s+(?P<qy2>{YEAR}))?(?![\w-])",
        _quarter,
        "the its their a this last next year fiscal first second third fourth final quarter half period q1 q2 q3 q4 #",
    ),
    (rf"{_EDGE}(?P<ya>year-ago|year-earlier|year-end|year\s+end|year's\s+end)(?![\w-])", _year_ago, "year"),
    (
        rf"{_EDGE}(?:(?P<wpre>last|next|this\s+past|this\s+coming|this|coming|past|the\s+previous|the\s+following|"
        rf"the\s+next|early|late|earlier|later|every|each)\s+)?(?P<wd>{WEEKDAY})(?P<wpl>s(?!\w))?"
        rf"(?:\s+(?P<wtod>(?:morning|afternoon|evening|night)s?))?(?![\w-])",
        _weekday,
        "last next this coming past the early late earlier later every each WD",
    ),
    (
        rf"{_EDGE}(?:(?:early|late|earlier|later)\s+"
        r"|(?:early|late|mid)[\s-]?(?P<dpre>morning|afternoon|evening)\s+)?"
        rf"(?P<dw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
        rf"{DEICTIC})(?:\s+(?P<dtod>{TIME_OF_DAY}))?(?![\w-])",
        _deictic,
        "early late mid earlier later the today tonight yesterday tomorrow",
    ),
    (
        rf"{_EDGE}(?:early|late|mid)[\s-]?(?P<ptod>morning|afternoon|evening)(?![\w-])",
        _part_of_day,
        "early late mid",
    ),
    (
        rf"{_EDGE}(?:(?P<rpre>early|late|mid|earlier|later|(?:earlier|later)\s+in|the\s+(?:end|beginning|start|middle|rest|"
        rf"remainder|close|turn|first\s+half|second\s+half)\s+of)[\s-]+)?(?P<rmod>last|next|this\s+past|this\s+coming|this|"
        rf"the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+preceding|the\s+prior|the\s+following|"
        rf"the\s+current|the\s+latest|the\s+same|that|the(?:\s+(?:full|whole|entire))?|current)\s+(?P<ru>week|weekend|month|year|decade|century|"
        rf"fiscal\s+year|calendar\s+year|day|morning|afternoon|evening|night)(?:\s+or\s+so)?(?![\w-])",
        _relative,
        "early late mid earlier later the last next this that current",
    ),
    (
        rf"{_EDGE}(?:(?:{APPROX}|about|almost|approximately|roughly)\s+)?(?P<an>{NUMBER})[\s-]+(?:or\s+so\s+)?(?P<au>{UNIT}s?)(?:\s+or\s+so)?\s+"
        rf"(?P<adir>ago|earlier|later|from\s+now|hence)(?![\w-])",
        _ago,
        "APPROX NUM",
    ),
    (
        rf"{_EDGE}(?:(?:{APPROX}\s+)?{DUR_DET}(?P<dn>{NUMBER})(?P<drange>\s+(?:to|or)\s+{NUMBER})?(?:\s+(?:more|additional|"
        rf"full|straight|consecutive|trading|business|working|calendar|long))?\s+(?P<du>{UNIT}s?)"
        rf"(?P<dhalf>\s+and\s+a\s+half)?(?:\s+or\s+so)?(?!\s+old)|(?P<dh>{NUMBER})-(?P<duh>{UNIT})(?:-long)?(?!-old)|(?P<dul>day|week|month|year|decade)-long"
        rf"|(?P<dn2>decades|centuries|millennia)(?:-long|(?=\s+long\b|\s+of\b))|(?:(?<=\bwithin\s)|(?<=\bfor\s)|(?<=\bin\s))(?P<dn3>hours|days|weeks|months|years|decades|centuries|millennia)(?:\s+or\s+(?:days|weeks|months|years|decades|centuries))?"
        rf"(?!\s+(?:after|later|before|earlier)\b)"
        rf"|(?<![\w-])(?<!\bthe\s)(?<!\ba\s)(?<!\bor\s)(?P<dn4>hours|days|weeks|months|years|decades)(?=\s+of\s)"
        rf"|(?:(?<=\bover\s)|(?<=\bduring\s)|(?<=\bthrough\s)|(?<=\bthroughout\s))the\s+(?P<dn5>years|decades|centuries)"
        rf"|the\s+(?P<dn6>days|weeks|months|years|decades)(?=\s+(?:since|that\s+followed|ahead|to\s+come)\b))(?![\w-])",
        _duration,
        "APPROX NUM each the its their his her past last next first final coming previous following remaining latest preceding initial entire full whole better decades centuries millennia days weeks months years day week month year decade",
    ),
    (
        r"(?:(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bwithin\s)|(?<=(?<!\bonce\s)\bin\s))a\s+while(?![\w-])"
        r"|(?<=\bfor\s)(?:some\s+time|a\s+(?:(?:fairly|very|rather|relatively|quite)\s+)?(?:lengthy|extended|"
        r"prolonged)\s+period)(?![\w-])",
        _vague_span,
        "a some",
    ),
    (
        rf"{_EDGE}(?P<bpre>recent|coming|the\s+coming|upcoming|the\s+past|the\s+last|past|future)\s+"
        rf"(?P<bu>(?:second|minute|hour|day|week|month|quarter|year|decade)s)(?![\w-])",
        _bare_plural,
        "recent coming the upcoming past future",
    ),
    (
        rf"{_EDGE}(?:(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        rf"{CLOCK}(?P<tz>{TZ})(?P<cday>,?\s+(?:on\s+)?(?:(?P<cwd>{WEEKDAY})|(?P<cdx>{DEICTIC})|(?P<cm>{MONTH})\s+(?P<cd>{DAY})"
        rf"(?:,?\s+(?P<cy>{YEAR}))?))?(?![\w-])",
        _clock,
        "about around approximately roughly shortly just noon midnight midday one two three four five six seven eight nine ten eleven twelve #",
    ),
    (
        rf"{_EDGE}(?P<spre>(?:last|next|this\s+past|this\s+coming|this|that|the|early|late|the\s+early|the\s+late)[\s-]+)?"
        rf"(?P<sw>spring|summer|fall|autumn|winter)(?![\w-])",
        _season,
        "last next this that the early late spring summer fall autumn winter",
    ),
    (
        rf"{_EDGE}(?:(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+|(?:every|each)\s+"
        rf"(?:other\s+|single\s+)?)(?P<su>day|week|month|year|quarter|hour|minute|morning|afternoon|evening|night|weekend|"
        rf"summer|winter|spring|fall|autumn|decade|{WEEKDAY}|{FULL_MONTH})(?![\w-])"
        rf"|{_EDGE}(?P<adv>{'|'.join(sorted(SETS, key=len, reverse=True))})(?![\w-])",
        _set,
        "once twice three four every each daily nightly weekly biweekly monthly bimonthly annually yearly hourly semiannually semi #",
    ),
    (
        rf"{_EDGE}(?P<ref>right\s+now|just\s+now|now|currently|current|presently|nowadays|these\s+days|at\s+present|"
        rf"the\s+present|at\s+the\s+moment|this\s+moment|the\s+time\s+being|more\s+recently|most\s+recently|recently|"
        rf"recent|lately|the\s+past|formerly|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+(?:near|short)\s+term|"
        rf"a\s+later\s+date|as\s+soon\s+as\s+possible)(?![\w-])",
        _reference,
        "right just now currently current presently nowadays these at the more most recently recent lately formerly a as",
    ),
    (
        rf"{_EDGE}(?P<hol>(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]?s\s+(?:Day|Eve)|Independence\s+Day|"
        rf"[Tt]he\s+Fourth\s+of\s+July|Halloween|Valentine['’]?s\s+Day|Veterans\s+Day|Boxing\s+Day|"
        rf"Thanksgiving(?:\s+Day)?|Election\s+Day|Labor\s+Day|Memorial\s+Day|Easter(?:\s+Sunday)?))"
        rf"(?:,?\s+(?P<hy>{YEAR}))?(?![\w-])",
        _holiday,
        "christmas new independence the halloween valentine valentines veterans boxing thanksgiving election labor memorial easter",
    ),
]

COMPILED: list[tuple[re.Pattern[str], Handler]] = [(re.compile(p, re.I), h) for p, h, _ in RULES]
TOKEN = re.compile(r"(?<![\w'’])['’]?\w+")
_EXPAND = {
    "WD": " ".join([*WEEKDAYS, *(w + "s" for w in WEEKDAYS)]),
    "MON": " ".join(MONTHS),
    "NUM": " ".join([*SMALL, *TENS, "several", "few", "half", "#"]),
    "APPROX": "around nearly some more less fewer at no up about almost approximately roughly",
}


def _first_words() -> dict[str, list[int]]:
    """Map each possible first word of a match (lower case, "#" for digits) to the rules to try there."""
    table: dict[str, list[int]] = {}
    for index, (_, _, words) in enumerate(RULES):
        for word in " ".join(_EXPAND.get(w, w) for w in words.split()).split():
            if index not in table.setdefault(word, []):
                table[word].append(index)
    return table


FIRST_WORDS = _first_words()

# Words that carry a time expression; a match always holds one within HEAD_WINDOW words of its start, so the
# tagger skips function words ("the", "a", "last") with none nearby.
HEADS = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        *(w + "s" for w in WEEKDAYS),
        *(u + "s" for u in UNITS),
        *UNITS,
        *TOD,
        *(t + "s" for t in TOD),
        *SEASONS,
        *SETS,
    ]
    + [
        "today",
        "yesterday",
        "tomorrow",
        "weekend",
        "weekends",
        "period",
        "while",
        "time",
        "periods",
        "now",
        "current",
        "currently",
        "recent",
        "recently",
        "past",
        "future",
        "term",
        "moment",
        "present",
        "presently",
        "nowadays",
        "lately",
        "formerly",
        "date",
        "possible",
        "being",
        "days",
        "centuries",
        "millennia",
        "noon",
        "midnight",
        "midday",
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
        "christmas",
        "new",
        "independence",
        "halloween",
        "valentine",
        "valentines",
        "veterans",
        "boxing",
        "thanksgiving",
        "election",
        "labor",
        "memorial",
        "easter",
        "q1",
        "q2",
        "q3",
        "q4",
        "half",
        "nineteen",
    ]
)
HEAD_WINDOW = 5
