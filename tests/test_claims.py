"""Claims stage: clauses, attribution chains, modality and typed numeric values."""

from __future__ import annotations

import pytest

from storyline.annotate import annotate_one
from storyline.claims import extract_claims
from storyline.claims.values import compatible, parse_number
from storyline.models import Document, Value


def claims_in(text: str, language: str, outlet: str = "X"):
    """The claims of one article in the given language, annotated as the pipeline would."""
    doc = Document(id="t", path="t.txt", text=text, language=language, content_hash="t")
    return extract_claims(doc, annotate_one(doc), outlet)


def claims_of(annotated, text: str, outlet: str = "Daily"):
    doc, ann = annotated(text, outlet=outlet)
    return extract_claims(doc, ann, outlet)


def measures(annotated, text: str) -> list[str]:
    """What each figure of an English article counts (its measure), in order."""
    return [v.measure for c in claims_of(annotated, text) for v in c.values if v.kind == "number"]


def test_coordinated_clauses_with_own_subjects_become_separate_claims(annotated):
    claims = claims_of(annotated, "Two crew members were killed during the landing, while the pilot managed to escape.")
    texts = [c.text for c in claims]
    assert texts == ["Two crew members were killed during the landing", "the pilot managed to escape"]
    assert claims[0].predicate == "kill"


def test_a_reported_statement_of_two_conjuncts_keeps_both_and_its_source(annotated):
    claims = claims_of(annotated, "A fast-moving wildfire in Ventura County has burned more than 12,000 acres "
                                  "and forced about 30,000 people to evacuate, fire officials said on Monday.")
    figures = {v.text: c for c in claims for v in c.values if v.kind == "number"}
    assert set(figures) == {"more than 12,000 acres", "about 30,000"}
    assert figures["more than 12,000 acres"] is not figures["about 30,000"]
    assert all(c.attribution == ["Daily", "fire officials"] for c in claims)
    assert not [c for c in claims if c.text.startswith("fire officials said")]  # no claim of the source alone


def test_evidence_offsets_point_at_the_claim_text(annotated):
    text = "Heading\n\nThe army said 60 people died. Police detained 11 suspects on Saturday."
    doc, ann = annotated(text)
    for c in extract_claims(doc, ann, "X"):
        assert doc.text[c.start:c.end] == c.text
    assert not any(c.text.startswith("Heading") for c in extract_claims(doc, ann, "X"))


def test_attribution_chain_follows_according_to_then_citing(annotated):
    [c] = claims_of(annotated, "According to RT, citing sources close to the pilot's family, "
                               "Inna Kuzminova had planned to travel from Moscow to Vladivostok.", outlet="Blog")
    assert c.attribution[0] == "Blog"
    assert c.attribution[1] == "RT"
    assert c.attribution[2].startswith("sources close to the pilot")
    assert c.modality == "reported"


@pytest.mark.parametrize(
    ("language", "text", "chain"),
    [
        ("en", "Sources quoted by Reuters said the plane was shot down.", ["X", "Reuters", "Sources"]),
        ("en", "According to sources quoted by Reuters, the plane was shot down.", ["X", "Reuters", "sources"]),
        ("fr", "Selon des sources judiciaires citées par l'AFP, il devra payer une amende.",
         ["X", "AFP", "des sources judiciaires"]),
        ("es", "Según fuentes judiciales citadas por la agencia EFE, deberá pagar una multa.",
         ["X", "agencia EFE", "fuentes judiciales"]),
        ("it", "Secondo fonti giudiziarie citate dall'AFP, dovrà pagare anche una multa.",
         ["X", "AFP", "fonti giudiziarie"]),
        ("pt", "Segundo fontes citadas pela Reuters, o avião foi abatido.", ["X", "Reuters", "fontes"]),
        ("es", "Sarkozy, de 71 años, anunció que recurrirá la sentencia.", ["X", "Sarkozy"]),
        ("en", "Another 10,100 people are missing, Marie el-Drese of the Red Crescent told the Associated Press.",
         ["X", "the Associated Press", "Marie el-Drese of the Red Crescent"]),
        ("en", "The mayor told Reuters that 20 people died.", ["X", "Reuters", "The mayor"]),
        ("en", "The ambassador told the Security Council that 20 people died.", ["X", "The ambassador"]),
        ("fr", "Le maire a déclaré à l'AFP que vingt personnes sont mortes.", ["X", "l'AFP", "Le maire"]),
        ("es", "Murieron 11.300 personas, según la Media Luna Roja libia, citada por la agencia AP.",
         ["X", "agencia AP", "la Media Luna Roja libia"]),
    ],
)
def test_a_source_cited_by_another_comes_after_it_and_an_aside_leaves_the_speaker(language, text, chain):
    [c] = claims_in(text, language)
    assert c.attribution == chain
    assert c.modality == "reported"


