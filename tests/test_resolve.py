"""Resolve stage: each clustering rule on small hand-written mentions, end to end through spaCy, and coref."""

from __future__ import annotations

import pytest

from storyline.models import Annotation, Document, Entity, Mention, Sentence
from storyline.resolve import coref_mentions, resolve_entities
from storyline.resolve.names import gender_variants, name_key


def make(
    doc_id: str, text: str, spans: list[tuple[str, str]], language: str = "en"
) -> tuple[Document, Annotation]:
    """A document and its annotation with the given (surface, label) mentions, found left to right."""
    mentions, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        mentions.append(
            Mention(f"{doc_id}:m{len(mentions)}", doc_id, start, start + len(surface), surface, label)
        )
        pos = start + 1
    doc = Document(id=doc_id, path=f"{doc_id}.txt", text=text, language=language)
    return doc, Annotation(doc=doc_id, sentences=[Sentence(0, len(text))], mentions=mentions)


def resolve(*pairs: tuple[Document, Annotation]) -> list[Entity]:
    return resolve_entities([p[0] for p in pairs], [p[1] for p in pairs])


def owner(entities: list[Entity], doc: str, surface: str) -> str:
    """The entity id of the first mention with this exact text in this document."""
    return next(m.entity for e in entities for m in e.mentions if m.doc == doc and m.text == surface)


def test_transliteration_variants_merge():
    ents = resolve(
        make(
            "a",
            "Captain Maksim Kuzminov flew. Mukhammadsobir Faizov was held.",
            [("Captain Maksim Kuzminov", "PERSON"), ("Mukhammadsobir Faizov", "PERSON")],
        ),
        make(
            "b",
            "Maxim Kuzminov was found. Muhammadsobir Fayzov appeared.",
            [("Maxim Kuzminov", "PERSON"), ("Muhammadsobir Fayzov", "PERSON")],
        ),
        make(
            "c",
            "Aleksandr Kots wrote, and Alexander Kots posted.",
            [("Aleksandr Kots", "PERSON"), ("Alexander Kots", "PERSON")],
        ),
    )
    assert owner(ents, "a", "Maksim Kuzminov") == owner(ents, "b", "Maxim Kuzminov")  # "Captain" trimmed
    assert owner(ents, "a", "Mukhammadsobir Faizov") == owner(ents, "b", "Muhammadsobir Fayzov")
    assert owner(ents, "c", "Aleksandr Kots") == owner(ents, "c", "Alexander Kots")
    assert owner(ents, "a", "Maksim Kuzminov") != owner(ents, "a", "Mukhammadsobir Faizov")
    kuz = next(e for e in ents if e.id == owner(ents, "a", "Maksim Kuzminov"))
    assert kuz.type == "PERSON" and "Captain" not in kuz.name


def test_gendered_surnames_stay_apart_and_surname_only_follows_gender():
    ents = resolve(
        make(
            "a",
            "Maksim Kuzminov defected. His mother Inna Kuzminova spoke. Kuzminova wept; Kuzminov left.",
            [
                ("Maksim Kuzminov", "PERSON"),
                ("Inna Kuzminova", "PERSON"),
                ("Kuzminova", "PERSON"),
                ("Kuzminov", "GPE"),
            ],
        ),
    )
    maksim, inna = owner(ents, "a", "Maksim Kuzminov"), owner(ents, "a", "Inna Kuzminova")
    assert maksim != inna
    assert owner(ents, "a", "Kuzminova") == inna
    assert owner(ents, "a", "Kuzminov") == maksim  # the GPE label is overridden by the surname evidence
    assert gender_variants("kuzminov", "kuzminova") and not gender_variants("rachabalizoda", "rachabalizodu")


def test_shared_first_name_different_people_apart():
    ents = resolve(
        make(
            "a",
            "Alexander Bortnikov reported to Putin. Alexander Khinshtein described the escape.",
            [("Alexander Bortnikov", "PERSON"), ("Alexander Khinshtein", "PERSON")],
        ),
    )
    assert owner(ents, "a", "Alexander Bortnikov") != owner(ents, "a", "Alexander Khinshtein")


def test_surname_only_prefers_person_in_same_document():
    ents = resolve(
        make(
            "a",
            "John Hartley spoke. Later Hartley left.",
            [("John Hartley", "PERSON"), ("Hartley", "PERSON")],
        ),
        make(
            "b", "Mary Hartley arrived. Hartley smiled.", [("Mary Hartley", "PERSON"), ("Hartley", "PERSON")]
        ),
    )
    assert owner(ents, "a", "Hartley") == owner(ents, "a", "John Hartley")
    assert owner(ents, "b", "Hartley") == owner(ents, "b", "Mary Hartley")
    assert owner(ents, "a", "John Hartley") != owner(ents, "b", "Mary Hartley")


def test_patronymic_and_misspelled_surname():
    ents = resolve(
        make(
            "a",
            "Dalerdzhon Barotovich Mirzoyev and Saidakrami Rachabalizodu appeared.",
            [("Dalerdzhon Barotovich Mirzoyev", "PERSON"), ("Saidakrami Rachabalizodu", "PERSON")],
        ),
        make(
            "b",
            "Dalerdzhon Mirzoyev and Saidakrami Murodali Rachabalizoda appeared.",
            [("Dalerdzhon Mirzoyev", "PERSON"), ("Saidakrami Murodali Rachabalizoda", "PERSON")],
        ),
        make("c", "Dalerdzhon Mirzoyev, 32, was charged.", [("Dalerdzhon Mirzoyev", "PERSON")]),
    )
    assert owner(ents, "a", "Dalerdzhon Barotovich Mirzoyev") == owner(ents, "b", "Dalerdzhon Mirzoyev")
    assert owner(ents, "a", "Saidakrami Rachabalizodu") == owner(
        ents, "b", "Saidakrami Murodali Rachabalizoda"
    )
    mirzoyev = next(e for e in ents if e.id == owner(ents, "b", "Dalerdzhon Mirzoyev"))
    assert mirzoyev.name == "Dalerdzhon Mirzoyev"  # the full form in most documents
    assert mirzoyev.id.startswith("e:person:")


