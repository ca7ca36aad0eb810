"""Numbers in languages whose models tag none (French, Russian) or that no model reads (Spanish, German):
digits and number words found token by token, with the language's separators, hedges and units.

"au moins 143 personnes" -> [143, inf) people; "plus de 6 500 blessés" -> [6500, inf) injured;
"une dizaine de suspects" -> about 10; "десятки погибших" -> [20, inf) dead; "1,6 million" -> 1600000.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.claims.lexicon import Lexicon
from storyline.claims.values import bounds, fmt, hedge, is_designation, measure
from storyline.models import Value

if TYPE_CHECKING:  # spaCy is only needed where a parse is at hand
    from spacy.tokens import Span, Token

DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f\u2009 ]\d+)*")
GROUP = re.compile(r"\d{3}")
THIN_SPACES = ("", " ", "\u00a0", "\u202f", "\u2009")


def _word(tok: Token) -> str:
    return tok.lower_.replace("’", "'")


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _kind(tok: Token, lex: Lexicon) -> str:
    """What a token is in a number phrase: digits, word, scale, vague, about, one, connector, or ''."""
    word, lemma = _word(tok), _lemma(tok)
    if DIGITS.fullmatch(tok.text):
        return "digits"
    for kind, table in (("scale", lex.scales), ("vague", lex.vague), ("about", lex.about)):
        if word in table or kind != "vague" and lemma in table:
            return kind
    if word in lex.article_ones or lemma in lex.article_ones:
        return "one"
    if word in lex.number_words or lemma in lex.number_words or _compound_word(word, lex) is not None:
        return "word"
    return "connector" if word in lex.connectors else ""


def _compound_word(word: str, lex: Lexicon) -> float | None:
    """A hyphenated number word: "dix-sept" -> 17, "quatre-vingt-dix" -> 90, "vingt-et-un" -> 21."""
    parts = [p for p in word.split("-") if p not in lex.connectors]
    if len(parts) < 2:
        return None
    total, i = 0.0, 0
    while i < len(parts):
        pair = "-".join(parts[i: i + 2])
        if i + 1 < len(parts) and pair in lex.number_words:  # "quatre-vingt"
            total, i = total + lex.number_words[pair], i + 2
        elif parts[i] in lex.number_words:
            total, i = total + lex.number_words[parts[i]], i + 1
        else:
            return None
    return total


def _word_value(tok: Token, lex: Lexicon) -> float:
    """The value of a number word, by its form, its lemma ("двух" -> два) or its hyphenated parts."""
    for key in (_word(tok), _lemma(tok)):
        if key in lex.number_words:
            return lex.number_words[key]
    compound = _compound_word(_word(tok), lex)
    return 1.0 if compound is None else compound


def _digits(text: str, lex: Lexicon) -> float | None:
    """Digits with the language's separators: "6 500" and "6.500" -> 6500, "1,6" -> 1.6 (decimal comma)."""
    t = re.sub(r"(?<=\d)[\u00a0\u202f\u2009 ](?=\d{3}\b)", "", text)
    if lex.decimal_comma:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t):
            t = t.replace(".", "")
        t = t.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t):
        t = t.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def _runs(clause: Span, lex: Lexicon) -> list[tuple[int, int]]:
    """Token index ranges of number phrases: digit groups, number words, scales and their connectors."""
    doc = clause.doc
    runs: list[tuple[int, int]] = []
    i = clause.start
    while i < clause.end:
        kind = "vague" if _word(doc[i]) in lex.vague else _kind(doc[i], lex)
        if kind in ("", "connector", "scale") or kind == "one" and not _one_counts(doc, i, clause.end, lex):
            i += 1
            continue
        j = i + 1
        while j < clause.end:
            nxt = _kind(doc[j], lex)
            if nxt == "digits" and _kind(doc[j - 1], lex) == "digits" and GROUP.fullmatch(doc[j].text) \
                    and doc[j - 1].whitespace_ in THIN_SPACES and len(doc[j - 1].text) <= 3:
                j += 1  # "6 500": a thousands group the tokenizer split off
            elif nxt in ("scale", "word", "about") or nxt == "connector" and j + 1 < clause.end \
                    and _kind(doc[j + 1], lex) == "word":
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _one_counts(doc, i: int, end: int, lex: Lexicon) -> bool:
    """"un"/"ein" is a number only before a scale or an about-noun: "un million", "une dizaine"."""
    return i + 1 < end and _kind(doc[i + 1], lex) in ("scale", "about")


