"""Rows of the actors table for the actors a document's records refer to (built where it is extracted)."""

from __future__ import annotations

from typing import Any, Iterable

from diplograph.extract.actors.kb import KnowledgeBase
from diplograph.records import DocResult, NewActor


def actor_row(actor_id: str, name: str, kind: str | None, country: str | None, sector: str | None,
              aliases: Iterable[str], roles: list[dict[str, Any]], origin: str) -> dict[str, Any]:
    return {"actor_id": actor_id, "name": name, "kind": kind, "country": country, "sector": sector,
            "aliases": sorted(set(aliases)), "roles": roles, "origin": origin}


def new_actor_row(a: NewActor) -> dict[str, Any]:
    return actor_row(a.actor_id, a.name, a.kind, a.country, a.sector, a.aliases, a.roles, "text")


def actor_rows(result: DocResult, kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Rows for every actor the result refers to (knowledge-base or learned)."""
    rows = {a.actor_id: new_actor_row(a) for a in result.new_actors}
    ids = {m.actor_id for m in result.mentions}
    for ev in result.events:
        for ref in (ev.source, ev.target, ev.reported_by):
            if ref is not None:
                ids.add(ref.actor_id)
                if ref.via:
                    ids.add(ref.via)
    for actor_id in sorted(ids):
        if actor_id in rows:
            continue
        actor = kb.get(actor_id)
        if actor is None:
            continue
        roles = [{"title": r.title, "of": r.of, "sector": r.sector, "start": r.start, "end": r.end}
                 for r in actor.roles]
        aliases = list(actor.aliases) + list(actor.demonyms) + list(actor.capitals) + list(actor.seats)
        rows[actor_id] = actor_row(actor.id, actor.name, actor.kind, actor.country, actor.sector,
                                   aliases, roles, "kb")
    return list(rows.values())
