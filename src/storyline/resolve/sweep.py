"""Batch-wide mention repairs: names the NER tagged in some articles, found again where it missed them, and
office words it took into a person's name, cut where the batch names that person without them.

A small NER model misses a name in one sentence ("a white Renault Symbol car") that it tags in another
article of the batch. A name tagged in at least two documents is a reliable name of this batch, so its
other capitalized occurrences become mentions too, with the label it was tagged with most often.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from storyline.models import Annotation, Document, Mention
from storyline.resolve import gazetteer

SWEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"})
MIN_DOCS = 2  # a name must be tagged in this many documents before it is looked for elsewhere
MIN_LENGTH = 4  # shorter forms (acronyms such as "US", "IS") are too ambiguous to sweep


def sweep_mentions(docs: list[Document], annotations: list[Annotation]) -> int:
    """Add mentions of batch names the NER missed, in place; return how many were added."""
    docs_of: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, Counter] = defaultdict(Counter)
    for a in annotations:
        for m in a.mentions:
            if m.label in SWEPT_LABELS and len(m.text) >= MIN_LENGTH and m.text[:1].isupper():
                docs_of[m.text].add(a.doc)
                labels[m.text][m.label] += 1
    names = sorted((n for n, d in docs_of.items() if len(d) >= MIN_DOCS), key=lambda n: (-len(n), n))
    if not names:
        return 0
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    added = 0
    for doc, a in zip(docs, annotations, strict=True):
        taken = sorted((m.start, m.end) for m in a.mentions)
        starts = [s.start for s in a.sentences]
        for match in pattern.finditer(doc.text):
            label = labels[match.group()].most_common(1)[0][0]
            added += _add_mention(a, taken, starts, f"{doc.id}:w{added}", *match.span(), match.group(), label)
        a.mentions.sort(key=lambda m: m.start)
    return added


def _add_mention(a: Annotation, taken: list[tuple[int, int]], starts: list[int], mid: str, s: int, e: int,
                 text: str, label: str) -> bool:
    """Add a mention where no other lies (`taken`: the sorted spans so far, kept up to date); whether it was."""
    i = bisect.bisect_left(taken, (e, e))
    if any(ts < e and s < te for ts, te in taken[max(0, i - 3): i + 1]):
        return False
    a.mentions.append(Mention(id=mid, doc=a.doc, start=s, end=e, text=text, label=label,
                              sentence=max(0, bisect.bisect_right(starts, s) - 1)))
    bisect.insort(taken, (s, e))
    return True


# A capitalized name (one to three words) after a word of direction or place, in English: "bound for
# Colombo", "on its way to Colombo from Baltimore", "flights to Jakarta".
_PLACE_AFTER = re.compile(r"\b(?:to|from|in|near|for|via|towards?|outside)\s+"
                          r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?![\w-])")
PLACE_SWEEP_POPULATION = 500_000  # a city this large is a place wherever a direction word precedes its name


def sweep_places(docs: list[Document], annotations: list[Annotation]) -> int:
    """Add the places the NER missed after a word of direction ("on its way to Colombo"), in English texts:
    countries, and cities of half a million people (which one a shared name means is left to the places
    stage, as for any mention). Return how many were added."""
    added = 0
    for doc, a in zip(docs, annotations, strict=True):
        if doc.language not in ("en", ""):
            continue
        taken = sorted((m.start, m.end) for m in a.mentions)
        starts = [s.start for s in a.sentences]
        for match in _PLACE_AFTER.finditer(doc.text):
            place = gazetteer.lookup(match.group("name"))
            if place is None or place.kind == "city" and place.population < PLACE_SWEEP_POPULATION:
                continue
            added += _add_mention(a, taken, starts, f"{doc.id}:p{added}", *match.span("name"), match.group("name"),
                                  "GPE")
        a.mentions.sort(key=lambda m: m.start)
    return added


# Words that end the noun phrase a capitalized office word belongs to: "exministro de Transportes Luis
# Ortega", "ministre des Transports Luis Ortega", "ministro dell'Interno ...".
_OFFICE_LINK = re.compile(r"(?:\b(?:de|des|del|di|do|da|du|della|dello|degli|of)|\bdell')\s*$", re.I)


def trim_office_words(docs: list[Document], annotations: list[Annotation]) -> int:
    """Cut the capitalized office word the NER took into a person's name ("de Transportes Luis Ortega" ->
    "Luis Ortega") when the rest is a person's full name of the batch; return how many were cut.

    Only after "de", "des", "of" ...: the word ends an office's name ("exministro de Transportes"), while
    "hijo de Juan Carlos Pérez" keeps "Juan" unless the batch names a "Carlos Pérez" on their own."""
    names = {m.text for a in annotations for m in a.mentions if m.label == "PERSON" and m.text.count(" ") >= 1}
    cut = 0
    for doc, a in zip(docs, annotations, strict=True):
        for n, m in enumerate(a.mentions):
            words = m.text.split(" ")
            if (m.label not in ("PERSON", "ORG") or len(words) < 3 or len(words[0].rstrip(".")) < 3
                    or not _OFFICE_LINK.search(doc.text[max(0, m.start - 8):m.start])):  # "of W. Mark Felt"
                continue
            rest = " ".join(words[1:])
            if rest in names:  # the NER may have called the whole an organization ("Transports Luis Ortega")
                a.mentions[n] = Mention(m.id, m.doc, m.end - len(rest), m.end, rest, "PERSON", m.sentence)
                cut += 1
    return cut
