"""The mention record coreference works on, and how to build one from a spaCy span."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

SKIP_POS = {"DET", "PUNCT", "CCONJ", "AUX", "PRON", "SYM", "SPACE"}  # not part of what a mention says


@dataclass
class CorefMention:
    """One mention to resolve: its words, its sentence, its document, and what kind of thing it names."""

    id: str
    doc: str
    text: str
    head: str  # head lemma, lowercased: "attack" for "the attacks"
    sentence: str  # text of the sentence holding the mention
    start: int  # character offsets of the mention inside `sentence`, end exclusive
    end: int
    sentence_index: int = 0  # position of the sentence in its document
    type: str = ""  # fine label: HUMAN_PART_PER, ACTION_OCCURRENCE, PERSON, GPE, ...
    pos: str = ""  # part of speech of the head: PROPN, PRON, NOUN, VERB, ...
    lemmas: list[str] = field(default_factory=list)  # lowercased lemmas of its words, no determiners
    group: str = ""  # document cluster: mentions in different groups never corefer
    arguments: list[str] = field(default_factory=list)  # events: participants; entities: their predicates
    times: list[str] = field(default_factory=list)  # when, in the same sentence (lemmas or ids)
    places: list[str] = field(default_factory=list)  # where, in the same sentence (lemmas or ids)


def from_span(
    span: Span, id: str, doc: str, type: str = "", sentence_index: int = 0, sentence: Span | None = None
) -> CorefMention:
    """Build a mention from a parsed spaCy span; the head is the span's syntactic root."""
    sent = sentence if sentence is not None else span.sent
    root = span.root
    lemmas = [t.lemma_.lower() for t in span if t.pos_ not in SKIP_POS] or [root.lemma_.lower()]
    return CorefMention(
        id=id,
        doc=doc,
        text=span.text,
        head=root.lemma_.lower(),
        sentence=sent.text,
        start=span.start_char - sent.start_char,
        end=span.end_char - sent.start_char,
        sentence_index=sentence_index,
        type=type,
        pos=root.pos_,
        lemmas=lemmas,
    )