def test_reporting_verb_subject_and_passive_agent_are_sources(annotated):
    [c] = claims_of(annotated, "The Interior Ministry said the bridge had collapsed.")
    assert c.attribution[1:] == ["The Interior Ministry"]
    [p] = claims_of(annotated, "Their deaths were confirmed by the head of the agency.")
    assert p.attribution[1].startswith("the head of the agency")


def test_modality_hedged_denied_and_asserted(annotated):
    hedged = claims_of(annotated, "The man was reportedly shot by his attackers.")[0]
    assert hedged.modality == "hedged"
    unconfirmed = claims_of(annotated, "The authenticity of this video has not been independently confirmed.")[0]
    assert unconfirmed.modality == "hedged"
    denied = claims_of(annotated, "Kyiv denied that it was involved in the attack.")[0]
    assert denied.modality == "denied"
    plain = claims_of(annotated, "The ship struck the bridge early on Tuesday.")[0]
    assert plain.modality == "asserted"


def test_numbers_keep_units_measures_and_hedged_bounds(annotated):
    claims = claims_of(annotated, "The attack has claimed the lives of more than 130 people and left at least 150 injured.")
    assert len(claims) == 2  # killed and injured: two statements about the attack
    values = {v.text: v for c in claims for v in c.values if v.kind == "number"}
    killed = next(v for t, v in values.items() if "130" in t)
    injured = next(v for t, v in values.items() if "150" in t)
    assert (killed.lower, killed.upper, killed.measure) == (130.0, None, "killed")
    assert (injured.lower, injured.upper, injured.measure) == (150.0, None, "injured")
    [m] = claims_of(annotated, "The company was paid $500,000 for the work.")
    money = next(v for v in m.values if v.kind == "number")
    assert (money.normalized, money.unit) == ("500000", "USD")


def test_an_article_before_a_number_word_is_no_one():
    assert parse_number("an estimated two million") == 2_000_000
    assert parse_number("a million") == 1_000_000 and parse_number("a dozen") == 12


def test_parse_number_words_and_separators():
    assert parse_number("6,500") == 6500
    assert parse_number("two") == 2
    assert parse_number("1.6") == 1.6
    assert parse_number("twenty-five") == 25
    assert parse_number("3 million") == 3_000_000


def test_compatible_bounds():
    def v(lo, hi):
        return Value(kind="number", text="", start=0, end=0, lower=lo, upper=hi)

    assert compatible(v(130, None), v(137, 137))  # "more than 130" and "137"
    assert not compatible(v(143, None), v(137, 137))  # "at least 143" and "137"
    assert compatible(v(17, 23), v(20, 20))  # "about 20" and "20"
    assert not compatible(v(60, 60), v(93, 93))


def test_relative_clause_is_a_claim_about_its_antecedent(annotated):
    claims = claims_of(annotated, "The 28-year-old pilot, who served in the 319th separate helicopter regiment, "
                                  "made the decision to defect.")
    rel = [c for c in claims if c.predicate == "serve"]
    assert rel and rel[0].text.startswith("The 28-year-old pilot, who served in the 319th")
    assert rel[0].subject == "The 28-year-old pilot"


