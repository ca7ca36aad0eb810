"""Ukrainian through the English fallback model: sources, hedges, denials and numbers read from word forms."""

from __future__ import annotations

from storyline.annotate import annotate_one
from storyline.claims import extract_claims
from storyline.models import Document
from storyline.timex import tag


def claims(text: str, outlet: str = "Вісник", dct: str | None = None):
    doc = Document(id="u", path="u.txt", text=text, language="uk")
    annotation = annotate_one(doc)
    if dct:  # as the pipeline does: the time expressions, read with the Ukrainian rules
        annotation.timexes = tag(text, dct, doc=doc.id, lang="uk")
    return extract_claims(doc, annotation, outlet)


def numbers(claim):
    return {v.text: v for v in claim.values if v.kind == "number"}


def test_toll_with_lower_bound_and_inverted_source():
    [c] = claims("Унаслідок ракетного удару по Дніпру загинули щонайменше 143 людини, повідомили рятувальники.")
    assert c.attribution == ["Вісник", "рятувальники"]
    assert c.modality == "reported"
    v = numbers(c)["143"]
    assert (v.lower, v.upper, v.unit, v.measure) == (143.0, None, "people", "killed")


def test_according_to_and_injured_number_words():
    [c] = claims("За словами речника поліції, сорок сім людей поранено.")
    assert c.attribution == ["Вісник", "речника поліції"]
    assert c.modality == "reported"
    v = numbers(c)["сорок сім"]
    assert (v.normalized, v.lower, v.upper, v.unit, v.measure) == ("47", 47.0, 47.0, "people", "injured")


def test_speaker_before_and_after_the_reporting_verb():
    [c] = claims("Голова обласної військової адміністрації Іван Федоров заявив, що пораненими є 25 осіб.")
    assert c.attribution == ["Вісник", "Голова обласної військової адміністрації Іван Федоров"]
    assert (numbers(c)["25"].unit, numbers(c)["25"].measure) == ("people", "injured")
    [c] = claims("Щонайменше 12 людей загинули внаслідок обстрілу, заявив голова обласної адміністрації.")
    assert c.attribution == ["Вісник", "голова обласної адміністрації"]
    assert c.modality == "reported"
    [c] = claims("Про це заявив мер міста Олег Петренко.")
    assert c.attribution == ["Вісник", "мер міста Олег Петренко"]
    [c] = claims("Згідно з даними прокуратури, у місті затримано трьох чоловіків.")
    assert c.attribution == ["Вісник", "прокуратури"]
    assert numbers(c)["трьох"].normalized == "3"


def test_hedges_and_unconfirmed():
    [c] = claims("Ворожий дрон нібито впав на житловий будинок у Харкові.")
    assert c.modality == "hedged"
    [c] = claims("За неперевіреними даними, під завалами залишаються п'ятеро людей.")
    assert c.modality == "hedged"
    assert numbers(c)["п'ятеро"].normalized == "5"
    [c] = claims("Поліція поки не підтвердила цю інформацію.")
    assert c.attribution == ["Вісник", "Поліція"]
    assert c.modality == "hedged"


def test_denial():
    [c] = claims("Міністерство оборони Росії заперечило, що його війська обстріляли ринок.")
    assert c.modality == "denied"
    assert c.attribution == ["Вісник", "Міністерство оборони Росії"]
    [c] = claims("Речник Кремля спростував повідомлення про загибель генерала.")
    assert c.modality == "denied"


def test_scales_vague_and_approximate_quantities():
    [c] = claims("За даними ООН, понад 2,5 млн людей залишили свої домівки.")
    assert c.attribution == ["Вісник", "ООН"]
    v = numbers(c)["2,5 млн"]
    assert (v.normalized, v.lower, v.upper, v.unit) == ("2500000", 2500000.0, None, "people")
    [c] = claims("Як повідомили у ДСНС, близько десятка рятувальників працювали на місці, де постраждали "
                 "пʼятеро дітей.")
    assert c.attribution == ["Вісник", "ДСНС"]
    values = numbers(c)
    assert (values["десятка"].normalized, values["десятка"].unit, values["десятка"].lower) == ("10", "firefighter",
                                                                                              8.5)
    assert (values["пʼятеро"].normalized, values["пʼятеро"].unit, values["пʼятеро"].measure) == ("5", "child",
                                                                                                 "injured")
    [c] = claims("Внаслідок атаки постраждали десятки мешканців, ще кількох людей госпіталізовано.")
    values = numbers(c)
    assert (values["десятки"].lower, values["десятки"].upper, values["десятки"].unit) == (20, None, "resident")


def test_case_forms_currency_and_citing():
    [c] = claims("Обстріл забрав життя трьох людей, ще двоє отримали поранення.")
    values = numbers(c)
    assert (values["трьох"].normalized, values["трьох"].unit, values["трьох"].measure) == ("3", "people", "killed")
    assert (values["двоє"].normalized, values["двоє"].measure) == ("2", "injured")
    [c] = claims("Збитки оцінюють у 1 500 000 гривень, пише видання з посиланням на джерела в уряді.")
    assert c.attribution[-1] == "джерела в уряді"
    v = numbers(c)["1 500 000"]
    assert (v.normalized, v.unit) == ("1500000", "UAH")


def test_dates_ages_and_updates_are_not_counts():
    [c] = claims("24 лютого 2022 року Росія розпочала повномасштабне вторгнення, а вчора обстріляла Суми.",
                 dct="2024-03-12")
    assert numbers(c) == {}
    assert [(v.text, v.normalized) for v in c.values if v.kind == "date"] == [
        ("24 лютого 2022 року", "2022-02-24"), ("вчора", "2024-03-11")]
    [c] = claims("28-річний водій автобуса загинув на місці.")
    v = numbers(c)["28-річний"]
    assert (v.unit, v.measure, v.lower) == ("years old", "age", 28.0)
    [c] = claims("Кількість загиблих зросла до 150, повідомляє Укрінформ.")
    assert c.attribution == ["Вісник", "Укрінформ"]
    v = numbers(c)["150"]
    assert (v.update, v.measure) == (True, "killed")
