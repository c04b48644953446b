"""The JSON API of the web UI (``/api/...``), described by FastAPI's ``/openapi.json``.

Records have the shapes of the JSONL export contract (README), because they come
from the same :mod:`queries` and :mod:`analysis` functions.
"""

from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Query

from diplograph import analysis
from diplograph.analysis import queries
from diplograph.web import views as web_views
from diplograph.web.common import (BadRequest, StoreGate, added_since_query, check_added_since, check_date,
                                   check_event_type, date_query, dyad_data, type_query)

def name_query() -> Any:
    return Query(None, max_length=200)


def _dyad(value: Optional[str]) -> Optional[tuple[str, str]]:
    if not value:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise BadRequest("dyad: give two actors separated by a comma, e.g. dyad=Russia,Taliban")
    return parts[0], parts[1]


def router(gate: StoreGate) -> APIRouter:
    api = APIRouter(prefix="/api", tags=["data"])

    @api.get("/events", summary="Events, filtered; dated first in date order")
    def events(actor: Optional[str] = name_query(), dyad: Optional[str] = name_query(), type: Optional[str] = type_query(),
               since: Optional[str] = date_query(), until: Optional[str] = date_query(),
               added_since: Optional[str] = added_since_query(),
               limit: int = Query(1000, ge=1, le=100_000)) -> list[dict[str, Any]]:
        """`dyad` is two actors separated by a comma (ids, names or aliases); `added_since` (2h, 1d, an ISO
        date or timestamp) keeps the events told by a document stored (added or replaced) since then."""
        since, until = check_date(since, "since"), check_date(until, "until")
        added = check_added_since(added_since)
        type = check_event_type(type)
        with gate.read() as store:
            return web_views.events_list(store, actor=actor or None, dyad=_dyad(dyad), type=type or None,
                                         since=since, until=until, limit=limit, added_since=added)

    @api.get("/event/{event_id}", summary="One event with every source mention")
    def event(event_id: str) -> dict[str, Any]:
        with gate.read() as store:
            return web_views.event_page(store, event_id)["event"]

    @api.get("/actors", summary="Actors with mention counts, most mentioned first")
    def actors() -> list[dict[str, Any]]:
        with gate.read() as store:
            return queries.actors(store)

    @api.get("/actor/{actor_id}", summary="One actor: record, partners, timeline and quotes")
    def actor(actor_id: str, type: Optional[str] = type_query(), since: Optional[str] = date_query(),
              until: Optional[str] = date_query()) -> dict[str, Any]:
        since, until = check_date(since, "since"), check_date(until, "until")
        type = check_event_type(type)
        with gate.read() as store:
            data = web_views.actor_page(store, web_views.resolve_actor(store, actor_id), since, until, type)
        for key in ("types", "documents"):
            data.pop(key)
        return data

    @api.get("/dyad/{a}/{b}", summary="A dyad: trajectory with change points, timeline, quotes, contradictions")
    def dyad(a: str, b: str, type: Optional[str] = type_query(), since: Optional[str] = date_query(),
             until: Optional[str] = date_query(), period: str = Query("auto", pattern="^(auto|year|quarter|month)$")
             ) -> dict[str, Any]:
        since, until = check_date(since, "since"), check_date(until, "until")
        type = check_event_type(type)
        with gate.read() as store:
            data = dyad_data(store, a, b, since, until, type, period)
        for key in ("figure", "types", "documents"):
            data.pop(key)
        return data

    @api.get("/quotes", summary="Quotations with resolved speakers")
    def quotes(speaker: Optional[str] = name_query()) -> list[dict[str, Any]]:
        with gate.read() as store:
            try:
                return queries.quotes(store, speaker=speaker or None)
            except queries.QueryError as exc:
                raise web_views.NotFound(str(exc)) from None

    @api.get("/conflicts", summary="Claims on which documents disagree")
    def conflicts() -> list[dict[str, Any]]:
        with gate.read() as store:
            return queries.conflicts(store)

    @api.get("/documents", summary="Stored documents with metadata")
    def documents() -> list[dict[str, Any]]:
        with gate.read() as store:
            return queries.documents(store)

    @api.get("/network", summary="The actor network (events that happened)")
    def network(since: Optional[str] = date_query(), until: Optional[str] = date_query()) -> dict[str, Any]:
        since, until = check_date(since, "since"), check_date(until, "until")
        with gate.read() as store:
            return analysis.network(store, since=since, until=until)

    @api.get("/search", summary="Actors, events, quotes and sentences matching a text")
    def search(q: str = Query(..., min_length=1, max_length=200)) -> dict[str, Any]:
        with gate.read() as store:
            return web_views.search(store, q)

    @api.get("/alerts", summary="Fired alerts, newest first (each cites its events, sentences and documents)")
    def alerts(limit: int = Query(web_views.WHATS_NEW_ALERTS, ge=1, le=10_000)) -> list[dict[str, Any]]:
        with gate.read() as store:
            return web_views.whats_new(store, alerts=limit, events=0)["alerts"]

    @api.get("/new", summary="What's new: the latest alerts and the events of the documents stored last")
    def whats_new() -> dict[str, Any]:
        with gate.read() as store:
            return web_views.whats_new(store)

    return api
