"""German time-expression rules: the lexicon read by the shared grammar in lexical.py."""

from __future__ import annotations

from .lexical import Lexicon, build

_FORMS = {  # every inflected form of a unit noun, singular then plural
    "second": (["Sekunde"], ["Sekunden"]),
    "minute": (["Minute"], ["Minuten"]),
    "hour": (["Stunde"], ["Stunden"]),
    "day": (["Tag", "Tages", "Tage"], ["Tagen"]),
    "week": (["Woche"], ["Wochen"]),
    "month": (["Monat", "Monats", "Monate"], ["Monaten"]),
    "quarter": (["Quartal", "Quartals", "Quartale"], ["Quartalen"]),
    "year": (["Jahr", "Jahres", "Jahre"], ["Jahren"]),
    "decade": (["Jahrzehnt", "Jahrzehnts", "Jahrzehnte"], ["Jahrzehnten"]),
    "century": (["Jahrhundert", "Jahrhunderts", "Jahrhunderte"], ["Jahrhunderten"]),
}
# "Tage", "Monate", "Jahre" are plural too, but read as singular they still give the right unit for amounts.

_MOD = {"letzt": (-1, False), "vergangen": (-1, False), "vorig": (-1, False), "nächst": (1, False),
        "kommend": (1, False), "dies": (0, False), "folgend": (1, True), "darauffolgend": (1, True),
        "selb": (0, True), "gleich": (0, True), "vorherig": (-1, True)}  # fmt: skip

