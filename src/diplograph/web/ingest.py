"""Ingest from the browser (only with ``diplograph serve --allow-ingest``).

A folder path on the server, or uploaded files, are ingested by
:func:`diplograph.api.ingest` in one background thread of the server process,
which is then the store's single DuckDB writer; ``/ingest/status`` reports
progress.  Without ``--allow-ingest`` every ingest route answers 403.

Uploads are raw request bodies (one file per request, the name in the query),
bounded by the configured ``max_bytes``; the file name is reduced to a safe base
name with a supported extension and written only into the server's own upload
folder, so no request chooses where a file is written.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import parse_qs

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from diplograph import api
from diplograph.config import load_settings
from diplograph.reading.files import SUPPORTED
from diplograph.pipeline import Resources, load_resources
from diplograph.web.common import StoreGate

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
MAX_FILES = 500


class IngestJob:
    """The state of the server's (single) ingest run, safe to read from any thread."""

    def __init__(self, db_path: str, gate: StoreGate) -> None:
        self.db_path, self.gate = db_path, gate
        self.lock = threading.Lock()
        self.state: dict[str, Any] = {"state": "idle"}
        self._uploads: Optional[Path] = None  # made on the first upload, removed when ingested or on close
        self.resources: Optional[Resources] = None

    @property
    def uploads(self) -> Path:
        """The folder of files uploaded for the next ingest (made when first needed)."""
        with self.lock:
            if self._uploads is None:
                self._uploads = Path(tempfile.mkdtemp(prefix="diplograph-uploads-"))
            return self._uploads

    def has_uploads(self) -> bool:
        with self.lock:
            return self._uploads is not None and any(self._uploads.iterdir())

    def take_uploads(self) -> Path:
        """The uploaded files' folder, handed to an ingest; the next upload starts a new one."""
        with self.lock:
            batch, self._uploads = self._uploads, None
        assert batch is not None
        return batch

    def close(self) -> None:
        """Remove the upload folder (the server is stopping)."""
        with self.lock:
            batch, self._uploads = self._uploads, None
        if batch is not None:
            shutil.rmtree(batch, ignore_errors=True)

    def status(self) -> dict[str, Any]:
        with self.lock:
            return dict(self.state)

    def running(self) -> bool:
        return self.status()["state"] == "running"

    def start(self, paths: list[str], label: str, cleanup: Optional[Path] = None) -> bool:
        return self.launch(label, lambda: self._ingest(paths), cleanup)

    def launch(self, label: str, work: Callable[[], dict[str, Any]], cleanup: Optional[Path] = None) -> bool:
        """Run ``work`` (an ingest or a watch round, returning the final state) in the background,
        as the store's writer; False when a run is going on already."""
        with self.lock:
            if self.state["state"] == "running":
                return False
            self.state = {"state": "running", "label": label, "done": 0, "total": None, "current": None,
                          "started": time.time()}
        threading.Thread(target=self._run, args=(work, cleanup), name="diplograph-ingest", daemon=True).start()
        return True

    def _progress(self, done: int, total: int, path: str) -> None:
        with self.lock:
            self.state.update(done=done, total=total, current=Path(path).name)

    def _ingest(self, paths: list[str]) -> dict[str, Any]:
        rep = api.ingest(paths, db=self.db_path, progress=self._progress, resources=self.resources)
        return {"state": "done", "summary": rep.summary(), "stored": rep.stored, "unchanged": rep.unchanged,
                "events": rep.events, "skipped": [{"path": Path(p).name, "reason": r} for p, r in rep.skipped]}

    def _run(self, work: Callable[[], dict[str, Any]], cleanup: Optional[Path]) -> None:
        try:
            if self.resources is None:  # the spaCy pipeline and lexicons, loaded once per server
                self.resources = load_resources(load_settings())
            with self.gate.writing():
                result = work()
        except Exception as exc:  # noqa: BLE001 - reported to the user, the server keeps running
            result = {"state": "error", "error": (str(exc).splitlines() or [type(exc).__name__])[0]}
        finally:
            if cleanup is not None:
                shutil.rmtree(cleanup, ignore_errors=True)
        with self.lock:
            self.state.update(result, seconds=round(time.time() - self.state["started"], 1))


