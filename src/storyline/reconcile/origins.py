"""Origins: the independent source a claim rests on, so ten outlets repeating one agency count once."""

from __future__ import annotations

import re

from anyascii import anyascii

from storyline.models import Claim, Document

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


def origin_of(claim: Claim) -> str:
    """The innermost named source in the chain, else the outlet (the chain's first element)."""
    for source in reversed(claim.attribution[1:]):
        if is_named(source):
            return source_key(source)
    return "outlet:" + source_key(claim.attribution[0]) if claim.attribution else "unknown"
