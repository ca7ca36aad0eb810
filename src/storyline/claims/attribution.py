"""Attribution chains and modality, read from the dependency parse, or from the words around a marker
where no parser reads the language (Spanish, German through the English model).

"According to RT, citing sources close to the pilot's family, ..." gives the chain
[outlet, "RT", "sources close to the pilot's family"]; "reportedly" makes a claim hedged, "denied" makes
it denied. The words are per language (`claims/lexicon/`). Hand-written over spaCy's parse: no maintained
library extracts attribution chains.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from storyline.claims.lexicon import Lexicon
from storyline.claims.lexicon.en import EN
from storyline.claims.syntax import (
    agent_of,
    conditional,
    dep,
    fronted_clause,
    negated,
    phrase_start,
    prep_object,
)

if TYPE_CHECKING:  # spaCy is only needed where a parse is at hand
    from spacy.tokens import Span, Token

REPORTING = EN.reporting  # English reporting verbs: reconcile reads a figure's verb against them


def _has(tok: Token, words: frozenset[str]) -> bool:
    """The token's lemma or its word form is in the set."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _in_text(text: str, words: Iterable[str]) -> bool:
    """A multi-word entry ("mettre en doute") occurs in the lowercased text."""
    return any(" " in w and w in text for w in words)


_CITING_VERBS = frozenset({"quote", "cite", "citer", "citar", "citare"})  # "sources quoted by Reuters"


def _phrase(tok: Token, limit: int = 12) -> str:
    """The noun phrase a token heads, with a name in apposition ("The plant's owner, Sibur", "the security
    service, FSB,") and without relative clauses or other appositions, kept short."""
    left = phrase_start(tok)
    right = tok.i
    rights = list(tok.rights)
    for k, c in enumerate(rights):  # keep "of ..." / "close to ..." complements and a name in apposition
        cited = dep(c) in ("acl", "amod") and c.lemma_.lower() in _CITING_VERBS  # "sources quoted by Reuters"
        if c.text == "," and k + 1 < len(rights) and dep(rights[k + 1]) == "appos" and rights[k + 1].pos_ == "PROPN":
            continue  # "the domestic security service, FSB, said": the name is set off by a comma
        if cited or dep(c) in ("prep", "amod", "compound", "nummod") or (dep(c) == "appos" and c.pos_ == "PROPN"):
            right = max(right, max(t.i for t in c.subtree))  # "Губернатор Глеб Никитин", "компании «Сибур»"
            if dep(c) == "appos":
                break
        elif dep(c) in ("relcl", "appos", "acl", "cc", "conj", "advcl") or (dep(c) == "punct" and c.text not in "«\"„“"):
            break
    left, right = _hyphened(tok.doc, left, right)
    words = tok.doc[left: right + 1].text.split()
    return " ".join(words[:limit]).strip(" ,;:\u2013\u2014-")


def _tie(doc, i: int) -> bool:
    """Token i is a hyphen written without spaces between two words."""
    return (0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and doc[i - 1].is_alpha and doc[i + 1].is_alpha)


def _hyphened(doc, left: int, right: int) -> tuple[int, int]:
    """A phrase's edges widened over words a hyphen ties to it, which some parsers split ("Croissant-Rouge",
    "Croix-Rouge": the French model makes "Rouge" a token of its own)."""
    if _tie(doc, right):  # the parse ended the phrase on the hyphen itself
        right += 1
    while _tie(doc, right + 1):
        right += 2
    if _tie(doc, left):
        left -= 1
    while _tie(doc, left - 1):
        left -= 2
    return left, right


def _markers(tokens: list[Token], sequences: tuple[tuple[str, ...], ...],
             blockers: frozenset[str] = frozenset()) -> Iterator[tuple[Token, Token]]:
    """(first, last) token of each occurrence of a marker ("according to", "по словам") among the tokens,
    except right after a blocker ("il secondo giorno": an ordinal, not "according to")."""
    words = [t.lower_.replace("’", "'") for t in tokens]
    for i in range(len(tokens)):
        if i > 0 and words[i - 1] in blockers:
            continue
        for seq in sequences:
            if tuple(words[i: i + len(seq)]) == seq:
                yield tokens[i], tokens[i + len(seq) - 1]
                break


