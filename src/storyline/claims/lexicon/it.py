"""Italian: read through the English fallback model, whose parse of Italian is unreliable, so the sets
hold word forms and sources are read from the words around a marker. Number words are glued
("centotrentatré", "duemila")."""

from storyline.claims.lexicon import Lexicon

PARTICIPLES = frozenset({
    "detto", "dichiarato", "affermato", "riferito", "spiegato", "annunciato", "confermato", "aggiunto",
    "sottolineato", "precisato", "scritto", "riportato", "raccontato", "comunicato", "sostenuto", "rivelato",
    "denunciato", "ribadito", "avvertito", "evidenziato", "segnalato", "assicurato", "negato", "smentito",
    "ammesso", "dichiarata", "detta",
})
BY = ("da", "dal", "dalla", "dallo", "dai", "dagli", "dalle")


def _according_to_what() -> tuple[tuple[str, ...], ...]:
    """"secondo quanto riferito dalla polizia", "secondo quanto riporta il Corriere": the source follows."""
    said = ("riferito", "riportato", "dichiarato", "affermato", "comunicato", "annunciato", "scritto", "spiegato")
    return tuple(("secondo", "quanto", verb, by) for verb in said for by in BY) + tuple(
        ("secondo", "quanto", verb) for verb in ("riferisce", "riferiscono", "riporta", "riportano", "scrive",
                                                 "scrivono", "dichiarato", "affermato"))


