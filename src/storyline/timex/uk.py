"""Ukrainian time-expression rules: the lexicon read by the shared grammar in lexical.py. Ukrainian inflects
nouns, numbers and adjectives for case, so each word is listed with the forms news text uses ("у п'ятницю",
"минулого тижня", "у березні 2024 року", "24 березня"); words with an apostrophe are listed with the straight
one (which also matches "’") and with the letter "ʼ" (U+02BC)."""

from __future__ import annotations

import re

from .lexical import Lexicon, build

_MONTHS = [  # nominative (also accusative), genitive (dates, "з березня"), locative ("у березні")
    ("січень", "січня", "січні"), ("лютий", "лютого", "лютому"), ("березень", "березня", "березні"),
    ("квітень", "квітня", "квітні"), ("травень", "травня", "травні"), ("червень", "червня", "червні"),
    ("липень", "липня", "липні"), ("серпень", "серпня", "серпні"), ("вересень", "вересня", "вересні"),
    ("жовтень", "жовтня", "жовтні"), ("листопад", "листопада", "листопаді"), ("грудень", "грудня", "грудні"),
]  # fmt: skip
_WEEKDAYS = [  # nominative and accusative ("у п'ятницю"), genitive ("минулої п'ятниці"), "по п'ятницях"
    ("понеділок", "понеділка", "понеділках"), ("вівторок", "вівторка", "вівторках"),
    ("середа", "середу", "середи", "середах"), ("четвер", "четверга", "четвергах"),
    ("п'ятниця", "п'ятницю", "п'ятниці", "п'ятницях"), ("субота", "суботу", "суботи", "суботах"),
    ("неділя", "неділю", "неділі", "неділях"),
]  # fmt: skip
_UNITS = {  # singular forms (the genitive singular also follows two to four: "два тижні"), plural forms
    "second": (["секунда", "секунду", "секунди"], ["секунд", "секундами"]),
    "minute": (["хвилина", "хвилину", "хвилини"], ["хвилин", "хвилинами"]),
    "hour": (["година", "годину", "години"], ["годин", "годинами"]),
    "day": (["день", "дня", "добу", "доби"], ["днів", "дні", "днями", "діб"]),
    "week": (["тиждень", "тижня", "тижні"], ["тижнів", "тижнями"]),
    "month": (["місяць", "місяця", "місяці"], ["місяців", "місяцями"]),
    "year": (["рік", "року", "році"], ["років", "роки", "роками", "роках"]),
    "decade": (["десятиліття", "десятилітті"], ["десятиліть"]),
    "century": (["століття", "сторіччя", "столітті"], ["століть"]),
}  # fmt: skip
_ONES = {  # by case: nominative, genitive, the collective genitive
    1: ("один", "одна", "одну", "одне", "одного", "одної", "однієї"), 2: ("два", "дві", "двох"),
    3: ("три", "трьох"), 4: ("чотири", "чотирьох"), 5: ("п'ять", "п'яти", "п'ятьох"),
    6: ("шість", "шести", "шістьох"), 7: ("сім", "семи", "сімох"), 8: ("вісім", "восьми", "вісьмох"),
    9: ("дев'ять", "дев'яти", "дев'ятьох"),
}  # fmt: skip
_NOMINATIVE = {1: ("один", "одна", "одну"), 2: ("два", "дві")}
_TENS = {20: ("двадцять", "двадцяти"), 30: ("тридцять", "тридцяти"), 40: ("сорок", "сорока"),
         50: ("п'ятдесят", "п'ятдесяти"), 60: ("шістдесят", "шістдесяти"), 70: ("сімдесят", "сімдесяти"),
         80: ("вісімдесят", "вісімдесяти"), 90: ("дев'яносто", "дев'яноста")}  # fmt: skip
_TEENS = {"одинадцят": 11, "дванадцят": 12, "тринадцят": 13, "чотирнадцят": 14, "п'ятнадцят": 15,
          "шістнадцят": 16, "сімнадцят": 17, "вісімнадцят": 18, "дев'ятнадцят": 19, "десят": 10}  # fmt: skip


