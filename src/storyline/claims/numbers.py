"""Numbers in languages whose models tag none (French, Russian) or that no model reads (Spanish, German):
digits and number words found token by token, with the language's separators, hedges and units.

"au moins 143 personnes" -> [143, inf) people; "plus de 6 500 blessés" -> [6500, inf) injured;
"une dizaine de suspects" -> about 10; "десятки погибших" -> [20, inf) dead; "1,6 million" -> 1600000.
Where a language glues its number words, one word is read piece by piece ("százharminchárom" -> 133,
"ventotto" -> 28), with a Hungarian ending and the unit it gives ("négyen" -> 4 people, "143-at" -> 143).
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
VOWELS = frozenset("aeiouàèéìíòóùúáőöüű")
_PIECES: dict[str, list[str]] = {}


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
    """A hyphenated number word ("dix-sept" -> 17, "quatre-vingt-dix" -> 90, "vingt-et-un" -> 21), or one
    glued from pieces where the language writes them so ("százharminchárom" -> 133)."""
    parts = [p for p in word.split("-") if p not in lex.connectors]
    if len(parts) < 2:
        glued = _glued(word, lex) if lex.glued_numbers else None
        return None if glued is None else glued[0]
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


def _glued(word: str, lex: Lexicon) -> tuple[float, str | None] | None:
    """A number word glued from pieces and an optional ending: its value and the unit the ending gives
    ("négyen" -> people, "százkilométerre" -> km, "hármat" -> '' for a case), None for no ending."""
    for pieces, rest in _splits(word, lex):
        if not rest:
            return _sum(pieces, lex), None
        if pieces == [pieces[0]] and pieces[0] in lex.article_ones:
            continue  # "egyben", "egyszemélyes": the article, not a number
        if pieces[-1] in lex.number_stems and rest in lex.collective:
            return _sum(pieces, lex), "people"
        if pieces[-1] in lex.number_stems and rest in lex.case_endings:
            return _sum(pieces, lex), ""
        if rest in lex.units:
            return _sum(pieces, lex), lex.units[rest]
    return None


def _splits(word: str, lex: Lexicon, depth: int = 0) -> list[tuple[list[str], str]]:
    """Ways to read a word as number pieces and what is left after them, longest pieces first; a piece may
    drop its last vowel before a vowel ("vent|otto"), a stem stands only last and before an ending."""
    if depth > 6 or not word:
        return []
    out: list[tuple[list[str], str]] = []
    for piece in _pieces(lex):
        rests = [word[len(piece):]] if word.startswith(piece) else []
        cut = len(piece) - 1
        if piece[-1] in VOWELS and cut > 2 and word.startswith(piece[:-1]) and word[cut: cut + 1] in VOWELS \
                and any(word.startswith(p, cut) for p in lex.number_words):
            rests.append(word[cut:])  # "centottanta": cento + ottanta
        word_piece = piece in lex.number_words or piece in lex.scales
        for rest in rests:
            if word_piece:
                out += [([piece, *more], left) for more, left in _splits(rest, lex, depth + 1)]
            if rest and piece in lex.number_stems or word_piece:
                out.append(([piece], rest))
    return sorted(out, key=lambda split: len(split[1]))


def _pieces(lex: Lexicon) -> list[str]:
    """The language's number pieces, longest first (computed once per language)."""
    if lex.code not in _PIECES:
        _PIECES[lex.code] = sorted({*lex.number_words, *lex.scales, *lex.number_stems}, key=len, reverse=True)
    return _PIECES[lex.code]