def test_lengths_compare_across_units_and_dimensions_are_read():
    from storyline.claims.values import canonical

    km = Value(kind="number", text="340 km", start=0, end=0, unit="km", lower=289.0, upper=391.0)
    miles = Value(kind="number", text="210 miles", start=0, end=0, unit="mile", lower=210.0, upper=210.0)
    far = Value(kind="number", text="400 km", start=0, end=0, unit="kilometer", lower=400.0, upper=400.0)
    assert canonical(miles)[0] == "km"
    assert compatible(km, miles)
    assert not compatible(miles, far)


def test_dimension_of_a_measurement(annotated):
    [c] = claims_of(annotated, "The ship is 984 feet long and 157 feet wide.")
    dims = {v.text: v.measure for v in c.values if v.kind == "number"}
    assert dims == {"984 feet": "length", "157 feet": "width"}


def test_adverbial_clause_with_a_named_subject_is_a_claim_of_its_own(annotated):
    claims = claims_of(annotated, "The hearing came as Russia observed a national day of mourning for the victims.")
    texts = [c.text for c in claims]
    assert texts[0].startswith("The hearing came as Russia observed")  # the sentence keeps its clause
    assert "Russia observed a national day of mourning for the victims" in texts
    [nested] = [c for c in claims if c.text.startswith("Russia")]
    assert nested.subject == "Russia" and nested.predicate == "observe"


def test_adverbial_clause_with_a_pronoun_subject_stays_in_its_sentence(annotated):
    claims = claims_of(annotated, "Two crew members were killed as they attempted to flee back to the border.")
    assert [c.text for c in claims] == ["Two crew members were killed as they attempted to flee back to the border."]


def test_a_figure_the_article_gives_as_an_update_is_marked(annotated):
    [c] = claims_of(annotated, "The death toll surged to at least 93, the Investigative Committee said.")
    assert [(v.text, v.update) for v in c.values if v.kind == "number"] == [("at least 93", True)]
    [c] = claims_of(annotated, "The toll stood at 137, up from 60 on Saturday.")
    assert [(v.text, v.update) for v in c.values if v.kind == "number"] == [("137", True), ("60", False)]
    [c] = claims_of(annotated, "The attack killed 60 people, officials said.")
    assert not any(v.update for v in c.values)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Inondations en Italie : le bilan s'alourdit à 31 morts."),
        ("fr", "Le bilan s'est alourdi à 31 morts, selon la protection civile."),
        ("de", "Die Zahl der Toten ist auf 31 gestiegen, teilte der Zivilschutz mit."),
    ],
)
def test_a_toll_that_grew_is_an_update_in_french_and_german(language: str, text: str) -> None:
    assert [(v.text, v.measure, v.update) for c in claims_in(text, language) for v in c.values
            if v.kind == "number"] == [("31", "killed", True)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Turkey earthquake: death toll passes 1,200, officials said."),
        ("en", "The death toll from the earthquake topped 1,200 on Monday."),
        ("fr", "Le bilan du séisme dépasse les 1 200 morts, selon les autorités."),
        ("es", "El número de muertos supera los 1.200, según las autoridades."),
        ("de", "Die Zahl der Toten übersteigt 1200, teilten die Behörden mit."),
    ],
)
def test_a_figure_a_toll_passes_is_its_lower_bound(language: str, text: str) -> None:
    assert [(v.lower, v.upper) for c in claims_in(text, language) for v in c.values
            if v.kind == "number"] == [(1200, None)]


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "A magnitude 7.8 earthquake struck southeastern Turkey early on Monday.", "7.8"),
        ("en", "A 7.8-magnitude earthquake struck southeastern Turkey early on Monday.", "7.8"),
        ("fr", "Un séisme de magnitude 7,8 a frappé lundi le sud-est de la Turquie.", "7.8"),
        ("es", "El sismo, de magnitud 7,8, se produjo a las 4:17 hora local del lunes.", "7.8"),
        ("de", "Ein Erdbeben der Stärke 7,7 hat am Montagmorgen die Türkei erschüttert.", "7.7"),
    ],
)
def test_a_figure_next_to_a_scale_word_is_a_magnitude(language: str, text: str, figure: str) -> None:
    found = [(v.normalized, v.unit, v.measure) for c in claims_in(text, language) for v in c.values
             if v.kind == "number"]
    assert (figure, "magnitude", "magnitude") in found


