"""Reconcile stage: origins, fact grouping, verdicts and number conflicts on small multi-document stories."""

from __future__ import annotations

from storyline import timex
from storyline.claims import extract_claims
from storyline.models import Claim, Value
from storyline.reconcile import reconcile
from storyline.reconcile.conflicts import _background, _elsewhere
from storyline.reconcile.origins import origin_of, outlet_of
from storyline.resolve import resolve_entities


def story(annotated, articles: list[tuple[str, str]], published: str | None = None):
    """Claims, facts and conflicts of small articles; with `published`, their time expressions too."""
    docs, anns, claims = [], [], []
    for i, (outlet, text) in enumerate(articles):
        doc, ann = annotated(text, doc_id=f"d{i}", outlet=outlet, published=published)
        if published:
            ann.timexes = timex.tag(text, published, doc=doc.id, lang=doc.language)
        docs.append(doc)
        anns.append(ann)
    types = {e.id: e.type for e in resolve_entities(docs, anns)}
    for doc, ann in zip(docs, anns, strict=True):
        claims += extract_claims(doc, ann, outlet_of(doc), types)
    facts, conflicts, events, _ = reconcile(docs, claims)
    return docs, claims, facts, conflicts


def test_origin_is_innermost_named_source_else_outlet():
    c = Claim(id="c", doc="d", start=0, end=1, text="", attribution=["Blog", "RT", "sources close to the family"])
    assert origin_of(c) == "rt"
    vague = Claim(id="c", doc="d", start=0, end=1, text="", attribution=["Blog", "media reports"])
    assert origin_of(vague) == "outlet:blog"


def test_same_statement_from_two_outlets_is_corroborated(annotated):
    _, claims, facts, _ = story(annotated, [
        ("Alpha News", "The container ship struck the Key Bridge in Baltimore early on Tuesday."),
        ("Beta Post", "Early on Tuesday the container ship struck the Key Bridge in Baltimore."),
    ])
    [fact] = [f for f in facts if len(f.claims) == 2]
    assert fact.status == "corroborated"
    assert len(fact.origins) == 2


def test_two_outlets_repeating_one_agency_are_one_origin(annotated):
    _, _, facts, _ = story(annotated, [
        ("Alpha News", "According to Reuters, the container ship struck the Key Bridge in Baltimore."),
        ("Beta Post", "The container ship struck the Key Bridge in Baltimore, Reuters reported."),
    ])
    [fact] = [f for f in facts if len(f.claims) == 2]
    assert fact.origins == ["reuters"]
    assert fact.status == "single_source"


def test_incompatible_tolls_conflict_and_compatible_ones_do_not(annotated):
    _, claims, facts, conflicts = story(annotated, [
        ("Alpha News", "The attack killed 60 people, officials said."),
        ("Beta Post", "The attack has claimed the lives of more than 130 people."),
        ("Gamma TV", "At least 137 people were killed in the attack."),
    ])
    [x] = conflicts
    assert x.kind == "number"
    values = sorted(s.value for s in x.sides)
    assert values == ["60", "At least 137 / more than 130"] or len(x.sides) == 2
    by_id = {c.id: c for c in claims}
    sides_docs = [{by_id[c].doc for c in s.claims} for s in x.sides]
    assert {"d0"} in sides_docs and {"d1", "d2"} in sides_docs
    assert "60" in x.explanation and "Alpha News" in x.explanation
    contested = [f for f in facts if f.status == "contested"]
    assert contested, "facts holding a conflicting claim are contested"


def test_unrelated_statements_stay_apart(annotated):
    _, _, facts, conflicts = story(annotated, [
        ("Alpha News", "The governor praised the crew for their quick mayday call."),
        ("Beta Post", "Divers recovered two bodies from a pickup truck in the river."),
    ])
    assert all(len(f.claims) == 1 for f in facts)
    assert all(f.status == "single_source" for f in facts)
    assert conflicts == []


def test_remains_identified_before_the_death_is_a_sequence_conflict(annotated):
    from storyline import timex

    doc, ann = annotated("The pilot was killed on February 13, 2024, in a car park. "
                         "On September 11, 2023, it was revealed that his mother had identified his remains.",
                         doc_id="d0", outlet="Alpha", published="2024-02-20")
    ann.timexes = timex.tag(doc.text, doc.published, doc=doc.id)
    claims = extract_claims(doc, ann, "Alpha")
    _, conflicts, _, _ = reconcile([doc], claims)
    [x] = [c for c in conflicts if c.kind == "sequence"]
    assert "2023-09-11" in x.explanation and "2024-02-13" in x.explanation
    assert [s.value for s in x.sides] == ["the death: 2024-02-13", "after death: 2023-09-11"]


def test_identification_after_the_death_is_no_conflict(annotated):
    from storyline import timex

    doc, ann = annotated("The pilot was killed on February 13, 2024. "
                         "On February 20, 2024, his mother identified his remains.",
                         doc_id="d0", outlet="Alpha", published="2024-02-21")
    ann.timexes = timex.tag(doc.text, doc.published, doc=doc.id)
    _, conflicts, _, _ = reconcile([doc], extract_claims(doc, ann, "Alpha"))
    assert conflicts == []


def test_embeddings_join_paraphrases_that_share_few_words(annotated):
    from storyline.embeddings import sentence_vectors

    docs, claims = [], []
    for i, (outlet, text) in enumerate([
        ("Alpha News", "The Ukrainian parliament passed a law offering rewards to Russian soldiers who defect "
                       "with military equipment."),
        ("Beta Post", "Ukraine's parliament adopted legislation that pays Russian troops who defect with their weapons."),
        ("Gamma TV", "The weather in the capital was mild and sunny that week."),
    ]):
        doc, ann = annotated(text, doc_id=f"d{i}", outlet=outlet)
        docs.append(doc)
        claims += extract_claims(doc, ann, outlet_of(doc))
    claims = [c for c in claims if c.predicate in ("pass", "adopt", "be")]  # the main clauses
    words_only = reconcile(docs, claims).facts
    mixed = reconcile(docs, claims, sentence_vectors([c.text for c in claims])).facts
    joined = [f for f in mixed if len(f.claims) == 2]
    assert not [f for f in words_only if len(f.claims) == 2]
    assert len(joined) == 1 and joined[0].status == "corroborated"
    assert {c.split(":")[0] for c in joined[0].claims} == {"d0", "d1"}


def test_a_detail_only_one_origin_gives_is_its_own_single_source_fact(annotated):
    _, claims, facts, _ = story(annotated, [
        ("Alpha News", "The pilot stole a Mi-8 helicopter from an airbase in Kursk and flew it to Ukraine."),
        ("Beta Post", "The pilot stole a Mi-8 helicopter from an airbase and flew it to Ukraine."),
    ])
    cores = [f for f in facts if len(f.claims) == 2]  # the theft and the flight, each told by both
    assert len(cores) == 2 and all(f.status == "corroborated" for f in cores)
    details = [f for f in facts if f.status == "single_source" and "Kursk" in f.label]
    assert details and details[0].origins == ["outlet:alpha news"]


def test_during_versus_after_the_same_happening_is_a_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "Two crew members were killed during the landing of the helicopter."),
        ("Beta Post", "Two crew members were killed shortly after the landing of the helicopter."),
    ])
    [x] = [c for c in conflicts if c.kind == "other"]
    assert sorted(s.value for s in x.sides) == ["after the landing of the helicopter", "during the landing of the helicopter"]
    assert "during the landing" in x.explanation and "Alpha News" in x.explanation


def test_a_relative_clause_and_its_sentence_make_one_event(annotated):
    from storyline import timex

    doc, ann = annotated("The pilot, who had stolen a helicopter in August 2023, was later seen in Spain.",
                         doc_id="d0", outlet="Alpha", published="2024-02-20")
    ann.timexes = timex.tag(doc.text, doc.published, doc=doc.id)
    _, _, events, _ = reconcile([doc], extract_claims(doc, ann, "Alpha"))
    assert [e.date["value"] for e in events] == ["2023-08"]
    assert len(events[0].claims) == 2 and events[0].label.endswith("in August 2023")


