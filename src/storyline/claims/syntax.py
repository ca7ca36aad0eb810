"""One reading of dependency labels for both schemes the parsers give: spaCy English (ClearNLP) and
Universal Dependencies (French spaCy, natasha's Russian).

The claims code is written once, in ClearNLP names; `dep` maps a UD label onto them. Where the schemes
differ in shape, not only in name (a preposition heads its object in ClearNLP, hangs under it in UD),
`prep_object` hides the difference.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is only needed where a parse is at hand
    from spacy.tokens import Span, Token

UD_TO_CLEAR = {
    "nsubj:pass": "nsubjpass", "csubj:pass": "csubjpass", "obj": "dobj", "iobj": "dative",
    "acl:relcl": "relcl", "compound:prt": "prt", "obl:agent": "agent", "expl:pass": "expl",
    "expl:subj": "expl", "expl:impers": "expl", "nmod:poss": "poss", "root": "ROOT",
    "nmod": "prep", "flat": "compound", "flat:name": "compound", "flat:foreign": "compound",
}


def dep(tok: Token) -> str:
    """The token's dependency label in ClearNLP terms, whichever scheme parsed it (spaCy's English models
    use ClearNLP; a UD `nmod` is a ClearNLP `prep` with its object folded in)."""
    label = tok.dep_
    return label if tok.lang_ == "en" else UD_TO_CLEAR.get(label, label)


_CHUNKS = "storyline.noun_chunks"


def chunk_of(tok: Token) -> Span | None:
    """The noun chunk the token is the root of. spaCy recomputes `doc.noun_chunks` on every read, so the
    chunks of a parse are found once and kept in its `user_data`."""
    doc = tok.doc
    chunks = doc.user_data.get(_CHUNKS)
    if chunks is None:
        chunks = doc.user_data[_CHUNKS] = {nc.root.i: (nc.start, nc.end) for nc in doc.noun_chunks}
    found = chunks.get(tok.i)
    return doc[found[0]: found[1]] if found is not None else None


def phrase_start(tok: Token) -> int:
    """Where the noun phrase a token heads begins: its noun chunk, less a leading UD case marker or fixed
    expression that the UD chunker keeps ("d'après l'agence", "по меньшей мере 143 человека")."""
    chunk = chunk_of(tok)
    left = chunk.start if chunk is not None else tok.i
    while left < tok.i and tok.doc[left].dep_ in ("case", "fixed"):
        left += 1
    return left


def negated(tok: Token) -> bool:
    """A verb carries a negation: ClearNLP `neg`, or a UD child marked Polarity=Neg ("ne ... pas", "не")."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and "Neg" in c.morph.get("Polarity") for c in tok.children)


def relative_pronoun(tok: Token) -> bool:
    """who/which/that (PTB WP/WDT), or a UD relative pronoun ("qui", "который")."""
    return tok.tag_ in ("WP", "WDT") or "Rel" in tok.morph.get("PronType")


def prep_object(prep: Token) -> Token | None:
    """The noun a preposition introduces: its `pobj` child (ClearNLP) or, in UD, the word it is the case of."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is not None:
        return obj
    while prep.dep_ == "fixed" and prep.head != prep:  # "d'après", "по меньшей мере": the first word is the case
        prep = prep.head
    return prep.head if prep.dep_ == "case" and prep.head != prep else None


def agent_of(verb: Token) -> Token | None:
    """The agent of a passive verb: "confirmed by X" (ClearNLP agent -> pobj) or UD obl:agent ("par X")."""
    agent = next((c for c in verb.children if dep(c) == "agent"), None)
    if agent is None:
        return None
    if agent.dep_ == "agent":
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return agent


def conditional(tok: Token) -> bool:
    """The verb or one of its auxiliaries is in the conditional mood ("aurait été tué"): hearsay in French."""
    return any("Cnd" in t.morph.get("Mood") for t in (tok, *tok.children) if t.pos_ in ("VERB", "AUX"))


def fronted_clause(verb: Token) -> Token | None:
    """The clause a reporting verb follows ("Quelque 80 pompiers ont lutté ..., a indiqué le service": the
    French model makes the statement a clause of the verb that reports it)."""
    return next((c for c in verb.children if dep(c) in ("advcl", "ccomp") and c.i < verb.i), None)
