"""Portuguese time-expression rules (Brazil and Portugal): the lexicon read by the shared grammar in lexical.py."""

from __future__ import annotations

from .lexical import Lexicon, build

_UNITS = {
    "segundo": "second", "minuto": "minute", "hora": "hour", "dia": "day", "semana": "week", "mês": "month",
    "mes": "month", "trimestre": "quarter", "ano": "year", "década": "decade", "decada": "decade",
    "século": "century", "seculo": "century",
}  # fmt: skip
_PLURAL = {"segundos": "segundo", "minutos": "minuto", "horas": "hora", "dias": "dia", "semanas": "semana",
           "meses": "mês", "trimestres": "trimestre", "anos": "ano", "décadas": "década", "decadas": "decada",
           "séculos": "século", "seculos": "seculo"}  # fmt: skip
_ONES = {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6,
         "sete": 7, "oito": 8, "nove": 9}  # fmt: skip
_TENS = {"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
         "oitenta": 80, "noventa": 90}  # fmt: skip
# The short weekday names are also ordinals ("a segunda vítima", "pela quinta vez", "a sexta economia"): one is
# a weekday only when no article or possessive comes before it and no noun it could qualify follows it.
_ORDINAL_BEFORE = (
    r"(?<!segunda\s)(?<!terça\s)(?<!quarta\s)(?<!quinta\s)(?<!feira\s)(?<!sábado\s)"  # "de segunda a sexta"
    r"\b(?:a|o|as|os|da|do|das|dos|pela|pelo|uma|um|sua|seu|suas|seus|nossa|cada|numa|num|em|é)\s+"
)
_ORDINAL_AFTER = (
    r"\s+(?:vez|vezes|metade|fase|rodada|etapa|volta|temporada|parte|série|serie|divisão|divisao|guerra|mão"
    r"|instância|instancia|turma|classe|geração|onda|dose|vítima|vitima|pessoa|colocad[oa]|colocação|lugar"
    r"|posição|edição|economia|maior|menor|melhor|pior|mais|opção|tentativa|noite|tarde|manhã|semana|cidade"
    r"|força|sessão|seção|câmara|vara|emenda|leitura|filha|mulher|criança|morte|chance|oportunidade"
    r"|potência|coluna|categoria|página|pessoa|empresa|maior|derrota|vitória|partida|rodada|prova)\b"
)