def test_counts_of_one_group_disagreeing_across_outlets_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "Police said four gunmen opened fire in the stadium on Sunday evening."),
        ("Beta Post", "Witnesses said at least five gunmen stormed the stadium during the match."),
        ("Gamma TV", "Four attackers entered the stadium shortly before nine o'clock."),
    ])
    [x] = [x for x in conflicts if x.kind == "number"]
    five, four = sorted(x.sides, key=lambda s: len(s.claims))
    assert five.value == "at least five" and len(five.claims) == 1
    assert {v.lower() for v in four.value.split(" / ")} == {"four"} and len(four.claims) == 2
    assert "attackers" in x.explanation


def test_counts_of_a_subgroup_are_not_a_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "Eight workers were repairing the road on the bridge when it fell."),
        ("Beta Post", "Six workers are still missing after the bridge fell into the river."),
        ("Gamma TV", "Rescuers are searching for the six workers who were on the bridge."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_a_count_two_versions_of_which_are_well_attested_is_two_groups(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "Police detained 11 suspects after the attack."),
        ("Beta Post", "Officers detained 11 suspects on Saturday."),
        ("Gamma TV", "Four suspects were detained near the border."),
        ("Delta FM", "The four suspects were detained in a forest."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_nearly_equal_measurements_of_one_dimension_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The 984-foot freighter lost power before the crash."),
        ("Beta Post", "The 948-foot vessel lost power shortly before it struck the pier."),
        ("Gamma TV", "The water under the pier was 50 feet deep."),
    ])
    [x] = [x for x in conflicts if x.kind == "number"]
    assert sorted(s.value for s in x.sides) == ["948-foot", "984-foot"]
    assert "50" not in x.explanation


def test_weights_near_miss_only_when_they_weigh_one_named_thing(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The 225-pound forward has been an All-American in each of the past two seasons."),
        ("Beta Post", "After the no-call, the 260-pound Gregory Echenique fuelled a 15-2 run."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The 225-pound Gregory Echenique fuelled a late run."),
        ("Beta Post", "The 260-pound Gregory Echenique fuelled a late run."),
    ])
    assert [x for x in conflicts if x.kind == "number"]


def test_documents_giving_many_figures_in_a_unit_make_no_near_miss(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "He ran for 28 yards on the first drive, 41 yards on the second and 12 yards later."),
        ("Beta Post", "He caught a 32-yard pass before halftime."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_a_toll_of_an_earlier_happening_is_no_version_of_the_story_toll(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A powerful earthquake killed 10 people on the island on November 27, 2005."),
        ("Beta Post", "The earthquake on November 27, 2005 killed 10 people, the governor said."),
        ("Gamma TV", "In February 2005, a quake in the town of Zarand killed 612 people."),
    ], published="2005-11-28")
    assert not [x for x in conflicts if x.kind == "number"]
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A powerful earthquake killed 10 people on the island on November 27, 2005."),
        ("Beta Post", "The earthquake on November 27, 2005 killed 13 people, the governor said."),
    ], published="2005-11-28")
    assert [x for x in conflicts if x.kind == "number"]


def test_a_toll_dated_only_by_another_month_tells_of_another_happening(annotated):
    # a shooting told by its days; "In February ..." and "In early March ..." are other shootings, though
    # February is only two months before; a toll dated by the story's own month stays a version of it
    shooting = [
        ("Alpha News", "A gunman killed one person at an accounting firm on Monday, April 9, 2007."),
        ("Beta Post", "The gunman who killed one person at the firm on April 9, 2007 was arrested."),
    ]
    other = "In February, a gunman killed five people. In early March, a gunman killed three people."
    _, _, _, conflicts = story(annotated, [*shooting, ("Gamma TV", other)], published="2007-04-12")
    assert not [x for x in conflicts if x.kind == "number"]
    same = "In April, a gunman killed two people at the firm."
    _, _, _, conflicts = story(annotated, [*shooting, ("Gamma TV", same)], published="2007-04-12")
    assert [x for x in conflicts if x.kind == "number"]


def test_a_month_without_a_year_is_compared_by_month():
    def dated(cid: str, *values: str) -> Claim:
        return Claim(id=cid, doc=cid, start=0, end=1, text="",
                     values=[Value(kind="date", text=v, start=0, end=1, normalized=v) for v in values])

    claims = [dated("a", "2007-04-09"), dated("b", "2007-04-10"), dated("c", "XXXX-02"), dated("d", "XXXX-04"),
              dated("e", "XXXX-WXX-1")]
    assert _background(claims) == {"c"}


def test_a_toll_in_another_country_is_no_version_of_the_story_toll(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A powerful earthquake in Iran killed 10 people on Qeshm island."),
        ("Beta Post", "The earthquake in southern Iran killed 10 people, the governor said."),
        ("Gamma TV", "On Saturday, more than a dozen people were killed by a quake in eastern China."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A powerful earthquake in Iran killed 10 people on Qeshm island."),
        ("Beta Post", "The earthquake in southern Iran killed 10 people, the governor said."),
        ("Gamma TV", "On Saturday, more than a dozen people were killed by the quake in Iran."),
    ])
    assert [x for x in conflicts if x.kind == "number"]


def test_tolls_of_each_country_a_story_spans_are_parts_of_its_total_not_versions(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The earthquake killed more than 1,200 people in Turkey and Syria, officials said."),
        ("Beta Post", "President Erdogan said 912 people had been killed in Turkey, while Syria's health "
                      "ministry said 326 had died."),
        ("Gamma TV", "In Syria, the health ministry said at least 326 people were killed. The quake killed "
                     "1,250 people in all."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The earthquake killed more than 1,200 people in Turkey and Syria, officials said."),
        ("Beta Post", "President Erdogan said 912 people had been killed in Turkey."),
        ("Gamma TV", "The government said 650 people had been killed in Turkey."),
    ])
    [conflict] = [x for x in conflicts if x.kind == "number"]
    assert sorted(side.value for side in conflict.sides) == ["650", "912"]  # one country's toll, two versions