def test_a_large_figure_near_a_scale_word_is_no_magnitude(annotated):
    values = [v for c in claims_of(annotated, "The magnitude of the disaster: 1,200 people were killed.")
              for v in c.values if v.kind == "number"]
    assert values and all(v.unit != "magnitude" for v in values)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "The court also fined Sarkozy 100,000 euros on Thursday.", "fine"),
        ("fr", "Il devra également payer une amende de 100 000 euros.", "fine"),
        ("de", "Zudem muss er eine Geldstrafe von 100.000 Euro zahlen.", "fine"),
        ("es", "Los secuestradores exigieron un rescate de 100.000 euros.", "ransom"),
        ("en", "The judge set bail at $100,000 on Friday.", "bail"),
        ("en", "Greece will get a $100,000 bailout loan from the fund.", ""),
    ],
)
def test_a_sum_whose_words_say_what_it_is_takes_that_kind(language: str, text: str, kind: str) -> None:
    sums = [(v.lower, v.unit, v.measure) for c in claims_in(text, language) for v in c.values
            if v.kind == "number"]
    assert [(lower, unit) for lower, unit, _ in sums] == [(100_000, "USD" if "$" in text else "EUR")]
    assert (sums[0][2] == kind) if kind else sums[0][2] not in ("fine", "bail", "ransom", "reward")


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Fourteen people were still missing, the coast guard said.", "14"),
        ("en", "Ferry sinks off Greek island, 14 missing", "14"),
        ("fr", "106 personnes ont été secourues et 14 sont toujours portées disparues.", "14"),
        ("it", "I soccorritori hanno tratto in salvo 106 persone, mentre 16 risultano ancora disperse.", "16"),
        ("es", "Las autoridades informaron de que 14 personas siguen desaparecidas tras el naufragio.", "14"),
    ],
)
def test_a_count_of_the_missing_is_a_toll_of_the_missing(language: str, text: str, figure: str) -> None:
    found = {(v.normalized, v.unit, v.measure) for c in claims_in(text, language) for v in c.values
             if v.kind == "number"}
    assert (figure, "people", "missing") in found
    assert not {m for _, _, m in found if m == "missing"} - {"missing"}


def test_ranges_keep_both_bounds_and_scores_are_no_counts(annotated):
    def numbers(text: str) -> list[tuple[float | None, float | None]]:
        return [(v.lower, v.upper) for c in claims_of(annotated, text) for v in c.values if v.kind == "number"]

    assert numbers("20-30 people were injured in the blast, police said.") == [(20, 30)]
    assert numbers("Between 20 and 30 people were injured in the blast.") == [(20, 30)]
    assert numbers("The ship carried 20 to 30 million tonnes of grain.") == [(20_000_000, 30_000_000)]
    assert numbers("The Celtics beat the Bulls 102-99 on Sunday.") == []
    assert numbers("The Celtics improved to 52-3 with the win.") == []
    assert numbers("Between 2010 and 2012 prices rose sharply.") == []
    assert numbers("Three or four robbers burst into the store.") == [(3, 4)]  # the NER splits the pair
    assert numbers("Between two and three people were hurt in the blast.") == [(2, 3)]
    assert numbers("The toll rose from 93 to 115 on Monday.") == [(93, 93), (115, 115)]  # a change, no range


