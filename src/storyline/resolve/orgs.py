"""Rules for names other than people: appositions, alias table, gazetteer ids, acronyms, word sets,
place-scaled names, guarded misspellings, containment and intelligence bodies of one country."""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from storyline.resolve import gazetteer
from storyline.resolve.aliases import body_of
from storyline.resolve.items import Item, content_words, head_noun
from storyline.resolve.names import (
    acronyms,
    ascii_fold,
    is_acronym,
    name_key,
)
from storyline.resolve.patterns import (
    CONNECTORS,
    FAC_HEADS,
    ORG_HEADS,
)
from storyline.resolve.places import country_of_name
from storyline.unionfind import UnionFind

NAME_MIN_RATIO = 88
EXONYM_MIN_RATIO = 80  # for two places whose names differ only in vowels
# One-word names that never stand alone for a longer name: head nouns, connectors, and generic leading
# modifiers ("International" is no short form of "International Monetary Fund").
GENERIC_WORDS = frozenset(
    name_key(w)
    for w in ORG_HEADS
    | FAC_HEADS
    | CONNECTORS
    | frozenset(
        [
            "international",
            "national",
            "federal",
            "united",
            "american",
            "european",
            "royal",
            "general",
            "central",
            "state",
            "new",
            "north",
            "south",
            "east",
            "west",
            "great",
            "first",
            "world",
            "global",
            "public",
            "democratic",
            "republican",
            "socialist",
            "popular",
            "islamic",
            "christian",
            "catholic",
            "free",
            "independent",
            "people",
        ]
    )
)
# Qualifiers that tell intelligence bodies of one country apart (civil, foreign, domestic security).
INTEL_DISTINCT = frozenset(
    {"foreign", "security", "counterintelligence", "counter", "domestic", "civilian", "police"}
)


def _consonants(key: str) -> str:
    """A name's consonants after its first letter: a place's exonyms often differ only in their vowels
    ("Ravenne"/"Ravenna", "Émilie-Romagne"/"Emilia-Romagna")."""
    return key[:1] + re.sub(r"[aeiouy\W]+", "", key[1:])


def _fuzzy_ok(a: Item, b: Item) -> bool:
    """Misspelling guard: long enough, same initial, same digits, not two different gazetteer places."""
    ka, kb = a.key.replace("j", "h"), b.key.replace("j", "h")
    if min(len(ka), len(kb)) < 5 or ka[0] != kb[0] or is_acronym(a.form) or is_acronym(b.form):
        return False
    if [c for c in ka if c.isdigit()] != [c for c in kb if c.isdigit()]:
        return False
    exonym = a.kind == b.kind == "place" and _consonants(ka) == _consonants(kb)
    if len(ka.split()) != len(kb.split()) or fuzz.ratio(ka, kb) < (EXONYM_MIN_RATIO if exonym else NAME_MIN_RATIO):
        return False
    pa, pb = gazetteer.lookup(a.form), gazetteer.lookup(b.form)
    return not (pa and pb and pa.id != pb.id) and not _different_countries(a, b)


def resolve_names(items: list[Item], uf: UnionFind) -> None:
    """Union non-person items by every rule of this module, in order."""
    others = [it for it in items if it.kind != "person"]
    by_id = {it.mention.id: it for it in others}
    by_key: dict[str, Item] = {}
    for it in others:
        if it.key in by_key:
            uf.union(by_key[it.key].mention.id, it.mention.id)
        else:
            by_key[it.key] = it
        for other in it.links:
            if other in by_id and _apposable(it, by_id[other]):
                uf.union(it.mention.id, other)
    reps = list(by_key.values())
    groups: dict[str, list[Item]] = defaultdict(list)
    for it in reps:
        body = body_of(it.form)
        if body:
            groups["body:" + body].append(it)
        place = gazetteer.lookup(it.form) if it.kind in {"place", "fac"} else None
        if place:
            groups[place.id].append(it)
        words = content_words(it.form)
        if len(words) >= 2:
            groups["words:" + " ".join(sorted(words))].append(it)
        level = _level_key(it) if it.kind == "org" else None
        if level:
            groups["level:" + level].append(it)
    for group in groups.values():
        for it in group[1:]:
            uf.union(group[0].mention.id, it.mention.id)
    _acronyms(reps, items, uf)
    for i, a in enumerate(reps):
        for b in reps[i + 1 :]:
            if a.kind != "norp" and b.kind != "norp" and _fuzzy_ok(a, b):
                uf.union(a.mention.id, b.mention.id)
    _subsets(reps, uf)
    _intelligence(reps, uf)


