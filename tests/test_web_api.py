"""The web API against the real server (uvicorn on a loopback port), on the example corpus analyzed once."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import pytest

from storyline.pipeline import analyze
from storyline.report import story_dict
from storyline.store import Store
from storyline.web import background

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "examples" / "kuzminov", ROOT / "tests" / "browser" / "corpus"]  # the second: a toll conflict
HOSTILE = (
    "outlet: Evil Gazette\npublished: 2024-05-02\nurl: javascript:alert(3)\n---\n"
    "Officials said <script>alert(1)</script> 12 people were injured in the blast in Kalmar on Monday.\n\n"
    'Police said <img src=x onerror="alert(2)"> the blast happened near the harbour in Kalmar.\n'
)


def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus analyzed by the real pipeline, once per test session (shared with browser tests)."""
    db = tmp_path_factory.getbasetemp() / "web-example.db"
    if not db.exists():
        store = Store(db)
        analyze(CORPORA, store=store)
        store.close()
    return db


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_db(tmp_path_factory)


@pytest.fixture(scope="session")
def client(db: Path):
    with background(str(db)) as url, httpx.Client(base_url=url, timeout=60) as http:
        yield http


def wait_for(client: httpx.Client, job: str) -> dict:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        status = client.get(f"/api/jobs/{job}").json()
        if status["status"] in ("done", "failed"):
            return status
        time.sleep(0.3)
    raise AssertionError(f"job {job} did not finish")


def all_items(client: httpx.Client, url: str) -> list[dict]:
    items = []
    while url:
        page = client.get(url).json()
        items += page["items"]
        url = page["next"]
    return items


def story_ids(client: httpx.Client) -> list[str]:
    return [s["id"] for s in all_items(client, "/api/stories?limit=100")]


def conflict_story(client: httpx.Client) -> str:
    return next(s["id"] for s in all_items(client, "/api/stories?limit=100") if s["conflicts"])


# -- reading ------------------------------------------------------------------------------------


def test_stories_list_counts_sources_facts_and_conflicts(client, db):
    page = client.get("/api/stories").json()
    assert page["total"] >= 2 and page["next"] is None
    store = Store(db)
    for s in page["items"]:
        story = store.load_story(s["id"])
        assert s["title"] == story.title
        assert s["documents"] == len(story.documents)
        assert s["conflicts"] == len(story.conflicts)
        assert sum(s["facts"].values()) == len(story.facts)


def test_api_ids_and_fields_equal_report_json(client, db):
    store = Store(db)
    sid = conflict_story(client)
    report = story_dict(store.load_story(sid))
    for part in ("facts", "conflicts", "updates", "events", "claims"):
        got = all_items(client, f"/api/stories/{sid}/{part}?limit=2")
        assert [x["id"] for x in got] == [x["id"] for x in report[part]], part
        for mine, theirs in zip(got, report[part], strict=True):
            assert {k: v for k, v in mine.items() if k != "story"} == {k: theirs[k] for k in mine if k != "story"}
    docs = all_items(client, f"/api/stories/{sid}/documents?limit=1")
    assert [d["id"] for d in docs] == [d["id"] for d in report["documents"]]
    assert "text" not in docs[0]
    entities = all_items(client, f"/api/stories/{sid}/entities")
    assert [e["id"] for e in entities] == [e["id"] for e in report["entities"]]
    summary = client.get(f"/api/stories/{sid}").json()
    assert summary["summary"] == report["summary"]


def test_pagination_walks_every_fact_once_and_filters_by_status(client):
    sid = story_ids(client)[0]
    first = client.get(f"/api/stories/{sid}/facts", params={"limit": 5}).json()
    assert first["limit"] == 5 and first["offset"] == 0 and len(first["items"]) == min(5, first["total"])
    facts = all_items(client, f"/api/stories/{sid}/facts?limit=5")
    assert len(facts) == first["total"] == len({f["id"] for f in facts})
    contested = all_items(client, f"/api/stories/{conflict_story(client)}/facts?status=contested")
    assert contested and {f["status"] for f in contested} == {"contested"}


@pytest.mark.parametrize("query", ["limit=0", "limit=-1", "limit=abc", "limit=100000", "offset=-5", "offset=1e3",
                                   "status=bogus"])
def test_bad_pagination_params_are_422_json(client, query):
    sid = story_ids(client)[0]
    r = client.get(f"/api/stories/{sid}/facts?{query}")
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"]


@pytest.mark.parametrize("path", ["/api/stories/nope", "/api/stories/nope/facts", "/api/documents/nope",
                                  "/api/jobs/nope", "/api/nothing-here", "/api/stories/%2e%2e%2f%2e%2e%2fetc"])
