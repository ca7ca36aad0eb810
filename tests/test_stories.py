"""Stories stage: documents about one happening stay together, two happenings in one pile come apart."""

from __future__ import annotations

from storyline.resolve import resolve_entities
from storyline.stories import group_documents

BRIDGE = [
    "The container ship Dali struck the Francis Scott Key Bridge in Baltimore, Maryland. Governor Wes Moore "
    "said the crew issued a mayday. The Coast Guard searched the Patapsco River. President Joe Biden spoke.",
    "In Baltimore, the Francis Scott Key Bridge collapsed after the Dali lost power. Wes Moore praised the crew. "
    "Divers searched the Patapsco River, the Coast Guard said. Joe Biden promised federal money.",
    "Maryland Governor Wes Moore said the Dali had lost propulsion before hitting the Key Bridge in Baltimore. "
    "The Coast Guard suspended the search of the Patapsco River.",
]
PILOT = [
    "Russian pilot Maxim Kuzminov flew an Mi-8 helicopter to Ukraine, Ukrainian intelligence said in Kyiv. "
    "President Joe Biden was not consulted. Moscow called him a traitor.",
    "Maksim Kuzminov, the Russian pilot who defected to Ukraine with a Mi-8, was found dead in Villajoyosa, "
    "Spain. Moscow denied involvement; Kyiv blamed the Kremlin.",
    "The Kremlin said Kuzminov betrayed Russia when he landed his Mi-8 in Ukraine. Kyiv said he was promised "
    "safety. Spain is investigating his death in Villajoyosa.",
]


def test_two_happenings_in_one_pile_make_two_stories(annotated):
    pairs = [annotated(t, doc_id=f"d{i}") for i, t in enumerate(BRIDGE + PILOT)]
    docs, anns = [d for d, _ in pairs], [a for _, a in pairs]
    resolve_entities(docs, anns)
    groups = group_documents(docs, anns)
    assert sorted(map(sorted, groups)) == [[0, 1, 2], [3, 4, 5]]


def test_one_document_is_one_story(annotated):
    doc, ann = annotated(BRIDGE[0])
    assert group_documents([doc], [ann]) == [[0]]


REHAB = [
    "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage for her court-ordered rehab stay, "
    "her attorney Shawn Holley told People, after a night in Palm Springs.",
    "Shawn Holley said Lindsay Lohan began her court-ordered rehab stay at the Betty Ford Center in Rancho "
    "Mirage, near Palm Springs, on Friday.",
    "Lindsay Lohan will serve her court-ordered rehab stay at Morningside Recovery in Newport Beach, lawyer "
    "Mark Heller told Judge James Dabney on Friday.",
    "Judge James Dabney heard Mark Heller say Lindsay Lohan began her court-ordered rehab stay at Morningside "
    "Recovery in Newport Beach.",
]


def test_one_story_whose_articles_name_different_people_stays_one_story(annotated):
    pairs = [annotated(t, doc_id=f"d{i}") for i, t in enumerate(REHAB)]
    docs, anns = [d for d, _ in pairs], [a for _, a in pairs]
    resolve_entities(docs, anns)
    assert group_documents(docs, anns) == [[0, 1, 2, 3]]


def test_articles_in_one_language_do_not_meet_on_its_function_words(annotated):
    spanish = [
        "Según los datos que publicó el ministerio, las pensiones para los jubilados subirán este año con "
        "una reforma que, según el ministro, será aprobada por las cortes antes del verano.",
        "Los bomberos, que trabajaron durante toda la noche con las dotaciones del puerto, dijeron que el "
        "incendio fue controlado; según ellos, las llamas no alcanzaron los depósitos.",
        "El club anunció que los aficionados podrán comprar las entradas para la final desde el lunes; según "
        "la directiva, los precios serán más bajos que los del año pasado.",
    ]
    pairs = [annotated(t, doc_id=f"d{i}") for i, t in enumerate(spanish)]
    docs, anns = [d for d, _ in pairs], [a for _, a in pairs]
    for d in docs:
        d.language = "es"  # as ingest detects it
    resolve_entities(docs, anns)
    assert sorted(map(sorted, group_documents(docs, anns))) == [[0], [1], [2]]