def test_cyrillic_and_latin_meet():
    ents = resolve(
        make("a", "Максим Кузьминов погиб.", [("Максим Кузьминов", "PERSON")], language="ru"),
        make("b", "Maksim Kuzminov died.", [("Maksim Kuzminov", "PERSON")]),
    )
    assert owner(ents, "a", "Максим Кузьминов") == owner(ents, "b", "Maksim Kuzminov")
    assert next(e for e in ents if e.type == "PERSON").name == "Maksim Kuzminov"  # Latin script preferred
    assert name_key("Максим") == name_key("Maxim")


def test_acronym_and_expansion():
    ents = resolve(
        make(
            "a",
            "The Maryland Department of Transportation said MDOT would help.",
            [("Maryland Department of Transportation", "ORG"), ("MDOT", "ORG")],
        ),
        make(
            "b",
            "The Investigative Committee of Russia said. The ICR added. The Investigative Committee agreed.",
            [
                ("Investigative Committee of Russia", "ORG"),
                ("ICR", "ORG"),
                ("Investigative Committee", "ORG"),
            ],
        ),
    )
    assert owner(ents, "a", "MDOT") == owner(ents, "a", "Maryland Department of Transportation")
    icr = owner(ents, "b", "ICR")
    assert (
        icr
        == owner(ents, "b", "Investigative Committee of Russia")
        == owner(ents, "b", "Investigative Committee")
    )
    assert icr != owner(ents, "a", "MDOT")


def test_apposition_links_name_and_acronym():
    ents = resolve(
        make(
            "a",
            "the head of the GUR (General Intelligence Directorate) of Ukraine's Ministry of Defense",
            [("GUR", "ORG"), ("Ministry of Defense", "ORG")],
        ),
    )
    gur = owner(ents, "a", "GUR")
    assert owner(ents, "a", "General Intelligence Directorate") == gur
    assert owner(ents, "a", "Ministry of Defense") != gur


def test_intelligence_bodies_of_one_country_merge_but_not_across_countries_or_services():
    ents = resolve(
        make("a", "citing the Defence Intelligence of Ukraine", [("Defence Intelligence of Ukraine", "ORG")]),
        make(
            "b",
            "Ukraine's Main Intelligence Directorate recruited him",
            [("Main Intelligence Directorate", "ORG")],
        ),
        make(
            "c",
            "Photo: Ukrainian Military Intelligence. Russian Military Intelligence denied it. "
            "The Foreign Intelligence Service of Ukraine declined.",
            [
                ("Ukrainian Military Intelligence", "ORG"),
                ("Russian Military Intelligence", "ORG"),
                ("Foreign Intelligence Service of Ukraine", "ORG"),
            ],
        ),
    )
    gur = owner(ents, "a", "Defence Intelligence of Ukraine")
    assert owner(ents, "b", "Main Intelligence Directorate") == gur
    assert owner(ents, "c", "Ukrainian Military Intelligence") == gur
    assert owner(ents, "c", "Russian Military Intelligence") != gur
    assert owner(ents, "c", "Foreign Intelligence Service of Ukraine") != gur


def test_cross_lingual_bodies():
    ents = resolve(
        make("a", "The Islamic State claimed it. The FSB said.", [("Islamic State", "ORG"), ("FSB", "ORG")]),
        make("b", "El Estado Islámico reivindicó el ataque.", [("Estado Islámico", "PERSON")], language="es"),
        make("c", "az FSZB tájékoztatása szerint", [("FSZB", "ORG")], language="hu"),
    )
    assert owner(ents, "b", "Estado Islámico") == owner(ents, "a", "Islamic State")
    assert owner(ents, "c", "FSZB") == owner(ents, "a", "FSB")
    assert owner(ents, "a", "FSB") != owner(ents, "a", "Islamic State")


def test_misspelled_place_merges_but_other_places_do_not():
    ents = resolve(
        make(
            "a",
            "found in Villajoyosa, Alicante. Austria and Australia.",
            [("Villajoyosa", "GPE"), ("Alicante", "GPE"), ("Austria", "GPE"), ("Australia", "GPE")],
        ),
        make("b", "shot dead in Villahoyos, Spain", [("Villahoyos", "GPE"), ("Spain", "GPE")]),
    )
    town = owner(ents, "a", "Villajoyosa")
    assert owner(ents, "b", "Villahoyos") == town
    assert owner(ents, "a", "Alicante") != town and owner(ents, "b", "Spain") != town
    assert owner(ents, "a", "Austria") != owner(ents, "a", "Australia")
    villa = next(e for e in ents if e.id == town)
    assert villa.name == "Villajoyosa" and villa.country == "Spain"