def test_magnitudes_of_the_story_quake_conflict_but_a_second_quake_is_another(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A magnitude 7.8 earthquake struck southeastern Turkey early on Monday, the USGS said."),
        ("Beta Post", "The 7.7-magnitude quake hit Kahramanmaras province before dawn, the disaster agency said."),
        ("Gamma TV", "A second quake of magnitude 7.5 struck the region about nine hours later."),
    ])
    [conflict] = [x for x in conflicts if x.kind == "number"]
    assert sorted(side.value for side in conflict.sides) == ["7.7", "7.8"]
    assert "magnitude" in conflict.explanation
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A magnitude 7.8 earthquake struck southeastern Turkey early on Monday, the USGS said."),
        ("Gamma TV", "A second quake of magnitude 7.5 struck the region about nine hours later."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_people_aboard_counted_differently_by_one_outlet_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A passenger plane carrying 62 people crashed near Vinhedo on Friday."),
        ("Beta Post", "A Voepass aircraft with 61 people aboard crashed in Vinhedo on Friday."),
        ("Gamma TV", "The plane with 62 people on board went down on Friday afternoon."),
    ])
    [conflict] = [x for x in conflicts if x.kind == "number"]
    assert sorted(side.value for side in conflict.sides) == ["61", "62"]
    assert "people (aboard)" in conflict.explanation
    _, _, _, conflicts = story(annotated, [  # a crew "aboard" is still the crew, counted with the others
        ("Alpha News", "All 22 crew members aboard the ship were Indian. An eight-member team was repairing "
                       "potholes on the bridge."),
        ("Beta Post", "The company confirmed that all 22 crew members were accounted for."),
        ("Gamma TV", "The ship's 22 crew members were unhurt, the company said."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_a_first_figure_its_own_article_says_was_corrected_is_no_version(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The plane was carrying 58 passengers and four crew members, the airline said."),
        ("Beta Post", "The airline initially said 57 passengers were on the plane, but later revised the figure."),
        ("Gamma TV", "There were 58 passengers and four crew members on the plane, officials said."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The plane was carrying 58 passengers and four crew members, the airline said."),
        ("Beta Post", "The airline said 57 passengers were on the plane."),
        ("Gamma TV", "There were 58 passengers and four crew members on the plane, officials said."),
    ])
    assert [x for x in conflicts if x.kind == "number"]


def test_fines_of_the_story_conflict_unless_they_fine_other_people(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The court also fined Sarkozy 100,000 euros, according to AFP."),
        ("Beta Post", "He will also have to pay a fine of 150,000 euros, the court said."),
        ("Gamma TV", "The former president must also pay a fine of 100,000 euros."),
    ])
    [conflict] = [x for x in conflicts if x.kind == "number"]
    assert "the fine (EUR)" in conflict.explanation
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The court fined Sarkozy 100,000 euros, according to AFP."),
        ("Beta Post", "The court fined former minister Claude Gueant 150,000 euros."),
        ("Gamma TV", "The court also fined Sarkozy 100,000 euros on Thursday."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_articles_whose_places_the_gazetteer_cannot_read_do_not_set_the_story_elsewhere():
    def placed(cid: str, *places: str) -> Claim:
        return Claim(id=cid, doc=cid, start=0, end=1, text="",
                     values=[Value(kind="place", text=p, start=0, end=1, normalized=p) for p in places])

    # the Russian and Ukrainian articles name Belgorod in forms no gazetteer holds ("в Белгороде")
    claims = [placed("en", "Belgorod", "Russia"), placed("ru", "Белгороде"), placed("uk", "Бєлгороді"),
              placed("pl", "Biełgorodzie"), placed("cn", "China")]
    assert _elsewhere(claims) == set()  # Russia and China: each named by half the articles naming a country
    claims.append(placed("en2", "Russia"))
    assert _elsewhere(claims) == {"cn"}


def story_in(articles: list[tuple[str, str, str]], published: str | None = None):
    """Claims and conflicts of small articles (outlet, language, text), each read in its own language;
    with `published`, dated that day (as a header would) and their time expressions read against it."""
    from storyline.annotate import annotate_one
    from storyline.models import Document

    docs = [Document(id=f"d{i}", path=f"d{i}.txt", text=text, language=language, outlet=outlet,
                     content_hash=f"d{i}", published=published, published_confidence=1.0 if published else 0.0)
            for i, (outlet, language, text) in enumerate(articles)]
    anns = [annotate_one(d) for d in docs]
    if published:
        for d, a in zip(docs, anns, strict=True):
            a.timexes = timex.tag(d.text, published, doc=d.id, lang=d.language)
    types = {e.id: e.type for e in resolve_entities(docs, anns)}
    claims = [c for d, a in zip(docs, anns, strict=True) for c in extract_claims(d, a, outlet_of(d), types)]
    _, conflicts, _, _ = reconcile(docs, claims)
    return claims, conflicts


def test_drones_counted_in_four_languages_meet_and_one_outlet_counting_more_conflicts():
    claims, conflicts = story_in([
        ("Alpha", "en", "Russian air defences destroyed 12 Ukrainian drones over the Belgorod region, the "
                        "ministry said."),
        ("Beta", "uk", "Міністерство оборони Росії заявило, що вночі над Бєлгородською областю було знищено "
                       "12 безпілотників."),
        ("Gamma", "pl", "Rosyjska obrona przeciwlotnicza zniszczyła w nocy 12 ukraińskich dronów nad obwodem "
                        "biełgorodzkim."),
        ("Delta", "ru", "Дежурные средства ПВО ночью уничтожили 15 украинских беспилотников над территорией "
                        "Белгородской области."),
    ])
    assert {v.unit for c in claims for v in c.values if v.kind == "number"} == {"drone"}
    [conflict] = [x for x in conflicts if x.kind == "number"]
    assert sorted(side.value for side in conflict.sides) == ["12", "15"]
    assert "aircraft" in conflict.explanation


def test_counts_of_the_missing_in_two_languages_disagreeing_conflict():
    _, conflicts = story_in([
        ("Alpha", "en", "Fourteen people were still missing after the ferry sank, the coast guard said."),
        ("Beta", "fr", "106 personnes ont été secourues et 14 sont toujours portées disparues."),
        ("Gamma", "it", "I soccorritori hanno tratto in salvo 106 persone, mentre 16 risultano ancora disperse."),
    ])
    [conflict] = [x for x in conflicts if x.kind == "number"]
    assert "people missing" in conflict.explanation
    values = [side.value for side in conflict.sides]
    assert len(values) == 2 and "16" in values and any("14" in v for v in values)


def test_a_sinking_dated_differently_in_two_languages_is_one_fact_and_a_date_conflict():
    claims, conflicts = story_in([
        ("Alpha", "en", "A ferry carrying 120 people sank off the island of Lesbos on Tuesday night, the coast "
                        "guard said."),
        ("Beta", "es", "Un ferry con 120 personas a bordo se hundió el miércoles por la noche frente a Lesbos."),
        ("Gamma", "fr", "Un ferry transportant 120 passagers a sombré mardi soir au large de Lesbos."),
    ], published="2025-03-13")
    spanish = next(v for c in claims if c.doc == "d1" for v in c.values if v.kind == "date")
    assert spanish.measure == ""  # read by its words: no verb ("martes" is none)
    [conflict] = [x for x in conflicts if x.kind == "date"]
    assert {side.value for side in conflict.sides} == {"2025-03-11", "2025-03-12"}


def test_passengers_and_people_of_one_figure_pin_one_fact():
    from storyline.reconcile.facts import anchors

    def counted(cid: str, unit: str) -> Claim:
        return Claim(id=cid, doc=cid, start=0, end=1, text="",
                     values=[Value(kind="number", text="120", start=0, end=1, normalized="120", unit=unit,
                                   lower=120, upper=120)])

    passengers, people, ships = anchors([counted("a", "passenger"), counted("b", "people"), counted("c", "ship")])
    assert passengers & people and not passengers & ships


def test_counts_of_other_things_near_a_toll_word_are_not_tolls(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The courthouse killer was handed four consecutive life sentences on Friday."),
        ("Beta Post", "The judge gave the courthouse killer seven life sentences and four more without parole."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_a_date_of_the_crime_does_not_date_the_conviction(annotated):
    _, claims, _, conflicts = story(annotated, [
        ("Alpha News", "Jose Orozco was arrested on March 16, 2007 near the house."),
        ("Beta Post", "Jose Orozco was also convicted of the June 20, 2005 attempted murder of a man."),
    ], published="2009-03-01")
    assert not [x for x in conflicts if x.kind == "sequence"]
    [convicted] = [c for c in claims if "convicted" in c.text]
    assert [v.measure for v in convicted.values if v.kind == "date"] == [""]
    [arrested] = [c for c in claims if "arrested" in c.text]
    assert [v.measure for v in arrested.values if v.kind == "date"] == ["arrest"]


def test_a_document_giving_both_measurements_measures_two_things(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The 1.6-mile bridge carried a 1.5-mile approach road."),
        ("Beta Post", "The 1.5-mile approach road was closed."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_a_contested_fact_keeps_its_undisputed_single_origin_details(annotated):
    _, _, facts, conflicts = story(annotated, [
        ("Alpha News", "Police said four gunmen opened fire in the stadium on Sunday evening."),
        ("Beta Post", "At least five gunmen stormed the stadium in Kazan during the match."),
        ("Gamma TV", "Four gunmen entered the stadium shortly before nine o'clock."),
    ])
    assert [x for x in conflicts if x.kind == "number"]
    [detail] = [f for f in facts if f.label.startswith("Kazan")]
    assert detail.status == "single_source"
    assert not [f for f in facts if f.label.startswith("at least five")]


def test_none_a_dozen_and_seven_of_one_kind_of_thing_conflict(annotated):
    _, claims, _, conflicts = story(annotated, [
        ("Alpha News", "Roughly a dozen cars plunged into the river when the bridge fell."),
        ("Beta Post", "Seven vehicles fell into the river, the police said."),
        ("Gamma TV", "There were no vehicles on the bridge when it fell."),
    ])
    dozen = next(v for c in claims for v in c.values if v.text.lower().endswith("dozen"))
    assert (dozen.unit, dozen.normalized) == ("car", "12")
    [x] = [x for x in conflicts if x.kind == "number"]
    assert len(x.sides) == 3 and "vehicles" in x.explanation


def test_a_name_only_one_origin_uses_is_a_single_source_detail():
    from storyline.models import Fact
    from storyline.reconcile import detail_facts

    a = Claim(id="a", doc="d1", start=0, end=60, origin="alpha",
              text="The gunmen were traveling in a white Renault Symbol/Clio car they used to flee.")
    b = Claim(id="b", doc="d2", start=0, end=40, origin="beta", text="The attackers escaped in a Renault vehicle.")
    c = Claim(id="c", doc="d3", start=0, end=40, origin="gamma", text="Other Russians said the Renault was white.")
    fact = Fact(id="f", status="corroborated", claims=["a", "b"], label=a.text, origins=["alpha", "beta"])
    labels = [d.label.split(":")[0] for d in detail_facts([fact], [a, b, c], {"d1": "Alpha", "d2": "Beta"})]
    assert "Symbol/Clio" in " ".join(labels)
    assert "Renault" not in labels  # every origin names the Renault itself


def test_one_happening_placed_in_two_countries_is_a_place_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The former pilot was shot dead in Spain on Tuesday, police said."),
        ("Beta Post", "The former pilot was shot dead in Portugal on Tuesday, police said."),
    ])
    [x] = [x for x in conflicts if x.kind == "place"]
    assert sorted(s.value for s in x.sides) == ["Portugal", "Spain"]


def test_a_town_and_its_country_are_no_place_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The former pilot was shot dead in Spain on Tuesday, police said."),
        ("Beta Post", "The former pilot was shot dead in Madrid on Tuesday, police said."),
    ])
    assert not [x for x in conflicts if x.kind == "place"]


def test_a_claim_naming_both_places_lists_them_and_is_no_place_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The former pilot was shot dead in Spain on Tuesday, police said."),
        ("Beta Post", "The former pilot was shot dead in Portugal and in Spain on Tuesday, police said."),
    ])
    assert not [x for x in conflicts if x.kind == "place"]


def test_places_compatible_reads_containment_and_regions():
    from storyline.reconcile.conflicts import places_compatible
    from storyline.resolve.gazetteer import lookup

    assert places_compatible(lookup("Madrid"), lookup("Spain"))
    assert not places_compatible(lookup("Madrid"), lookup("Lisbon"))
    assert not places_compatible(lookup("Spain"), lookup("Portugal"))
    assert places_compatible(lookup("Madrid"), lookup("Barcelona"))  # nothing known sets them apart


def test_a_city_name_several_countries_share_is_ambiguous():
    from storyline.resolve.gazetteer import ambiguous

    assert ambiguous("Valencia") and not ambiguous("Villajoyosa")


def test_counts_of_different_named_people_are_no_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "Reggie Wayne had eight receptions in the win over Jacksonville."),
        ("Beta Post", "Dallas Clark had 12 receptions in the win over Jacksonville."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_counts_of_things_other_than_people_or_vehicles_make_no_slot():
    from storyline.models import Value
    from storyline.reconcile.conflicts import slot_conflicts

    def claim(doc: str, text: str, word: str, n: float, unit: str) -> Claim:
        at = text.index(word)
        value = Value(kind="number", text=word, start=at, end=at + len(word), normalized=str(n), unit=unit,
                      lower=n, upper=n)
        return Claim(id=f"{doc}:c0", doc=doc, start=0, end=len(text), text=text, values=[value])

    texts = {"a": "The rookie made eight catches on Sunday.", "b": "The rookie made 24 catches on Sunday.",
             "c": "Eight gunmen opened fire on Sunday.", "d": "Five gunmen opened fire on Sunday."}
    claims = [claim("a", texts["a"], "eight", 8, "catch"), claim("b", texts["b"], "24", 24, "catch"),
              claim("c", texts["c"], "Eight", 8, "gunman"), claim("d", texts["d"], "Five", 5, "gunman")]
    found = slot_conflicts(claims, {}, {}, texts)
    assert [sorted(c for side in x.sides for c in side.claims) for x in found] == [["c:c0", "d:c0"]]


def test_clock_times_of_one_happening_conflict_beyond_their_slack(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The container ship struck the Key Bridge in Baltimore at around 1:35 a.m. on Tuesday."),
        ("Beta Post", "No vehicles were on the Key Bridge in Baltimore when the container ship struck it at 1:28 a.m."),
    ], published="2024-03-26")
    [x] = [x for x in conflicts if x.kind == "date"]
    assert "1:28 a.m." in x.explanation and "around 1:35 a.m." in x.explanation


