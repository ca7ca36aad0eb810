"""Claims stage: atomic statements with evidence, attribution chains, modality and typed values."""

from storyline.claims.extract import extract_claims

__all__ = ["extract_claims"]
