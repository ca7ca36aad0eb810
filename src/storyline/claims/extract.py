"""Claims stage: atomic statements from clauses, with evidence offsets, attribution and typed values.

A sentence is split into clauses at coordinated verbs (with their own subject, or sharing their first verb's:
"was moving at 8 knots and lost power") and at contrastive adverbial clauses ("..., while the pilot
escaped"); reported speech stays one claim whose attribution names the speaker. Sentences without a finite
verb (headings, captions, datelines) state no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.claims import attribution
from storyline.claims.lexicon import Lexicon, for_language
from storyline.claims.lexicon.en import EN
from storyline.claims.syntax import (
    chunk_of,
    dep,
    fronted_clause,
    negated,
    phrase_start,
    prep_object,
    relative_pronoun,
)
from storyline.claims.values import as_magnitude, as_missing, as_money_kind, as_rounded, numbers_in, term_of
from storyline.models import Annotation, Claim, Document, Value

if TYPE_CHECKING:  # spaCy is only needed where a parse is at hand
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MIN_TOKENS = 4
ENDS = (".", "!", "?", "…", '"', "»", "”")


def _has(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _has_subject(tok: Token) -> bool:
    return any(dep(c) in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)


def clause_heads(sentence: Span, lex: Lexicon = EN) -> list[Token]:
    """Verbs that head an independent statement in the sentence, root first: coordinated verbs with a subject
    of their own, contrastive adverbial clauses, and verbs that share the subject of the verb they are
    coordinated with ("the ship was moving at 8 knots and lost power moments before the crash")."""
    root = sentence.root
    heads = [root]
    for t in sentence:
        if t == root or t.pos_ not in ("VERB", "AUX"):
            continue
        own = t.head in heads and _has_subject(t) and (dep(t) == "conj" or dep(t) == "advcl" and any(
            dep(c) == "mark" and c.lower_ in lex.split_marks for c in t.children))
        if own or _shared_subject_conjunct(t, lex):
            if t.head not in heads and dep(t.head) == "ccomp" and t.head.head == root:
                heads.append(t.head)  # "The fire burned 12,000 acres and forced ..., officials said": both
            heads.append(t)
    if len(heads) > 2 and _has(root, lex.reporting) and any(h.head == root and dep(h) == "ccomp" for h in heads):
        heads.remove(root)  # what is left of the sentence is its source ("..., officials said"), no statement
    return heads


def _shared_subject_conjunct(t: Token, lex: Lexicon) -> bool:
    """A verb coordinated with one that has a named (not relative) subject, with none of its own and enough
    words to state something alone: "... and lost power moments before hitting the bridge". A reporting
    verb so parsed is the source of the clause, not a second statement ("..., a indiqué la gendarmerie")."""
    if dep(t) != "conj" or t.pos_ != "VERB" or _has_subject(t) or t.head.pos_ not in ("VERB", "AUX"):
        return False
    if {t.lemma_.lower(), t.lower_} & (lex.reporting | lex.denying):
        return False
    subj = _subject_token(t.head)
    words = [x for x in t.subtree if not (x.is_punct or x.is_space)]
    return subj is not None and not _relative(subj, lex) and len(words) >= MIN_TOKENS


def clause_span(sentence: Span, head: Token, others: list[Token], split_marks: frozenset[str] = EN.split_marks) -> Span:
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
    while toks and (toks[0].is_punct or toks[0].is_space or dep(toks[0]) in ("cc", "mark")
                    or toks[0].lower_ in split_marks):
        toks = toks[1:]
    while toks and (toks[-1].is_space or toks[-1].is_punct and toks[-1].text not in ('"', "”", "’", "»", ".", "!", "?")
                    or dep(toks[-1]) == "cc"):
        toks = toks[:-1]
    if not toks:
        return sentence
    return sentence.doc[toks[0].i: toks[-1].i + 1]


def relative_heads(sentence: Span, lex: Lexicon = EN) -> list[Token]:
    """Verbs of relative clauses ("the pilot, who served in the 319th regiment"): statements of their own."""
    return [t for t in sentence if dep(t) == "relcl" and t.pos_ in ("VERB", "AUX")
            and any(dep(c) in ("nsubj", "nsubjpass") and _relative(c, lex) for c in t.children)]


def nested_heads(sentence: Span, heads: list[Token], lex: Lexicon = EN) -> list[Token]:
    """Verbs of adverbial clauses with a named subject of their own ("The hearing came as Russia observed a
    day of mourning"): a second statement the sentence makes. A pronoun subject ("as they fled") leaves
    the clause to its sentence: read alone it says nothing about whom."""
    return [t for t in sentence if dep(t) == "advcl" and t not in heads and t.pos_ in ("VERB", "AUX")
            and any(dep(c) == "mark" and c.lower_ in lex.nested_marks for c in t.children)
            and any(dep(c) in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in t.children)]


def nested_span(head: Token, marks: frozenset[str] = EN.nested_marks) -> Span:
    """The adverbial clause without its mark: "Russia observed a national day of mourning ..."."""
    toks = [t for t in head.subtree if not (dep(t) == "mark" and t.head == head)]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].lower_ in marks):
        toks.pop(0)
    return head.doc[toks[0].i: toks[-1].i + 1]


def _relative(tok: Token, lex: Lexicon) -> bool:
    return relative_pronoun(tok) or tok.lemma_.lower() in lex.relatives


def relative_span(head: Token) -> Span:
    """The antecedent's noun phrase and its relative clause: "The 28-year-old pilot, who served in ..."."""
    doc = head.doc
    antecedent = head.head
    chunk = chunk_of(antecedent)
    start = chunk.start if chunk is not None else antecedent.i
    end = max(t.i for t in head.subtree) + 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _content_head(head: Token, lex: Lexicon) -> Token:
    """For reported speech ("X said Y", "Y, a indiqué X"), the verb of what was said; otherwise the head itself."""
    if head.lemma_ in lex.reporting or head.lemma_ in lex.denying:
        fronted = fronted_clause(head) if lex.inverted_speech else None
        comp = next((c for c in head.children if dep(c) in ("ccomp", "xcomp") or c == fronted), None)
        if comp is not None:
            return comp
    return head


def _subject_token(head: Token) -> Token | None:
    """The subject of a verb, or for a conjunct without one ("... and lost power"), that of its first verb."""
    while True:
        subj = next((c for c in head.children if dep(c) in ("nsubj", "nsubjpass")), None)
        if subj is not None or dep(head) != "conj" or head.head == head or head.head.pos_ not in ("VERB", "AUX"):
            return subj
        head = head.head


def _subject(head: Token, lex: Lexicon) -> str:
    subj = _subject_token(head)
    if subj is not None and _relative(subj, lex) and dep(subj.head) == "relcl":
        subj = subj.head.head  # "the pilot, who ...": the antecedent is the subject
    if subj is None:
        return ""
    chunk = chunk_of(subj)
    if chunk is None:
        return subj.text.strip()
    return head.doc[phrase_start(subj): chunk.end].text.strip()


def _predicate(head: Token) -> str:
    prt = " ".join(c.lower_ for c in head.children if dep(c) == "prt")
    return " ".join(w for w in ("not" if negated(head) else "", head.lemma_.lower(), prt) if w)


def extract_claims(doc: Document, annotation: Annotation, outlet: str,
                   entity_types: dict[str, str] | None = None) -> list[Claim]:
    """All claims in one annotated document; `outlet` opens every attribution chain.

    `entity_types` maps resolved entity ids to their type, which overrides a mention's noisy NER label
    when a value's kind (place, person, org) is decided. A language parsed by a model of another language
    (Spanish through English) is read from its words: one claim per sentence, sources around markers.
    """
    parsed = annotation.parse
    if parsed is None:
        raise ValueError(f"document {doc.id} has no parse: annotate it first")
    lex = for_language(doc.language)
    # read from the words when the parse is of another language than the lexicon's or the document's own
    # (a Ukrainian or Polish article parsed by the English model: its tags and clauses are noise)
    surface = parsed.lang_ != lex.code or (bool(doc.language) and doc.language != parsed.lang_)
    claims: list[Claim] = []
    for si, sentence in _sentences(parsed):
        if len(sentence) < MIN_TOKENS or not _states(sentence, surface):
            continue
        credit = _credit(doc.text, sentence.start_char, sentence.end_char)  # a line break ends a sentence
        for head, span in _clauses(sentence, lex, surface):
            if len([t for t in span if not t.is_punct]) < MIN_TOKENS - 1:
                continue
            content = _content_head(head, lex)
            cited = attribution.chain(sentence, head, lex, surface)
            cited = [credit, *(s for s in cited if s != credit)] if credit else cited
            claims.append(Claim(
                id=f"{doc.id}:c{len(claims)}",
                doc=doc.id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                subject="" if surface else _subject(content, lex) or _subject(head, lex),
                predicate="" if surface else _predicate(content),  # the other language's parse: unknown
                values=sorted(_values(span, annotation, entity_types or {}, lex, surface, doc.text)
                              + _relative_times(span, content, lex), key=lambda v: (v.start, v.kind)),
                entities=_entities(span, annotation),
                attribution=[outlet, *cited],
                modality=attribution.modality(sentence, span, head, bool(cited), lex, surface),  # type: ignore[arg-type]
                sentence=si,
            ))
    return claims


CAPTION_MAX = 400  # characters: a longer line ending in a credit is prose with a photo credit glued on


def _credit(text: str, start: int, end: int) -> str:
    """The source credited at the end of the line holding a sentence, when that line is a caption. The
    sentence's own trailing line breaks are not its line: the caption after a paragraph credits no one in it."""
    end = start + len(text[start:end].rstrip())
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1: len(text) if line_end < 0 else line_end]
    return attribution.caption_credit(line) if len(line) <= CAPTION_MAX else ""


