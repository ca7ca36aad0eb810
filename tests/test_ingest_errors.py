"""Bad input: each case gives one IngestError naming the file and the problem, and never raises."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from storyline.ingest import read_paths, readers
from storyline.models import Document, IngestError


def only_error(path: Path | str, **kwargs) -> IngestError:
    results = list(read_paths([path], **kwargs))
    assert len(results) == 1, results
    assert isinstance(results[0], IngestError), results[0]
    assert "\n" not in results[0].problem
    return results[0]


def test_binary_file_with_nul_bytes(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 8)
    error = only_error(path)
    assert error.path == str(path) and "binary" in error.problem


def test_binary_file_by_magic_number_names_its_kind(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + os.urandom(200))
    error = only_error(path)
    assert "PDF" in error.problem and ".pdf" in error.problem


@pytest.mark.parametrize(("content", "word"), [(b"", "empty"), (b"  \n\t\r\n  \n", "whitespace")])
def test_empty_and_whitespace_only_files(tmp_path, content, word):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    assert word in only_error(path).problem


def test_header_only_file_has_no_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("url: https://x.example/a\n---\n\nAdvertisement\nShare this article\n")
    assert "no article text" in only_error(path).problem


def test_file_over_size_limit_is_rejected_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse 50 MB file: cheap to make
        handle.truncate(50 * 1024 * 1024)

    def no_open(*args, **kwargs):
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    error = only_error(path)
    assert "too large" in error.problem and "50.0 MB" in error.problem and "20.0 MB" in error.problem


def test_size_limit_is_configurable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A short article about the bridge. " * 10)
    assert "too large" in only_error(path, max_bytes=100).problem
    assert isinstance(next(iter(read_paths([path], max_bytes=1000))), Document)


def test_undecodable_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(range(128, 256)) * 3)
    error = only_error(path)
    assert "undecodable" in error.problem


def test_invalid_bytes_after_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfGood start \xff\xfe\xfa bad end")
    assert "utf-8" in only_error(path).problem


def test_unreadable_file_permission_denied(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("A perfectly good article.")

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    error = only_error(path)
    assert error.path == str(path) and "permission denied" in error.problem


def test_unlistable_directory(tmp_path, monkeypatch):
    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", denied)
    results = list(read_paths([tmp_path]))
    assert all(isinstance(r, IngestError) and r.path == str(tmp_path) for r in results)
    assert "cannot list directory" in results[0].problem


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    error = only_error(missing)
    assert error.path == str(missing) and "no such file" in error.problem


def test_directory_with_nothing_readable(tmp_path):
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "empty.txt").write_text("")
    results = list(read_paths([tmp_path]))
    assert [(type(r).__name__, Path(r.path).name) for r in results] == [
        ("IngestError", "empty.txt"),
        ("IngestError", tmp_path.name),
    ]
    assert "no readable article" in results[-1].problem


def test_empty_directory(tmp_path):
    assert "no readable article" in only_error(tmp_path).problem


def test_json_syntax_error_gives_line(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{\n  "text": "fine",\n  "url": oops\n}')
    error = only_error(path)
    assert error.path == str(path) and "invalid JSON at line 3" in error.problem


@pytest.mark.parametrize(("payload", "word"), [([], "no records"), (42, "int"), ("text", "str")])
def test_json_of_the_wrong_shape(tmp_path, payload, word):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(payload))
    assert word in only_error(path).problem


def test_json_record_that_is_not_an_object(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('["a list"]\n{"text": "Good record about the bridge."}\n')
    first, second = read_paths([path])
    assert isinstance(first, IngestError) and first.path == f"{path}#1" and "not an object" in first.problem
    assert isinstance(second, Document) and second.path == f"{path}#2"


def test_unexpected_failure_is_contained(tmp_path, monkeypatch):
    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text("The first article is fine.")
    bad.write_text("The second article trips a bug.")
    real = readers.build_document

    def flaky(source):
        if source.path.endswith("b.txt"):
            raise RuntimeError("boom")
        return real(source)

    monkeypatch.setattr(readers, "build_document", flaky)
    first, second = read_paths([good, bad])
    assert isinstance(first, Document)
    assert isinstance(second, IngestError) and "RuntimeError: boom" in second.problem


def test_one_bad_file_does_not_sink_the_batch(tmp_path):
    (tmp_path / "a.txt").write_text("The first article is fine.")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "c.txt").write_text("The third article is fine too.")
    kinds = [type(r).__name__ for r in read_paths([tmp_path, tmp_path / "missing"])]
    assert kinds == ["Document", "IngestError", "Document", "IngestError"]
    assert str(IngestError("x.txt", "empty file")) == "x.txt: empty file"


def test_unexpected_failure_in_one_record_spares_the_others(tmp_path, monkeypatch):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "First record."}\n{"text": "Second record trips a bug."}\n{"text": "Third record."}\n'
    )
    real = readers.build_document

    def flaky(source):
        if source.path.endswith("#2"):
            raise KeyError("boom")
        return real(source)

    monkeypatch.setattr(readers, "build_document", flaky)
    kinds = [(type(r).__name__, r.path.rsplit("#", 1)[1]) for r in read_paths([path])]
    assert kinds == [("Document", "1"), ("IngestError", "2"), ("Document", "3")]


def test_a_storyline_report_among_the_articles_is_not_read_as_one(tmp_path):
    from storyline.models import Story
    from storyline.pipeline import Analysis
    from storyline.report.html import render_html

    analysis = Analysis(stories=[Story(id="s1", title="A story", documents=[])], errors=[])
    report = analysis.to_dict()
    (tmp_path / "report.json").write_text(json.dumps(report), encoding="utf-8")
    (tmp_path / "report.html").write_text(render_html(analysis, report["summary"]), encoding="utf-8")
    assert "Storyline report" in only_error(tmp_path / "report.json").problem
    assert "Storyline report" in only_error(tmp_path / "report.html").problem