def _introduced(last: Token, lex: Lexicon) -> Token | None:
    """The source a marker introduces, from the parse: "according to X", "citing X", "selon X", "по словам X"."""
    obj = next((c for c in last.children if dep(c) in ("dobj", "pobj", "attr")), None) or prep_object(last)
    if obj is None and last.pos_ == "NOUN":
        obj = last
    if obj is not None and _has(obj, lex.source_nouns):  # "по словам X", "selon les informations de X"
        inner = next((c for c in obj.children if dep(c) == "prep" and c.pos_ in ("NOUN", "PROPN")), None)
        obj = inner if inner is not None else None if obj == last else obj
    return obj


# A source another one cites, named in the passive: "sources quoted by Reuters", "fonti giudiziarie citate
# dall'AFP", "fuentes citadas por EFE", "des sources citées par l'AFP". The citing one comes first.
_CITED_BY = re.compile(
    r"^(?P<inner>.+?)\s+(?:(?:cited|quoted)\s+by(?:\s+the)?|cité(?:e|s|es)?\s+par(?:\s+l[ae]s?\b|\s+l['’])?|"
    r"citad[oa]s?\s+(?:por|pelo|pela|pelos|pelas)(?:\s+(?:el|la|los|las)\b)?|"
    r"citat[oaie]\s+(?:dall['’]|dalla|dalle|dagli|dai|dal|da))\s*(?P<outer>\S.*)$", re.IGNORECASE)


def _cited_by(sources: list[str]) -> list[str]:
    """The chain with each passive citation split, the citing source before the one it cites."""
    out: list[str] = []
    for source in sources:
        m = _CITED_BY.match(source)
        for part in (m.group("outer"), m.group("inner")) if m else (source,):
            if part not in out:
                out.append(part)
    return out


def chain(sentence: Span, clause_head: Token, lex: Lexicon = EN, surface: bool = False) -> list[str]:
    """Cited sources for a clause, outermost first (the outlet is prepended by the caller)."""
    return _cited_by(_chain(sentence, clause_head, lex, surface))


def _chain(sentence: Span, clause_head: Token, lex: Lexicon, surface: bool) -> list[str]:
    if surface:
        return _surface_chain(sentence, lex)
    tokens = list(sentence)
    sources: list[str] = []

    def add(tok: Token | None) -> None:
        if tok is not None and tok.pos_ != "PRON" and (phrase := _phrase(tok)) and phrase not in sources:
            sources.append(phrase)

    for _, last in _markers(tokens, lex.according):
        add(_introduced(last, lex))
    # "X said (that) ...": the reporting verb governing this clause, or the sentence root
    speech = lex.reporting | lex.denying
    governor = clause_head
    while dep(governor) in ("ccomp", "xcomp", "conj", "parataxis") and governor.head != governor:
        if _has(governor.head, speech):
            governor = governor.head
            break
        governor = governor.head
    heads = [clause_head]  # "X died and 15 were hurt, TASS reports": the aside of the first clause tells both
    while dep(heads[-1]) == "conj" and heads[-1].head != heads[-1]:
        heads.append(heads[-1].head)
    asides = [c for h in heads for c in h.children if _has(c, speech) and _aside(c, lex)]  # "..., TASS reports"
    for verb in dict.fromkeys([governor, sentence.root, *asides]):
        if _has(verb, speech):
            subj = next((c for c in verb.children if dep(c) == "nsubj"), None)
            if subj is None and lex.inverted_speech and (verb in asides or fronted_clause(verb) is not None):
                subj = next((c for c in verb.rights if dep(c) == "dobj"), None)  # "..., a indiqué la police"
            if subj is None and lex.impersonal_sources:  # "..., сообщили в МЧС", "В компании «Сибур» отрицают"
                subj = next((c for c in verb.children if dep(c) == "obl" and any(
                    dep(x) == "case" and x.lower_ in lex.impersonal_sources for x in c.children)), None)
            add(_conduit(verb))  # "X told the Associated Press": outlet -> AP -> X
            add(subj if subj is not None else agent_of(verb))
    for _, last in _markers(tokens, lex.citing):
        add(_introduced(last, lex))
    return sources


