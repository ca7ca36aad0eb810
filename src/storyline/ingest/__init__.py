"""Ingest stage: files on disk to clean Documents (boilerplate removed), with near-duplicates folded."""

from storyline.ingest.dedup import fold_duplicates
from storyline.ingest.readers import DEFAULT_MAX_BYTES, read_file, read_paths

__all__ = ["DEFAULT_MAX_BYTES", "fold_duplicates", "read_file", "read_paths"]
