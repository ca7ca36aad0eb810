"""Fold exact and near-duplicate Documents into one kept Document that lists the folded paths."""

from __future__ import annotations

import re
import zlib
from dataclasses import replace

from datasketch import MinHash, MinHashLSH

from storyline.models import Document
from storyline.unionfind import UnionFind

SHINGLE = 3  # words per shingle
THRESHOLD = 0.8  # Jaccard similarity of shingle sets at which two documents are near-duplicates
NUM_PERM = 128
# LSH recall is tuned below THRESHOLD so that pairs just above it are not missed; each is verified exactly.
_LSH_THRESHOLD = 0.6
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[int]:
    """Hashed word n-grams of the casefolded text (the whole text as one shingle when it is shorter)."""
    words = _WORD.findall(text.casefold())
    grams = (" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))
    return {zlib.crc32(g.encode("utf-8")) for g in grams}


def jaccard(a: set[int], b: set[int]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _already_hashed(shingle: int) -> int:
    """Shingles are crc32 values already; MinHash takes them as their own hash."""
    return shingle


def _keep_order(doc: Document) -> tuple[bool, str, str]:
    """Which document of a group is kept: earliest published first (undated last), then path."""
    return (doc.published is None, doc.published or "", doc.path)


def fold_duplicates(docs: list[Document], threshold: float = THRESHOLD) -> list[Document]:
    """Fold exact (same content hash) and near (Jaccard >= threshold) duplicates; kept docs in input order."""
    uf = UnionFind(range(len(docs)))
    first_of_hash: dict[str, int] = {}
    unique: list[int] = []
    for i, doc in enumerate(docs):
        key = doc.content_hash or doc.text
        if key in first_of_hash:
            uf.union(first_of_hash[key], i)
        else:
            first_of_hash[key] = i
            unique.append(i)

    sets = {i: shingles(docs[i].text) for i in unique}
    sketches = MinHash.bulk([sorted(sets[i]) for i in unique], num_perm=NUM_PERM, hashfunc=_already_hashed)
    lsh = MinHashLSH(threshold=_LSH_THRESHOLD, num_perm=NUM_PERM)
    for i, sketch in zip(unique, sketches, strict=True):
        for j in lsh.query(sketch):
            if jaccard(sets[i], sets[j]) >= threshold:
                uf.union(i, j)
        lsh.insert(i, sketch)

    kept: list[tuple[int, Document]] = []
    for members in uf.groups():
        keep = min(members, key=lambda i: _keep_order(docs[i]))
        folded = [docs[i].path for i in sorted(members, key=lambda i: docs[i].path) if i != keep]
        extra = [p for i in members for p in docs[i].duplicates]
        merged = [p for p in dict.fromkeys(docs[keep].duplicates + folded + extra) if p != docs[keep].path]
        kept.append((keep, replace(docs[keep], duplicates=merged)))
    return [doc for _, doc in sorted(kept, key=lambda pair: pair[0])]
