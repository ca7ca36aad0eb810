"""Russian annotation: natasha's offline models (razdel, slovnet morphology, UD syntax, NER) as a spaCy Doc.

spaCy ships no Russian parser that installs offline; natasha carries its own small models inside the
package. Its output becomes an ordinary spaCy `Doc` (words, spaces, lemmas, POS, heads, deps, entities),
so every later stage reads Russian exactly as it reads English or French. Lemmas come from pymorphy3
(natasha's own lemmatizer needs pymorphy2, which no longer runs on Python 3.11).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

# pymorphy3 part of speech -> the UD tags slovnet gives, to pick the reading the tagger chose
UD_OF_OPENCORPORA = {
    "NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB", "INFN": "VERB",
    "PRTF": "VERB", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
    "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ",
}
LINE = re.compile(r"[^\n]+")
CLOSED = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SYM", "INTJ"})  # their own lemmas


@dataclass
class _Token:
    text: str
    start: int
    space: bool = False
    pos: str = "SPACE"
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1  # index in the document; -1 for a sentence root
    dep: str = "dep"


class NatashaTokenizer:
    """Callable that turns a text into a fully annotated spaCy Doc; installed as the pipeline's tokenizer."""

    def __init__(self, vocab) -> None:
        import pymorphy3
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        self.vocab = vocab
        emb = NewsEmbedding()
        self.morph = NewsMorphTagger(emb)
        self.syntax = NewsSyntaxParser(emb)
        self.ner = NewsNERTagger(emb)
        self.analyzer = pymorphy3.MorphAnalyzer()

    def __call__(self, text: str) -> Doc:
        import razdel

        sentences = [[(line.start() + s.start + t.start, t.text) for t in razdel.tokenize(s.text)]
                     for line in LINE.finditer(text) for s in razdel.sentenize(line.group())]
        sentences = [s for s in sentences if s]
        tokens: list[_Token] = []
        firsts: list[int] = []
        words = [[w for _, w in s] for s in sentences]
        for sent, morph, syntax in zip(sentences, self.morph.map(words), self.syntax.map(words), strict=True):
            firsts.append(len(tokens))
            base = len(tokens)
            heads = _tree([int(t.head_id) - 1 for t in syntax.tokens], [t.pos for t in morph.tokens])
            for (start, word), m, s, head in zip(sent, morph.tokens, syntax.tokens, heads, strict=True):
                tokens.append(_Token(word, start, pos=m.pos, feats=m.feats, head=base + head if head >= 0 else -1,
                                     dep="ROOT" if head < 0 else s.rel if int(s.head_id) - 1 == head else "parataxis"))
        tokens = _with_whitespace(text, tokens)
        doc = Doc(
            self.vocab,
            words=[t.text for t in tokens],
            spaces=[t.space for t in tokens],
            pos=[t.pos for t in tokens],
            tags=[t.pos for t in tokens],
            morphs=["|".join(f"{k}={v}" for k, v in sorted(t.feats.items())) for t in tokens],
            lemmas=[self._lemma(t) for t in tokens],
            heads=[t.head if t.head >= 0 else i for i, t in enumerate(tokens)],
            deps=[t.dep for t in tokens],
        )
        doc.ents = [span for s in self.ner(text).spans
                    if (span := doc.char_span(s.start, s.stop, label=s.type, alignment_mode="expand")) is not None]
        return doc

    def _lemma(self, tok: _Token) -> str:
        """The dictionary form of the reading whose part of speech matches the tagger's."""
        if not tok.text.isalpha():
            return tok.text
        if tok.pos in CLOSED:
            return tok.text.lower()
        lemma = self._normal_form(tok.text.lower(), tok.pos)
        if tok.pos != "PROPN":
            return lemma
        return lemma.upper() if tok.text.isupper() else lemma.capitalize()

    @lru_cache(maxsize=1 << 16)  # noqa: B019 -- one tokenizer per process; pymorphy3 costs ~1 ms a word
    def _normal_form(self, word: str, pos: str) -> str:
        parses = self.analyzer.parse(word)
        return next((p for p in parses if UD_OF_OPENCORPORA.get(str(p.tag.POS)) == pos), parses[0]).normal_form


def _tree(heads: list[int], pos: list[str]) -> list[int]:
    """One rooted tree per sentence: extra roots and cycles (slovnet decodes greedily) hang on the main root."""
    roots = [i for i, h in enumerate(heads) if h < 0 or h >= len(heads)]
    main = next((i for i in roots if pos[i] == "VERB"), roots[0] if roots else
                next((i for i, p in enumerate(pos) if p == "VERB"), 0))
    out = [main if (h < 0 or h >= len(heads)) and i != main else h for i, h in enumerate(heads)]
    out[main] = -1
    for i in range(len(out)):
        seen, j = set(), i
        while out[j] >= 0 and j not in seen:
            seen.add(j)
            j = out[j]
        if out[j] >= 0:  # walked into a cycle: cut it at j
            out[j] = main
    return out


def _with_whitespace(text: str, tokens: list[_Token]) -> list[_Token]:
    """Tokens plus whitespace tokens, so that the Doc's text is exactly the input and offsets agree."""
    out: list[_Token] = []
    index: dict[int, int] = {}
    cursor = 0
    for i, tok in enumerate(tokens):
        gap = text[cursor:tok.start]
        if gap.startswith(" ") and out:
            out[-1].space, gap = True, gap[1:]
        if gap:
            out.append(_Token(gap, cursor))
        index[i] = len(out)
        out.append(tok)
        cursor = tok.start + len(tok.text)
    if text[cursor:]:
        out.append(_Token(text[cursor:], cursor))
    for t in out:
        if t.pos != "SPACE" and t.head >= 0:
            t.head = index[t.head]
    for k, t in enumerate(out):  # whitespace hangs on the token before it (the first on the one after)
        if t.pos == "SPACE":
            t.head = k - 1 if k > 0 else (1 if len(out) > 1 else -1)
    return out


def load() -> Language:
    """A spaCy pipeline for Russian whose tokenizer runs natasha and returns the finished parse."""
    import spacy
    from spacy.lang.fr.syntax_iterators import noun_chunks  # keyed on UD labels, which natasha's parser uses

    nlp = spacy.blank("ru")
    nlp.vocab.get_noun_chunks = noun_chunks
    nlp.tokenizer = NatashaTokenizer(nlp.vocab)
    return nlp
