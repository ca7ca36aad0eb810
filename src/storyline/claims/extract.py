"""Claims stage: atomic statements from clauses, with evidence offsets, attribution and typed values.

A sentence is split into clauses at coordinated verbs that carry their own subject and at contrastive
adverbial clauses ("..., while the pilot escaped"); reported speech stays one claim whose attribution
names the speaker. Sentences without a finite verb (headings, captions, datelines) state no claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.claims import attribution
from storyline.claims.values import numbers_in
from storyline.models import Annotation, Claim, Document, Value

if TYPE_CHECKING:  # spaCy is only needed where a parse is at hand
    from spacy.tokens import Span, Token

SPLIT_MARKS = frozenset({"while", "whereas", "but", "although", "though"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MIN_TOKENS = 4


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)


def clause_heads(sentence: Span) -> list[Token]:
    """Verbs that head an independent statement in the sentence, root first."""
    root = sentence.root
    heads = [root]
    for t in sentence:
        if t == root or t.pos_ not in ("VERB", "AUX"):
            continue
        if t.dep_ == "conj" and t.head in heads and _has_subject(t) or t.dep_ == "advcl" and t.head in heads and _has_subject(t) and any(
            c.dep_ == "mark" and c.lower_ in SPLIT_MARKS for c in t.children
        ):
            heads.append(t)
    return heads


def clause_span(sentence: Span, head: Token, others: list[Token]) -> Span:
    """The contiguous run of tokens around a clause head that no other clause of the sentence owns."""
    excluded = set()
    for o in others:
        if o != head and (head in o.ancestors or o.head == head):
            excluded.update(t.i for t in o.subtree)
        elif o != head and o in head.ancestors:  # the clause this one is nested in
            excluded.update(t.i for t in o.subtree if t.i not in {x.i for x in head.subtree})
    left = right = head.i
    while left - 1 >= sentence.start and left - 1 not in excluded:
        left -= 1
    while right + 1 < sentence.end and right + 1 not in excluded:
        right += 1
    toks = list(sentence.doc[left: right + 1])
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ in ("cc", "mark")
                    or toks[0].lower_ in SPLIT_MARKS):
        toks = toks[1:]
    while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text not in ('"', "”", "’", "»", ".", "!", "?")
                    or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    if not toks:
        return sentence
    return sentence.doc[toks[0].i: toks[-1].i + 1]


def relative_heads(sentence: Span) -> list[Token]:
    """Verbs of relative clauses ("the pilot, who served in the 319th regiment"): statements of their own."""
    return [t for t in sentence if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in t.children)]


def relative_span(head: Token) -> Span:
    """The antecedent's noun phrase and its relative clause: "The 28-year-old pilot, who served in ..."."""
    doc = head.doc
    antecedent = head.head
    chunk = next((nc for nc in doc.noun_chunks if nc.root == antecedent), None)
    start = chunk.start if chunk is not None else antecedent.i
    end = max(t.i for t in head.subtree) + 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _content_head(head: Token) -> Token:
    """For reported speech ("X said Y"), the verb of what was said; otherwise the head itself."""
    if head.lemma_ in attribution.REPORTING | attribution.DENYING:
        comp = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp")), None)
        if comp is not None:
            return comp
    return head


def _subject(head: Token) -> str:
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and head.dep_ == "relcl":
        subj = head.head  # "the pilot, who ...": the antecedent is the subject
    if subj is None:
        return ""
    chunk = next((nc for nc in head.doc.noun_chunks if nc.root == subj), None)
    return (chunk.text if chunk is not None else subj.text).strip()


def _predicate(head: Token) -> str:
    neg = any(c.dep_ == "neg" for c in head.children)
    prt = " ".join(c.lower_ for c in head.children if c.dep_ == "prt")
    return " ".join(w for w in ("not" if neg else "", head.lemma_.lower(), prt) if w)


