"""Russian: natasha's parse as a spaCy Doc, and claims read over it."""

from __future__ import annotations

from storyline.annotate import annotate_one
from storyline.annotate_ru import _tree
from storyline.claims import extract_claims
from storyline.models import Document


def annotated(text: str):
    doc = Document(id="r", path="r.txt", text=text, language="ru")
    return doc, annotate_one(doc)


def claims(text: str, outlet: str = "Газета"):
    doc, ann = annotated(text)
    return extract_claims(doc, ann, outlet)


def test_natasha_doc_keeps_the_text_offsets_lines_and_entities():
    text = "Пожар на складе\n\nВ Казани  сгорел склад компании «Ромашка».  Директор Олег Смирнов уволен.\n"
    doc, ann = annotated(text)
    parsed = ann.parse
    assert parsed.text == text and parsed.lang_ == "ru"
    assert [s.text.strip() for s in parsed.sents] == [
        "Пожар на складе", "В Казани  сгорел склад компании «Ромашка».", "Директор Олег Смирнов уволен."]
    assert all(sum(t.dep_ == "ROOT" for t in s) == 1 for s in parsed.sents)
    for m in ann.mentions:
        assert text[m.start:m.end] == m.text
    assert {("Казани", "LOC"), ("Олег Смирнов", "PERSON")} <= {(m.text, m.label) for m in ann.mentions}
    lemmas = {t.text: t.lemma_ for t in parsed}
    assert lemmas["сгорел"] == "сгореть" and lemmas["склад"] == "склад"


def test_tree_repairs_extra_roots_and_cycles():
    heads = _tree([-1, 2, 1, -1], ["VERB", "NOUN", "NOUN", "VERB"])
    assert heads.count(-1) == 1
    for i in range(len(heads)):  # every token reaches the root
        seen, j = set(), i
        while heads[j] >= 0:
            assert j not in seen
            seen.add(j)
            j = heads[j]


def test_sources_of_russian_attribution():
    [c] = claims("По словам губернатора области, мост был закрыт на ремонт.")
    assert c.attribution == ["Газета", "губернатора области"]
    [c] = claims("Представитель полиции сообщил, что задержаны трое мужчин.")
    assert c.attribution == ["Газета", "Представитель полиции"]
    assert c.modality == "reported"


def test_citing_and_hedges():
    [c] = claims("Директор якобы был арестован, сообщает агентство со ссылкой на источник в суде.")
    assert c.attribution[1:] == ["агентство", "источник в суде"]
    assert c.modality == "hedged"
    [c] = claims("Предположительно причиной пожара стала неисправная проводка.")
    assert c.modality == "hedged"


def test_denial():
    [c] = claims("Министерство опровергло, что солдаты участвовали в операции.")
    assert c.modality == "denied"


def test_russian_numbers():
    [c] = claims("В результате аварии погибли по меньшей мере 12 человек, десятки получили ранения.")[:1]
    values = {v.text: v for v in c.values if v.kind == "number"}
    dead = values["12"]
    assert (dead.lower, dead.upper, dead.unit, dead.measure) == (12.0, None, "people", "killed")
    detained, seized = claims("Полиция задержала двух подозреваемых и изъяла около 2,5 млн рублей.")
    assert seized.text.startswith("изъяла") and seized.subject == "Полиция"  # two statements, one subject
    values = {v.text: v for c in (detained, seized) for v in c.values if v.kind == "number"}
    assert values["двух"].normalized == "2"
    money = values["2,5 млн"]
    assert (money.normalized, money.unit) == ("2500000", "RUB") and money.lower < 2_500_000 < money.upper


def test_a_source_without_a_subject_a_title_with_its_name_and_an_aside_for_both_clauses():
    found = {c.text: (c.modality, c.attribution)
             for c in claims("В результате взрыва погибли пять человек, еще 15 пострадали, сообщили в МЧС. "
                             "Губернатор Глеб Никитин заявил, что пожар был потушен. "
                             "В компании «Сибур» отрицают нарушение правил безопасности.")}
    assert found["В результате взрыва погибли пять человек"] == ("reported", ["Газета", "МЧС"])
    assert found["еще 15 пострадали"] == ("reported", ["Газета", "МЧС"])  # the aside tells both clauses
    assert found["Губернатор Глеб Никитин заявил, что пожар был потушен."][1] == ["Газета", "Губернатор Глеб Никитин"]
    assert found["В компании «Сибур» отрицают нарушение правил безопасности."] == (
        "denied", ["Газета", "компании «Сибур»"])
