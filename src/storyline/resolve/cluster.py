"""Cluster mentions across documents into entities: union-find over mentions, merged by stated rules.

Rules, in order (each one documented in docs/entities.md):
1. a mention's kind comes from its NER label, overridden by name evidence (a label-noisy mention whose
   key is a known person's full name, or a single word that is the surname of a person in the same document);
2. equal transliteration keys merge (person with person, anything else with anything else);
3. people: same (first, last) up to romanization and misspelling, middle names and patronymics ignored,
   Slavic masculine/feminine surname forms kept apart; surname-only mentions go to the person with that
   surname in the same document, else the most mentioned one in the story;
4. other names: parenthetical appositions, the cross-lingual body table, gazetteer ids, acronym <->
   expansion, equal content words ("Port of Baltimore" = "Baltimore Port"), misspellings (guarded),
   a unique longer name with the same head noun ("Key Bridge" -> "Francis Scott Key Bridge"),
   and intelligence bodies of the same country.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from storyline.models import Annotation, Document, Entity, Mention
from storyline.resolve import gazetteer
from storyline.resolve.aliases import body_of
from storyline.resolve.mentions import clean_mentions
from storyline.resolve.names import (
    FUNCTION_WORDS,
    acronyms,
    ascii_fold,
    drop_corporate_suffixes,
    gender_variants,
    is_acronym,
    is_latin,
    is_proper,
    name_key,
    person_parts,
    slug,
    strip_titles,
)
from storyline.resolve.patterns import (
    CONNECTORS,
    FAC_HEADS,
    ORG_HEADS,
    add_known_name_mentions,
    add_pattern_mentions,
    appositions,
)
from storyline.resolve.places import country_of_name

KINDS = {
    "PERSON": "person",
    "PER": "person",
    "GPE": "place",
    "LOC": "place",
    "NORP": "norp",
    "ORG": "org",
    "FAC": "fac",
    "PRODUCT": "product",
    "EVENT": "event",
    "LAW": "law",
}
KIND_LABEL = {
    "person": "PERSON",
    "place": "GPE",
    "norp": "NORP",
    "org": "ORG",
    "fac": "FAC",
    "product": "PRODUCT",
    "event": "EVENT",
    "law": "LAW",
}
# Last words that make a name a place, whatever NER said ("Chesapeake Bay" tagged PERSON).
GEO_HEADS = frozenset(
    ["bay", "river", "ocean", "sea", "lake", "gulf", "strait", "mountains", "island", "region", "oblast"]
)
PERSON_LAST_MIN_RATIO = 88
PERSON_FIRST_MIN_RATIO = 85
NAME_MIN_RATIO = 88
# Qualifiers that tell intelligence bodies of one country apart (civil, foreign, domestic security).
INTEL_DISTINCT = frozenset(
    {"foreign", "security", "counterintelligence", "counter", "domestic", "civilian", "police"}
)


@dataclass
class Item:
    """One mention with its cleaned surface form, folded key and decided kind."""

    mention: Mention
    form: str
    key: str
    kind: str
    country: str | None = (
        None  # country modifier from the context ("Ukraine's Main Intelligence Directorate")
    )
    links: list[str] = field(default_factory=list)
    local_key: str = ""  # the key read with the document language's orthography (Hungarian "Putyin" -> putin)


class UnionFind:
    """Union-find over string ids, the smaller id kept as root for determinism."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def content_words(form: str) -> list[str]:
    """Folded words of a non-person name without function words and company-form suffixes."""
    return drop_corporate_suffixes([w for w in name_key(form).split() if w not in FUNCTION_WORDS])


def head_noun(form: str) -> str:
    """The head of a name: the last word before an "of" ("Committee" in "Investigative Committee of Russia")."""
    words = ascii_fold(form).split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    words = drop_corporate_suffixes(words)
    return name_key(words[-1]) if words else ""