def _sentences(parsed: Doc) -> Iterator[tuple[int, Span]]:
    """(index, sentence) of the parse. Parse sentences that do not end like one are joined up to one that
    does, or to a line break: a parse of another language splits anywhere ("Según las autoridades, al
    menos" | "143 personas murieron."), and a language's own may split a verb from its object ("L'ancien
    ministre a toujours nié" | "avoir reçu de l'argent.", which alone would read as asserted)."""
    sents = list(parsed.sents)
    first = 0
    for i, sent in enumerate(sents):
        if i + 1 == len(sents) or _strip(sent).text.endswith(ENDS) or "\n" in sent[-1].text + sent[-1].whitespace_:
            yield first, parsed[sents[first].start: sent.end]
            first = i + 1


def _states(sentence: Span, surface: bool) -> bool:
    """The sentence can state a claim: it has a verb (or, read without a parse, ends like a sentence)."""
    if any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return True
    return surface and _strip(sentence).text.endswith(ENDS)


def _clauses(sentence: Span, lex: Lexicon, surface: bool) -> list[tuple[Token, Span]]:
    """(head, span) of each claim in a sentence: its clauses and relative clauses; the whole sentence when
    the parse is of another language and its clause structure cannot be trusted."""
    if surface:
        return [(sentence.root, _strip(sentence))]
    heads = clause_heads(sentence, lex)
    clauses = [(h, clause_span(sentence, h, heads, lex.split_marks) if len(heads) > 1 else _strip(sentence))
               for h in heads]
    return (clauses + [(h, relative_span(h)) for h in relative_heads(sentence, lex)]
            + [(h, nested_span(h, lex.nested_marks)) for h in nested_heads(sentence, heads, lex)])


