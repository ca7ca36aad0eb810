"""Hungarian through the English fallback model: postposed sources, reporting verbs, hedges, glued numbers."""

from __future__ import annotations

from storyline.annotate import annotate_one
from storyline.claims import extract_claims
from storyline.claims.lexicon import for_language
from storyline.models import Document


def claims(text: str, outlet: str = "Lap"):
    doc = Document(id="x", path="x.txt", text=text, language="hu")
    return extract_claims(doc, annotate_one(doc), outlet)


def numbers(claim):
    return {v.text: v for v in claim.values if v.kind == "number"}


def test_registry_gives_hungarian():
    assert for_language("hu").code == "hu" and for_language("hu").head_final


def test_source_before_szerint_without_its_report_noun():
    [c] = claims("A mentőszolgálat közlése szerint legalább százhuszonhét ember meghalt a tűzben.")
    assert c.attribution == ["Lap", "A mentőszolgálat"]
    assert c.modality == "reported"
    v = numbers(c)["százhuszonhét"]
    assert (v.normalized, v.lower, v.upper, v.unit, v.measure) == ("127", 127.0, None, "people", "killed")


def test_named_source_and_hedge():
    [c] = claims("Nagy Ilona szerint a raktárat állítólag felgyújtották.")
    assert c.attribution == ["Lap", "Nagy Ilona"]
    assert c.modality == "hedged"


def test_the_news_say_is_a_hedge_not_a_source():
    [c] = claims("A hírek szerint mintegy negyven kilométerre a várostól fogták el a két férfit.")
    assert c.attribution == ["Lap"]
    assert c.modality == "hedged"
    v = numbers(c)["negyven"]
    assert (v.unit, v.lower, v.upper) == ("km", 40 * 0.85, 40 * 1.15)


def test_speaker_before_and_after_the_verb():
    [c] = claims("Az államtitkár azt mondta, hogy hárman megsebesültek.")
    assert c.attribution == ["Lap", "Az államtitkár"]
    v = numbers(c)["hárman"]
    assert (v.normalized, v.unit, v.measure) == ("3", "people", "injured")
    [c] = claims("A híd lezárása csak ideiglenes – mondta el Kovács Péter a rádiónak.")
    assert c.attribution == ["Lap", "Kovács Péter"]


def test_citing_with_a_case_ending_and_hyphenated_number():
    [c] = claims("A BBC-re hivatkozva a lap azt írta, hogy kétezer-háromszáz lakost evakuáltak.")
    assert c.attribution == ["Lap", "a lap", "A BBC"]
    assert numbers(c)["kétezer-háromszáz"].normalized == "2300"


def test_denial_and_unconfirmed():
    [c] = claims("A polgármester tagadta, hogy a hídon repedések voltak.")
    assert c.modality == "denied"
    [c] = claims("A minisztérium nem erősítette meg, hogy öt ember eltűnt.")
    assert c.modality == "hedged"
    assert numbers(c)["öt"].unit == "people"


def test_endings_on_digits_and_words():
    [c] = claims("A tűzben 143-an sérültek meg, a kihallgatás után 12-t szabadon engedtek.")
    values = numbers(c)
    assert (values["143"].unit, values["143"].measure) == ("people", "injured")
    assert (values["12"].normalized, values["12"].unit) == ("12", "")


def test_article_one_and_a_noun_after_a_number_word_are_no_counts():
    [c] = claims("Egy rendőr megsebesült, és két hét múlva négyen távoztak a kórházból.")
    values = numbers(c)
    assert set(values) == {"két", "négyen"}  # "egy" is the article, "hét" the week
    assert (values["két"].unit, values["négyen"].unit) == ("hét", "people")


def test_glued_unit_and_thousands():
    [c] = claims("A tűzoltók legalább százkilométerre vezették el a vizet, több mint 6 500 háztartás kapott ivóvizet.")
    values = numbers(c)
    assert (values["százkilométerre"].normalized, values["százkilométerre"].unit) == ("100", "km")
    assert (values["6 500"].normalized, values["6 500"].lower, values["6 500"].upper) == ("6500", 6500.0, None)


def test_adjectives_and_ordinals_of_numbers_are_no_counts():
    [c] = claims("A hármas számú terem ötödik sorában ült le az ezres bankjeggyel fizető vendég.")
    assert numbers(c) == {}