def _sum(pieces: list[str], lex: Lexicon) -> float:
    """The value of number pieces: "három|száz" -> 300, "száz|harminc|három" -> 133, "két|ezer" -> 2000."""
    total, current = 0.0, 0.0
    for piece in pieces:
        if piece in lex.scales:
            current = (current or 1) * lex.scales[piece]
            if lex.scales[piece] >= 1000:
                total, current = total + current, 0.0
        else:
            current += lex.number_words.get(piece, lex.number_stems.get(piece, 0.0))
    return total + current


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
        lone_scale = kind == "scale" and _word(doc[i]) not in lex.number_words  # "mil" alone is no number
        if kind in ("", "connector") or lone_scale or kind == "one" and not _one_counts(doc, i, clause.end, lex):
            i += 1
            continue
        j = i + 1
        while j < clause.end:
            nxt = _kind(doc[j], lex)
            if nxt == "digits" and _kind(doc[j - 1], lex) == "digits" and GROUP.fullmatch(doc[j].text) \
                    and doc[j - 1].whitespace_ in THIN_SPACES and len(doc[j - 1].text) <= 3:
                j += 1  # "6 500": a thousands group the tokenizer split off
            elif nxt in ("scale", "about") or nxt == "word" and (not lex.glued_numbers or _kind(
                    doc[j - 1], lex) == "connector") or nxt == "connector" and j + 1 < clause.end \
                    and _kind(doc[j + 1], lex) == "word":
                j += 1
            elif lex.glued_numbers and _tied(doc, j) and j + 1 < clause.end and _kind(doc[j + 1], lex) == "word":
                j += 2  # "kétezer-háromszáz"
            else:
                break
        runs.append((i, j))
        # where number words are glued, a second one right after is a noun: "két hét" (two weeks)
        i = j + 1 if lex.glued_numbers and j < clause.end and _kind(doc[j], lex) == "word" else j
    return runs


def _tied(doc, i: int) -> bool:
    """A hyphen with no space on either side: it ties a word to the next ("kétezer-háromszáz", "143-an")."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _ending(doc, i: int, lex: Lexicon) -> str | None:
    """The unit an ending tied by a hyphen gives the number before token i: "143-an" -> people,
    "143-at" -> '' (a case ending: no noun follows); None where no known ending is tied there."""
    if i >= len(doc) or not _tied(doc, i):
        return None
    ending = _word(doc[i + 1])
    return "people" if ending in lex.collective else "" if ending in lex.case_endings else None


def _one_counts(doc, i: int, end: int, lex: Lexicon) -> bool:
    """"un"/"ein" is a number only before a scale or an about-noun: "un million", "une dizaine"."""
    return i + 1 < end and _kind(doc[i + 1], lex) in ("scale", "about")


def _value(toks: list[Token], lex: Lexicon) -> tuple[float | None, str]:
    """The number a phrase denotes and how ("exact", "vague" lower bound, or "about")."""
    if _word(toks[0]) in lex.vague:  # "десятки", "des dizaines": a lower bound, not a count
        scale = 1.0  # "несколько тысяч", "kilka tysięcy": a few thousand
        for t in toks[1:]:
            if _kind(t, lex) == "scale":
                scale *= lex.scales.get(_word(t), lex.scales.get(_lemma(t), 1))
        return lex.vague[_word(toks[0])] * scale, "vague"
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
    glued = _glued(_word(span[-1]), lex) if lex.glued_numbers and span[-1].is_alpha else None
    if glued is not None and glued[1] is not None:  # "négyen", "százkilométerre": the ending says it
        return glued[1]
    ending = _ending(doc, span.end, lex)
    if ending is not None:
        return ending
    after = [t for t in doc[span.end: span.end + 4] if not t.is_space]
    if after and (after[0].text in lex.percent or " ".join(_word(t) for t in after[:2]) in lex.percent):
        return "%"
    while after and (_word(after[0]) in lex.of_words or _word(after[0]) in lex.articles or _kind(after[0], lex)) \
            and not (lex.glued_numbers and _kind(after[0], lex) == "word"):  # "két hét": the week is the unit
        after = after[1:]
    if not after or not after[0].is_alpha and after[0].text not in lex.currency:
        return ""
    tok = after[0]
    if tok.text in lex.currency or _word(tok) in lex.currency or _lemma(tok) in lex.currency:
        return lex.currency.get(tok.text) or lex.currency.get(_word(tok)) or lex.currency[_lemma(tok)]
    if not surface and tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return ""
    key = _word(tok) if surface else _lemma(tok)
    for word in (_word(tok), key):  # a unit may be "": a verb after a bare count ("30 zostało rannych")
        if word in lex.units:
            return lex.units[word]
    if len(after) > 1 and (surface or tok.pos_ == "ADJ"):  # past an adjective: "12 ukraińskich dronów"
        for word in (_word(after[1]), _lemma(after[1])):
            if word in lex.units:
                return lex.units[word]
    if surface and lex.capitalized_nouns and not tok.text[:1].isupper():
        return ""  # German nouns are capitalized: "auf 137 gestiegen" counts no "gestiegen"
    return key


_FROM = frozenset({"de", "d'", "du", "des", "von", "vom", "da", "dal", "dalla", "dai", "from", "с", "со", "з", "із", "z", "ze"})


def _range_with(doc, first: tuple[int, int], second: tuple[int, int], lex: Lexicon) -> bool:
    """Two number runs are the bounds of one figure: "entre 18.000 y 20.000", "zwischen 18 und 20", "tres o
    cuatro", "15 à 20". A bare joiner after a "from" word is a change, not a range ("de 93 à 115")."""
    if second[0] != first[1] + 1:
        return False
    joiner = _word(doc[first[1]])
    before = _word(doc[first[0] - 1]) if first[0] > 0 else ""
    return any(joiner == word and (before == opener if opener else before not in _FROM)
               for opener, word in lex.range_words)


