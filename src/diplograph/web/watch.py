"""Watching folders and feeds from the browser (only with ``diplograph serve --allow-ingest``).

``/watch`` lists the sources the store watches with their last results, and takes a
folder on the server or an RSS/Atom feed URL to add; adding one, or the "run a round"
button, runs one watch round (:func:`diplograph.api.watch_round`) over every watched
source in the server's background job, the one that also runs browser ingests (so one
writes at a time); ``/ingest/status`` reports it.  Without ``--allow-ingest`` the routes
answer 403.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from diplograph import api
from diplograph.watching.rounds import WatchError, source_kind
from diplograph.web.common import StoreGate
from diplograph.web.ingest import read_bounded


def _round_result(rep: Any) -> dict[str, Any]:
    return {"state": "done", "summary": rep.summary(), "lines": [s.line() for s in rep.sources],
            "skipped": [{"path": item, "reason": reason} for s in rep.sources for item, reason in s.errors],
            **{k: rep.total(k) for k in ("added", "replaced", "unchanged", "failed")}}


def register(app: FastAPI, gate: StoreGate, allow_ingest: bool) -> None:
    page = app.state.page
    job = getattr(app.state, "ingest_job", None) if allow_ingest else None

    def refused(request: Request) -> Response:
        msg = "This server is read-only; start it with `diplograph serve --allow-ingest` to watch folders and feeds."
        if request.method == "GET":
            return page(request, "error.html.j2", status=403, status_code=403, message=msg)
        return JSONResponse({"error": msg}, status_code=403)

    def start_round(request: Request, label: str) -> Response:
        assert job is not None

        def work() -> dict[str, Any]:
            return _round_result(api.watch_round(db=app.state.db_path, resources=job.resources))

        if not job.launch(label, work):
            return JSONResponse({"error": "an ingest or watch round is already running"}, status_code=409)
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse(job.status(), status_code=202)
        return RedirectResponse("/watch", status_code=303)

    @app.get("/watch", include_in_schema=False)
    def watch_page(request: Request) -> Response:
        if job is None:
            return refused(request)
        with gate.read() as store:
            sources = store.watch_sources()
        return page(request, "watch.html.j2", sources=sources, status_now=job.status())

    @app.post("/watch/source", tags=["ingest"], summary="Watch a folder on the server or a feed URL, and run a round")
    async def watch_source(request: Request) -> Response:
        if job is None:
            return refused(request)
        body = (await read_bounded(request, 8192) or b"").decode("utf-8", "replace")
        raw = (parse_qs(body).get("source") or [""])[0].strip()
        if not raw.lower().startswith(("http://", "https://")) and not raw.startswith(("/", "~")):
            return JSONResponse({"error": "give an http(s) feed URL or the absolute path of a folder on the server"},
                                status_code=400)
        try:
            source, kind = source_kind(raw)
        except WatchError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        if job.running():
            return JSONResponse({"error": "an ingest or watch round is already running"}, status_code=409)
        with gate.writing(), gate.read() as store:
            store.add_watch_source(source, kind, datetime.now().astimezone())
        return start_round(request, f"watch round (added {source})")

    @app.post("/watch/round", tags=["ingest"], summary="Run one watch round over every watched source")
    def watch_round(request: Request) -> Response:
        if job is None:
            return refused(request)
        return start_round(request, "watch round")

