"""Hungarian: read through the English fallback model, whose parse of Hungarian is unreliable, so the sets
hold word forms and sources are read from the words around a marker. Sources stand before a postposed
marker ("a rendőrség szerint"); number words are glued ("százharminchárom") and take endings ("négyen")."""

from storyline.claims.lexicon import Lexicon

# case endings a noun or a number takes (both vowel harmonies); after a number no noun follows them
CASES = ("t", "at", "et", "ot", "öt", "ra", "re", "ról", "ről", "ba", "be", "ban", "ben", "ból", "ből", "nak",
         "nek", "nál", "nél", "hoz", "hez", "höz", "tól", "től", "ig", "ért", "án", "én", "jén", "ján", "a", "e")


def _inflected(stems: dict[str, str]) -> dict[str, str]:
    """Each stem with its case endings, the instrumental too ("ember" -> embert, emberre, emberrel, ...)."""
    forms: dict[str, str] = {}
    for stem, english in stems.items():
        endings = ("", *CASES, f"{stem[-1]}el", f"{stem[-1]}al", "ek", "ak", "ok", "eket", "akat", "okat",
                   "es", "as", "os", "ös", "ük", "uk", "ei", "ai")
        forms.update({f"{stem}{end}": english for end in endings})
    return forms


def _plural(*forms: str) -> frozenset[str]:
    """Third-person verb forms with their plurals: "közölte" -> közölték, "nyilatkozott" -> nyilatkoztak."""
    out = set(forms)
    for f in forms:
        if f.endswith(("a", "e")):  # definite past: mondta -> mondták
            out.add(f[:-1] + {"a": "ák", "e": "ék"}[f[-1]])
        elif f.endswith(("ott", "ett", "ött")):  # indefinite past: nyilatkozott -> nyilatkoztak
            out.add(f[:-3] + ("tak" if f[-3] == "o" else "tek"))
        elif f.endswith("t"):  # beszámolt -> beszámoltak, reagált -> reagáltak
            out.add(f + ("ak" if any(v in f for v in "aáoóuú") else "ek"))
    return frozenset(out)


REPORTING = _plural(
    "közölte", "mondta", "elmondta", "jelentette", "bejelentette", "kijelentette", "állította", "írta",
    "hangsúlyozta", "nyilatkozta", "megerősítette", "ismertette", "tudatta", "idézte", "hozzátette",
    "közzétette", "jelezte", "magyarázta", "elmagyarázta", "kifejtette", "kiemelte", "leszögezte",
    "részletezte", "megjegyezte", "figyelmeztette", "nyilatkozott", "tájékoztatott", "beszámolt",
    "fogalmazott", "reagált", "figyelmeztetett", "emlékeztetett", "mondott", "közölt",
) | frozenset({"közli", "közlik", "mondja", "mondják", "jelenti", "jelentik", "állítja", "állítják", "írja",
               "írják", "hangsúlyozza", "hangsúlyozzák", "tájékoztat"})

NUMBERS = {
    "nulla": 0, "egy": 1, "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7,
    "nyolc": 8, "kilenc": 9, "tíz": 10, "tizen": 10, "húsz": 20, "huszon": 20, "harminc": 30, "negyven": 40,
    "ötven": 50, "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90, "száz": 100, "ezer": 1000,
}

