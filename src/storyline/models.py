"""The records every stage reads and writes: one name per idea, the same in code, JSON, database and UI.

Stages are plain functions from these records to these records. Offsets are character offsets into
`Document.text` (the clean text), end exclusive.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["corroborated", "single_source", "contested"]
ConflictKind = Literal["number", "date", "place", "identity", "sequence", "other"]
Modality = Literal["asserted", "reported", "hedged", "denied", "questioned"]


@dataclass
class Record:
    """Base: every record serializes to a plain dict for JSON and storage."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Document(Record):
    """One article after ingest: clean text plus what is known about where it came from."""

    id: str  # stable: derived from the clean text's content hash
    path: str  # the input file (and record number for JSONL: "file.jsonl#3")
    text: str  # clean main text, boilerplate removed; all offsets point into it
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: str | None = None  # ISO date (YYYY-MM-DD, or coarser YYYY-MM / YYYY)
    published_basis: str | None = None  # how `published` was known: header, html-meta, inline-date, ...
    published_confidence: float = 0.0
    language: str = "en"
    content_hash: str = ""  # sha256 of the normalized clean text
    duplicates: list[str] = field(default_factory=list)  # paths of folded exact/near duplicates


@dataclass
class Sentence(Record):
    start: int
    end: int


@dataclass
class Mention(Record):
    """A span naming an entity in one document."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, FAC, PRODUCT, EVENT, ...
    sentence: int = 0
    entity: str | None = None  # filled by the resolve stage


@dataclass
class TimeExpr(Record):
    """A time expression normalized to TIMEX3 against the document creation time."""

    doc: str
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # TimeML value: 2024-02-13, 2023-08, 2023-W11, P6M, PAST_REF, ...
    precision: str = "day"  # day, month, year, decade, time, week, season, quarter, ref, ...
    anchor: str | None = None  # the reference date it was resolved against, if relative


@dataclass
class Annotation(Record):
    """What the annotate stage learns about one document."""

    doc: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    parse: Any = field(default=None, repr=False, compare=False)  # the spaCy Doc, for later stages; not stored

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "sentences": [s.to_dict() for s in self.sentences],
            "mentions": [m.to_dict() for m in self.mentions],
            "timexes": [t.to_dict() for t in self.timexes],
        }


@dataclass
class Entity(Record):
    """One real-world thing, across documents, spellings and scripts."""

    id: str
    name: str  # canonical name: see resolve stage for the rule
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    region: str | None = None  # places: containing region and country, when known
    country: str | None = None


@dataclass
class Value(Record):
    """A typed value a claim states: a number with what it counts, a date, a place, a person."""

    kind: Literal["number", "date", "place", "person", "org", "other"]
    text: str  # surface form in the article
    start: int  # offsets into the document text
    end: int
    normalized: str = ""  # 137, 2024-02-13, entity id, ...
    unit: str = ""  # what a number counts: "people", "km", "USD", ...
    measure: str = ""  # what happened to what is counted: "killed", "injured", "detained", ...
    lower: float | None = None  # bounds for ranges and hedges: "at least 143" -> lower 143
    upper: float | None = None
    update: bool = False  # the article gives the figure as an update of an earlier one ("rose to 93")


@dataclass
class Claim(Record):
    """An atomic statement in one document, with its exact evidence and attribution."""

    id: str
    doc: str
    start: int  # evidence span in the document text
    end: int
    text: str  # the sentence or clause, in the article's own words
    subject: str = ""
    predicate: str = ""
    values: list[Value] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # entity ids mentioned in the claim
    attribution: list[str] = field(default_factory=list)  # outlet first, then each cited source in order
    modality: Modality = "asserted"
    origin: str = ""  # the independent origin this claim rests on (see reconcile stage)
    sentence: int = 0


@dataclass
class ConflictSide(Record):
    value: str
    claims: list[str]


@dataclass
class Conflict(Record):
    """Incompatible values for one fact, side by side, with a sentence a reader can check."""

    id: str
    kind: ConflictKind
    sides: list[ConflictSide]
    explanation: str
    fact: str | None = None


@dataclass
class Update(Record):
    """A figure the later article gives as an update of an earlier one ("the toll rose to 93"): versions
    in time, not a contradiction."""

    id: str
    earlier: ConflictSide
    later: ConflictSide
    explanation: str
    fact: str | None = None


@dataclass
class Fact(Record):
    """Claims across documents that state the same thing, with a verdict counted over origins."""

    id: str
    status: Status
    claims: list[str]
    label: str  # a short human summary (the most representative claim's text)
    origins: list[str] = field(default_factory=list)
    explanation: str = ""


@dataclass
class Event(Record):
    """A dated happening on the story's timeline."""

    id: str
    label: str
    date: dict[str, Any]  # {"value": "YYYY[-MM[-DD]]", "precision": "day", "basis": "..."}
    claims: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)


@dataclass
class Story(Record):
    """Documents about the same happening, and everything reconciled across them."""

    id: str
    title: str
    documents: list[Document] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)


@dataclass
class IngestError(Record):
    """A file (or record) that could not be read, with a one-line reason."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"