def test_exonyms_through_gazetteer():
    ents = resolve(
        make(
            "a",
            "in Moscow and Kiev and Tajikistan",
            [("Moscow", "GPE"), ("Kiev", "GPE"), ("Tajikistan", "NORP")],
        ),
        make(
            "b",
            "en Moscú, Kyiv y Tayikistán",
            [("Moscú", "GPE"), ("Kyiv", "PERSON"), ("Tayikistán", "GPE")],
            language="es",
        ),
    )
    assert owner(ents, "a", "Moscow") == owner(ents, "b", "Moscú")
    assert owner(ents, "a", "Kiev") == owner(ents, "b", "Kyiv")
    assert owner(ents, "a", "Tajikistan") == owner(ents, "b", "Tayikistán")
    kyiv = next(e for e in ents if e.id == owner(ents, "a", "Kiev"))
    assert kyiv.type == "GPE" and kyiv.country == "Ukraine"


def test_place_and_person_with_one_string_stay_apart():
    ents = resolve(
        make("a", "Michael Jordan played.", [("Michael Jordan", "PERSON")]),
        make("b", "Troops crossed into Jordan.", [("Jordan", "GPE")]),
    )
    assert owner(ents, "a", "Michael Jordan") != owner(ents, "b", "Jordan")


def test_equipment_and_unit_patterns():
    ents = resolve(
        make("a", "He flew an Mi-8 of the 319th separate helicopter regiment.", []),
        make(
            "b", "The MI-8 belonged to the 319th helicopter regiment, not the 320th helicopter regiment.", []
        ),
    )
    assert owner(ents, "a", "Mi-8") == owner(ents, "b", "MI-8")
    unit = owner(ents, "a", "319th separate helicopter regiment")
    assert owner(ents, "b", "319th helicopter regiment") == unit
    assert owner(ents, "b", "320th helicopter regiment") != unit
    assert next(e for e in ents if e.id == owner(ents, "a", "Mi-8")).type == "PRODUCT"


def test_org_name_variants():
    ents = resolve(
        make(
            "a",
            "owned by Grace Ocean Private Ltd near the Port of Baltimore",
            [("Grace Ocean Private Ltd", "ORG"), ("Port of Baltimore", "FAC")],
        ),
        make(
            "b",
            "Grace Ocean Pte Ltd said the Baltimore Port and the Frances Scott Key Bridge",
            [("Grace Ocean Pte Ltd", "ORG"), ("Baltimore Port", "ORG"), ("Frances Scott Key Bridge", "ORG")],
        ),
        make(
            "c",
            "the Francis Scott Key Bridge, or Key Bridge, in Baltimore",
            [("Francis Scott Key Bridge", "PERSON"), ("Key Bridge", "FAC"), ("Baltimore", "GPE")],
        ),
    )
    assert owner(ents, "a", "Grace Ocean Private Ltd") == owner(ents, "b", "Grace Ocean Pte Ltd")
    assert owner(ents, "a", "Port of Baltimore") == owner(ents, "b", "Baltimore Port")
    bridge = owner(ents, "c", "Francis Scott Key Bridge")
    assert owner(ents, "c", "Key Bridge") == bridge == owner(ents, "b", "Frances Scott Key Bridge")
    assert owner(ents, "c", "Baltimore") not in {bridge, owner(ents, "a", "Port of Baltimore")}


def test_ids_stable_unique_and_every_mention_linked():
    pairs = [
        make(
            "a",
            "Maksim Kuzminov met Inna Kuzminova in Spain. Kuzminov left.",
            [
                ("Maksim Kuzminov", "PERSON"),
                ("Inna Kuzminova", "PERSON"),
                ("Spain", "GPE"),
                ("Kuzminov", "PERSON"),
            ],
        ),
    ]
    ents = resolve(*pairs)
    ids = [e.id for e in ents]
    assert len(ids) == len(set(ids))
    assert ids[0] == "e:person:maksim-kuzminov"  # most mentions first
    assert all(m.entity for a in [p[1] for p in pairs] for m in a.mentions)
    again = resolve(*[make("a", pairs[0][0].text, [(m.text, m.label) for m in pairs[0][1].mentions])])
    assert [e.id for e in again] == ids


@pytest.fixture(scope="module")
def nlp_annotate():
    from storyline.annotate import annotate

    return annotate


def test_end_to_end_and_coref(nlp_annotate):
    text = (
        "Russian pilot Maxim Kuzminov defected to Ukraine in August with his Mi-8 helicopter. "
        "The pilot said he wanted no part in the war. Officials in Kyiv praised him."
    )
    doc = Document(id="d", path="d.txt", text=text)
    ann = next(nlp_annotate([doc]))
    ents = resolve_entities([doc], [ann])
    kuz = next(e for e in ents if e.type == "PERSON")
    assert kuz.name == "Maxim Kuzminov"
    links = coref_mentions(ann, ents)
    by_text = {text[s:e]: eid for (s, e), eid in links.items()}
    assert by_text["The pilot"] == kuz.id
    assert by_text["he"] == kuz.id
    assert by_text["him"] == kuz.id
    assert any(e.type == "PRODUCT" and e.name == "Mi-8" for e in ents)


def test_guards_against_wrong_merges():
    ents = resolve(
        make(
            "a",
            "MOSCOW (Reuters) - Maria Rossi and Mario Rossi met. The Russian Ministry of Defence and the "
            "Ukrainian Ministry of Defence disagreed.",
            [
                ("MOSCOW", "GPE"),
                ("Reuters", "ORG"),
                ("Maria Rossi", "PERSON"),
                ("Mario Rossi", "PERSON"),
                ("Russian Ministry of Defence", "ORG"),
                ("Ukrainian Ministry of Defence", "ORG"),
            ],
        ),
    )
    assert owner(ents, "a", "MOSCOW") != owner(ents, "a", "Reuters")
    assert owner(ents, "a", "Maria Rossi") != owner(ents, "a", "Mario Rossi")
    assert owner(ents, "a", "Russian Ministry of Defence") != owner(
        ents, "a", "Ukrainian Ministry of Defence"
    )