# Bodies a speaker addresses, not outlets that relay: "told the Security Council", "told Congress"
_AUDIENCES = frozenset({"council", "committee", "parliament", "congress", "court", "assembly", "senate", "commission",
                        "board", "panel", "tribunal", "hearing", "conference", "summit", "meeting", "cabinet", "jury",
                        "conseil", "comité", "parlement", "assemblée", "sénat", "cour"})


def _conduit(verb: Token) -> Token | None:
    """The organization a speaker told what the clause says, which relays it ("told the Associated Press",
    "told Reuters", "a déclaré à l'AFP"): the outlet heard it from that organization. Not a body the speaker
    addressed ("told the Security Council")."""
    for c in verb.children:
        if c.ent_type_ != "ORG" or c.lemma_.lower() in _AUDIENCES:
            continue
        told = c.dep_ in ("dobj", "dative") and verb.lemma_.lower() == "tell"
        to = c.dep_ in ("obl:arg", "obl", "iobj") and any(x.dep_ == "case" and x.lower_ in ("à", "a")
                                                          for x in c.children)
        if told or to:
            return c
    return None


def caption_credit(line: str) -> str:
    """The owner a caption line credits at its end ("... in Moscow. © AP" -> "AP"), as ingest writes every
    trailing photo credit; "" for any other line."""
    m = re.search(r"\S\s+©\s*(?P<owner>[^©\n]{1,80}?)[.\s]*$", line)
    return m.group("owner").strip() if m else ""


def _aside(verb: Token, lex: Lexicon) -> bool:
    """A reporting verb set off after the clause: parataxis, or (where speakers invert) a conjunct that
    follows a comma ("..., a indiqué la gendarmerie", which the French model parses as `conj`)."""
    if dep(verb) == "parataxis":
        return True
    return lex.inverted_speech and dep(verb) == "conj" and any(
        t.text == "," for t in verb.doc[verb.head.i + 1: verb.i])


def _surface_chain(sentence: Span, lex: Lexicon) -> list[str]:
    """Sources read from the words around markers and reporting verbs, for a language no parser reads."""
    tokens = [t for t in sentence if not t.is_space]
    found = [_with_citer(sentence.text, _words_after(tokens, tokens.index(last) + 1, lex))
             for _, last in _markers(tokens, lex.according, lex.marker_blockers)]
    found += [_words_before(tokens, tokens.index(first), lex) for first, _ in _markers(tokens, lex.according_after)]
    for i, t in enumerate(tokens):
        after_aux = i > 0 and tokens[i - 1].lower_ in lex.auxiliaries
        if t.lower_ in lex.reporting or t.lower_ in lex.denying or after_aux and t.lower_ in lex.participles:
            found.append(_words_after(tokens, i + 1, lex) if _inverted(tokens, i, after_aux, lex)
                         else _words_before(tokens, i, lex))
    found += [_words_after(tokens, tokens.index(last) + 1, lex) for _, last in _markers(tokens, lex.citing)]
    found += [_words_before(tokens, tokens.index(first), lex) for first, _ in _markers(tokens, lex.citing_after)]
    sources = (_without_ending(s, lex) for s in found)
    return list(dict.fromkeys(s for s in sources if s and s.lower() not in lex.pronouns))


_CITER_AFTER = re.compile(r"\s*,\s*(?P<citer>(?:(?:cited|quoted)\s+by|cité(?:e|s|es)?\s+par|citad[oa]s?\s+"
                          r"(?:por|pelo|pela|pelos|pelas)|citat[oaie]\s+da\w*)\s+[^,.;:]+)")


def _with_citer(text: str, source: str) -> str:
    """A source with the one citing it, set off by a comma: "según la Media Luna Roja, citada por la agencia
    AP" reads as "la Media Luna Roja citada por la agencia AP", which the chain splits in two."""
    at = text.find(source) if source else -1
    m = _CITER_AFTER.match(text, at + len(source)) if at >= 0 else None
    return f"{source} {m.group('citer').strip()}" if m else source


