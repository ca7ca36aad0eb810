"""Portuguese (Brazil and Portugal): read through the English fallback model, whose parse of Portuguese is
unreliable, so the sets hold word forms and sources are read from the words around a marker."""

from storyline.claims.lexicon import Lexicon

# -ar reporting verbs: "afirm" -> afirmou, afirmaram (and afirma, afirmam where the form is no noun)
STEMS = ("afirm", "declar", "inform", "relat", "explic", "anunci", "confirm", "acrescent", "destac", "ressalt",
         "notici", "divulg", "revel", "indic", "apont", "avis", "alert", "comunic", "report", "aleg", "detalh",
         "reiter", "assegur", "public", "neg", "cont", "observ", "sublinh", "enfatiz")
PRESENT = ("afirm", "declar", "inform", "relat", "explic", "anunci", "confirm", "destac", "ressalt", "revel",
           "alert", "report", "aleg", "reiter", "neg")


def _forms(stems: tuple[str, ...], *endings: str) -> frozenset[str]:
    return frozenset(f"{s}{end}" for s in stems for end in endings)


PT = Lexicon(
    code="pt",
    reporting=_forms(STEMS, "ou", "aram") | _forms(PRESENT, "a", "am") | frozenset({
        "disse", "disseram", "diz", "dizem", "escreveu", "escreveram", "garantiu", "garantiram", "admitiu",
        "admitiram", "reconheceu", "reconheceram", "insistiu", "desmentiu", "desmentiram", "sustentou",
        "referiu", "referiram", "contou", "advertiu", "esclareceu", "esclareceram",
    }),
    denying=frozenset({"negou", "negaram", "nega", "negam", "negado", "negada", "desmentiu", "desmentiram",
                       "desmente", "desmentem", "desmentido", "rejeitou", "rejeitaram", "rejeita", "refutou",
                       "refutaram", "negar", "desmentir"}),
    questioning=frozenset({"questionou", "questionaram", "questiona", "duvida", "duvidam", "contestou",
                           "contestaram", "pôs em dúvida", "colocou em dúvida"}),
    hedges=frozenset({
        "supostamente", "alegadamente", "aparentemente", "possivelmente", "provavelmente", "presumivelmente",
        "talvez", "suposto", "suposta", "supostos", "supostas", "alegado", "alegada", "alegados", "alegadas",
        "presumível", "presumíveis",
    }),
    hedge_phrases=("ao que tudo indica", "ao que parece", "não confirmado", "não confirmada",
                   "não confirmados", "sem confirmação", "não foi confirmado", "não foi confirmada",
                   "acredita-se que", "segundo relatos", "de acordo com relatos"),
    modal_hedges=frozenset({"teria", "teriam", "seria", "seriam", "estaria", "estariam", "haveria",
                            "haveriam", "poderia", "poderiam", "terá", "terão"}),
    unconfirmed=frozenset({"confirmado", "confirmada", "confirmados", "confirmadas", "confirmou", "confirmar",
                           "verificado", "verificada", "verificar"}),
    according=(("segundo",), ("de", "acordo", "com"), ("conforme",), ("consoante",)),
    citing=(("citando",), ("citado", "por"), ("citada", "por"), ("com", "base", "em")),
    marker_blockers=frozenset({"o", "um", "do", "no", "ao", "pelo", "num", "em", "de", "por", "cada", "este",
                               "esse", "aquele", "seu"}),
    participles=frozenset({"dito", "afirmado", "informado", "declarado", "confirmado", "divulgado", "noticiado",
                           "relatado", "anunciado", "explicado"}),
    auxiliaries=frozenset({"tem", "têm", "tinha", "tinham", "havia", "haviam"}),
    pronouns=frozenset({"ele", "ela", "eles", "elas", "você", "se", "o", "a", "lhe", "lhes", "nós", "eu"}),
    articles=frozenset({"o", "a", "os", "as", "um", "uma", "uns", "umas"}),
    negations=frozenset({"não", "nunca", "nem", "jamais"}),
    clause_words=frozenset({"que", "quem", "quando", "onde", "qual", "quais", "cujo", "cuja", "enquanto"}),
    number_words={
        "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
        "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
        "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17,
        "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
        "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100,
        "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300, "quatrocentos": 400,
        "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500, "seiscentos": 600, "seiscentas": 600,
        "setecentos": 700, "setecentas": 700, "oitocentos": 800, "oitocentas": 800, "novecentos": 900,
        "novecentas": 900, "mil": 1000,
    },
    article_ones=frozenset({"um", "uma"}),
    scales={"mil": 1000, "milhão": 1_000_000, "milhões": 1_000_000, "bilhão": 1_000_000_000,
            "bilhões": 1_000_000_000, "mi": 1_000_000, "bi": 1_000_000_000},
    vague={"dezenas": 20, "dúzias": 24, "centenas": 200, "milhares": 2000, "vários": 3, "várias": 3,
           "inúmeros": 3, "inúmeras": 3},
    about={"dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1000},
    connectors=frozenset({"e"}),
    lower=("pelo menos", "ao menos", "no mínimo", "mais de", "não menos de", "mínimo de", "acima de",
           # a figure passed: more than it
           "ultrapassa", "ultrapassou", "ultrapassa os", "ultrapassou os", "supera", "superou", "supera os", "superou os"),
    upper=("até", "menos de", "no máximo", "não mais de", "máximo de", "abaixo de"),
    range_words=(("entre", "e"), ("", "ou"), ("", "a")),
    near=("cerca de", "aproximadamente", "quase", "por volta de", "em torno de", "perto de", "uns", "umas",
          "na casa de", "mais ou menos", "aprox.", "pouco mais de", "pouco menos de"),
    currency={"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "R$": "BRL", "US$": "USD", "reais": "BRL",
              "real": "BRL", "dólares": "USD", "dólar": "USD", "euros": "EUR", "euro": "EUR", "rublos": "RUB",
              "libras": "GBP"},
    units={  # drones and missiles, counted across languages
        "drone": "drone", "drones": "drone", "míssil": "missile", "mísseis": "missile", "foguete": "missile", "foguetes": "missile",
        "membros": "member", "tripulantes": "member", "indivíduos": "individual", "suspeitos": "suspect", "atacantes": "attacker", "pessoa": "people", "pessoas": "people", "mortos": "dead", "mortas": "dead", "vítimas": "victim",
           "vítima": "victim", "feridos": "injured", "feridas": "injured", "civis": "civilian",
           "quilômetros": "km", "quilómetros": "km", "quilômetro": "km", "quilómetro": "km", "km": "km",
           "metros": "m", "metro": "m", "toneladas": "tonne", "por cento": "%",
           # people by role, counted alike in every language
           "moradores": "resident", "residentes": "resident", "habitantes": "resident", "soldados": "soldier", "crianças": "child", "migrantes": "migrant", "passageiros": "passenger", "reféns": "hostage", "trabalhadores": "worker",
           "bombeiros": "firefighter", "policiais": "officer", "polícias": "officer"},
    of_words=frozenset({"de", "dos", "das"}),
    toll_nouns=frozenset({"número", "balanço", "total"}),
    killed=frozenset({"mortos", "mortas", "morto", "morta", "morreram", "morreu", "morrem", "mortes", "morte",
                      "vítimas", "vítima", "mortais", "fatais", "assassinados", "assassinadas", "mataram", "matou",
                      "vida", "vidas", "óbitos", "balanço", "dead"}),
    injured=frozenset({"feridos", "feridas", "ferido", "ferida", "ferindo", "feriu", "feriram", "lesionados",
                       "injured"}),
    percent=frozenset({"%", "por cento"}),
    months=frozenset({"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                      "outubro", "novembro", "dezembro"}),
    year_words=frozenset({"ano", "anos"}),
    ages=(r",\s*de (?P<n>\d{1,3}) anos\b", r"\b(?:homem|mulher|jovem|menino|menina|rapaz) de (?P<n>\d{1,3}) anos\b", r"\b(?P<n>\d{1,3}) anos de idade\b"),
    update_cues=("subiu para", "sobe para", "aumentou para", "aumenta para", "chegou a"),
    update_after=(),
)
