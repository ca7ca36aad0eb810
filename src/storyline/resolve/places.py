"""Country of a place name or demonym ("Ukraine's", "Ukrainian", "U.S.") for modifiers inside names."""

from __future__ import annotations

from functools import cache, lru_cache

from babel import Locale

from storyline.resolve import gazetteer
from storyline.resolve.names import ascii_fold

# Demonyms that no suffix rule derives from the English country name.
IRREGULAR_DEMONYMS = {
    "american": "United States",
    "us": "United States",
    "u s": "United States",
    "british": "United Kingdom",
    "uk": "United Kingdom",
    "english": "United Kingdom",
    "french": "France",
    "spanish": "Spain",
    "dutch": "Netherlands",
    "swiss": "Switzerland",
    "greek": "Greece",
    "turkish": "Türkiye",
    "polish": "Poland",
    "danish": "Denmark",
    "swedish": "Sweden",
    "finnish": "Finland",
    "irish": "Ireland",
    "chinese": "China",
    "japanese": "Japan",
    "portuguese": "Portugal",
    "german": "Germany",
    "israeli": "Israel",
    "iraqi": "Iraq",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "tajik": "Tajikistan",
    "uzbek": "Uzbekistan",
    "kazakh": "Kazakhstan",
    "belarusian": "Belarus",
    "filipino": "Philippines",
    "thai": "Thailand",
}


@cache
def _demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if not (code.isalpha() and len(code) == 2):
            continue
        base = ascii_fold(name)
        if " " in base:
            continue
        stem = base[:-1] if base[-1] in "aeiouy" else base
        for form in (
            base + "n",
            base + "ian",
            stem + "ian",
            stem + "an",
            stem + "ese",
            base + "i",
            stem + "i",
        ):
            out.setdefault(form, name)
    out.update(IRREGULAR_DEMONYMS)
    return out


@lru_cache(maxsize=65536)
def country_of_name(word: str) -> str | None:
    """The country a word names or describes: a country name (possessive allowed) or its demonym."""
    clean = word.strip(",;:()").removesuffix("'s").removesuffix("’s")
    if not clean[:1].isupper():
        return None
    place = gazetteer.lookup(clean)
    if place and place.kind == "country":
        return place.name
    return _demonyms().get(ascii_fold(clean))
