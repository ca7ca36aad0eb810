"""The pipeline's own decisions between stages: what an undated article's relative dates are read against."""

from __future__ import annotations

from storyline.models import Document
from storyline.pipeline import analyze, story_anchor


def _doc(doc_id: str, published: str | None, outlet: str = "") -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", text="", outlet=outlet, published=published)


def test_an_undated_article_is_read_against_the_latest_day_dated_one():
    docs = [_doc("a", "2024-03-23", "Alpha"), _doc("b", "2024-03-25", "Beta"), _doc("c", "2024-03"),
            _doc("d", None)]
    assert story_anchor(docs) == {"d": ("2024-03-25", "Beta")}


def test_without_a_day_dated_article_nothing_is_anchored():
    assert story_anchor([_doc("a", "2024-03"), _doc("b", None)]) == {}


def test_relative_dates_of_an_undated_article_resolve_within_its_story(tmp_path):
    (tmp_path / "dated.txt").write_text(
        "published: 2024-03-25\noutlet: Alpha\n---\nThe museum in Lyon reopened on Sunday after the flood, "
        "the mayor of Lyon said on Monday.\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(
        "outlet: Beta\n---\nThe museum in Lyon reopened to visitors on Sunday, the mayor of Lyon said.\n",
        encoding="utf-8")
    result = analyze([tmp_path], embeddings=False)
    [story] = result.stories
    undated = next(d for d in story.documents if d.path.endswith("undated.txt"))
    assert undated.published is None  # no day is invented for the article itself
    dated_events = [e for e in story.events if undated.id in e.documents]
    assert dated_events and all(e.date["value"] == "2024-03-24" for e in dated_events)
    assert any("undated" in e.date["basis"] and "2024-03-25" in e.date["basis"] for e in dated_events)


def test_a_story_that_fails_is_reported_and_the_others_are_kept(tmp_path, monkeypatch):
    import storyline.pipeline as pipeline

    (tmp_path / "museum.txt").write_text(
        "outlet: Alpha\n---\nThe museum in Lyon reopened on Sunday after the flood, the mayor of Lyon said.\n",
        encoding="utf-8")
    (tmp_path / "match.txt").write_text(
        "outlet: Beta\n---\nThe Boston Celtics beat the Chicago Bulls 102-99 in overtime at TD Garden.\n",
        encoding="utf-8")
    real = pipeline.reconcile

    def fragile(docs, *args, **kwargs):
        if any("Celtics" in d.text for d in docs):
            raise RuntimeError("boom")
        return real(docs, *args, **kwargs)

    monkeypatch.setattr(pipeline, "reconcile", fragile)
    result = analyze([tmp_path], embeddings=False)
    [story] = result.stories
    assert story.documents[0].path.endswith("museum.txt")
    [err] = result.errors
    assert err.path.endswith("match.txt") and "story failed: RuntimeError: boom" in err.problem


def test_a_toll_told_in_three_languages_sets_the_two_figures_side_by_side(tmp_path):
    (tmp_path / "en.txt").write_text(
        "published: 2024-03-24\noutlet: Wire\n---\nGunmen killed 137 people at the Crocus City Hall concert venue "
        "near Moscow on Friday, Russian investigators said on Sunday.\n", encoding="utf-8")
    (tmp_path / "uk.txt").write_text(
        "published: 2024-03-24\noutlet: Zaxid\n---\nУнаслідок теракту в концертному залі Crocus City Hall під "
        "Москвою загинули 143 людини, повідомили російські слідчі.\n", encoding="utf-8")
    (tmp_path / "pl.txt").write_text(
        "published: 2024-03-24\noutlet: Onet\n---\nW zamachu na salę koncertową Crocus City Hall pod Moskwą "
        "zginęły 143 osoby, poinformowali rosyjscy śledczy.\n", encoding="utf-8")
    result = analyze([tmp_path], embeddings=False)
    [story] = result.stories
    assert {d.language for d in story.documents} == {"en", "uk", "pl"}
    [conflict] = [x for x in story.conflicts if x.kind == "number"]
    outlets = {d.id: d.outlet for d in story.documents}
    sides = {s.value: {outlets[c.split(":")[0]] for c in s.claims} for s in conflict.sides}
    assert sides == {"137": {"Wire"}, "143": {"Zaxid", "Onet"}}


def _one_story(folder, articles: dict[str, str], published: str):
    """Analyze one article per language (outlet "EN News", ...), all of one day; the one story they make."""
    for language, text in articles.items():
        (folder / f"{language}.txt").write_text(
            f"published: {published}\nlanguage: {language}\noutlet: {language.upper()} News\n---\n{text}",
            encoding="utf-8")
    [story] = analyze([folder], embeddings=False).stories
    return story


