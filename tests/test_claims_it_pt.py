"""Italian and Portuguese through the English fallback model: sources, hedges and numbers read from words."""

from __future__ import annotations

from storyline.annotate import annotate_one
from storyline.claims import extract_claims
from storyline.models import Document


def claims(text: str, language: str, outlet: str = "Giornale"):
    doc = Document(id="x", path="x.txt", text=text, language=language)
    return extract_claims(doc, annotate_one(doc), outlet)


def numbers(claim):
    return {v.text: v for v in claim.values if v.kind == "number"}


def test_italian_according_to_and_glued_number():
    [c] = claims("Secondo la protezione civile, almeno ventotto persone sono morte nell'alluvione.", "it")
    assert c.attribution == ["Giornale", "la protezione civile"]
    assert c.modality == "reported"
    v = numbers(c)["ventotto"]
    assert (v.normalized, v.lower, v.upper, v.unit, v.measure) == ("28", 28.0, None, "people", "killed")


def test_italian_ordinal_secondo_is_no_source():
    [c] = claims("Il secondo giorno di sciopero ha bloccato trecento treni.", "it")
    assert c.attribution == ["Giornale"]
    assert numbers(c)["trecento"].normalized == "300"


def test_italian_inverted_speaker_after_auxiliary_and_conditional():
    [c] = claims("Il ponte sarebbe stato chiuso per precauzione, ha detto il sindaco.", "it")
    assert c.attribution == ["Giornale", "il sindaco"]
    assert c.modality == "hedged"


def test_italian_according_to_what_was_reported_by():
    [c] = claims("Secondo quanto riferito dalla questura, una decina di persone sono rimaste ferite.", "it")
    assert c.attribution == ["Giornale", "questura"]
    v = numbers(c)["una decina"]
    assert (v.normalized, v.unit, v.lower, v.upper) == ("10", "people", 8.5, 11.5)


def test_italian_denial_and_bounds():
    [c] = claims("L'azienda ha smentito che i dati siano stati rubati.", "it")
    assert c.modality == "denied"
    [c] = claims("Il sindaco ha dichiarato che circa duemila famiglie sono state evacuate e oltre centottanta "
                 "case distrutte.", "it")
    assert c.attribution == ["Giornale", "Il sindaco"]
    values = numbers(c)
    assert (values["duemila"].normalized, values["duemila"].lower) == ("2000", 2000 * 0.85)
    assert (values["centottanta"].normalized, values["centottanta"].upper) == ("180", None)  # cent(o)|ottanta


def test_portuguese_according_to_and_toll():
    [c] = claims("Segundo a Defesa Civil, pelo menos 35 pessoas morreram nas enchentes.", "pt")
    assert c.attribution == ["Giornale", "a Defesa Civil"]
    v = numbers(c)["35"]
    assert (v.lower, v.upper, v.unit, v.measure) == (35.0, None, "people", "killed")


def test_portuguese_conditional_hearsay_and_inverted_speaker():
    [c] = claims("O motorista teria fugido de carro, disse o delegado.", "pt")
    assert c.attribution == ["Giornale", "o delegado"]
    assert c.modality == "hedged"
    [c] = claims("A empresa negou que houvesse feridos.", "pt")
    assert c.modality == "denied"


def test_portuguese_ordinal_and_number_words():
    [c] = claims("O segundo incêndio destruiu mais de mil casas.", "pt")
    assert c.attribution == ["Giornale"] and c.modality == "asserted"
    v = numbers(c)["mil"]
    assert (v.normalized, v.lower, v.upper) == ("1000", 1000.0, None)
    [c] = claims("Vinte e cinco pessoas ficaram feridas, informou a polícia.", "pt")
    assert c.attribution == ["Giornale", "a polícia"]
    v = numbers(c)["Vinte e cinco"]
    assert (v.normalized, v.unit, v.measure) == ("25", "people", "injured")
    [c] = claims("De acordo com o ministério, cerca de duzentas famílias foram retiradas.", "pt")
    assert c.attribution == ["Giornale", "o ministério"]
    assert numbers(c)["duzentas"].normalized == "200"


def test_people_by_role_count_alike_in_every_language():
    [it] = claims("I soccorritori hanno evacuato 12.000 residenti da Faenza.", "it")
    [pt] = claims("As equipas de resgate retiraram 12 mil moradores da cidade de Faenza.", "pt")
    assert numbers(it)["12.000"].unit == numbers(pt)["12 mil"].unit == "resident"
    [child] = claims("Tra le vittime ci sono tre bambini, secondo la polizia.", "it")
    assert numbers(child)["tre"].unit == "child"
    [fire] = claims("Circa 80 pompieri hanno lottato contro le fiamme per sei ore.", "it")
    assert numbers(fire)["80"].unit == "firefighter"


def test_italian_subject_set_off_by_commas_is_no_inverted_speaker():
    [claim] = claims("Il suo avvocato, Jan Sokol, ha annunciato ricorso in appello.", "it")
    assert claim.attribution == ["Giornale"]  # the lawyer announces; "ricorso in appello" is no source
    [claim] = claims("Quattro sospetti sono stati arrestati, ha riferito l'agenzia Tass.", "it")
    assert claim.attribution[-1].endswith("Tass")  # an elided article opens the speaker after the verb
