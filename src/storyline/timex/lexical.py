"""Time-expression rules built from a language's lexicon: the shared grammar of the French, Spanish and
German modules (dates, months, weekdays, deictic days, relative units, offsets, durations, sets, clock times,
seasons, quarters, decades, holidays), read into TIMEX3 values with the same anchoring as English."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import SimpleNamespace

from dateutil.easter import easter

from .anchor import duration, fmt, nearest_occurrence, safe_date, shift, weekday_date, year_for
from .context import Ctx, Hit

Handler = Callable[[re.Match[str], Ctx], Hit | None]
Step = tuple[int, bool]  # (how many units from the anchor, whether the anchor is the narrative's time)

UNIT_LETTER = {"second": "S", "minute": "MIN", "hour": "H", "day": "D", "week": "W", "month": "M",
               "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y"}  # fmt: skip
UNIT_FACTOR = {"decade": 10, "century": 100}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
ROMAN = {"I": 1, "V": 5, "X": 10}
SMALL_HOURS = 6  # a clock hour up to this, told in or after a night, falls on the day the night runs into
TOKEN = re.compile(r"\w+")
YEAR = r"(?<![\d.,/])(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d|-\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"


@dataclass(frozen=True)
class Lexicon:
    """The words of one language, each mapped to what it means; phrases may hold spaces and apostrophes."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    units: dict[str, tuple[str, bool]]  # word -> (unit, plural)
    tod: dict[str, str]  # time-of-day word -> MO, AF, EV, NI
    deictic: dict[str, int]  # today 0, yesterday -1, ...
    deictic_tod: dict[str, tuple[int, str]]  # "this morning" -> (0, "MO")
    anaphoric_days: dict[str, int]  # "the next day" as one word -> +1 from the narrative's day
    rel_before: dict[str, Step]  # modifiers before a unit or weekday ("last", "next", "this")
    rel_after: dict[str, Step]  # modifiers after it
    ago_before: dict[str, Step]  # "N units ago" said before the amount
    ago_after: dict[str, Step]  # ... or after the unit
    approx: list[str]
    vague_amounts: list[str]  # "a few", "several": an unknown amount
    refs: dict[str, str]  # "now" -> PRESENT_REF, ...
    every: list[str]  # each (before a singular unit)
    every_plural: list[str]  # all the (before a plural unit)
    set_words: dict[str, str]  # "daily" -> P1D
    parts: list[str]  # early/mid/late words before a month or year ("early", "late", "mid")
    seasons: dict[str, str]
    holidays: dict[str, tuple[int, int] | int]  # fixed (month, day) or days after Easter Sunday
    ordinals: dict[str, int]  # for quarters and halves
    quarter_words: dict[str, str]  # word -> "quarter" or "half"
    noon: dict[str, int]  # "noon" -> 12, "midnight" -> 24
    articles: str  # regex of articles before a unit, with their trailing separator
    month_cue: str  # regex of the words that make a bare month name a month ("in", "since")
    not_year_after: str  # regex of words after a number that make it a count, not a year
    date_link: str  # regex between day and month ("de" in Spanish, the ordinal dot in German)
    year_link: str  # regex between month and year
    day_suffix: str  # regex after a day number ("er" in "1er")
    tod_link: str  # regex between a day and its time of day ("por la" in Spanish)
    clock: str  # regex of a clock time, with groups h and mi
    decade: str  # regex of a decade, with group dd (two or four digits)
    century: str  # regex of a century, with group cr (roman) or cn (arabic)
    times_per: str  # regex of a rate set ("twice a week"), with group tu (the unit)
    future_cue: str
    past_cue: str
    cased: frozenset[str] = field(default_factory=frozenset)  # words whose case matters (German "morgen")
    half: str = r"(?!)"  # regex of "and a half" after a unit
    clock_cue: str = r"(?!)"  # regex of the words that make "N hours" a clock time ("à 9 heures")
    clock_after: str = r"(?!)"  # regex of the part-of-day words after "N hours" that make it a clock time too
    # regexes of the words just before or after a clock time that put it after noon ("a las 8 de la noche",
    # "este 8 órakor"): an hour before 12 then counts from noon
    pm_before: str = r"(?!)"
    pm_after: str = r"(?!)"
    # regex of the night words after a clock time: 0 to 5 stay before dawn, 6 to 11 are the evening's, 12 is
    # midnight ("3 часа ночи" 03:00, "11 часов ночи" 23:00, "12 часов ночи" T24:00)
    night_after: str = r"(?!)"
    lowercase_months: bool = False  # month names are lower case ("Mars" mid-sentence is the planet)
    num_suffix: str = r"(?!)"  # regex of a case ending written onto a number ("2023-ban")
    year_suffix: str = r"(?!)"  # regex of a word after a year ("2023 года")
    md_date: str = r"(?!)"  # month-first dates, with {MONTH} {DAY} {YEAR} and groups m0, d0, y0
    ago_units: dict[str, str] = field(default_factory=dict)  # "napja" (days ago) -> day
    parts_after: list[str] = field(default_factory=list)  # early/late words after a month or year
    deictic_units: dict[str, tuple[str, int]] = field(default_factory=dict)  # "tavaly" -> (year, -1)
    amount_optional: bool = False  # "год назад": a unit alone counts one
    age_before: str = ""  # regex before "N years," that makes it an age, besides a comma ("âgé de 44 ans,")
    age_after: str = ""  # regex after "N years" that makes it an age ("44 Jahre alt", "44 años de edad")
    someday: tuple[str, ...] = ()  # "one day" meaning some day, not a duration ("un jour", "um dia")
    tod_of: str = ""  # regex between a time of day written first and its day ("de" in "noite de sexta-feira")
    # words that are a weekday, reference or holiday only in some contexts: word -> (regex the text before it
    # may not end with, regex the text after it may not start with): "a segunda vítima", "l'ora", "em Natal"
    guards: dict[str, tuple[str, str]] = field(default_factory=dict)
    # regex of a night named by the day it ends in, with {WEEKDAY} for a weekday and the groups wd2 (the day
    # it ends in) and wd1 (the day it begins, optional): "nuit de dimanche à lundi", "Nacht zum Montag"
    night_to: str = r"(?!)"
    noon_of: str = r"(?!)"  # regex between midnight or noon and its weekday ("di": "mezzanotte di martedì")
    noon_at: str = r"(?!)"  # regex between a weekday and its midnight or noon ("Dienstag um Mitternacht")


