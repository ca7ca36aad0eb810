"""Polish: read through the English fallback model, whose parse of Polish is unreliable, so the sets hold
word forms and sources are read from the words around a marker. Polish inflects for case and gender, so a
verb is listed with its past forms ("poinformował", "poinformowała", "poinformowali") and a number word or
a unit with the cases news text uses ("pięć", "pięciu"; "osoby", "osób"). Number words are separate words
("sto czterdzieści trzy")."""

from storyline.claims.lexicon import Lexicon

# past-tense stems of reporting verbs, before the endings -ł, -ła, -ło, -li, -ły
SAID = ("powiedzia", "poinformowa", "przekaza", "oświadczy", "poda", "potwierdzi", "stwierdzi", "zapowiedzia",
        "ogłosi", "oznajmi", "przyzna", "doda", "podkreśli", "wyjaśni", "napisa", "zaznaczy", "relacjonowa",
        "donios", "zakomunikowa", "uściśli", "ostrzeg", "mówi", "twierdzi", "informowa", "przekazywa", "podawa",
        "zdradzi", "ujawni", "sprecyzowa", "opisa", "zezna", "zapewni")
DENIED = ("zaprzeczy", "zdementowa", "dementowa", "zaprzecza")
QUESTIONED = ("podważy", "zakwestionowa", "kwestionowa", "podważa")
CONFIRMED = ("potwierdzi", "zweryfikowa", "potwierdza")


def _past(*stems: str) -> frozenset[str]:
    """The past forms of verbs by stem: "poinformowa" -> poinformował, poinformowała, poinformowało,
    poinformowali, poinformowały; "-ia" stems take "-ieli" ("powiedzia" -> powiedzieli), "-os"/"-eg" stems
    a root vowel ("donios" -> doniósł, doniosła; "ostrzeg" -> ostrzegł)."""
    out: set[str] = set()
    for s in stems:
        if s.endswith(("s", "g")):  # doniósł, doniosła, donieśli; ostrzegł, ostrzegła, ostrzegli
            masculine = s[:-2] + "ó" + s[-1] if s.endswith("os") else s
            plural = s[:-2] + "eśli" if s.endswith("os") else s + "li"
            out.update({masculine + "ł", s + "ła", s + "ło", s + "ły", plural})
            continue
        out.update(s + end for end in ("ł", "ła", "ło", "ły"))
        out.add(s[:-1] + "eli" if s.endswith("ia") else s + "li")
    return frozenset(out)


# present forms ("PAP podaje", "policja informuje") and the impersonal past ("poinformowano", "podano")
PRESENT = frozenset({
    "mówi", "mówią", "podaje", "podają", "informuje", "informują", "przekazuje", "przekazują", "twierdzi",
    "twierdzą", "pisze", "piszą", "donosi", "donoszą", "relacjonuje", "relacjonują", "oświadcza", "zapewnia",
    "zapewniają", "ostrzega", "ostrzegają", "podkreśla", "podkreślają", "dodaje", "dodają", "wyjaśnia",
    "zaznacza", "ogłasza", "potwierdza", "potwierdzają", "przyznaje", "przyznają", "poinformowano", "podano",
    "przekazano", "ogłoszono", "potwierdzono",
})

ONES = {
    1: ("jeden", "jedna", "jedno", "jednego", "jednej", "jednemu", "jednym", "jedną"),
    2: ("dwa", "dwie", "dwóch", "dwu", "dwom", "dwóm", "dwoma", "dwiema", "dwaj", "dwoje", "dwojga", "oba", "obaj",
        "obie", "obu", "obydwaj", "obydwie"),
    3: ("trzy", "trzech", "trzem", "trzema", "trzej", "troje", "trojga"),
    4: ("cztery", "czterech", "czterem", "czterema", "czterej", "czworo", "czworga"),
    5: ("pięć", "pięciu", "pięcioma", "pięcioro"), 6: ("sześć", "sześciu", "sześcioma", "sześcioro"),
    7: ("siedem", "siedmiu", "siedmioma", "siedmioro"), 8: ("osiem", "ośmiu", "ośmioma", "ośmioro"),
    9: ("dziewięć", "dziewięciu", "dziewięcioma", "dziewięcioro"), 10: ("dziesięć", "dziesięciu", "dziesięcioma"),
}
TEENS = {11: "jedena", 12: "dwuna", 13: "trzyna", 14: "czterna", 15: "piętna", 16: "szesna", 17: "siedemna",
         18: "osiemna", 19: "dziewiętna"}  # + "ście", "stu", "stoma"
