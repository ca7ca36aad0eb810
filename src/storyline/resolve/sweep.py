"""Names the NER tagged in some articles, found again where it missed them.

A small NER model misses a name in one sentence ("a white Renault Symbol car") that it tags in another
article of the batch. A name tagged in at least two documents is a reliable name of this batch, so its
other capitalized occurrences become mentions too, with the label it was tagged with most often.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from storyline.models import Annotation, Document, Mention

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
            s, e = match.span()
            i = bisect.bisect_left(taken, (e, e))
            if any(ts < e and s < te for ts, te in taken[max(0, i - 3): i + 1]):
                continue
            label = labels[match.group()].most_common(1)[0][0]
            a.mentions.append(Mention(id=f"{doc.id}:w{added}", doc=doc.id, start=s, end=e, text=match.group(),
                                      label=label, sentence=max(0, bisect.bisect_right(starts, s) - 1)))
            bisect.insort(taken, (s, e))
            added += 1
        a.mentions.sort(key=lambda m: m.start)
    return added
