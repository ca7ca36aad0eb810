"""Throughput of the whole pipeline: articles per second, peak memory and the share of time per stage.

    .venv/bin/python benchmarks/throughput.py [--articles 300] [--keep DIR]

Builds N articles from the dev articles (../shared/seeds and ../shared/eval/dev/*/articles), each varied
(paragraphs rotated, numbers shifted, a distinct closing line) so that no two are folded as duplicates
and nothing is cached, then runs every stage once over them and prints the figures.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from storyline.embeddings import kind as embedding_kind
from storyline.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def sources() -> list[str]:
    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "eval" / "dev").glob("*/articles/*.txt"))
    if not files:
        sys.exit(f"error: no dev articles under {SHARED}")
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def vary(texts: list[str], i: int, rng: random.Random) -> str:
    """A distinct but realistic article: one article's header and half its paragraphs, spliced with
    paragraphs of another, numbers shifted, so that variants are not near-duplicates of each other."""
    text = texts[i % len(texts)]
    header, sep, body = text.partition("\n---\n") if "\n---\n" in text else ("", "", text)
    paras = [p for p in body.split("\n\n") if p.strip()]
    other = [p for p in texts[rng.randrange(len(texts))].split("\n\n") if p.strip() and ":" not in p[:20]]
    keep = paras[:1] + rng.sample(paras[1:], k=max(1, len(paras[1:]) // 2)) if len(paras) > 1 else paras
    keep += rng.sample(other, k=min(len(other), 3))
    body = "\n\n".join(keep)
    body = re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group()) + rng.randrange(1, 9)), body)
    body += f"\n\nThis is version {i} of the report, filed by desk {rng.randrange(10_000)}."
    return f"{header}{sep}{body}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--keep", type=Path, help="write the generated articles here instead of a temp folder")
    args = ap.parse_args()
    rng = random.Random(7)
    texts = sources()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(args.articles):
            (folder / f"{i:05d}.txt").write_text(vary(texts, i, rng), encoding="utf-8")
        t0 = time.perf_counter()
        result = analyze([folder])
        wall = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    docs = sum(len(s.documents) for s in result.stories)
    claims = sum(len(s.claims) for s in result.stories)
    print(f"articles: {args.articles} generated, {docs} analyzed, {result.folded} folded, {len(result.errors)} errors")
    print(f"stories: {len(result.stories)}, claims: {claims}, sentence encoder: {embedding_kind()} "
          "(STORYLINE_EMBEDDINGS=static|minilm)")
    print(f"wall time: {wall:.1f} s (model load included) -> {docs / wall:.1f} articles/s")
    print(f"peak memory (max RSS): {peak_mb:.0f} MiB in the main process"
          + (f", {worker_mb:.0f} MiB in the largest annotation worker" if worker_mb else ""))
    total = sum(result.timings.values())
    print("time per stage:")
    for stage, secs in sorted(result.timings.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<10} {secs:7.2f} s  {secs / total:6.1%}")
    annotate = result.timings.get("annotate", 0.0)
    after = sum(result.timings.get(s, 0.0) for s in ("resolve", "claims", "reconcile", "time"))
    embed = result.timings.get("embed", 0.0)
    if annotate:
        print(f"annotation and what follows it / annotation alone: {(annotate + after + embed) / annotate:.2f}x "
              f"with sentence embeddings, {(annotate + after) / annotate:.2f}x without them "
              f"(the embed stage is separate; --no-embeddings skips it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
