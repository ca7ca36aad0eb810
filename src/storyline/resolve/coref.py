"""Within-document coreference for claim subjects: pronouns and definite descriptions to entity ids.

Rule-based: a pronoun goes to the nearest preceding compatible entity mention (he/she/him/her/his: a
person; they/them: a person or organization; it/its: a non-person); a definite description ("the pilot",
"the Russian") goes to the person whose introduction used that noun as a title or appositive
("Russian pilot Maxim Kuzminov", "the pilot, identified as Maksim Kuzminov"), else to the nearest person.
"""

from __future__ import annotations

from storyline.models import Annotation, Entity

PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
# How far back (characters) an introduction may be for a definite description to reach it.
WINDOW = 400


def coref_mentions(annotation: Annotation, entities: list[Entity]) -> dict[tuple[int, int], str]:
    """Map (start, end) of pronouns and definite descriptions in one document to entity ids.

    Needs `annotation.parse` (the spaCy Doc) and entities from `resolve_entities` (mention.entity set).
    """
    parsed = annotation.parse
    if parsed is None:
        return {}
    kind = {e.id: e.type for e in entities}
    mentions = sorted(
        (m for e in entities for m in e.mentions if m.doc == annotation.doc and m.entity),
        key=lambda m: m.start,
    )
    descriptors = _descriptors(parsed, mentions, kind)
    out: dict[tuple[int, int], str] = {}
    for tok in parsed:
        low = tok.lower_
        if tok.pos_ == "PRON" or low in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
            want = _pronoun_types(low)
            if want is None:
                continue
            target = _nearest(mentions, tok.idx, lambda m, w=want: kind.get(m.entity) in w)
            if target:
                out[(tok.idx, tok.idx + len(tok))] = target
        elif low == "the" and tok.i + 1 < len(parsed):
            noun = parsed[tok.i + 1]
            if noun.pos_ in {"NOUN", "PROPN", "ADJ"} and noun.lower_ in descriptors:
                cands = [(pos, eid) for pos, eid in descriptors[noun.lower_] if pos < tok.idx]
                if cands:
                    out[(tok.idx, noun.idx + len(noun))] = max(cands)[1]
    return out


def _pronoun_types(word: str) -> frozenset[str] | None:
    if word in PERSON_PRONOUNS:
        return frozenset({"PERSON"})
    if word in GROUP_PRONOUNS:
        return frozenset({"PERSON", "ORG", "NORP", "GPE"})
    if word in THING_PRONOUNS:
        return frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"})
    return None


def _nearest(mentions, pos: int, ok):
    best = None
    for m in mentions:
        if m.end > pos:
            break
        if ok(m):
            best = m.entity
    return best


def _descriptors(parsed, mentions, kind) -> dict[str, list[tuple[int, str]]]:
    """Nouns and adjectives introducing a person: the words right before the name or in its apposition."""
    out: dict[str, list[tuple[int, str]]] = {}
    for m in mentions:
        if kind.get(m.entity) != "PERSON":
            continue
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        words = []
        j = span.start - 1
        while (
            j >= sent.start and parsed[j].pos_ in {"NOUN", "PROPN", "ADJ"} and parsed[j].ent_type_ != "PERSON"
        ):
            words.append(parsed[j].lower_)
            j -= 1
        for t in sent:
            if t.i < span.start and t.pos_ == "NOUN" and t.head.i in range(span.start, span.end):
                words.append(t.lower_)
            if t.i < span.start and t.lower_ in {"identified", "named"} and t.head.i < span.start:
                words.append(t.head.lower_)
                words.extend(c.lower_ for c in t.head.children if c.pos_ == "NOUN")
        for w in words:
            out.setdefault(w, []).append((m.start, m.entity))
    return out