def test_coref_pronoun_gender_and_appositive_description(nlp_annotate):
    text = (
        "Maksim Kuzminov, the pilot, defected last year. His mother Inna Kuzminova told reporters that she "
        "never heard from him. The pilot was shot in Spain, she said."
    )
    doc = Document(id="g", path="g.txt", text=text)
    ann = next(nlp_annotate([doc]))
    ents = resolve_entities([doc], [ann])
    inna = next(e.id for e in ents if e.name == "Inna Kuzminova")
    maksim = next(e.id for e in ents if e.name == "Maksim Kuzminov")
    links = {(s, text[s:e]): eid for (s, e), eid in coref_mentions(ann, ents).items()}
    assert links[(text.index("His"), "His")] == maksim
    assert links[(text.index("she"), "she")] == inna
    assert links[(text.index("him"), "him")] == maksim  # the nearer person is female: skipped
    assert links[(text.index("The pilot"), "The pilot")] == maksim
    assert links[(text.rindex("she"), "she")] == inna


def test_foreign_orthography_of_transliterated_names():
    ents = resolve(
        make(
            "a",
            "Sergei Shoigu met Yevgeny Prigozhin in the Crocus City Hall.",
            [("Sergei Shoigu", "PERSON"), ("Yevgeny Prigozhin", "PERSON"), ("Crocus City Hall", "FAC")],
        ),
        make(
            "b",
            "Szergej Sojgu és a Crocus City Hall",
            [("Szergej Sojgu", "PERSON"), ("Crocus City Hall", "FAC")],
            language="hu",
        ),
        make("c", "Jewgeni Prigoschin sagte", [("Jewgeni Prigoschin", "PERSON")], language="de"),
    )
    assert owner(ents, "b", "Szergej Sojgu") == owner(ents, "a", "Sergei Shoigu")
    assert owner(ents, "c", "Jewgeni Prigoschin") == owner(ents, "a", "Yevgeny Prigozhin")
    assert owner(ents, "b", "Crocus City Hall") == owner(
        ents, "a", "Crocus City Hall"
    )  # English name kept plain
    assert owner(ents, "a", "Sergei Shoigu") != owner(ents, "a", "Yevgeny Prigozhin")


def test_coref_description_by_name_head_noun(nlp_annotate):
    text = (
        "Four men appeared before the Basmanny District Court in Moscow. The court remanded them in custody."
    )
    doc = Document(id="h", path="h.txt", text=text)
    ann = next(nlp_annotate([doc]))
    ents = resolve_entities([doc], [ann])
    court = owner(ents, "h", "Basmanny District Court")
    links = {text[s:e]: eid for (s, e), eid in coref_mentions(ann, ents).items()}
    assert links["The court"] == court
    assert "the Basmanny District Court" not in links  # a name, not a description


def test_titles_split_from_organizations_and_generic_words_stay_alone():
    ents = resolve(
        make(
            "a",
            "Navy Chief Admiral Sureesh Mehta spoke. General Motors and the International Monetary Fund agreed; "
            "the International said more. Sureesh Mehta left.",
            [
                ("Navy Chief Admiral Sureesh Mehta", "ORG"),
                ("General Motors", "ORG"),
                ("International Monetary Fund", "ORG"),
                ("International", "ORG"),
                ("Sureesh Mehta", "PERSON"),
            ],
        ),
    )
    assert owner(ents, "a", "Navy") != owner(ents, "a", "Sureesh Mehta")
    assert next(e for e in ents if e.id == owner(ents, "a", "Sureesh Mehta")).type == "PERSON"
    assert any(e.name == "General Motors" for e in ents)  # a title word that starts an organization stays
    assert owner(ents, "a", "International") != owner(ents, "a", "International Monetary Fund")


def test_a_name_tagged_in_two_articles_is_found_where_the_ner_missed_it():
    entities = resolve(
        make("a", "The gunmen fled in a Renault car.", [("Renault", "ORG")]),
        make("b", "Police stopped the Renault near the border.", [("Renault", "ORG")]),
        make("c", "They drove a white Renault Clio to the forest; renault dealers said nothing.", []),
    )
    assert owner(entities, "c", "Renault") == owner(entities, "a", "Renault")
    assert not [m for e in entities for m in e.mentions if m.text == "renault"]  # only capitalized occurrences


def test_a_name_tagged_in_one_article_only_is_not_swept():
    entities = resolve(
        make("a", "Officials from Harbor met on Monday.", [("Harbor", "ORG")]),
        make("b", "The boat left the harbor and the Harbor Bar.", []),
    )
    assert not [m for e in entities for m in e.mentions if m.doc == "b"]


def test_split_mentions_keep_unique_ids_across_clean_up_passes():
    from storyline.resolve.mentions import clean_mentions

    text = "The Federal Security Service (FSB said so. The National Guard (Rosgvardia agreed."
    doc, ann = make("d", text, [("Federal Security Service (FSB", "ORG")])
    clean_mentions(ann, text, "en")
    start = text.index("National Guard (Rosgvardia")
    ann.mentions.append(Mention("d:m9", "d", start, start + len("National Guard (Rosgvardia"),
                                "National Guard (Rosgvardia", "ORG"))
    clean_mentions(ann, text, "en")
    ids = [m.id for m in ann.mentions]
    assert len(ids) == 4 and len(set(ids)) == 4


def test_a_nickname_in_parentheses_leaves_every_mention_id_unique():
    doc, ann = make("d", "The family was founded by Charles (Lucky) Luciano in 1931.",
                    [("Charles (Lucky) Luciano", "PERSON")])
    entities = resolve((doc, ann))
    ids = [m.id for e in entities for m in e.mentions]
    assert len(ids) >= 2 and len(ids) == len(set(ids))