def test_stop_words_are_those_of_the_documents_own_language(annotated):
    from storyline.stories import _word_vectors

    doc, _ = annotated("The Dali lost power before it struck the bridge.", doc_id="d0")
    assert "dali" in _word_vectors([doc]).vectors[0]  # "dali" is a Ukrainian stop word, not an English one
    doc.language = "uk"
    assert "dali" not in _word_vectors([doc]).vectors[0]



IL76 = [
    ("en", "A Russian Il-76 military transport plane crashed in the Belgorod region on Wednesday, the Russian "
           "Defence Ministry said."),
    ("ru", "Военно-транспортный самолет Ил-76 потерпел крушение в Белгородской области в среду."),
    ("uk", "У Бєлгородській області впав Іл-76. Президент Володимир Зеленський закликав провести розслідування."),
    ("pl", "Rosyjski samolot wojskowy Ił-76 rozbił się w środę w obwodzie biełgorodzkim."),
]


def test_a_designation_and_a_region_by_its_adjective_hold_a_story_in_four_languages_together():
    from storyline.annotate import annotate_one
    from storyline.models import Document
    from storyline.stories import codes

    assert {codes(t)[0] for t in ("Il-76 crashed", "Ил-76 разбился", "Іл-76 впав", "Ił-76 rozbił się", "Il-76-os gép")} == {
        "code:il76"}
    assert codes("the mh17 report and A320 jets") == ["code:a320"]  # a designation starts with a capital
    docs = [Document(id=f"d{i}", path=f"d{i}.txt", text=t, language=lang, content_hash=f"d{i}")
            for i, (lang, t) in enumerate(IL76)]
    anns = [annotate_one(d) for d in docs]
    resolve_entities(docs, anns)
    assert group_documents(docs, anns) == [[0, 1, 2, 3]]



KAKHOVKA = [
    ("en", "Kakhovka dam destroyed in southern Ukraine, thousands evacuated\n\nThe Kakhovka dam on the Dnipro River "
           "was destroyed early on Tuesday, unleashing floodwaters across the front line in southern Ukraine.\n\n"
           "Ukraine accused Russian forces of blowing up the dam at around 2:50 a.m. The Kremlin denied the "
           "accusation and blamed Ukrainian shelling.\n\nAbout 17,000 people were being evacuated from the "
           "Ukrainian-controlled side, Prosecutor General Andriy Kostin said."),
    ("ru", "Каховская ГЭС разрушена в результате обстрела\n\nВерхняя часть плотины Каховской ГЭС была разрушена в "
           "ночь на вторник в результате обстрела со стороны ВСУ, сообщил глава Новой Каховки Владимир Леонтьев."
           "\n\nПо его словам, из зоны подтопления эвакуируют около 22 тысяч человек.\n\nВ Кремле назвали "
           "произошедшее диверсией украинской стороны."),
    ("uk", "Росіяни підірвали Каховську ГЕС\n\nРосійські окупанти підірвали греблю Каховської ГЕС близько 2:50 ночі, "
           "повідомило Оперативне командування «Південь».\n\nГенеральний прокурор Андрій Костін заявив, що з "
           "підтоплених територій евакуюють близько 17 тисяч людей."),
    ("de", "Kachowka-Staudamm in der Ukraine zerstört\n\nDer Kachowka-Staudamm am Dnipro ist in der Nacht zum "
           "Dienstag zerstört worden. Die Ukraine macht Russland dafür verantwortlich, Moskau weist die Vorwürfe "
           "zurück.\n\nNach Angaben des ukrainischen Generalstaatsanwalts Andrij Kostin müssen etwa 17.000 Menschen "
           "in Sicherheit gebracht werden."),
]


def test_a_name_declined_or_spelled_in_another_script_holds_a_story_together_by_its_first_letters(monkeypatch):
    from storyline import stories
    from storyline.annotate import annotate_one
    from storyline.models import Document

    docs = [Document(id=f"d{i}", path=f"d{i}.txt", text=t, language=lang, content_hash=f"d{i}")
            for i, (lang, t) in enumerate(KAKHOVKA)]
    anns = [annotate_one(d) for d in docs]
    assert "stem:kakho" in set(stories.stems(docs[0].text, anns[0])) & set(stories.stems(docs[1].text, anns[1]))
    resolve_entities(docs, anns)
    assert group_documents(docs, anns) == [[0, 1, 2, 3]]
    monkeypatch.setattr(stories, "stems", lambda text, annotation: [])  # without them the pile splits
    assert len(group_documents(docs, anns)) == 2