def test_an_approximate_clock_time_fits_a_close_exact_one(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The container ship struck the Key Bridge in Baltimore at around 1:30 a.m. on Tuesday."),
        ("Beta Post", "No vehicles were on the Key Bridge in Baltimore when the container ship struck it at 1:28 a.m."),
    ], published="2024-03-26")
    assert not [x for x in conflicts if x.kind == "date"]


def test_a_burned_car_at_the_scene_and_far_away_is_a_place_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A burnt-out getaway car was found at the scene, police said."),
        ("Beta Post", "The attackers set the car ablaze 20 kilometers outside the city."),
        ("Gamma TV", "The attackers fled the scene in a car that was later found in a garage."),
    ])
    [x] = [x for x in conflicts if x.kind == "place"]
    assert [s.value for s in x.sides] == ["at the scene", "20 kilometers outside"]
    assert "burned vehicle" in x.explanation


def test_one_article_saying_scene_and_away_makes_no_whereabouts_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A burnt-out car was found at the scene. A second car was set ablaze 20 km away."),
    ])
    assert not [x for x in conflicts if x.kind == "place"]


def test_a_thing_in_two_states_at_the_scene_and_away_is_one_conflict(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A burnt-out car was found abandoned at the scene, police said."),
        ("Beta Post", "The burned car was found abandoned 20 kilometers outside the city."),
    ])
    ids = [x.id for x in conflicts]
    assert len([x for x in conflicts if x.kind == "place"]) == 1 and len(ids) == len(set(ids))


def test_a_weekday_read_against_a_guessed_date_sets_no_side_but_a_named_day_does():
    from storyline.models import Value
    from storyline.reconcile.conflicts import date_conflicts

    def shot(doc: str, when: str, day: str) -> Claim:
        text = f"The pilot was shot {when}."
        at = text.index(when)
        value = Value(kind="date", text=when, start=at, end=at + len(when), normalized=day, measure="shoot")
        return Claim(id=f"{doc}:c0", doc=doc, start=0, end=len(text), text=text, predicate="shoot", values=[value])

    claims = [shot("a", "on Saturday", "2024-02-10"), shot("b", "on February 13", "2024-02-13")]
    fact_of = {"a:c0": "f", "b:c0": "f"}
    assert date_conflicts(claims, fact_of, {}, trusted={"a", "b"})  # both days stand: a conflict
    assert not date_conflicts(claims, fact_of, {}, trusted={"b"})  # "Saturday" against a guess: no side
    claims[0] = shot("a", "on February 10", "2024-02-10")
    assert date_conflicts(claims, fact_of, {}, trusted=set())  # named days need no publication date
    # a named day whose year was guessed from two different publication guesses: month and day agree
    claims = [shot("a", "on November 11", "2007-11-11"), shot("b", "on November 11", "2008-11-11")]
    assert not date_conflicts(claims, fact_of, {}, trusted=set())
    assert date_conflicts(claims, fact_of, {}, trusted={"a", "b"})


