"""The web UI: server-rendered pages over the store (``diplograph serve``).

``create_app(db_path)`` builds a FastAPI application.  Pages are Jinja2
templates (autoescaped: article text is never trusted as HTML) with one local
CSS file and the installed Plotly bundle, so nothing is fetched from the
network.  The data comes from :mod:`diplograph.web.views`, which reads through
the same :mod:`diplograph.analysis.queries` and :mod:`diplograph.analysis` functions as the CLI; the JSON API
is in :mod:`diplograph.web.api`, ingest in :mod:`diplograph.web.ingest`.

The store is opened read-only for each request and closed after it, so the CLI
can read the same file meanwhile, and an ingest from the CLI can take DuckDB's
single write lock between requests.  While another process holds that lock,
pages answer 503 with ``Retry-After``.
"""

from __future__ import annotations

import functools
import io
import json
from importlib import resources
from typing import Any, Optional

import jinja2
from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from diplograph import __version__
from diplograph.analysis.labels import plural, sector_label
from diplograph.outputs import alerts as alert_output
from diplograph.outputs import export, report
from diplograph.web import views as web_views
from diplograph.store.database import Store, StoreError
from diplograph.web import api as web_api
from diplograph.web import ingest as web_ingest
from diplograph.web import watch as web_watch
from diplograph.web.highlight import mark_events, mark_term
from diplograph.web.common import (BadRequest, StoreGate, added_since_query, check_added_since, check_date,
                                   check_event_type, date_query, dyad_data, type_query)

MAX_BODY = 25_000_000  # bytes; uploads are further bounded per file by the ingest settings
MAX_URL = 4096
EVENTS_PAGE = 50  # rows on /events (about 5,000 px of page; 141 rows in one made 16,500); the filters narrow it
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
FAVICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" '
           'fill="#0d1b2a"/><path d="M3 11 L7 5 L10 9 L13 4" stroke="#74c0fc" stroke-width="2" fill="none"/></svg>')


