"""Web benchmark: a 1,000-article story served by `storyline serve`, loaded from several connections.

    .venv/bin/python benchmarks/web.py [--articles 1000] [--concurrency 8] [--seconds 10]

The story is synthesized, not analyzed: the dev articles (../shared/eval/dev/*/articles) and the seed
articles (../shared/seeds) are read by the real ingest, then varied (every number shifted, a byline and
outlet per copy, so no two texts are equal) into 1,000 documents; claims are their sentences, facts group
the same sentence across copies (contested where the shifted numbers disagree, with a conflict), entities
are capitalized names. The records go straight into the database through Store.save_story, skipping the
NLP stages, which would take about an hour for 1,000 articles on two cores. The server runs as its own
process (`storyline serve`); the load generator is a small asyncio HTTP/1.1 keep-alive client that, like
a browser, accepts gzip (the story page is sent compressed; the API is not compressed).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

from storyline.ingest import read_paths
from storyline.models import (
    Claim,
    Conflict,
    ConflictSide,
    Document,
    Entity,
    Event,
    Fact,
    Mention,
    Story,
    Value,
)
from storyline.store import Store

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*/articles")) + [ROOT.parent / "shared" / "seeds"]
FIRST = ["Ana", "Boris", "Chen", "Dalia", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lena"]
LAST = ["Novak", "Ortiz", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka", "Ueda", "Varga", "Weber", "Young"]
CITED = ["police", "officials", "the governor", "witnesses", "the ministry", "local media", "a spokesperson"]
SENTENCE = re.compile(r"[^.!?\n]{20,400}[.!?]")
NUMBER = re.compile(r"\b\d{1,6}\b")
NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")
PER_DOC = 15  # claims kept per article


def base_texts() -> list[str]:
    """Clean texts of the dev and seed articles, read by the real ingest."""
    return [d.text for d in read_paths(SOURCES) if isinstance(d, Document)]


def vary(text: str, i: int, copy: int) -> str:
    """The copy-th variant of an article: numbers shifted by `copy`, plus a byline naming the copy."""
    shifted = NUMBER.sub(lambda m: str(int(m.group()) + copy) if copy % 3 else m.group(), text)
    return f"{shifted}\n\nReported by {FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]} (copy {i})."


def synthesize(n: int) -> Story:
    """A story of n varied articles with claims, facts, conflicts, entities and events."""
    bases = base_texts()
    docs, claims = [], []
    groups: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for i in range(n):
        b, copy = i % len(bases), i // len(bases)
        text = vary(bases[b], i, copy)
        outlet = f"Outlet {i % 97:02d}"
        doc = Document(id=f"d{i:05d}", path=f"synthetic/{i:05d}.txt", text=text, outlet=outlet,
                       published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", published_basis="header",
                       published_confidence=1.0, content_hash=f"synthetic-{i}")
        docs.append(doc)
        for k, m in enumerate(SENTENCE.finditer(text)):
            if k == PER_DOC:
                break
            sentence = m.group().strip()
            start = text.index(sentence, m.start())
            values = [Value(kind="number", text=v.group(), start=start + v.start(), end=start + v.end(),
                            normalized=v.group(), unit="people", measure="killed")
                      for v in NUMBER.finditer(sentence)]
            cited = [CITED[(i + k) % len(CITED)]] if " said" in sentence else []
            claim = Claim(id=f"{doc.id}:c{k}", doc=doc.id, start=start, end=start + len(sentence), text=sentence,
                          values=values, attribution=[outlet, *cited], modality="reported" if cited else "asserted",
                          origin=f"outlet:{outlet}", sentence=k)
            claims.append(claim)
            groups[b, k].append(claim)
            for name in NAME.finditer(sentence):
                key = name.group().lower().replace(" ", "-")
                mentions[key].append(Mention(id=f"{claim.id}:m{name.start()}", doc=doc.id, start=start + name.start(),
                                             end=start + name.end(), text=name.group(), label="PERSON",
                                             entity=f"e:{key}"))
    facts, conflicts, events = [], [], []
    for (b, k), members in sorted(groups.items()):
        fid = f"f{b:02d}-{k:02d}"
        sides: dict[str, list[str]] = defaultdict(list)
        for c in members:
            sides[" ".join(v.text for v in c.values)].append(c.id)
        contested = len(sides) > 1
        origins = sorted({c.origin for c in members})
        status = "contested" if contested else "corroborated" if len(origins) > 1 else "single_source"
        facts.append(Fact(id=fid, status=status, claims=[c.id for c in members], label=members[0].text[:200],
                          origins=origins, explanation=f"Stated by {len(origins)} origins."))
        if contested:
            top = sorted(sides.items(), key=lambda s: -len(s[1]))[:2]
            conflicts.append(Conflict(id=f"x{fid}", kind="number", fact=fid, explanation="The figures differ.",
                                      sides=[ConflictSide(value=v, claims=ids) for v, ids in top]))
        if k == 0:
            events.append(Event(id=f"v{b:02d}", label=members[0].text[:120],
                                date={"value": f"2024-03-{1 + b % 28:02d}", "precision": "day", "basis": "synthetic"},
                                claims=[c.id for c in members[:5]], documents=sorted({c.doc for c in members[:5]})))
    entities = [Entity(id=f"e:{key}", name=ms[0].text, type="PERSON", aliases=sorted({m.text for m in ms}),
                       mentions=ms) for key, ms in sorted(mentions.items())]
    return Story(id="sbench", title=f"Benchmark story: {n} synthetic articles", documents=docs, entities=entities,
                 claims=claims, facts=facts, conflicts=conflicts, events=events)


async def _worker(port: int, path: str, until: float, latencies: list[float], errors: list[str]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n\r\n".encode()
    try:
        while time.perf_counter() < until:
            t0 = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - t0)
            if not head.startswith(b"HTTP/1.1 200"):
                errors.append(head.split(b"\r\n", 1)[0].decode())
    finally:
        writer.close()


async def _load(port: int, path: str, concurrency: int, seconds: float) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    t0 = time.perf_counter()
    until = t0 + seconds
    await asyncio.gather(*(_worker(port, path, until, latencies, errors) for _ in range(concurrency)))
    return latencies, errors, time.perf_counter() - t0


def load(port: int, path: str, concurrency: int, seconds: float) -> dict[str, float]:
    """Requests per second and latency percentiles (ms) of GET path from `concurrency` connections."""
    latencies, errors, elapsed = asyncio.run(_load(port, path, concurrency, seconds))
    if errors:
        raise RuntimeError(f"{path}: {len(errors)} failed requests, e.g. {errors[0]}")
    ms = sorted(x * 1000 for x in latencies)
    return {"requests": len(ms), "rps": len(ms) / elapsed, "p50": statistics.median(ms),
            "p99": ms[min(len(ms) - 1, int(len(ms) * 0.99))]}


def get(port: int, path: str) -> tuple[float, int]:
    """One request (no compression): seconds taken and bytes received."""
    t0 = time.perf_counter()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=600) as r:
        size = len(r.read())
    return time.perf_counter() - t0, size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--port", type=int, default=8765)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        story = synthesize(args.articles)
        store = Store(db)
        store.add_documents(story.documents)
        store.save_story(story)
        store.close()
        print(f"story: {len(story.documents)} articles, {len(story.claims)} claims, {len(story.facts)} facts, "
              f"{len(story.conflicts)} conflicts, {len(story.entities)} entities, {len(story.events)} events; "
              f"built and stored in {time.perf_counter() - t0:.1f} s")
        server = subprocess.Popen([sys.executable, "-m", "storyline.cli", "serve", "--db", str(db), "--port",
                                   str(args.port)], stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    get(args.port, "/api/stories")
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise RuntimeError("the server did not start") from None
                    time.sleep(0.2)
            first, size = get(args.port, f"/stories/{story.id}")
            print(f"story page: {size / 1e6:.1f} MB; first (uncached) render {first * 1000:.0f} ms")
            print(f"{'request':<44} {'conns':>5} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
            for path in (f"/stories/{story.id}", f"/api/stories/{story.id}/facts?limit=50",
                         f"/api/stories/{story.id}/facts?limit=50&offset=250", "/api/stories", "/assets/filters.js"):
                r = load(args.port, path, args.concurrency, args.seconds)
                print(f"{path:<44} {args.concurrency:>5} {r['rps']:>8.1f} {r['p50']:>8.1f} {r['p99']:>8.1f}")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