def _items(docs: list[Document], annotations: list[Annotation]) -> list[Item]:
    docs_by_id = {d.id: d for d in docs}
    items: list[Item] = []
    for ann in annotations:
        doc = docs_by_id.get(ann.doc)
        text = doc.text if doc else ""
        links = clean_mentions(ann, text, doc.language if doc else "en")
        before = {m.id for m in ann.mentions}
        add_pattern_mentions(ann, text)
        found = frozenset(m.id for m in ann.mentions if m.id not in before)
        links += clean_mentions(ann, text, doc.language if doc else "en", keep=found)
        links += appositions(ann, text)
        ann.mentions = [
            m for m in ann.mentions if name_key(strip_titles(m.text))
        ]  # no letters or digits: noise
        for m in ann.mentions:
            form = strip_titles(m.text)
            key = name_key(form)
            if m.label == "PRODUCT" and any(c.isdigit() for c in key):
                key = key.replace(" ", "")
            country = _context_country(text, m.start, m.end)
            local = name_key(form, doc.language) if doc and doc.language != "en" else key
            items.append(Item(m, form, key, KINDS.get(m.label, "other"), country, local_key=local))
        by_id = {it.mention.id: it for it in items if it.mention.doc == ann.doc}
        for x, y in links:
            if x in by_id and y in by_id:
                by_id[x].links.append(y)
    items += _known_name_items(docs_by_id, annotations, items)
    _choose_keys(items)
    return items


def _choose_keys(items: list[Item]) -> None:
    """Read a non-English mention with its language's orthography when that spelling is found elsewhere, or
    when it names a person and its plain spelling is not found elsewhere (a transliterated foreign name);
    English names quoted in a Hungarian text keep their plain key."""
    plain = Counter(it.key for it in items)
    for it in items:
        if not it.local_key or it.local_key == it.key:
            continue
        if plain[it.key] > 1:
            continue
        if plain[it.local_key] or it.mention.label == "PERSON":
            it.key = it.local_key


def _known_name_items(
    docs_by_id: dict[str, Document], annotations: list[Annotation], items: list[Item]
) -> list[Item]:
    """Items for one-word names NER missed in some sentence but tagged elsewhere in the story."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for it in items:
        if " " not in it.key and len(it.key) >= 4 and not is_acronym(it.form):
            labels[it.key][it.mention.label] += 1
    known = {k: c.most_common(1)[0][0] for k, c in labels.items()}
    out = []
    for ann in annotations:
        before = {m.id for m in ann.mentions}
        doc = docs_by_id.get(ann.doc)
        lang = doc.language if doc else "en"
        add_known_name_mentions(ann, known, lang)
        for m in ann.mentions:
            if m.id not in before:
                kind = KINDS.get(m.label, "other")
                out.append(Item(m, m.text, name_key(m.text), kind, local_key=name_key(m.text, lang)))
    return out


_OF_COUNTRY = re.compile(r"\s*(?:\([^()]*\)\s*)?of\s+(?:the\s+)?(\S+)")


def _context_country(text: str, start: int, end: int) -> str | None:
    """A country named right around a mention: "Ukraine's X", "Ukrainian X", "X (Y) of Ukraine's ..."."""
    before = text[max(0, start - 30) : start].split()
    if before and (country := country_of_name(before[-1])):
        return country
    after = _OF_COUNTRY.match(text, end)
    return country_of_name(after.group(1)) if after else None


def _name_kind(it: Item) -> str | None:
    """Kind that the name itself tells, whatever the label: an institution/facility/place head noun, a known
    international body, a country name."""
    words = ascii_fold(it.form).split()
    if len(words) >= 2 and words[-1] in FAC_HEADS | GEO_HEADS:
        return "fac" if words[-1] in FAC_HEADS else "place"
    if len(words) >= 2 and words[-1] in ORG_HEADS:
        return "org"
    if body_of(it.form):
        return "org"
    place = gazetteer.lookup(it.form) if it.kind in {"norp", "person", "org"} else None
    if place and place.kind == "country" and it.kind == "norp":
        return "place"
    return None


def _decide_kinds(items: list[Item]) -> None:
    """Name evidence first (head nouns, known bodies, a surname of a person in the same document, a major
    place), then the majority label of all mentions sharing the key."""
    for it in items:
        it.kind = _name_kind(it) or it.kind
    votes: dict[str, Counter] = defaultdict(Counter)
    for it in items:
        votes[it.key][it.kind] += 1
    full_names = {k for k, v in votes.items() if " " in k and v.most_common(1)[0][0] == "person"}
    surnames_by_doc: dict[str, set[str]] = defaultdict(set)
    for it in items:
        if it.key in full_names:
            surnames_by_doc[it.mention.doc].add(it.key.split()[-1])
    for it in items:
        if _name_kind(it):
            continue
        place = gazetteer.lookup(it.form) if " " not in it.key else None
        if (
            it.key in surnames_by_doc[it.mention.doc]
            and not (it.kind == "place" and place)
            or it.key in full_names
        ):
            it.kind = "person"
        elif gazetteer.is_major(place) or place and votes[it.key]["place"] >= votes[it.key]["person"]:
            it.kind = "place"
        else:
            top = votes[it.key].most_common()
            if len(top) == 1 or top[0][1] > top[1][1]:
                it.kind = top[0][0]


def _same_person(a: tuple[str, str], b: tuple[str, str]) -> bool:
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


def _surname_matches(word: str, last: str) -> bool:
    if word == last:
        return True
    return (
        not gender_variants(word, last)
        and min(len(word), len(last)) >= 5
        and fuzz.ratio(word, last) >= PERSON_LAST_MIN_RATIO
    )


def _resolve_people(items: list[Item], uf: UnionFind) -> None:
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


def _is_place(it: Item) -> bool:
    return it.kind == "place"


def _fuzzy_ok(a: Item, b: Item) -> bool:
    """Misspelling guard: long enough, same initial, same digits, not two different gazetteer places."""
    ka, kb = a.key.replace("j", "h"), b.key.replace("j", "h")
    if min(len(ka), len(kb)) < 5 or ka[0] != kb[0] or is_acronym(a.form) or is_acronym(b.form):
        return False
    if [c for c in ka if c.isdigit()] != [c for c in kb if c.isdigit()]:
        return False
    if len(ka.split()) != len(kb.split()) or fuzz.ratio(ka, kb) < NAME_MIN_RATIO:
        return False
    pa, pb = gazetteer.lookup(a.form), gazetteer.lookup(b.form)
    return not (pa and pb and pa.id != pb.id) and not _different_countries(a, b)


def _resolve_names(items: list[Item], uf: UnionFind) -> None:
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
        if len(wb) == 1 and (
            next(iter(wb)) in ORG_HEADS | FAC_HEADS | CONNECTORS or gazetteer.lookup(b.form)
        ):
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


def _canonical(items: list[Item]) -> str:
    """Latin script first, then a proper name over a lowercase description, then a full (multi-word) form,
    then most documents, then most mentions, then longest."""
    docs: dict[str, set[str]] = defaultdict(set)
    count: Counter = Counter()
    for it in items:
        docs[it.form].add(it.mention.doc)
        count[it.form] += 1
    return max(docs, key=lambda f: (is_latin(f), is_proper(f), " " in f, len(docs[f]), count[f], len(f), f))


def _place_of(items: list[Item]):
    """The gazetteer place most of a place entity's forms resolve to, if any."""
    places = Counter(p for it in items if (p := gazetteer.lookup(it.form)))
    return places.most_common(1)[0][0] if places else None