def words(phrases: object, lex: Lexicon | None = None) -> str:
    """An alternation of phrases, longest first; spaces match any space, apostrophes either apostrophe."""
    forms = sorted(set(phrases), key=len, reverse=True)  # type: ignore[call-overload]
    if not forms:
        return "(?!)"
    out = []
    for f in forms:
        body = re.sub("['’]", "['’]", re.escape(f).replace(r"\ ", r"\s+"))
        out.append(f"(?-i:{body})" if lex and f in lex.cased else body)
    return "(?:" + "|".join(out) + ")"


def _key(text: str) -> str:
    """A matched phrase as a lexicon key: lower case, single spaces, straight apostrophes."""
    return re.sub(r"\s+", " ", text.strip()).replace("’", "'")


def _lookup(table: dict[str, object], text: str) -> object:
    """The lexicon entry for a matched phrase, whatever its case."""
    k = _key(text)
    if k in table:
        return table[k]
    low = {key.lower(): v for key, v in table.items()}
    return low[k.lower()]


def build(lex: Lexicon) -> SimpleNamespace:
    """Compile a lexicon into the names a language module exposes (see docs/timex.md)."""
    g = _Grammar(lex)
    compiled = [(re.compile(p, re.I), h) for p, h in g.rules()]
    first: dict[str, list[int]] = {}
    for index, (_, handler) in enumerate(compiled):
        for phrase in g.starts(handler):
            tokens = TOKEN.findall(phrase)
            key = "#" if tokens and tokens[0][0].isdigit() else tokens[0].lower() if tokens else ""
            if key and index not in first.setdefault(key, []):
                first[key].append(index)
    return SimpleNamespace(
        COMPILED=compiled,
        FIRST_WORDS=first,
        HEADS=frozenset(t.lower() for t in TOKEN.findall(" ".join(g.heads()))),
        HEAD_WINDOW=7,
        TOKEN=TOKEN,
        FUTURE_CUE=re.compile(lex.future_cue, re.I),
        PAST_CUE=re.compile(lex.past_cue, re.I),
        SENTENCE_BREAK=re.compile(r"(?<!\d)[.!?](?=\s+[\"'«¿¡(A-ZÀ-ÖØ-ÞŐŰА-ЯЁ])|\n\s*\n"),
    )


