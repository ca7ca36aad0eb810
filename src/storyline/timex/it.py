"""Italian time-expression rules: the lexicon read by the shared grammar in lexical.py."""

from __future__ import annotations

from .lexical import Lexicon, build

_UNITS = {
    "secondo": "second", "minuto": "minute", "ora": "hour", "giorno": "day", "giornata": "day",
    "settimana": "week", "mese": "month", "trimestre": "quarter", "anno": "year", "decennio": "decade",
    "secolo": "century",
}  # fmt: skip
_PLURAL = {"secondi": "secondo", "minuti": "minuto", "ore": "ora", "giorni": "giorno", "giornate": "giornata",
           "settimane": "settimana", "mesi": "mese", "trimestri": "trimestre", "anni": "anno",
           "decenni": "decennio", "secoli": "secolo"}  # fmt: skip
_ONES = {"uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9}
_TENS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
         "ottanta": 80, "novanta": 90}  # fmt: skip


def _compounds() -> dict[str, int]:
    """Twenty-one to ninety-nine as one word: the tens drop their vowel before uno and otto ("ventuno",
    "trentotto"), and tre takes an accent ("ventitré")."""
    out: dict[str, int] = {}
    for tens, t in _TENS.items():
        for ones, o in _ONES.items():
            head = tens[:-1] if ones in ("uno", "otto") else tens
            out[head + ones] = t + o
            if ones == "tre":
                out[head + "tré"] = t + o
    return out


