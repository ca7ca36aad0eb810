"""Ingest of each input format: headers, inline dates, HTML, JSON, JSONL, encodings, folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.ingest import read_paths
from storyline.models import Document, IngestError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read_one(path: Path | str) -> Document:
    results = list(read_paths([path]))
    assert len(results) == 1, results
    assert isinstance(results[0], Document), results[0]
    return results[0]


def test_txt_header_fields_and_clean_text():
    doc = read_one(FIXTURES / "header.txt")
    assert doc.path == str(FIXTURES / "header.txt")
    assert doc.url == "https://www.example-news.org/world/2024/ship-bridge"
    assert doc.outlet == "Example News"
    assert (doc.published, doc.published_basis, doc.published_confidence) == ("2024-03-26", "header", 1.0)
    assert doc.language == "en"
    assert doc.title == "Cargo ship strikes harbour bridge"
    assert "url:" not in doc.text and "---" not in doc.text and "Jane Roe" not in doc.text
    assert doc.text.split("\n\n") == [
        "Cargo ship strikes harbour bridge",
        "A container ship struck a harbour bridge early on Tuesday, officials said. © City Fire Department",
        "Divers searched the river for six missing workers through the night. © AP",  # captions: their owners
        "The bridge carried about 30,000 vehicles a day, according to the state transport agency.",
    ]
    assert doc.id == doc.content_hash[:12] and len(doc.content_hash) == 64


def test_txt_title_header_wins_and_unknown_published_is_none(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("title: The Real Title\npublished: unknown\n---\nFirst line of the body.\nSecond line.\n")
    doc = read_one(path)
    assert doc.title == "The Real Title"
    assert doc.published is None and doc.published_basis is None and doc.published_confidence == 0.0
    assert doc.text == "First line of the body.\n\nSecond line."


def test_txt_coarse_published_kept_at_its_precision(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("published: 2024-03\n---\nThe court ordered four suspects held until May.\n")
    assert read_one(path).published == "2024-03"


def test_txt_without_header_first_headline_line_is_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Ship Hits Bridge in Harbour\n\nA ship hit the bridge on Tuesday. Six are missing.\n")
    doc = read_one(path)
    assert doc.title == "Ship Hits Bridge in Harbour"
    assert doc.text.startswith("Ship Hits Bridge in Harbour\n\nA ship")  # headline stays in the text
    assert doc.outlet == "" and doc.url == ""


def test_txt_first_line_that_is_a_sentence_gives_a_shortened_title(tmp_path):
    body = " ".join(["word"] * 30) + " ends here."
    path = tmp_path / "a.txt"
    path.write_text(body + "\n\nSecond paragraph.\n")
    doc = read_one(path)
    assert doc.title == " ".join(["word"] * 16) + "…"


def test_inline_date_is_read_and_removed():
    doc = read_one(FIXTURES / "inline-date.txt")
    assert (doc.published, doc.published_basis, doc.published_confidence) == (
        "2023-11-08",
        "inline-date",
        0.9,
    )
    assert doc.text.startswith("The pilot landed")
    assert "2023-11-08" not in doc.text


def test_header_published_beats_inline_date_but_marker_still_removed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("published: 2024-03-27\n---\n date 2024-03-20 The ship lost power before the crash.\n")
    doc = read_one(path)
    assert (doc.published, doc.published_basis) == ("2024-03-27", "header")
    assert doc.text == "The ship lost power before the crash."


def test_word_date_inside_text_is_not_a_marker(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The date 2024-03-20 was set for the hearing.\n")
    doc = read_one(path)
    assert doc.published is None
    assert doc.text == "The date 2024-03-20 was set for the hearing."


def test_hard_wrapped_paragraphs_are_joined(tmp_path):
    first = "The container ship lost power shortly before it struck the bridge, officials\nsaid on Tuesday evening after the first review of the recorded radio traffic."
    second = "Divers searched the cold water through the night and into the next morning\nwhile the port stayed closed to all shipping traffic until further notice."
    path = tmp_path / "a.txt"
    path.write_text(f"{first}\n\n{second}\n")
    doc = read_one(path)
    assert doc.text.count("\n\n") == 1
    assert "officials said on Tuesday" in doc.text


def test_html_main_text_and_metadata():
    doc = read_one(FIXTURES / "article.html")
    assert doc.title == "Atentado en la sala de conciertos"
    assert doc.outlet == "Diario Ejemplo"
    assert doc.url == "https://diario-ejemplo.pe/mundo/atentado-sala-conciertos"
    assert (doc.published, doc.published_basis) == ("2024-03-23", "html-meta")
    assert doc.language == "es"
    assert "143 personas" in doc.text and "luto nacional" in doc.text
    assert "Compartir" not in doc.text and "Inicio" not in doc.text and "derechos reservados" not in doc.text
    assert "<p>" not in doc.text


def test_broken_html_still_yields_text():
    doc = read_one(FIXTURES / "broken.html")
    assert "two people from the cold water" in doc.text
    assert "six construction workers" in doc.text
    assert "<" not in doc.text


def test_html_without_any_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><div></div></body></html>")
    (result,) = read_paths([path])
    assert isinstance(result, IngestError)
    assert result.path == str(path) and "no article text" in result.problem


def test_html_content_in_a_txt_file_is_read_as_html(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        "<!DOCTYPE html><html><body><p>Two people were rescued from the river on Tuesday.</p></body></html>"
    )
    doc = read_one(path)
    assert doc.text == "Two people were rescued from the river on Tuesday."


def test_json_list_records_errors_and_html_record():
    results = list(read_paths([FIXTURES / "records.json"]))
    assert [r.path for r in results] == [f"{FIXTURES / 'records.json'}#{n}" for n in (1, 2, 3)]
    first, missing, html = results
    assert isinstance(first, Document) and isinstance(html, Document)
    assert first.title == "Eleven detained after concert hall attack"
    assert (first.published, first.published_basis, first.language) == ("2024-03-23", "metadata", "en")
    assert first.outlet == "wire.example.com"  # no outlet field: the URL's host
    assert first.text.split("\n\n")[1] == "The attackers fled in a white car towards the border."
    assert isinstance(missing, IngestError) and "neither" in missing.problem and "#2" in str(missing)
    assert html.language == "hu" and html.outlet == "Példa Hírek" and "tizenegy embert" in html.text


def test_json_single_object_keeps_plain_path(tmp_path):
    path = tmp_path / "one.json"
    path.write_text('{"text": "The bridge collapsed into the river.", "outlet": "Wire"}')
    doc = read_one(path)
    assert doc.path == str(path) and doc.outlet == "Wire"


def test_jsonl_bad_line_is_isolated():
    results = list(read_paths([FIXTURES / "feed.jsonl"]))
    base = str(FIXTURES / "feed.jsonl")
    assert [(type(r).__name__, r.path) for r in results] == [
        ("Document", f"{base}#1"),
        ("IngestError", f"{base}#2"),
        ("Document", f"{base}#4"),
        ("IngestError", f"{base}#5"),
    ]
    assert "line 2" in results[1].problem and "invalid JSON" in results[1].problem
    assert results[2].outlet == "Wire Service"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        (
            "cp1251",
            "Российские власти задержали одиннадцать человек после нападения на концертный зал в Красногорске.",
        ),
        ("utf-16", "Szombat délutánig tizenegy embert tartóztattak le az orosz hatóságok, írja a BBC."),
        ("utf-16-le", "Por lo menos 143 personas murieron en el ataque, según las autoridades rusas."),
        (
            "latin-1",
            "Le président a déclaré que la sécurité de l'État était menacée ; les élèves étaient déçus.",
        ),
        ("utf-8-sig", "The ship's crew – all 22 of them – were accounted for, officials said."),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoding, text):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_one(path)
    assert doc.text == text


def test_nfc_and_line_endings_are_normalized(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(
        "Cafe\u0301 owners said\r\nthe square was closed.\r\n\r\n\r\nPolice\u00a0arrived  later.\r".encode()
    )
    doc = read_one(path)
    assert doc.text == "Café owners said\n\nthe square was closed.\n\nPolice arrived later."


def test_language_detected_when_not_given(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Por lo menos 143 personas muertas ha dejado el ataque terrorista en la sala de conciertos de Moscú."
    )
    assert read_one(path).language == "es"


def test_folder_is_read_recursively_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article text.")
    (tmp_path / "a.txt").write_text("First article text.")
    (tmp_path / "c.txt").write_text("Third article text.")
    (tmp_path / ".hidden.txt").write_text("Hidden article text.")
    (tmp_path / ".git" / "x.txt").write_text("Hidden folder text.")
    results = list(read_paths([tmp_path]))
    assert [Path(r.path).relative_to(tmp_path).as_posix() for r in results] == ["a.txt", "b/2.txt", "c.txt"]


def test_paths_keep_the_form_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("arts").mkdir()
    Path("arts/01_x.txt").write_text("Officials said the bridge would reopen.")
    (doc,) = read_paths(["arts"])
    assert doc.path == "arts/01_x.txt"


def test_unknown_extension_read_as_text_when_it_is_text(tmp_path):
    path = tmp_path / "article.story"
    path.write_text("Officials confirmed the detentions on Saturday.")
    assert read_one(path).text == "Officials confirmed the detentions on Saturday."


def test_ids_are_stable_across_reads():
    first = [r.id for r in read_paths([FIXTURES]) if isinstance(r, Document)]
    second = [r.id for r in read_paths([FIXTURES]) if isinstance(r, Document)]
    assert first == second and len(set(first)) == len(first)


def test_symlink_loop_is_walked_once(tmp_path):
    (tmp_path / "a.txt").write_text("The only article in the folder.")
    (tmp_path / "loop").symlink_to(tmp_path)
    results = list(read_paths([tmp_path]))
    assert [Path(r.path).name for r in results] == ["a.txt"]
