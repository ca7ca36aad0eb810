"""JSON API under /api: the pages' data, paginated, with the ids and field names of report.json."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from storyline.store import queries
from storyline.web.state import state

MAX_LIMIT = 500
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="items to skip")]

router = APIRouter(prefix="/api", tags=["api"])


def next_url(request: Request, offset: int, limit: int, total: int) -> str | None:
    """The URL of the following page (never carrying a token), or None on the last page."""
    if offset + limit >= total:
        return None
    return page_url(request, offset + limit, limit)


def page_url(request: Request, offset: int, limit: int) -> str:
    """This URL at another offset, without any token parameter."""
    params = {k: v for k, v in request.query_params.items() if k != "token"}
    params.update(offset=str(offset), limit=str(limit))
    return f"{request.url.path}?{urlencode(params)}"


def paged(request: Request, page: queries.Page, limit: int, offset: int) -> dict[str, Any]:
    items, total = page
    return {"items": items, "total": total, "limit": limit, "offset": offset,
            "next": next_url(request, offset, limit, total)}


def _exists(db: sqlite3.Connection, story: str) -> None:
    if queries.story_hash(db, story) is None:
        raise HTTPException(404, f"no story {story!r}")


@router.get("/stories", summary="Stories, newest analysis first")
def stories(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return paged(request, queries.story_rows(state(request).db(), limit, offset), limit, offset)


@router.get("/stories/{story}", summary="One story's summary, with links to its parts")
def story(request: Request, story: str) -> dict[str, Any]:
    row = queries.story_row(state(request).db(), story)
    if row is None:
        raise HTTPException(404, f"no story {story!r}")
    row.pop("result_hash")
    base = f"/api/stories/{row['id']}"
    row["links"] = {part: f"{base}/{part}" for part in ("documents", "claims", "facts", "conflicts", "updates",
                                                         "events", "entities")}
    return row


def _part(reader: Callable[..., queries.Page]) -> Callable[..., dict[str, Any]]:
    def read(request: Request, story: str, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        db = state(request).db()
        _exists(db, story)
        return paged(request, reader(db, story, limit, offset), limit, offset)

    read.__doc__ = reader.__doc__
    return read


for _name, _reader in (("documents", queries.document_rows), ("claims", queries.claim_rows),
                       ("conflicts", queries.conflict_rows), ("updates", queries.update_rows),
                       ("events", queries.event_rows),
                       ("entities", queries.entity_rows)):
    router.add_api_route(f"/stories/{{story}}/{_name}", _part(_reader), methods=["GET"],
                         summary=f"A story's {_name}", name=f"story_{_name}")


@router.get("/stories/{story}/facts", summary="A story's facts, optionally of one status")
def facts(request: Request, story: str, limit: Limit = 50, offset: Offset = 0,
          status: Literal["corroborated", "single_source", "contested"] | None = None) -> dict[str, Any]:
    db = state(request).db()
    _exists(db, story)
    return paged(request, queries.fact_rows(db, story, limit, offset, status), limit, offset)


@router.get("/documents/{doc}", summary="One article: its text, provenance and the claims found in it")
def document(request: Request, doc: str) -> dict[str, Any]:
    db = state(request).db()
    found = queries.document(db, doc)
    if found is None:
        raise HTTPException(404, f"no document {doc!r}")
    found["claims"] = queries.document_claims(db, doc)
    return found


def search_pages(db: sqlite3.Connection, q: str, limit: int, offset: int) -> tuple[queries.Page, queries.Page, str]:
    """Claims and entities matching q as FTS5 syntax; if that syntax is invalid, as plain words instead."""
    note = ""
    try:
        claims = queries.search_claims(db, q, limit, offset)
        entities = queries.search_entities(db, q, limit, offset)
    except sqlite3.OperationalError:
        match = queries.fts_query(q)
        note = "The query was not valid search syntax, so its words were searched for instead."
        if not match:
            return ([], 0), ([], 0), "The query has no words to search for."
        claims = queries.search_claims(db, match, limit, offset)
        entities = queries.search_entities(db, match, limit, offset)
    return claims, entities, note


@router.get("/search", summary="Full-text search over claims and entity names (SQLite FTS5 syntax)")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=500)], limit: Limit = 20,
           offset: Offset = 0) -> dict[str, Any]:
    claims, entities, note = search_pages(state(request).db(), q, limit, offset)
    return {"query": q, "note": note, "claims": paged(request, claims, limit, offset),
            "entities": paged(request, entities, limit, offset)}


UPLOAD_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["files"],
    "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}}


@router.post("/uploads", status_code=202, openapi_extra=UPLOAD_BODY,
             summary="Upload articles (multipart field `files`: .txt/.html/.htm/.json/.jsonl, 5 MB each)")
async def upload(request: Request) -> JSONResponse:
    job = await state(request).accept_upload(request)
    return JSONResponse({"job": job.to_dict(), "status": f"/api/jobs/{job.id}"}, status_code=202)


@router.get("/jobs/{job}", summary="An upload's analysis: status, progress (0..1), the stories it made")
def job(request: Request, job: str) -> dict[str, Any]:
    found = state(request).jobs.get(job)
    if found is None:
        raise HTTPException(404, f"no job {job!r}")
    return found.to_dict()

