"""The README's main job, end to end: the real CLI on the bundled example and on a batch with bad files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "kuzminov"


def storyline(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "storyline.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def example_run(tmp_path_factory):
    work = tmp_path_factory.mktemp("example")
    run = storyline("analyze", str(EXAMPLE), "-o", str(work / "out"), "--db", str(work / "s.db"), cwd=work)
    return work, run


def test_example_exits_cleanly_and_says_where_the_reports_are(example_run):
    work, run = example_run
    assert run.returncode == 0, run.stderr
    assert "5 documents" in run.stdout and "1 story" in run.stdout
    assert str(work / "out" / "report.html") in run.stdout


def test_example_report_holds_checkable_content(example_run):
    work, _ = example_run
    report = json.loads((work / "out" / "report.json").read_text())
    [story] = report["stories"]
    paths = sorted(Path(d["path"]).name for d in story["documents"])
    assert paths == sorted(p.name for p in EXAMPLE.glob("*.txt"))
    by_name = {Path(d["path"]).name[:3]: d for d in story["documents"]}
    assert by_name["002"]["published"] == "2023-11-08"  # the inline "date 2023-11-08" marker
    assert by_name["002"]["published_basis"] == "inline-date"
    texts = [c["text"] for c in story["claims"]]
    assert any("319th separate helicopter regiment" in t for t in texts)
    rt = [c for c in story["claims"] if "According to RT" in c["text"]]
    assert rt and rt[0]["attribution"][1] == "RT" and rt[0]["attribution"][2].startswith("sources close to")
    for c in story["claims"]:  # evidence offsets point into the document's clean text
        doc = next(d for d in story["documents"] if d["id"] == c["doc"])
        assert c["start"] < c["end"]
        assert doc["id"] == c["doc"]
    names = {e["name"] for e in story["entities"]}
    assert any("Kuzminov" in n for n in names)
    statuses = {f["status"] for f in story["facts"]}
    assert "single_source" in statuses and "corroborated" in statuses
    html = (work / "out" / "report.html").read_text()
    assert "<script src" not in html and "<link" not in html  # one self-contained file
    assert "Villajoyosa" in html and "Corroborated" in html


def test_rerun_changes_nothing(example_run):
    work, _ = example_run
    before = (work / "out" / "report.json").read_bytes()
    db = sqlite3.connect(work / "s.db")
    stamps = db.execute("SELECT id, analyzed_at FROM stories").fetchall()
    db.close()
    again = storyline("analyze", str(EXAMPLE), "-o", str(work / "out"), "--db", str(work / "s.db"), cwd=work)
    assert again.returncode == 0
    assert (work / "out" / "report.json").read_bytes() == before
    db = sqlite3.connect(work / "s.db")
    assert db.execute("SELECT id, analyzed_at FROM stories").fetchall() == stamps
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_bad_files_are_named_and_the_rest_is_analyzed(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.txt").write_text((EXAMPLE / "002_7509344ce73fb3ce.txt").read_text())
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (batch / "empty.txt").write_text("   \n")
    run = storyline("analyze", str(batch), "-o", str(tmp_path / "out"), "--db", str(tmp_path / "s.db"), cwd=tmp_path)
    assert run.returncode == 1
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("binary.txt" in e for e in errors) and any("empty.txt" in e for e in errors)
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["summary"]["documents"] == 1 and report["summary"]["errors"] == 2


def test_nothing_readable_exits_3(tmp_path):
    run = storyline("analyze", str(tmp_path / "missing"), "-o", str(tmp_path / "out"), "--db",
                    str(tmp_path / "s.db"), cwd=tmp_path)
    assert run.returncode == 3
    assert "missing" in run.stderr


def test_help_shows_examples(tmp_path):
    run = storyline("analyze", "--help", cwd=tmp_path)
    assert run.returncode == 0 and "storyline analyze examples/kuzminov" in run.stdout


def test_timeml_command_tags_text_and_keeps_the_rest(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    doc = ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
           'temporalFunction="false" functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>\n'
           "<TEXT>The deal was signed yesterday and takes effect next month.</TEXT>\n</TimeML>\n")
    (src / "d1.tml").write_text(doc)
    run = storyline("timeml", str(src), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    out = (tmp_path / "out" / "d1.tml").read_text()
    assert 'value="1998-01-07"' in out and ">yesterday</TIMEX3>" in out
    assert 'value="1998-02"' in out
    assert "<DOCID>d1</DOCID>" in out


def test_bench_ecbplus_rejects_bad_topics(tmp_path):
    run = storyline("bench", "ecbplus", str(tmp_path), "--topics", "two", "-o", str(tmp_path / "o"), cwd=tmp_path)
    assert run.returncode == 2 and "--topics" in run.stderr


def test_export_from_the_database_matches_the_report(example_run):
    work, _ = example_run
    run = storyline("export", "--db", str(work / "s.db"), "-o", str(work / "export.json"), cwd=work)
    assert run.returncode == 0, run.stderr
    exported = json.loads((work / "export.json").read_text())
    report = json.loads((work / "out" / "report.json").read_text())
    assert exported["stories"] == report["stories"]


def test_export_csv_tables(example_run):
    import csv

    work, _ = example_run
    run = storyline("export", "--db", str(work / "s.db"), "--format", "csv", "-o", str(work / "tables"), cwd=work)
    assert run.returncode == 0, run.stderr
    with (work / "tables" / "facts.csv").open() as f:
        facts = list(csv.DictReader(f))
    assert facts and {r["status"] for r in facts} >= {"corroborated", "single_source"}
    with (work / "tables" / "documents.csv").open() as f:
        assert len(list(csv.DictReader(f))) == 5
    bad = storyline("export", "--db", str(work / "s.db"), "--story", "nope", "-o", str(work / "x.json"), cwd=work)
    assert bad.returncode == 2 and "no story nope" in bad.stderr


def test_python_api_analyzes_a_file():
    import storyline

    result = storyline.analyze([EXAMPLE / "002_7509344ce73fb3ce.txt"], embeddings=False)
    [story] = result.stories
    assert story.documents[0].published == "2023-11-08"
    assert result.to_dict()["summary"]["documents"] == 1


def test_the_encoder_is_chosen_on_the_command_line(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in ("000_9f178d979f645ab3.txt", "001_1992a0762f8f85ff.txt"):
        (batch / name).write_text((EXAMPLE / name).read_text())
    facts = {}
    for encoder in ("static", "minilm"):
        run = storyline("analyze", str(batch), "-o", str(tmp_path / encoder), "--db", str(tmp_path / f"{encoder}.db"),
                        "-q", "--encoder", encoder, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        report = json.loads((tmp_path / encoder / "report.json").read_text())
        facts[encoder] = sorted(tuple(f["claims"]) for s in report["stories"] for f in s["facts"])
    assert facts["static"] and facts["minilm"]
    bad = storyline("analyze", str(batch), "-o", str(tmp_path / "x"), "--encoder", "word2vec", cwd=tmp_path)
    assert bad.returncode == 2 and "word2vec" in bad.stderr


def test_export_csv_has_an_updates_table(tmp_path):
    import csv

    from storyline.export import export_csv
    from storyline.models import ConflictSide, Story, Update

    story = Story(id="s1", title="t", updates=[Update(
        id="u1", explanation="93 is given as an update of 60", earlier=ConflictSide(value="60", claims=["a:c0"]),
        later=ConflictSide(value="93", claims=["b:c0"]))])
    export_csv([story], tmp_path)
    with (tmp_path / "updates.csv").open() as f:
        [row] = list(csv.DictReader(f))
    assert (row["earlier"], row["later"]) == ("60: a:c0", "93: b:c0")