def _level_key(it: Item) -> str | None:
    """Key of an organization named after a place but at a level word's scale: "Baltimore State Police"
    names the state's police (Maryland State Police), "Moscow Federal X" the country's."""
    words = it.form.split()
    for n in (2, 1):
        place = gazetteer.lookup(" ".join(words[:n])) if len(words) > n else None
        if place is None:
            continue
        rest = [w.lower() for w in words[n:]]
        scale = (
            place.region
            if "state" in rest
            else place.country
            if {"national", "federal"} & set(rest)
            else None
        )
        if place.kind == "city" and scale:
            return name_key(" ".join([scale, *words[n:]]))
        return name_key(it.form)
    return None


def _apposable(a: Item, b: Item) -> bool:
    """Whether "A (B)" can name one thing: not a place beside a non-place (a dateline "MOSCOW (Reuters)"),
    not a nationality, not two different countries."""
    if "norp" in (a.kind, b.kind) or ("place" in (a.kind, b.kind) and a.kind != b.kind):
        return False
    return not _different_countries(a, b)


def _countries_in(it: Item) -> set[str]:
    """Countries a name mentions by name or demonym ("Russian Ministry of Defence" -> Russia)."""
    return {c for w in it.form.split() if (c := country_of_name(w))}


def _different_countries(a: Item, b: Item) -> bool:
    """Both names carry a country and the countries differ: never one body."""
    ca, cb = _countries_in(a), _countries_in(b)
    return bool(ca and cb and ca != cb)


def _acronyms(reps: list[Item], items: list[Item], uf: UnionFind) -> None:
    """An acronym joins the one expansion whose initials it is (preferring one in a shared document)."""
    docs_of: dict[str, set[str]] = defaultdict(set)
    for it in items:
        docs_of[uf.find(it.mention.id)].add(it.mention.doc)
    expansions: dict[str, list[Item]] = defaultdict(list)
    for b in reps:
        if b.kind not in {"norp", "place"}:
            for letters in acronyms(b.form):
                expansions[letters].append(b)
    for a in reps:
        if not is_acronym(a.form) or body_of(a.form):
            continue
        roots = {
            uf.find(b.mention.id) for b in expansions.get(a.form.replace(".", "").lower(), []) if b is not a
        }
        near = {r for r in roots if docs_of[r] & docs_of[uf.find(a.mention.id)]}
        pick = near if near else roots
        if len(pick) == 1:
            target = next(iter(pick))
            merged = docs_of[target] | docs_of[uf.find(a.mention.id)]
            uf.union(a.mention.id, target)
            docs_of[uf.find(target)] = merged


def _subsets(reps: list[Item], uf: UnionFind) -> None:
    """A shorter name merges into the unique longer one holding all its words with the same head noun."""
    words = {it.mention.id: set(content_words(it.form)) for it in reps}
    heads = {it.mention.id: head_noun(it.form) for it in reps}
    firsts = {it.mention.id: (content_words(it.form) or [""])[0] for it in reps}
    longer = [a for a in reps if a.kind not in {"norp", "place"} and len(words[a.mention.id]) >= 2]
    for b in sorted(reps, key=lambda it: -len(words[it.mention.id])):
        wb = words[b.mention.id]
        if not wb or b.kind == "norp" or is_acronym(b.form):
            continue
        if len(wb) == 1 and (next(iter(wb)) in GENERIC_WORDS or gazetteer.lookup(b.form)):
            continue
        supers = {
            uf.find(a.mention.id)
            for a in longer
            if wb < words[a.mention.id]
            and (firsts[a.mention.id] in wb if len(wb) == 1 else heads[a.mention.id] == heads[b.mention.id])
        }
        if len(supers) == 1:
            uf.union(b.mention.id, next(iter(supers)))


def _intelligence(reps: list[Item], uf: UnionFind) -> None:
    """Intelligence bodies named with the same country and no telling qualifier are one body."""
    by_country: dict[str, list[Item]] = defaultdict(list)
    for it in reps:
        words = set(ascii_fold(it.form).split())
        if it.kind == "org" and "intelligence" in words and not words & INTEL_DISTINCT:
            country = it.country or next((c for w in it.form.split() if (c := country_of_name(w))), None)
            if country:
                by_country[country].append(it)
    for group in by_country.values():
        for it in group[1:]:
            uf.union(group[0].mention.id, it.mention.id)