class _Grammar:
    """Patterns and handlers for one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        w = lambda table: words(table, lex)  # noqa: E731
        self.month = w(lex.months)
        self.weekday = w(lex.weekdays)
        self.num = rf"(?:\d+(?:[.,]\d+)?|{w(lex.numbers)}|{w(lex.vague_amounts)})"
        self.unit = w(lex.units)
        self.tod = w(lex.tod)
        self.relb = w(lex.rel_before)
        self.rela = w(lex.rel_after)
        self.approx = w(lex.approx)
        self.season = w(lex.seasons)
        self.edge = r"(?<![\w-])"
        self.pm_before = re.compile(rf"(?:{lex.pm_before})\s+$", re.I)
        self.pm_after = re.compile(rf"\s*(?:{lex.pm_after})\b", re.I)
        self.night_after = re.compile(rf"\s*(?:{lex.night_after})\b", re.I)
        self.end = r"(?![\w-])"
        self.ysuf = rf"(?:{lex.num_suffix})?(?:{lex.year_suffix})?"
        self.after = rf"(?:\s+(?P<part2>{w(lex.parts_after)}))?" if lex.parts_after else ""
        # a word elided onto the next one needs no space ("quest'anno", "un'ora")
        self.sp = r"(?:\s+|(?<=['’]))"
        self.todb = rf"(?:(?P<todb>{self.tod})\s+(?:{lex.tod_of})\s+)?" if lex.tod_of else ""
        # a weekday right after a clock time dates it: "alle 13.45 di domenica", "13h45 dimanche"
        self.clock_day = re.compile(rf"\s*,?\s+(?:(?:{lex.noon_of})\s+)?(?P<cwd>{self.weekday}){self.end}", re.I)
        # ... and so does a night right after it: "gegen 3 Uhr in der Nacht zum Sonntag"
        night = lex.night_to.format(WEEKDAY=self.weekday)
        self.clock_night = re.compile(rf"\s*,?\s+(?:\w+\s+){{0,2}}?(?:{night}){self.end}", re.I)

    def heads(self) -> list[str]:
        """The phrases whose words carry a time expression (one lies near the start of every match)."""
        lex = self.lex
        return [*lex.months, *lex.weekdays, *(w + "s" for w in lex.weekdays),
                *(w + t for w in lex.weekdays for t in lex.tod), *lex.units, *lex.tod, *lex.deictic,
                *lex.deictic_tod, *lex.anaphoric_days, *lex.refs, *lex.set_words, *lex.seasons, *lex.holidays,
                *lex.quarter_words, *lex.noon, *lex.ago_units, *lex.deictic_units, *_plain(lex.clock), *_plain(lex.decade),
                *_plain(lex.century)]  # fmt: skip

    def starts(self, handler: Handler) -> list[str]:
        """The phrases a rule's matches can start with ("1" stands for any number)."""
        lex, name = self.lex, handler.__name__
        romans = [_to_roman(n) + end for n in range(1, 31) for end in ("", "e", "ème")]
        amounts = [*lex.approx, *lex.numbers, *lex.vague_amounts, "1"]
        table = {
            "_calendar": [*lex.rel_before, *lex.weekdays, *lex.months, "1"],
            "_month": [*lex.parts, *lex.rel_before, *lex.months],
            "_year": [*lex.parts, "1"],
            "_decade": [*_plain(lex.decade), *_plain(lex.century), *romans, "1"],
            "_quarter": [*_plain(lex.articles), *lex.ordinals],
            "_weekday": [
                *(lex.tod if lex.tod_of else []),
                *lex.rel_before,
                *lex.weekdays,
                *(w + "s" for w in lex.weekdays),
                *(w + t for w in lex.weekdays for t in lex.tod),
            ],
            "_deictic": [*(lex.tod if lex.tod_of else []), *lex.deictic, *lex.deictic_tod, *lex.anaphoric_days, *_plain(lex.articles)],
            "_ago": [*lex.ago_before, *amounts, *(lex.units if lex.amount_optional else [])],
            "_duration": [*amounts, *lex.rel_before, *_plain(lex.articles)],
            "_relative": [*_plain(lex.articles), *lex.rel_before, *lex.units, *lex.deictic_units],
            "_season": [*lex.rel_before, *lex.seasons],
            "_set": [*lex.every, *lex.every_plural, *lex.set_words, *_plain(lex.times_per)],
            "_clock": [*lex.noon, "1"],
            "_reference": list(lex.refs),
            "_holiday": list(lex.holidays),
            "_night": [*_plain(lex.night_to.split("{")[0]), *lex.weekdays],
            "_noon_day": [*lex.noon, *lex.weekdays],
        }
        return table[name]

    def rules(self) -> list[tuple[str, Handler]]:
        """Every rule as (pattern, handler); ties between equally long matches go to the earlier rule."""
        lex, e, end = self.lex, self.edge, self.end
        parts = words(lex.parts, lex)
        return [
            (
                rf"{e}(?:(?P<iso>(?P<iy>\d{{4}})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\d-])"
                rf"|(?P<num>(?<![\d/.])(?P<na>\d{{1,2}})[/.](?P<nb>\d{{1,2}})[/.](?P<ny>\d{{4}})(?![\d/]))"
                rf"|{lex.md_date.format(MONTH=self.month, DAY=DAY, YEAR=YEAR)}"
                rf"|(?:(?P<rb>{self.relb})\s+)?(?:(?P<wd>{self.weekday}),?\s+)?(?P<d>{DAY})(?:{lex.day_suffix})?\s*"
                rf"(?:{lex.date_link})\s*(?P<m>{self.month})(?:,?\s+(?:{lex.year_link})?\s*(?P<y>{YEAR}){self.ysuf}"
                rf"|\s+(?P<ra>{self.rela}))?){end}",
                self._calendar,
            ),
            (
                rf"{e}(?:(?P<part>{parts})[\s-]+)?(?:(?P<rb>{self.relb})\s+)?(?P<m>{self.month})"
                rf"(?:\s+(?:{lex.year_link})?\s*(?P<y>{YEAR}){self.ysuf}|\s+(?P<ra>{self.rela}))?{self.after}{end}",
                self._month,
            ),
            (rf"{e}(?:(?P<part>{parts})[\s-]+)?(?P<y>{YEAR}){self.ysuf}{self.after}{end}", self._year),
            (rf"{e}(?:{lex.decade}){end}|{e}(?:{lex.century}){end}", self._decade),
            (
                rf"{e}(?:{lex.articles})?(?P<qo>{words(lex.ordinals, lex)})\s+(?P<qw>{words(lex.quarter_words, lex)})"
                rf"(?:\s+(?:{lex.year_link})?\s*(?P<qy>{YEAR}){self.ysuf})?{end}",
                self._quarter,
            ),
            (rf"{e}(?:{lex.night_to.format(WEEKDAY=self.weekday)}){end}", self._night),
            (
                rf"{e}(?:(?P<nn>{words(lex.noon, lex)})\s+(?:(?:{lex.noon_of})\s+)?(?P<nwd>{self.weekday})"
                rf"|(?P<nwd2>{self.weekday}),?\s+(?:(?:{lex.noon_at})\s+)?"
                rf"(?P<nn2>{words(lex.noon, lex)})){end}",
                self._noon_day,
            ),
            (
                # a time of day may be written onto the weekday ("Mittwochabend"), in lower case
                rf"{e}{self.todb}(?:(?P<rb>{self.relb})\s+)?(?P<wd>{self.weekday})(?P<pl>s)?(?:(?P<todc>{self.tod.lower()})|"
                rf"\s+(?:{lex.tod_link})?(?P<tod>{self.tod}))?(?:\s+(?P<ra>{self.rela}))?{end}",
                self._weekday,
            ),
            (
                rf"{e}(?:{self.todb}(?P<dx>{words(lex.deictic, lex)})(?:\s+(?:{lex.tod_link})?(?P<tod>{self.tod}))?"
                rf"|(?P<dxt>{words(lex.deictic_tod, lex)})|(?:{lex.articles})?(?P<ana>{words(lex.anaphoric_days, lex)})){end}",
                self._deictic,
            ),
            (
                rf"{e}(?:(?P<ago>{words(lex.ago_before, lex)})\s+(?:{self.approx}\s+)?(?:(?P<an>{self.num}){self.sp})"
                rf"{'?' if lex.amount_optional else ''}(?P<au>{self.unit})"
                rf"|(?:{self.approx}\s+)?(?:(?P<an2>{self.num}){self.sp}){'?' if lex.amount_optional else ''}(?P<au2>{self.unit})"
                rf"\s+(?P<ago2>{words(lex.ago_after, lex)})"
                rf"|(?:{self.approx}\s+)?(?P<an3>{self.num})\s+(?P<au3>{words(lex.ago_units, lex)})){end}",
                self._ago,
            ),
            (
                rf"{e}(?:(?:{self.approx})\s+)?(?:{lex.articles})?(?:(?P<rb>{self.relb}){self.sp})?(?P<dn>{self.num})"
                rf"{self.sp}(?:(?P<rb2>{self.relb})\s+)?(?P<du>{self.unit})(?P<half>\s+{lex.half})?(?:\s+(?P<ra>{self.rela}))?{end}",
                self._duration,
            ),
            (
                rf"{e}(?:(?:{lex.articles})?(?:(?P<rb>{self.relb}){self.sp})?(?P<ru>{self.unit})(?:[\s-]+(?P<ra>{self.rela}))?"
                rf"|(?P<du1>{words(lex.deictic_units, lex)})){end}",
                self._relative,
            ),
            (
                rf"{e}(?:(?P<rb>{self.relb}){self.sp})?(?P<sw>{self.season})(?:\s+(?P<ra>{self.rela}))?"
                rf"(?:\s+(?:{lex.year_link})?\s*(?P<sy>{YEAR}){self.ysuf})?{end}",
                self._season,
            ),
            (
                rf"{e}(?:(?P<ev>{words(lex.every, lex)})\s+(?P<su>{self.unit}|{self.weekday}|{self.month})"
                rf"|(?P<evp>{words(lex.every_plural, lex)})\s+(?P<sup>{self.unit}|{self.weekday}s?)"
                rf"|(?P<adv>{words(lex.set_words, lex)})|(?:{lex.times_per})){end}",
                self._set,
            ),
            (
                rf"{e}(?:(?P<noon>{words(lex.noon, lex)})|{lex.clock}){end}",
                self._clock,
            ),
            (rf"{e}(?P<ref>{words(lex.refs, lex)}){end}", self._reference),
            (
                rf"{e}(?P<hol>{words(lex.holidays, lex)})(?:\s+(?:{lex.year_link})?\s*(?P<hy>{YEAR}){self.ysuf})?{end}",
                self._holiday,
            ),
        ]

    # --- helpers ----------------------------------------------------------------------------------------

    def _amount(self, text: str) -> float | None:
        """A written or spelled amount ("3", "2,5", "vingt-quatre", "treinta y seis"); None when vague."""
        t = _key(text).lower()
        if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
            return float(t.replace(",", "."))
        table = {k.lower(): v for k, v in self.lex.numbers.items()}
        if t in table:
            return float(table[t])
        parts = [p for p in re.split(r"[\s-]+", t) if p in table]
        return float(sum(table[p] for p in parts)) if parts and len(parts) >= 2 else None

    def _step(self, m: re.Match[str]) -> Step | None:
        """The modifier of a match (before or after its head), as (step, anaphoric)."""
        for name, table in (
            ("rb", self.lex.rel_before),
            ("rb2", self.lex.rel_before),
            ("ra", self.lex.rel_after),
        ):
            text = m.groupdict().get(name)
            if text:
                return _lookup(table, text)  # type: ignore[return-value]
        return None

    def _guarded(self, ctx: Ctx, word: str, start: int, end: int, before: bool = True) -> bool:
        """Whether a word the lexicon guards stands where it means something else ("a segunda vítima": the
        second victim; "l'ora": the hour); the text before is not read when a modifier came first."""
        spec = self.lex.guards.get(_key(word).lower())
        if spec is None:
            return False
        not_before, not_after = spec
        return bool(
            before and re.search(rf"(?:{not_before})$", ctx.text[max(0, start - 40) : start], re.I)
        ) or bool(re.match(not_after, ctx.text[end : end + 40], re.I))

    def _cued(self, ctx: Ctx, start: int) -> bool:
        """Whether a bare month or season name follows a word that makes it one ("in", "since")."""
        return bool(re.search(rf"(?:{self.lex.month_cue})\s*$", ctx.text[max(0, start - 30) : start], re.I))

    # --- readings ---------------------------------------------------------------------------------------

    def _calendar(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Dates with a day: "3 mars 2024", "3 de marzo", "3. März", ISO and day-first numeric forms."""
        if m.group("iso") or m.group("num"):
            y, mo, d = (
                (m.group("iy"), m.group("im"), m.group("id"))
                if m.group("iso")
                else (m.group("ny"), m.group("nb"), m.group("na"))
            )
            day = safe_date(int(y), int(mo), int(d))
            return Hit("DATE", day.isoformat(), "day", None, day, True) if day else None
        gd = m.groupdict()
        month = int(_lookup(self.lex.months, gd.get("m") or gd["m0"]))  # type: ignore[call-overload]
        day_n = int(gd.get("d") or gd["d0"])
        year_s = gd.get("y") or gd.get("y0")
        if year_s:
            day = safe_date(int(year_s), month, day_n)
            return Hit("DATE", day.isoformat(), "day", None, day, True) if day else None
        step = self._step(m)  # "el pasado 3 de marzo", "le 3 mars dernier"
        direction = step[0] if step and step[0] else ctx.tense(m.start(), m.end())
        wd = _lookup(self.lex.weekdays, m.group("wd")) if m.group("wd") else None

        def resolve(base: date, way: int) -> date | None:
            if wd is not None:
                for y in (base.year, base.year - 1, base.year + 1):
                    cand = safe_date(y, month, day_n)
                    if cand and cand.weekday() == wd:
                        return cand
            return safe_date(year_for(base, month, day_n, way), month, day_n)

        anchor, day = ctx.resolve_yearless(m.start(), direction, resolve)
        if anchor is None:
            return Hit("DATE", f"XXXX-{month:02d}-{day_n:02d}", "day")
        return Hit("DATE", day.isoformat(), "day", anchor, day) if day else None

    def _month(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Months: "mars 2024", "en mars", "début mars", "el pasado marzo", "im vergangenen März"."""
        month = int(_lookup(self.lex.months, m.group("m")))  # type: ignore[call-overload]
        if m.group("y"):
            d = date(int(m.group("y")), month, 1)
            return Hit("DATE", fmt(d, "month"), "month", None, d, True)
        step = self._step(m)
        if step is None and not m.group("part") and not m.groupdict().get("part2"):
            opens = ctx.sentence(m.start(), m.start())[0] >= m.start() - 1
            if not self._cued(ctx, m.start()) or (
                self.lex.lowercase_months and m.group("m")[0].isupper() and not opens
            ):
                return None
        anchor = ctx.year_anchor(m.start())
        if anchor is None:
            return Hit("DATE", f"XXXX-{month:02d}", "month")
        if step is not None:
            n = step[0]
            year = anchor.year + (
                0 if n == 0 else -(month >= anchor.month) if n < 0 else month <= anchor.month
            )
        else:
            direction = ctx.tense(m.start(), m.end())  # these languages mark the past plainly ("a baissé")
            anchor, found = ctx.resolve_yearless(
                m.start(), direction, lambda a, way: date(year_for(a, month, None, way), month, 1)
            )
            year = found.year if found else anchor.year  # type: ignore[union-attr]
        d = date(year, month, 1)
        return Hit("DATE", fmt(d, "month"), "month", anchor, d)

    def _year(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Years: "2023", "en 2023", "fin 2023", "Anfang 2024"; a count ("2000 personnes") is not one."""
        before = ctx.text[max(0, m.start("y") - 12) : m.start("y")]  # not "No final de 2023" (Portuguese "in the")
        if re.search(r"(?:\bn[°º.o]|\bnr\.?|\bnum[ée]ro|\bnúmero|\bart\.?|§)\s*$", before, re.I) or re.match(
            rf"\s+(?:{self.lex.not_year_after})\b", ctx.text[m.end() : m.end() + 30], re.I
        ):
            return None
        year = int(m.group("y"))
        return Hit("DATE", str(year), "year", None, date(year, 7, 1), True)

    def _decade(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Decades and centuries: "les années 90", "la década de 1990", "die 1990er Jahre", "XXe siècle"."""
        gd = m.groupdict()
        dd = gd.get("dd") or gd.get("dd2")
        if dd:
            if not dd.isdigit():  # "gli anni Novanta"
                tens = self._amount(dd)
                if tens is None or tens % 10 or not 10 <= tens <= 90:
                    return None
                dd = str(int(tens))
            decade = int(dd) if len(dd) == 4 else 1900 + int(dd)
            return Hit("DATE", f"{decade // 10:03d}", "decade", None, date(decade + 5, 1, 1))
        n = int(gd["cn"]) if gd.get("cn") else _roman(gd.get("cr") or "")
        if not 1 <= n <= 30:
            return None
        return Hit("DATE", f"{n - 1:02d}", "century", None, date((n - 1) * 100 + 50, 1, 1))

    def _quarter(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Quarters and halves: "le troisième trimestre", "el primer semestre de 2023", "im dritten Quartal"."""
        kind = str(_lookup(self.lex.quarter_words, m.group("qw")))
        n = int(_lookup(self.lex.ordinals, m.group("qo")))  # type: ignore[call-overload]
        months = 3 if kind == "quarter" else 6
        if n > 12 // months:
            return None
        letter = "Q" if kind == "quarter" else "H"
        if m.group("qy"):
            d = date(int(m.group("qy")), (n - 1) * months + 1, 1)
            return Hit("DATE", f"{d.year}-{letter}{n}", kind, None, d, True)
        if ctx.dct is None:
            return Hit("DATE", f"XXXX-{letter}{n}", kind)
        year = ctx.dct.year
        if date(year, (n - 1) * months + 1, 1) > ctx.dct and not ctx.future(m.start(), m.end()):
            year -= 1
        d = date(year, (n - 1) * months + 1, 1)
        return Hit("DATE", f"{year}-{letter}{n}", kind, ctx.dct, d)

    def _weekday(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Weekdays: "lundi", "lundi dernier", "el próximo martes", "Montagabend", "montags" (a set)."""
        wd = int(_lookup(self.lex.weekdays, m.group("wd")))  # type: ignore[call-overload]
        todb = m.groupdict().get("todb")
        if self._guarded(ctx, m.group("wd"), m.start("wd"), m.end("wd"), not (m.group("rb") or todb)):
            return None  # "a segunda vítima", "pela quinta vez": an ordinal
        tod_word = m.group("todc") or m.group("tod") or todb
        tod = str(_lookup(self.lex.tod, tod_word)) if tod_word else ""
        suffix = f"T{tod}" if tod else ""
        if m.group("pl"):
            return Hit("SET", f"XXXX-WXX-{wd + 1}{suffix}", "set")
        kind, prec = ("TIME", "time") if tod else ("DATE", "day")
        anchor, d = self._weekday_on(wd, self._step(m), m, ctx)
        if anchor is None or d is None:
            return Hit(kind, f"XXXX-WXX-{wd + 1}{suffix}", prec)
        return Hit(kind, d.isoformat() + suffix, prec, anchor, d, derived=True)

    def _weekday_on(
        self, wd: int, step: Step | None, m: re.Match[str], ctx: Ctx
    ) -> tuple[date | None, date | None]:
        """The day a weekday names, as (anchor, day): the last one gone in news, the next under a future cue,
        one past the anchor's day with "last"/"next"; anaphoric modifiers count from the narrative's day."""
        anchor = ctx.narrative("day") if step and step[1] else ctx.dct
        if anchor is None:
            return None, None
        if step and step[0] < 0:
            return anchor, weekday_date(anchor - timedelta(days=1), wd, -1)
        if step and step[0] > 0:
            return anchor, weekday_date(anchor + timedelta(days=1), wd, 1)
        return anchor, weekday_date(anchor, wd, 1 if ctx.future(m.start(), m.end()) else -1)

    def _night(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """A night named by the day it ends in ("la nuit de dimanche à lundi", "in der Nacht zum Montag", "в
        ночь на понедельник"): TimeML's night (TNI) of the day before, that day placed as any weekday is, so
        the night and the morning it ends in fall on the same side of the creation time."""
        wd = self._night_into(m)
        if wd is None:
            return None
        anchor, d = self._weekday_on(wd, None, m, ctx)
        if anchor is None or d is None:
            return Hit("TIME", f"XXXX-WXX-{(wd - 1) % 7 + 1}TNI", "time")
        night = d - timedelta(days=1)
        return Hit("TIME", night.isoformat() + "TNI", "time", anchor, night, derived=True, ends=d)

    def _night_into(self, m: re.Match[str]) -> int | None:
        """The weekday a night match runs into; None when its two days are not one night apart ("de lundi à
        mercredi")."""
        wd = int(_lookup(self.lex.weekdays, m.group("wd2")))  # type: ignore[call-overload]
        first = m.groupdict().get("wd1")
        if first and int(_lookup(self.lex.weekdays, first)) != (wd - 1) % 7:  # type: ignore[call-overload]
            return None
        return wd

    def _noon_day(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Midnight or noon of a weekday, in either order ("mezzanotte di martedì", "mardi à minuit",
        "Dienstag um Mitternacht"): that day's T24:00 or T12:00, the weekday placed as any weekday is."""
        word = m.group("nwd") or m.group("nwd2")
        if self._guarded(ctx, word, m.start(), m.end(), bool(m.group("nwd2"))):
            return None  # "meia-noite da segunda vítima"
        wd = int(_lookup(self.lex.weekdays, word))  # type: ignore[call-overload]
        hour = int(_lookup(self.lex.noon, m.group("nn") or m.group("nn2")))  # type: ignore[call-overload]
        hhmm = f"T{hour:02d}:00"
        anchor, d = self._weekday_on(wd, None, m, ctx)
        if anchor is None or d is None:
            return Hit("TIME", f"XXXX-WXX-{wd + 1}{hhmm}", "time")
        return Hit("TIME", d.isoformat() + hhmm, "time", anchor, d, derived=True)

    def _deictic(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Today, yesterday, tomorrow (with a time of day), "ce matin", "anoche", "le lendemain", "am Vortag"."""
        lex = self.lex
        if m.group("dx"):
            key = _key(m.group("dx"))
            if key.lower() in {k.lower() for k in lex.tod} and re.search(
                r"\b(?:la|esta|por|cada|una|toda|de|el|am|den|jeden|der|des)\s+$",
                ctx.text[max(0, m.start() - 10) : m.start()],
                re.I,
            ):
                return None  # "la mañana": the morning, not tomorrow
            offset, tod = int(_lookup(lex.deictic, key)), ""  # type: ignore[call-overload]
            tod_word = m.group("tod") or m.groupdict().get("todb")
            if tod_word:
                tod = str(_lookup(lex.tod, tod_word))
            anchor = ctx.dct
        elif m.group("dxt"):
            offset, tod = _lookup(lex.deictic_tod, m.group("dxt"))  # type: ignore[misc]
            anchor = ctx.dct
        else:
            offset, tod = int(_lookup(lex.anaphoric_days, m.group("ana"))), ""  # type: ignore[call-overload]
            anchor = ctx.narrative("day")
        kind, prec, suffix = ("TIME", "time", f"T{tod}") if tod else ("DATE", "day", "")
        if anchor is None:
            return Hit(kind, "XXXX-XX-XX" + suffix, prec)
        d = anchor + timedelta(days=offset)
        return Hit(kind, d.isoformat() + suffix, prec, anchor, d, derived=True)

    def _ago(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Offsets: "il y a deux jours", "hace tres años", "vor zwei Wochen", "deux jours plus tard"."""
        lex = self.lex
        gd = m.groupdict()
        if gd.get("ago"):
            step, narrative = _lookup(lex.ago_before, gd["ago"])  # type: ignore[misc]
            amount_s, unit = gd["an"] or "1", _lookup(lex.units, gd["au"])[0]  # type: ignore[index]
        elif gd.get("ago2"):
            step, narrative = _lookup(lex.ago_after, gd["ago2"])  # type: ignore[misc]
            amount_s, unit = gd.get("an2") or "1", _lookup(lex.units, gd["au2"])[0]  # type: ignore[index]
        else:  # "két napja": the unit's ending says "ago"
            step, narrative = -1, False
            amount_s, unit = gd["an3"], str(_lookup(lex.ago_units, gd["au3"]))
        if gd.get("ago") and re.search(r"\bdesde\s+$", ctx.text[max(0, m.start() - 8) : m.start()], re.I):
            return None  # "desde hace cinco años": for five years, read as the duration inside
        amount = self._amount(amount_s)
        if amount is None:
            if narrative:
                return None
            return Hit("DATE", "PAST_REF" if step < 0 else "FUTURE_REF", "ref", ctx.dct)
        if unit not in ("day", "week", "month", "quarter", "year", "decade", "century") or amount != int(
            amount
        ):
            return None
        n = int(amount) * UNIT_FACTOR.get(unit, 1)
        gran = "year" if unit in ("decade", "century") else "month" if unit == "quarter" else unit
        n = n * 3 if unit == "quarter" else n
        anchor = ctx.narrative("day" if gran in ("day", "week") else gran) if narrative else ctx.dct
        if anchor is None:
            return Hit("DATE", fmt(None, gran), gran)
        d = shift(anchor, gran, step * n)
        return Hit("DATE", fmt(d, gran), gran, anchor, d, derived=True)

    def _duration(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Amounts of time: "trois mois", "los últimos tres meses", "mehr als zehn Jahre", "48 heures"."""
        unit, _ = _lookup(self.lex.units, m.group("du"))  # type: ignore[misc]
        amount = self._amount(m.group("dn"))
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        after = ctx.text[m.end() : m.end() + 12]
        lex = self.lex
        age_before = rf"(?:,|{lex.age_before})\s*$" if lex.age_before else r",\s*$"
        if unit == "year" and (
            re.search(age_before, before, re.I)
            and re.match(r"\s*[,)]", after)
            or lex.age_after and re.match(rf"\s+(?:{lex.age_after})\b", after, re.I)
        ):
            return None  # an age: "Pierre, 44 ans,", "44 Jahre alt"
        if unit == "day" and m.group(0).lower() in lex.someday:
            return None  # someday
        if unit == "hour" and (
            re.search(rf"(?:{lex.clock_cue})\s+$", before, re.I)
            or re.match(rf"\s+(?:{lex.clock_after})\b", after, re.I)
        ):
            return None  # "à 9 heures", "около 3 часов ночи": a clock time
        if unit == "hour" and re.search(r"(?<![\d.,])\d{1,2}[.:][0-5]\d(?![\d.,])", m.group("dn") or ""):
            return None  # "las 13.45 horas": hours and minutes of a clock, not 13.45 hours
        if amount is not None and m.group("half"):
            amount += 0.5
        letter = UNIT_LETTER[unit]
        value = duration(None if amount is None else amount * UNIT_FACTOR.get(unit, 1), letter)
        return Hit("DURATION", value, "duration")

    def _relative(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Units: "la semaine dernière", "el año que viene", "letzte Woche", "le jour suivant", "ces dernières
        années" (a past reference), "les prochaines semaines" (an unknown span)."""
        if m.group("du1"):
            unit, n = _lookup(self.lex.deictic_units, m.group("du1"))  # type: ignore[misc]
            if ctx.dct is None:
                return Hit("DATE", fmt(None, unit), unit)
            d = shift(ctx.dct, unit, n)
            return Hit("DATE", fmt(d, unit), unit, ctx.dct, d, derived=True)
        unit, plural = _lookup(self.lex.units, m.group("ru"))  # type: ignore[misc]
        step = self._step(m)
        if step is None:
            return None
        n, anaphoric = step
        if plural:
            if n < 0 and unit in ("year", "decade"):
                return Hit("DATE", "PAST_REF", "ref", ctx.dct)
            return Hit("DURATION", duration(None, UNIT_LETTER[unit]), "duration") if n else None
        if unit in ("second", "minute", "hour"):
            return None
        if unit == "day":
            if n == 0 and not anaphoric:
                return None
            anaphoric = True  # "le jour suivant", "am nächsten Tag": the day after the narrative's day
        gran = "year" if unit in ("decade", "century") and n == 0 else unit
        level = "day" if unit in ("day", "week") else "month" if unit == "month" else "year"
        anchor = ctx.narrative(level) if anaphoric else ctx.dct
        if anchor is None:
            return Hit("DATE", fmt(None, gran), gran)
        d = shift(anchor, unit, n)
        return Hit("DATE", fmt(d, gran), gran, anchor, d, derived=True)

    def _season(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Seasons: "l'été 2023", "en hiver", "el verano pasado", "im vergangenen Sommer"."""
        code = str(_lookup(self.lex.seasons, m.group("sw")))
        if m.group("sy"):
            year = int(m.group("sy"))
            return Hit("DATE", f"{year}-{code}", "season", None, date(year, SEASON_MONTH[code], 1), True)
        step = self._step(m)
        if step is None and not self._cued(ctx, m.start()):
            return None
        anchor = ctx.dct
        if anchor is None:
            return Hit("DATE", f"XXXX-{code}", "season")
        order = ["WI", "SP", "SU", "FA"]
        current = {12: "WI", 1: "WI", 2: "WI"}.get(anchor.month) or (
            "SP" if anchor.month < 6 else "SU" if anchor.month < 9 else "FA"
        )
        year = anchor.year
        n = step[0] if step else 0
        if n < 0 and order.index(code) >= order.index(current):
            year -= 1
        elif n > 0 and order.index(code) <= order.index(current):
            year += 1
        return Hit("DATE", f"{year}-{code}", "season", anchor, date(year, SEASON_MONTH[code], 1))

    def _set(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Recurrences: "chaque semaine", "tous les lundis", "cada año", "jeden Tag", "täglich", "deux fois par an"."""
        lex, gd = self.lex, m.groupdict()
        if gd.get("adv"):
            return Hit("SET", str(_lookup(lex.set_words, gd["adv"])), "set")
        word = gd.get("su") or gd.get("sup") or gd.get("tu") or ""
        if word.lower() in {k.lower() for k in lex.units}:
            unit = _lookup(lex.units, word)[0]  # type: ignore[index]
            return Hit("SET", duration(float(UNIT_FACTOR.get(unit, 1)), UNIT_LETTER[unit]), "set")
        bare = re.sub(r"s$", "", word) if word.lower() not in {k.lower() for k in lex.weekdays} else word
        if bare.lower() in {k.lower() for k in lex.weekdays}:
            return Hit("SET", f"XXXX-WXX-{int(_lookup(lex.weekdays, bare)) + 1}", "set")  # type: ignore[call-overload]
        if word.lower() in {k.lower() for k in lex.months}:
            return Hit("SET", f"XXXX-{int(_lookup(lex.months, word)):02d}", "set")  # type: ignore[call-overload]
        return None

    def _clock(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Clock times: "15h30", "à 9 heures", "a las 15:30", "um 15.30 Uhr", "midi", "medianoche"."""
        gd = m.groupdict()
        if gd.get("noon"):
            hour, minute = int(_lookup(self.lex.noon, gd["noon"])), 0  # type: ignore[call-overload]
        else:
            hour = int(gd.get("h") or gd.get("h2") or gd.get("h3") or gd.get("h4") or 0)
            minute = int(gd.get("mi") or gd.get("mi2") or 0)
            if hour < 12 and self._after_noon(m, ctx.text):
                hour += 12  # "a las 8 de la noche", "este 8 órakor": 20:00
            elif self.night_after.match(ctx.text[m.end() : m.end() + 25]):
                hour = 24 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour  # "11 часов ночи": 23:00
        hhmm = f"T{hour:02d}:{minute:02d}"
        day = ctx.narrative("day")
        ends = self._night_named_after(m, ctx)
        if ends:  # the small hours of a night fall on the day it runs into, its evening on the day before
            day = ends if hour <= SMALL_HOURS else ends - timedelta(days=1)
        elif ctx.night_ends and hour <= SMALL_HOURS:
            day = ctx.night_ends  # "in der Nacht zum Sonntag ... gegen 5 Uhr": Sunday's 5 a.m., not Saturday's
        named = self.clock_day.match(ctx.text, m.end())
        if named:  # "alle 13:45 di domenica": the clock time of that day, not of the day in hand
            _, on = self._weekday_on(int(_lookup(self.lex.weekdays, named.group("cwd"))), None, named, ctx)  # type: ignore[call-overload]
            day = on or day
        if day is None:
            return Hit("TIME", "XXXX-XX-XX" + hhmm, "time")
        return Hit("TIME", day.isoformat() + hhmm, "time", day, day, derived=True)

    def _night_named_after(self, m: re.Match[str], ctx: Ctx) -> date | None:
        """The day a night named right after a clock time runs into ("gegen 3 Uhr in der Nacht zum Sonntag")."""
        night = self.clock_night.match(ctx.text, m.end())
        wd = self._night_into(night) if night else None
        if night is None or wd is None:
            return None
        return self._weekday_on(wd, None, night, ctx)[1]

    def _after_noon(self, m: re.Match[str], text: str) -> bool:
        """An evening or afternoon word stands just before or after the clock time."""
        return bool(self.pm_before.search(text, max(0, m.start() - 20), m.start())
                    or self.pm_after.match(text[m.end():m.end() + 25]))

    def _reference(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Vague references: "maintenant", "actuellement", "récemment", "ahora", "derzeit", "kürzlich"."""
        if self._guarded(ctx, m.group("ref"), m.start(), m.end()):
            return None  # "l'ora", "un'ora", "ora locale": the hour, not now
        return Hit("DATE", str(_lookup(self.lex.refs, m.group("ref"))), "ref", ctx.dct)

    def _holiday(self, m: re.Match[str], ctx: Ctx) -> Hit | None:
        """Named days: Noël, la Saint-Sylvestre, Nochevieja, Navidad, Weihnachten, Silvester, Ostern."""
        if self._guarded(ctx, m.group("hol"), m.start(), m.end("hol")):
            return None  # "em Natal": the city
        spec = _lookup(self.lex.holidays, m.group("hol"))

        def on(year: int) -> date:
            if isinstance(spec, int):
                return easter(year) + timedelta(days=spec)
            return date(year, *spec)  # type: ignore[misc]

        if m.group("hy"):
            d = on(int(m.group("hy")))
            return Hit("DATE", d.isoformat(), "day", None, d, True)

        def resolve(anchor: date, way: int) -> date | None:
            return nearest_occurrence(
                anchor, [on(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)], way
            )

        anchor, d = ctx.resolve_yearless(m.start(), ctx.tense(m.start(), m.end()), resolve)
        if anchor is None or d is None:
            return Hit("DATE", "XXXX-XX-XX", "day")
        return Hit("DATE", d.isoformat(), "day", anchor, d)


def _roman(text: str) -> int:
    """A small Roman numeral ("XXI" -> 21)."""
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        v = ROMAN.get(a, 0)
        total += -v if ROMAN.get(b, 0) > v else v
    return total


def _to_roman(n: int) -> str:
    """A small number in Roman numerals (21 -> "XXI")."""
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _plain(regex: str) -> list[str]:
    """The words spelled out in a regex (any of them may start a match)."""
    return re.sub(r"\(\?P<\w+>|\\[a-zA-Z]|[^\w\s]", " ", regex).split()
