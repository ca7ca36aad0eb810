"""Origins: the independent source a claim rests on, so ten outlets repeating one agency count once."""

from __future__ import annotations

import re

from anyascii import anyascii

from storyline.models import Claim, Document, Entity

# Sources too vague to identify an origin: the claim then rests on the outlet that printed it.
VAGUE = frozenset({
    "report", "reports", "media", "sources", "source", "officials", "information", "estimates", "some",
    "available", "others", "authorities", "witnesses", "experts", "analysts", "observers", "local",
    "news", "outlets", "reporting", "press", "the", "a", "an", "many", "several", "according",
})


def outlet_of(doc: Document) -> str:
    """The outlet's name for attribution: header/metadata outlet, else the URL's host, else the file name."""
    if doc.outlet:
        return re.sub(r"\s*\(.*?\)\s*$", "", doc.outlet).strip() or doc.outlet
    m = re.match(r"(?i)^https?://(?:www\.)?([^/\s?#]+)", doc.url or "")
    if m:
        return m.group(1)
    return re.sub(r"\.\w+$", "", doc.path.rsplit("/", 1)[-1])


def source_key(name: str) -> str:
    """A comparison key for a source's name: "RT's" and "rt" meet, "the FSB" and "FSB" meet."""
    key = anyascii(name).lower()
    key = re.sub(r"['’]s\b", "", key)
    key = re.sub(r"^(the|a|an)\s+", "", key)
    return re.sub(r"[^a-z0-9]+", " ", key).strip()


def is_named(source: str) -> bool:
    """A source that identifies someone: a capitalized name not made only of vague words."""
    words = re.findall(r"[\w'’]+", source)
    return any(w[:1].isupper() and w.lower() not in VAGUE for w in words)


SPEAKER_TYPES = ("PERSON", "ORG")  # entities a source phrase names as who speaks, people first


def source_names(entities: list[Entity]) -> dict[str, tuple[int, str]]:
    """Every form of the story's people and organizations, as a source key, to (rank, the entity's own key):
    the words of "Russian domestic security service the FSB", "the FSB" and "az FSZB" meet in one entity.
    A form two entities share names neither."""
    found: dict[str, set[tuple[int, str]]] = {}
    for e in entities:
        if e.type not in SPEAKER_TYPES:
            continue
        for form in {e.name, *e.aliases, *(m.text for m in e.mentions)}:
            key = source_key(form)
            if len(key) > 1 and key not in VAGUE:
                found.setdefault(key, set()).add((SPEAKER_TYPES.index(e.type), source_key(e.name)))
    return {k: next(iter(v)) for k, v in found.items() if len({name for _, name in v}) == 1}


def _speaker(source: str, names: dict[str, tuple[int, str]]) -> str | None:
    """The entity a source phrase names, a person before an organization, the first named before later ones
    ("Coast Guard Rear Adm. Shannon Gilreath" is Gilreath; "the head of the GUR of Ukraine's Ministry of
    Defence" is the GUR)."""
    words = source_key(source).split()
    spans = ((i, j, " ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    hits = [(names[key][0], i, -j, names[key][1]) for i, j, key in spans if key in names]
    return min(hits)[3] if hits else None


def origin_of(claim: Claim, names: dict[str, tuple[int, str]] | None = None) -> str:
    """The innermost named source in the chain, as the person or organization it names when the story's
    entities (`names`, see source_names) know one, else by its words; else the outlet (the chain's first
    element)."""
    for source in reversed(claim.attribution[1:]):
        if is_named(source):
            return (_speaker(source, names) if names else None) or source_key(source)
    return "outlet:" + source_key(claim.attribution[0]) if claim.attribution else "unknown"