def _value(toks: list[Token], lex: Lexicon) -> tuple[float | None, str]:
    """The number a phrase denotes and how ("exact", "vague" lower bound, or "about")."""
    if _word(toks[0]) in lex.vague:  # "десятки", "des dizaines": a lower bound, not a count
        return lex.vague[_word(toks[0])], "vague"
    total, current, how = 0.0, 0.0, "exact"
    for t in toks:
        word, lemma = _word(t), _lemma(t)
        kind = _kind(t, lex)
        if kind == "digits":
            digits = _digits(t.text, lex)
            if digits is None:
                return None, how
            current = current * 1000 + digits if current and GROUP.fullmatch(t.text) else current + digits
        elif kind == "scale":
            scale = lex.scales.get(word, lex.scales.get(lemma, 1))
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif kind == "about":
            current, how = (current or 1) * lex.about.get(word, lex.about.get(lemma, 1)), "about"
        elif kind in ("word", "one"):
            current += _word_value(t, lex)
    return total + current, how


def _skipped(doc, start: int, end: int, lex: Lexicon, surface: bool) -> bool:
    """Days and years ("22 mars", "в 2014 году"), ages ("28 ans"), and numbers inside names ("Mi-8")."""
    nxt = [t for t in doc[end: end + 2] if not t.is_space]
    following = {_word(t) for t in nxt} | {_lemma(t) for t in nxt[:1]}
    if following & lex.months or nxt and (_word(nxt[0]) in lex.year_words or _lemma(nxt[0]) in lex.year_words):
        return True
    text = doc[start:end].text
    if re.fullmatch(r"(1[89]|20)\d\d", text) and not (
            nxt and (nxt[0].pos_ == "NOUN" and not surface or _word(nxt[0]) in lex.units)):
        return True  # a bare year
    return is_designation(doc[start:end])


def _unit(span: Span, lex: Lexicon, surface: bool) -> str:
    """What a number counts: a currency or percent sign, else the first noun after it ("de" skipped),
    in English where the lexicon knows the word ("personnes" -> people)."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.text in lex.currency:
        return lex.currency[prev.text]
    after = [t for t in doc[span.end: span.end + 4] if not t.is_space]
    if after and (after[0].text in lex.percent or " ".join(_word(t) for t in after[:2]) in lex.percent):
        return "%"
    while after and (_word(after[0]) in lex.of_words or _word(after[0]) in lex.articles or _kind(after[0], lex)):
        after = after[1:]
    if not after or not after[0].is_alpha and after[0].text not in lex.currency:
        return ""
    tok = after[0]
    if tok.text in lex.currency or _word(tok) in lex.currency or _lemma(tok) in lex.currency:
        return lex.currency.get(tok.text) or lex.currency.get(_word(tok)) or lex.currency[_lemma(tok)]
    if not surface and tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return ""
    key = _word(tok) if surface else _lemma(tok)
    return lex.units.get(_word(tok)) or lex.units.get(key) or key


def token_numbers(clause: Span, lex: Lexicon, surface: bool, taken: list[tuple[int, int]]) -> list[Value]:
    """Every numeric value in a clause of a language read token by token."""
    doc = clause.doc
    values = []
    for start, end in _runs(clause, lex):
        span = doc[start:end]
        if any(a <= span.start_char < b for a, b in taken) or _skipped(doc, start, end, lex, surface):
            continue
        number, how = _value(list(span), lex)
        if number is None:
            continue
        direction, _ = hedge(span, lex)
        lower, upper = bounds(number, "near" if how == "about" else direction, how == "vague")
        unit = _unit(span, lex, surface)
        values.append(Value(kind="number", text=span.text, start=span.start_char, end=span.end_char,
                            normalized=fmt(number), unit=unit, measure=measure(span, unit, lex, surface),
                            lower=lower, upper=upper))
    return values