@functools.lru_cache(maxsize=1)
def _templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("diplograph.web", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["json"] = report.safe_json
    env.globals["type_colors"] = report.type_colors()  # the report's colours: one per PLOVER type
    env.filters["plural"] = plural
    env.filters["sector"] = sector_label
    env.filters["term"] = mark_term  # a search term marked in a text
    env.filters["signed"] = lambda v: "—" if v is None else f"{v:+.2f}"
    return env


@functools.lru_cache(maxsize=1)
def _plotly() -> bytes:
    return report.plotly_js().encode("utf-8")


@functools.lru_cache(maxsize=1)
def _css() -> bytes:
    return (resources.files("diplograph.web") / "templates" / "web.css").read_bytes()


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(db_path: str, allow_ingest: bool = False, allowed_hosts: Optional[list[str]] = None) -> FastAPI:
    """The web application over the store at ``db_path``.

    Read-only unless ``allow_ingest``; then the server's background ingest is
    the store's single writer.  ``allowed_hosts`` (e.g. the loopback names)
    rejects other ``Host`` headers, against DNS rebinding.
    """
    app = FastAPI(title="diplograph", version=__version__, docs_url=None, redoc_url=None,
                  description="Sourced, dated PLOVER events from news articles: actors, dyads, events, "
                              "quotes and contradictions. Read-only unless started with --allow-ingest.")
    gate = StoreGate(db_path)
    app.state.gate, app.state.db_path, app.state.allow_ingest = gate, db_path, allow_ingest
    if allow_ingest:
        Store(db_path).close()  # create and migrate before the first read

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = _templates().get_template(name).render(
            request=request, version=__version__, allow_ingest=allow_ingest, q=ctx.pop("q", ""), **ctx)
        return HTMLResponse(html, status_code=status)

    app.state.page = page

    @app.middleware("http")
    async def guard(request: Request, call_next):  # type: ignore[no-untyped-def]
        if allowed_hosts is not None and request.url.hostname not in allowed_hosts:
            return Response("unknown host", status_code=400, media_type="text/plain")
        if len(str(request.url)) > MAX_URL:
            return Response("request URL too long", status_code=414, media_type="text/plain")
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > MAX_BODY):
            return Response("request body too large", status_code=413, media_type="text/plain")
        if request.method not in ("GET", "HEAD") and (origin := request.headers.get("origin")):
            if origin.split("://", 1)[-1] != request.headers.get("host"):
                return Response("cross-site request refused", status_code=403, media_type="text/plain")
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Content-Security-Policy",
                                    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                                    "style-src 'self' 'unsafe-inline'; img-src 'self' data:")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    def error(request: Request, status: int, message: str, headers: Optional[dict] = None) -> Response:
        if _is_api(request):
            return JSONResponse({"error": message}, status_code=status, headers=headers)
        resp = page(request, "error.html.j2", status=status, status_code=status, message=message)
        resp.headers.update(headers or {})
        return resp

    @app.exception_handler(web_views.NotFound)
    async def not_found(request: Request, exc: web_views.NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        text = str(exc)
        if "lock" in text.lower():
            return error(request, 503, "The database is locked by another process (an ingest from the CLI "
                                       "holds DuckDB's single write lock). Try again in a few seconds.",
                         {"Retry-After": "5"})
        return error(request, 503, text.splitlines()[0], {"Retry-After": "30"})

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return JSONResponse({"error": "invalid request", "detail": jsonable_encoder(exc.errors())},
                                status_code=422)
        where = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors())
        return error(request, 422, f"Invalid request ({where}).")

    @app.exception_handler(404)
    async def no_route(request: Request, exc: Exception) -> Response:
        return error(request, 404, getattr(exc, "detail", None) or "no such page")

    # -- static -------------------------------------------------------------------------------
    @app.get("/static/plotly.js", include_in_schema=False)
    def plotly_js() -> Response:
        return Response(_plotly(), media_type="text/javascript", headers={"Cache-Control": "max-age=86400"})

    @app.get("/static/web.css", include_in_schema=False)
    def css() -> Response:
        return Response(_css(), media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.get("/favicon.svg", include_in_schema=False)
    def favicon() -> Response:
        return Response(FAVICON, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

    # -- pages --------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> Response:
        with gate.read() as store:
            return page(request, "home.html.j2", **web_views.home(store))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, q: str = Query("", max_length=200)) -> Response:
        with gate.read() as store:
            results = web_views.search(store, q)
            mark_events(store, results["events"], q)
            return page(request, "search.html.j2", q=q, results=results)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events(request: Request, actor: Optional[str] = Query(None, max_length=200),
               a: Optional[str] = Query(None, max_length=200), b: Optional[str] = Query(None, max_length=200),
               type: Optional[str] = type_query(), since: Optional[str] = date_query(),
               until: Optional[str] = date_query(), added_since: Optional[str] = added_since_query(),
               sort: str = Query("date", max_length=10),
               order: str = Query("asc", pattern="^(asc|desc)$"), page_no: int = Query(1, alias="page", ge=1),
               format: str = Query("html", pattern="^(html|csv|json)$")) -> Response:
        since, until = check_date(since, "since"), check_date(until, "until")
        added = check_added_since(added_since)
        type = check_event_type(type)
        if sort not in web_views.SORTS:
            raise BadRequest(f"sort: {sort!r} is not a column; sort by {', '.join(web_views.SORTS)}")
        dyad = (a, b) if a and b else None
        with gate.read() as store:
            rows = web_views.events_list(store, actor=actor or None, dyad=dyad, type=type or None,
                                         since=since, until=until, added_since=added)
            types = web_views.event_types(store)
            rows = web_views.sort_events(rows, sort, order == "desc")
            if format != "html":  # the whole filtered, sorted list
                return download(rows, format)
            shown = mark_events(store, rows[(page_no - 1) * EVENTS_PAGE: page_no * EVENTS_PAGE])
        filters = {"actor": actor or "", "a": a or "", "b": b or "", "type": type or "", "since": since or "",
                   "until": until or "", "added_since": added_since or ""}
        pages = max(1, -(-len(rows) // EVENTS_PAGE))
        return page(request, "events.html.j2", events=shown, total=len(rows), page_no=min(page_no, pages),
                    pages=pages, first=(page_no - 1) * EVENTS_PAGE + 1, sort=sort, order=order,
                    filters=filters, types=types)

    def download(rows: list[dict[str, Any]], fmt: str) -> Response:
        buf = io.StringIO()
        if fmt == "csv":
            export.write(rows, "csv", buf, "events")
            media = "text/csv; charset=utf-8"
        else:
            json.dump(rows, buf, ensure_ascii=False, default=str)
            media = "application/json"
        return Response(buf.getvalue(), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="events.{fmt}"'})

    @app.get("/actor/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor(request: Request, actor_id: str, type: Optional[str] = type_query(), since: Optional[str] = date_query(),
              until: Optional[str] = date_query()) -> Response:
        since, until = check_date(since, "since"), check_date(until, "until")
        type = check_event_type(type)
        with gate.read() as store:
            try:
                data = web_views.actor_page(store, actor_id, since, until, type)
            except web_views.NotFound:
                found = web_views.resolve_actor(store, actor_id)
                return RedirectResponse(request.url_for("actor", actor_id=found), status_code=307)
        filters = {"type": type or "", "since": since or "", "until": until or ""}
        return page(request, "actor.html.j2", filters=filters, **data)

    @app.get("/dyad/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad(request: Request, a: str, b: str, type: Optional[str] = type_query(), since: Optional[str] = date_query(),
             until: Optional[str] = date_query(),
             period: str = Query("auto", pattern="^(auto|year|quarter|month)$")) -> Response:
        since, until = check_date(since, "since"), check_date(until, "until")
        type = check_event_type(type)
        with gate.read() as store:
            data = dyad_data(store, a, b, since, until, type, period)
        filters = {"type": type or "", "since": since or "", "until": until or "", "period": period}
        return page(request, "dyad.html.j2", filters=filters, **data)

    @app.get("/event/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event(request: Request, event_id: str) -> Response:
        with gate.read() as store:
            return page(request, "event.html.j2", **web_views.event_page(store, event_id))

    @app.get("/document/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document(request: Request, doc_id: str) -> Response:
        with gate.read() as store:
            data = web_views.document_page(store, doc_id)
            mark_events(store, data["events"])
            return page(request, "document.html.j2", **data)

    @app.get("/conflicts", response_class=HTMLResponse, include_in_schema=False)
    def conflicts(request: Request) -> Response:
        with gate.read() as store:
            return page(request, "conflicts.html.j2", **web_views.conflicts_page(store))

    @app.get("/new", response_class=HTMLResponse, include_in_schema=False)
    def whats_new(request: Request) -> Response:
        with gate.read() as store:
            return page(request, "new.html.j2", **web_views.whats_new(store))

    @app.get("/alerts.atom", include_in_schema=False)
    def alerts_atom(request: Request) -> Response:
        with gate.read() as store:
            recent = web_views.whats_new(store, events=0)["alerts"]
        return Response(alert_output.atom_feed(recent, str(request.base_url), version=__version__),
                        media_type="application/atom+xml; charset=utf-8")

    app.include_router(web_api.router(gate))
    web_ingest.register(app, gate, allow_ingest)
    web_watch.register(app, gate, allow_ingest)
    return app


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000, allow_ingest: bool = False) -> None:
    """Run the web UI with uvicorn until interrupted."""
    import uvicorn

    hosts = list(LOOPBACK_HOSTS) if host in LOOPBACK_HOSTS else None
    app = create_app(db_path, allow_ingest=allow_ingest, allowed_hosts=hosts)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", limit_concurrency=64,
                    h11_max_incomplete_event_size=65536)
    finally:
        job = getattr(app.state, "ingest_job", None)
        if job is not None:
            job.close()  # no upload folder is left in the temporary directory
