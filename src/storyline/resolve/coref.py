"""Within-document coreference for claim subjects: pronouns and definite descriptions to entity ids.

Rule-based: a pronoun goes to the nearest compatible entity mention in its own or the previous sentence (he/him/his: a person not
known to be female; she/her: a person not known to be male; they/them: an organization, group or country;
it/its: a thing, place or body; expletive "it" as in "it is not clear" is skipped); a definite description
("the pilot", "the Russian", "the court", "the ship") goes to the entity whose introduction used that noun as a
title, appositive or its own head noun
("Russian pilot Maxim Kuzminov", "the pilot, identified as Maksim Kuzminov", "Kuzminov, the pilot,"). A person's gender comes
from the name only (Slavic surname endings, honorifics, a first name ending in -a), unknown otherwise.
"""

from __future__ import annotations

import re

from storyline.models import Annotation, Entity
from storyline.resolve.names import ascii_fold
from storyline.resolve.patterns import EVENT_HEADS, FAC_HEADS, ORG_HEADS, UNIT_NOUNS

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
FEMININE_SURNAME = re.compile(r"(ova|eva|yova|ina|yna|skaya|tskaya|skaia)$")
MASCULINE_SURNAME = re.compile(r"(ov|ev|yov|in|yn|sky|skiy|skii|tsky)$")
# First names ending in -a that are men's (Slavic and Central Asian): no female cue.
MALE_NAMES_IN_A = frozenset(
    {"nikita", "ilya", "ilia", "foma", "sasha", "misha", "kuzma", "luca", "andrea", "mustafa"}
)
# Head nouns of names that a later "the <noun>" can stand for ("the court", "the bridge", "the regiment").
HEAD_NOUNS = ORG_HEADS | FAC_HEADS | EVENT_HEADS | frozenset(UNIT_NOUNS.split("|"))
# How many sentences back he/she may reach for an antecedent (it/they: one).
PERSON_REACH = 3


def coref_mentions(annotation: Annotation, entities: list[Entity]) -> dict[tuple[int, int], str]:
    """Map (start, end) of pronouns and definite descriptions in one document to entity ids.

    Needs `annotation.parse` (the spaCy Doc) and entities from `resolve_entities` (mention.entity set).
    Resolved descriptions count as antecedents for later pronouns ("The pilot said he...").
    """
    parsed = annotation.parse
    if parsed is None:
        return {}
    kind = {e.id: e.type for e in entities}
    gender = {e.id: person_gender(e) for e in entities if e.type == "PERSON"}
    # (start, end, entity id) of everything that names an entity so far, in text order
    chain = sorted(
        (m.start, m.end, m.entity)
        for e in entities
        for m in e.mentions
        if m.doc == annotation.doc and m.entity
    )
    descriptors = _descriptors(parsed, chain, kind)
    named = {
        t.i
        for start, end, _ in chain
        if (sp := parsed.char_span(start, end, alignment_mode="expand"))
        for t in sp
    }
    out: dict[tuple[int, int], str] = {}
    for tok in parsed:
        low = tok.lower_
        if low in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
            if _expletive(tok):
                continue
            want = _pronoun_types(low)
            avoid = "f" if low in MALE_PRONOUNS else "m" if low in FEMALE_PRONOUNS else None
            reach = PERSON_REACH if low in PERSON_PRONOUNS else 1

            def ok(eid: str, w=want, avoid=avoid) -> bool:
                return kind.get(eid) in w and (avoid is None or gender.get(eid) != avoid)

            target = _nearest(chain, tok.idx, ok, _sentence_start_before(tok, reach))
            if target:
                out[(tok.idx, tok.idx + len(tok))] = target
        elif low == "the" and tok.i + 1 < len(parsed):
            head = _np_head(parsed, tok.i + 1)
            if (
                head is None
                or head.lower_ not in descriptors
                or any(i in named for i in range(tok.i + 1, head.i + 1))
            ):
                continue  # not a description, or a name itself ("the Francis Scott Key Bridge")
            every = descriptors[head.lower_]
            cands = [(pos, eid) for pos, eid in every if pos < tok.idx]
            if not cands and len({eid for _, eid in every}) == 1:
                cands = every  # introduced only later in the text (a caption), by one person only
            if cands:
                span = (tok.idx, head.idx + len(head))
                out[span] = max(cands)[1]
                chain.append((*span, out[span]))
                chain.sort()
    return out


def _np_head(parsed, i: int):
    """The head noun of a noun phrase starting at token i ("helicopter pilot" -> pilot), or None."""
    while (
        i < len(parsed)
        and parsed[i].dep_ in {"compound", "amod"}
        and parsed[i].head.i > i
        and parsed[i].head.pos_ in {"NOUN", "PROPN"}
    ):
        i += 1
    tok = parsed[i] if i < len(parsed) else None
    return tok if tok is not None and tok.pos_ in {"NOUN", "PROPN", "ADJ"} else None