def test_rates_attempts_and_shorthand_are_read_as_such(annotated):
    def numbers(text: str) -> list[tuple[str, str, float | None]]:
        return [(v.unit, v.measure, v.lower) for c in claims_of(annotated, text) for v in c.values
                if v.kind == "number"]

    assert numbers("He earns $5 million a year at the club.") == [("USD/year", "earn", 5_000_000)]
    assert numbers("The Red Sox offered him $22 million per season.")[0][0] == "USD/season"
    assert numbers("The Orioles offered him $140 million in all.")[0][0] == "USD"
    assert numbers("Police said he tried to murder at least three other people.") == [("people", "attempt", 3)]
    assert numbers("Gunmen killed at least three people.") == [("people", "killed", 3)]
    assert numbers("The Red Sox offered an eight-year, $200MM deal.")[-1] == ("USD", "offer", 200_000_000)
    assert numbers("Drivers paid the toll of $5 to cross the bridge.") == [("USD", "pay", 5)]  # money counts no dead


def test_life_and_death_modifying_another_noun_name_no_toll(annotated):
    assert measures(annotated, "A judge handed Nichols four consecutive life sentences.") == ["hand"]
    assert measures(annotated, "The three who voted against the death penalty would not comment.") != ["killed"]
    assert measures(annotated, "The attack claimed 137 lives, officials said.") == ["killed"]
    assert measures(annotated, "The death toll rose to 93 on Saturday.") == ["killed"]


def test_victims_of_a_shooting_are_not_counted_dead(annotated):
    assert measures(annotated, "Hiller then shot the three victims on the third floor.") == ["shoot"]
    assert measures(annotated, "Three victims died in hospital on Friday.") == ["killed"]
    assert measures(annotated, "The number of victims rose to 137 on Sunday.") == ["killed"]
    assert measures(annotated, "Hiller worked with the three victims in the mixing department.") == ["work"]


def test_a_count_with_its_own_participle_counts_that(annotated):
    assert measures(annotated, "Police said 18 people had been injured in the violence and 12 arrested for "
                    "carrying weapons.") == ["injured", "arrest"]
    assert measures(annotated, "The police reported five people killed in the blast.") == ["killed"]


def test_the_whole_of_a_partitive_is_not_counted_by_what_befell_the_part(annotated):
    assert measures(annotated, "Local news reported that two of the three victims died.") == ["killed", ""]
    assert measures(annotated, "Most of the 40 passengers were injured.") == [""]
    assert measures(annotated, "Two of the 12 injured people died later.") == ["killed", "injured"]
    assert measures(annotated, "He said 30 of the 80 wounded remained in hospital.") == ["remain", "injured"]


def test_a_count_added_to_a_toll_is_no_toll(annotated):
    assert measures(annotated, "The bodies of two more victims were found in the village.") == [""]
    assert measures(annotated, "Five more people were killed on Sunday.") == [""]
    assert measures(annotated, "Another 145 people were injured in the attack.") == ["injured"]  # beside the dead
    assert measures(annotated, "The quake killed more than 30 people.") == ["killed"]


def test_a_range_keeps_the_noun_it_counts(annotated):
    [c] = claims_of(annotated, "Three or four robbers burst into the store.")
    assert [(v.unit, v.lower, v.upper) for v in c.values if v.kind == "number"] == [("robber", 3, 4)]


def test_an_adjective_hedges_who_someone_is_not_the_claim(annotated):
    [c] = claims_of(annotated, "The alleged perpetrators were traveling in a white Renault.")
    assert c.modality == "asserted"
    [c] = claims_of(annotated, "The gunmen allegedly fled in a white Renault.")
    assert c.modality == "hedged"


def test_ages_are_read_with_their_bounds(annotated):
    def ages(text: str) -> list[tuple[str, float | None, float | None]]:
        return [(v.text, v.lower, v.upper) for c in claims_of(annotated, text) for v in c.values
                if v.measure == "age"]

    assert ages("The 28-year-old pilot defected last year.") == [("28-year-old", 28, 28)]
    assert ages("Police charged Dalerdzhon Mirzoyev, 32, and Mukhammadsobir Faizov, 19, with terrorism.") == [
        ("32", 32, 32), ("19", 19, 19)]
    assert ages("The twenty-something pilot defected last year.") == [("twenty-something", 20, 29)]
    assert ages("The pilot was in his late twenties when he defected.") == [("in his late twenties", 27, 29)]
    assert ages("Fred LaRue, the Watergate figure, dies at 75") == [("dies at 75", 75, 75)]
    assert ages("He died at the age of 81 in a Paris hospital.") == [("at the age of 81", 81, 81)]
    assert ages("Felt died at 12:45 p.m. at his home in Santa Rosa.") == []
    assert ages("Felt died at 12: 45 p. m. at his home.") == []
    assert ages("The ship, built in 2015, is 300 meters long.") == []
    assert ages("Last Friday, 12, biologists sent separate letters to the department.") == []  # no name


