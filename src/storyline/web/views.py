"""View data the web pages add to the report's: an article cut into pieces with its claims marked."""

from __future__ import annotations

from typing import Any


def article_pieces(text: str, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut text at every claim boundary; each piece knows the claims covering it and those starting there.

    Overlapping claims are handled: a piece covered by any claim is marked, and every claim gets an
    anchor where it starts, so `#c-<claim>` always lands on the claim's first word.
    """
    spans = [(max(0, min(c["start"], len(text))), max(0, min(c["end"], len(text))), c["id"]) for c in claims]
    spans = [s for s in spans if s[0] < s[1]]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        pieces.append({
            "text": text[a:b],
            "claims": [i for s, e, i in spans if s <= a and b <= e],
            "anchors": [i for s, _, i in spans if s == a],
        })
    return pieces
