"""Uploads: check each file (size, extension, content), store it under a generated name, analyze in the background.

An uploaded file's name is only ever shown, never used as a path: files are written as `NNN.ext` into a
fresh temporary folder, analyzed there by the ordinary pipeline, and the folder is removed afterwards.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_FILES = 20
MAX_NAME = 200  # characters of an uploaded file's name kept for display
KEEP_JOBS = 500  # finished jobs remembered for their status
EXTENSIONS = (".txt", ".html", ".htm", ".json", ".jsonl")


class UploadError(Exception):
    """A rejected upload: the HTTP status to answer and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def extension(name: str) -> str:
    """The file's extension, lower case, if it is one Storyline reads; else an UploadError (415)."""
    ext = Path(name.replace("\\", "/")).suffix.lower()
    if ext not in EXTENSIONS:
        raise UploadError(415, f"{name!r}: only {', '.join(EXTENSIONS)} files are accepted")
    return ext


def sniff(name: str, data: bytes) -> None:
    """Reject content that is not text: NUL bytes, invalid UTF-8, or many control characters (415)."""
    if not data.strip():
        raise UploadError(400, f"{name!r}: the file is empty")
    if b"\0" in data:
        raise UploadError(415, f"{name!r}: binary content (NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UploadError(415, f"{name!r}: not UTF-8 text") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text) // 100:
        raise UploadError(415, f"{name!r}: binary content (control characters), not a text article")


@dataclass
class Job:
    """One upload's analysis, as reported by the job-status endpoint."""

    id: str
    files: list[dict[str, Any]]
    status: str = "queued"  # queued, running, done, failed
    stage: str = ""
    progress: float = 0.0  # 0..1
    stories: list[dict[str, str]] = field(default_factory=list)  # {"id", "title"} of each story made
    errors: list[str] = field(default_factory=list)
    created: str = field(default_factory=lambda: datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Jobs:
    """Analyses of uploads, one at a time on a background thread, into the app's database."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storyline-job")

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            return self.jobs.get(job_id)

    def submit(self, files: list[tuple[str, bytes]]) -> Job:
        """Check every file, then queue the analysis; nothing is written when any file is rejected."""
        if not files:
            raise UploadError(400, "no files uploaded")
        if len(files) > MAX_FILES:
            raise UploadError(413, f"at most {MAX_FILES} files per upload")
        exts = []
        for name, data in files:
            exts.append(extension(name))
            if len(data) > MAX_FILE_BYTES:
                raise UploadError(413, f"{name!r}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
            sniff(name, data)
        folder = Path(tempfile.mkdtemp(prefix="storyline-upload-"))
        for i, ((_, data), ext) in enumerate(zip(files, exts, strict=True)):
            (folder / f"{i:03d}{ext}").write_bytes(data)
        job = Job(id=uuid.uuid4().hex[:16], files=[{"name": n[:MAX_NAME], "bytes": len(d)} for n, d in files])
        with self.lock:
            finished = [j for j in self.jobs.values() if j.status in ("done", "failed")]
            for old in finished[: max(len(finished) - KEEP_JOBS, 0)]:
                del self.jobs[old.id]
            self.jobs[job.id] = job
        self.pool.submit(self._run, job, folder)
        return job

    def _run(self, job: Job, folder: Path) -> None:
        from storyline.pipeline import analyze
        from storyline.store import Store

        def progress(stage: str, done: int, total: int) -> None:
            job.stage = stage
            share = done / max(total, 1)
            job.progress = round(0.1 + 0.7 * share if stage == "annotate" else 0.8 + 0.2 * share, 3)

        job.status, job.stage, job.progress = "running", "ingest", 0.05
        store = Store(self.db_path)
        try:
            result = analyze([folder], store=store, progress=progress)
            job.errors = [e.problem for e in result.errors]
            job.stories = [{"id": s.id, "title": s.title} for s in result.stories]
            job.status = "done" if result.stories else "failed"
            if not result.stories and not job.errors:
                job.errors = ["no article could be read from the upload"]
        except Exception as exc:  # reported to the user through the job's status
            job.status, job.errors = "failed", [f"analysis failed: {exc.__class__.__name__}"]
        finally:
            job.progress = 1.0
            store.close()
            shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
