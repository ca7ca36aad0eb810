"""The time stage: TIMEX3 recognition and normalization, publication-date inference, TimeML interop."""

from .tagger import tag

__all__ = ["tag"]
