"""Polish time-expression rules: the lexicon read by the shared grammar in lexical.py. Polish inflects nouns,
numbers and adjectives for case, so each word is listed with the forms news text uses ("w piątek",
"w zeszłym tygodniu", "24 marca 2024 r.", "trzy dni temu", "od dwóch lat")."""

from __future__ import annotations

from .lexical import Lexicon, build

_MONTHS = [  # nominative, genitive (dates: "24 marca"), locative ("w marcu")
    ("styczeń", "stycznia", "styczniu"), ("luty", "lutego", "lutym"), ("marzec", "marca", "marcu"),
    ("kwiecień", "kwietnia", "kwietniu"), ("maj", "maja", "maju"), ("czerwiec", "czerwca", "czerwcu"),
    ("lipiec", "lipca", "lipcu"), ("sierpień", "sierpnia", "sierpniu"), ("wrzesień", "września", "wrześniu"),
    ("październik", "października", "październiku"), ("listopad", "listopada", "listopadzie"),
    ("grudzień", "grudnia", "grudniu"),
]  # fmt: skip
_WEEKDAYS = [  # nominative and accusative ("w piątek", "w środę"), genitive ("od piątku", "z soboty")
    ("poniedziałek", "poniedziałku"), ("wtorek", "wtorku"), ("środa", "środę", "środy"),
    ("czwartek", "czwartku"), ("piątek", "piątku"), ("sobota", "sobotę", "soboty"),
    ("niedziela", "niedzielę", "niedzieli"),
]  # fmt: skip
_UNITS = {  # singular forms, plural forms (the genitive plural follows five and more)
    "second": (["sekunda", "sekundę"], ["sekundy", "sekund", "sekundach"]),
    "minute": (["minuta", "minutę"], ["minuty", "minut", "minutach"]),
    "hour": (["godzina", "godzinę"], ["godziny", "godzin", "godzinach", "godzinami"]),
    "day": (["dzień", "dnia", "dniu", "doba", "dobę", "doby"], ["dni", "dniach", "dniami", "dób"]),
    "week": (["tydzień", "tygodnia", "tygodniu"], ["tygodnie", "tygodni", "tygodniach", "tygodniami"]),
    "month": (["miesiąc", "miesiąca", "miesiącu"], ["miesiące", "miesięcy", "miesiącach", "miesiącami"]),
    "quarter": (["kwartał", "kwartału", "kwartale"], ["kwartały", "kwartałów"]),
    "year": (["rok", "roku"], ["lata", "lat", "latach", "latami"]),
    "decade": (["dekada", "dekadę", "dekady", "dziesięciolecie"], ["dekad", "dekadach", "dziesięcioleci"]),
    "century": (["wiek", "wieku", "stulecie"], ["wieki", "wieków", "stuleci"]),
}  # fmt: skip
_ONES = {  # with the case forms a count of time takes ("trzy dni", "od trzech dni", "przed dwoma laty")
    1: ("jeden", "jedna", "jedną", "jednego", "jednej"), 2: ("dwa", "dwie", "dwóch", "dwu", "dwoma"),
    3: ("trzy", "trzech", "trzema"), 4: ("cztery", "czterech", "czterema"), 5: ("pięć", "pięciu"),
    6: ("sześć", "sześciu"), 7: ("siedem", "siedmiu"), 8: ("osiem", "ośmiu"), 9: ("dziewięć", "dziewięciu"),
}  # fmt: skip
_TEENS = {10: ("dziesięć", "dziesięciu"), 11: ("jedenaście", "jedenastu"), 12: ("dwanaście", "dwunastu"),
          13: ("trzynaście", "trzynastu"), 14: ("czternaście", "czternastu"), 15: ("piętnaście", "piętnastu"),
          16: ("szesnaście", "szesnastu"), 17: ("siedemnaście", "siedemnastu"), 18: ("osiemnaście", "osiemnastu"),
          19: ("dziewiętnaście", "dziewiętnastu")}  # fmt: skip
