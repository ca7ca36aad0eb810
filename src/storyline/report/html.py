"""The single-file HTML report: one page, no external assets, every piece of article text escaped."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from jinja2 import Environment, PackageLoader, select_autoescape

from storyline import __version__
from storyline.report.view import story_view

if TYPE_CHECKING:
    from storyline.pipeline import Analysis


@cache
def environment() -> Environment:
    """Jinja environment shared with the web app, so the report and the story page never drift apart."""
    return Environment(
        loader=PackageLoader("storyline.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(analysis: Analysis, summary: dict | None = None) -> str:
    """The report page for every story of an analysis (`summary`: the JSON report's, if already built)."""
    summary = summary or analysis.to_dict()["summary"]
    return environment().get_template("report.html").render(
        stories=[story_view(s) for s in analysis.stories],
        summary=summary,
        errors=[str(e) for e in analysis.errors],
        version=__version__,
    )