LEXICON = Lexicon(
    months={
        "Januar": 1,
        "Jänner": 1,
        "Februar": 2,
        "März": 3,
        "Maerz": 3,
        "April": 4,
        "Mai": 5,
        "Juni": 6,
        "Juli": 7,
        "August": 8,
        "September": 9,
        "Oktober": 10,
        "November": 11,
        "Dezember": 12,
        "Jan.": 1,
        "Feb.": 2,
        "Febr.": 2,
        "Apr.": 4,
        "Aug.": 8,
        "Sept.": 9,
        "Okt.": 10,
        "Nov.": 11,
        "Dez.": 12,
    },
    weekdays={
        "Montag": 0,
        "Dienstag": 1,
        "Mittwoch": 2,
        "Donnerstag": 3,
        "Freitag": 4,
        "Samstag": 5,
        "Sonnabend": 5,
        "Sonntag": 6,
    },  # fmt: skip
    numbers={
        "ein": 1,
        "eine": 1,
        "einem": 1,
        "einer": 1,
        "einen": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "dreizehn": 13,
        "vierzehn": 14,
        "fünfzehn": 15,
        "sechzehn": 16,
        "siebzehn": 17,
        "achtzehn": 18,
        "neunzehn": 19,
        "zwanzig": 20,
        "vierundzwanzig": 24,
        "dreißig": 30,
        "vierzig": 40,
        "achtundvierzig": 48,
        "fünfzig": 50,
        "sechzig": 60,
        "hundert": 100,
        "anderthalb": 1.5,
        "eineinhalb": 1.5,
        "zweieinhalb": 2.5,
    },
    units={
        **{w: (u, False) for u, (sg, _) in _FORMS.items() for w in sg},
        **{w: (u, True) for u, (_, pl) in _FORMS.items() for w in pl},
    },
    tod={
        "Morgen": "MO",
        "früh": "MO",
        "Vormittag": "MO",
        "Mittag": "AF",
        "Nachmittag": "AF",
        "Abend": "EV",
        "Nacht": "NI",
    },  # fmt: skip
    deictic={"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2},
    deictic_tod={
        "heute früh": (0, "MO"),
        "Morgen früh": (1, "MO"),
        "letzte Nacht": (-1, "NI"),
        "vergangene Nacht": (-1, "NI"),
    },
    anaphoric_days={
        "Vortag": -1,
        "am Vortag": -1,
        "Folgetag": 1,
        "am Folgetag": 1,
        "tags darauf": 1,
        "tags zuvor": -1,
    },  # fmt: skip
    rel_before={f"{stem}{end}": step for stem, step in _MOD.items() for end in ("e", "en", "er", "es", "em")},
    rel_after={"zuvor": (-1, True), "davor": (-1, True), "danach": (1, True), "darauf": (1, True)},
    ago_before={"vor": (-1, False), "in": (1, False)},
    ago_after={
        "später": (1, True),
        "zuvor": (-1, True),
        "davor": (-1, True),
        "danach": (1, True),
        "früher": (-1, True),
    },  # fmt: skip
    approx=[
        "etwa",
        "rund",
        "fast",
        "knapp",
        "mehr als",
        "weniger als",
        "mindestens",
        "über",
        "bis zu",
        "gut",
        "nahezu",
        "fast genau",
        "ungefähr",
    ],  # fmt: skip
    vague_amounts=[
        "einigen",
        "einige",
        "mehreren",
        "mehrere",
        "wenigen",
        "wenige",
        "ein paar",
        "vielen",
        "viele",
    ],
    refs={
        "jetzt": "PRESENT_REF",
        "derzeit": "PRESENT_REF",
        "zurzeit": "PRESENT_REF",
        "momentan": "PRESENT_REF",
        "gegenwärtig": "PRESENT_REF",
        "heutzutage": "PRESENT_REF",
        "aktuell": "PRESENT_REF",
        "kürzlich": "PAST_REF",
        "vor kurzem": "PAST_REF",
        "vor Kurzem": "PAST_REF",
        "neulich": "PAST_REF",
        "jüngst": "PAST_REF",
        "früher": "PAST_REF",
        "in Zukunft": "FUTURE_REF",
        "künftig": "FUTURE_REF",
        "zukünftig": "FUTURE_REF",
        "bald": "FUTURE_REF",
        "demnächst": "FUTURE_REF",
    },
    every=["jeden", "jede", "jedes", "jeder"],
    every_plural=["alle"],
    set_words={
        "täglich": "P1D",
        "wöchentlich": "P1W",
        "monatlich": "P1M",
        "jährlich": "P1Y",
        "stündlich": "PT1H",
        "alljährlich": "P1Y",
        "tagtäglich": "P1D",
    },  # fmt: skip
    parts=["Anfang", "Ende", "Mitte"],
    seasons={"Frühjahr": "SP", "Frühling": "SP", "Sommer": "SU", "Herbst": "FA", "Winter": "WI"},
    holidays={
        "Weihnachten": (12, 25),
        "Heiligabend": (12, 24),
        "Heiligen Abend": (12, 24),
        "Silvester": (12, 31),
        "Neujahr": (1, 1),
        "Neujahrstag": (1, 1),
        "Ostern": 0,
        "Ostersonntag": 0,
        "Ostermontag": 1,
        "Karfreitag": -2,
        "Pfingsten": 49,
        "Christi Himmelfahrt": 39,
        "Tag der Deutschen Einheit": (10, 3),
        "Valentinstag": (2, 14),
        "Allerheiligen": (11, 1),
    },
    ordinals={
        "ersten": 1,
        "erste": 1,
        "zweiten": 2,
        "zweite": 2,
        "dritten": 3,
        "dritte": 3,
        "vierten": 4,
        "vierte": 4,
        "letzten": 4,
    },  # fmt: skip
    quarter_words={"Quartal": "quarter", "Halbjahr": "half"},
    noon={"Mitternacht": 24},
    articles=r"(?:(?:der|die|das|den|dem|des)\s+)",
    month_cue=r"\b(?:im|seit|bis|ab|vor|nach|zum|Anfang|Ende|Mitte|von|zwischen|und|oder|Monat)",
    not_year_after=r"Menschen|Personen|Einwohner|Euro|Dollar|Tote|Opfer|Verletzte|Soldaten|km|Kilometer|Meter"
    r"|Tonnen|Stimmen|Wohnungen|Jobs|Stellen|Mitarbeiter|Fälle",
    date_link=r"\.",
    year_link=r"",
    day_suffix=r"",
    tod_link=r"",
    clock=r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*Uhr(?:\s+(?P<mi2>[0-5]\d))?",
    pm_after=r"abends|nachmittags",
    pm_before=r"\babends\s+um|\bnachmittags\s+um",
    decade=r"(?:die\s+|den\s+)?(?P<dd>(?:19|20)?\d0)er(?:[\s-]+Jahren?|-Jahren?)?",
    century=r"(?P<cn>\d{1,2})\.\s+Jahrhundert",
    times_per=r"(?:ein|zwei|drei|vier|\d+)mal\s+(?:pro|im|in\s+der|am)\s+(?P<tu>Tag|Woche|Monat|Jahr)",
    future_cue=r"\b(?:wird|werden|werde|wirst|werdet|soll|sollen|will|wollen|plant|planen|geplant|voraussichtlich"
    r"|künftig|demnächst)\b",
    past_cue=r"\b(?:war|waren|hatte|hatten|wurde|wurden|sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete"
    r"|gab|kam|kamen|ging|fand|stand|hieß|starb|meldete|kündigte|forderte|betonte|erreichte|verurteilte|zeigte"
    r"|bestätigte|warnte|sank|stieg|fiel|lag|traf|trat|brach|sprach|nahm|blieb|schrieb|rief|zog|wuchs|verlor"
    r"|gewann|begann|floh|schlug|hielt|ließ|bot|wies|schloss|fuhr|flog|lief|sah|verließ|erhielt|bekam|entschied"
    r"|beschloss)\b|\b(?:hat|haben|ist|sind)\b(?=[^.]{0,80}\bge\w+(?:t|en)\b)"
    # a weak preterite ("feierte", "meldeten"): lower case (nouns are capitalized), not an ordinal, adverb
    # or an infinitive whose stem ends in -t
    r"|\b(?!(?:heute|letzten?|nächsten?|ersten?|zweiten?|dritten?|vierten?|besten?|meisten|unten|hinten|mitten"
    r"|arbeiten|warten|halten|gelten|berichten|bitten|bieten|leiten|richten|fürchten|raten|achten|beobachten"
    r"|erhalten|enthalten|behalten|vertreten|treten|bedeuten|bereiten|leisten|kosten|antworten|starten|bitte"
    r"|weiten?|breiten?|guten?|harten?|alten?|neuesten?|großen?)\b)(?-i:[a-zäöü]\w{2,}ten?)\b",
    cased=frozenset({"morgen", "Morgen", "früh", "Mittag"}),
    half=r"(?!)",
    age_after=r"alt",
    # "in der Nacht zum Montag", "in der Nacht von Sonntag auf Montag", "in der Nacht auf den Montag"
    night_to=r"Nacht\s+(?:vo[mn]\s+(?P<wd1>{WEEKDAY})\s+)?(?:zum|zu|auf(?:\s+den)?)\s+(?P<wd2>{WEEKDAY})",
    noon_of=r"am|von",  # "Mitternacht am Dienstag"
    noon_at=r"um|gegen",  # "Dienstag um Mitternacht"
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