def _strip(sentence: Span) -> Span:
    toks = list(sentence)
    while toks and toks[-1].is_space:
        toks.pop()
    while toks and toks[0].is_space:
        toks.pop(0)
    return sentence.doc[toks[0].i: toks[-1].i + 1] if toks else sentence


def _values(span: Span, annotation: Annotation, entity_types: dict[str, str], lex: Lexicon,
            surface: bool, text: str) -> list[Value]:
    """Typed values of a clause; `text` is the document's (a parse rebuilds its text on every read)."""
    dates = [t for t in annotation.timexes if span.start_char <= t.start and t.end <= span.end_char]
    values = [_read_figure(v, text, lex, surface)
              for v in numbers_in(span, lex, surface, taken=[(t.start, t.end) for t in dates])]
    values += [v for t in dates if (v := term_of(t, text, span.start_char, span.end_char)) is not None]
    for t in dates:
        if t.type in ("DATE", "TIME"):
            # read by its words (another language's parse), no verb is known: "martes" is no verb "marte"
            verb = "" if surface else _happening_verb(span, t.start, lex, t.end)
            values.append(Value(kind="date", text=t.text, start=t.start, end=t.end, normalized=t.value,
                                unit=t.precision, measure=verb))
    for m in annotation.mentions:
        if span.start_char <= m.start and m.end <= span.end_char and m.entity:
            label = entity_types.get(m.entity, m.label).upper()
            kind = "place" if label in PLACE_LABELS else "person" if label == "PERSON" else (
                "org" if label == "ORG" else None)
            if kind:
                values.append(Value(kind=kind, text=m.text, start=m.start, end=m.end, normalized=m.entity,
                                    measure=_locative_verb(span, m.start) if kind == "place" else ""))
    return sorted(values, key=lambda v: (v.start, v.kind))


_HEDGE_WORDS = re.compile(r"(?:\s+(?:at least|more than|over|about|around|nearly|almost|some|roughly))*\s*$")