HU = Lexicon(
    code="hu",
    reporting=REPORTING,
    denying=frozenset({"tagadta", "tagadták", "tagadja", "tagadják", "cáfolta", "cáfolták", "cáfolja",
                       "cáfolják", "cáfolat", "elutasította", "elutasították", "visszautasította",
                       "visszautasították", "tagadás", "megcáfolta", "letagadta"}),
    questioning=frozenset({"megkérdőjelezte", "megkérdőjelezték", "kétségbe vonta", "kétségbe vonják", "vitatta",
                           "vitatták", "vitatja", "vitatják", "kétli", "kétlik", "kétséges"}),
    hedges=frozenset({
        "állítólag", "állítólagos", "feltehetően", "feltételezhetően", "feltételezett", "feltételezettek",
        "valószínűleg", "vélhetően", "vélhetőleg", "valószínű", "talán", "esetleg", "lehetséges", "gyaníthatóan",
        "megerősítetlen", "elvileg",
    }),
    hedge_phrases=("a hírek szerint", "hírek szerint", "értesülések szerint", "sajtóértesülések szerint",
                   "nem megerősített", "nem hivatalos", "nem erősítették meg", "nem erősítette meg",
                   "úgy tudni", "úgy tűnik", "úgy vélik"),
    modal_hedges=frozenset({"lehetett", "lehetnek", "lehettek", "lenne", "lennének", "volna", "állhat",
                            "állhatott"}),
    unconfirmed=frozenset({"erősítette", "erősítették", "erősítik", "megerősítette",
                           "megerősítették", "megerősített", "igazolta", "igazolták", "igazolt", "megerősíteni"}),
    according_after=(("szerint",),),
    citing_after=(("hivatkozva",), ("idézve",)),
    source_nouns=frozenset({"tájékoztatása", "közlése", "jelentése", "értesülése", "értesülései", "információi",
                            "információja", "nyilatkozata", "adatai", "becslése", "beszámolója", "hírek",
                            "értesülések", "sajtóértesülések", "közleménye", "bejelentése", "forrásai", "adatok", "jelentések", "beszámolók"}),
    # particles and separated preverbs that stand between a subject and its verb, or a verb and its speaker
    auxiliaries=frozenset({"is", "már", "még", "pedig", "ugyanis", "el", "be", "ki", "meg", "le", "hozzá"}),
    pronouns=frozenset({"ő", "ők", "őt", "őket", "azt", "ezt", "ezek", "azok", "én", "mi", "ön", "önök", "maga",
                        "neki", "nekik", "aki", "akik", "amely", "ami"}),
    articles=frozenset({"a", "az", "egy"}),
    negations=frozenset({"nem", "sem", "soha", "nincs", "ne"}),
    clause_words=frozenset({"hogy", "és", "de", "mert", "ami", "amely", "amelyek", "aki", "akik", "ahol",
                            "amikor", "mint", "vagy", "ezért", "így", "azonban", "viszont", "majd", "míg"}),
    head_final=True,
    case_endings=frozenset(CASES) | {"val", "vel"},
    number_words=NUMBERS,
    article_ones=frozenset({"egy"}),
    scales={"száz": 100, "ezer": 1000, "millió": 1_000_000, "milliárd": 1_000_000_000, "mrd": 1_000_000_000,
            "millión": 1_000_000, "milliót": 1_000_000},
    vague={"tucatnyi": 12, "százak": 200, "százával": 200, "ezrek": 2000, "ezrével": 2000, "tízezrek": 20000,
           "számos": 3},
    about={"tucat": 12},
    glued_numbers=True,
    number_stems={"egy": 1, "kettő": 2, "kett": 2, "hárm": 3, "három": 3, "négy": 4, "öt": 5, "hat": 6, "het": 7,
                  "nyolc": 8, "kilenc": 9, "tíz": 10, "tiz": 10, "húsz": 20, "husz": 20, "harminc": 30,
                  "negyven": 40, "ötven": 50, "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90,
                  "száz": 100, "ezr": 1000, "ezer": 1000, "milliárd": 1_000_000_000, "millió": 1_000_000},
    collective=frozenset({"an", "en"}),
    lower=("legalább", "több mint", "több, mint", "nem kevesebb mint", "nem kevesebb, mint", "minimum", "több",
           "valamivel több mint"),
    upper=("legfeljebb", "maximum", "akár", "kevesebb mint", "kevesebb, mint", "nem több mint", "nem több, mint"),
    near=("mintegy", "körülbelül", "kb.", "közel", "csaknem", "majdnem", "nagyjából", "hozzávetőleg",
          "hozzávetőlegesen", "megközelítőleg", "alig", "nagyságrendileg", "úgy"),
    currency={"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "Ft": "HUF", **_inflected(
        {"forint": "HUF", "dollár": "USD", "euró": "EUR", "rubel": "RUB", "font": "GBP"})},
    units=_inflected({  # drones and missiles, counted across languages
        "drón": "drone", "drónt": "drone", "rakéta": "missile", "rakétát": "missile",
        "tag": "member", "tagja": "member", "tagjai": "member", "gyanúsított": "suspect", "támadó": "attacker", "merénylő": "attacker", "ember": "people", "személy": "people", "fő": "people", "halott": "dead",
                      "halálos": "dead", "áldozat": "victim", "sebesült": "injured", "sérült": "injured",
                      "civil": "civilian", "kilométer": "km", "km": "km", "méter": "m", "tonna": "tonne",
                      "százalék": "%",
           # people by role, counted alike in every language
           "lakos": "resident", "katona": "soldier", "gyerek": "child", "gyermek": "child", "migráns": "migrant", "utas": "passenger", "túsz": "hostage", "munkás": "worker",
           "tűzoltó": "firefighter", "rendőr": "officer"}),
    toll_nouns=frozenset({"száma", "számát", "mérlege"}),
    killed=frozenset({
        "halott", "halottak", "halottat", "halottja", "halálos", "meghalt", "meghaltak", "halt", "haltak",
        "elhunyt", "elhunytak", "áldozat", "áldozata", "áldozatok", "áldozatainak", "áldozatot", "életét",
        "életüket", "megölt", "megöltek", "megölték", "meggyilkolt", "meggyilkolták", "halálát", "vesztette",
        "vesztették", "dead",
    }),
    injured=frozenset({
        "sebesült", "sebesültek", "sebesültet", "megsebesült", "megsebesültek", "megsebesítettek", "sérült",
        "sérültek", "sérültet", "megsérült", "megsérültek", "sérülést", "sérüléseket", "sebesülést", "injured",
        "sebesültje", "sebesültjei", "sebesültjeinek", "sérültje", "sérültjei", "sérültjeinek",
    }),
    percent=frozenset({"%", "százalék", "százalékkal", "százalékos", "százalékát", "százaléka", "százalékra"}),
    months=frozenset({"január", "február", "március", "április", "május", "június", "július", "augusztus",
                      "szeptember", "október", "november", "december"}),
    year_words=frozenset({"év", "éves", "évet", "évig", "éve", "évvel", "évesen", "évben", "évre",
                          "évesek", "esztendős"}),
    ages=(r"\b(?P<n>\d{1,3}) éves (?:férfi|nő|fiú|lány|pilóta|gyanúsított|merénylő)",),
    update_after=("emelkedett", "nőtt", "emelkedik"),
)