def _spellings(table: dict[str, object]) -> dict[str, object]:
    """Each entry with an apostrophe also under the letter "ʼ": "п'ятниця", "пʼятниця"."""
    return {**table, **{k.replace("'", "ʼ"): v for k, v in table.items() if "'" in k}}


def _numbers() -> dict[str, float]:
    """One to ninety-nine in the cases news text counts time in ("три дні", "протягом двох тижнів",
    "двадцять чотири години", "двадцяти чотирьох годин")."""
    out: dict[str, float] = {form: n for n, forms in _ONES.items() for form in forms}
    out.update({stem + end: n for stem, n in _TEENS.items() for end in ("ь", "и", "ьох")})
    for tens, (nom, gen) in _TENS.items():
        out[nom], out[gen] = tens, tens
        for n, forms in _ONES.items():
            out.update({f"{nom} {form}": tens + n for form in _NOMINATIVE.get(n, forms[:1])})
            out[f"{gen} {forms[1] if n >= 5 else forms[-1] if n > 1 else 'одного'}"] = tens + n
    out.update({"сто": 100, "ста": 100, "півтора": 1.5, "півтори": 1.5})
    return out


def _adjective(stem: str, step: int, anaphoric: bool = False, soft: bool = False) -> dict[str, tuple[int, bool]]:
    """Every case and gender of an adjective modifier ("минул-" -> минулий, минулого, минулої, минулому, ...)."""
    hard = ["ий", "а", "е", "ого", "ої", "ому", "ій", "ім", "у", "і", "их", "им", "ими"]
    ends = ["ій", "я", "є", "ього", "ьої", "ьому", "ім", "ю", "і", "іх", "іми"] if soft else hard
    return {stem + e: (step, anaphoric) for e in ends}


# the parts of the day said after an hour ("5-ї ранку", "3 годині ночі"), and the words that introduce an hour
_DAY_PARTS = r"ранку|дня|вечора|ночі"
_AT = r"(?:(?<=\bо\s)|(?<=\bоб\s)|(?<=\bдо\s)|(?<=\bз\s)|(?<=\bвід\s)|(?<=\bблизько\s)|(?<=\bпісля\s))"
_NOT_A_PERIOD = r"\s+(?:році|року|місяці|місяця|тижні|тижня|сезоні|столітті|десятилітті|кварталі|півріччі)\b"