def _inverted(tokens: list[Token], i: int, after_aux: bool, lex: Lexicon) -> bool:
    """The speaker of the reporting verb at i follows it: "..., informó la policía", ", ha detto il
    portavoce", "– mondta Peszkov"; Hungarian puts it after the verb only where none stands before."""
    k = i + 1
    while k < len(tokens) and tokens[k].lower_ in lex.auxiliaries:
        k += 1  # "mondta el Peszkov": the particle is not the speaker
    nxt = tokens[k] if k < len(tokens) else None
    if nxt is not None and nxt.lower_ in lex.clause_words:
        return False  # "Sarkozy, de 71 años, anunció que ...": what follows is what was said
    named_next = nxt is not None and (nxt.lower_ in lex.articles or nxt.text[:1].isupper()
                                      or _elided(nxt.lower_) in lex.articles)  # "l'agenzia" in one token
    if after_aux:  # ", ha detto il portavoce"; not "Il suo avvocato, Jan Sokol, ha annunciato ricorso"
        return (i < 2 or tokens[i - 2].is_punct) and named_next
    if i == 0 or tokens[i - 1].is_punct:
        return True
    return named_next and not (lex.head_final and _words_before(tokens, i, lex))


def _elided(word: str) -> str:
    """The elided article a word opens with ("l'agenzia" -> "l'"), else ""."""
    head, apostrophe, _ = word.replace("’", "'").partition("'")
    return head + apostrophe if apostrophe and 0 < len(head) <= 3 else ""


def _without_ending(source: str, lex: Lexicon) -> str:
    """A source without the case ending a hyphen ties to it ("a BBC-re" -> "a BBC")."""
    head, _, ending = source.rpartition("-")
    return head if head and ending in lex.case_endings else source


def _stop(tok: Token, lex: Lexicon) -> bool:
    return (tok.is_punct and not _tied(tok) or tok.lower_ in lex.clause_words or tok.lower_ in lex.reporting
            or tok.lower_ in lex.denying or any(tok.lower_ == m[-1] for m in lex.according_after + lex.citing_after))


def _tied(tok: Token) -> bool:
    """A hyphen with no space on either side, inside one word: "Baden-Württemberg", "BBC-re"."""
    doc = tok.doc
    return tok.text == "-" and 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_


def _text(words: list[Token]) -> str:
    """The words as written, one space between them, none where the text has none ("BBC-re")."""
    return "".join(t.text + (" " if t.whitespace_ and k + 1 < len(words) else "") for k, t in enumerate(words))


def _words_after(tokens: list[Token], i: int, lex: Lexicon, limit: int = 8) -> str:
    """The noun phrase that starts at token i: up to punctuation or a clause word (German: its last noun)."""
    words: list[Token] = []
    noun = False
    while i < len(tokens) and tokens[i].lower_ in lex.auxiliaries:
        i += 1  # "– mondta el Peszkov": a particle between the verb and its speaker
    names = i < len(tokens) and tokens[i].text[:1].isupper()
    for t in tokens[i: i + limit]:
        if _stop(t, lex):
            break
        capital = t.text[:1].isupper()
        if lex.capitalized_nouns and noun and not capital and t.lower_ not in lex.articles and t.lower_ != "von":
            break
        if lex.head_final and words and (t.lower_ in lex.articles or names and not (capital or _tied(t) or _tied(
                words[-1]))):
            break  # Hungarian: "mondta Kovács Péter a rádiónak", "közölte a rendőrség a sajtóval"
        noun = noun or capital
        words.append(t)
    return _text(words)


