"""Cluster mentions across documents into entities: union-find over mentions, merged by stated rules.

Rules, in order (each one documented in docs/entities.md; items.py, people.py, orgs.py):
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

from collections import Counter, defaultdict

from storyline.models import Annotation, Document, Entity
from storyline.resolve import gazetteer
from storyline.resolve.aliases import body_of
from storyline.resolve.items import KINDS, Item, build_items, decide_kinds
from storyline.resolve.names import (
    entity_id,
    is_latin,
    is_proper,
)
from storyline.resolve.orgs import resolve_names
from storyline.resolve.people import resolve_people
from storyline.resolve.sweep import sweep_mentions, sweep_places, trim_office_words
from storyline.unionfind import UnionFind

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


def _canonical(items: list[Item]) -> str:
    """Latin script first, then a proper name over a lowercase description, then a full (multi-word) form,
    then most documents, then most mentions, then longest."""
    docs: dict[str, set[str]] = defaultdict(set)
    count: Counter = Counter()
    for it in items:
        docs[it.form].add(it.mention.doc)
        count[it.form] += 1
    return max(docs, key=lambda f: (is_latin(f), is_proper(f), " " in f, len(docs[f]), count[f], len(f), f))


def _place_of(items: list[Item]) -> gazetteer.Place | None:
    """The gazetteer place most of a place entity's forms resolve to, if any."""
    places = Counter(p for it in items if (p := gazetteer.lookup(it.form)))
    return places.most_common(1)[0][0] if places else None


def _entity_type(items: list[Item]) -> str:
    """The majority kind of the members, as the NER label most used for that kind (GPE or LOC for places); a
    tie with a place the gazetteer knows is a place (Krasnogorsk tagged GPE in English, ORG in Hungarian).
    A name any source gives as a ship's ("the container ship Dali") is a PRODUCT, however NER tagged it."""
    if any(it.vessel for it in items):
        return "PRODUCT"
    kinds = Counter(it.kind for it in items)
    known = "place" in kinds and _place_of(items) is not None
    kind = "person" if kinds["person"] else min(kinds, key=lambda k: (-kinds[k], not (known and k == "place"), k))
    labels = Counter(it.mention.label for it in items if KINDS.get(it.mention.label) == kind)
    if not labels:
        return KIND_LABEL.get(kind, "MISC")
    return sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def resolve_entities(docs: list[Document], annotations: list[Annotation]) -> list[Entity]:
    """One Entity per real-world thing across documents; sets `mention.entity` on every mention."""
    trim_office_words(docs, annotations)
    sweep_mentions(docs, annotations)
    sweep_places(docs, annotations)
    items = build_items(docs, annotations)
    decide_kinds(items)
    uf = UnionFind()
    for it in items:
        uf.find(it.mention.id)
    resolve_people(items, uf)
    resolve_names(items, uf)
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
        base = entity_id(e.type, e.name)
        seen[base] += 1
        e.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        for m in e.mentions:
            m.entity = e.id
    return entities