_TENS = {20: ("dwadzieścia", "dwudziestu"), 30: ("trzydzieści", "trzydziestu"), 40: ("czterdzieści", "czterdziestu"),
         50: ("pięćdziesiąt", "pięćdziesięciu"), 60: ("sześćdziesiąt", "sześćdziesięciu"),
         70: ("siedemdziesiąt", "siedemdziesięciu"), 80: ("osiemdziesiąt", "osiemdziesięciu"),
         90: ("dziewięćdziesiąt", "dziewięćdziesięciu")}  # fmt: skip


def _numbers() -> dict[str, float]:
    """Number words in their cases, and the tens with their ones as one phrase ("dwadzieścia cztery",
    "dwudziestu czterech": the case of the ten is the case of its one)."""
    out: dict[str, float] = {"pół": 0.5, "półtora": 1.5, "półtorej": 1.5, "sto": 100, "stu": 100}
    for table in (_ONES, _TEENS, _TENS):
        for n, forms in table.items():
            out.update(dict.fromkeys(forms, n))
    for t, (tens, tens_oblique) in _TENS.items():
        for o, forms in _ONES.items():
            out[f"{tens} {forms[0]}"] = t + o
            if o == 2:
                out[f"{tens} dwie"] = t + o
            oblique = {1: "jeden", 2: "dwóch", 3: "trzech", 4: "czterech"}.get(o, forms[-1])
            out[f"{tens_oblique} {oblique}"] = t + o
    return out


def _adjective(stem: str, step: int, anaphoric: bool = False) -> dict[str, tuple[int, bool]]:
    """Every case and gender of an adjective modifier ("zeszł-" -> zeszły, zeszła, zeszłym, zeszłą, ...)."""
    if stem.endswith("i"):  # soft: "ostatni", "ostatnim", "ostatnich"
        ends = ["", "a", "e", "ą", "ej", "m", "ego", "ch", "mi"]
    else:  # hard: "zeszły", "zeszłym", "zeszłych"
        ends = ["y", "a", "e", "ą", "ej", "ym", "ego", "ych", "ymi"]
    return {stem + e: (step, anaphoric) for e in ends}