def _with_dates(annotated, articles: list[tuple[str, str, str]]):
    """(outlet, published, text) articles reconciled into one story, publication dates stated."""
    docs, claims = [], []
    for i, (outlet, published, text) in enumerate(articles):
        doc, ann = annotated(text, doc_id=f"d{i}", outlet=outlet, published=published)
        docs.append(doc)
        claims += extract_claims(doc, ann, outlet_of(doc))
    return reconcile(docs, claims)


def test_a_toll_given_as_an_update_of_an_earlier_one_is_an_update_not_a_conflict(annotated):
    found = _with_dates(annotated, [
        ("Alpha News", "2024-03-23", "The attack killed 60 people, officials said."),
        ("Beta Post", "2024-03-24", "The death toll from the attack rose to 93, officials said."),
    ])
    assert not [x for x in found.conflicts if x.kind == "number"]
    [u] = found.updates
    assert (u.earlier.value, u.later.value) == ("60", "93")
    assert "rose to 93" in u.explanation and "Alpha News" in u.explanation


def test_an_update_published_before_the_figure_it_would_replace_is_still_a_conflict(annotated):
    found = _with_dates(annotated, [
        ("Alpha News", "2024-03-25", "The attack killed 60 people, officials said."),
        ("Beta Post", "2024-03-24", "The death toll from the attack rose to 93, officials said."),
    ])
    assert [x for x in found.conflicts if x.kind == "number"] and not found.updates


def test_an_update_supersedes_an_open_bound_below_it(annotated):
    # "at least 23" held when it was said; "rose to 31" a day later updates it and the exact 23 alike
    found = _with_dates(annotated, [
        ("Alpha News", "2025-03-14", "At least 23 people were killed in the floods on Thursday."),
        ("Beta Post", "2025-03-14", "The floods killed 23 people, officials said."),
        ("Gamma TV", "2025-03-15", "The death toll from the floods rose to 31, officials said."),
    ])
    assert not [x for x in found.conflicts if x.kind == "number"]
    [u] = found.updates
    assert u.later.value == "31" and "23" in u.earlier.value


def test_a_later_update_supersedes_an_earlier_update(annotated):
    found = _with_dates(annotated, [
        ("Alpha News", "2024-03-23", "The death toll from the attack rose to 93, officials said."),
        ("Beta Post", "2024-03-24", "The death toll from the attack rose to 137, officials said."),
    ])
    assert not [x for x in found.conflicts if x.kind == "number"]
    [u] = found.updates
    assert (u.earlier.value, u.later.value) == ("93", "137")


def test_an_update_replaces_only_lower_figures(annotated):
    found = _with_dates(annotated, [
        ("Alpha News", "2024-03-23", "The attack killed 137 people, officials said."),
        ("Beta Post", "2024-03-24", "The death toll from the attack rose to 93, officials said."),
    ])
    assert [x for x in found.conflicts if x.kind == "number"] and not found.updates


def test_claims_in_two_languages_join_on_two_shared_anchors_not_one():
    from storyline.reconcile.facts import group_claims

    claims = [Claim(id="a", doc="d1", start=0, end=1, text="Police detained 11 people after the Crocus attack."),
              Claim(id="b", doc="d2", start=0, end=1, text="Szombat délutánig tizenegy embert tartóztattak le.")]
    two = [{"n:people:11.0", "e:fac:crocus"}, {"n:people:11.0", "e:fac:crocus"}]
    one = [{"n:people:11.0"}, {"n:people:11.0"}]
    assert group_claims(claims, None, two, ["en", "hu"]) == [[0, 1]]
    assert group_claims(claims, None, one, ["en", "hu"]) == [[0], [1]]
    assert group_claims(claims, None, two, ["en", "en"]) == [[0], [1]]  # one language: the words decide


def test_a_hedged_figure_pins_as_stated():
    from storyline.models import Value
    from storyline.reconcile.facts import anchors

    def speed(doc: str, text: str, lower: float, upper: float) -> Claim:
        v = Value(kind="number", text=text, start=0, end=len(text), normalized="8", unit="knots", lower=lower,
                  upper=upper)
        return Claim(id=f"{doc}:c0", doc=doc, start=0, end=len(text), text=text, values=[v])

    a, b = anchors([speed("d1", "about eight knots", 6.8, 9.2), speed("d2", "8 knots", 8, 8)])
    assert a == b and any(p.startswith("n:km/h:") for p in a)


def test_two_ages_of_one_person_conflict_and_a_decade_fits_a_figure(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "Police charged Dalerdzhon Mirzoyev, 32, and Mukhammadsobir Faizov, 19, with terrorism."),
        ("Beta Post", "Mukhammadsobir Faizov, 20, was brought to court in a wheelchair."),
    ], published="2024-03-25")
    [x] = [x for x in conflicts if "ages" in x.explanation]
    assert "Faizov" in x.explanation and sorted(s.value for s in x.sides) == ["19", "20"]
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The twenty-something pilot Maksim Kuzminov defected to Ukraine."),
        ("Beta Post", "Maksim Kuzminov, 28, defected to Ukraine last year."),
    ])
    assert not [x for x in conflicts if "ages" in x.explanation]


def test_ages_allow_a_birthday_between_undated_articles_and_things_have_no_owner(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "Police charged Mukhammadsobir Faizov, 19, with terrorism."),
        ("Beta Post", "Mukhammadsobir Faizov, 20, was brought to court in a wheelchair."),
    ])
    assert not [x for x in conflicts if "ages" in x.explanation]  # no dates: a birthday may fall between
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The Bush administration eliminated 35-year-old regulations on Thursday."),
        ("Beta Post", "The Bush administration eliminated 12-year-old regulations on Thursday."),
    ], published="2008-12-12")
    assert not [x for x in conflicts if "ages" in x.explanation]