def test_a_sentence_opener_the_english_model_tags_in_another_language_is_no_name():
    from storyline.annotate import annotate_one
    from storyline.resolve.mentions import clean_mentions

    text = ("Czterech podejrzanych zatrzymano w obwodzie briańskim. Zełenski zaprzeczył. "
            "Prezydent Zełenski powiedział, że Kijów nie ma z tym nic wspólnego.")
    doc = Document(id="p", path="p.txt", text=text, language="pl", content_hash="p")
    ann = annotate_one(doc)
    clean_mentions(ann, text, "pl")
    names = {m.text for m in ann.mentions}
    assert "Czterech" not in names  # "Four": opens its sentence and is never capitalized inside one
    assert "Zełenski" in names or "Prezydent Zełenski" in names  # opens one sentence, named inside another


def test_a_place_whose_exonym_differs_only_in_vowels_is_one_place():
    ents = resolve(
        make("a", "Floods hit Ravenna and Emilia-Romagna.", [("Ravenna", "GPE"), ("Emilia-Romagna", "GPE")]),
        make("b", "Les inondations ont frappé Ravenne et l'Émilie-Romagne.",
             [("Ravenne", "LOC"), ("Émilie-Romagne", "LOC")], language="fr"),
        make("c", "Rescuers reached Ravello.", [("Ravello", "GPE")]),
    )
    assert owner(ents, "a", "Ravenna") == owner(ents, "b", "Ravenne")
    assert owner(ents, "a", "Emilia-Romagna") == owner(ents, "b", "Émilie-Romagne")
    assert owner(ents, "a", "Ravenna") != owner(ents, "c", "Ravello")  # other consonants: another town


def test_a_span_of_stop_words_and_a_figure_is_no_name():
    from storyline.resolve.mentions import clean_mentions

    text = "Más de 10.000 personas fueron evacuadas, y el Estado Islámico reivindicó el ataque."
    _, ann = make("s", text, [("Más de 10.000", "ORG"), ("Estado Islámico", "ORG")], language="es")
    clean_mentions(ann, text, "es")
    assert [m.text for m in ann.mentions] == ["Estado Islámico"]


def test_an_office_word_the_ner_took_into_a_name_is_cut_when_the_rest_is_a_batch_name():
    ents = resolve(
        make("a", "Police arrested former minister Luis Ortega.", [("Luis Ortega", "PERSON")]),
        make("b", "La policía detuvo al exministro de Transportes Luis Ortega.",
             [("Transportes Luis Ortega", "PERSON")], language="es"),
        make("c", "L'ancien ministre des Transports Luis Ortega a été arrêté.",
             [("Transports Luis Ortega", "ORG")], language="fr"),
        make("d", "The passing yesterday of W. Mark Felt and of Mark Felt's friend.",
             [("W. Mark Felt", "PERSON"), ("Mark Felt", "PERSON")]),
    )
    assert owner(ents, "a", "Luis Ortega") == owner(ents, "b", "Luis Ortega") == owner(ents, "c", "Luis Ortega")
    assert "W. Mark Felt" in {m.text for e in ents for m in e.mentions}  # an initial is part of the name


def _resolved_natively(texts: list[tuple[str, str]]) -> list[Entity]:
    """Entities of one small document per (language, text), each annotated by its own language's model."""
    from storyline.annotate import annotate_one

    docs = [Document(id=f"d{i}", path=f"d{i}.txt", text=text, language=language, content_hash=f"d{i}")
            for i, (language, text) in enumerate(texts)]
    return resolve_entities(docs, [annotate_one(d) for d in docs])


def test_a_ukrainian_town_in_iv_is_read_in_its_base_form_and_a_preposition_is_no_name_edge():
    texts = [("en", "A cargo plane crashed near Kharkiv on Sunday."),
             ("uk", "Під Харковом розбився вантажний літак."),
             ("uk", "Поблизу Харкова розбився вантажний літак.")]
    entities = _resolved_natively(texts)
    owner = {m.text: e.id for e in entities for m in e.mentions}
    assert owner["Харковом"] == owner["Харкова"] == owner["Kharkiv"]  # Харків, its о opened in the cases


def test_a_capitalized_german_common_noun_is_no_name():
    from storyline.annotate import annotate_one
    from storyline.resolve.mentions import clean_mentions

    text = ("Bei den Überschwemmungen sind am Donnerstag mindestens 19 Menschen ums Leben gekommen, teilte der "
            "italienische Zivilschutz mit. Mehr als 10.000 Menschen mussten ihre Häuser verlassen, sagten die "
            "Behörden. Ministerpräsidentin Giorgia Meloni wird am Samstag Ravenna besuchen. Der Kreml und das "
            "Bundesamt für Verfassungsschutz schwiegen.")
    doc = Document(id="g", path="g.txt", text=text, language="de", content_hash="g")
    ann = annotate_one(doc)
    before = {m.text for m in ann.mentions}
    clean_mentions(ann, text, "de")
    names = {m.text for m in ann.mentions}
    nouns = {"Überschwemmungen", "Menschen", "Menschen ums Leben", "Häuser", "Behörden", "Zivilschutz", "Donnerstag"}
    assert before & nouns  # the English model tags them ...
    assert not names & nouns  # ... and they go
    assert "Giorgia Meloni" in names and "Ravenna" in names  # a title or a weekday before a name goes
    assert not {"Ministerpräsidentin Giorgia Meloni", "Samstag Ravenna"} & names
    assert {"Kreml", "Bundesamt für Verfassungsschutz"} & before <= names  # a known body, a name with "für"