def test_a_number_standing_alone_counts_what_the_same_number_counted_before(annotated):
    claims = claims_of(annotated, "Four suspects have appeared in court in Moscow. All four pleaded guilty.")
    [v] = [v for v in claims[-1].values if v.kind == "number"]
    assert (v.text, v.unit) == ("four", "suspect")


def test_verbs_sharing_a_subject_become_separate_claims_with_that_subject(annotated):
    claims = claims_of(annotated, "State officials say the ship had left the port bound for Colombo and had been "
                                  "moving at 8 knots when the crew lost control of steering.")
    moving = next(c for c in claims if "8 knots" in c.text)
    left = next(c for c in claims if "Colombo" in c.text)
    assert moving is not left
    assert moving.subject == "the ship" and moving.predicate == "move"
    assert "8 knots" not in left.text and "State officials" in left.attribution[1]
    assert moving.attribution[1:] == left.attribution[1:]


def test_a_short_shared_subject_conjunct_stays_with_its_clause(annotated):
    claims = claims_of(annotated, "The 28-year-old pilot was arrested and charged on Tuesday.")
    assert [c.text for c in claims] == ["The 28-year-old pilot was arrested and charged on Tuesday."]


def test_a_relative_clause_conjunct_is_not_split_from_its_antecedent(annotated):
    claims = claims_of(annotated, "The pilot, who served in the 319th regiment and defected to Ukraine last "
                                  "August, was found dead in Spain.")
    assert not any(c.text.startswith("defected") for c in claims)


def test_a_caption_credited_to_an_agency_is_attributed_to_it(annotated):
    text = ("Rescuers searched the river near the collapsed bridge on Tuesday. © AP\n\n"
            "Officials said the bridge will be rebuilt within four years.")
    claims = claims_of(annotated, text, outlet="Daily")
    by = {c.text.split()[0]: c for c in claims}
    assert by["Rescuers"].attribution == ["Daily", "AP"] and by["Rescuers"].modality == "reported"
    assert "AP" not in by["Officials"].attribution


def test_a_caption_credits_no_one_in_the_paragraph_before_it(annotated):
    text = ("The Investigative Committee opened a criminal case over the attack.\n\n"
            "Firefighters work at the refinery in Novoshakhtinsk. © Sputnik\n\n"
            "The governor said the fire was out.")
    by = {c.text.split()[1]: c for c in claims_of(annotated, text, outlet="Daily")}
    assert by["work"].attribution == ["Daily", "Sputnik"]
    assert by["Investigative"].attribution == ["Daily"]


def test_a_long_paragraph_ending_in_a_credit_is_not_a_caption(annotated):
    prose = " ".join(["Officials said the bridge carried thousands of vehicles a day before it fell."] * 6)
    claims = claims_of(annotated, prose + " © AP", outlet="Daily")
    assert claims and not any("AP" in c.attribution for c in claims)


def test_a_language_without_its_own_model_is_read_sentence_by_sentence():
    text = ("Унаслідок теракту в концертному залі під Москвою загинули 143 людини, повідомили слідчі. "
            "Чотирьох підозрюваних затримали у Брянській області.")
    claims = claims_in(text, "uk", "Zaxid")
    assert [c.text[:9] for c in claims] == ["Унаслідок", "Чотирьох "]
    [figure] = [v for v in claims[0].values if v.kind == "number"]
    assert (figure.lower, figure.unit, figure.measure) == (143.0, "people", "killed")  # the Ukrainian lexicon's words