def _read_figure(v: Value, text: str, lex: Lexicon, surface: bool) -> Value:
    """A figure with what the words around it add: a quake's magnitude, the kind of a sum (a fine...), a count
    of the missing, an update of an earlier figure."""
    v = as_missing(as_money_kind(as_magnitude(as_rounded(v), text), text), text, surface)
    return _as_update(v, text, lex)


def _as_update(v: Value, text: str, lex: Lexicon) -> Value:
    """The figure, marked as an update when the words around it say so: "the toll rose to at least 93",
    "137, up from 60". Looked for within the figure's own sentence."""
    if v.kind != "number":
        return v
    before = _HEDGE_WORDS.sub("", text[max(0, v.start - 40): v.start].lower())
    after = text[v.end: v.end + 30].lower()
    after = after[: min((after.find(p) for p in ".;\n" if p in after), default=len(after))]
    cue_before = any(before.endswith(cue) for cue in lex.update_cues)
    cue_after = any(re.match(rf"^[\w\s%,\-]{{0,20}}?\b{re.escape(cue)}\b", after) for cue in lex.update_after)
    return replace(v, update=True) if cue_before or cue_after else v


def _happening_verb(span: Span, char: int, lex: Lexicon, end: int | None = None) -> str:
    """The verb a date says when of ("killed on May 2" -> kill); empty for bounds ("held until May 22"),
    and in English for a date that dates a noun ("convicted of the June 20, 2005 attempted murder")."""
    before = [t for t in span if t.idx + len(t.text) <= char]
    if any(t.lower_ in lex.bounds for t in before[-3:]):  # "until May 22", "until at least May 22"
        return ""
    return _governing_verb(span, char, lex, end if lex.code == "en" else None)


LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "on", "off", "en", "à", "dans", "près", "в", "на"})


def _locative_verb(span: Span, char: int) -> str:
    """The verb a place says where of ("was shot dead in Alicante" -> shoot); empty otherwise."""
    tok = next((t for t in span if t.idx <= char < t.idx + len(t.text)), None)
    if tok is None:
        return ""
    while tok.head != tok and dep(tok) == "compound":
        tok = tok.head
    prep = tok.head if dep(tok) == "pobj" else next((c for c in tok.children if dep(c) == "case"), None)
    if prep is None or prep.lower_ not in LOCATIVE:
        return ""
    verb = prep.head if dep(tok) == "pobj" else tok.head
    return verb.lemma_.lower() if verb.pos_ == "VERB" else ""


def _event_noun(tok: Token) -> str:
    """One key for a happening named by a noun or a gerund: "the landing" and "landing" -> land."""
    word = tok.lower_
    return word[:-3] if word.endswith("ing") and len(word) > 5 else tok.lemma_.lower()


def _relative_times(span: Span, head: Token, lex: Lexicon) -> list[Value]:
    """When a happening took place relative to another: "killed during the landing" -> during:landing."""
    out = []
    for t in span:
        relation = lex.temporal_preps.get(t.lower_)
        if relation is None or t.dep_ == "fixed" or not (t.head == head or t.head in head.subtree):
            continue
        obj = prep_object(t)
        if obj is not None and obj.i > t.i and obj.pos_ in ("NOUN", "VERB"):
            end = max(x.i for x in obj.subtree) + 1
            out.append(Value(kind="other", text=span.doc[t.i: end].text, start=t.idx,
                             end=span.doc[end - 1].idx + len(span.doc[end - 1].text),
                             normalized=f"{relation}:{_event_noun(obj)}", measure=head.lemma_.lower()))
    return out


# Nouns a time expression may hang from and still date the verb above them ("in the early hours of Saturday").
TIME_NOUNS = frozenset({"hour", "morning", "night", "evening", "afternoon", "day", "week", "weekend", "dawn",
                        "time", "midnight", "noon", "moment", "month", "year", "period", "beginning", "end",
                        "start", "middle", "date", "early", "late"})


def _governing_verb(span: Span, char: int, lex: Lexicon, end: int | None = None) -> str:
    """The lemma of the verb a time expression modifies: "was killed on February 13" -> "kill".

    With `end` (where the expression ends), a noun met on the way up outside the expression and not itself
    a time word is what the expression dates ("the March 11, 2005, incident"): no verb then."""
    tok = next((t for t in span if t.idx <= char < t.idx + len(t.text) + 1), None)
    while tok is not None:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_ not in lex.light_verbs:
            return tok.lemma_.lower()
        if (end is not None and tok.pos_ == "NOUN" and not char <= tok.idx < end
                and tok.lemma_.lower() not in TIME_NOUNS):
            return ""
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