def extract_claims(doc: Document, annotation: Annotation, outlet: str,
                   entity_types: dict[str, str] | None = None) -> list[Claim]:
    """All claims in one annotated document; `outlet` opens every attribution chain.

    `entity_types` maps resolved entity ids to their type, which overrides a mention's noisy NER label
    when a value's kind (place, person, org) is decided.
    """
    parsed = annotation.parse
    if parsed is None:
        raise ValueError(f"document {doc.id} has no parse: annotate it first")
    claims: list[Claim] = []
    for si, sentence in enumerate(parsed.sents):
        if len(sentence) < MIN_TOKENS or not any(t.pos_ in ("VERB", "AUX") for t in sentence):
            continue
        heads = clause_heads(sentence)
        clauses = [(h, clause_span(sentence, h, heads) if len(heads) > 1 else _strip(sentence)) for h in heads]
        clauses += [(h, relative_span(h)) for h in relative_heads(sentence)]
        for head, span in clauses:
            if len([t for t in span if not t.is_punct]) < MIN_TOKENS - 1:
                continue
            content = _content_head(head)
            cited = attribution.chain(sentence, head)
            claims.append(Claim(
                id=f"{doc.id}:c{len(claims)}",
                doc=doc.id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                subject=_subject(content) or _subject(head),
                predicate=_predicate(content),
                values=sorted(_values(span, annotation, entity_types or {}) + _relative_times(span, content),
                              key=lambda v: (v.start, v.kind)),
                entities=_entities(span, annotation),
                attribution=[outlet, *cited],
                modality=attribution.modality(sentence, span, head, bool(cited)),  # type: ignore[arg-type]
                sentence=si,
            ))
    return claims


def _strip(sentence: Span) -> Span:
    toks = list(sentence)
    while toks and toks[-1].is_space:
        toks.pop()
    while toks and toks[0].is_space:
        toks.pop(0)
    return sentence.doc[toks[0].i: toks[-1].i + 1] if toks else sentence


def _values(span: Span, annotation: Annotation, entity_types: dict[str, str]) -> list[Value]:
    values = numbers_in(span)
    for t in annotation.timexes:
        if span.start_char <= t.start and t.end <= span.end_char and t.type in ("DATE", "TIME"):
            values.append(Value(kind="date", text=t.text, start=t.start, end=t.end, normalized=t.value,
                                unit=t.precision, measure=_happening_verb(span, t.start)))
    for m in annotation.mentions:
        if span.start_char <= m.start and m.end <= span.end_char and m.entity:
            label = entity_types.get(m.entity, m.label).upper()
            kind = "place" if label in PLACE_LABELS else "person" if label == "PERSON" else (
                "org" if label == "ORG" else None)
            if kind:
                values.append(Value(kind=kind, text=m.text, start=m.start, end=m.end, normalized=m.entity))
    return sorted(values, key=lambda v: (v.start, v.kind))


# Prepositions that make a date a bound or a span edge, not the day the happening took place.
BOUNDS = frozenset({"until", "till", "since", "by", "through", "before", "after", "from", "to", "ahead"})


def _happening_verb(span: Span, char: int) -> str:
    """The verb a date says when of ("killed on May 2" -> kill); empty for bounds ("held until May 22")."""
    before = [t for t in span if t.idx + len(t.text) <= char]
    if any(t.lower_ in BOUNDS for t in before[-3:]):  # "until May 22", "until at least May 22"
        return ""
    return _governing_verb(span, char)


TEMPORAL_PREPS = frozenset({"during", "after", "before", "amid"})


def _event_noun(tok: Token) -> str:
    """One key for a happening named by a noun or a gerund: "the landing" and "landing" -> land."""
    word = tok.lower_
    return word[:-3] if word.endswith("ing") and len(word) > 5 else tok.lemma_.lower()


def _relative_times(span: Span, head: Token) -> list[Value]:
    """When a happening took place relative to another: "killed during the landing" -> during:landing."""
    out = []
    for t in span:
        if t.lower_ in TEMPORAL_PREPS and t.dep_ == "prep" and (t.head == head or t.head in head.subtree):
            obj = next((c for c in t.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.pos_ in ("NOUN", "VERB"):
                end = max(x.i for x in obj.subtree) + 1
                out.append(Value(kind="other", text=span.doc[t.i: end].text, start=t.idx,
                                 end=span.doc[end - 1].idx + len(span.doc[end - 1].text),
                                 normalized=f"{t.lower_}:{_event_noun(obj)}", measure=head.lemma_.lower()))
    return out


def _governing_verb(span: Span, char: int) -> str:
    """The lemma of the verb a time expression modifies: "was killed on February 13" -> "kill"."""
    tok = next((t for t in span if t.idx <= char < t.idx + len(t.text) + 1), None)
    while tok is not None:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_ not in ("be", "have"):
            return tok.lemma_.lower()
        if tok.head == tok:
            return ""
        tok = tok.head
    return ""


def _entities(span: Span, annotation: Annotation) -> list[str]:
    seen: dict[str, None] = {}
    for m in annotation.mentions:
        if span.start_char <= m.start and m.end <= span.end_char and m.entity:
            seen[m.entity] = None
    return list(seen)