@pytest.mark.parametrize(("language", "text", "measure"), [
    ("es", "El número de muertos en el atentado contra la sala ascendió a 137, informó el comité.", "killed"),
    ("de", "Die Zahl der Toten nach dem Anschlag auf die Konzerthalle ist auf 137 gestiegen.", "killed"),
    ("it", "Il numero dei morti dell'attacco alla sala è salito a 137, ha riferito il comitato.", "killed"),
    ("pt", "O número de mortos no ataque à sala subiu para 137, informou o comitê.", "killed"),
    ("fr", "Le nombre de blessés dans l'attaque contre la salle est passé à 180, a indiqué le comité.", "injured"),
    ("pl", "Liczba ofiar śmiertelnych ataku na salę koncertową pod Moskwą wzrosła do 137 osób.", "killed"),
    ("uk", "Кількість загиблих унаслідок теракту в концертному залі зросла до 143 людей.", "killed"),
    ("en", "The number of people injured in the attack rose to 180 on Sunday.", "injured"),
])
def test_a_figure_whose_clause_opens_with_a_count_of_the_dead_counts_them(language, text, measure):
    [figure] = [v for c in claims_in(text, language) for v in c.values if v.kind == "number"]
    assert figure.measure == measure and figure.unit in ("", "people")


def test_a_count_of_the_dead_across_a_comma_says_nothing_of_the_next_figure():
    text = "El número de muertos no se conoce, pero 12 personas fueron detenidas."
    [figure] = [v for c in claims_in(text, "es") for v in c.values if v.kind == "number"]
    assert figure.measure != "killed"


@pytest.mark.parametrize(("language", "text", "measures"), [
    ("es", "Al menos 137 personas murieron en el ataque, según las autoridades.", "killed"),
    ("es", "El ataque dejó 137 muertos y más de 180 heridos.", "killed injured"),
    ("es", "La cifra de fallecidos se elevó a 137.", "killed"),
    ("de", "Mindestens 137 Menschen wurden bei dem Anschlag getötet.", "killed"),
    ("de", "Der Anschlag forderte 137 Todesopfer und mehr als 180 Verletzte.", "killed injured"),
    ("de", "137 Menschen besuchten das Konzert und fünf wurden getötet.", " killed"),
    ("it", "Almeno 137 persone sono morte nell'attacco.", "killed"),
    ("it", "L'attacco ha causato 137 morti e oltre 180 feriti.", "killed injured"),
    ("pt", "Pelo menos 137 pessoas morreram no ataque.", "killed"),
    ("pt", "O ataque deixou 137 mortos e mais de 180 feridos.", "killed injured"),
    ("fr", "Au moins 137 personnes ont été tuées dans l'attaque.", "killed"),
    ("fr", "L'attaque a fait 137 morts et plus de 180 blessés.", "killed injured"),
    ("ru", "В результате теракта погибли 137 человек.", "killed"),
    ("ru", "Теракт унёс жизни 137 человек, более 180 пострадали.", "killed injured"),
    ("hu", "Legalább 137 ember meghalt a támadásban.", "killed"),
    ("hu", "A támadásnak 137 halálos áldozata és több mint 180 sebesültje van.", "killed injured"),
    ("pl", "W ataku zginęło co najmniej 137 osób, a ponad 180 zostało rannych.", "killed injured"),
    ("uk", "Унаслідок теракту загинули щонайменше 137 людей, понад 180 поранені.", "killed injured"),
    ("en", "The attack killed at least 137 people and wounded more than 180.", "killed injured"),
    ("en", "At least 137 people died and more than 180 were injured.", "killed injured"),
])
def test_tolls_said_the_way_each_language_says_them(language, text, measures):
    claims = claims_in(text, language)
    assert " ".join(v.measure for c in claims for v in c.values if v.kind == "number") == measures


