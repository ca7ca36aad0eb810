"""Attribution chains and modality, read from the dependency parse.

"According to RT, citing sources close to the pilot's family, ..." gives the chain
[outlet, "RT", "sources close to the pilot's family"]; "reportedly" makes a claim hedged, "denied" makes
it denied. Hand-written over spaCy's parse: no maintained library extracts attribution chains.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is only needed where a parse is at hand
    from spacy.tokens import Span, Token


REPORTING = frozenset({
    "say", "tell", "report", "claim", "announce", "state", "write", "confirm", "reveal", "add", "note",
    "allege", "insist", "deny", "accuse", "assert", "argue", "suggest", "explain", "declare", "warn",
    "indicate", "acknowledge", "admit", "maintain", "believe", "estimate", "quote", "cite", "show",
})
DENYING = frozenset({"deny", "reject", "refute", "dismiss", "rebut", "contradict"})
QUESTIONING = frozenset({"question", "doubt", "dispute", "challenge"})
HEDGES = frozenset({
    "reportedly", "allegedly", "possibly", "apparently", "purportedly", "supposedly", "presumably",
    "perhaps", "maybe", "likely", "unconfirmed", "rumored", "rumoured", "suspected", "alleged", "probably",
})
MODAL_HEDGES = frozenset({"may", "might", "could"})
UNCONFIRMED = frozenset({"confirm", "verify", "corroborate"})


def _phrase(tok: Token, limit: int = 12) -> str:
    """The noun phrase a token heads, without relative clauses or appositions, kept short."""
    chunk = next((nc for nc in tok.doc.noun_chunks if nc.root == tok), None)
    left = chunk.start if chunk is not None else tok.i
    right = tok.i
    for c in tok.rights:  # keep "of ..." / "close to ..." complements, drop clauses and appositions
        if c.dep_ in ("prep", "amod", "compound", "nummod"):
            right = max(right, max(t.i for t in c.subtree))
        elif c.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "advcl"):
            break
    words = tok.doc[left: right + 1].text.split()
    return " ".join(words[:limit]).strip(" ,;:\u2013\u2014-")


def _citing(tok: Token) -> list[str]:
    """Sources cited by "citing X" / "quoting X" attached anywhere under a token."""
    found = []
    for t in tok.subtree:
        if t.lemma_ in ("cite", "quote") and t.tag_ == "VBG":
            obj = next((c for c in t.children if c.dep_ in ("dobj", "obj", "pobj", "attr")), None)
            if obj is not None:
                found.append(_phrase(obj))
    return found


def chain(sentence: Span, clause_head: Token) -> list[str]:
    """Cited sources for a clause, outermost first (the outlet is prepended by the caller)."""
    sources: list[str] = []
    # "according to X"
    for t in sentence:
        if t.lower_ == "according" and t.i + 1 < len(sentence.doc) and sentence.doc[t.i + 1].lower_ == "to":
            to = sentence.doc[t.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is not None:
                sources.append(_phrase(obj))
    # "X said (that) ...": the reporting verb governing this clause, or the sentence root
    governor = clause_head
    while governor.dep_ in ("ccomp", "xcomp", "conj", "parataxis") and governor.head != governor:
        if governor.head.lemma_ in REPORTING | DENYING:
            governor = governor.head
            break
        governor = governor.head
    for verb in dict.fromkeys([governor, sentence.root]):
        if verb.lemma_ in REPORTING | DENYING:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if subj is None and agent is not None:  # passive: "confirmed by the head of the GUR"
                subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if subj is not None and subj.pos_ != "PRON":
                phrase = _phrase(subj)
                if phrase not in sources:
                    sources.append(phrase)
    for cited in _citing(sentence.root):
        if cited not in sources:
            sources.append(cited)
    return sources


def modality(sentence: Span, clause: Span, clause_head: Token, cited: bool) -> str:
    """asserted, reported, hedged, denied or questioned, from words that scope over the clause."""
    lemmas = {t.lemma_.lower() for t in sentence}
    words = {t.lower_ for t in clause}
    if lemmas & DENYING and any(t.lemma_ in DENYING and (t == sentence.root or t == clause_head or t in clause_head.ancestors) for t in sentence):
        return "denied"
    if any(t.lemma_ in QUESTIONING and t.pos_ == "VERB" for t in sentence) or clause.text.rstrip().endswith("?"):
        return "questioned"
    negated_confirm = any(
        t.lemma_ in UNCONFIRMED and any(c.dep_ == "neg" for c in t.children) for t in sentence
    )
    if words & HEDGES or negated_confirm or any(t.lower_ in MODAL_HEDGES and t.tag_ == "MD" for t in clause):
        return "hedged"
    if "said to" in clause.text.lower() or "believed to" in clause.text.lower():
        return "hedged"
    return "reported" if cited else "asserted"
