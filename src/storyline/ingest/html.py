"""HTML pages to main text and metadata with trafilatura, with a plain lxml fallback for broken pages."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

_LANG_ATTR = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", re.IGNORECASE
)
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg")
_BLOCKS = (
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
    "section",
    "article",
    "pre",
)

logging.getLogger("trafilatura").setLevel(logging.ERROR)


@dataclass
class Page:
    """What an HTML page yields: main text (one paragraph per line) and its metadata."""

    text: str
    title: str = ""
    url: str = ""
    sitename: str = ""
    date: str | None = None
    language: str | None = None


def extract_html(html: str) -> Page:
    """Main text, title, date, site name, URL and language of a page; empty text when there is none."""
    lang = _LANG_ATTR.search(html[:5000])
    language = lang.group(1) if lang else None
    try:
        found = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError, etree.LxmlError):
        found = None
    if found is not None and (found.text or "").strip():
        return Page(
            text=found.text,
            title=found.title or "",
            url=found.url or "",
            sitename=found.sitename or "",
            date=found.date,
            language=found.language or language,
        )
    return Page(text=_fallback_text(html), language=language)


def _fallback_text(html: str) -> str:
    """All visible text of a page that trafilatura could not read, one block element per line."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*_DROP)):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    return root.text_content()
