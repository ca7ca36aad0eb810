"""French claims over fr_core_news_sm's UD parse: attribution, modality (conditional = hearsay), numbers."""

from __future__ import annotations

import pytest

from storyline.annotate import annotate_one
from storyline.claims import extract_claims
from storyline.models import Document


def claims(text: str, outlet: str = "Journal"):
    doc = Document(id="f", path="f.txt", text=text, language="fr")
    return extract_claims(doc, annotate_one(doc), outlet)


def numbers(claim):
    return {v.text: v for v in claim.values if v.kind == "number"}


def test_french_documents_get_the_french_parser():
    doc = Document(id="f", path="f.txt", text="Le maire a inauguré le pont hier.", language="fr")
    assert annotate_one(doc).parse.lang_ == "fr"


@pytest.mark.parametrize("text, source", [
    ("Selon les pompiers de la ville, trois immeubles ont été évacués.", "les pompiers de la ville"),
    ("D'après le quotidien régional, le maire a quitté ses fonctions.", "le quotidien régional"),
    ("Le porte-parole du ministère a déclaré que deux avions avaient été abattus.", "Le porte-parole du ministère"),
    ("Neuf personnes ont été interpellées, a indiqué la gendarmerie.", "la gendarmerie"),
    ("Quelque 80 pompiers ont lutté contre les flammes pendant six heures, a indiqué le service d'incendie.",
     "le service d'incendie"),
    ("Selon la Croix-Rouge, vingt personnes sont mortes.", "la Croix-Rouge"),  # a name the parse splits at its hyphen
    ("Le Croissant-Rouge libyen a indiqué que vingt personnes sont mortes.", "Le Croissant-Rouge"),
])
def test_sources_of_french_attribution(text, source):
    [c] = claims(text)
    assert c.attribution == ["Journal", source]
    assert c.modality == "reported"


def test_citing_extends_the_chain():
    [c] = claims("Le ministère a affirmé que le barrage avait cédé, citant des ingénieurs sur place.")
    assert c.attribution == ["Journal", "Le ministère", "des ingénieurs sur place"]


def test_conditional_mood_and_presumed_hedge():
    assert claims("Le directeur aurait été tué par ses gardes du corps.")[0].modality == "hedged"
    assert claims("Le présumé incendiaire a été arrêté à la gare.")[0].modality == "hedged"
    assert claims("Le navire a heurté le pont mardi matin.")[0].modality == "asserted"
    # the model tags the participle a proper noun: the auxiliary's mood still tells hearsay
    said = claims("Selon l'acte d'accusation, M. Hrubý aurait perçu 2,4 millions d'euros de la part du groupe "
                  "de construction Stavmont entre 2018 et 2020.")
    assert said[0].modality == "hedged"


def test_denials():
    assert claims("La société a démenti que ses camions transportaient des armes.")[0].modality == "denied"
    assert claims("Le gouverneur a nié toute implication dans le scandale.")[0].modality == "denied"


def test_a_denial_the_parser_splits_from_its_object_stays_one_denied_claim():
    # fr_core_news_sm ends a sentence after "nié"; "avoir reçu de l'argent." alone would read as asserted
    found = claims("Le parquet l'accuse de corruption. L'ancien ministre a toujours nié avoir reçu de l'argent.")
    assert [c.modality for c in found if "argent" in c.text] == ["denied"]
    assert not any(c.text.startswith("avoir") for c in found)


def test_numbers_with_hedges_separators_and_units():
    [c] = claims("Au moins 143 personnes ont été tuées et plus de 6 500 blessés ont été recensés.")
    values = numbers(c)
    killed, injured = values["143"], values["6 500"]
    assert (killed.lower, killed.upper, killed.unit, killed.measure) == (143.0, None, "people", "killed")
    assert (injured.normalized, injured.lower, injured.upper, injured.measure) == ("6500", 6500.0, None, "injured")


def test_number_words_approximations_decimal_comma_and_dates():
    [c] = claims("Une dizaine de suspects ont versé 1,6 million d'euros à deux notaires le 12 avril 2021.")
    values = numbers(c)
    assert set(values) == {"Une dizaine", "1,6 million", "deux"}  # neither the day nor the year is a count
    about = values["Une dizaine"]
    assert about.lower < 10 < about.upper and about.unit == "suspect"
    assert (values["1,6 million"].normalized, values["1,6 million"].unit) == ("1600000", "EUR")
    assert values["deux"].normalized == "2"
    [v] = numbers(claims("Quatre-vingt-dix maisons ont été détruites par la tempête.")[0]).values()
    assert v.normalized == "90"


def test_a_clause_after_quand_with_a_named_subject_is_a_claim_too():
    doc = Document(id="d", path="d.txt", language="fr",
                   text="L'audience a eu lieu quand la Russie observait une journée de deuil national pour les victimes.")
    texts = [c.text for c in extract_claims(doc, annotate_one(doc), "X")]
    assert "la Russie observait une journée de deuil national pour les victimes" in texts


def test_a_speaker_after_the_statement_leaves_the_statement_its_own_verb():
    [c] = claims("Quelque 80 pompiers ont lutté contre les flammes pendant six heures, a indiqué le service d'incendie.")
    assert c.predicate == "lutter" and c.subject.endswith("80 pompiers")
