"""Reconcile stage: facts with verdicts counted over independent origins, conflicts, dated events."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

import numpy as np

from storyline.claims.values import canonical
from storyline.models import Claim, Conflict, Document, Entity, Event, Fact, Update, Value
from storyline.reconcile.conflicts import (
    age_conflicts,
    date_conflicts,
    near_miss_conflicts,
    number_conflicts,
    place_conflicts,
    relative_time_conflicts,
    sequence_conflicts,
    slot_conflicts,
    whereabouts_conflicts,
)
from storyline.reconcile.events import events_of
from storyline.reconcile.facts import LIGHT_VERBS, anchors, fact_id, group_claims
from storyline.reconcile.origins import origin_of, outlet_of, source_names
from storyline.terms import stem


class Reconciled(NamedTuple):
    """What the reconcile stage finds in one story."""

    facts: list[Fact]
    conflicts: list[Conflict]
    events: list[Event]
    updates: list[Update]


TRUSTED_DATE = 0.6  # a publication date this sure (stated in metadata, a dateline or a byline) anchors "Saturday"


def reconcile(docs: list[Document], claims: list[Claim], vectors: np.ndarray | None = None,
              undated: dict[str, tuple[str, str]] | None = None, entities: list[Entity] | None = None,
              ) -> Reconciled:
    """Group claims into facts, find conflicts and updates, give each fact its status, and date events.

    `vectors` are the claims' sentence embeddings (storyline.embeddings), one row per claim; without
    them facts are grouped on words and anchors alone. `undated` maps an article without a date of its
    own to the (date, outlet) its relative dates were read against, which event bases then state. The
    story's resolved `entities` let a cited source count as the person or organization it names, however
    each outlet words it.
    """
    outlets = {d.id: outlet_of(d) for d in docs}
    names = source_names(entities or [])
    for c in claims:
        c.origin = origin_of(c, names)
    language = {d.id: d.language for d in docs}
    languages = [language.get(c.doc, "") for c in claims]
    anchor_sets = anchors(claims, languages)
    groups = group_claims(claims, vectors, anchor_sets, languages)
    fact_of: dict[str, str] = {}
    members: list[tuple[str, list[Claim]]] = []
    for g in groups:
        group = [claims[i] for i in g]
        fid = fact_id([c.id for c in group])
        for c in group:
            fact_of[c.id] = fid
        members.append((fid, group))
    pins = dict(zip((c.id for c in claims), anchor_sets, strict=True))
    trusted = {d.id for d in docs if d.published and d.published_confidence >= TRUSTED_DATE}
    published = {d.id: d.published for d in docs if d.published}
    texts = {d.id: d.text for d in docs}
    conflicts, updates = number_conflicts(claims, fact_of, outlets, pins, published, texts)
    conflicts += (date_conflicts(claims, fact_of, outlets, trusted)
                  + sequence_conflicts(claims, fact_of, outlets, trusted) + relative_time_conflicts(claims, fact_of, outlets)
                  + place_conflicts(claims, fact_of, outlets) + whereabouts_conflicts(claims, fact_of, outlets)
                  + age_conflicts(claims, fact_of, outlets, published))
    conflicts += _new(conflicts, slot_conflicts(claims, fact_of, outlets, texts)
                      + near_miss_conflicts(claims, fact_of, outlets))
    conflicts = list({x.id: x for x in conflicts}.values())  # two rules finding one conflict report it once
    facts = [_verdict(fid, group, conflicts, fact_of) for fid, group in members]
    facts += detail_facts(facts, claims, outlets, conflicts)
    facts += shared_details(facts, claims, pins, outlets)
    facts += shared_figures(facts, claims, conflicts, outlets)
    events = events_of(claims, fact_of, outlets, undated or {})
    return Reconciled(facts, conflicts, events, updates)


def _new(found: list[Conflict], more: list[Conflict]) -> list[Conflict]:
    """Conflicts in `more` that set apart claims no conflict already found sets apart."""
    pairs = {(a, b) for x in found for i, s in enumerate(x.sides) for t in x.sides[i + 1:]
             for a in s.claims for b in t.claims}
    out = []
    for x in more:
        mine = {(a, b) for i, s in enumerate(x.sides) for t in x.sides[i + 1:] for a in s.claims for b in t.claims}
        if not mine <= pairs | {(b, a) for a, b in pairs}:
            out.append(x)
            pairs |= mine
    return out


def _verdict(fid: str, group: list[Claim], conflicts: list[Conflict], fact_of: dict[str, str]) -> Fact:
    """A fact's status and the sentence that explains it.

    Contested: its own claims disagree (two sides of a conflict inside the fact), or it rests on one
    origin that another source contradicts. A fact stated by independent origins stays corroborated when
    only an incidental figure in one of its claims is disputed elsewhere; the explanation says so.
    """
    origins = sorted({c.origin for c in group})
    ids = {c.id for c in group}
    touching = [x for x in conflicts if any(cid in ids for side in x.sides for cid in side.claims)]
    inside = [x for x in touching if sum(any(cid in ids for cid in side.claims) for side in x.sides) >= 2]
    names = ", ".join(sorted({x.id for x in touching}))
    if inside or (touching and len(origins) < 2):
        return Fact(id=fid, status="contested", claims=[c.id for c in group], label=group[0].text,
                    origins=origins, explanation=f"Sources disagree: see conflict {names}.")
    stating = sorted({c.origin for c in group if c.modality in STATING})
    deniers = sorted({c.origin for c in group if c.modality not in STATING} - set(stating))
    if stating and deniers:  # a denial corroborates nothing: it sets one source against the others
        return Fact(id=fid, status="contested", claims=[c.id for c in group], label=group[0].text,
                    origins=origins, explanation=f"Stated by {', '.join(stating)}; denied or questioned by "
                                                 f"{', '.join(deniers)}.")
    if len(origins) >= 2:
        why = f"Stated by {len(origins)} independent origins: {', '.join(origins)}."
        if touching:
            why += f" A figure in one of its claims is disputed: see conflict {names}."
        return Fact(id=fid, status="corroborated", claims=[c.id for c in group], label=group[0].text,
                    origins=origins, explanation=why)
    docs_n = len({c.doc for c in group})
    why = f"Rests on one origin ({origins[0]})" + (f", repeated by {docs_n} documents." if docs_n > 1 else ".")
    return Fact(id=fid, status="single_source", claims=[c.id for c in group], label=group[0].text,
                origins=origins, explanation=why)


_NAME = re.compile(r"(?<=[\w,;)]\s)[A-Z][\w]*(?:[/-][A-Z]?\w+)*(?:\s[A-Z][\w]*(?:[/-][A-Z]?\w+)*)*")


def _names(c: Claim) -> list[Value]:
    """Capitalized words inside a sentence that no value of the claim covers ("a white Renault Symbol/Clio
    car" -> Symbol/Clio): names the NER missed, which make a detail when only one origin uses them.
    Headlines in title case name nothing this way."""
    words = c.text.split()
    if sum(w[:1].isupper() for w in words) * 2 > len(words):
        return []
    covered = [(v.start - c.start, v.end - c.start) for v in c.values]
    return [Value(kind="name", text=m.group(), start=c.start + m.start(), end=c.start + m.end(),
                  normalized=m.group().lower())
            for m in _NAME.finditer(c.text) if not any(s <= m.start() < e for s, e in covered)]


def _value_key(v) -> str | None:
    if v.kind == "name":
        return f"name:{v.normalized}"
    if v.kind in ("place", "person", "org") and v.normalized:
        return f"entity:{v.normalized}"
    if v.kind == "number" and v.unit:
        return f"number:{v.unit}:{v.normalized}"
    return None


def detail_facts(facts: list[Fact], claims: list[Claim], outlets: dict[str, str],
                 conflicts: list[Conflict] = ()) -> list[Fact]:  # type: ignore[assignment]
    """Single-source details inside corroborated or contested facts.

    "He stole a Mi-8 from a Kursk airbase" may share its core with other outlets while only one origin
    names Kursk anywhere in the story: that detail is a fact of its own, resting on one origin. In a
    contested fact, the disputed figures are not details; its other single-origin values are.
    """
    disputed = {(cid, part) for x in conflicts for side in x.sides for cid in side.claims
                for part in side.value.split(" / ")}
    by_id = {c.id: c for c in claims}
    origins_of: dict[str, set[str]] = {}
    for c in claims:
        for v in c.values:
            key = _value_key(v)
            if key:
                origins_of.setdefault(key, set()).add(c.origin)
    texts = [(c.text.lower(), c.origin) for c in claims]
    for c in claims:
        for v in _names(c):
            key = f"name:{v.normalized}"
            if key not in origins_of:  # a plural or inflected form counts as the same name ("Russians")
                form = stem(v.normalized)
                said = re.compile(rf"\b{re.escape(form)}")
                origins_of[key] = {o for t, o in texts if form in t and said.search(t)}
    details = []
    for f in facts:
        if f.status == "single_source":
            continue
        for cid in f.claims:
            c = by_id[cid]
            seen: set[str] = set()
            for v in [*c.values, *_names(c)]:
                key = _value_key(v)
                if not key or key in seen or origins_of.get(key) != {c.origin} or (cid, v.text) in disputed:
                    continue
                seen.add(key)
                details.append(Fact(
                    id=fact_id([cid, key]), status="single_source", claims=[cid],
                    label=f"{v.text}: {c.text}", origins=[c.origin],
                    explanation=(f"Only {outlets.get(c.doc, c.doc)} ({c.origin}) gives this detail "
                                 f"(\u201c{v.text}\u201d) of a fact that is {f.status.replace('_', ' ')} (see fact {f.id})."),
                ))
    return details


STATING = ("asserted", "reported", "hedged")  # modalities that state a thing: denied and questioned do not


def _facts_of(facts: list[Fact]) -> dict[str, set[str]]:
    """Claim id -> the facts holding it."""
    fact_of: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        for cid in f.claims:
            fact_of[cid].add(f.id)
    return fact_of


def shared_details(facts: list[Fact], claims: list[Claim], pins: dict[str, set[str]],
                   outlets: dict[str, str]) -> list[Fact]:
    """Corroborated details: a specific entity that claims of two or more independent origins name, when no
    fact already holds those claims together.

    "The perpetrators fled in a white Renault" (RT) and "a Renault vehicle, later spotted in the Bryansk
    region" (OtakuKart) say different things, and so stay in different facts, but both name the Renault;
    across languages, words and the English encoder often cannot join statements while the names they
    share can. The entity is one of the claims' anchors (named by few claims of the story), named in at most
    half the story's documents (more is the story itself, not a detail) and cited as a source by none;
    each document gives its first claim naming it.
    """
    fact_of = _facts_of(facts)
    named: dict[str, dict[str, Claim]] = defaultdict(dict)
    cited: set[str] = set()
    for c in claims:
        sources = " ".join(c.attribution[1:]).lower()
        for v in c.values:
            if v.normalized.startswith("e:") and v.text.lower() in sources:
                cited.add(f"e:{v.normalized}")  # a source's name is no detail of what it says
        if c.modality in STATING:
            for pin in sorted(pins.get(c.id, ())):
                if pin.startswith("e:") and ":norp:" not in pin:  # "Spanish", "Islamist": no thing named
                    named[pin].setdefault(c.doc, c)
    most = max(2, len({c.doc for c in claims}) // 2)  # a name in most documents is the story, not a detail
    out = []
    for pin, by_doc in sorted(named.items()):
        group = sorted(by_doc.values(), key=lambda c: c.id)
        origins = sorted({c.origin for c in group})
        if (len(origins) < 2 or len(group) > most or pin in cited
                or set.intersection(*(fact_of[c.id] for c in group))):
            continue
        entity = pin[2:]
        name = next((v.text for c in group for v in c.values if v.normalized == entity), entity.split(":")[-1])
        where = ", ".join(dict.fromkeys(outlets.get(c.doc, c.doc) for c in group))
        out.append(Fact(
            id=fact_id([*(c.id for c in group), pin]), status="corroborated", claims=[c.id for c in group],
            label=f"{name}: {group[0].text}", origins=origins,
            explanation=(f"{len(origins)} independent origins ({', '.join(origins)}) name {name} in statements "
                         f"that differ otherwise ({where}): the detail is corroborated, the statements are not."),
        ))
    return out


def shared_figures(facts: list[Fact], claims: list[Claim], conflicts: list[Conflict],
                   outlets: dict[str, str]) -> list[Fact]:
    """Corroborated figures: one figure with its unit and what it counts or measures ("28 years old", "8
    knots", "1.6 miles") stated by two or more independent origins in claims no fact holds together. A
    figure counted with a light verb ("has four touchdowns", "said one") says too little of what it counts.

    "The 28-year-old pilot" and "Maksim Kuzminov, 28, is in Ukraine" say different things but agree on the
    age. A figure in a conflict is shown there instead; each document gives its first claim stating it.
    """
    fact_of = _facts_of(facts)
    disputed = {cid for x in conflicts for side in x.sides for cid in side.claims}
    stated: dict[tuple[str, float, float | None], dict[str, tuple[Claim, Value]]] = defaultdict(dict)
    for c in claims:
        if c.modality not in STATING or c.id in disputed:
            continue
        for v in c.values:
            if v.kind == "number" and v.unit and v.measure not in ("", *LIGHT_VERBS) and v.lower is not None:
                unit, lower, upper = canonical(v)
                stated[(f"{unit} {v.measure}", round(lower or 0.0, 2), upper)].setdefault(c.doc, (c, v))
    out = []
    for key, by_doc in sorted(stated.items(), key=lambda kv: str(kv[0])):
        group = sorted(by_doc.values(), key=lambda cv: cv[0].id)
        origins = sorted({c.origin for c, _ in group})
        if len(origins) < 2 or set.intersection(*(fact_of[c.id] for c, _ in group)):
            continue
        shown = " / ".join(dict.fromkeys(v.text for _, v in group))
        where = ", ".join(dict.fromkeys(outlets.get(c.doc, c.doc) for c, _ in group))
        out.append(Fact(
            id=fact_id([*(c.id for c, _ in group), str(key)]), status="corroborated",
            claims=[c.id for c, _ in group], label=f"{shown}: {group[0][0].text}", origins=origins,
            explanation=(f"{len(origins)} independent origins ({', '.join(origins)}) give {shown} "
                         f"({group[0][1].measure}) in statements that differ otherwise ({where}): the figure is "
                         f"corroborated, the statements are not."),
        ))
    return out