def safe_upload_name(name: str) -> Optional[str]:
    """A base name of letters, digits, ``._-`` with a supported extension, or None."""
    base = SAFE_NAME.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).lstrip("._")[:120]
    if not base or Path(base).suffix.lower() not in SUPPORTED:
        return None
    return base


async def read_bounded(request: Request, limit: int) -> Optional[bytes]:
    """The request body, or None once it exceeds ``limit`` bytes (chunked bodies too)."""
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > limit:
            return None
    return bytes(data)


def register(app: FastAPI, gate: StoreGate, allow_ingest: bool) -> None:
    page = app.state.page
    job = IngestJob(app.state.db_path, gate) if allow_ingest else None
    if job is not None:
        app.state.ingest_job = job  # serve() closes it when the server stops
        atexit.register(job.close)  # and so does the interpreter's exit, whoever ran the app
    max_bytes = load_settings().max_bytes

    def refused(request: Request) -> Response:
        msg = "This server is read-only; start it with `diplograph serve --allow-ingest` to ingest from the browser."
        if request.url.path != "/ingest":
            return JSONResponse({"error": msg}, status_code=403)
        return page(request, "error.html.j2", status=403, status_code=403, message=msg)

    @app.get("/ingest", include_in_schema=False)
    def ingest_page(request: Request) -> Response:
        if job is None:
            return refused(request)
        return page(request, "ingest.html.j2", status_now=job.status(), supported=", ".join(SUPPORTED),
                    max_bytes=max_bytes)

    @app.get("/ingest/status", tags=["ingest"], summary="Progress of the server's ingest run")
    def ingest_status(request: Request) -> Response:
        if job is None:
            return refused(request)
        return JSONResponse(job.status())

    @app.post("/ingest/folder", tags=["ingest"], summary="Ingest a folder or file on the server")
    async def ingest_folder(request: Request) -> Response:
        if job is None:
            return refused(request)
        body = (await read_bounded(request, 8192) or b"").decode("utf-8", "replace")
        raw = (parse_qs(body).get("path") or [""])[0].strip()
        path = Path(raw).expanduser()
        if not raw or "\x00" in raw or not path.is_absolute() or not path.exists():
            return JSONResponse({"error": "give the absolute path of an existing folder or file on the server"},
                                status_code=400)
        if not job.start([str(path.resolve())], f"folder {path.resolve()}"):
            return JSONResponse({"error": "an ingest is already running"}, status_code=409)
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse(job.status(), status_code=202)
        return RedirectResponse("/ingest", status_code=303)

    @app.post("/ingest/upload", tags=["ingest"], summary="Upload one file (raw body) for the next ingest")
    async def ingest_upload(request: Request, name: str = Query(..., max_length=255)) -> Response:
        if job is None:
            return refused(request)
        safe = safe_upload_name(name)
        if safe is None:
            return JSONResponse({"error": f"unsupported file name; use {', '.join(SUPPORTED)}"}, status_code=400)
        if len(list(job.uploads.iterdir())) >= MAX_FILES:
            return JSONResponse({"error": f"at most {MAX_FILES} files per ingest"}, status_code=413)
        data = await read_bounded(request, max_bytes)
        if data is None:
            return JSONResponse({"error": f"file too large (limit {max_bytes} bytes)"}, status_code=413)
        (job.uploads / safe).write_bytes(data)
        return JSONResponse({"stored_as": safe, "bytes": len(data)}, status_code=201)

    @app.post("/ingest/uploads", tags=["ingest"], summary="Ingest the files uploaded so far")
    def ingest_uploads(request: Request) -> Response:
        if job is None:
            return refused(request)
        if not job.has_uploads():
            return JSONResponse({"error": "no files uploaded"}, status_code=400)
        if job.running():
            return JSONResponse({"error": "an ingest is already running"}, status_code=409)
        batch = job.take_uploads()
        if not job.start([str(batch)], f"{sum(1 for _ in batch.iterdir())} uploaded files", cleanup=batch):
            return JSONResponse({"error": "an ingest is already running"}, status_code=409)
        return JSONResponse(job.status(), status_code=202)
