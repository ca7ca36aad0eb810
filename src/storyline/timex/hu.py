"""Hungarian time-expression rules: the lexicon read by the shared grammar in lexical.py. Hungarian marks
case with endings, so each word is listed with the inflected forms news text uses ("pénteken", "márciusban")."""

from __future__ import annotations

from .lexical import Lexicon, build

_FRONT = set("eéiíöőüű")


def _front(word: str) -> bool:
    """Whether a word takes front-vowel endings (its last vowel decides: "szeptember" -> "-ben")."""
    vowels = [c for c in word if c in "aáeéiíoóöőuúüű"]
    return bool(vowels) and vowels[-1] in _FRONT


def _month_forms() -> dict[str, int]:
    """Month names with their case endings: "március", "márciusban", "márciusi", "márciusig", "márciustól"."""
    names = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
             "október", "november", "december"]  # fmt: skip
    out = {}
    for n, name in enumerate(names, 1):
        front = _front(name)
        for end in ("", "ban" if not front else "ben", "i", "ig", "tól" if not front else "től"):
            out[name + end] = n
    abbr = {"jan.": 1, "febr.": 2, "márc.": 3, "ápr.": 4, "máj.": 5, "jún.": 6, "júl.": 7, "aug.": 8,
            "szept.": 9, "okt.": 10, "nov.": 11, "dec.": 12}  # fmt: skip
    return out | abbr


_WEEKDAYS = {  # base, "on" form, adjective, "until", "by"
    0: ["hétfő", "hétfőn", "hétfői", "hétfőig", "hétfőre"],
    1: ["kedd", "kedden", "keddi", "keddig", "keddre"],
    2: ["szerda", "szerdán", "szerdai", "szerdáig", "szerdára"],
    3: ["csütörtök", "csütörtökön", "csütörtöki", "csütörtökig", "csütörtökre"],
    4: ["péntek", "pénteken", "pénteki", "péntekig", "péntekre"],
    5: ["szombat", "szombaton", "szombati", "szombatig", "szombatra"],
    6: ["vasárnap", "vasárnapi", "vasárnapig", "vasárnapra"],
}
_UNITS = {  # singular forms, plural forms
    "minute": (["perc", "percet", "percig", "perccel", "percre"], ["percek", "percekig"]),
    "hour": (["óra", "órát", "óráig", "órával", "órán", "órára"], ["órák", "órákig", "órákon"]),
    "day": (["nap", "napot", "napig", "nappal", "napon", "napra"], ["napok", "napokig", "napokon", "napokban"]),
    "week": (["hét", "hetet", "héten", "hétig", "héttel", "hétre"], ["hetek", "hetekig", "hetekben"]),
    "month": (["hónap", "hónapot", "hónapban", "hónapig", "hónappal", "hónapra"],
              ["hónapok", "hónapokig", "hónapokban"]),
    "year": (["év", "évet", "évben", "évig", "évvel", "évre", "esztendő"], ["évek", "évekig", "években", "éveken"]),
    "decade": (["évtized", "évtizedet", "évtizedig", "évtizeddel"], ["évtizedek", "évtizedekig", "évtizedekben"]),
    "century": (["évszázad", "évszázadot", "évszázaddal"], ["évszázadok", "évszázadokon"]),
}  # fmt: skip

