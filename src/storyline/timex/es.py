"""Spanish time-expression rules: the lexicon read by the shared grammar in lexical.py."""

from __future__ import annotations

from .lexical import Lexicon, build

_UNITS = {
    "segundo": "second", "minuto": "minute", "hora": "hour", "día": "day", "dia": "day", "jornada": "day",
    "semana": "week", "mes": "month", "trimestre": "quarter", "año": "year", "década": "decade",
    "siglo": "century",
}  # fmt: skip
_PLURAL = {"segundos": "segundo", "minutos": "minuto", "horas": "hora", "días": "día", "dias": "dia",
           "jornadas": "jornada", "semanas": "semana", "meses": "mes", "trimestres": "trimestre", "años": "año",
           "décadas": "década", "siglos": "siglo"}  # fmt: skip

LEXICON = Lexicon(
    months={
        "enero": 1,
        "febrero": 2,
        "marzo": 3,
        "abril": 4,
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        "agosto": 8,
        "septiembre": 9,
        "setiembre": 9,
        "octubre": 10,
        "noviembre": 11,
        "diciembre": 12,
    },
    weekdays={
        "lunes": 0,
        "martes": 1,
        "miércoles": 2,
        "miercoles": 2,
        "jueves": 3,
        "viernes": 4,
        "sábado": 5,
        "sabado": 5,
        "domingo": 6,
    },  # fmt: skip
    numbers={
        "un": 1,
        "una": 1,
        "uno": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "once": 11,
        "doce": 12,
        "trece": 13,
        "catorce": 14,
        "quince": 15,
        "dieciséis": 16,
        "diecisiete": 17,
        "dieciocho": 18,
        "diecinueve": 19,
        "veinte": 20,
        "veinticuatro": 24,
        "treinta": 30,
        "cuarenta": 40,
        "cincuenta": 50,
        "sesenta": 60,
        "setenta": 70,
        "ochenta": 80,
        "noventa": 90,
        "cien": 100,
    },
    units={
        **{w: (u, False) for w, u in _UNITS.items()},
        **{p: (_UNITS[s], True) for p, s in _PLURAL.items()},
    },
    tod={"mañana": "MO", "madrugada": "MO", "mediodía": "AF", "tarde": "AF", "noche": "NI"},
    deictic={"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "antier": -2, "pasado mañana": 2},
    deictic_tod={
        "esta mañana": (0, "MO"),
        "esta tarde": (0, "AF"),
        "esta noche": (0, "NI"),
        "anoche": (-1, "NI"),
        "esta madrugada": (0, "MO"),
        "anteanoche": (-2, "NI"),
    },
    anaphoric_days={"víspera": -1, "la víspera": -1},
    rel_before={
        "este": (0, False),
        "esta": (0, False),
        "estos": (-1, False),
        "estas": (-1, False),
        "pasado": (-1, False),
        "pasada": (-1, False),
        "último": (-1, False),
        "última": (-1, False),
        "últimos": (-1, False),
        "últimas": (-1, False),
        "próximo": (1, False),
        "próxima": (1, False),
        "próximos": (1, False),
        "próximas": (1, False),
        "mismo": (0, True),
        "misma": (0, True),
    },
    rel_after={
        "pasado": (-1, False),
        "pasada": (-1, False),
        "que viene": (1, False),
        "próximo": (1, False),
        "próxima": (1, False),
        "entrante": (1, False),
        "en curso": (0, False),
        "siguiente": (1, True),
        "anterior": (-1, True),
        "posterior": (1, True),
        "pasados": (-1, False),
        "pasadas": (-1, False),
        "venideros": (1, False),
        "venideras": (1, False),
    },
    ago_before={"hace": (-1, False), "dentro de": (1, False)},
    ago_after={"después": (1, True), "más tarde": (1, True), "antes": (-1, True)},
    approx=[
        "cerca de",
        "más de",
        "menos de",
        "al menos",
        "casi",
        "alrededor de",
        "hasta",
        "apenas",
        "poco más de",
    ],
    vague_amounts=[
        "unos",
        "unas",
        "varios",
        "varias",
        "algunos",
        "algunas",
        "pocos",
        "pocas",
        "muchos",
        "muchas",
    ],
    refs={
        "ahora": "PRESENT_REF",
        "actualmente": "PRESENT_REF",
        "en la actualidad": "PRESENT_REF",
        "hoy en día": "PRESENT_REF",
        "en este momento": "PRESENT_REF",
        "hoy día": "PRESENT_REF",
        "recientemente": "PAST_REF",
        "últimamente": "PAST_REF",
        "en el pasado": "PAST_REF",
        "en el futuro": "FUTURE_REF",
        "próximamente": "FUTURE_REF",
        "pronto": "FUTURE_REF",
        "el futuro": "FUTURE_REF",
    },
    every=["cada"],
    every_plural=["todos los", "todas las"],
    set_words={"diariamente": "P1D", "semanalmente": "P1W", "mensualmente": "P1M", "anualmente": "P1Y"},
    parts=["principios de", "finales de", "fines de", "mediados de", "comienzos de", "inicios de", "fin de"],
    seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    holidays={
        "Navidad": (12, 25),
        "Nochebuena": (12, 24),
        "Nochevieja": (12, 31),
        "Año Nuevo": (1, 1),
        "Día de Reyes": (1, 6),
        "Domingo de Resurrección": 0,
        "Domingo de Pascua": 0,
        "Viernes Santo": -2,
        "Jueves Santo": -3,
        "San Valentín": (2, 14),
        "Todos los Santos": (11, 1),
    },
    ordinals={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "último": 4},
    quarter_words={"trimestre": "quarter", "semestre": "half"},
    noon={"mediodía": 12, "medianoche": 24},
    articles=r"(?:(?:el|la|los|las|al|del)\s+)",
    month_cue=r"\b(?:en|desde|hasta|de|a\s+partir\s+de|antes\s+de|después\s+de|mes\s+de|entre|y|o)",
    not_year_after=r"personas|habitantes|euros|dólares|muertos|víctimas|heridos|soldados|km|kilómetros|metros"
    r"|toneladas|votos|viviendas|empleos|trabajadores|casos",
    date_link=r"de",
    year_link=r"de(?:l)?\s+",
    day_suffix=r"º|°",
    tod_link=r"(?:por|en|a|de)\s+la\s+|de\s+",  # "el lunes por la noche", "el lunes de madrugada"
    clock=r"(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s*(?:horas|h)\b|(?<=las\s)(?P<h2>[01]?\d|2[0-3])(?:[:.](?P<mi2>[0-5]\d))?"
    r"(?:\s*(?:horas|h)\b)?",
    pm_after=r"de\s+la\s+(?:tarde|noche)",
    decade=r"(?:los\s+)?años\s+(?P<dd>(?:19|20)?\d0)|(?:la\s+)?década\s+de(?:\s+los)?\s+(?P<dd2>(?:19|20)?\d0)(?!\d)",
    century=r"(?:el\s+)?siglo\s+(?P<cr>[XVI]+)",
    times_per=r"(?:una|dos|tres|cuatro|\d+)\s+veces?\s+(?:al|por|a\s+la|cada)\s+(?P<tu>día|semana|mes|año)",
    future_cue=r"\b\w{2,}(?:ará|erá|irá|arán|erán|irán)\b|\b(?:será|serán|habrá|habrán|podrá|podrán|tendrá|tendrán"
    r"|hará|harán|dirá|vendrá|saldrá|pondrá)\b|\b(?:va|van|vamos|voy)\s+a\b|\bprevist[oa]s?\b|\bprevé\b|\bprevén\b",
    past_cue=r"\b\w{2,}(?:ó|aron|ieron|yeron)\b|\b(?:ha|han|había|habían|hubo|he|hemos)\s+\w+(?:ado|ido|to|cho)\b"
    r"|\b(?:dijo|fue|fueron|hizo|hicieron|tuvo|tuvieron|estuvo|dio|vio|hace)\b|\b\w{2,}(?:aba|aban)\b",
    half=r"y\s+medi[oa]",
    clock_cue=r"\blas",
    lowercase_months=True,
    age_after=r"de\s+edad", someday=("un día", "un dia"),
    tod_of=r"del?",  # "la noche del domingo", "la madrugada del lunes"
    # "la noche del domingo al lunes", "la noche entre el domingo y el lunes"
    night_to=r"noche\s+(?:del?|entre(?:\s+el)?)\s+(?P<wd1>{WEEKDAY})\s+(?:al?|y(?:\s+el)?)\s+"
    r"(?P<wd2>{WEEKDAY})",
    noon_of=r"del?",  # "la medianoche del martes"
    noon_at=r"a(?:\s+la)?",  # "el martes a medianoche"
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
