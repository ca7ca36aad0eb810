"""Files and folders to Documents: walking paths, reading each format, one error per bad input."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from storyline.ingest import boilerplate, meta
from storyline.ingest.html import extract_html
from storyline.ingest.text import (
    DecodeError,
    content_hash,
    decode,
    join_paragraphs,
    looks_binary,
    normalize,
    paragraphs,
)
from storyline.models import Document, IngestError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.,;:]$")
_TITLE_MAX = 200

Result = Document | IngestError


@dataclass
class Source:
    """What a reader knows about one article before cleaning: raw body text and given metadata."""

    path: str
    body: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: object = None
    basis: str = ""
    language: object = None


def read_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Result]:
    """Yield a Document per article, or an IngestError per bad input, for files and folders (recursively)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _read_dir(path, max_bytes)
        elif not path.exists():
            yield IngestError(str(given), "no such file or directory")
        else:
            yield from read_file(path, max_bytes=max_bytes)


def _read_dir(folder: Path, max_bytes: int) -> Iterator[Result]:
    """Read every visible file under a folder in sorted order; an error if nothing in it was readable."""
    found = 0
    for file in _walk(folder, set()):
        if isinstance(file, IngestError):
            yield file
            continue
        for result in read_file(file, max_bytes=max_bytes):
            found += isinstance(result, Document)
            yield result
    if not found:
        yield IngestError(str(folder), "directory holds no readable article")


def _walk(folder: Path, seen: set[Path]) -> Iterator[Path | IngestError]:
    """Visible files under a folder, depth first, names sorted; hidden entries and symlink loops skipped."""
    real = folder.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield IngestError(str(folder), f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        else:
            yield entry


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Result]:
    """Read one file into Documents (several for JSON lists and JSONL); never raises for bad input."""
    try:
        sources = list(_sources(path, _load_text(path, max_bytes)))
    except _Reject as exc:
        yield IngestError(str(path), str(exc))
        return
    except Exception as exc:  # one broken file must never sink the batch
        yield _unexpected(str(path), exc)
        return
    for source in sources:
        if isinstance(source, IngestError):
            yield source
            continue
        try:
            yield build_document(source)
        except Exception as exc:  # nor one broken record the rest of its file
            yield _unexpected(source.path, exc)


def _unexpected(where: str, exc: Exception) -> IngestError:
    """An error for a failure no rule foresaw (a bug), so the batch goes on."""
    return IngestError(where, f"unexpected error while reading: {type(exc).__name__}: {exc}")


class _Reject(Exception):
    """A whole file is rejected; the message is the one-line reason."""