TENS = {20: ("dwadzieścia", "dwudziest"), 30: ("trzydzieści", "trzydziest"), 40: ("czterdzieści", "czterdziest"),
        50: ("pięćdziesiąt", "pięćdziesięci"), 60: ("sześćdziesiąt", "sześćdziesięci"),
        70: ("siedemdziesiąt", "siedemdziesięci"), 80: ("osiemdziesiąt", "osiemdziesięci"),
        90: ("dziewięćdziesiąt", "dziewięćdziesięci")}  # + "u", "oma"
HUNDREDS = {100: ("sto", "stu"), 200: ("dwieście", "dwustu"), 300: ("trzysta", "trzystu"),
            400: ("czterysta", "czterystu"), 500: ("pięćset", "pięciuset"), 600: ("sześćset", "sześciuset"),
            700: ("siedemset", "siedmiuset"), 800: ("osiemset", "ośmiuset"), 900: ("dziewięćset", "dziewięciuset")}


def _numbers() -> dict[str, float]:
    """Every number word with its case forms ("czterdzieści", "czterdziestu", "czterdziestoma")."""
    out: dict[str, float] = {"zero": 0, "półtora": 1.5, "półtorej": 1.5}
    for n, forms in ONES.items():
        out.update(dict.fromkeys(forms, n))
    for n, stem in TEENS.items():
        out.update(dict.fromkeys((stem + "ście", stem + "stu", stem + "stoma"), n))
    out["dwanaście"] = 12  # "dwunastu" but "dwanaście"
    del out["dwunaście"]
    for n, (nominative, stem) in TENS.items():
        out.update(dict.fromkeys((nominative, stem + "u", stem + "oma"), n))
    for n, forms in HUNDREDS.items():
        out.update(dict.fromkeys(forms, n))
    out["tysiąc"] = 1000  # "tysiąc osób": a thousand, no "one" before it
    return out


# people by role, counted alike in every language: the plural forms (nominative, genitive) of each
ROLES = {
    "attacker": ("napastnicy", "napastników", "zamachowcy", "zamachowców"),
    "resident": ("mieszkańcy", "mieszkańców"), "soldier": ("żołnierze", "żołnierzy"), "child": ("dzieci",),
    "migrant": ("migranci", "migrantów", "imigranci", "imigrantów"), "passenger": ("pasażerowie", "pasażerów"),
    "hostage": ("zakładnicy", "zakładników"), "worker": ("pracownicy", "pracowników", "robotnicy", "robotników"),
    "firefighter": ("strażacy", "strażaków"), "officer": ("policjanci", "policjantów", "funkcjonariusze",
                                                         "funkcjonariuszy"),
    "civilian": ("cywile", "cywilów", "cywili"), "suspect": ("podejrzani", "podejrzanych"),
    "detainee": ("zatrzymani", "zatrzymanych"),
}

HEDGES = frozenset({"podobno", "rzekomo", "prawdopodobnie", "najprawdopodobniej", "możliwe", "jakoby", "ponoć",
                    "przypuszczalnie", "najpewniej", "nieoficjalnie", "niepotwierdzone", "niepotwierdzonych",
                    "niepotwierdzony", "niepotwierdzona"})

# verbs of a toll, which end a source phrase read from the words
TOLL_VERBS = frozenset({"zginęło", "zginęli", "zginął", "zginęła", "zginęły", "zmarło", "zmarli", "zmarł", "zmarła",
                        "zabito", "zabił", "zabiła", "zabili", "rannych", "ranni", "ranne", "zostało", "zostały",
                        "zostali", "został", "została", "jest", "są", "był", "była", "było", "byli", "były"})

