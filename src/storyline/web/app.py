"""The FastAPI app: pages and API on one SQLite file, errors as JSON on the API and as pages elsewhere."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from storyline import __version__
from storyline.web import api, pages
from storyline.web.security import LOOPBACK_NAMES, Guard, is_loopback
from storyline.web.state import WebState
from storyline.web.uploads import UploadError

TITLES = {400: "Bad request", 401: "Token required", 404: "Not found", 405: "Method not allowed",
          413: "Too large", 415: "Unsupported file", 422: "Invalid parameters", 500: "Something went wrong"}


def error_response(request: Request, status: int, message: str) -> Response:
    """`{"error": message}` for the API (and the spec), a readable page for everything else."""
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"error": message}, status_code=status)
    return pages.render("error.html", code=status, status=status, title=TITLES.get(status, f"Error {status}"), message=message)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def create_app(db_path: str, token: str | None = None, host: str = "127.0.0.1") -> FastAPI:
    """The app for one database; on loopback, Host headers other than loopback names are refused."""
    app = FastAPI(title="Storyline", version=__version__, docs_url=None, redoc_url=None,
                  description="Stories reconciled from many articles: stories, facts, conflicts, events, "
                              "entities, documents, search and uploads. Ids equal those in report.json.")
    app.state.web = WebState(db_path, token)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        response = error_response(request, exc.status_code, str(exc.detail))
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(UploadError)
    async def rejected(request: Request, exc: UploadError) -> Response:
        return error_response(request, exc.status, exc.message)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:  # uvicorn logs the traceback
        return error_response(request, 500, "internal error; the server log has the details")

    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(Guard, token=token, deny=error_response)
    if is_loopback(host):  # no DNS rebinding: a page on another site cannot reach this server by name
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=[*LOOPBACK_NAMES, "[::1]"])
    app.router.on_shutdown.append(app.state.web.jobs.close)
    return app