def test_a_declined_place_name_is_read_in_its_base_form_when_that_form_is_attested():
    texts = [("en", "Gunmen attacked a concert hall in Krasnogorsk near Moscow on Friday."),
             ("hu", "A fegyveresek Krasznogorszkban támadtak, Moszkvától néhány kilométerre."),
             ("pl", "Napastnicy zaatakowali salę koncertową niedaleko Moskwy w piątek wieczorem.")]
    entities = _resolved_natively(texts)
    owner = {m.text: e.id for e in entities for m in e.mentions}
    assert owner["Moszkvától"] == owner["Moskwy"] == owner["Moscow"]
    assert owner["Krasznogorszkban"] == owner["Krasnogorsk"]
    [town] = [e for e in entities if e.id == owner["Krasnogorsk"]]
    assert town.type in ("GPE", "LOC")  # a tie of labels (GPE in English, ORG in Hungarian) goes to the place


def test_everyday_country_names_german_genitives_and_der_phrases_are_one_place():
    texts = [("en", "The earthquake struck southeastern Turkey and northern Syria on Monday."),
             ("de", "Das Erdbeben hat den Südosten der Türkei und den Norden Syriens erschüttert."),
             ("fr", "Le séisme a frappé le sud-est de la Turquie et le nord de la Syrie.")]
    entities = _resolved_natively(texts)
    owner = {m.text: e.id for e in entities for m in e.mentions}
    assert owner["Turkey"] == owner["Türkei"] == owner["Turquie"]  # CLDR names it Türkiye only
    assert owner["Syriens"] == owner["Syria"] == owner["Syrie"]  # the German genitive in -s
    assert owner["Turkey"] != owner["Syria"]
    assert "Südosten der Türkei" not in owner and "Südosten" not in owner


def test_a_body_named_with_its_country_before_an_english_acronym_stays_whole_and_meets_it():
    texts = [("en", "The quake hit near Gaziantep, according to the US Geological Survey (USGS)."),
             ("es", "El sismo se produjo cerca de Gaziantep, según el Servicio Geológico de Estados Unidos (USGS).")]
    entities = _resolved_natively(texts)
    owner = {m.text: e.id for e in entities for m in e.mentions}
    assert owner["Servicio Geológico de Estados Unidos"] == owner["US Geological Survey"]
    [body] = [e for e in entities if e.id == owner["US Geological Survey"]]
    assert body.type == "ORG"


def test_gazetteer_knows_everyday_names_and_the_nations_of_the_uk():
    from storyline.resolve import gazetteer

    assert gazetteer.lookup("Turkey").id == gazetteer.lookup("Türkei").id == "geo:TR"
    assert gazetteer.lookup("Britain").id == gazetteer.lookup("Großbritannien").id == "geo:GB"
    wales = gazetteer.lookup("Wales")
    assert (wales.kind, wales.country) == ("region", "United Kingdom")
    assert gazetteer.lookup("Pays de Galles").id == wales.id


def test_a_name_that_ends_a_longer_name_of_one_person_is_that_person():
    ents = resolve(
        make("a", "President Luiz Inacio Lula da Silva asked for a minute of silence.",
             [("Luiz Inacio Lula da Silva", "PERSON")]),
        make("b", "El presidente Lula da Silva decretó tres días de luto.", [("Lula da Silva", "PERSON")],
             language="es"),
        make("c", "López Obrador spoke after Andrés Manuel López Obrador and Ana López Obrador.",
             [("López Obrador", "PERSON"), ("Andrés Manuel López Obrador", "PERSON"),
              ("Ana López Obrador", "PERSON")]),
    )
    assert owner(ents, "a", "Luiz Inacio Lula da Silva") == owner(ents, "b", "Lula da Silva")
    # the end of two people's names ("López Obrador" of Andrés Manuel and of Ana) joins neither
    assert len({owner(ents, "c", n) for n in ("López Obrador", "Andrés Manuel López Obrador",
                                              "Ana López Obrador")}) == 3


def test_a_german_title_after_a_country_genitive_and_a_person_of_common_nouns_go():
    from storyline.resolve.mentions import clean_mentions

    text = ("Frankreichs Ex-Präsident Sarkozy muss für fünf Jahren Haft ins Gefängnis. Zudem muss er eine "
            "Geldstrafe von 150.000 Euro zahlen. Das Bundesamt für Verfassungsschutz schwieg.")
    _, ann = make("g", text, [("Frankreichs Ex-Präsident Sarkozy", "PERSON"), ("Jahren Haft", "PERSON"),
                              ("Geldstrafe von 150.000 Euro", "PERSON"),
                              ("Bundesamt für Verfassungsschutz", "ORG")], language="de")
    clean_mentions(ann, text, "de")
    assert {m.text for m in ann.mentions} == {"Sarkozy", "Bundesamt für Verfassungsschutz"}


def test_the_red_crescent_is_one_body_in_every_language():
    ents = resolve(
        make("a", "The Red Crescent said 20 people died.", [("Red Crescent", "ORG")]),
        make("b", "Le Croissant-Rouge a démenti.", [("Croissant-Rouge", "ORG")], language="fr"),
        make("c", "La Media Luna Roja informó.", [("Media Luna Roja", "PERSON")], language="es"),
        make("d", "Der Rote Halbmond meldete.", [("Rote Halbmond", "ORG")], language="de"),
    )
    red = owner(ents, "a", "Red Crescent")
    assert {owner(ents, "b", "Croissant-Rouge"), owner(ents, "c", "Media Luna Roja"),
            owner(ents, "d", "Rote Halbmond")} == {red}