def test_bad_ids_are_404_json(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert set(r.json()) == {"error"}


def test_bad_ids_on_pages_are_readable_404_pages(client):
    r = client.get("/stories/nope")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "There is no story" in r.text and "<!doctype html>" in r.text


def test_story_page_is_the_report_partial_with_links_into_the_articles(client):
    sid = conflict_story(client)
    response = client.get(f"/stories/{sid}")
    assert response.headers["content-encoding"] == "gzip"  # cached compressed, decoded by the client
    page = response.text
    for part in ('class="story"', "<h2>Sources</h2>", "<h2>Conflicts</h2>", "<h2>Timeline</h2>", "<h2>Facts</h2>",
                 "<h2>Entities</h2>", "<h2>Who cites whom</h2>", 'data-filter="contested"'):
        assert part in page
    conflict = client.get(f"/api/stories/{sid}/conflicts").json()["items"][0]
    for side in conflict["sides"]:
        claim = side["claims"][0]
        doc = client.get(f"/api/stories/{sid}/claims?limit=500").json()["items"]
        doc_id = next(c["doc"] for c in doc if c["id"] == claim)
        link = f'/documents/{doc_id}#c-{claim}'
        assert f'href="{link}"' in page
        article = client.get(f"/documents/{doc_id}").text
        assert f'id="c-{claim}"' in article


def test_document_api_has_text_and_claims(client):
    sid = story_ids(client)[0]
    doc = all_items(client, f"/api/stories/{sid}/documents")[0]
    full = client.get(f"/api/documents/{doc['id']}").json()
    assert full["text"] and sid in full["stories"]
    for c in full["claims"]:
        assert c["doc"] == doc["id"] and 0 <= c["start"] < c["end"] <= len(full["text"])


def test_search_finds_names_and_claims(client):
    r = client.get("/api/search", params={"q": "Kuzminov"}).json()
    assert any("Kuzminov" in e["name"] for e in r["entities"]["items"])
    assert r["claims"]["total"] > 0 and all("kuzminov" in c["text"].lower() for c in r["claims"]["items"])
    assert "Kuzminov" in client.get("/search", params={"q": "Kuzminov"}).text


@pytest.mark.parametrize("q", ['"', "AND", "NEAR(", "*", "a OR", 'Kuzminov" OR', ")(", "^", "col:foo", "-", "'",
                               "'; DROP TABLE claims; --", "x" * 500, "\u0000", "пилот", "{a b}:c"])
def test_search_survives_fts_syntax_garbage(client, q):
    for path in ("/api/search", "/search"):
        r = client.get(path, params={"q": q})
        assert r.status_code in (200, 400), (path, q, r.text[:200])
    assert client.get("/api/search", params={"q": "Kuzminov"}).json()["claims"]["total"] > 0  # tables intact


def test_search_needs_a_query(client):
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/search", params={"q": "x" * 501}).status_code == 422


def test_openapi_spec_lists_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story}", "/api/stories/{story}/facts", "/api/stories/{story}/conflicts",
                 "/api/stories/{story}/events", "/api/stories/{story}/entities", "/api/stories/{story}/documents",
                 "/api/documents/{doc}", "/api/search", "/api/uploads", "/api/jobs/{job}"):
        assert path in spec["paths"], path
    assert "/stories/{story}" not in spec["paths"]  # pages are not API


def test_pages_send_strict_security_headers(client):
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "unsafe-inline" not in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_cross_site_upload_is_refused(client):
    files = [("files", ("a.txt", b"A storm hit Kalmar on Monday.", "text/plain"))]
    r = client.post("/api/uploads", files=files, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403 and r.json()["error"]
    r = client.post("/upload", files=files, headers={"Origin": "null"})
    assert r.status_code == 403 and "text/html" in r.headers["content-type"]


def test_foreign_host_header_is_refused_on_loopback(client):
    assert client.get("/api/stories", headers={"Host": "evil.example"}).status_code == 400


# -- uploads --------------------------------------------------------------------------------------


def test_hostile_markup_is_escaped_in_pages_and_plain_in_json(client):
    r = client.post("/api/uploads", files=[("files", ("<b>evil</b>.txt", HOSTILE.encode(), "text/plain"))])
    assert r.status_code == 202, r.text
    job = wait_for(client, r.json()["job"]["id"])
    assert job["status"] == "done", job
    assert job["files"][0]["name"] == "<b>evil</b>.txt"
    sid = job["stories"][0]["id"]
    assert sid in story_ids(client)
    docs = all_items(client, f"/api/stories/{sid}/documents")
    doc = client.get(f"/api/documents/{docs[0]['id']}").json()
    assert "<script>alert(1)</script>" in doc["text"] and 'onerror="alert(2)"' in doc["text"]
    pages = [client.get(f"/documents/{doc['id']}").text, client.get(f"/stories/{sid}").text,
             client.get(f"/jobs/{job['id']}").text, client.get("/search", params={"q": "alert"}).text]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>evil" not in html
        assert "javascript:" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0]
    assert "&lt;img src=x onerror=" in pages[0]