LEXICON = Lexicon(
    months={
        "janeiro": 1,
        "fevereiro": 2,
        "março": 3,
        "abril": 4,
        "maio": 5,
        "junho": 6,
        "julho": 7,
        "agosto": 8,
        "setembro": 9,
        "outubro": 10,
        "novembro": 11,
        "dezembro": 12,
    },
    weekdays={
        **{f"{day}{link}feira": n for n, day in enumerate(["segunda", "terça", "quarta", "quinta", "sexta"])
           for link in ("-", " ")},
        "terca-feira": 1,
        "segunda": 0,
        "terça": 1,
        "terca": 1,
        "quarta": 2,
        "quinta": 3,
        "sexta": 4,
        "sábado": 5,
        "sabado": 5,
        "domingo": 6,
    },  # fmt: skip
    numbers={
        **_ONES,
        "dez": 10,
        "onze": 11,
        "doze": 12,
        "treze": 13,
        "catorze": 14,
        "quatorze": 14,
        "quinze": 15,
        "dezesseis": 16,
        "dezasseis": 16,
        "dezessete": 17,
        "dezassete": 17,
        "dezoito": 18,
        "dezenove": 19,
        "dezanove": 19,
        **_TENS,
        **{f"{tens} e {ones}": t + o for tens, t in _TENS.items() for ones, o in _ONES.items()},
        "cem": 100,
    },
    units={
        **{w: (u, False) for w, u in _UNITS.items()},
        **{p: (_UNITS[s], True) for p, s in _PLURAL.items()},
    },
    tod={"manhã": "MO", "manha": "MO", "tarde": "AF", "noite": "NI", "madrugada": "MO"},
    deictic={"hoje": 0, "ontem": -1, "amanhã": 1, "amanha": 1, "anteontem": -2, "depois de amanhã": 2},
    deictic_tod={
        "esta manhã": (0, "MO"),
        "nesta manhã": (0, "MO"),
        "esta tarde": (0, "AF"),
        "nesta tarde": (0, "AF"),
        "esta noite": (0, "NI"),
        "nesta noite": (0, "NI"),
        "esta madrugada": (0, "MO"),
        "nesta madrugada": (0, "MO"),
        "hoje cedo": (0, "MO"),
    },
    anaphoric_days={"véspera": -1},
    rel_before={
        "este": (0, False),
        "esta": (0, False),
        "neste": (0, False),
        "nesta": (0, False),
        "deste": (0, False),
        "desta": (0, False),
        "estes": (-1, False),
        "estas": (-1, False),
        "passado": (-1, False),
        "passada": (-1, False),
        "último": (-1, False),
        "última": (-1, False),
        "últimos": (-1, False),
        "últimas": (-1, False),
        "próximo": (1, False),
        "próxima": (1, False),
        "próximos": (1, False),
        "próximas": (1, False),
        "mesmo": (0, True),
        "mesma": (0, True),
        "nesse": (0, True),
        "nessa": (0, True),
        "naquele": (0, True),
        "naquela": (0, True),
        "aquele": (0, True),
        "aquela": (0, True),
    },
    rel_after={
        "passado": (-1, False),
        "passada": (-1, False),
        "que vem": (1, False),
        "próximo": (1, False),
        "próxima": (1, False),
        "em curso": (0, False),
        "corrente": (0, False),
        "seguinte": (1, True),
        "anterior": (-1, True),
        "posterior": (1, True),
        "passados": (-1, False),
        "passadas": (-1, False),
    },
    ago_before={"há": (-1, False), "daqui a": (1, False), "dentro de": (1, False)},
    ago_after={"atrás": (-1, False), "depois": (1, True), "mais tarde": (1, True), "antes": (-1, True)},
    approx=[
        "cerca de",
        "mais de",
        "menos de",
        "pelo menos",
        "quase",
        "até",
        "apenas",
        "por volta de",
        "perto de",
        "aproximadamente",
    ],
    vague_amounts=["alguns", "algumas", "vários", "várias", "poucos", "poucas", "muitos", "muitas"],
    refs={
        "agora": "PRESENT_REF",
        "atualmente": "PRESENT_REF",
        "actualmente": "PRESENT_REF",
        "hoje em dia": "PRESENT_REF",
        "nos dias de hoje": "PRESENT_REF",
        "no momento": "PRESENT_REF",
        "neste momento": "PRESENT_REF",
        "recentemente": "PAST_REF",
        "ultimamente": "PAST_REF",
        "no passado": "PAST_REF",
        "no futuro": "FUTURE_REF",
        "o futuro": "FUTURE_REF",
        "em breve": "FUTURE_REF",
        "futuramente": "FUTURE_REF",
    },
    every=["cada"],
    every_plural=["todos os", "todas as"],
    set_words={"diariamente": "P1D", "semanalmente": "P1W", "mensalmente": "P1M", "anualmente": "P1Y"},
    parts=["início de", "inicio de", "começo de", "fim de", "final de", "finais de", "meados de"],
    seasons={"primavera": "SP", "verão": "SU", "verao": "SU", "outono": "FA", "inverno": "WI"},
    holidays={
        "Natal": (12, 25),
        "dia de Natal": (12, 25),
        "véspera de Natal": (12, 24),
        "noite de Natal": (12, 24),
        "Réveillon": (12, 31),
        "Ano Novo": (1, 1),
        "Páscoa": 0,
        "Sexta-feira Santa": -2,
        "Sexta-feira da Paixão": -2,
        "Carnaval": -47,
        "Corpus Christi": 60,
        "Dia de Finados": (11, 2),
        "Dia de Todos os Santos": (11, 1),
        "Dia do Trabalhador": (5, 1),
        "Dia do Trabalho": (5, 1),
    },
    ordinals={
        "primeiro": 1,
        "segundo": 2,
        "terceiro": 3,
        "quarto": 4,
        "último": 4,
        "1º": 1,
        "2º": 2,
        "3º": 3,
        "4º": 4,
    },
    quarter_words={"trimestre": "quarter", "semestre": "half"},
    noon={"meio-dia": 12, "meia-noite": 24},
    articles=r"(?:(?:o|a|os|as)\s+)",
    month_cue=r"\b(?:em|de|desde|até|a\s+partir\s+de|antes\s+de|depois\s+de|mês\s+de|entre|e|ou|para|início\s+de"
    r"|fim\s+de|final\s+de|meados\s+de)",
    not_year_after=r"pessoas|habitantes|euros|reais|dólares|mortos|vítimas|feridos|soldados|km|quilômetros"
    r"|quilómetros|metros|toneladas|votos|casos|empregos|trabalhadores|famílias",
    date_link=r"de",
    year_link=r"de\s+",
    day_suffix=r"º|°",
    tod_link=r"(?:à|de|pela|durante\s+a)\s+",
    # "20h30", "20h", "20:30" anywhere; a bare hour after "às" ("às 8 horas"), not before a noun ("às 3 famílias")
    clock=r"(?P<h>[01]?\d|2[0-3])(?:h|:(?=[0-5]\d))(?P<mi>[0-5]\d)?(?:min)?(?!\w)"
    r"|(?:(?<=\bàs\s)|(?<=\bà\s))(?P<h2>[01]?\d|2[0-3])(?:[.:](?P<mi2>[0-5]\d))?(?:\s*horas?\b)?(?![\d,]|\.\d)"
    r"(?!\s+(?-i:(?!(?:da|de|do|e|em|no|na|pelo|pela|para|com|desta|deste|dessa|desse|locais|local|quando|se)\b)"
    r"[a-zà-ú]))",
    pm_after=r"da\s+(?:tarde|noite)",
    decade=r"(?:os\s+)?anos\s+['’]?(?P<dd>(?:19|20)?\d0(?!\d)|vinte|trinta|quarenta|cinquenta|sessenta|setenta"
    r"|oitenta|noventa)|(?:a\s+)?década\s+de\s+(?P<dd2>(?:19|20)?\d0)(?!\d)",
    century=r"(?:o\s+)?século\s+(?P<cr>[XVI]+)",
    times_per=r"(?:uma|duas|três|tres|quatro|\d+)\s+vez(?:es)?\s+(?:por|ao|à|a\s+cada|cada)\s+"
    r"(?P<tu>dia|semana|mês|mes|ano)",
    future_cue=r"\b\w{2,}(?:ará|erá|irá|arão|erão|irão)\b|\b(?:será|serão|terá|terão|fará|farão|dirá|irá|irão"
    r"|haverá)\b|\b(?:vai|vão|vamos|vou)\s+\w+(?:ar|er|ir|or)\b|\bprevist[oa]s?\s+para\b"
    r"|\bdeve(?:m)?\s+\w+(?:ar|er|ir|or)\b",
    past_cue=r"\b(?!estou\b)\w{2,}(?:ou|aram|eram|iram|eu|iu)\b|\b\w{2,}(?:ava|avam)\b"
    r"|\b(?:tem|têm|tinha|tinham|havia|haviam|foi|foram)\s+(?:(?:sido|já|também)\s+)?\w+(?:ado|ada|ados|adas"
    r"|ido|ida|idos|idas|to|ta|tos|tas)\b"
    r"|\b(?:foi|foram|disse|disseram|fez|fizeram|teve|tiveram|houve|esteve|estiveram|deu|deram|veio|vieram"
    r"|era|eram|estava|estavam|há)\b",
    half=r"e\s+mei[oa]",
    clock_cue=r"\b(?:às|à)",
    lowercase_months=True,
    tod_of=r"d[aeo]|desta|deste|dessa|desse",
    # "a noite de domingo para segunda-feira", "a madrugada de sábado para domingo"
    night_to=r"(?:noite|madrugada)\s+d[eo]\s+(?P<wd1>{WEEKDAY})\s+(?:para|a)\s+(?:[ao]\s+)?"
    r"(?P<wd2>{WEEKDAY})",
    noon_of=r"d[aeo]|desta|deste",  # "a meia-noite de terça-feira"
    noon_at=r"à|às|a",  # "terça-feira à meia-noite"
    guards={
        **{day: (_ORDINAL_BEFORE, _ORDINAL_AFTER) for day in ("segunda", "terça", "terca", "quarta", "quinta", "sexta")},
        "natal": (r"\b(?:em|de|para|a)\s+", r"\s*(?:\(RN\)|[-–,]\s*RN\b|\(Rio\s+Grande\s+do\s+Norte\))"),  # the city
    },  # fmt: skip
    age_after=r"de\s+idade", someday=("um dia",),
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
