"""CoNLL-2012-style coreference files: one `#begin document` block holding every document."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

BLOCK = "ECB+/ecbplus_all"
Sentence = tuple[str, int, list[str]]  # document name, sentence number, tokens
Span = tuple[str, int, int, int]  # document name, sentence number, first token, last token + 1


def write_conll(path: Path, sentences: Iterable[Sentence], chains: dict[Span, int]) -> None:
    """Write tokens one a line; the last column holds chain tags `(7`, `7)`, `(7)` or `-`."""
    opens: dict[tuple[str, int, int], list[tuple[int, int]]] = defaultdict(list)
    closes: dict[tuple[str, int, int], list[tuple[int, int]]] = defaultdict(list)
    singles: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    for (doc, sent, start, end), chain in chains.items():
        if end - start == 1:
            singles[doc, sent, start].append(chain)
        else:
            opens[doc, sent, start].append((end, chain))
            closes[doc, sent, end - 1].append((start, chain))
    lines = [f"#begin document ({BLOCK}); part 000"]
    for doc, sent, tokens in sentences:
        for i, word in enumerate(tokens):
            where = (doc, sent, i)
            tags = [f"({c}" for _, c in sorted(opens[where], reverse=True)]
            tags += [f"({c})" for c in sorted(singles[where])]
            tags += [f"{c})" for _, c in sorted(closes[where], reverse=True)]
            lines.append(f"{BLOCK}\t{doc}\t{sent}\t{i}\t{word}\t{'|'.join(tags) or '-'}")
        lines.append("")
    lines.append("#end document")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_conll(path: Path) -> dict[Span, int]:
    """Parse a file written by `write_conll` back into span -> chain number."""
    spans: dict[Span, int] = {}
    stack: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        doc, sent, i, tags = cols[1], int(cols[2]), int(cols[3]), cols[-1]
        if tags == "-":
            continue
        for tag in tags.split("|"):
            chain = int(re.sub(r"[()]", "", tag))
            if tag.startswith("("):
                stack[chain].append((doc, sent, i))
            if tag.endswith(")"):
                d, s, start = stack[chain].pop()
                spans[d, s, start, i + 1] = chain
    return spans
