"""Rule-based mention finder run on the spaCy parse: what the small NER model misses.

- equipment designations: letters-hyphen-digits (Mi-8, MI-8, Su-25, F-16, AK-47) -> PRODUCT
- military units: ordinal + optional modifiers + unit noun ("319th separate helicopter regiment") -> ORG
- capitalized names holding an institution or facility noun ("Ukrainian Military Intelligence",
  "Port of Baltimore", "Basmanny District Court") -> ORG or FAC, also with up to two lowercase words
  before a facility/event noun ("Crocus City concert hall" -> FAC, "Beslan school siege" -> EVENT)
- a country's intelligence body described in lowercase ("Ukraine's military intelligence") -> ORG
- all-capital acronyms NER missed (GUR, IS, MDOT) -> ORG
- a capitalized name in parentheses right after a mention ("GUR (General Intelligence Directorate)"),
  and the apposition pairs "X (Y)" the resolver links

Hand-written (not spaCy's EntityRuler) because the spans need the tokens' capitalization and the
existing mentions' offsets, and the output is plain `Mention` records appended to an `Annotation`.
"""

from __future__ import annotations

import re

from storyline.models import Annotation, Mention
from storyline.resolve.names import name_key
from storyline.resolve.places import country_of_name

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
# The same head nouns in the Romance languages, where they open the name ("Servicio Geológico de ...").
ORG_LEAD_HEADS = frozenset(
    ["servicio", "servizio", "servico", "service", "instituto", "institut", "istituto", "ministerio", "ministere", "ministero", "agencia", "agence", "agenzia", "comite", "comitato", "consejo", "conseil", "consiglio", "conselho", "tribunal", "tribunale", "policia", "police", "polizia", "universidad", "universite", "universita", "universidade", "partido", "parti", "partito", "comision", "commission", "commissione", "direccion", "direction", "direzione", "fuerzas", "forces", "forze", "ejercito", "armee", "esercito", "exercito", "guardia", "garde", "organizacion", "organisation", "organizzazione", "federacion", "federation", "federazione", "asociacion", "association", "associazione", "banco", "banque", "banca"]
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
EVENT_HEADS = frozenset(
    ["siege", "attack", "bombing", "massacre", "shooting", "collapse", "earthquake", "hostage"]
)
CONNECTORS = frozenset({"of", "for", "and", "de", "del", "la", "the"})
# Capitalized words that open a sentence or caption but start no name.
_NOT_NAME_START = frozenset(
    {"The", "A", "An", "This", "That", "In", "On", "At", "By", "For", "According", "Both"}
)
DESCRIBED_INTELLIGENCE = re.compile(
    r"\b([A-Z][\w.]+(?:['’]s)?)\s+(?:(?:military|defen[cs]e|foreign|naval)\s+)?intelligence"
    r"(?:\s+(?:services?|agency|directorate))?\b"
)
APPOSITION = re.compile(r"\s*\(([^()]{2,60})\)")


def _capitalized(tok) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha or (tok.text.isupper() and len(tok.text) > 1)


def _name_spans(parsed) -> list[tuple[int, int, str]]:
    """Capitalized runs (connectors inside) holding an institution, facility or event noun, possibly after
    up to two lowercase words ("Crocus City concert hall", "Beslan school siege")."""
    out = []
    i, n = 0, len(parsed)
    while i < n:
        if not _capitalized(parsed[i]) or parsed[i].text in _NOT_NAME_START or parsed[i].ent_type_ == "DATE":
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
        else:
            tail = _lowercase_head(parsed, j)
            if tail is not None and not _demonym_run(parsed[i:j]):
                end, label = tail
                out.append((parsed[i].idx, parsed[end].idx + len(parsed[end]), label))
        i = j
    return out


def _lowercase_head(parsed, j: int) -> tuple[int, str] | None:
    """Index and label of a facility/event head noun within two lowercase modifiers after position j."""
    for k in range(j, min(j + 3, len(parsed))):
        tok = parsed[k]
        if not tok.is_lower or not tok.is_alpha or tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
            return None
        if tok.lower_ in FAC_HEADS:
            return k, "FAC"
        if tok.lower_ in EVENT_HEADS:
            return k, "EVENT"
    return None


def _demonym_run(tokens) -> bool:
    """A run that is only nationality words or dates ("Russian", "Friday"): no name for a facility or event."""
    return all(t.ent_type_ in {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"} for t in tokens)


def _acronym_spans(parsed, covered: set[int]) -> list[tuple[int, int, str]]:
    """All-capital tokens of 2-6 letters that NER missed (GUR, IS, MDOT), outside all-capital headlines."""
    out = []
    for tok in parsed:
        text = tok.text
        if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()) or tok.idx in covered:
            continue
        near = [parsed[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(parsed) and parsed[k].is_alpha]
        if any(t.text.isupper() and len(t.text) > 1 for t in near):
            continue
        out.append((tok.idx, tok.idx + len(text), "ORG"))
    return out


def _described_bodies(text: str) -> list[tuple[int, int, str]]:
    """Lowercase descriptions of a country's intelligence body: "Ukraine's military intelligence services"."""
    return [
        (m.start(), m.end(), "ORG")
        for m in DESCRIBED_INTELLIGENCE.finditer(text)
        if country_of_name(m.group(1))
    ]


def extra_spans(text: str, parsed, covered: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans for designations, units, institution names and acronyms found by the rules."""
    spans = [(m.start(), m.end(), "PRODUCT") for m in DESIGNATION.finditer(text)]
    spans += _described_bodies(text)
    spans += [(m.start(), m.end(), "ORG") for m in UNIT.finditer(text)]
    if parsed is not None:
        spans += _name_spans(parsed)
        spans += _acronym_spans(parsed, covered)
    return spans


def add_pattern_mentions(annotation: Annotation, text: str) -> None:
    """Append rule-found mentions (ids `{doc}:p{n}`) not already covered exactly; drop NER fragments inside them."""
    parsed = annotation.parse
    existing = {(m.start, m.end) for m in annotation.mentions}
    covered = {i for m in annotation.mentions for i in range(m.start, m.end)}
    added = []
    for start, end, label in extra_spans(text, parsed, covered) + _parenthesized(annotation, text, existing):
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
        and m.label in {"ORG", "PERSON", "PRODUCT", "FAC", "EVENT"}
    }
    annotation.mentions = sorted(
        [m for m in annotation.mentions if m.id not in inside] + added, key=lambda m: (m.start, -m.end)
    )


def _parenthesized(
    annotation: Annotation, text: str, existing: set[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """A capitalized name in parentheses right after a mention, when NER did not tag it: "GUR (General ...)"."""
    out = []
    for m in annotation.mentions:
        hit = APPOSITION.match(text, m.end)
        if hit and hit.group(1)[:1].isupper() and (hit.start(1), hit.end(1)) not in existing:
            out.append((hit.start(1), hit.end(1), m.label))
    return out


def appositions(annotation: Annotation, text: str) -> list[tuple[str, str]]:
    """(id, id) of mention pairs in a parenthetical apposition "X (Y)", Y a name in the parentheses."""
    starts = {m.start: m for m in annotation.mentions}
    out = []
    for m in annotation.mentions:
        hit = APPOSITION.match(text, m.end)
        if hit:
            partner = starts.get(hit.start(1))
            if partner is not None and partner.end == hit.end(1):
                out.append((m.id, partner.id))
    return out


def add_known_name_mentions(annotation: Annotation, known: dict[str, str], language: str) -> None:
    """Tag proper-noun tokens NER missed whose folded key is a one-word name the story already has
    ("Daly, a freighter," when "Dali" is tagged elsewhere); `known` maps key -> label."""
    parsed = annotation.parse
    if parsed is None:
        return
    covered = {i for m in annotation.mentions for i in range(m.start, m.end)}
    added = []
    for tok in parsed:
        if tok.pos_ != "PROPN" or not tok.is_title or tok.idx in covered or _inside_longer_name(tok):
            continue
        label = known.get(name_key(tok.text)) or known.get(name_key(tok.text, language))
        if label:
            added.append(
                Mention(
                    f"{annotation.doc}:k{len(added)}",
                    annotation.doc,
                    tok.idx,
                    tok.idx + len(tok),
                    tok.text,
                    label,
                    _sentence_of(annotation, tok.idx),
                )
            )
    if added:
        annotation.mentions = sorted(annotation.mentions + added, key=lambda m: (m.start, -m.end))


def _inside_longer_name(tok) -> bool:
    """Whether a token sits next to another capitalized proper noun ("Scott" in "Francis Scott Key")."""
    doc = tok.doc
    return any(
        0 <= k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
        for k in (tok.i - 1, tok.i + 1)
    )


def _sentence_of(annotation: Annotation, start: int) -> int:
    for i, s in enumerate(annotation.sentences):
        if s.start <= start < s.end:
            return i
    return 0
