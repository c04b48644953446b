"""Timelines: dated events in order with their sentences and sources; the context around a dyad."""

from __future__ import annotations

from typing import Any


from diplograph.analysis import queries
from diplograph.analysis.common import date_precision, happened, in_range
from diplograph.analysis.trajectory import dyad_direction
from diplograph.store.database import Store


# -- timeline --------------------------------------------------------------------------------

def timeline(store: Store, actor: str | None = None, dyad: tuple[str, str] | None = None,
             since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """Dated events in date order, each with its sentence and source documents.

    Undated events matching the actor/dyad filter are listed in ``undated`` (never
    given a guessed date; a date range cannot exclude them, so they are all kept).
    """
    evs = queries.events(store, actor=actor, dyad=tuple(dyad) if dyad else None, mentions="brief")
    cited = {m["doc"] for e in evs for m in e.get("mentions", [])}
    docs = queries.document_briefs(store, cited)
    dated, undated = [], []
    for e in evs:
        item = _timeline_item(e, docs)
        if e.get("date"):
            if in_range(e["date"], since, until):
                dated.append(item)
        else:
            undated.append(item)
    dated.sort(key=lambda r: (r["date"], r["type"], r["id"]))
    return {"filters": {"actor": actor, "dyad": list(dyad) if dyad else None, "since": since, "until": until},
            "events": dated, "undated": undated}


def context(store: Store, a: str, b: str, lineage: dict[str, str] | None = None,
            limit: int = 40) -> list[dict[str, Any]]:
    """Dated events that frame a dyad: either side (or a predecessor state, e.g. the
    Soviet Union for Russia, given in ``lineage`` as {successor: predecessor}) acting
    with anyone else.  Asserted, non-negated events only, in date order; the events
    of the dyad itself are left out (they are in its timeline)."""
    aid, bid = queries.find_actor(store, a), queries.find_actor(store, b)
    lineage = lineage or {}
    sides = {aid, bid}
    for x in (aid, bid):
        while x in lineage and lineage[x] not in sides:
            x = lineage[x]
            sides.add(x)
    docs = {d["doc"]: d for d in queries.documents(store)}
    seen, out = set(), []
    for actor in sorted(sides):
        try:
            evs = queries.events(store, actor=actor)
        except queries.QueryError:  # a predecessor the corpus never mentions
            continue
        for e in evs:
            if e["id"] in seen or not e.get("date") or not happened(e) or dyad_direction(e, aid, bid):
                continue
            seen.add(e["id"])
            out.append(_timeline_item(e, docs))
    out.sort(key=lambda r: (r["date"], r["type"], r["id"]))
    return out[:limit]


def _actor_brief(obj: dict[str, Any] | None) -> dict[str, Any] | None:
    if not obj:
        return None
    return {k: obj.get(k) for k in ("id", "name", "country", "kind", "via", "via_name")}


def _timeline_item(e: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    sources, seen = [], set()
    for m in e.get("mentions", []):
        if m["doc"] in seen:
            continue
        seen.add(m["doc"])
        d = docs.get(m["doc"], {})
        sources.append({"doc": m["doc"], "title": d.get("title"), "published": d.get("published"),
                        "published_how": d.get("published_how"), "path": d.get("path"),
                        "sentence_index": m.get("sentence"), "sentence": m.get("text")})
    first = e["mentions"][0] if e.get("mentions") else {}
    published = sorted(s["published"] for s in sources if s.get("published"))
    return {"id": e["id"], "date": e.get("date"), "reported_by": published[0] if published else None, "precision": e.get("date_precision") or date_precision(e.get("date")),
            "date_text": e.get("date_text"), "date_anchor": e.get("date_anchor"), "type": e["type"], "source": _actor_brief(e.get("source")),
            "target": _actor_brief(e.get("target")),
            "modality": "negated" if e.get("negated") else e.get("modality"), "happened": happened(e),
            "intensity": e.get("intensity"), "quad": e.get("quad"), "sources": sources,
            "sentence": first.get("text")}