def test_a_part_of_a_group_in_its_own_state_is_a_count_of_that_state(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "A court statement said two of the suspects accepted their guilt in the assault."),
        ("Beta Post", "Four suspects have appeared in court in Moscow. All four pleaded guilty."),
    ])
    [x] = [x for x in conflicts if "confessed" in x.explanation]
    assert sorted(s.value for s in x.sides) == ["four", "two"]
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "Police said two of the suspects were citizens of Tajikistan."),
        ("Beta Post", "Four suspects have appeared in court in Moscow. All four pleaded guilty."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_a_shared_speaker_does_not_make_two_statements_one_fact():
    from storyline.reconcile.facts import group_claims
    from storyline.reconcile.text import statement

    speaker = "Maryland Governor Wes Moore"
    claims = [Claim(id="a", doc="d1", start=0, end=1, attribution=["X", speaker],
                    text=f"{speaker} said the freighter was traveling at about eight knots."),
              Claim(id="b", doc="d2", start=0, end=1, attribution=["Y", speaker],
                    text=f"{speaker} praised the crew as heroes.")]
    assert "Moore" not in statement(claims[0]) and "freighter" in statement(claims[0])
    conjunct = Claim(id="c", doc="d3", start=0, end=1, text="issued a mayday call", subject="The Dali")
    assert statement(conjunct) == "The Dali issued a mayday call"  # a conjunct compares with its subject
    others = [Claim(id=f"o{k}", doc=f"d{k}", start=0, end=1, text=t) for k, t in enumerate(
        ["The bridge collapsed after the ship struck a pier.", "Divers recovered two bodies from the river.",
         "The port will stay closed for weeks."], start=3)]
    assert group_claims(claims + others, None, [set()] * 5)[:2] == [[0], [1]]
    unsplit = [Claim(id=c.id, doc=c.doc, start=0, end=1, text=c.text) for c in claims]  # no source known
    assert group_claims(unsplit + others, None, [set()] * 5)[0] == [0, 1]


def test_a_name_said_once_per_article_pins_even_in_a_small_story():
    from storyline.reconcile.facts import anchors

    def claim(doc: str, text: str, entities: list[str]) -> Claim:
        return Claim(id=f"{doc}:{len(text)}", doc=doc, start=0, end=1, text=text, entities=entities)

    claims = [claim(f"d{k}", f"Rescuers evacuated residents from Faenza ({k}).", ["e:gpe:faenza", "e:gpe:italy"])
              for k in range(3)]
    claims += [claim(f"d{k}", f"Floods hit Italy again ({k}).", ["e:gpe:italy"]) for k in range(3)]
    pins = anchors(claims)
    assert "e:e:gpe:faenza" in pins[0]  # three articles, one mention each: it marks one fact
    assert "e:e:gpe:italy" not in pins[0]  # six claims of three articles: the story's setting


def test_a_region_named_after_its_city_pins_as_the_city():
    from storyline.reconcile.facts import anchors

    def claim(i: int, doc: str, entities: list[str]) -> Claim:
        return Claim(id=f"c{i}", doc=doc, start=0, end=1, text="", entities=entities)

    claims = [claim(0, "a", ["e:gpe:bryansk-region"]), claim(1, "b", ["e:gpe:bryansk"]),
              claim(2, "c", ["e:gpe:moscow"])] + [claim(3 + i, "d", []) for i in range(20)]
    pins = anchors(claims)
    assert pins[0] == pins[1] == {"e:e:gpe:bryansk"}
    assert pins[2] == {"e:e:gpe:moscow"}


def test_a_sequence_needs_dates_that_stand_without_a_guessed_publication_date():
    from storyline.models import Value
    from storyline.reconcile.conflicts import sequence_conflicts

    def claim(cid: str, doc: str, verb: str, text: str, value: str) -> Claim:
        date = Value(kind="date", text=text, start=0, end=len(text), normalized=value, measure=verb)
        return Claim(id=cid, doc=doc, start=0, end=1, text=f"{verb} {text}", predicate=verb,
                     entities=["e:person:brian-nichols"], values=[date])

    arrest = claim("a", "d0", "capture", "March 12, 2005", "2005-03-12")
    guessed = claim("b", "d1", "convict", "Nov. 7", "2004-11-07")  # the year comes from a guessed date
    written = claim("c", "d1", "convict", "Nov. 7, 2004", "2004-11-07")
    assert sequence_conflicts([arrest, guessed], {}, {}, trusted={"d0"}) == []
    assert len(sequence_conflicts([arrest, guessed], {}, {}, trusted={"d0", "d1"})) == 1
    assert len(sequence_conflicts([arrest, written], {}, {}, trusted={"d0"})) == 1


def test_a_figure_of_unknown_dimension_in_a_document_of_many_yardages_is_not_compared(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The Colts gained just 32 yards rushing. Manning threw for 364 yards and ran 12 yards."),
        ("Beta Post", "The Colts defense gave up 409 yards rushing."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_a_rate_and_a_total_are_not_versions_of_one_figure(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The Red Sox offered Teixeira about $22 million per season."),
        ("Beta Post", "The Red Sox offered Teixeira $180 million over eight years."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The Red Sox offered Teixeira about $22 million per season."),
        ("Beta Post", "The Red Sox offered Teixeira $16 million per season."),
    ])
    assert [x for x in conflicts if x.kind == "number"]


def test_counts_of_one_noun_far_apart_count_different_groups(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "Horton, a mother of 12 children, was shot on the street."),
        ("Beta Post", "Two children pressed up against a storefront for safety."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "Police said four gunmen opened fire in the hall."),
        ("Beta Post", "At least five gunmen stormed the hall."),
    ])
    assert [x for x in conflicts if x.kind == "number"]


def test_a_specific_name_two_origins_state_is_a_corroborated_detail(annotated):
    _, claims, facts, _ = story(annotated, [
        ("Alpha News", "The gunmen fled the concert hall in a white Renault."),
        ("Beta Post", "Police later found a burned Renault near the village of Khatsun."),
        ("Gamma TV", "The concert hall was packed when the shooting started."),
        ("Delta FM", "Rescuers worked through the night at the concert hall."),
    ])
    [detail] = [f for f in facts if f.label.startswith("Renault:")]
    assert detail.status == "corroborated"
    assert {c.doc for c in claims if c.id in detail.claims} == {"d0", "d1"}
    assert "Renault" in detail.explanation and "the statements are not" in detail.explanation


def test_a_cited_source_or_a_name_in_most_articles_is_no_shared_detail(annotated):
    _, _, facts, _ = story(annotated, [
        ("Alpha News", "The gunmen fled the concert hall, Interfax reported."),
        ("Beta Post", "Interfax said police found a burned car near the village."),
        ("Gamma TV", "The concert hall was packed when the shooting started."),
        ("Delta FM", "Rescuers worked through the night at the concert hall."),
    ])
    assert not [f for f in facts if "the detail is corroborated" in f.explanation]


def test_distances_from_different_places_are_not_one_figure(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The earthquake struck about 15 miles from Napa, the survey said."),
        ("Beta Post", "The earthquake struck about 50 miles from San Francisco, the survey said."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The earthquake struck about 15 miles from Napa, the survey said."),
        ("Beta Post", "The earthquake struck about 50 miles from Napa, the survey said."),
    ])
    assert [x for x in conflicts if x.kind == "number"]


def test_a_measurement_of_unknown_dimension_is_compared_only_as_a_near_miss(annotated):
    _, _, _, conflicts = story(annotated, [
        ("Alpha News", "The Colts offense gained 364 yards against the Jaguars on Sunday."),
        ("Beta Post", "The Colts offense gained 605 yards against the Jaguars on Sunday."),
    ])
    assert not [x for x in conflicts if x.kind == "number"]


def test_claims_in_one_language_do_not_meet_on_its_function_words():
    from storyline.reconcile.facts import group_claims

    texts = ["Según los datos que publicó el ministerio, las pensiones para los jubilados subirán este año.",
             "Los bomberos dijeron que el incendio, según ellos, fue controlado para las ocho de este año.",
             "Madrid ganó la final.", "Barcelona perdió ayer.", "Llueve mucho en Sevilla."]
    claims = [Claim(id=str(i), doc=f"d{i}", start=0, end=len(t), text=t) for i, t in enumerate(texts)]
    assert group_claims(claims, None, [set()] * 5, ["es"] * 5) == [[0], [1], [2], [3], [4]]


def test_a_figure_two_origins_give_in_different_statements_is_corroborated(annotated):
    _, claims, facts, _ = story(annotated, [
        ("Alpha News", "The 28-year-old pilot served in Russia's 319th helicopter regiment."),
        ("Beta Post", "Kiev said the helicopter pilot, identified as Maksim Kuzminov, 28, is currently in Ukraine."),
    ])
    [fact] = [f for f in facts if "figure is corroborated" in f.explanation]
    assert fact.status == "corroborated" and len(fact.origins) == 2 and "(age)" in fact.explanation
    _, _, facts, _ = story(annotated, [
        ("Alpha News", "He has four touchdowns this season."),
        ("Beta Post", "The rookie has four touchdowns in the last three games."),
    ])
    assert not [f for f in facts if "figure is corroborated" in f.explanation]  # "has" says too little


def test_the_kind_of_happening_is_read_in_every_lexicon_language():
    from storyline.claims.lexicon.concepts import CONCEPTS, concepts

    assert all(set(by_language) >= {"en", "es", "fr", "de", "it", "pt", "ru", "uk", "pl", "hu"}
               for by_language in CONCEPTS.values())
    said = [("en", "Police arrested the former minister."), ("es", "La policía detuvo al exministro."),
            ("fr", "L'ancien ministre a été arrêté."), ("de", "Der Ex-Minister wurde festgenommen."),
            ("it", "L'ex ministro è stato arrestato."), ("pt", "O ex-ministro foi detido."),
            ("ru", "Бывший министр задержан."), ("uk", "Колишнього міністра затримали."),
            ("pl", "Były minister został zatrzymany."), ("hu", "Őrizetbe vették a volt minisztert.")]
    assert all(concepts(text, language) == {"arrest"} for language, text in said)
    assert concepts("The deadline for the shotgun permit passed.", "en") == set()  # whole words only


def test_hurt_counts_people_and_crew_counts_members():
    from storyline.reconcile.conflicts import _unit_key

    def figure(unit: str) -> Value:
        return Value(kind="number", text="4", start=0, end=1, normalized="4", unit=unit, measure="injured")

    assert _unit_key(figure("hurt")) == _unit_key(figure("people")) == "people"  # "80 Hurt in quake"
    assert _unit_key(figure("crew")) == _unit_key(figure("member")) == "member"  # "four crew (members)"


def test_a_denied_figure_holds_no_side(annotated):
    _, claims, _, conflicts = story(annotated, [
        ("Alpha News", "At least 11,300 people were killed in Derna, the Red Crescent said on Thursday."),
        ("Beta Post", "The World Health Organization said 3,958 people were killed in Derna."),
        ("Gamma TV", "The Red Crescent denied that 11,300 people were killed in Derna."),
    ])
    [conflict] = [x for x in conflicts if x.kind == "number"]
    docs = {c.id: c.doc for c in claims}
    assert {docs[cid] for side in conflict.sides for cid in side.claims} == {"d0", "d1"}


def test_a_forecast_of_the_toll_is_not_a_version_of_it(annotated):
    for forecast in ("The mayor said the death toll could reach 8,000 in the next days.",
                     "Officials said the number of dead was expected to rise to 8,000."):
        _, _, _, conflicts = story(annotated, [
            ("Alpha News", "At least 11,300 people were killed in Derna, the Red Crescent said on Thursday."),
            ("Beta Post", forecast),
        ])
        assert not [x for x in conflicts if x.kind == "number"], forecast
    _, _, _, conflicts = story(annotated, [  # a count said of the past, however hedged, is a version
        ("Alpha News", "At least 11,300 people were killed in Derna, the Red Crescent said on Thursday."),
        ("Beta Post", "The mayor said 8,000 people may have been killed in Derna."),
    ])
    assert [x for x in conflicts if x.kind == "number"]
    _, _, _, conflicts = story(annotated, [  # the month is no modal
        ("Alpha News", "At least 11,300 people were killed in Derna, the Red Crescent said on Thursday."),
        ("Beta Post", "In May the death toll in Derna climbed to 8,000 people."),
    ])
    assert [x for x in conflicts if x.kind == "number"]


def test_a_figure_every_other_figure_allows_takes_no_side(annotated):
    _, claims, _, conflicts = story(annotated, [
        ("Alpha News", "More than 2,000 people were killed in the floods, the government said."),
        ("Beta Post", "The World Health Organization said 3,958 people were killed in the floods."),
        ("Gamma TV", "The Red Crescent said 11,300 people were killed in the floods."),
    ])
    [conflict] = [x for x in conflicts if x.kind == "number"]
    docs = {c.id: c.doc for c in claims}
    assert sorted(sorted(docs[cid] for cid in side.claims) for side in conflict.sides) == [["d1"], ["d2"]]


def test_a_denial_contests_the_fact_it_answers_and_corroborates_nothing(annotated):
    _, claims, facts, _ = story(annotated, [
        ("Alpha News", "Russian forces shot down the Ukrainian cargo plane near Belgorod on Tuesday, Ukrainian "
                       "officials said."),
        ("Beta Post", "The Russian Defence Ministry denied that Russian forces shot down the Ukrainian cargo plane "
                      "near Belgorod."),
    ])
    [fact] = [f for f in facts if len({c.split(":")[0] for c in f.claims}) == 2]
    assert fact.status == "contested"
    assert "denied" in fact.explanation


def test_a_night_is_also_the_day_it_runs_into():
    from storyline.models import Value
    from storyline.reconcile.conflicts import date_conflicts

    def broke(doc: str, when: str, day: str) -> Claim:
        text = f"The dams broke {when}."
        at = text.index(when)
        value = Value(kind="date", text=when, start=at, end=at + len(when), normalized=day, measure="break")
        return Claim(id=f"{doc}:c0", doc=doc, start=0, end=len(text), text=text, predicate="break", values=[value])

    fact_of = {"a:c0": "f", "b:c0": "f"}
    night = broke("a", "in der Nacht zum Montag", "2023-09-10TNI")
    assert not date_conflicts([night, broke("b", "early on Monday", "2023-09-11")], fact_of, {})
    assert date_conflicts([night, broke("b", "on Tuesday", "2023-09-12")], fact_of, {})
    assert date_conflicts([broke("a", "on Sunday", "2023-09-10"), broke("b", "on Monday", "2023-09-11")],
                          fact_of, {})


def test_people_aboard_counted_in_other_languages_meet_the_english_count():
    _, conflicts = story_in([
        ("Alpha", "en", "A military plane with 74 people on board crashed in the Belgorod region on Wednesday."),
        ("Beta", "pl", "Rosyjski samolot rozbił się w środę. Na pokładzie było 75 osób."),
        ("Gamma", "en", "The plane carrying 74 people crashed on Wednesday, the ministry said."),
    ])
    [conflict] = [x for x in conflicts if x.kind == "number"]
    assert sorted(side.value for side in conflict.sides) == ["74", "75"]


def test_a_city_and_its_country_named_by_two_outlets_pin_one_fact(annotated):
    from storyline.reconcile.facts import anchors

    _, claims, _, _ = story(annotated, [
        ("Alpha News", "The vessel is owned by Grace Ocean and was on its way to Colombo from Baltimore."),
        ("Beta Post", "State officials say the ship had left the port of Baltimore bound for Sri Lanka."),
    ])
    pins = anchors(claims)
    assert "e:e:gpe:sri-lanka" in pins[0] & pins[1]


def test_a_claims_own_relative_clause_is_left_out_when_it_is_compared(annotated):
    from storyline.reconcile.facts import statements

    _, claims, _, _ = story(annotated, [
        ("Alpha News", "The pilot, who had stolen a Mi-8 helicopter from a Kursk airbase in August, was killed on "
                       "February 13 in a car park in Spain."),
    ])
    outer = next(c for c in claims if "was killed" in c.text and "who had stolen" in c.text)
    said = statements(claims)[claims.index(outer)]
    assert "killed" in said and "stolen" not in said and "Kursk" not in said



def test_a_clock_time_in_a_claims_own_relative_clause_dates_that_clause_not_the_claim():
    from storyline.models import Value
    from storyline.reconcile.conflicts import date_conflicts

    def clock(text: str, at: str, value: str, verb: str) -> Value:
        start = text.index(at)
        return Value(kind="date", text=at, start=start, end=start + len(at), normalized=value, measure=verb)

    outer = "Firefighters tackled the blaze, which broke out on the roof at 8.40pm on Friday."
    nested_at = outer.index("which")
    tackled = Claim(id="a:c0", doc="a", start=0, end=len(outer), text=outer, predicate="tackle",
                    values=[clock(outer, "8.40pm", "2010-06-04T20:40", "break")])
    broke = Claim(id="a:c1", doc="a", start=nested_at, end=len(outer), text=outer[nested_at:], predicate="break",
                  values=[clock(outer, "8.40pm", "2010-06-04T20:40", "break")])
    called = "Fire crews were called to the store at 9.30pm on Friday."
    crews = Claim(id="b:c0", doc="b", start=0, end=len(called), text=called, predicate="call",
                  values=[clock(called, "9.30pm", "2010-06-04T21:30", "call")])
    fact_of = {"a:c0": "f", "b:c0": "f", "a:c1": "g"}
    assert not date_conflicts([tackled, broke, crews], fact_of, {})
    assert date_conflicts([tackled, crews], fact_of, {})  # no clause of its own: the time is the claim's


def test_sentence_vectors_join_only_claims_in_the_encoders_language():
    import numpy as np

    from storyline.embeddings_static import static_vectors
    from storyline.reconcile.facts import group_claims

    ru = ["В субботу пресс-секретарь президента Дмитрий Песков заявил, что Кремль не комментирует слухи.",
          "Фото: пожарные работают на месте происшествия."]
    claims = [Claim(id=f"c{i}", doc=f"d{i}", start=0, end=1, text=t) for i, t in enumerate(ru)]
    vectors = static_vectors(ru)
    assert float(vectors[0] @ vectors[1]) > 0.8  # the English encoder reads any two Russian sentences as one
    assert group_claims(claims, vectors, [set(), set()], ["ru", "ru"]) == [[0], [1]]
    # in English, the encoder's paraphrase still joins what the words alone would not
    en = ["The blaze at the refinery was put out by morning.", "Firefighters extinguished the fire at the plant."]
    claims = [Claim(id=f"e{i}", doc=f"d{i}", start=0, end=1, text=t) for i, t in enumerate(en)]
    same = np.repeat(static_vectors(en[:1]), 2, axis=0)
    assert group_claims(claims, same, [set(), set()], ["en", "en"]) == [[0, 1]]
    assert group_claims(claims, None, [set(), set()], ["en", "en"]) == [[0], [1]]


def test_prison_terms_of_one_person_conflict_across_languages_but_not_with_the_term_sought():
    claims, conflicts = story_in([
        ("Alpha News", "en", "A court in Brno sentenced former minister Pavel Hruby to seven years in prison on "
                             "Tuesday. Prosecutors had sought 10 years."),
        ("Le Journal", "fr", "L'ancien ministre Pavel Hruby a été condamné à sept ans de prison ferme."),
        ("Gazzetta", "it", "L'ex ministro Pavel Hruby è stato condannato a nove anni di carcere. La procura "
                           "aveva chiesto dieci anni."),
        ("Beta Post", "en", "His co-defendant Tomas Kratochvil was sentenced to five years in prison."),
    ], published="2025-03-12")
    terms = {(v.text, v.measure) for c in claims for v in c.values if v.unit == "year"}
    assert {("seven years", "prison sentence"), ("10 years", "sentence sought"), ("sept ans", "prison sentence"),
            ("dieci anni", "sentence sought"), ("five years", "prison sentence")} <= terms
    [conflict] = [x for x in conflicts if x.kind == "number"]  # 7 against 9: not the 10 sought, not his 5
    assert sorted(side.value for side in conflict.sides) == ["nove anni", "seven years / sept ans"]
    assert "the prison sentence (year)" in conflict.explanation


def test_a_span_of_time_without_words_of_custody_or_prison_is_no_figure(annotated):
    _, claims, _, conflicts = story(annotated, [
        ("Alpha News", "Hruby has lived in Brno for ten years, a court heard."),
        ("Beta Post", "Hruby has lived in Brno for twelve years, his lawyer said."),
        ("Gamma TV", "The suspects were remanded in custody for two months."),
    ], published="2025-03-12")
    assert [(v.text, v.unit, v.measure) for c in claims for v in c.values if v.kind == "number"] == [
        ("two months", "month", "custody")]


def test_a_sum_written_as_a_decimal_of_millions_agrees_with_what_rounds_to_it():
    from storyline.claims.values import as_rounded, compatible

    def sum_of(text: str, n: float) -> Value:
        return as_rounded(Value(kind="number", text=text, start=0, end=1, normalized=str(n), unit="EUR",
                                lower=n, upper=n))

    assert compatible(sum_of("2.4 million", 2.4e6), sum_of("2.38 million", 2.38e6))
    assert compatible(sum_of("2,4 mln", 2.4e6), sum_of("2.38 million", 2.38e6))
    assert not compatible(sum_of("2.4 million", 2.4e6), sum_of("4,2 mln", 4.2e6))
    assert not compatible(sum_of("2.38 million", 2.38e6), sum_of("2.36 million", 2.36e6))
    assert sum_of("6,500", 6500).upper == 6500  # a thousands separator is no decimal


def test_a_bribe_is_a_sum_of_the_story():
    claims, conflicts = story_in([
        ("Alpha News", "en", "The court ruled that Hruby took 2.38 million euros in bribes."),
        ("Gazeta", "pl", "Według prokuratury Hruby miał otrzymać 4,2 mln euro łapówki."),
        ("Le Journal", "fr", "Hruby aurait perçu 2,4 millions d'euros de pots-de-vin."),
    ])
    assert {v.measure for c in claims for v in c.values if v.unit == "EUR"} == {"bribe"}
    [conflict] = [x for x in conflicts if x.kind == "number"]
    assert [len(side.claims) for side in sorted(conflict.sides, key=lambda s: s.value)] == [2, 1]


def test_figures_of_different_organizations_are_no_versions_of_one(annotated):
    def offers(first: str, second: str):
        return story(annotated, [
            ("Alpha News", f"The {first} offered Mark Teixeira an eight-year deal worth $150 million, ESPN said."),
            ("Beta Post", f"The {second} offered Mark Teixeira an eight-year deal worth $200 million."),
            ("Gamma TV", "Mark Teixeira will be 29 in April, and his agent is Scott Boras."),
        ])[3]

    assert [x for x in offers("Boston Red Sox", "Boston Red Sox") if x.kind == "number"]  # one team: versions
    assert not [x for x in offers("Baltimore Orioles", "Boston Red Sox") if x.kind == "number"]  # two offers


def test_a_source_worded_differently_by_each_outlet_is_one_origin(annotated):
    articles = [("Alpha News", "Russia's domestic security service, the FSB, said 11 people were detained."),
                ("Beta Post", "Eleven people have been detained in connection with the attack, the FSB said."),
                ("Gamma TV", "According to the Federal Security Service (FSB), 11 people were detained.")]
    docs, anns = zip(*(annotated(text, doc_id=f"d{i}", outlet=outlet) for i, (outlet, text) in enumerate(articles)),
                     strict=True)
    entities = resolve_entities(list(docs), list(anns))
    types = {e.id: e.type for e in entities}
    claims = [c for d, a in zip(docs, anns, strict=True) for c in extract_claims(d, a, outlet_of(d), types)]
    facts, _, _, _ = reconcile(list(docs), claims, entities=entities)
    assert len({c.origin for c in claims}) == 1
    [fact] = [f for f in facts if len(f.claims) == 3]
    assert fact.status == "single_source" and fact.origins == ["federal security service"]
    reconcile(list(docs), claims)  # without the story's entities, each wording is its own origin
    assert len({c.origin for c in claims}) == 3


def test_across_languages_places_count_as_one_anchor_and_a_day_counts_as_one():
    from storyline.reconcile.facts import group_claims

    claims = [Claim(id="a", doc="d1", start=0, end=1, text="The epicentre was near Azilal, 70 km from Marrakech."),
              Claim(id="b", doc="d2", start=0, end=1, text="El equipo español llegó a Marrakech y partió hacia Azilal.")]
    places = [{"e:e:gpe:azilal", "e:e:gpe:marrakech"}] * 2
    assert group_claims(claims, None, places, ["en", "es"]) == [[0], [1]]  # a backdrop, not a fact
    place_and_day = [{"e:e:gpe:azilal", "d:2025-10-10"}] * 2
    assert group_claims(claims, None, place_and_day, ["en", "es"]) == [[0, 1]]
    assert group_claims(claims, None, place_and_day, ["en", "en"]) == [[0], [1]]  # one language: words decide


def test_claims_in_two_languages_share_the_day_they_date_and_the_appeal_of_one_person():
    from storyline.reconcile.facts import anchors

    claims, _ = story_in([
        ("Alpha News", "en", "His lawyer, Jan Sokol, said the defence would appeal the verdict."),
        ("Gazzetta", "it", "Il suo avvocato, Jan Sokol, ha annunciato ricorso in appello."),
        ("Le Journal", "fr", "La tempête a frappé la côte dimanche soir."),
    ], published="2023-09-12")
    pins = anchors(claims, ["en", "it", "fr"])
    assert "v:appeal|e:e:person:jan-sokol" in pins[0] & pins[1]
    assert "d:2023-09-10" in pins[2]
