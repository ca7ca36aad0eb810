"""The time stage: TIMEX3 recognition and normalization, publication-date inference, TimeML interop."""

from .tagger import names_day, tag

__all__ = ["names_day", "tag"]
