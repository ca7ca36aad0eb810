"""What the app holds between requests: the database path, a connection per thread, upload jobs, page cache."""

from __future__ import annotations

import gzip
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request

from storyline.store import Store
from storyline.web.uploads import MAX_FILE_BYTES, MAX_FILES, Job, Jobs, UploadError

PAGE_CACHE = 8  # rendered story pages kept, keyed by (story id, analysis hash)


class WebState:
    """Shared state of one app: every request reads through its own thread's connection."""

    def __init__(self, db_path: str, token: str | None) -> None:
        self.db_path = db_path
        self.token = token
        self.local = threading.local()
        self.jobs = Jobs(db_path)
        self.pages: OrderedDict[tuple[str, str], tuple[bytes, bytes]] = OrderedDict()  # (html, gzipped html)
        self.pages_lock = threading.Lock()
        Store(db_path).close()  # create and migrate the file once, before any reader

    def db(self) -> sqlite3.Connection:
        """This thread's connection (SQLite connections are not shared between threads)."""
        store = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = Store(self.db_path)
        return store.db

    def store(self) -> Store:
        self.db()
        return self.local.store

    def cached_page(self, key: tuple[str, str], render: Callable[[], str]) -> tuple[bytes, bytes]:
        """A rendered page, as UTF-8 and gzipped, from the cache; rendered (outside the lock) on a miss."""
        with self.pages_lock:
            if key in self.pages:
                self.pages.move_to_end(key)
                return self.pages[key]
        html = render().encode()
        page = (html, gzip.compress(html, compresslevel=6, mtime=0))
        with self.pages_lock:
            self.pages[key] = page
            while len(self.pages) > PAGE_CACHE:
                self.pages.popitem(last=False)
        return page

    async def accept_upload(self, request: Request) -> Job:
        """Read a multipart upload (field `files`) within the limits and queue its analysis."""
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > MAX_FILES * (MAX_FILE_BYTES + 4096):
            raise UploadError(413, f"upload too large: at most {MAX_FILES} files of {MAX_FILE_BYTES // 2**20} MB")
        form = await request.form(max_files=MAX_FILES, max_fields=10)
        files = []
        for item in form.getlist("files"):
            if not isinstance(item, UploadFile):
                raise UploadError(400, "`files` must be file parts")
            data = await item.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise UploadError(413, f"{item.filename or 'file'!r}: larger than {MAX_FILE_BYTES // 2**20} MB")
            files.append((item.filename or "unnamed", data))
        await form.close()
        return await run_in_threadpool(self.jobs.submit, files)


def state(request: Request) -> WebState:
    return request.app.state.web
