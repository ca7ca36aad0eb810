"""People rules: (first, last) matching up to romanization and misspelling, gendered surnames apart,
surname-only mentions to the person with that surname (same document first)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from storyline.resolve.items import Item
from storyline.resolve.names import (
    gender_variants,
    person_parts,
)
from storyline.unionfind import UnionFind

# rapidfuzz ratios (0-100) for a misspelled surname and first name.
PERSON_LAST_MIN_RATIO = 88
PERSON_FIRST_MIN_RATIO = 85


def _same_person(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two (first, last) keys name one person."""
    (fa, la), (fb, lb) = a, b
    if gender_variants(la, lb):
        return False
    if la != lb and (min(len(la), len(lb)) < 5 or fuzz.ratio(la, lb) < PERSON_LAST_MIN_RATIO):
        return False
    return _same_first_name(fa, fb)


def _same_first_name(a: str, b: str) -> bool:
    """Equal, an initial of the other, or a close spelling that is not the other gender's form (Maria/Mario)."""
    if a == b or (len(a) == 1 or len(b) == 1) and a[0] == b[0]:
        return True
    if a[:-1] == b[:-1] and "a" in (a[-1], b[-1]):
        return False
    return fuzz.ratio(a, b) >= PERSON_FIRST_MIN_RATIO


@lru_cache(maxsize=65536)
def _surname_matches(word: str, last: str) -> bool:
    """Whether a one-word mention is this surname, up to misspelling but not gender (cached: every one-word
    mention meets every full name)."""
    if word == last:
        return True
    return (
        min(len(word), len(last)) >= 5
        and fuzz.ratio(word, last) >= PERSON_LAST_MIN_RATIO
        and not gender_variants(word, last)
    )


def resolve_people(items: list[Item], uf: UnionFind) -> None:
    """Union person items: full names by (first, last), then one-word mentions by surname."""
    people = [it for it in items if it.kind == "person"]
    full = [it for it in people if person_parts(it.key)]
    parts = {it.mention.id: person_parts(it.key) for it in full}
    reps: list[Item] = []
    for it in full:
        for rep in reps:
            if _same_person(parts[it.mention.id], parts[rep.mention.id]):
                uf.union(rep.mention.id, it.mention.id)
                break
        else:
            reps.append(it)
    _tail_names(full, uf)
    counts = Counter(uf.find(it.mention.id) for it in full)
    alone: dict[str, Item] = {}
    for it in people:
        if it.mention.id in parts:
            continue
        cands = [r for r in full if _surname_matches(it.key, parts[r.mention.id][1])]
        if not cands:
            uf.union(alone.setdefault(it.key, it).mention.id, it.mention.id)
            continue
        same_doc = [r for r in cands if r.mention.doc == it.mention.doc]
        pool = same_doc or cands
        best = max(pool, key=lambda r: (counts[uf.find(r.mention.id)], r.mention.id))
        uf.union(best.mention.id, it.mention.id)


def _tail_names(full: list[Item], uf: UnionFind) -> None:
    """A name of two or more words that ends a longer name of one person is that person: "Lula da Silva" is
    "Luiz Inácio Lula da Silva", "López Obrador" is "Andrés Manuel López Obrador" (names of several given
    names and surnames, shortened from the front). Left alone when it ends the names of two people."""
    words = {it.mention.id: it.key.split() for it in full}
    for it in full:
        mine = words[it.mention.id]
        if len(mine) < 2:
            continue
        owners = {uf.find(r.mention.id) for r in full
                  if len(words[r.mention.id]) > len(mine) and words[r.mention.id][-len(mine):] == mine}
        if len(owners) == 1:
            uf.union(owners.pop(), it.mention.id)