LEXICON = Lexicon(
    months={form: n for n, forms in enumerate(_MONTHS, 1) for form in forms},
    weekdays={form: n for n, forms in enumerate(_WEEKDAYS) for form in forms},
    numbers=_numbers(),
    units={
        **{w: (u, False) for u, (sg, _) in _UNITS.items() for w in sg},
        **{w: (u, True) for u, (_, pl) in _UNITS.items() for w in pl},
    },
    tod={
        "rano": "MO",
        "rankiem": "MO",
        "przed południem": "MO",
        "po południu": "AF",
        "wieczorem": "EV",
        "wieczór": "EV",
        "nocą": "NI",
        "nocy": "NI",
        "noc": "NI",
    },
    deictic={"dziś": 0, "dzisiaj": 0, "wczoraj": -1, "jutro": 1, "przedwczoraj": -2, "pojutrze": 2},
    deictic_tod={
        "dzisiejszej nocy": (0, "NI"),
        "dzisiejszego ranka": (0, "MO"),
        "ubiegłej nocy": (-1, "NI"),
        "zeszłej nocy": (-1, "NI"),
        "minionej nocy": (-1, "NI"),
    },  # fmt: skip
    anaphoric_days={
        "następnego dnia": 1,
        "kolejnego dnia": 1,
        "nazajutrz": 1,
        "poprzedniego dnia": -1,
        "dzień wcześniej": -1,
        "dzień później": 1,
        "tego samego dnia": 0,
        "tego dnia": 0,
    },
    rel_before={
        **_adjective("zeszł", -1),
        **_adjective("ubiegł", -1),
        **_adjective("minion", -1),
        **_adjective("ostatni", -1),
        **_adjective("przyszł", 1),
        **_adjective("najbliższ", 1),
        **_adjective("bieżąc", 0),
        **_adjective("poprzedni", -1, True),
        **_adjective("następn", 1, True),
        **_adjective("kolejn", 1, True),
        **{f: (0, False) for f in ("ten", "ta", "to", "tę", "tym", "tej", "tego", "tych", "te", "obecnym")},
        "tego samego": (0, True),
        "tej samej": (0, True),
        "tym samym": (0, True),
    },  # fmt: skip
    rel_after={},
    ago_before={"za": (1, False), "po": (1, True)},
    ago_after={"temu": (-1, False), "później": (1, True), "wcześniej": (-1, True)},
    approx=[
        "około",
        "ok.",
        "prawie",
        "niemal",
        "blisko",
        "ponad",
        "przeszło",
        "niespełna",
        "co najmniej",
        "przynajmniej",
        "mniej niż",
        "więcej niż",
        "nawet",
    ],
    vague_amounts=["kilka", "kilku", "kilkanaście", "kilkunastu", "kilkadziesiąt", "kilkudziesięciu", "parę", "paru",
                   "wiele", "wielu"],  # fmt: skip
    refs={
        "teraz": "PRESENT_REF",
        "obecnie": "PRESENT_REF",
        "aktualnie": "PRESENT_REF",
        "w tej chwili": "PRESENT_REF",
        "w chwili obecnej": "PRESENT_REF",
        "niedawno": "PAST_REF",
        "ostatnio": "PAST_REF",
        "w przeszłości": "PAST_REF",
        "wkrótce": "FUTURE_REF",
        "niebawem": "FUTURE_REF",
        "w przyszłości": "FUTURE_REF",
    },
    every=["co", "każdy", "każdego", "każdą", "każdej", "każdym"],
    every_plural=[],
    set_words={
        "codziennie": "P1D",
        "dziennie": "P1D",
        "co dzień": "P1D",
        "co tydzień": "P1W",
        "tygodniowo": "P1W",
        "co miesiąc": "P1M",
        "miesięcznie": "P1M",
        "co roku": "P1Y",
        "corocznie": "P1Y",
        "rocznie": "P1Y",
        "co godzinę": "PT1H",
    },  # fmt: skip
    parts=["początku", "początkiem", "początek", "końcu", "końcem", "koniec", "połowie", "połowy", "połowa"],
    seasons={
        "wiosna": "SP",
        "wiosną": "SP",
        "wiosnę": "SP",
        "wiosny": "SP",
        "wiośnie": "SP",
        "lato": "SU",
        "latem": "SU",
        "lecie": "SU",
        "jesień": "FA",
        "jesienią": "FA",
        "jesieni": "FA",
        "zima": "WI",
        "zimą": "WI",
        "zimę": "WI",
        "zimy": "WI",
        "zimie": "WI",
    },  # fmt: skip
    holidays={
        "Boże Narodzenie": (12, 25),
        "Bożego Narodzenia": (12, 25),
        "Wigilia": (12, 24),
        "Wigilię": (12, 24),
        "Wigilii": (12, 24),
        "Nowy Rok": (1, 1),
        "Nowego Roku": (1, 1),
        "Wszystkich Świętych": (11, 1),
        "Święto Niepodległości": (11, 11),
        "Święta Niepodległości": (11, 11),
        "Wielkanoc": 0,
        "Wielkanocy": 0,
        "Wielki Piątek": -2,
        "Wielkiego Piątku": -2,
        "Boże Ciało": 60,
        "Bożego Ciała": 60,
    },
    ordinals={
        "pierwszy": 1,
        "pierwszym": 1,
        "pierwszego": 1,
        "drugi": 2,
        "drugim": 2,
        "drugiego": 2,
        "trzeci": 3,
        "trzecim": 3,
        "trzeciego": 3,
        "czwarty": 4,
        "czwartym": 4,
        "czwartego": 4,
        "ostatnim": 4,
        "I": 1,
        "II": 2,
        "III": 3,
        "IV": 4,
    },  # fmt: skip
    quarter_words={
        "kwartał": "quarter",
        "kwartale": "quarter",
        "kwartału": "quarter",
        "półrocze": "half",
        "półroczu": "half",
        "półrocza": "half",
    },  # fmt: skip
    # "południe" and "północ" alone are also south and north: only "w południe", "o północy"
    noon={"w południe": 12, "w samo południe": 12, "o północy": 24, "przed północą": 24, "po północy": 24,
          "około północy": 24},
    articles=r"(?!)",
    month_cue=r"\b(?:w|we|od|do|z|ze|na|po|przed|początku|początkiem|końcu|końcem|połowie|połowy|miesiącu"
    r"|miesiąca|i|oraz|lub|albo|a)",
    not_year_after=r"osób|osoby|ludzi|mieszkańców|złotych|zł|dolarów|euro|ofiar|zabitych|rannych|żołnierzy|km"
    r"|kilometrów|metrów|ton|głosów|miejsc|przypadków|migrantów|pracowników|rodzin",
    date_link=r"",
    year_link=r"",
    day_suffix=r"",
    tod_link=r"(?:w\s+)?",
    # "20:30" anywhere; a dotted time ("20.30") or a bare hour only after "o godz." / "o godzinie", a dotted
    # one also after "o" ("o 20.30"): "o 5" is "by five" ("wzrosła o 5 proc.")
    clock=r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?!\d)"
    r"|(?:(?<=\bgodz\.\s)|(?<=\bgodzinie\s)|(?<=\bgodziny\s)|(?<=\bgodz\s)|(?<=\bo\s)(?=\d{1,2}\.\d\d))"
    r"(?P<h2>[01]?\d|2[0-3])(?:\.(?P<mi2>[0-5]\d))?(?![\d,]|\.\d)",
    pm_after=r"wieczorem|po\s+południu",
    decade=r"(?:lata|latach|latami|lat)\s+(?P<dd>(?:19|20)?\d0)(?:-(?:te|tych|ych|ch))?",
    century=r"(?P<cr>[XVI]+)\s+(?:wieku|wiek|w\.)",
    times_per=r"(?:raz|dwa\s+razy|trzy\s+razy|\d+\s+razy)\s+(?:w|na)\s+(?P<tu>tydzień|tygodniu|miesiąc|miesiącu"
    r"|rok|roku|dzień|dobę)",
    # "będzie przemawiał": the future with a past participle, which the past cue alone would read as past
    future_cue=r"\b(?:(?:będzie|będą|będziemy)(?:\s+\w+ł[aoiy]?(?!\w))?|zostanie|zostaną|planuje|planują|planowane"
    r"|planowany|zamierza|zamierzają|odbędzie|odbędą|rozpocznie|rozpoczną|zakończy|zakończą|wejdzie|wejdą|ma\s+się|mają\s+się|przyjedzie"
    r"|spotka|spotkają)\b",
    past_cue=r"\b\w{2,}(?:ał|ała|ało|ali|ały|ył|yła|yło|yli|yły|ił|iła|iło|ili|iły|ął|ęła|ęło|ęli|ęły|ół|eli)\b"
    r"|\b\w*(?:padł|padła|padło|padli|padły|rósł|rosła|rosło|rośli|rosły|marł|marła|marło|marli|marły|szedł|szła"
    r"|szło|szli|szły|niósł|niosła|niosło|nieśli|niosły|ciekł|ciekła|ciekło|ciekli|ciekły|mógł|mogła|mogło"
    r"|mogli|mogły)\b"  # the past of consonant stems ("spadło", "wzrósł", "doszło", "uciekli")
    r"|\b(?:był|była|było|byli|były|poinformowano|zatrzymano|zabito|ogłoszono|podano)\b",
    lowercase_months=True,
    year_suffix=r"\s+(?:r\.|roku|rok)",
    amount_optional=True,
    cased=frozenset({"I", "II", "III", "IV"}),
    tod_of=r"z",
    night_to=r"(?:nocy|noc)\s+(?:z\s+(?P<wd1>{WEEKDAY})\s+)?na\s+(?P<wd2>{WEEKDAY})",  # "w nocy na sobotę"
    noon_of=r"w|we",  # "o północy we wtorek"
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
