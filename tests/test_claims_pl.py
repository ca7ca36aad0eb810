"""Polish through the English fallback model: sources, hedges, denials and inflected numbers read from words."""

from __future__ import annotations

from storyline.annotate import annotate_one
from storyline.claims import extract_claims
from storyline.claims.lexicon import for_language
from storyline.models import Document


def claims(text: str, outlet: str = "Gazeta"):
    doc = Document(id="x", path="x.txt", text=text, language="pl")
    return extract_claims(doc, annotate_one(doc), outlet)


def numbers(claim):
    return {v.text: v for v in claim.values if v.kind == "number"}


def test_registry_gives_polish():
    assert for_language("pl").code == "pl"
    assert {"powiedział", "powiedziała", "powiedzieli", "doniósł", "donieśli"} <= for_language("pl").reporting


def test_toll_with_a_lower_bound_and_a_source_without_a_comma():
    [c] = claims("Według straży pożarnej w pożarze hali zginęło co najmniej 145 osób.")
    assert c.attribution == ["Gazeta", "straży pożarnej"]
    assert c.modality == "reported"
    v = numbers(c)["145"]
    assert (v.normalized, v.lower, v.upper, v.unit, v.measure) == ("145", 145.0, None, "people", "killed")


def test_inverted_speaker_after_a_comma_and_a_toll_in_two_words():
    [c] = claims("W katastrofie autobusu 143 osoby nie żyją, poinformował rzecznik wojewody.")
    assert c.attribution == ["Gazeta", "rzecznik wojewody"]
    v = numbers(c)["143"]
    assert (v.unit, v.measure) == ("people", "killed")


def test_speaker_before_the_verb_and_number_words_for_the_injured():
    [c] = claims("Dyrektor szpitala powiedziała, że czterdzieści siedem osób zostało rannych.")
    assert c.attribution == ["Gazeta", "Dyrektor szpitala"]
    v = numbers(c)["czterdzieści siedem"]
    assert (v.normalized, v.unit, v.measure) == ("47", "people", "injured")


def test_bare_count_before_a_verb_counts_no_noun():
    [c] = claims("Jak podaje agencja PAP, zginęło 12 górników, a 30 zostało rannych.")
    assert c.attribution == ["Gazeta", "agencja PAP"]
    values = numbers(c)
    assert (values["12"].measure, values["30"].unit, values["30"].measure) == ("killed", "", "injured")


def test_hedges_and_unofficial_information_is_no_source():
    [c] = claims("Sprawcy podobno uciekli samochodem z dwoma tysiącami złotych.")
    assert c.modality == "hedged"
    v = numbers(c)["dwoma tysiącami"]
    assert (v.normalized, v.unit) == ("2000", "PLN")
    [c] = claims("Według nieoficjalnych informacji napastników było czterech.")
    assert c.attribution == ["Gazeta"]
    assert c.modality == "hedged"
    [c] = claims("Tama rzekomo nie wytrzymała naporu wody, twierdzą eksperci.")
    assert c.attribution == ["Gazeta", "eksperci"]
    assert c.modality == "hedged"


def test_denial_and_unconfirmed():
    [c] = claims("Ministerstwo obrony zaprzeczyło, że w ostrzale zginęło pięciu żołnierzy.")
    assert c.modality == "denied"
    assert c.attribution == ["Gazeta", "Ministerstwo obrony"]
    v = numbers(c)["pięciu"]
    assert (v.normalized, v.unit, v.measure) == ("5", "soldier", "killed")
    [c] = claims("Policja nie potwierdziła, że zatrzymano trzech podejrzanych.")
    assert c.modality == "hedged"
    assert numbers(c)["trzech"].unit == "suspect"


def test_citing_and_a_vague_count_with_its_scale():
    [c] = claims("Powołując się na służby ratunkowe, portal napisał, że ewakuowano kilka tysięcy mieszkańców.")
    assert c.attribution == ["Gazeta", "portal", "służby ratunkowe"]
    v = numbers(c)["kilka tysięcy"]
    assert (v.normalized, v.lower, v.upper, v.unit) == ("3000", 3000.0, None, "resident")


def test_rising_toll_is_an_update_not_an_upper_bound():
    [c] = claims("Po trzęsieniu ziemi liczba ofiar śmiertelnych wzrosła do 2 300.")
    v = numbers(c)["2 300"]
    assert (v.lower, v.upper, v.update, v.measure) == (2300.0, 2300.0, True, "killed")
    [c] = claims("W zamieszkach rannych mogło zostać do 50 policjantów.")
    assert c.modality == "hedged"
    v = numbers(c)["50"]
    assert (v.lower, v.upper, v.unit) == (0.0, 50.0, "officer")


def test_about_and_hundreds_with_days_and_ages_left_out():
    [c] = claims("Około sto czterdzieści trzy rodziny straciły dach nad głową 24 marca, a 28-letni kierowca uciekł.")
    values = numbers(c)
    assert (values["sto czterdzieści trzy"].normalized, values["sto czterdzieści trzy"].lower) == ("143", 143 * 0.85)
    assert "24" not in values  # a day of the month, no count
    assert (values["28-letni"].unit, values["28-letni"].measure) == ("years old", "age")
    [c] = claims("Straty oszacowano na 1,5 mln zł, a ponad 6 500 budynków zostało uszkodzonych.")
    values = numbers(c)
    assert (values["1,5 mln"].normalized, values["1,5 mln"].unit) == ("1500000", "PLN")
    assert (values["6 500"].normalized, values["6 500"].lower, values["6 500"].upper) == ("6500", 6500.0, None)
