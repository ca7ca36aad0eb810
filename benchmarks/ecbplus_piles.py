"""ECB+ articles as piles of news: how the stories stage groups them, and what conflicts a one-story pile gets.

    .venv/bin/python benchmarks/ecbplus_piles.py [ECBPLUS_DIR] [--topics 1,2,3] [--conflicts] [--list]

ECB+ holds, per topic, two sets of real articles about two happenings of one kind (an `ecb` and an `ecbplus`
subtopic: two earthquakes in Iran, two rehab stays of one actress). The texts are rebuilt from the tokens.

- Stories: all documents analysed as one pile; B-cubed precision/recall/F1 of the stories against the
  subtopics (and against the topics), and how many subtopics analysed alone come out as more than one story
  (a pile of one story should stay one story).
- `--conflicts`: every subtopic analysed alone through the whole pipeline (static encoder); the conflicts
  reported, by kind. The gold has no conflicts, so these are the candidates for false alarms: read them
  with `--list`. Tokenized text ("31, 000", "3: 30 p. m.") causes some that real articles would not.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

from storyline import timex
from storyline.annotate import annotate
from storyline.bench.coref_metrics import b_cubed as coref_b_cubed
from storyline.ingest import fold_duplicates, read_paths
from storyline.models import IngestError
from storyline.pipeline import analyze, date_document
from storyline.resolve import resolve_entities
from storyline.stories import group_documents

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ecbplus"
TOPICS = [t for t in range(1, 36) if t not in (15, 17)]
_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def document_text(path: Path) -> str:
    """The article's text: its tokens joined sentence by sentence, with the spaces tokenization took out
    put back only where plain rules can tell ("word ," -> "word,")."""
    sentences: dict[int, list[str]] = defaultdict(list)
    for tok in ET.parse(path).getroot().iter("token"):
        sentences[int(tok.get("sentence"))].append(tok.text or "")
    lines = []
    for n in sorted(sentences):
        line = " ".join(sentences[n])
        lines.append(_NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", line)))
    return "\n\n".join(lines) + "\n"


def write_piles(data: Path, topics: list[int], out: Path) -> dict[str, Path]:
    """One folder of .txt articles per subtopic ("12_ecb", "12_ecbplus")."""
    piles: dict[str, Path] = {}
    for topic in topics:
        for xml in sorted((data / "topics" / str(topic)).glob("*.xml")):
            name = f"{topic}_{'ecbplus' if xml.stem.endswith('ecbplus') else 'ecb'}"
            folder = piles.setdefault(name, out / name)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{xml.stem}.txt").write_text(document_text(xml), encoding="utf-8")
    return piles


def b_cubed(groups: list[list[int]], labels: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels (storyline.bench.coref_metrics)."""
    gold: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        gold[label].append(i)
    score = coref_b_cubed(list(gold.values()), groups)
    return score.precision, score.recall, score.f1


def stories(piles: dict[str, Path]) -> None:
    paths = sorted(p for folder in piles.values() for p in folder.glob("*.txt"))
    docs = [d for d in read_paths(paths) if not isinstance(d, IngestError)]
    docs = [date_document(d) for d in fold_duplicates(docs)]
    annotations = list(annotate(docs))
    for d, a in zip(docs, annotations, strict=True):
        a.timexes = timex.tag(d.text, d.published, doc=d.id, lang=d.language)
    resolve_entities(docs, annotations)
    labels = [Path(d.path).parent.name for d in docs]
    groups = group_documents(docs, annotations)
    print(f"documents: {len(docs)} ({len(paths) - len(docs)} folded as duplicates), subtopics: {len(set(labels))}")
    print(f"one pile: {len(groups)} stories")
    for what, gold in (("subtopics", labels), ("topics", [x.split("_")[0] for x in labels])):
        p, r, f = b_cubed(groups, gold)
        print(f"  B-cubed against {what:<10} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        by_label[label].append(i)
    split = []
    for label, members in sorted(by_label.items()):
        alone = group_documents([docs[i] for i in members], [annotations[i] for i in members])
        if len(alone) > 1:
            split.append(f"{label} {sorted(map(len, alone), reverse=True)}")
    print(f"subtopics alone: {len(split)} of {len(by_label)} come out as more than one story"
          + (f" ({', '.join(split)})" if split else ""))


def conflicts(piles: dict[str, Path], listing: bool) -> None:
    kinds: Counter[str] = Counter()
    for name, folder in sorted(piles.items()):
        result = analyze([folder])
        for story in result.stories:
            claims = {c.id: c for c in story.claims}
            for x in story.conflicts:
                kinds[x.kind] += 1
                if listing:
                    print(f"{name} {x.kind}: {x.explanation}")
                    for side in x.sides:
                        print(f"    [{side.value[:40]}] {claims[side.claims[0]].text[:160]}")
    print(f"conflicts in {len(piles)} one-story piles: {sum(kinds.values())} "
          f"({', '.join(f'{k} {n}' for k, n in kinds.most_common())})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--topics", help="comma-separated topic numbers (default: 1-35 without 15 and 17)")
    ap.add_argument("--conflicts", action="store_true", help="analyse each subtopic alone and count conflicts")
    ap.add_argument("--list", action="store_true", help="with --conflicts, print each conflict")
    args = ap.parse_args()
    if not (args.data / "topics").is_dir():
        sys.exit(f"error: {args.data}: no ECB+ topics folder")
    topics = [int(t) for t in args.topics.split(",")] if args.topics else TOPICS
    with tempfile.TemporaryDirectory() as tmp:
        piles = write_piles(args.data, topics, Path(tmp))
        stories(piles)
        if args.conflicts:
            conflicts(piles, args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