@pytest.mark.parametrize(("language", "text", "source", "modality"), [
    ("es", "Según el Ministerio del Interior, cuatro sospechosos fueron detenidos.", "Ministerio del Interior", "reported"),
    ("es", "Cuatro sospechosos fueron detenidos, informó la agencia TASS.", "TASS", "reported"),
    ("de", "Vier Verdächtige wurden festgenommen, teilte die Polizei mit.", "Polizei", "reported"),
    ("it", "Quattro sospetti sono stati arrestati, ha riferito l'agenzia Tass.", "Tass", "reported"),
    ("pt", "Segundo o Ministério do Interior, quatro suspeitos foram detidos.", "Ministério do Interior", "reported"),
    ("hu", "A belügyminisztérium szerint négy gyanúsítottat vettek őrizetbe.", "belügyminisztérium", "reported"),
    ("uk", "За даними МВС, затримано чотирьох підозрюваних.", "МВС", "reported"),
    ("ru", "По данным МВД, задержаны четыре подозреваемых.", "МВД", "reported"),
    ("es", "Supuestamente, los atacantes huyeron en un coche blanco.", "", "hedged"),
    ("de", "Die Angreifer sollen in einem weißen Auto geflohen sein.", "", "hedged"),
    ("fr", "Les assaillants auraient fui dans une voiture blanche.", "", "hedged"),
    ("pt", "Kiev negou qualquer envolvimento.", "Kiev", "denied"),
])
def test_suspects_detained_is_reported_not_hedged_in_every_language(language, text, source, modality):
    """'Four suspects were detained': the suspects are people, and nothing about the claim is hedged."""
    [claim] = claims_in(text, language)
    assert claim.modality == modality and source in " ".join(claim.attribution[1:])


@pytest.mark.parametrize(("language", "text", "chain"), [
    ("es", "Según la agencia EFE, que cita fuentes policiales, murieron cinco personas.",
     ["la agencia EFE", "fuentes policiales"]),
    ("fr", "Selon l'agence TASS, qui cite les services de secours, cinq personnes sont mortes.",
     ["l'agence TASS", "les services de secours"]),
    ("de", "Die Agentur TASS meldete mit Verweis auf Rettungskräfte fünf Tote.", ["Die Agentur TASS", "Rettungskräfte"]),
    ("it", "Secondo l'agenzia Ansa, che cita fonti della polizia, cinque persone sono morte.",
     ["l'agenzia Ansa", "fonti della polizia"]),
])
def test_a_cited_source_behind_the_outlet_is_the_next_link_of_the_chain(language, text, chain):
    claim = claims_in(text, language)[0]
    assert claim.attribution == ["X", *chain]


@pytest.mark.parametrize(("language", "text", "bounds"), [
    ("es", "Murieron entre 18.000 y 20.000 personas.", (18000, 20000)),
    ("es", "Murieron entre 18 y 20 mil personas.", (18000, 20000)),
    ("fr", "Entre 15 et 20 personnes sont mortes.", (15, 20)),
    ("de", "Zwischen 18.000 und 20.000 Menschen starben.", (18000, 20000)),
    ("ru", "Погибли от 18 до 20 тысяч человек.", (18000, 20000)),
    ("pl", "Zginęło od 18 do 20 tysięcy osób.", (18000, 20000)),
])
def test_two_figures_joined_as_a_range_are_its_bounds_in_every_language(language, text, bounds):
    [claim] = claims_in(text, language)
    [value] = [v for v in claim.values if v.kind == "number"]
    assert (value.lower, value.upper, value.unit) == (*bounds, "people")


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le bilan est passé de 93 à 115 morts."),
    ("es", "El balance pasó de 93 a 115 muertos."),
])
def test_a_change_from_one_figure_to_another_is_no_range(language, text):
    [claim] = claims_in(text, language)
    assert [(v.lower, v.upper) for v in claim.values if v.kind == "number"] == [(93, 93), (115, 115)]


def test_a_name_set_off_by_commas_after_a_source_noun_is_part_of_the_source(annotated):
    [claim] = claims_of(annotated, "The Russian domestic security service, FSB, said that 11 people were detained.")
    assert claim.attribution == ["Daily", "The Russian domestic security service, FSB"]