LEXICON = Lexicon(
    months={form: n for n, forms in enumerate(_MONTHS, 1) for form in forms},
    weekdays=_spellings({form: n for n, forms in enumerate(_WEEKDAYS) for form in forms}),  # type: ignore[arg-type]
    numbers=_spellings(_numbers()),  # type: ignore[arg-type]
    units={
        **{w: (u, False) for u, (sg, _) in _UNITS.items() for w in sg},
        **{w: (u, True) for u, (_, pl) in _UNITS.items() for w in pl},
    },
    tod={"вранці": "MO", "уранці": "MO", "зранку": "MO", "вдень": "AF", "удень": "AF", "пополудні": "AF",
         "ввечері": "EV", "увечері": "EV", "вночі": "NI", "уночі": "NI", "ніч": "NI"},
    deictic={"сьогодні": 0, "вчора": -1, "учора": -1, "завтра": 1, "позавчора": -2, "післязавтра": 2},
    deictic_tod={
        "цього ранку": (0, "MO"), "цього вечора": (0, "EV"), "цієї ночі": (0, "NI"), "минулої ночі": (-1, "NI"),
        "минулого вечора": (-1, "EV"), "сьогодні вночі": (0, "NI"),
    },  # fmt: skip
    anaphoric_days={"наступного дня": 1, "наступної доби": 1, "напередодні": -1, "того ж дня": 0,
                    "того самого дня": 0},
    rel_before={
        **_adjective("минул", -1),
        **_adjective("останн", -1, soft=True),
        **_adjective("наступн", 1),
        **_adjective("майбутн", 1, soft=True),
        **_adjective("прийдешн", 1, soft=True),
        **_adjective("поточн", 0),
        **_adjective("нинішн", 0, soft=True),
        **{f: (0, False) for f in ("цей", "ця", "цього", "цієї", "цьому", "цій", "цю", "ці", "цих", "цім")},
        **_adjective("попередн", -1, True, soft=True),
        **{f: (0, True) for f in ("той самий", "того ж", "того самого", "тому ж", "тієї ж", "тій же", "ту ж",
                                  "той же", "та ж")},
    },  # fmt: skip
    rel_after={},
    ago_before={"через": (1, False)},
    ago_after={"тому": (-1, False), "по тому": (1, True), "потому": (1, True), "пізніше": (1, True),
               "згодом": (1, True), "раніше": (-1, True)},
    approx=["близько", "майже", "понад", "більше", "більш ніж", "менше", "приблизно", "щонайменше",
            "не менше", "не більше", "принаймні"],
    vague_amounts=["кілька", "кількох", "декілька", "декількох", "багато", "багатьох"],
    refs={
        "зараз": "PRESENT_REF", "нині": "PRESENT_REF", "наразі": "PRESENT_REF", "тепер": "PRESENT_REF",
        "на даний момент": "PRESENT_REF", "в даний час": "PRESENT_REF", "у даний час": "PRESENT_REF",
        "нещодавно": "PAST_REF", "останнім часом": "PAST_REF", "у минулому": "PAST_REF",
        "в минулому": "PAST_REF", "у майбутньому": "FUTURE_REF", "в майбутньому": "FUTURE_REF",
        "незабаром": "FUTURE_REF", "найближчим часом": "FUTURE_REF",
    },  # fmt: skip
    every=["кожен", "кожний", "кожна", "кожне", "кожного", "кожної", "кожну", "кожному", "кожній"],
    every_plural=["по"],
    set_words={"щодня": "P1D", "щоденно": "P1D", "щодоби": "P1D", "щотижня": "P1W", "щотижнево": "P1W",
               "щомісяця": "P1M", "щомісячно": "P1M", "щороку": "P1Y", "щорічно": "P1Y", "щогодини": "PT1H"},
    parts=["на початку", "наприкінці", "в кінці", "у кінці", "в середині", "у середині", "посередині",
           "початку", "кінці", "середині", "початок", "кінець", "середина"],
    seasons={
        "навесні": "SP", "весною": "SP", "весна": "SP", "весни": "SP", "весну": "SP",
        "влітку": "SU", "улітку": "SU", "літо": "SU", "літа": "SU", "літом": "SU",
        "восени": "FA", "осінь": "FA", "осені": "FA", "осінню": "FA",
        "взимку": "WI", "узимку": "WI", "зима": "WI", "зими": "WI", "зиму": "WI", "зимою": "WI",
    },  # fmt: skip
    holidays={
        "Новий рік": (1, 1), "Нового року": (1, 1), "Різдво": (12, 25), "Різдва": (12, 25),
        "Святвечір": (12, 24), "День Незалежності": (8, 24), "Дня Незалежності": (8, 24),
        "День Конституції": (6, 28), "Дня Конституції": (6, 28),
    },  # fmt: skip
    ordinals={
        "перший": 1, "першого": 1, "першому": 1, "другий": 2, "другого": 2, "другому": 2, "третій": 3,
        "третього": 3, "третьому": 3, "четвертий": 4, "четвертого": 4, "четвертому": 4,
    },  # fmt: skip
    quarter_words={"квартал": "quarter", "кварталу": "quarter", "кварталі": "quarter", "півріччя": "half",
                   "півріччі": "half"},
    noon={"опівдні": 12, "полудень": 12, "опівночі": 24},
    articles=r"(?!)",
    month_cue=r"\b(?:у|в|з|із|зі|до|від|по|на|між|протягом|впродовж|початку|кінці|середині|наприкінці|місяці)",
    not_year_after=r"людей|осіб|мешканців|жителів|гривень|доларів|євро|загиблих|поранених|військових|км"
    r"|кілометрів|метрів|тонн|голосів|випадків|дітей|сімей|родин",
    date_link=r"",
    year_link=r"",
    day_suffix=r"(?:-го|-е)?",
    tod_link=r"",
    # "20:30" anywhere; a dotted hour only after "о"/"об" ("о 18.45"): "з 12.03" is a day and a month
    clock=r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?!\d)"
    r"|(?:(?<=\bо\s)|(?<=\bоб\s))(?P<h2>[01]?\d|2[0-3])\.(?P<mi2>[0-5]\d)(?!\d)"
    # an hour with its part of day: alone after a word that introduces it ("о 5 ранку"; "2 дня" is two days),
    # anywhere with "година" or an ordinal ending ("о 3 годині ночі", "близько 5-ї ранку")
    rf"|{_AT}(?P<h3>[01]?\d|2[0-3])(?=\s+(?:ранку|вечора|ночі)\b)"
    rf"|(?P<h4>[01]?\d|2[0-3])(?:-(?:ї|й|ої|ій|ту)|\s+(?:година|години|годині|годину|годин))(?=\s+(?:{_DAY_PARTS})\b)",
    clock_after=_DAY_PARTS,
    pm_after=r"вечора|дня",
    night_after=r"ночі",
    decade=r"(?P<dd>(?:19|20)?\d0)-(?:х|ті|тих|их)(?:\s+(?:роки|роках|років))?",
    century=r"(?P<cr>[XVI]+)\s+(?:століття|столітті|сторіччя|сторіччі)",
    times_per=r"(?:раз|двічі|тричі|\d+\s+рази?)\s+на\s+(?P<tu>день|тиждень|місяць|рік)",
    future_cue=r"\b(?:буде|будуть|буду|будемо|будете|планує|планують|планується|плануються|має\s+намір"
    r"|мають\s+намір|збирається|збираються|очікується|очікуються|відбудеться|відбудуться|розпочнеться"
    r"|почнеться|стартує|запланован\w*)\b|\b\w{2,}тим(?:е|уть|у|емо|ете)\b",
    # past forms by gender and number ("заявив", "сказала", "загинуло", "повідомили"), not the genitive
    # plurals and names that end alike ("держав", "справ", "Ярослав")
    past_cue=r"\b\w{2,}(?:(?<!сл)(?<!держ)(?<!спр)ав|(?<!кт)(?<!мот)ив|ув|яв|ала|ила|іла|ула|яла|ало|ило|іло"
    r"|уло|яло|али|или|іли|ули|яли|шли|шла|шло|сли|гли|кли|лася|лося|лися|лись|вся)\b"
    r"|\b(?:був|була|було|були|розповів|зумів|хотів|сидів|летів|горів|помер|зріс|зросла|зросло)\b",
    lowercase_months=True,
    year_suffix=r"\s+(?:року|році|рік|р\.|рр\.)",
    amount_optional=True,
    deictic_units={"торік": ("year", -1), "минулоріч": ("year", -1), "позаторік": ("year", -2),
                   "цьогоріч": ("year", 0), "наступноріч": ("year", 1)},
    age_before=r"\bвіці|\bвіком",
    someday=("одного дня",),
    night_to=r"ніч\s+(?:(?:з|із|зі)\s+(?P<wd1>{WEEKDAY})\s+)?на\s+(?P<wd2>{WEEKDAY})",  # "у ніч на суботу"
    noon_of=r"у|в",  # "опівночі у вівторок"
    guards={  # "у минулому році": last year, not "in the past"
        "у минулому": ("(?!)", _NOT_A_PERIOD), "в минулому": ("(?!)", _NOT_A_PERIOD),
        "у майбутньому": ("(?!)", _NOT_A_PERIOD), "в майбутньому": ("(?!)", _NOT_A_PERIOD),
    },  # fmt: skip
)

_R = build(LEXICON)
COMPILED = _R.COMPILED
FIRST_WORDS = _R.FIRST_WORDS
HEADS = _R.HEADS
HEAD_WINDOW = _R.HEAD_WINDOW
TOKEN = _R.TOKEN
FUTURE_CUE = _R.FUTURE_CUE
PAST_CUE = _R.PAST_CUE
# the shared break knows the Russian capitals; a Ukrainian sentence may also open with Є, І, Ї or Ґ
SENTENCE_BREAK = re.compile(r"(?<!\d)[.!?](?=\s+[\"'«¿¡(A-ZÀ-ÖØ-ÞŐŰА-ЯЁЄІЇҐ])|\n\s*\n")