PL = Lexicon(
    code="pl",
    reporting=_past(*SAID) | PRESENT,
    denying=_past(*DENIED) | frozenset({"zaprzecza", "zaprzeczają", "dementuje", "dementują", "zdementowano",
                                        "zaprzeczono", "zaprzeczyć", "zdementować", "zaprzeczenie", "dementi"}),
    questioning=_past(*QUESTIONED) | frozenset({"kwestionuje", "kwestionują", "wątpi", "wątpią", "podał w wątpliwość",
                                                "podała w wątpliwość", "podali w wątpliwość",
                                                "poddał w wątpliwość", "poddała w wątpliwość"}),
    hedges=HEDGES,
    hedge_phrases=("według nieoficjalnych informacji", "według nieoficjalnych danych", "być może",
                   "nie zostało potwierdzone", "nie zostały potwierdzone", "nie został potwierdzony",
                   "jak się uważa", "uważa się, że", "wydaje się, że", "jak się wydaje", "miał zginąć",
                   "miała zginąć", "miało zginąć", "mieli zginąć", "miały zginąć"),
    modal_hedges=frozenset({"mógł", "mogła", "mogło", "mogli", "mogły", "mógłby", "mogłaby", "mogłoby", "mogliby",
                            "mogłyby"}),
    unconfirmed=_past(*CONFIRMED) | frozenset({"potwierdza", "potwierdzają", "potwierdzono", "potwierdzić",
                                               "zweryfikowano", "zweryfikować"}),
    according=(("według", "danych"), ("według", "informacji"), ("według", "ustaleń"), ("według", "relacji"),
               ("według",), ("zdaniem",), ("jak", "podaje"), ("jak", "podają"), ("jak", "podał"), ("jak", "podała"),
               ("jak", "podali"), ("jak", "podało"), ("jak", "poinformował"), ("jak", "poinformowała"),
               ("jak", "poinformowali"), ("jak", "poinformowało"), ("jak", "informuje"), ("jak", "przekazał"),
               ("jak", "przekazała"), ("jak", "przekazali"), ("jak", "przekazuje"), ("jak", "twierdzi"),
               ("jak", "twierdzą"), ("jak", "powiedział"), ("jak", "powiedziała"), ("jak", "napisał"),
               ("jak", "napisała"), ("jak", "pisze"), ("jak", "donosi"), ("jak", "donoszą"), ("jak", "mówi"),
               ("jak", "wynika", "z", "danych"), ("jak", "wynika", "z", "informacji"), ("jak", "wynika", "z"),
               ("jak", "ustalił"), ("jak", "ustaliła"), ("jak", "ustalili"), ("jak", "dowiedział", "się"),
               ("jak", "dowiedziała", "się")),
    citing=(("powołując", "się", "na"), ("powołując", "się", "na", "informacje"), ("cytując",),
            ("cytowany", "przez"), ("cytowana", "przez")),
    pronouns=frozenset({"on", "ona", "ono", "oni", "one", "go", "jej", "ich", "mu", "im", "się", "nas", "my", "ja",
                        "ty", "wy", "jego", "niego", "niej", "nich", "nim", "to", "ten", "ta", "tym", "tego"}),
    auxiliaries=frozenset({"również", "także", "też", "już", "jednak", "natomiast", "zaś", "wcześniej", "później"}),
    negations=frozenset({"nie", "ani", "nigdy"}),
    # a source read from the words ends before them: Polish often sets no comma after it ("Według policji w
    # zamachu zginęło ..."), so prepositions and the toll verbs end it too
    clause_words=frozenset({"że", "iż", "żeby", "aby", "który", "która", "które", "którzy", "których", "którym",
                            "gdy", "kiedy", "gdzie", "jak", "a", "i", "oraz", "ale", "lecz", "bo", "ponieważ",
                            "czy", "jednak", "natomiast", "w", "we", "na", "z", "ze", "do", "po", "od", "przed",
                            "podczas", "przy", "o", "u", "za", "pod", "nad", "dla", "nie", "już", "jeszcze",
                            "co", "około", "ponad", "blisko", "prawie", "niemal", "przynajmniej",
                            # "według nieoficjalnych informacji": a hedge, no source
                            "nieoficjalnych", "nieoficjalnie", "niepotwierdzonych", "doniesień"}) | TOLL_VERBS
    | HEDGES,
    split_marks=frozenset({"a", "ale", "lecz", "chociaż", "choć", "jednak", "natomiast", "podczas"}),
    light_verbs=frozenset({"być", "jest", "są", "był", "była", "było", "byli", "były", "mieć", "ma", "mają"}),
    bounds=frozenset({"do", "od", "aż", "przed", "po", "począwszy"}),
    temporal_preps={"podczas": "during", "w trakcie": "during", "w czasie": "during", "po": "after",
                    "przed": "before"},
    number_words=_numbers(),
    scales={"tysiąc": 1000, "tysiąca": 1000, "tysiące": 1000, "tysięcy": 1000, "tys": 1000, "tys.": 1000,
            "tysiącami": 1000, "tysiącach": 1000, "milion": 1_000_000, "milionami": 1_000_000,
            "miliona": 1_000_000, "miliony": 1_000_000, "milionów": 1_000_000,
            "mln": 1_000_000, "mln.": 1_000_000, "miliard": 1_000_000_000, "miliarda": 1_000_000_000,
            "miliardy": 1_000_000_000, "miliardów": 1_000_000_000, "mld": 1_000_000_000, "mld.": 1_000_000_000},
    vague={"dziesiątki": 20, "dziesiątek": 20, "dziesiątkami": 20, "setki": 200, "setek": 200, "setkami": 200,
           "tysiące": 2000, "tysiącami": 2000, "kilka": 3, "kilku": 3, "kilkoro": 3, "kilkoma": 3,
           "kilkanaście": 11, "kilkunastu": 11, "kilkunastoma": 11, "kilkadziesiąt": 20, "kilkudziesięciu": 20,
           "kilkaset": 200, "kilkuset": 200, "parę": 2, "paru": 2},
    about={"tuzin": 12, "tuzina": 12, "setka": 100, "setkę": 100},
    lower=("co najmniej", "przynajmniej", "ponad", "więcej niż", "nie mniej niż", "minimum", "powyżej", "przeszło",
           "z górą",
           # a figure passed: more than it
           "przekroczyła", "przekroczył", "przekroczyło", "przekracza"),
    upper=("do", "nie więcej niż", "mniej niż", "maksymalnie", "poniżej", "najwyżej", "nawet do", "aż do"),
    range_words=(("od", "do"), ("między", "a"), ("", "lub"), ("", "albo")),
    near=("około", "ok.", "blisko", "niemal", "niemalże", "prawie", "mniej więcej", "niespełna", "szacunkowo",
          "rzędu"),
    currency={"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "zł": "PLN", "PLN": "PLN", "złotych": "PLN",
              "złote": "PLN", "złoty": "PLN", "złotego": "PLN", "dolarów": "USD", "dolary": "USD", "dolar": "USD",
              "euro": "EUR", "funtów": "GBP", "funty": "GBP", "rubli": "RUB", "ruble": "RUB", "hrywien": "UAH"},
    units={  # drones and missiles, counted across languages
        "dron": "drone", "dronów": "drone", "drony": "drone", "drona": "drone", "bezzałogowców": "drone", "rakieta": "missile", "rakiet": "missile", "rakiety": "missile", "pocisków": "missile", "pociski": "missile",
        "członków": "member", "członkowie": "member", "członek": "member", "osób": "people", "osoby": "people", "osoba": "people", "osobę": "people", "osobom": "people",
           "osobami": "people", "ludzi": "people", "ludzie": "people", "ofiar": "victim", "ofiary": "victim",
           "ofiara": "victim", "zabitych": "dead", "zabici": "dead", "zabitymi": "dead", "zmarłych": "dead",
           "zmarli": "dead", "rannych": "injured", "ranni": "injured", "rannymi": "injured", "ranne": "injured",
           "poszkodowanych": "injured", "poszkodowani": "injured", "km": "km", "kilometrów": "km",
           "kilometry": "km", "kilometr": "km", "metrów": "m", "metry": "m", "metr": "m", "m": "m", "ton": "tonne",
           "tony": "tonne", "tona": "tonne", "procent": "%", "proc.": "%", "proc": "%",
           # a verb after a bare count says nothing of what it counts ("30 zostało rannych")
           **dict.fromkeys(("zostało", "zostały", "zostali", "zginęło", "zginęli", "zginęły", "zmarło", "zmarli",
                            "było", "były", "byli", "jest", "są", "nie"), ""),
           **{form: role for role, forms in ROLES.items() for form in forms}},
    toll_nouns=frozenset({"liczba", "liczbę", "bilans"}),
    killed=frozenset({"zginęło", "zginęli", "zginął", "zginęła", "zginęły", "zginie", "zginą", "zabitych", "zabici",
                      "zabito", "zabity", "zabita", "zabił", "zabiła", "zabili", "zabiło", "zmarło", "zmarli",
                      "zmarł", "zmarła", "zmarły", "zmarłych", "śmierć", "śmierci", "śmiertelnych", "śmiertelne",
                      "śmiertelnie", "ofiar", "ofiary", "ofiarami", "zgonów", "zgony", "zgon", "poległo", "polegli",
                      "poległych", "życie", "nie żyje", "nie żyją", "dead"}),
    injured=frozenset({"rannych", "ranni", "ranne", "ranny", "ranna", "rannymi", "raniono", "raniąc", "ranił",
                       "raniła", "ranili", "zranionych", "zranieni", "zraniony", "zranił", "poszkodowanych",
                       "poszkodowani", "obrażenia", "obrażeń", "obrażeniami", "injured"}),
    percent=frozenset({"%", "procent", "proc.", "proc", "procentach"}),
    months=frozenset({"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                      "października", "listopada", "grudnia", "styczeń", "luty", "marzec", "kwiecień", "maj",
                      "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"}),
    year_words=frozenset({"rok", "roku", "r", "r.", "lat", "lata", "latach", "rocznie"}),
    ages=(r"\b(?P<n>\d{1,3})-(?:letni|letnia|letniego|letniej|letnią|letnim|latek|latka|latkę|latki)\b",
          r"\bw wieku (?P<n>\d{1,3}) lat\b"),
    update_cues=("wzrosła do", "wzrosło do", "wzrósł do", "wzrosły do", "zwiększyła się do", "zwiększyło się do",
                 "zwiększył się do", "sięga", "sięgnęła", "sięgnął", "wynosi już"),
    update_after=(),
)