def _ranged(clause: Span, lex: Lexicon) -> list[tuple[int, int, int | None]]:
    """Number runs, with each range's two runs joined: (start, end, where the second bound starts or None)."""
    runs = _runs(clause, lex)
    out: list[tuple[int, int, int | None]] = []
    i = 0
    while i < len(runs):
        if i + 1 < len(runs) and _range_with(clause.doc, runs[i], runs[i + 1], lex):
            out.append((runs[i][0], runs[i + 1][1], runs[i + 1][0]))
            i += 2
        else:
            out.append((*runs[i], None))
            i += 1
    return out


def _bounds_of(doc, start: int, second: int, end: int, lex: Lexicon) -> tuple[float, float] | None:
    """The two figures of a range; a scale after the second holds for both ("entre 18 y 20 mil")."""
    a, _ = _value(list(doc[start: second - 1]), lex)
    b, _ = _value(list(doc[second:end]), lex)
    if a is None or b is None:
        return None
    scale = 1.0
    for t in doc[second:end]:
        if _kind(t, lex) == "scale":
            scale *= lex.scales.get(_word(t), lex.scales.get(_lemma(t), 1))
    if scale > 1 and not any(_kind(t, lex) == "scale" for t in doc[start: second - 1]) and a * scale <= b:
        a *= scale
    return (a, b) if a < b else None


def token_numbers(clause: Span, lex: Lexicon, surface: bool, taken: list[tuple[int, int]]) -> list[Value]:
    """Every numeric value in a clause of a language read token by token."""
    doc = clause.doc
    values = []
    for start, end, second in _ranged(clause, lex):
        span = doc[start:end]
        if any(a <= span.start_char < b for a, b in taken) or _skipped(doc, start, end, lex, surface):
            continue
        pair = _bounds_of(doc, start, second, end, lex) if second is not None else None
        if second is not None and pair is None:  # not a range after all: the first figure alone
            end = second - 1
            span = doc[start:end]
        number, how = _value(list(span), lex) if pair is None else (pair[0], "exact")
        if number is None:
            continue
        direction, _ = hedge(span, lex)
        lower, upper = pair or bounds(number, "near" if how == "about" else direction, how == "vague")
        unit = _unit(span, lex, surface)
        values.append(Value(kind="number", text=span.text, start=span.start_char, end=span.end_char,
                            normalized=fmt(number), unit=unit, measure=measure(span, unit, lex, surface),
                            lower=lower, upper=upper))
    return values