def test_slavic_country_names_in_their_cases_are_the_country():
    texts = [("en", "A passenger train crashed in central Greece on Tuesday, and floods hit Libya."),
             ("pl", "Katastrofa kolejowa w Grecji. W środkowej Grecji zginęło co najmniej 38 osób."),
             ("ru", "Число погибших при наводнении в Ливии превысило 2000 человек."),
             ("uk", "Залізнична катастрофа сталася в Греції у вівторок.")]
    entities = _resolved_natively(texts)
    owner = {m.text: e.id for e in entities for m in e.mentions}
    assert owner["Grecji"] == owner["Greece"] == owner["Греції"]
    assert owner["Ливии"] == owner["Libya"]


def test_a_known_town_after_a_locative_word_is_a_town_whatever_the_label():
    texts = [("en", "A train crashed near Larissa. Police in Larissa arrested the station master."),
             ("it", "Il capostazione di Larissa è stato arrestato a Larissa."),
             ("pt", "O chefe da estação de Larissa foi detido perto de Larissa."),
             ("pl", "Zawiadowca stacji w Larisie został zatrzymany.")]
    entities = _resolved_natively(texts)
    [town] = [e for e in entities if "Larissa" in {m.text for m in e.mentions}]
    assert town.type in ("GPE", "LOC")
    assert "Larisie" in {m.text for m in town.mentions}


def test_the_kremlin_in_italian_is_the_kremlin():
    ents = resolve(
        make("a", "The Kremlin denied any involvement.", [("Kremlin", "ORG")]),
        make("b", "Il Cremlino ha negato qualsiasi coinvolgimento.", [("Cremlino", "PERSON")], language="it"),
    )
    assert owner(ents, "b", "Cremlino") == owner(ents, "a", "Kremlin")


def test_a_romance_name_led_by_a_place_word_is_a_place_and_a_softened_polish_locative_is_its_base():
    texts = [("en", "The serac broke away near Punta Rocca on the Marmolada glacier."),
             ("it", "Il crollo è avvenuto nei pressi di Punta Rocca, sulla Marmolada."),
             ("pl", "Do tragedii doszło na Marmoladzie w niedzielę.")]
    entities = _resolved_natively(texts)
    owner = {m.text: e.id for e in entities for m in e.mentions}
    [rocca] = {e.id: e for e in entities if "Punta Rocca" in {m.text for m in e.mentions}}.values()
    assert rocca.type in ("GPE", "LOC", "FAC")
    assert owner["Marmoladzie"] == owner["Marmolada"]


def test_a_region_named_by_its_citys_adjective_is_that_place():
    texts = [("en", "Air defences shot down drones over the Belgorod region on Sunday."),
             ("ru", "Беспилотники были сбиты над территорией Белгородской области."),
             ("ru", "Обломки упали в Курской области, сообщил губернатор. Курск не пострадал.")]
    entities = _resolved_natively(texts)
    owner = {m.text: e.id for e in entities for m in e.mentions}
    assert owner["Белгородской"] == owner["Belgorod"]
    assert owner["Курской"] == owner["Курск"]


def test_a_large_city_the_ner_missed_after_a_word_of_direction_is_swept_in():
    texts = [("en", "The vessel is owned by Grace Ocean Private Ltd and was on its way to Colombo from Baltimore."),
             ("en", "The ship had left the port bound for Sri Lanka. Officials spoke to Wes Moore.")]
    entities = _resolved_natively(texts)
    [colombo] = [e for e in entities if e.name == "Colombo"]
    assert colombo.type == "GPE" and colombo.country == "Sri Lanka"
    assert not [e for e in entities if e.name == "Wes Moore" and e.type == "GPE"]  # only places are swept


def test_a_hungarian_hyphen_tail_after_an_attested_name_is_left_off():
    texts = [("en", "A cabin panel blew out on an Alaska Airlines flight. Boeing said it supported the FAA."),
             ("hu", "Pénteken egy Alaska Airlines-gép oldalából kiszakadt egy panel. A Boeing-gépeket leállították.")]
    entities = _resolved_natively(texts)
    owner = {m.text: e.id for e in entities for m in e.mentions}
    assert owner.get("Alaska Airlines-gép") == owner["Alaska Airlines"]


def test_a_declined_body_of_the_alias_table_is_that_body():
    texts = [("en", "The Kremlin denied the accusation on Tuesday."),
             ("ru", "В Кремле назвали произошедшее диверсией.")]
    entities = _resolved_natively(texts)
    owner = {m.text: e.id for e in entities for m in e.mentions}
    assert owner["Кремле"] == owner["Kremlin"]


def test_a_name_given_as_a_ship_is_a_product_however_the_ner_tagged_it():
    ents = resolve(
        make("a", "The container ship Dali lost power before the crash.", [("Dali", "PERSON")]),
        make("b", "Investigators boarded the Dali on Wednesday.", [("Dali", "PERSON")]),
        make("c", "Le navire « Dali » battait pavillon singapourien.", [("Dali", "PER")], language="fr"),
        make("d", "The MV Dali was bound for Colombo.", [("MV Dali", "ORG")]),
        make("e", "Salvador Dali painted it. The museum thanked Dali.", [("Salvador Dali", "PERSON"), ("Dali", "PERSON")]),
    )
    ship = next(e for e in ents if any(m.doc == "a" for m in e.mentions))
    assert ship.type == "PRODUCT"
    assert {m.doc for m in ship.mentions} >= {"a", "b", "c"}
    assert next(e for e in ents if any(m.text == "MV Dali" for m in e.mentions)).type == "PRODUCT"
    painter = owner(ents, "e", "Salvador Dali")
    assert painter != ship.id and next(e for e in ents if e.id == painter).type == "PERSON"
    # a sentence that ends on a ship word leaves the name after it alone
    ents = resolve(make("f", "He stayed on the ship. Smith said so.", [("Smith", "PERSON")]))
    assert ents[0].type == "PERSON"