def test_a_denial_and_a_clock_time_join_claims_across_languages(tmp_path):
    # no figure to pin them: the same denial by the same company, the same governor and the same hour
    articles = {
        "en": "An explosion at a chemical plant in Dzerzhinsk killed five people on Monday.\n\nThe plant's owner, "
              "Sibur, denied that safety rules had been violated.\n\nGovernor Gleb Nikitin said the fire was put "
              "out by 6 p.m.\n",
        "ru": "В результате взрыва на химическом заводе в Дзержинске в понедельник погибли пять человек.\n\n"
              "Губернатор Глеб Никитин заявил, что пожар был потушен к 18:00.\n\nВ компании «Сибур» отрицают "
              "нарушение правил безопасности.\n",
        "pt": "Uma explosão numa fábrica química em Dzerzhinsk matou cinco pessoas na segunda-feira.\n\nA empresa "
              "Sibur negou que as regras de segurança tenham sido violadas.\n\nO governador Gleb Nikitin disse que "
              "o incêndio foi apagado às 18h.\n",
    }
    story = _one_story(tmp_path, articles, "2025-06-02")
    text = {c.id: c.text for c in story.claims}
    joined = [{text[c] for c in f.claims} for f in story.facts if len(f.claims) == 3]
    assert any(all(any(w in t for t in texts) for w in ("denied", "отрицают", "negou")) for texts in joined)
    assert any(all(any(w in t for t in texts) for w in ("6 p.m.", "18:00", "18h")) for texts in joined)


def test_one_happening_of_one_person_joins_claims_across_languages(tmp_path):
    # the arrest (arrested / detuvo / interpellé) of one person: the anchor where words cannot meet
    articles = {
        "en": "Spanish police arrested former minister Luis Ortega on Wednesday.\n\nLuis Ortega's lawyer in "
              "Madrid called for calm.\n",
        "es": "La Policía Nacional detuvo al exministro Luis Ortega.\n\nEl abogado de Luis Ortega en Madrid "
              "pidió calma.\n",
        "fr": "La police espagnole a interpellé l'ancien ministre Luis Ortega.\n\nL'avocat de Luis Ortega à "
              "Madrid a appelé au calme.\n",
    }
    story = _one_story(tmp_path, articles, "2025-09-11")
    text = {c.id: c.text for c in story.claims}
    joined = [{text[c] for c in f.claims} for f in story.facts]
    assert {"Spanish police arrested former minister Luis Ortega on Wednesday.",
            "La Policía Nacional detuvo al exministro Luis Ortega.",
            "La police espagnole a interpellé l'ancien ministre Luis Ortega."} in joined


def test_an_arrest_dated_differently_in_two_languages_is_a_date_conflict(tmp_path):
    articles = {
        "en": "Spanish police arrested former transport minister Luis Ortega in Madrid on Wednesday, the "
              "Interior Ministry said.\n",
        "es": "La Policía Nacional detuvo ayer en Madrid al exministro de Transportes Luis Ortega, informó el "
              "Ministerio del Interior.\n",
        "fr": "L'ancien ministre des Transports Luis Ortega a été arrêté mardi à Barcelone, a annoncé le "
              "ministère de l'Intérieur.\n",
    }
    story = _one_story(tmp_path, articles, "2025-09-11")  # a Thursday
    [conflict] = [x for x in story.conflicts if x.kind == "date"]
    outlets = {d.id: d.outlet for d in story.documents}
    sides = {s.value: {outlets[c.split(":")[0]] for c in s.claims} for s in conflict.sides}
    assert sides == {"2025-09-09": {"FR News"}, "2025-09-10": {"EN News", "ES News"}}


def test_a_toll_of_one_group_in_four_languages_is_compared_story_wide(tmp_path):
    # the crew counted in English, Ukrainian, Polish and Hungarian: one group, four and five dead
    articles = {
        "en": "A cargo plane crashed near Kharkiv on Sunday evening, killing four crew members, Ukraine's State "
              "Emergency Service said.\n",
        "uk": "У неділю ввечері поблизу Харкова розбився вантажний літак Ан-26, загинули п'ятеро членів екіпажу, "
              "повідомили в ДСНС.\n",
        "pl": "W niedzielę wieczorem pod Charkowem rozbił się samolot transportowy An-26. Zginęło czterech "
              "członków załogi.\n",
        "hu": "Vasárnap este lezuhant egy An-26-os teherszállító repülőgép Harkiv közelében, a személyzet négy "
              "tagja meghalt.\n",
    }
    story = _one_story(tmp_path, articles, "2025-10-06")
    [conflict] = [x for x in story.conflicts if x.kind == "number"]
    outlets = {d.id: d.outlet for d in story.documents}
    sides = [{outlets[c.split(":")[0]] for c in s.claims} for s in conflict.sides]
    assert sorted(sides, key=len) == [{"UK News"}, {"EN News", "PL News", "HU News"}]
