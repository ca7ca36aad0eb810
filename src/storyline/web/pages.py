"""HTML pages: stories, a story (the report's own story.html), an article, search, upload and its progress."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import ChoiceLoader, Environment, PackageLoader

from storyline.report.html import environment
from storyline.report.view import story_view
from storyline.store import queries
from storyline.web.api import Limit, Offset, next_url, page_url, search_pages
from storyline.web.graph import citation_graph
from storyline.web.state import state
from storyline.web.uploads import MAX_FILE_BYTES, MAX_FILES
from storyline.web.views import article_pieces

router = APIRouter(include_in_schema=False)
ASSETS = {"style.css": "text/css", "filters.js": "text/javascript", "job.js": "text/javascript"}


@cache
def templates() -> Environment:
    """The report's Jinja environment (autoescape on) with the web templates in front of the report's."""
    base = environment()
    return base.overlay(loader=ChoiceLoader([PackageLoader("storyline.web", "templates"), base.loader]))


def render(name: str, code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(templates().get_template(name).render(**context), status_code=code)


def web_url(url: str) -> str:
    """An article's URL if it is http(s), else "" (no javascript: or data: links from article metadata)."""
    return url if url.lower().startswith(("http://", "https://")) else ""


def pager(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    prev = page_url(request, max(offset - limit, 0), limit) if offset > 0 else None
    return {"prev": prev, "next": next_url(request, offset, limit, total), "total": total,
            "first": min(offset + 1, total), "last": min(offset + limit, total)}


@router.get("/", response_class=HTMLResponse)
def stories(request: Request, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    items, total = queries.story_rows(state(request).db(), limit, offset)
    return render("stories.html", stories=items, page=pager(request, total, limit, offset))


@router.get("/stories/{story}", response_class=HTMLResponse)
def story(request: Request, story: str) -> HTMLResponse:
    web = state(request)
    digest = queries.story_hash(web.db(), story)
    if digest is None:
        raise HTTPException(404, f"There is no story {story!r}.")

    def page() -> str:
        loaded = web.store().load_story(story)
        if loaded is None:
            raise HTTPException(404, f"There is no story {story!r}.")
        view = story_view(loaded)
        for d in view["documents"]:
            d["url"] = web_url(d["url"])
        return templates().get_template("story_page.html").render(
            story=view, graph=citation_graph(loaded.claims), doc_link="/documents/")

    html, zipped = web.cached_page((story, digest), page)
    if "gzip" in request.headers.get("accept-encoding", ""):
        return HTMLResponse(zipped, headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    return HTMLResponse(html, headers={"Vary": "Accept-Encoding"})


@router.get("/documents/{doc}", response_class=HTMLResponse)
def document(request: Request, doc: str) -> HTMLResponse:
    db = state(request).db()
    found = queries.document(db, doc)
    if found is None:
        raise HTTPException(404, f"There is no document {doc!r}.")
    claims = queries.document_claims(db, doc)
    found["url"] = web_url(found["url"])
    titles = {c["id"]: f"{' → '.join(c['attribution'])} · {c['modality']}" for c in claims}
    return render("document.html", doc=found, claims=claims, pieces=article_pieces(found["text"], claims),
                  titles=titles, stories=queries.story_titles(db, found["stories"]))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=500)] = "", limit: Limit = 20,
           offset: Offset = 0) -> HTMLResponse:
    if not q.strip():
        return render("search.html", q="", note="Type a name or words from a claim.")
    db = state(request).db()
    (claims, n_claims), (entities, n_entities), note = search_pages(db, q, limit, offset)
    titles = queries.story_titles(db, sorted({e["story"] for e in entities} | {c["story"] for c in claims}))
    return render("search.html", q=q, note=note, titles=titles, claims={"hits": claims, "total": n_claims},
                  entities={"hits": entities, "total": n_entities},
                  page=pager(request, max(n_claims, n_entities), limit, offset))


@router.get("/upload", response_class=HTMLResponse)
def upload_form() -> HTMLResponse:
    return render("upload.html", max_files=MAX_FILES, max_mb=MAX_FILE_BYTES // 2**20)


@router.post("/upload")
async def upload(request: Request) -> RedirectResponse:
    job = await state(request).accept_upload(request)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job}", response_class=HTMLResponse)
def job(request: Request, job: str) -> HTMLResponse:
    found = state(request).jobs.get(job)
    if found is None:
        raise HTTPException(404, f"There is no upload job {job!r}.")
    return render("job.html", job=found)


@cache
def asset(name: str) -> str:
    """A static file: the report's style.css plus web.css, the report's filters.js, job.js."""
    env = templates()
    text = env.loader.get_source(env, name)[0]
    if name == "style.css":
        text += "\n" + env.loader.get_source(env, "web.css")[0]
    return text


@router.get("/assets/{name}")
def assets(name: str) -> Response:
    if name not in ASSETS:
        raise HTTPException(404, f"There is no asset {name!r}.")
    return Response(asset(name), media_type=ASSETS[name], headers={"Cache-Control": "max-age=3600"})