LEXICON = Lexicon(
    months=_month_forms(),
    weekdays={form: n for n, forms in _WEEKDAYS.items() for form in forms},
    numbers={
        "egy": 1,
        "két": 2,
        "kettő": 2,
        "három": 3,
        "négy": 4,
        "öt": 5,
        "hat": 6,
        "hét": 7,
        "nyolc": 8,
        "kilenc": 9,
        "tíz": 10,
        "tizenegy": 11,
        "tizenkét": 12,
        "tizenkettő": 12,
        "tizenöt": 15,
        "húsz": 20,
        "huszonnégy": 24,
        "harminc": 30,
        "negyven": 40,
        "negyvennyolc": 48,
        "ötven": 50,
        "száz": 100,
        "másfél": 1.5,
        "két és fél": 2.5,
    },
    units={
        **{w: (u, False) for u, (sg, _) in _UNITS.items() for w in sg},
        **{w: (u, True) for u, (_, pl) in _UNITS.items() for w in pl},
    },
    tod={
        "reggel": "MO",
        "reggeli": "MO",
        "hajnalban": "MO",
        "délelőtt": "MO",
        "délelőtti": "MO",
        "délután": "AF",
        "délutáni": "AF",
        "délutánig": "AF",
        "este": "EV",
        "esti": "EV",
        "estig": "EV",
        "éjjel": "NI",
        "éjjeli": "NI",
        "éjszaka": "NI",
        "éjszakai": "NI",
    },
    deictic={
        "ma": 0,
        "mai": 0,
        "tegnap": -1,
        "tegnapi": -1,
        "holnap": 1,
        "holnapi": 1,
        "tegnapelőtt": -2,
        "holnapután": 2,
    },  # fmt: skip
    deictic_tod={"ma hajnalban": (0, "MO"), "tegnap hajnalban": (-1, "MO")},
    anaphoric_days={"másnap": 1, "másnapra": 1, "aznap": 0, "előző nap": -1, "előző napon": -1},
    rel_before={
        "múlt": (-1, False),
        "a múlt": (-1, False),
        "elmúlt": (-1, False),
        "az elmúlt": (-1, False),
        "jövő": (1, False),
        "a jövő": (1, False),
        "ezen a": (0, False),
        "e": (0, False),
        "ebben az": (0, False),
        "előző": (-1, True),
        "az előző": (-1, True),
        "következő": (1, True),
        "a következő": (1, True),
        "ugyanazon a": (0, True),
        "ugyanabban az": (0, True),
    },
    rel_after={},
    ago_before={},
    ago_after={
        "ezelőtt": (-1, False),
        "múlva": (1, False),
        "később": (1, True),
        "korábban": (-1, True),
        "azelőtt": (-1, True),
    },  # fmt: skip
    approx=[
        "több mint",
        "mintegy",
        "körülbelül",
        "közel",
        "csaknem",
        "majdnem",
        "legalább",
        "alig",
        "nagyjából",
    ],
    vague_amounts=["néhány", "pár", "több", "számos", "egy-két"],
    refs={
        "most": "PRESENT_REF",
        "jelenleg": "PRESENT_REF",
        "napjainkban": "PRESENT_REF",
        "manapság": "PRESENT_REF",
        "nemrég": "PAST_REF",
        "nemrégiben": "PAST_REF",
        "a múltban": "PAST_REF",
        "a jövőben": "FUTURE_REF",
        "hamarosan": "FUTURE_REF",
    },
    every=["minden"],
    every_plural=[],
    set_words={
        "naponta": "P1D",
        "naponként": "P1D",
        "hetente": "P1W",
        "havonta": "P1M",
        "évente": "P1Y",
        "óránként": "PT1H",
    },  # fmt: skip
    parts=[],
    seasons={
        "tavasz": "SP",
        "tavasszal": "SP",
        "nyár": "SU",
        "nyáron": "SU",
        "ősz": "FA",
        "ősszel": "FA",
        "tél": "WI",
        "télen": "WI",
    },  # fmt: skip
    holidays={
        "karácsony": (12, 25),
        "karácsonykor": (12, 25),
        "szenteste": (12, 24),
        "szentestén": (12, 24),
        "szilveszter": (12, 31),
        "szilveszterkor": (12, 31),
        "újév": (1, 1),
        "újévkor": (1, 1),
        "húsvét": 0,
        "húsvétkor": 0,
        "pünkösd": 49,
        "pünkösdkor": 49,
    },
    ordinals={"első": 1, "második": 2, "harmadik": 3, "negyedik": 4, "utolsó": 4},
    quarter_words={
        "negyedév": "quarter",
        "negyedévben": "quarter",
        "negyedévi": "quarter",
        "félév": "half",
        "félévben": "half",
    },  # fmt: skip
    noon={"délben": 12, "éjfélkor": 24, "éjfél": 24},
    articles=r"(?:az?\s+)",
    month_cue=r"",  # Hungarian month names mean nothing else
    not_year_after=r"ember|fő|forint|euró|dollár|halott|áldozat|sebesült|katona|km|kilométer|méter|tonna|szavazat",
    date_link=r"(?!)",
    year_link=r"",
    day_suffix=r"",
    tod_link=r"",
    clock=r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?(?:\s+órakor|-kor)"
    r"|(?P<h2>[01]?\d|2[0-3])\s+óra\s+(?P<mi2>[0-5]?\d)\s+perckor",  # "13 óra 45 perckor"
    pm_before=r"\b(?:este|délután)",  # not "éjjel": "éjjel 2 órakor" is 2 a.m.
    decade=r"(?:az?\s+)?(?P<dd>(?:19|20)?\d0)-(?:es|as)\s+év(?:ek|ekben|eket)",
    century=r"(?P<cn>\d{1,2})\.\s+(?:század|században|századi)",
    times_per=r"(?!)",
    future_cue=r"\b(?:fog|fogja|fogják|fognak|fogunk|fogok|lesz|lesznek|majd|tervezi|tervezik|várhatóan)\b",
    past_cue=r"\b(?!(?:mellett|helyett|között|alatt|fölött|felett|előtt|mögött|mögötti|miatt)\b)"
    r"\w{2,}(?:tt|tak|tek|ták|ték|tam|tem|tuk|tük|tunk|tünk)\b|\b(?:volt|voltak|lett|lettek)\b",
    lowercase_months=True,
    num_suffix=r"-(?:ban|ben|ig|tól|től|ra|re|as|es|ös|i|ás|és|án|én|jén|ján|on|en|ön|a|e|ja|je|hoz|hez|höz|ba|be)",
    md_date=r"(?:(?P<y0>{YEAR})\.\s+)?(?P<m0>{MONTH})\s+(?P<d0>{DAY})"
    r"(?:\.|-(?:án|én|ján|jén|ig|tól|től|i|a|e|je|ja|ára|ére|ához|éhez|ra|re))?",
    ago_units={"napja": "day", "hete": "week", "hónapja": "month", "éve": "year", "évtizede": "decade"},
    parts_after=["elején", "végén", "közepén", "elejéig", "végéig", "elejétől", "végétől"],
    deictic_units={
        "tavaly": ("year", -1),
        "tavalyi": ("year", -1),
        "idén": ("year", 0),
        "idei": ("year", 0),
        "jövőre": ("year", 1),
    },  # fmt: skip
    # "hétfőre virradó éjjel" (the night that dawns into Monday), "vasárnapról hétfőre virradó éjszaka"
    night_to=r"(?:(?:hétfőről|keddről|szerdáról|csütörtökről|péntekről|szombatról|vasárnapról)\s+)?"
    r"(?P<wd2>{WEEKDAY})\s+virradó\s+(?:éjjel|éjjelen|éjszaka|éjszakán)",
)

_R = build(LEXICON)
COMPILED = _R.COMPILED
FIRST_WORDS = _R.FIRST_WORDS
HEADS = _R.HEADS
HEAD_WINDOW = _R.HEAD_WINDOW
TOKEN = _R.TOKEN
FUTURE_CUE = _R.FUTURE_CUE
PAST_CUE = _R.PAST_CUE
SENTENCE_BREAK = _R.SENTENCE_BREAK
