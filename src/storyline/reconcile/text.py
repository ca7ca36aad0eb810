"""What a claim says, as text to compare with other claims (its terms: storyline.terms)."""

from __future__ import annotations

from storyline.models import Claim


def statement(claim: Claim) -> str:
    """What the claim says, for comparing it with others: its words less the names of its cited sources
    ("Governor Wes Moore said the ship was moving at 8 knots" and "Wes Moore praised the crew" share a
    speaker, not a fact), after its subject where the words lack it (the conjunct "issued a mayday call"
    compares as "The Dali issued a mayday call")."""
    text = claim.text
    for source in claim.attribution[1:]:
        text = text.replace(source, " ")
    return f"{claim.subject} {text}" if claim.subject and claim.subject not in claim.text else text
