"""Annotate stage: offsets into the clean text, line breaks end sentences, parallel equals sequential."""

from __future__ import annotations

from storyline import annotate as stage
from storyline.models import Document


def test_mentions_point_into_the_text_and_lines_end_sentences():
    doc = Document(id="d", path="d.txt", text="Ukraine Claims Pilot Defected\nMaxim Kuzminov flew to Kharkiv.")
    ann = stage.annotate_one(doc)
    assert len(ann.sentences) == 2  # the headline line never runs into the body
    for m in ann.mentions:
        assert doc.text[m.start:m.end] == m.text
    assert any(m.text == "Maxim Kuzminov" and m.label == "PERSON" for m in ann.mentions)


def test_worker_processes_give_the_same_annotations(monkeypatch):
    docs = [Document(id=f"d{i}", path=f"{i}.txt", text=f"Officials in Baltimore said {i} workers were rescued "
                     f"from the Patapsco River on Tuesday, Governor Wes Moore told reporters.") for i in range(8)]
    sequential = [a.to_dict() for a in stage.annotate(docs)]
    monkeypatch.setattr(stage, "PARALLEL_FROM", 4)
    parallel = [a.to_dict() for a in stage.annotate(docs)]
    assert parallel == sequential


def test_french_and_russian_documents_get_their_own_parsers(monkeypatch):
    fr = Document(id="f", path="f.txt", language="fr", text="La police a arrêté deux hommes à Lyon.")
    ru = [Document(id=f"r{i}", path=f"r{i}.txt", language="ru",
                   text=f"Губернатор Иван Петров заявил, что {i} человек эвакуированы из Казани.") for i in range(3)]
    annotations = list(stage.annotate([fr, *ru]))
    assert [a.parse.lang_ for a in annotations] == ["fr", "ru", "ru", "ru"]
    assert any(m.text == "Иван Петров" and m.label == "PERSON" for m in annotations[1].mentions)
    monkeypatch.setattr(stage, "PARALLEL_FROM", 2)  # natasha's parser also runs in worker processes
    assert [a.to_dict() for a in stage.annotate(ru)] == [a.to_dict() for a in annotations[1:]]


def test_an_ordinal_day_before_a_month_ends_no_sentence():
    text = "Die Pipeline war am 7. Mai nach dem Angriff abgeschaltet worden. Er zählte bis 7. Dann ging er."
    doc = Document(id="de", path="de.txt", text=text, language="de", content_hash="de")
    sentences = [text[s.start:s.end] for s in stage.annotate_one(doc).sentences]
    assert sentences[0] == "Die Pipeline war am 7. Mai nach dem Angriff abgeschaltet worden."
    assert "Er zählte bis 7." in sentences  # a count before a new sentence still ends it