def _pronoun_types(word: str) -> frozenset[str] | None:
    if word in PERSON_PRONOUNS:
        return frozenset({"PERSON"})
    if word in GROUP_PRONOUNS:
        return frozenset({"ORG", "NORP", "GPE"})
    if word in THING_PRONOUNS:
        return frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"})
    return None


def _sentence_start_before(tok, back: int) -> int:
    """Character offset where the sentence `back` sentences before the token's own starts."""
    sent = tok.sent
    for _ in range(back):
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
    return sent.start_char


def _expletive(tok) -> bool:
    """Non-referring "it": "It is not clear whether...", "it seems that..."."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head = tok.head
    return (
        tok.dep_ == "nsubj"
        and head.lemma_ in {"be", "seem", "appear", "remain"}
        and any(
            c.dep_ in {"acomp", "attr", "ccomp", "xcomp"}
            and any(g.dep_ in {"ccomp", "xcomp", "csubj"} for g in c.children)
            or c.dep_ in {"ccomp", "xcomp"}
            for c in head.children
        )
    )


def person_gender(entity: Entity) -> str | None:
    """ "m", "f" or None from the name forms: Mr/Mrs/Ms, Slavic surname endings, a first name ending in -a."""
    votes = set()
    for form in {entity.name, *entity.aliases}:
        words = ascii_fold(form).split()
        if not words:
            continue
        if words[0] in {"mr", "sir", "lord", "king", "prince"}:
            votes.add("m")
        elif words[0] in {"mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess"}:
            votes.add("f")
        last = words[-1]
        if len(words) >= 1 and FEMININE_SURNAME.search(last):
            votes.add("f")
        elif MASCULINE_SURNAME.search(last):
            votes.add("m")
        elif len(words) >= 2 and words[0].endswith("a") and words[0] not in MALE_NAMES_IN_A:
            votes.add("f")
    return votes.pop() if len(votes) == 1 else None


def _nearest(chain: list[tuple[int, int, str]], pos: int, ok, since: int) -> str | None:
    """The entity of the last chain link ending before `pos` (starting from `since` on) that `ok` accepts."""
    best = None
    for start, end, eid in chain:
        if end > pos:
            break
        if start >= since and ok(eid):
            best = eid
    return best


def _descriptors(parsed, chain, kind) -> dict[str, list[tuple[int, str]]]:
    """Nouns (and nationality words) a later "the X" may use for an entity, mapped to (offset, entity id).

    People: the title before the name ("Russian pilot Maxim Kuzminov" -> pilot, russian), an appositive
    ("Kuzminov, the pilot," / "the pilot, Kuzminov") or the noun an "identified as" names. Other entities:
    an appositive ("the Dali, a container ship," -> ship) and the head noun of their own name
    ("Basmanny District Court" -> court, "319th helicopter regiment" -> regiment).
    """
    out: dict[str, list[tuple[int, str]]] = {}
    for start, end, eid in chain:
        span = parsed.char_span(start, end, alignment_mode="expand")
        if span is None or kind.get(eid) in {"GPE", "LOC", "NORP"}:
            continue
        words = _appositives(span)
        if kind.get(eid) == "PERSON":
            words += _titles(span)
        else:
            last = span[-1]
            if len(span) > 1 and last.lower_ in HEAD_NOUNS:
                words.append(last.lower_)
        for w in words:
            out.setdefault(w, []).append((start, eid))
    return out


def _appositives(span) -> list[str]:
    """Common nouns in apposition with the span, either way round."""
    words = []
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        words.append(root.head.lower_)  # "the pilot, Maksim Kuzminov"
    for t in span.sent:
        if t.dep_ == "appos" and t.pos_ == "NOUN" and span.start <= t.head.i < span.end:
            words.append(t.lower_)  # "Maksim Kuzminov, the pilot,"
    return words


def _titles(span) -> list[str]:
    """A person's title nouns and nationality words right before the name, and "identified as" nouns."""
    parsed = span.doc
    words = []
    j = span.start - 1
    noun_seen = False
    while (
        j >= span.sent.start
        and parsed[j].pos_ in {"NOUN", "PROPN", "ADJ"}
        and parsed[j].ent_type_ != "PERSON"
    ):
        t = parsed[j]
        if t.pos_ == "ADJ" or t.ent_type_ == "NORP" or not noun_seen:
            words.append(t.lower_)
        noun_seen = noun_seen or t.pos_ == "NOUN"
        j -= 1
    for t in span.sent:
        if t.i < span.start and t.lower_ in {"identified", "named"} and t.head.i < span.start:
            words.append(t.head.lower_)
            words.extend(c.lower_ for c in t.head.children if c.pos_ == "ADJ" or c.ent_type_ == "NORP")
    return words
