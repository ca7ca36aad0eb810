"""The web app's pure pieces: article marking, citation graph, upload checks, bind rule, safe search text."""

from __future__ import annotations

import sqlite3

import pytest

from storyline.models import Claim
from storyline.store import Store, queries
from storyline.web.graph import citation_graph
from storyline.web.security import check_bind, is_loopback
from storyline.web.uploads import UploadError, extension, sniff
from storyline.web.views import article_pieces


def test_article_pieces_mark_overlapping_claims_and_anchor_each():
    text = "Alpha beta. Gamma delta epsilon."
    claims = [{"id": "a", "start": 0, "end": 11}, {"id": "b", "start": 12, "end": 32}, {"id": "c", "start": 12, "end": 23},
              {"id": "bad", "start": 40, "end": 50}]
    pieces = article_pieces(text, claims)
    assert "".join(p["text"] for p in pieces) == text
    anchors = [a for p in pieces for a in p["anchors"]]
    assert sorted(anchors) == ["a", "b", "c"]
    gamma = next(p for p in pieces if p["text"].startswith("Gamma"))
    assert set(gamma["claims"]) == {"b", "c"} and set(gamma["anchors"]) == {"b", "c"}
    assert next(p for p in pieces if p["text"] == " ")["claims"] == []


def test_citation_graph_layers_outlets_then_cited_sources():
    claims = [Claim(id=f"c{i}", doc="d", start=0, end=1, text="x", attribution=chain) for i, chain in enumerate([
        ["Harbor Daily", "police"], ["Harbor Daily", "Police", "a witness"], ["Courier", "police"], ["Courier"]])]
    graph = citation_graph(claims)
    nodes = {n["label"]: n for n in graph["nodes"]}
    assert nodes["Harbor Daily"]["outlet"] and nodes["Courier"]["outlet"]
    assert nodes["police"]["x"] > nodes["Harbor Daily"]["x"] and nodes["a witness"]["x"] > nodes["police"]["x"]
    assert "Harbor Daily \u2192 police: 2" in {e["title"] for e in graph["edges"]}
    assert citation_graph([])["edges"] == []


@pytest.mark.parametrize("name", ["a.txt", "b.HTML", "c.htm", "d.json", "e.jsonl", "../../x.txt", "..\\y.json"])
def test_allowed_extensions(name):
    assert extension(name).startswith(".")


@pytest.mark.parametrize("name", ["a.exe", "b", "c.txt.exe", "d.svg", ".txt.pdf"])
def test_other_extensions_are_415(name):
    with pytest.raises(UploadError) as err:
        extension(name)
    assert err.value.status == 415


@pytest.mark.parametrize(("data", "status"), [(b"\x00abc", 415), (b"\xff\xfe\xfd text", 415), (b"\x07" * 50, 415),
                                              (b"", 400), (b" \n ", 400)])
def test_sniff_rejects_non_text(data, status):
    with pytest.raises(UploadError) as err:
        sniff("f.txt", data)
    assert err.value.status == status


def test_sniff_accepts_utf8_text_with_bom():
    sniff("f.txt", "\ufeffКузьминов said: «hello»\n\ttabbed".encode())


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.1.2.3", "[::1]"])
def test_loopback_needs_no_token(host):
    assert is_loopback(host)
    check_bind(host, None)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "10.0.0.1", "example.org", ""])
def test_other_addresses_need_a_token(host):
    with pytest.raises(ValueError, match="without a token"):
        check_bind(host, None)
    check_bind(host, "t0ken")


def test_fts_query_quotes_every_word():
    assert queries.fts_query('Kuzminov" OR NEAR(x*') == '"Kuzminov" "OR" "NEAR" "x"'
    assert queries.fts_query("^*()") == ""


def test_search_index_follows_saved_stories():
    store = Store(":memory:")
    db = store.db
    db.execute("INSERT INTO stories (id, title, result_hash, analyzed_at) VALUES ('s', 't', 'h', 'now')")
    db.execute("INSERT INTO documents (id, path, content_hash, text) VALUES ('d', 'p', 'd', 'text')")
    db.execute("INSERT INTO claims (id, story, doc, start, end, text, modality) VALUES "
               "('c', 's', 'd', 0, 4, 'Maksim Kuzminov was found', 'asserted')")
    db.execute("INSERT INTO entities (id, story, name, type, aliases) VALUES ('e', 's', 'Maksim Kuzminov', 'PERSON',"
               " '[\"Кузьминов\"]')")
    assert queries.search_claims(db, "kuzminov", 10, 0)[1] == 1
    assert queries.search_entities(db, "Кузьминов", 10, 0)[0][0]["id"] == "e"
    with pytest.raises(sqlite3.OperationalError):
        queries.search_claims(db, 'NEAR("', 10, 0)
    db.execute("DELETE FROM stories WHERE id = 's'")  # cascades to claims and entities, and so to the index
    assert queries.search_claims(db, "kuzminov", 10, 0)[1] == 0
    assert queries.search_entities(db, "kuzminov", 10, 0)[1] == 0
