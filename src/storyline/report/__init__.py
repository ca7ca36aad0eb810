"""Report edge: the JSON report (contract in docs/report.md) and the single-file HTML report."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from storyline import __version__
from storyline.models import Story

if TYPE_CHECKING:
    from storyline.pipeline import Analysis

SCHEMA = "storyline-report/1"


def story_dict(story: Story) -> dict[str, Any]:
    """One story as plain JSON-ready data; documents carry their provenance, claims their evidence."""
    data = story.to_dict()
    data["summary"] = story_summary(story)
    return data


def story_summary(story: Story) -> dict[str, Any]:
    statuses = Counter(f.status for f in story.facts)
    return {
        "documents": len(story.documents),
        "entities": len(story.entities),
        "claims": len(story.claims),
        "facts": {s: statuses.get(s, 0) for s in ("corroborated", "single_source", "contested")},
        "conflicts": len(story.conflicts),
        "updates": len(story.updates),
        "events": len(story.events),
    }


def report_dict(analysis: Analysis) -> dict[str, Any]:
    """The whole report: no timestamps, so equal input gives a byte-identical report."""
    stories = [story_dict(s) for s in analysis.stories]
    facts: Counter[str] = Counter()
    for s in stories:
        facts.update(s["summary"]["facts"])
    return {
        "schema": SCHEMA,
        "storyline": __version__,
        "summary": {
            "documents": sum(s["summary"]["documents"] for s in stories),
            "duplicates_folded": analysis.folded,
            "stories": len(stories),
            "facts": {k: facts.get(k, 0) for k in ("corroborated", "single_source", "contested")},
            "conflicts": sum(s["summary"]["conflicts"] for s in stories),
            "updates": sum(s["summary"]["updates"] for s in stories),
            "errors": len(analysis.errors),
        },
        "errors": [e.to_dict() for e in analysis.errors],
        "stories": stories,
    }
