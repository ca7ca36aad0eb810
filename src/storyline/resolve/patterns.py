"""Rule-based mention finder run on the spaCy parse: what the small NER model misses.

- equipment designations: letters-hyphen-digits (Mi-8, MI-8, Su-25, F-16, AK-47) -> PRODUCT
- military units: ordinal + optional modifiers + unit noun ("319th separate helicopter regiment") -> ORG
- capitalized names ending in (or led by "X of") an institution noun ("Ukrainian Military Intelligence",
  "Port of Baltimore", "Basmanny District Court") -> ORG or FAC
- apposition pairs "X (Y)": the two names in a parenthetical apposition, to be linked by the resolver

Hand-written (not spaCy's EntityRuler) because the spans need the tokens' capitalization and the
existing mentions' offsets, and the output is plain `Mention` records appended to an `Annotation`.
"""

from __future__ import annotations

import re

from storyline.models import Annotation, Mention

DESIGNATION = re.compile(r"\b[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Za-z]{0,3}\b")
UNIT_NOUNS = (
    "regiment|brigade|division|battalion|squadron|corps|army|fleet|flotilla|wing|company|detachment|platoon"
)
UNIT = re.compile(
    rf"\b\d+(?:st|nd|rd|th)(?:\s+(?:[A-Za-z][\w-]*|\w+-\w+)){{0,4}}?\s+(?:{UNIT_NOUNS})\b", re.IGNORECASE
)
ORG_HEADS = frozenset(
    [
        "intelligence",
        "directorate",
        "agency",
        "service",
        "services",
        "ministry",
        "committee",
        "court",
        "police",
        "guard",
        "department",
        "office",
        "council",
        "commission",
        "authority",
        "bureau",
        "administration",
        "forces",
        "army",
        "navy",
        "corps",
        "party",
        "union",
        "federation",
        "association",
        "institute",
        "university",
        "organization",
        "organisation",
        "company",
        "corporation",
        "group",
    ]
)
FAC_HEADS = frozenset(
    [
        "bridge",
        "hall",
        "airport",
        "station",
        "port",
        "harbor",
        "harbour",
        "stadium",
        "tower",
        "centre",
        "center",
        "palace",
    ]
)
CONNECTORS = frozenset({"of", "for", "and", "de", "del", "la", "the"})
# Capitalized words that open a sentence or caption but start no name.
_NOT_NAME_START = frozenset(
    {"The", "A", "An", "This", "That", "In", "On", "At", "By", "For", "According", "Both"}
)
APPOSITION = re.compile(r"\s*\(([^()]{2,60})\)")


def _capitalized(tok) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha or (tok.text.isupper() and len(tok.text) > 1)


def _name_spans(parsed) -> list[tuple[int, int, str]]:
    """Maximal runs of capitalized tokens (connectors inside) that hold an institution or facility noun."""
    out = []
    i, n = 0, len(parsed)
    while i < n:
        if not _capitalized(parsed[i]) or parsed[i].text in _NOT_NAME_START:
            i += 1
            continue
        j = i + 1
        while j < n and (
            _capitalized(parsed[j])
            or (parsed[j].lower_ in CONNECTORS and j + 1 < n and _capitalized(parsed[j + 1]))
        ):
            j += 1
        words = [t.lower_ for t in parsed[i:j]]
        heads = [w for w in words if w in ORG_HEADS or w in FAC_HEADS]
        if j - i >= 2 and heads:
            label = "FAC" if heads[-1] in FAC_HEADS else "ORG"
            out.append((parsed[i].idx, parsed[j - 1].idx + len(parsed[j - 1]), label))
        i = j
    return out


def extra_spans(text: str, parsed) -> list[tuple[int, int, str]]:
    """(start, end, label) spans for designations, units and institution names found by the rules."""
    spans = [(m.start(), m.end(), "PRODUCT") for m in DESIGNATION.finditer(text)]
    spans += [(m.start(), m.end(), "ORG") for m in UNIT.finditer(text)]
    if parsed is not None:
        spans += _name_spans(parsed)
    return spans


def add_pattern_mentions(annotation: Annotation, text: str) -> None:
    """Append rule-found mentions (ids `{doc}:p{n}`) not already covered exactly; drop NER fragments inside them."""
    parsed = annotation.parse
    existing = {(m.start, m.end) for m in annotation.mentions}
    added = []
    for start, end, label in extra_spans(text, parsed):
        if (start, end) in existing:
            continue
        existing.add((start, end))
        added.append(
            Mention(
                f"{annotation.doc}:p{len(added)}",
                annotation.doc,
                start,
                end,
                text[start:end],
                label,
                _sentence_of(annotation, start),
            )
        )
    if not added:
        return
    inside = {
        m.id
        for m in annotation.mentions
        for a in added
        if a.start <= m.start
        and m.end <= a.end
        and (m.start, m.end) != (a.start, a.end)
        and m.label in {"ORG", "PERSON", "PRODUCT", "FAC"}
    }
    annotation.mentions = sorted(
        [m for m in annotation.mentions if m.id not in inside] + added, key=lambda m: (m.start, -m.end)
    )


def appositions(annotation: Annotation, text: str) -> list[tuple[Mention, str]]:
    """Each mention directly followed by a parenthetical "(Y)", with Y's text: "GUR (General ... Directorate)"."""
    out = []
    for m in annotation.mentions:
        hit = APPOSITION.match(text, m.end)
        if hit:
            out.append((m, hit.group(1).strip()))
    return out


def _sentence_of(annotation: Annotation, start: int) -> int:
    for i, s in enumerate(annotation.sentences):
        if s.start <= start < s.end:
            return i
    return 0