def _words_before(tokens: list[Token], i: int, lex: Lexicon, limit: int = 6) -> str:
    """The noun phrase that ends before token i (a verb or "zufolge"), back to punctuation or a clause word."""
    j = i
    while j > 0 and tokens[j - 1].lower_ in lex.negations | lex.pronouns | lex.auxiliaries:
        j -= 1  # "no dijo", "se lo dijo", "han informado": not part of the subject
    if lex.head_final:
        return _head_final_before(tokens, j, lex, limit)
    if j > 1 and tokens[j - 1].text == ",":  # "Sarkozy, de 71 años, anunció": past an aside with a figure
        opening = next((p for p in range(j - 2, max(-1, j - 8), -1) if tokens[p].text == ","), None)
        if opening is not None and any(t.like_num for t in tokens[opening + 1: j - 1]):
            j = opening
    words: list[Token] = []
    for k in range(j - 1, max(-1, j - 1 - limit), -1):
        t = tokens[k]
        if _stop(t, lex):
            break
        if lex.capitalized_nouns and words and not t.text[:1].isupper() and t.lower_ not in lex.articles and not any(
                x.lower_ in lex.articles for x in tokens[max(0, k - 2): k]):
            break  # German: a lowercase word belongs to the phrase only between an article and its noun
        words.insert(0, t)
    return _text(words)


def _head_final_before(tokens: list[Token], j: int, lex: Lexicon, limit: int) -> str:
    """Hungarian: the noun phrase ending before token j starts at its article ("az orosz hatóságok"), or is
    the run of capitalized names ending there ("Dmitrij Peszkov"); a trailing source noun is dropped
    ("az FSZB tájékoztatása szerint" -> "az FSZB"), and "a hírek szerint" names no one."""
    words: list[Token] = []
    names = j > 0 and tokens[j - 1].text[:1].isupper()
    for k in range(j - 1, max(-1, j - 1 - limit), -1):
        t = tokens[k]
        if _stop(t, lex) or t.lower_ in lex.pronouns:
            break
        if t.lower_ in lex.articles:
            words.insert(0, t)
            break
        if names and not (t.text[:1].isupper() or _tied(t) or k + 1 < j and _tied(tokens[k + 1])):
            break
        words.insert(0, t)
    if words and words[-1].lower_ in lex.source_nouns:
        words.pop()
    return "" if all(t.lower_ in lex.articles for t in words) else _text(words)


def modality(sentence: Span, clause: Span, clause_head: Token, cited: bool, lex: Lexicon = EN,
             surface: bool = False) -> str:
    """asserted, reported, hedged, denied or questioned, from words that scope over the clause."""
    text = clause.text.lower()
    if _denied(sentence, clause, clause_head, lex, surface):
        return "denied"
    if (any(_has(t, lex.questioning) and (surface or t.pos_ == "VERB") for t in (clause if surface else sentence))
            or _in_text(text, lex.questioning) or clause.text.rstrip().endswith("?")):
        return "questioned"
    if _hedged(sentence, clause, lex, surface) or any(p in text for p in lex.hedge_phrases):
        return "hedged"
    return "reported" if cited else "asserted"


def _denied(sentence: Span, clause: Span, clause_head: Token, lex: Lexicon, surface: bool) -> bool:
    """A denying verb ("deny", "démentir", "negó") scopes over the clause."""
    if surface:
        return any(_has(t, lex.denying) for t in clause)
    return any(_has(t, lex.denying) and (t == sentence.root or t == clause_head or t in clause_head.ancestors)
               for t in sentence)


def _hedged(sentence: Span, clause: Span, lex: Lexicon, surface: bool) -> bool:
    """A hedge word, a modal, the conditional mood, or "not (yet) confirmed" in or over the clause."""
    # "the alleged perpetrators", "four suspected gunmen": an adjective hedges who they are, not the claim
    if any(_has(t, lex.hedges) and (surface or dep(t) != "amod") for t in clause) or _in_text(
            clause.text.lower(), lex.hedges):
        return True
    if any(_has(t, lex.modal_hedges) and (not lex.modal_tag or t.tag_ == lex.modal_tag) for t in clause):
        return True
    if lex.conditional_hedges and not surface and any(conditional(t) for t in clause if t.pos_ in ("VERB", "AUX")):
        return True
    tokens = list(sentence)
    return any(_has(t, lex.unconfirmed) and (
        negated(t) if not surface else any(x.lower_ in lex.negations for x in tokens[max(0, k - 3): k]))
        for k, t in enumerate(tokens))