def _load_text(path: Path, max_bytes: int) -> str:
    """Bytes from disk to normalized-later text, enforcing the size limit before reading."""
    suffix = path.suffix.lower()
    known = suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".json"}
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _Reject("not a regular file")
        if size > max_bytes:
            raise _Reject(f"file too large ({_mb(size)} > limit {_mb(max_bytes)}); not read")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise _Reject("permission denied") from None
    except OSError as exc:
        raise _Reject(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise _Reject(f"file too large (over limit {_mb(max_bytes)}); not read")
    if not data:
        raise _Reject("empty file")
    try:
        text = decode(data)
    except DecodeError as exc:
        raise _Reject(
            str(exc) if known else f"unsupported file type {suffix or '(no extension)'}: {exc}"
        ) from None
    if looks_binary(text):
        raise _Reject("binary content, not text")
    if not text.strip():
        raise _Reject("empty file (whitespace only)")
    return text


def _mb(size: int) -> str:
    """A byte count in MB for messages."""
    return f"{size / 1024 / 1024:.1f} MB"


def _sources(path: Path, text: str) -> Iterator[Source | IngestError]:
    """Dispatch on the file's extension (or on its content when the extension says nothing)."""
    suffix, shown = path.suffix.lower(), str(path)
    if suffix == ".json":
        yield from _json_sources(shown, text)
    elif suffix in JSONL_SUFFIXES:
        yield from _jsonl_sources(shown, text)
    elif suffix in HTML_SUFFIXES or _HTML_SNIFF.match(text):
        yield _html_source(shown, text)
    else:
        yield _text_source(shown, text)


def _text_source(shown: str, text: str) -> Source:
    """Plain text with optional `key: value` header closed by `---` and optional inline `date` marker."""
    header, body = meta.split_header(normalize(text))
    basis = "header" if meta.normalize_date(header.get("published")) else ""
    return Source(
        path=shown,
        body=body,
        title=header.get("title", ""),
        url=header.get("url", ""),
        outlet=header.get("outlet", ""),
        published=header.get("published") if basis else None,
        basis=basis,
        language=header.get("language"),
    )


_OWN_PAGE = re.compile(r'<meta\s+name="generator"\s+content="Storyline"', re.IGNORECASE)


def _html_source(shown: str, html: str, record: dict | None = None) -> Source:
    """Main text and metadata of an HTML page; given record fields override what the page says."""
    if _OWN_PAGE.search(html[:4096]):  # a report left among the articles (`-o` inside the input folder)
        raise _Reject("a Storyline report page, not an article")
    page = extract_html(html)
    if not page.text.strip():
        raise _Reject("broken or empty HTML: no article text found")
    record = record or {}
    published = record.get("published") or page.date
    return Source(
        path=shown,
        body=page.text,
        title=_str(record.get("title")) or page.title,
        url=_str(record.get("url")) or page.url,
        outlet=_str(record.get("outlet")) or page.sitename,
        published=published,
        basis="metadata" if record.get("published") else "html-meta",
        language=record.get("language") or page.language,
    )


def _record_source(shown: str, record: object) -> Source | IngestError:
    """One JSON record (fields text or html, url, title, outlet, published, language) to a Source."""
    if not isinstance(record, dict):
        return IngestError(shown, f"record is a JSON {type(record).__name__}, not an object")
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return Source(
            path=shown,
            body=normalize(text),
            title=_str(record.get("title")),
            url=_str(record.get("url")),
            outlet=_str(record.get("outlet")),
            published=record.get("published"),
            basis="metadata",
            language=record.get("language"),
        )
    if isinstance(html, str) and html.strip():
        try:
            return _html_source(shown, html, record)
        except _Reject as exc:
            return IngestError(shown, str(exc))
    return IngestError(shown, "record has neither a non-empty 'text' nor 'html' field")


def _json_sources(shown: str, text: str) -> Iterator[Source | IngestError]:
    """A .json file: one object, or a list of objects addressed as `file.json#N` (N from 1)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Reject(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if isinstance(data, dict) and "stories" in data and "text" not in data and "html" not in data:
        raise _Reject("a Storyline report, not articles")
    if isinstance(data, dict):
        yield _record_source(shown, data)
    elif isinstance(data, list):
        if not data:
            raise _Reject("JSON list holds no records")
        for number, record in enumerate(data, 1):
            yield _record_source(f"{shown}#{number}", record)
    else:
        raise _Reject(f"JSON holds a {type(data).__name__}, not an object or a list of objects")


def _jsonl_sources(shown: str, text: str) -> Iterator[Source | IngestError]:
    """A .jsonl file: one record per line, addressed as `file.jsonl#LINE`; a bad line only loses itself."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{shown}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"invalid JSON on line {number}, column {exc.colno}: {exc.msg}")
            continue
        yield _record_source(where, record)


def build_document(source: Source) -> Document | IngestError:
    """Clean a Source's body and settle its metadata into a Document."""
    inline_date, body = meta.take_inline_date(source.body)
    paras = boilerplate.clean_paragraphs(paragraphs(normalize(body)))
    text = join_paragraphs(paras)
    if not text:
        return IngestError(source.path, "no article text left after removing boilerplate")
    published, basis = meta.normalize_date(source.published), source.basis
    if published is None:
        published, basis = meta.normalize_date(inline_date), "inline-date"
    title = normalize(source.title) or _title_from(paras)
    digest = content_hash(text)
    return Document(
        id=digest[:12],
        path=source.path,
        text=text,
        title=title,
        url=source.url,
        outlet=normalize(source.outlet) or meta.outlet_from_url(source.url),
        published=published,
        published_basis=basis if published else None,
        published_confidence=meta.CONFIDENCE.get(basis, 0.0) if published else 0.0,
        language=meta.normalize_language(source.language) or meta.detect_language(text),
        content_hash=digest,
    )


def _title_from(paras: list[str]) -> str:
    """The first paragraph when it reads as a headline, else its opening words."""
    first = paras[0]
    if len(paras) > 1 and len(first) <= _TITLE_MAX and not _SENTENCE_END.search(first):
        return first
    words = first.split()
    return " ".join(words[:16]) + ("…" if len(words) > 16 else "")


def _str(value: object) -> str:
    """A metadata field as a string (JSON may hold numbers or null)."""
    return "" if value is None else str(value).strip()
