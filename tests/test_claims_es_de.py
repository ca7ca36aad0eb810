"""Spanish and German through the English fallback model: sources, hedges and numbers read from the words."""

from __future__ import annotations

from storyline.annotate import annotate_one
from storyline.claims import extract_claims
from storyline.models import Document


def claims(text: str, language: str, outlet: str = "Diario"):
    doc = Document(id="x", path="x.txt", text=text, language=language)
    return extract_claims(doc, annotate_one(doc), outlet)


def numbers(claim):
    return {v.text: v for v in claim.values if v.kind == "number"}


def test_spanish_according_to_and_toll():
    [c] = claims("Según la policía regional, al menos 27 personas murieron en el derrumbe.", "es")
    assert c.attribution == ["Diario", "la policía regional"]
    assert c.modality == "reported"
    v = numbers(c)["27"]
    assert (v.lower, v.upper, v.unit, v.measure) == (27.0, None, "people", "killed")


def test_spanish_reporting_verbs_both_orders_and_hedges():
    [c] = claims("Dos guardias estarían implicados en la fuga, informó la fiscalía provincial.", "es")
    assert c.attribution == ["Diario", "la fiscalía provincial"]
    assert c.modality == "hedged"  # conditional "estarían": hearsay
    [c] = claims("El alcalde dijo que el incendio fue presuntamente provocado.", "es")
    assert c.attribution == ["Diario", "El alcalde"] and c.modality == "hedged"
    [c] = claims("La constructora negó cualquier responsabilidad en el accidente.", "es")
    assert c.modality == "denied"


def test_spanish_number_words_and_thousands():
    [c] = claims("Más de 1.250 vecinos fueron evacuados y cinco resultaron heridos.", "es")
    values = numbers(c)
    assert (values["1.250"].normalized, values["1.250"].lower, values["1.250"].upper) == ("1250", 1250.0, None)
    assert (values["cinco"].normalized, values["cinco"].measure) == ("5", "injured")


def test_german_sources_before_and_after():
    [c] = claims("Laut Feuerwehr wurden mindestens 15 Menschen verletzt, sagte ein Sprecher.", "de")
    assert c.attribution == ["Diario", "Feuerwehr", "ein Sprecher"]
    v = numbers(c)["15"]
    assert (v.lower, v.upper, v.unit, v.measure) == (15.0, None, "people", "injured")
    [c] = claims("Den Ermittlern zufolge floh der Fahrer in einem grauen Wagen.", "de")
    assert c.attribution == ["Diario", "Den Ermittlern"]


def test_german_hedges_denials_and_decimal_comma():
    [c] = claims("Der Bürgermeister soll angeblich Schmiergeld in Höhe von 2,5 Millionen Euro angenommen haben.", "de")
    assert c.modality == "hedged"
    money = numbers(c)["2,5 Millionen"]
    assert (money.normalized, money.unit) == ("2500000", "EUR")
    [c] = claims("Das Unternehmen bestritt, dass Daten gestohlen wurden.", "de")
    assert c.modality == "denied"


def test_ages_are_read_in_spanish_and_german_but_not_sentences():
    def ages(lang: str, text: str) -> list[tuple[str, float | None]]:
        doc = Document(id="d", path="d.txt", text=text, language=lang)
        return [(v.text, v.lower) for c in extract_claims(doc, annotate_one(doc), "X") for v in c.values
                if v.measure == "age"]

    assert ages("es", "La policía detuvo a Mukhammadsobir Faizov, de 19 años, en Briansk.") == [("de 19 años", 19)]
    assert ages("es", "Recibió una condena de 20 años de prisión.") == []
    assert ages("de", "Der 28-jährige Pilot wurde in Spanien getötet.") == [("28-jährige", 28)]


def test_german_travellers_are_passengers_in_every_case():
    for text in ("Ein Personenzug mit rund 350 Fahrgästen stieß mit einem Güterzug zusammen.",
                 "Im Zug saßen 342 Reisende.", "An Bord waren 342 Passagieren."):
        [claim] = claims(text, "de")
        assert [v.unit for v in claim.values if v.kind == "number"] == ["passenger"], text