IT = Lexicon(
    code="it",
    reporting=frozenset({
        "dice", "dicono", "disse", "dissero", "afferma", "affermano", "affermò", "dichiara", "dichiarano",
        "dichiarò", "riferisce", "riferiscono", "riferì", "spiega", "spiegano", "spiegò", "annuncia", "annunciò",
        "conferma", "confermano", "confermò", "aggiunge", "aggiungono", "aggiunse", "sottolinea", "sottolineò",
        "precisa", "precisò", "scrive", "scrivono", "scrisse", "riporta", "riportano", "racconta", "raccontò",
        "comunica", "comunicano", "sostiene", "sostengono", "rivela", "rivelò", "ribadisce", "avverte",
        "evidenzia", "assicura", "nega", "negano", "negò", "smentisce", "smentiscono", "smentì",
    }),
    denying=frozenset({"nega", "negano", "negò", "negato", "negata", "smentisce", "smentiscono", "smentì",
                       "smentito", "smentita", "respinge", "respingono", "respinto", "smentire",
                       "negare", "smentiva", "negava"}),
    questioning=frozenset({"dubita", "dubitano", "contesta", "contestano", "contestato", "messo in dubbio",
                           "mette in dubbio", "mettono in dubbio"}),
    hedges=frozenset({
        "presunto", "presunta", "presunti", "presunte", "presumibilmente", "presuntamente", "probabilmente",
        "forse", "apparentemente",
        "possibilmente", "verosimilmente", "ipotetico", "ipotizzato",
    }),
    hedge_phrases=("a quanto pare", "a quanto risulta", "a quanto si apprende", "non confermato",
                   "non confermata", "non confermati", "non ancora confermato", "non è stato confermato",
                   "non è stata confermata", "si ritiene che", "secondo indiscrezioni", "sembra che",
                   "pare che"),
    modal_hedges=frozenset({"sarebbe", "sarebbero", "avrebbe", "avrebbero", "potrebbe", "potrebbero",
                            "dovrebbe", "dovrebbero", "potrebbe essere"}),
    unconfirmed=frozenset({"confermato", "confermata", "confermati", "confermate", "confermare", "verificato",
                           "verificata", "verificare", "confermano", "conferma"}),
    according=(*_according_to_what(), ("secondo",), ("stando", "a"), ("stando", "al"), ("stando", "alla"),
               ("a", "detta", "di"), ("a", "dire", "di"), ("come", "riferito", "da"), ("come", "riportato", "da"),
               ("in", "base", "a")),
    citing=(("citando",), ("che", "cita"), ("citato", "da"), ("citata", "da")),
    marker_blockers=frozenset({"il", "lo", "un", "uno", "del", "dello", "al", "allo", "nel", "nello", "dal",
                               "sul", "in", "di", "per", "ogni", "questo", "quel", "quello"}),
    participles=PARTICIPLES,
    auxiliaries=frozenset({"ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "abbia", "abbiano",
                           "avesse"}),
    pronouns=frozenset({"lui", "lei", "loro", "egli", "ella", "si", "gli", "le", "lo", "la", "ci", "ne", "mi",
                        "ti", "vi", "noi", "io"}),
    articles=frozenset({"il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "un'"}),
    negations=frozenset({"non", "mai", "né"}),
    clause_words=frozenset({"che", "chi", "quando", "dove", "cui", "quale", "quali", "come", "quanto", "mentre",
                            "perché", "e"}),
    number_words={
        "zero": 0, "uno": 1, "una": 1, "un": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6,
        "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
        "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
        "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
        "ottanta": 80, "novanta": 90, "cento": 100, "mille": 1000,
    },
    article_ones=frozenset({"un", "una", "uno"}),
    scales={"cento": 100, "mille": 1000, "mila": 1000, "milione": 1_000_000, "milioni": 1_000_000,
            "miliardo": 1_000_000_000, "miliardi": 1_000_000_000, "mln": 1_000_000, "mld": 1_000_000_000},
    vague={"decine": 20, "dozzine": 24, "centinaia": 200, "migliaia": 2000, "diversi": 3, "diverse": 3,
           "numerosi": 3, "numerose": 3, "svariati": 3},
    about={"decina": 10, "dozzina": 12, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50,
           "sessantina": 60, "settantina": 70, "ottantina": 80, "novantina": 90, "centinaio": 100,
           "migliaio": 1000},
    connectors=frozenset({"e"}),
    glued_numbers=True,
    lower=("almeno", "più di", "oltre", "non meno di", "come minimo", "ben", "minimo",
           # a figure passed: more than it
           "supera", "superato", "supera i", "superato i", "supera le", "superato le"),
    upper=("fino a", "meno di", "al massimo", "non più di", "massimo", "sotto i", "entro"),
    range_words=(("tra", "e"), ("fra", "e"), ("", "o")),
    near=("circa", "quasi", "intorno a", "intorno ai", "intorno alle", "attorno a", "attorno ai", "all'incirca", "approssimativamente", "poco più di", "poco meno di", "pressoché", "ca."),
    currency={"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "dollari": "USD", "dollaro": "USD", "euro": "EUR",
              "rubli": "RUB", "sterline": "GBP"},
    units={  # drones and missiles, counted across languages
        "drone": "drone", "droni": "drone", "missile": "missile", "missili": "missile", "razzo": "missile", "razzi": "missile",
        "membri": "member", "individui": "individual", "sospettati": "suspect", "sospetti": "suspect", "aggressori": "attacker", "assalitori": "attacker", "persona": "people", "persone": "people", "morti": "dead", "morte": "dead", "deceduti": "dead",
           "vittime": "victim", "vittima": "victim", "feriti": "injured", "ferite": "injured",
           "civili": "civilian", "chilometri": "km", "chilometro": "km", "km": "km", "metri": "m", "metro": "m",
           "tonnellate": "tonne", "per cento": "%",
           # people by role, counted alike in every language
           "residenti": "resident", "abitanti": "resident", "soldati": "soldier", "bambini": "child", "migranti": "migrant", "passeggeri": "passenger", "ostaggi": "hostage", "lavoratori": "worker", "operai": "worker",
           "pompieri": "firefighter", "poliziotti": "officer"},
    of_words=frozenset({"di", "dei", "delle", "degli"}),
    toll_nouns=frozenset({"numero", "bilancio"}),
    killed=frozenset({"morti", "morte", "morto", "morta", "morire", "morirono", "muoiono", "uccisi", "uccise",
                      "ucciso", "uccisa", "deceduti", "decedute", "deceduto", "vittime", "vittima", "mortali",
                      "vita", "vite", "decesso", "decessi", "bilancio", "dead"}),
    injured=frozenset({"feriti", "ferite", "ferito", "ferita", "ferendo", "feriscono", "lesioni", "contusi",
                       "injured"}),
    percent=frozenset({"%", "per cento", "percento"}),
    months=frozenset({"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                      "settembre", "ottobre", "novembre", "dicembre"}),
    year_words=frozenset({"anno", "anni"}),
    ages=(r"\b(?P<n>\d{1,3})enne\b", r",\s*di (?P<n>\d{1,3}) anni\b"),
    update_cues=("salito a", "sale a", "salita a", "aumentato a", "cresciuto a"),
    update_after=(),
)