LEXICON = Lexicon(
    months={
        "gennaio": 1,
        "febbraio": 2,
        "marzo": 3,
        "aprile": 4,
        "maggio": 5,
        "giugno": 6,
        "luglio": 7,
        "agosto": 8,
        "settembre": 9,
        "ottobre": 10,
        "novembre": 11,
        "dicembre": 12,
    },
    weekdays={
        "lunedì": 0,
        "lunedi": 0,
        "martedì": 1,
        "martedi": 1,
        "mercoledì": 2,
        "mercoledi": 2,
        "giovedì": 3,
        "giovedi": 3,
        "venerdì": 4,
        "venerdi": 4,
        "sabato": 5,
        "domenica": 6,
    },  # fmt: skip
    numbers={
        "un": 1,
        "una": 1,
        "uno": 1,
        "un'": 1,
        "mezz'": 0.5,
        "due": 2,
        "tre": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
        "dieci": 10,
        "undici": 11,
        "dodici": 12,
        "tredici": 13,
        "quattordici": 14,
        "quindici": 15,
        "sedici": 16,
        "diciassette": 17,
        "diciotto": 18,
        "diciannove": 19,
        **_TENS,
        **_compounds(),
        "cento": 100,
    },
    units={
        **{w: (u, False) for w, u in _UNITS.items()},
        **{p: (_UNITS[s], True) for p, s in _PLURAL.items()},
    },
    tod={
        "mattina": "MO",
        "mattino": "MO",
        "mattinata": "MO",
        "pomeriggio": "AF",
        "sera": "EV",
        "serata": "EV",
        "notte": "NI",
        "nottata": "NI",
    },
    deictic={
        "oggi": 0,
        "ieri": -1,
        "domani": 1,
        "l'altro ieri": -2,
        "l'altroieri": -2,
        "ieri l'altro": -2,
        "avantieri": -2,
        "dopodomani": 2,
    },
    deictic_tod={
        "stamattina": (0, "MO"),
        "stamani": (0, "MO"),
        "stamane": (0, "MO"),
        "questa mattina": (0, "MO"),
        "questo pomeriggio": (0, "AF"),
        "stasera": (0, "EV"),
        "questa sera": (0, "EV"),
        "stanotte": (0, "NI"),
        "questa notte": (0, "NI"),
    },
    anaphoric_days={"indomani": 1, "il giorno dopo": 1, "il giorno prima": -1},
    rel_before={
        "questo": (0, False),
        "questa": (0, False),
        "quest'": (0, False),
        "questi": (-1, False),
        "queste": (-1, False),
        "scorso": (-1, False),
        "scorsa": (-1, False),
        "scorsi": (-1, False),
        "scorse": (-1, False),
        "ultimo": (-1, False),
        "ultima": (-1, False),
        "ultimi": (-1, False),
        "ultime": (-1, False),
        "prossimo": (1, False),
        "prossima": (1, False),
        "prossimi": (1, False),
        "prossime": (1, False),
        "stesso": (0, True),
        "stessa": (0, True),
        "quello stesso": (0, True),
        "quella stessa": (0, True),
        "quel": (0, True),
        "quella": (0, True),
        "quell'": (0, True),
    },
    rel_after={
        "scorso": (-1, False),
        "scorsa": (-1, False),
        "passato": (-1, False),
        "passata": (-1, False),
        "prossimo": (1, False),
        "prossima": (1, False),
        "venturo": (1, False),
        "ventura": (1, False),
        "in corso": (0, False),
        "successivo": (1, True),
        "successiva": (1, True),
        "seguente": (1, True),
        "precedente": (-1, True),
        "scorsi": (-1, False),
        "scorse": (-1, False),
        "passati": (-1, False),
        "passate": (-1, False),
        "a venire": (1, False),
    },
    ago_before={"tra": (1, False), "fra": (1, False)},
    ago_after={"fa": (-1, False), "dopo": (1, True), "più tardi": (1, True), "prima": (-1, True)},
    approx=[
        "circa",
        "quasi",
        "più di",
        "meno di",
        "almeno",
        "oltre",
        "fino a",
        "appena",
        "poco più di",
        "poco meno di",
    ],
    vague_amounts=[
        "alcuni",
        "alcune",
        "diversi",
        "diverse",
        "vari",
        "varie",
        "pochi",
        "poche",
        "molti",
        "molte",
        "parecchi",
        "parecchie",
        "qualche",
    ],
    refs={
        "ora": "PRESENT_REF",
        "adesso": "PRESENT_REF",
        "attualmente": "PRESENT_REF",
        "al momento": "PRESENT_REF",
        "in questo momento": "PRESENT_REF",
        "oggigiorno": "PRESENT_REF",
        "oggi giorno": "PRESENT_REF",
        "recentemente": "PAST_REF",
        "di recente": "PAST_REF",
        "ultimamente": "PAST_REF",
        "in passato": "PAST_REF",
        "in futuro": "FUTURE_REF",
        "il futuro": "FUTURE_REF",
        "prossimamente": "FUTURE_REF",
    },
    every=["ogni"],
    every_plural=["tutti i", "tutti gli", "tutte le"],
    set_words={
        "quotidianamente": "P1D",
        "settimanalmente": "P1W",
        "mensilmente": "P1M",
        "annualmente": "P1Y",
    },
    parts=["inizio", "fine", "metà", "inizio di", "inizio del", "fine di", "fine del", "metà di", "metà del",
           "primi di", "fine dell'", "inizio dell'"],  # fmt: skip
    seasons={"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
    holidays={
        "Natale": (12, 25),
        "vigilia di Natale": (12, 24),
        "Santo Stefano": (12, 26),
        "San Silvestro": (12, 31),
        "Capodanno": (1, 1),
        "Epifania": (1, 6),
        "Pasqua": 0,
        "Pasquetta": 1,
        "Venerdì Santo": -2,
        "Ferragosto": (8, 15),
        "Ognissanti": (11, 1),
        "San Valentino": (2, 14),
        "Festa della Liberazione": (4, 25),
        "Festa della Repubblica": (6, 2),
        "Festa dei Lavoratori": (5, 1),
    },
    ordinals={
        "primo": 1,
        "secondo": 2,
        "terzo": 3,
        "quarto": 4,
        "ultimo": 4,
        "1°": 1,
        "2°": 2,
        "3°": 3,
        "4°": 4,
    },
    quarter_words={"trimestre": "quarter", "semestre": "half"},
    noon={"mezzogiorno": 12, "mezzanotte": 24},
    articles=r"(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)",
    month_cue=r"\b(?:a|ad|in|nel|di|del|da|dal|dallo|fino\s+a|entro|tra|fra|e|o|mese\s+di|prima\s+di|dopo|per"
    r"|inizio|fine|metà|primi\s+di)",
    not_year_after=r"persone|abitanti|euro|dollari|morti|vittime|feriti|soldati|km|chilometri|metri|tonnellate"
    r"|voti|posti|casi|migranti|dipendenti|lavoratori|famiglie",
    date_link=r"",
    year_link=r"del\s+",
    day_suffix=r"º|°",
    tod_link=r"in\s+",
    # "20:30" anywhere; a bare or dotted hour only after "alle"/"dalle"/"ore", and not before a noun
    # ("alle 3 famiglie" is "to the three families")
    clock=r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?!\d)"
    r"|(?:(?<=\balle\s)|(?<=\bdalle\s)|(?<=\bore\s)|(?<=\bentro le\s)|(?<=\bverso le\s)|(?<=\bdopo le\s))(?P<h2>[01]?\d|2[0-3])(?:[.:](?P<mi2>[0-5]\d))?(?![\d,]|\.\d)"
    r"(?(mi2)|(?!\s+(?-i:(?!(?:di|del|della|e|ed|ora|in|circa|a|con|per|precise|esatte|locali|italiane|quando|si)\b)"
    r"[a-zà-ú])))",  # a time with its minutes ("alle 13.45 nei pressi") needs no such guard
    pm_after=r"di\s+sera|del\s+pomeriggio",
    decade=r"(?:gli\s+)?anni\s+['’]?(?P<dd>(?:19|20)?\d0(?!\d)|venti|trenta|quaranta|cinquanta|sessanta|settanta"
    r"|ottanta|novanta)|(?:il\s+)?decennio\s+(?P<dd2>(?:19|20)\d0)(?!\d)",
    century=r"(?:il\s+)?(?P<cr>[XVI]+)\s+secolo",
    times_per=r"(?:una|due|tre|quattro|\d+)\s+volt[ae]\s+(?:al|alla|all['’]\s*|a|per|ogni)\s*"
    r"(?P<tu>giorno|settimana|mese|anno)",
    future_cue=r"\b\w+r(?:à|anno)\b|\bsta(?:nno)?\s+per\b|\bprevist[oaie]\s+(?:per|a|il|tra)\b"
    r"|\bin\s+programma\b|\bdovrebbe(?:ro)?\b",
    past_cue=r"\b(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|ho|abbiamo|è|sono|era|erano|fu|furono|è\s+stat[oaie]"
    r"|sono\s+stat[ie])\s+(?:(?:già|anche|poi|ancora|mai|appena|infatti)\s+)?\w+(?:at[oaie]|ut[oaie]|it[oaie]"
    r"|tt[oaie]|st[oaie]|rt[oaie]|s[oaie])\b"
    r"|\b(?!(?:per|perci|ci|pu|sar|far|andr|dir|avr|potr|dovr|vorr|verr|terr)ò\b)\w{2,}ò\b"
    r"|\b(?!\w*dì\b|così\b)\w{3,}ì\b|\b\w{2,}(?:arono|erono|irono|ava|avano|eva|evano|iva|ivano)\b"
    r"|\b(?:disse|dissero|fece|fecero|ebbe|ebbero|venne|vennero|prese|nacque|fu|furono|fa)\b",
    half=r"e\s+mezz[oa]",
    clock_cue=r"\b(?:alle|dalle)",
    lowercase_months=True,
    tod_of=r"di",
    # "la notte tra domenica e lunedì", "la notte da domenica a lunedì"
    night_to=r"notte\s+(?:tra|fra|da|di)\s+(?P<wd1>{WEEKDAY})\s+(?:e|a|su)\s+(?P<wd2>{WEEKDAY})",
    noon_of=r"di|del",  # "la mezzanotte di martedì"
    noon_at=r"a|alla",  # "martedì a mezzanotte"
    guards={
        # "ora" is now unless it is the hour: after an elided article or a determiner, or before "locale"
        "ora": (
            r"['’]\s*|\b(?:ogni|prima|ultima|stessa|quella|una|sola|mezza|un|che|quale|mezz|all|nell|dell|l)\s+",
            r"\s*\d|\s+(?:locale|legale|solare|italiana|di\s+punta|esatta|e\s+mezza|x|zero)\b",
        ),
    },
    someday=("un giorno",),
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