def _entity_type(items: list[Item]) -> str:
    """The majority kind of the members, as the NER label most used for that kind (GPE or LOC for places)."""
    kinds = Counter(it.kind for it in items)
    kind = "person" if kinds["person"] else sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    labels = Counter(it.mention.label for it in items if KINDS.get(it.mention.label) == kind)
    if not labels:
        return KIND_LABEL.get(kind, "MISC")
    return sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def resolve_entities(docs: list[Document], annotations: list[Annotation]) -> list[Entity]:
    """One Entity per real-world thing across documents; sets `mention.entity` on every mention."""
    items = _items(docs, annotations)
    _decide_kinds(items)
    uf = UnionFind()
    for it in items:
        uf.find(it.mention.id)
    _resolve_people(items, uf)
    _resolve_names(items, uf)
    clusters: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        clusters[uf.find(it.mention.id)].append(it)
    entities = []
    for members in clusters.values():
        members.sort(key=lambda it: (it.mention.doc, it.mention.start))
        etype = _entity_type(members)
        place = _place_of(members) if etype in {"GPE", "LOC"} else None
        body = next((b for it in members if (b := body_of(it.form))), None)
        name = body or (place.name if place else _canonical(members))
        entities.append(
            Entity(
                id="",
                name=name,
                type=etype,
                aliases=sorted({it.form for it in members} | {it.mention.text for it in members} - {name}),
                mentions=[it.mention for it in members],
                region=place.region if place else None,
                country=place.country if place and place.kind != "country" else None,
            )
        )
    entities.sort(key=lambda e: (-len(e.mentions), e.name, e.type))
    seen: Counter = Counter()
    for e in entities:
        base = f"e:{e.type.lower()}:{slug(e.name)}"
        seen[base] += 1
        e.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        for m in e.mentions:
            m.entity = e.id
    return entities