def test_traversal_names_are_never_used_as_paths(client):
    marker = f"storyline-traversal-{uuid.uuid4().hex}"
    names = [f"../../{marker}.txt", f"..\\..\\{marker}.html", f"/tmp/{marker}.json"]
    body = [("files", (n, json.dumps({"text": "A ferry sank near Kalmar on Monday, the coast guard said."}).encode()
                       if n.endswith(".json") else b"A ferry sank near Kalmar on Monday, the coast guard said.",
                       "text/plain")) for n in names]
    r = client.post("/api/uploads", files=body)
    assert r.status_code == 202, r.text
    job = wait_for(client, r.json()["job"]["id"])
    assert [f["name"] for f in job["files"]] == names
    for where in (Path(tempfile.gettempdir()), Path(tempfile.gettempdir()).parent, ROOT, ROOT.parent, Path.cwd()):
        assert not list(where.glob(f"{marker}*")), where
    assert not list(Path(tempfile.gettempdir()).glob(f"storyline-upload-*/*{marker}*"))


def test_huge_upload_is_413(client):
    big = b"The bridge fell. " * (6 * 1024 * 1024 // 17)
    r = client.post("/api/uploads", files=[("files", ("big.txt", big, "text/plain"))])
    assert r.status_code == 413 and "MB" in r.json()["error"]


def test_oversized_request_is_refused_before_reading(client):
    url = httpx.URL(str(client.base_url))
    with socket.create_connection((url.host, url.port), timeout=30) as sock:
        sock.sendall(b"POST /api/uploads HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     b"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 10000000000\r\n\r\n--x")
        reply = sock.recv(65536).decode("latin-1")
    assert reply.startswith("HTTP/1.1 413"), reply[:200]


@pytest.mark.parametrize(("name", "data", "status"), [
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), 415),
    ("nul.html", b"<p>hello\x00world</p>", 415),
    ("latin.txt", "caf\u00e9 cr\u00e8me".encode("latin-1"), 415),
    ("controls.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20, 415),
    ("program.exe", b"MZ\x90\x00", 415),
    ("article.pdf", b"%PDF-1.4 text", 415),
    ("noext", b"plain words", 415),
    ("empty.txt", b"   ", 400),
])
def test_binary_or_unknown_uploads_are_rejected(client, name, data, status):
    r = client.post("/api/uploads", files=[("files", (name, data, "application/octet-stream"))])
    assert r.status_code == status, r.text
    assert r.json()["error"]


def test_upload_without_files_is_400(client):
    r = client.post("/api/uploads", data={"other": "x"})
    assert r.status_code == 400 and r.json()["error"]


def test_browser_upload_form_redirects_to_progress_page(client):
    r = client.post("/upload", files=[("files", ("a.txt", b"A storm hit Kalmar on Monday, police said.", "text/plain"))])
    assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
    job = r.headers["location"].rsplit("/", 1)[1]
    assert 'id="job-progress"' in client.get(r.headers["location"]).text
    wait_for(client, job)
    bad = client.post("/upload", files=[("files", ("a.bin", b"\x00\x01", "application/octet-stream"))])
    assert bad.status_code == 415 and "text/html" in bad.headers["content-type"] and "Unsupported" in bad.text


# -- binding and tokens ---------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "example.org", "::"])
def test_serving_beyond_loopback_without_token_is_refused(tmp_path, host):
    r = subprocess.run([sys.executable, "-m", "storyline.cli", "serve", "--db", str(tmp_path / "x.db"), "--host", host,
                        "--port", "1"], capture_output=True, text=True, timeout=120,
                       env={k: v for k, v in os.environ.items() if k != "STORYLINE_TOKEN"})
    assert r.returncode == 2
    assert "without a token" in r.stderr


def test_token_is_required_when_set(db):
    with background(str(db), token="s3cret-token") as url, httpx.Client(base_url=url) as http:
        denied = http.get("/api/stories")
        assert denied.status_code == 401 and denied.json() == {"error": denied.json()["error"]}
        assert http.get("/api/stories", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert http.get("/", params={"token": "wrong"}).status_code == 401
        assert http.get("/api/stories", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        page = http.get("/", params={"token": "s3cret-token"})
        assert page.status_code == 200 and "s3cret-token" not in page.text
        assert http.get("/upload").status_code == 200  # the cookie set by ?token= carries on
        assert "s3cret-token" not in (http.get("/api/stories?limit=1").json()["next"] or "")


def test_updates_are_served_as_the_report_has_them(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "early.txt").write_text("outlet: Alpha News\npublished: 2024-03-23\n---\nThe attack on the concert "
                                      "hall in Krasnogorsk killed 60 people, officials said on Saturday.\n")
    (corpus / "later.txt").write_text("outlet: Beta Post\npublished: 2024-03-24\n---\nThe death toll from the "
                                      "attack on the concert hall in Krasnogorsk rose to 93, officials said.\n")
    db = tmp_path / "u.db"
    store = Store(db)
    analyze([corpus], store=store, embeddings=False)
    [sid] = store.story_ids()
    report = story_dict(store.load_story(sid))
    store.close()
    assert [(u["earlier"]["value"], u["later"]["value"]) for u in report["updates"]] == [("60", "93")]
    with background(str(db)) as url, httpx.Client(base_url=url, timeout=60) as http:
        got = http.get(f"/api/stories/{sid}/updates").json()["items"]
        assert got == [{k: u[k] for k in got[0]} for u in report["updates"]]
        assert http.get(f"/api/stories/{sid}").json()["links"]["updates"].endswith("/updates")