def test_an_all_capitals_dateline_is_the_place_it_names_and_acronyms_stay():
    from storyline.resolve.items import dateline_form

    ents = resolve(
        make("a", "KYIV, June 15 (Reuters) - Russian missiles struck the capital overnight.", [("KYIV", "ORG")]),
        make("b", "Raketen trafen Kiew in der Nacht.", [("Kiew", "GPE")], language="de"),
        make("c", "PRAGUE, March 12 - A gunman opened fire at Charles University.\nMOSCOW (Reuters) - The FSB spoke.",
             [("PRAGUE", "ORG"), ("Charles University", "ORG"), ("MOSCOW", "ORG"), ("Reuters", "ORG"),
              ("FSB", "ORG")]),
        make("d", "Un uomo armato ha aperto il fuoco a Praga.", [("Praga", "GPE")], language="it"),
        make("e", "NATO, June 15 (Reuters) - Allies met.\nFSB, the security service, spoke too.\nZAVODSKE, June 15 - Shelling.",
             [("NATO", "ORG"), ("FSB", "ORG"), ("ZAVODSKE", "ORG")]),
    )
    by_id = {e.id: e for e in ents}
    kyiv, prague = by_id[owner(ents, "a", "KYIV")], by_id[owner(ents, "c", "PRAGUE")]
    assert owner(ents, "b", "Kiew") == kyiv.id and (kyiv.name, kyiv.type) == ("Kyiv", "GPE")
    assert owner(ents, "d", "Praga") == prague.id and prague.name == "Prague"
    moscow = by_id[owner(ents, "c", "MOSCOW")]
    assert moscow.name == "Moscow" and moscow.id != owner(ents, "c", "Reuters")  # no apposition of the agency
    assert by_id[owner(ents, "e", "NATO")].name == "NATO" and by_id[owner(ents, "e", "FSB")].type == "ORG"
    assert by_id[owner(ents, "e", "ZAVODSKE")].name == "Zavodske"  # a long unknown name before a date
    assert dateline_form("Officials in KYIV, June 15", 13, 17) is None  # not at the opening of a line


def test_a_non_latin_name_matches_the_gazetteer_in_its_own_script_or_as_the_places_own_name():
    from storyline.resolve import gazetteer

    assert gazetteer.lookup("Şili").name == gazetteer.lookup("Чили").name == "Chile"
    assert gazetteer.lookup("Сили") is None  # Ukrainian "forces" folds like Turkish "Şili" and is no Chile
    assert gazetteer.lookup("Москва").name == "Moscow" and gazetteer.lookup("Прага").name == "Prague"
    assert gazetteer.lookup("Київ").name == "Kyiv" and gazetteer.lookup("Брянск").name == "Bryansk"
    ents = resolve(
        make("a", "Сили оборони України збили 20 дронів.", [("Сили", "ORG")], language="uk"),
        make("b", "Москва и Брянск подверглись атаке.", [("Москва", "LOC"), ("Брянск", "LOC")], language="ru"),
        make("c", "Київ вистояв.", [("Київ", "GPE")], language="uk"),
        make("d", "Drones flew at Moscow, Kyiv and Bryansk.", [("Moscow", "GPE"), ("Kyiv", "GPE"), ("Bryansk", "GPE")]),
    )
    assert "Chile" not in {e.name for e in ents}
    assert owner(ents, "b", "Москва") == owner(ents, "d", "Moscow")
    assert owner(ents, "b", "Брянск") == owner(ents, "d", "Bryansk")
    assert owner(ents, "c", "Київ") == owner(ents, "d", "Kyiv")


def test_polish_declined_full_names_adjectival_surnames_and_a_locative_in_nie_are_their_base_forms():
    ents = resolve(
        make("a", "Pavel Hrubý, the dean, spoke in Brno. Jan Kowalski and Anna Kowalska were there.",
             [("Pavel Hrubý", "PERSON"), ("Brno", "GPE"), ("Jan Kowalski", "PERSON"), ("Anna Kowalska", "PERSON")]),
        make("b", "Policja przesłuchała Pavla Hrubego w Brnie. Wobec Hrubego nie ma zarzutów. Rozmawiano z "
                  "Jana Kowalskiego, Janowi Kowalskiemu i Jana Nowaka.",
             [("Pavla Hrubego", "PERSON"), ("Brnie", "GPE"), ("Hrubego", "PERSON"), ("Jana Kowalskiego", "PERSON"),
              ("Janowi Kowalskiemu", "PERSON"), ("Jana Nowaka", "PERSON")], language="pl"),
    )
    hruby, kowalski = owner(ents, "a", "Pavel Hrubý"), owner(ents, "a", "Jan Kowalski")
    assert owner(ents, "b", "Pavla Hrubego") == owner(ents, "b", "Hrubego") == hruby
    assert owner(ents, "b", "Jana Kowalskiego") == owner(ents, "b", "Janowi Kowalskiemu") == kowalski
    assert owner(ents, "b", "Brnie") == owner(ents, "a", "Brno")
    assert owner(ents, "a", "Anna Kowalska") != kowalski  # an unattested base form makes no merge
    assert owner(ents, "b", "Jana Nowaka") not in {hruby, kowalski}
