"""Spanish: read through the English fallback model, whose parse of Spanish is unreliable, so the sets
hold word forms and sources are read from the words around a marker."""

from storyline.claims.lexicon import Lexicon

STEMS = ("inform", "afirm", "declar", "asegur", "señal", "indic", "anunci", "confirm", "explic", "report",
         "precis", "agreg", "manifest", "revel", "denunci", "relat", "destac")


def _forms(*endings: str) -> frozenset[str]:
    """Forms of the -ar reporting verbs by ending: "ó" -> informó, afirmó, ..."""
    return frozenset(f"{s}{end}" for s in STEMS for end in endings)


ES = Lexicon(
    code="es",
    reporting=_forms("ó", "aron", "a", "an", "ando") | frozenset({
        "dijo", "dijeron", "dice", "dicen", "sostuvo", "sostuvieron", "añadió", "añadieron", "reconoció",
        "reconocieron", "admitió", "admitieron", "escribió", "publicó", "publicaron", "advirtió", "advirtieron", "aseveró", "negó",
        "negaron", "desmintió", "desmintieron", "insistió", "expresó", "expuso",
    }),
    denying=frozenset({"negó", "negaron", "niega", "niegan", "negado", "desmintió", "desmintieron", "desmiente",
                       "desmienten", "desmentido", "rechazó", "rechazaron", "rechaza", "rechazan", "refutó",
                       "desmentir", "negar"}),
    questioning=frozenset({"cuestionó", "cuestionaron", "cuestiona", "dudó", "duda", "dudan", "puso en duda"}),
    hedges=frozenset({
        "supuestamente", "presuntamente", "presunto", "presunta", "presuntos", "presuntas", "supuesto",
        "supuesta", "supuestos", "supuestas", "aparentemente", "posiblemente", "probablemente", "quizás",
        "quizá", "tal vez",
    }),
    hedge_phrases=("al parecer", "sin confirmar", "no confirmado", "no confirmada", "no confirmados",
                   "no ha sido confirmado", "no ha sido confirmada", "se cree que"),
    modal_hedges=frozenset({"podría", "podrían", "sería", "serían", "estaría", "estarían", "habría",
                            "habrían", "tendría", "tendrían", "pudo", "pudieron", "puede que"}),
    unconfirmed=frozenset({"confirmado", "confirmada", "confirmados", "confirmadas", "confirmó", "verificado",
                           "verificada", "confirmar", "verificar"}),
    according=(("según",), ("de", "acuerdo", "con"), ("de", "acuerdo", "a"), ("a", "decir", "de"),
               ("conforme", "a")),
    citing=(("citando", "a"), ("citando",), ("citó", "a"), ("que", "cita", "a"), ("que", "cita"),
            ("con", "base", "en"), ("basándose", "en")),
    participles=_forms("ado") | frozenset({"dicho", "escrito", "advertido", "admitido", "reconocido", "negado",
                                           "desmentido", "publicado", "sostenido", "añadido", "insistido"}),
    auxiliaries=frozenset({"ha", "han", "había", "habían", "habría", "habrían", "hubo", "he", "hemos"}),
    pronouns=frozenset({"él", "ella", "ellos", "ellas", "usted", "se", "lo", "la", "le", "les"}),
    articles=frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas"}),
    negations=frozenset({"no", "nunca", "ni"}),
    clause_words=frozenset({"que", "quien", "quienes", "cuando", "donde", "cual", "cuales"}),
    light_verbs=frozenset({"ser", "estar", "haber"}),
    bounds=frozenset({"hasta", "desde", "antes", "después", "a partir"}),
    number_words={
        "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
        "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
        "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
        "veintiuno": 21, "veintiún": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25,
        "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
        "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
        "trescientas": 300, "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700,
        "ochocientos": 800, "novecientos": 900,
    },
    article_ones=frozenset({"un", "una", "uno"}),
    scales={"mil": 1000, "millón": 1_000_000, "millones": 1_000_000, "millardo": 1_000_000_000},
    vague={"decenas": 20, "docenas": 24, "centenares": 200, "cientos": 200, "miles": 2000, "varios": 3,
           "varias": 3, "millares": 2000},
    about={"decena": 10, "docena": 12, "veintena": 20, "centenar": 100, "millar": 1000},
    connectors=frozenset({"y"}),
    lower=("al menos", "por lo menos", "más de", "como mínimo", "no menos de", "mínimo", "un mínimo de",
           # a figure passed: more than it
           "supera", "superó", "superan", "supera los", "superó los", "supera las", "superó las", "rebasa", "rebasa los", "sobrepasa", "sobrepasa los"),
    upper=("hasta", "menos de", "como máximo", "no más de", "un máximo de"),
    range_words=(("entre", "y"), ("entre", "e"), ("", "o"), ("", "u")),
    near=("unos", "unas", "alrededor de", "cerca de", "aproximadamente", "casi", "en torno a", "aproximadas",
          "unas aproximadamente", "poco más de", "poco menos de"),
    currency={"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "dólares": "USD", "dólar": "USD", "euros": "EUR",
              "euro": "EUR", "rublos": "RUB", "libras": "GBP"},
    units={  # drones and missiles, counted across languages
        "dron": "drone", "drones": "drone", "misil": "missile", "misiles": "missile", "cohete": "missile", "cohetes": "missile",
        "miembros": "member", "tripulantes": "member", "individuos": "individual", "individuo": "individual", "sospechosos": "suspect", "sospechoso": "suspect", "atacantes": "attacker", "detenidos": "detainee", "persona": "people", "personas": "people", "muertos": "dead", "muertas": "dead", "fallecidos": "dead",
           "fallecidas": "dead", "víctimas": "victim", "víctima": "victim", "heridos": "injured",
           "heridas": "injured", "lesionados": "injured", "civiles": "civilian", "kilómetros": "km",
           "kilómetro": "km", "metros": "m", "metro": "m", "toneladas": "tonne", "por ciento": "%",
           # people by role, counted alike in every language
           "residentes": "resident", "habitantes": "resident", "vecinos": "resident", "soldados": "soldier", "niños": "child", "menores": "child", "migrantes": "migrant", "pasajeros": "passenger", "rehenes": "hostage", "trabajadores": "worker",
           "bomberos": "firefighter", "policías": "officer"},
    of_words=frozenset({"de", "del"}),
    toll_nouns=frozenset({"número", "cifra", "balance", "saldo"}),
    killed=frozenset({"muertos", "muertas", "muerto", "muerta", "murieron", "murió", "mueren", "fallecidos",
                      "fallecidas", "fallecieron", "falleció", "víctimas", "mortales", "asesinados", "asesinadas",
                      "mató", "mataron", "matado", "muertes", "muerte", "fallecimiento", "dead", "balance"}),
    injured=frozenset({"heridos", "heridas", "herido", "herida", "hirieron", "hirió", "lesionados",
                       "lesionadas", "injured"}),
    percent=frozenset({"%", "por ciento"}),
    months=frozenset({"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                      "setiembre", "octubre", "noviembre", "diciembre"}),
    year_words=frozenset({"año", "años"}),
    ages=(r",\s*de (?P<n>\d{1,3}) años\b", r"\b(?:hombre|mujer|joven|niño|niña|chico|chica|anciano|anciana) de (?P<n>\d{1,3}) años\b", r"\b(?P<n>\d{1,3}) años de edad\b"),
    update_cues=("ascendió a", "asciende a", "aumentó a", "aumenta a", "subió a", "sube a", "se elevó a",
                 "se eleva a", "elevó a", "eleva a", "creció a"),
    update_after=(),
)
