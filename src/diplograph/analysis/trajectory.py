"""Analyses over a store: dyad trajectories, timelines and the actor network.

Pure functions: each takes an open :class:`~diplograph.store.Store`, reads it
through :mod:`diplograph.queries`, and returns plain dicts (JSON-ready) that the
CLI, the HTML report and the graph exports draw from.

Conventions shared by all three:

* an event *happened* when its modality is ``asserted`` and it is not negated;
  only such events enter the cooperation–conflict index and the network;
* a dyad side is the state a person acts for (``via``) when known, else the actor;
* undated events are never placed at a guessed date: they are listed apart.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

import networkx as nx

from diplograph.analysis import queries
from diplograph.store.database import Store

PERIODS = ("auto", "year", "quarter", "month")
PRECISION_RANK = {"year": 0, "quarter": 1, "month": 1, "day": 2}
PHASE_THRESHOLD = 3.0  # shift of the mean index (on the -10..10 scale) that marks a new phase
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


# -- small helpers ---------------------------------------------------------------------------

def happened(ev: dict[str, Any]) -> bool:
    """True when the event is asserted and not negated (counts as having happened)."""
    return ev.get("modality") == "asserted" and not ev.get("negated")


def side(actor: dict[str, Any] | None) -> str | None:
    """The dyad side an actor object stands for: its ``via`` state when present, else itself."""
    if not actor:
        return None
    return actor.get("via") or actor.get("id")


def date_precision(date: str | None) -> str | None:
    """``year``/``month``/``day`` from the shape of an ISO partial date."""
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date))


def period_key(date: str, period: str) -> str | None:
    """The period a date falls in, or None when the date is too coarse for it."""
    prec = date_precision(date)
    if prec is None:
        return None
    if period == "year":
        return date[:4]
    if prec == "year":
        return None  # a bare year cannot be put in one quarter or month
    if period == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"
    if period == "month":
        return date[:7]
    raise ValueError(f"unknown period {period!r}; choose one of {', '.join(PERIODS)}")


def _period_index(key: str, period: str) -> int:
    y = int(key[:4])
    if period == "year":
        return y
    if period == "quarter":
        return y * 4 + int(key[-1]) - 1
    return y * 12 + int(key[5:7]) - 1


def _period_from_index(i: int, period: str) -> str:
    if period == "year":
        return f"{i:04d}"
    if period == "quarter":
        return f"{i // 4:04d}-Q{i % 4 + 1}"
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


def period_start(key: str) -> str:
    """First day of a period key (``2003``, ``2003-Q2``, ``2003-05``) as YYYY-MM-DD."""
    if len(key) == 4:
        return f"{key}-01-01"
    if "-Q" in key:
        return f"{key[:4]}-{(int(key[-1]) - 1) * 3 + 1:02d}-01"
    return f"{key}-01"


def choose_period(dates: Iterable[str]) -> str:
    """``auto``: years for spans of 4+ years or mostly year-only dates, quarters for 1-4 years, else months."""
    dates = [d for d in dates if d]
    if not dates:
        return "year"
    coarse = sum(1 for d in dates if date_precision(d) == "year")
    if coarse * 2 > len(dates):
        return "year"
    months = [int(d[:4]) * 12 + (int(d[5:7]) - 1 if len(d) >= 7 else 0) for d in dates]
    span = max(months) - min(months)
    if span >= 48:
        return "year"
    if span >= 12:
        return "quarter"
    return "month"


def _brief(ev: dict[str, Any]) -> dict[str, Any]:
    first = ev["mentions"][0] if ev.get("mentions") else {}
    return {"id": ev["id"], "type": ev["type"], "date": ev.get("date"), "date_text": ev.get("date_text"),
            "source": (ev.get("source") or {}).get("name"), "target": (ev.get("target") or {}).get("name"),
            "modality": "negated" if ev.get("negated") else ev.get("modality"), "happened": happened(ev),
            "intensity": ev.get("intensity"), "quad": ev.get("quad"),
            "doc": first.get("doc"), "sentence": first.get("text")}


def _stats(evs: list[dict[str, Any]]) -> dict[str, Any]:
    done = [e for e in evs if happened(e) and e.get("intensity") is not None]
    quads = Counter(e.get("quad") for e in evs if happened(e) and e.get("quad"))
    index = round(sum(e["intensity"] for e in done) / len(done), 3) if done else None
    return {"count": len(evs), "happened": len(done), "index": index,
            "quads": {str(q): quads.get(q, 0) for q in (1, 2, 3, 4)},
            "events": [e["id"] for e in evs], "index_events": [e["id"] for e in done]}


def _label(evs: list[dict[str, Any]], limit: int = 3) -> str:
    types = Counter(e["type"] for e in evs if happened(e))
    return ", ".join(f"{t}×{n}" if n > 1 else t for t, n in types.most_common(limit)) or "no events that happened"


# -- dyad trajectory -------------------------------------------------------------------------

def dyad_direction(ev: dict[str, Any], a: str, b: str) -> str | None:
    """``a_to_b``, ``b_to_a`` or None for an event of the dyad (ids or via states)."""
    s, t = side(ev.get("source")), side(ev.get("target"))
    sid, tid = (ev.get("source") or {}).get("id"), (ev.get("target") or {}).get("id")
    if (s, t) == (a, b) or (sid, tid) == (a, b):
        return "a_to_b"
    if (s, t) == (b, a) or (sid, tid) == (b, a):
        return "b_to_a"
    return None


def dyad_trajectory(store: Store, a: str, b: str, period: str = "auto",
                    threshold: float = PHASE_THRESHOLD) -> dict[str, Any]:
    """How relations between ``a`` and ``b`` moved over time.

    Per period (gaps filled with empty points): for ``a_to_b``, ``b_to_a`` and
    ``combined``, the event count, the cooperation–conflict ``index`` (mean
    intensity of the events that happened; None when none did), counts per quad
    and the ids behind the point.  ``phases`` are change points between
    consecutive non-empty periods of the combined index: the index changes sign,
    or moves by ``threshold`` or more.  Events dated more coarsely than the period
    are listed in ``imprecise``; undated ones in ``undated``.
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; choose one of {', '.join(PERIODS)}")
    aid, bid = queries.find_actor(store, a), queries.find_actor(store, b)
    if aid == bid:
        raise ValueError(f"{a!r} and {b!r} are the same actor ({aid})")
    info = queries._actor_info(store, [aid, bid])  # name, kind, country: no mention counts needed
    # counts and indexes need no mentions; only the events listed apart show a sentence
    evs = [e for e in queries.events(store, dyad=(aid, bid), mentions=False) if dyad_direction(e, aid, bid)]
    dated = [e for e in evs if e.get("date")]
    chosen = choose_period(e["date"] for e in dated) if period == "auto" else period
    apart = {e["id"] for e in evs if not e.get("date") or period_key(e["date"], chosen) is None}
    if apart:
        full = {e["id"]: e for e in queries.events_by_id(store, apart)}
        evs = [full.get(e["id"], e) for e in evs]
        dated = [e for e in evs if e.get("date")]
    buckets: dict[str, list[dict[str, Any]]] = {}
    imprecise = []
    for e in dated:
        key = period_key(e["date"], chosen)
        if key is None:
            imprecise.append(_brief(e) | {"direction": dyad_direction(e, aid, bid)})
        else:
            buckets.setdefault(key, []).append(e)
    points = []
    if buckets:
        idx = sorted(_period_index(k, chosen) for k in buckets)
        for i in range(idx[0], idx[-1] + 1):
            key = _period_from_index(i, chosen)
            group = buckets.get(key, [])
            points.append({
                "period": key, "start": period_start(key),
                "a_to_b": _stats([e for e in group if dyad_direction(e, aid, bid) == "a_to_b"]),
                "b_to_a": _stats([e for e in group if dyad_direction(e, aid, bid) == "b_to_a"]),
                "combined": _stats(group),
                "label": _label(group) if group else "",
            })
    phases = find_phases(points, buckets, threshold)
    undated = [_brief(e) | {"direction": dyad_direction(e, aid, bid)} for e in evs if not e.get("date")]
    totals = _stats(dated)
    return {
        "a": _actor_summary(info, aid), "b": _actor_summary(info, bid), "period": chosen,
        "requested_period": period, "threshold": threshold, "points": points, "phases": phases,
        "segments": _segments(points, phases), "totals": {k: totals[k] for k in ("count", "happened", "index", "quads")},
        "imprecise": imprecise, "undated": undated,
    }


def _actor_summary(info: dict[str, dict[str, Any]], aid: str) -> dict[str, Any]:
    r = info.get(aid, {})
    return {"id": aid, "name": r.get("name", aid), "kind": r.get("kind"), "country": r.get("country")}


def find_phases(points: list[dict[str, Any]], buckets: dict[str, list[dict[str, Any]]],
                threshold: float = PHASE_THRESHOLD) -> list[dict[str, Any]]:
    """Change points of the combined index between consecutive periods that have one.

    A change point is a sign change (cooperation ↔ conflict; zero counts as
    neither) or a shift of ``threshold`` or more.  Each names the periods, the two
    index values, why it was marked, and the event types/ids of the new period.
    """
    scored = [p for p in points if p["combined"]["index"] is not None]
    phases = []
    for prev, cur in zip(scored, scored[1:]):
        x, y = prev["combined"]["index"], cur["combined"]["index"]
        shift = round(y - x, 3)
        sign_change = x * y < 0
        if not sign_change and abs(shift) < threshold:
            continue
        group = buckets.get(cur["period"], [])
        direction = "toward cooperation" if shift > 0 else "toward conflict"
        phases.append({
            "period": cur["period"], "start": cur["start"], "previous": prev["period"],
            "from_index": x, "to_index": y, "shift": shift,
            "reason": "sign change" if sign_change else f"shift ≥ {threshold:g}",
            "direction": direction,
            "types": dict(Counter(e["type"] for e in group if happened(e)).most_common()),
            "events": [e["id"] for e in group if happened(e)],
            "before_types": dict(Counter(e["type"] for e in buckets.get(prev["period"], []) if happened(e))
                                 .most_common()),
            "label": f"{cur['period']}: {direction} ({x:+.1f} → {y:+.1f}; {_label(group)})",
        })
    return phases


def _segments(points: list[dict[str, Any]], phases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stretches between change points, with their mean index (periods with an index only)."""
    scored = [p for p in points if p["combined"]["index"] is not None]
    if not scored:
        return []
    cuts = {ph["period"] for ph in phases}
    segs: list[list[dict[str, Any]]] = [[]]
    for p in scored:
        if p["period"] in cuts and segs[-1]:
            segs.append([])
        segs[-1].append(p)
    out = []
    for seg in segs:
        ids = [i for p in seg for i in p["combined"]["index_events"]]
        total = sum(p["combined"]["index"] * p["combined"]["happened"] for p in seg)
        n = sum(p["combined"]["happened"] for p in seg)
        out.append({"from": seg[0]["period"], "to": seg[-1]["period"], "periods": len(seg),
                    "index": round(total / n, 3) if n else None, "events": ids})
    return out


# -- timeline --------------------------------------------------------------------------------

def _in_range(date: str, since: str | None, until: str | None) -> bool:
    if since and date < since:
        return False
    if until and date[:len(until)] > until:
        return False
    return True


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
            if _in_range(e["date"], since, until):
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
    return {k: obj.get(k) for k in ("id", "name", "country", "kind", "via")}


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
            "date_text": e.get("date_text"), "type": e["type"], "source": _actor_brief(e.get("source")),
            "target": _actor_brief(e.get("target")),
            "modality": "negated" if e.get("negated") else e.get("modality"), "happened": happened(e),
            "intensity": e.get("intensity"), "quad": e.get("quad"), "sources": sources,
            "sentence": first.get("text")}


# -- network ---------------------------------------------------------------------------------

def network(store: Store, since: str | None = None, until: str | None = None,
            types: Iterable[str] | None = None, kinds: Iterable[str] | None = None,
            around: Iterable[str] | None = None, happened_only: bool = True) -> dict[str, Any]:
    """The actor network: who acted on whom, signed by cooperation vs conflict.

    Nodes are dyad sides (a person acting for a state counts as that state).
    Edges are directed source → target with ``count``, ``cooperation`` (quads 1-2)
    and ``conflict`` (quads 3-4) counts, ``mean_intensity`` and ``sign`` (+1/-1/0).
    Only events that happened count unless ``happened_only`` is False.  ``kinds``
    keeps nodes of those actor kinds; ``around`` keeps events touching those actors.
    Degree, weighted degree and betweenness are over the undirected graph.
    """
    type_set = {t.upper() for t in types} if types else None
    kind_set = {k.lower() for k in kinds} if kinds else None
    around_ids = {queries.find_actor(store, x) for x in around} if around else None
    info = {r["id"]: r for r in queries.actors(store)}
    edges: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for e in queries.events(store):
        s, t = side(e.get("source")), side(e.get("target"))
        if not s or not t or s == t:
            continue
        if happened_only and not happened(e):
            continue
        if type_set and e["type"] not in type_set:
            continue
        if (since or until) and not (e.get("date") and _in_range(e["date"], since, until)):
            continue
        if kind_set and not ((info.get(s, {}).get("kind") or "") in kind_set
                             and (info.get(t, {}).get("kind") or "") in kind_set):
            continue
        if around_ids and not ({s, t, e["source"]["id"], e["target"]["id"]} & around_ids):
            continue
        edges.setdefault((s, t), []).append(e)
    edge_rows = []
    for (s, t), evs in sorted(edges.items()):
        ints = [e["intensity"] for e in evs if e.get("intensity") is not None]
        mean = round(sum(ints) / len(ints), 3) if ints else None
        dates = sorted(e["date"] for e in evs if e.get("date"))
        edge_rows.append({
            "source": s, "target": t, "count": len(evs),
            "cooperation": sum(1 for e in evs if e.get("quad") in (1, 2)),
            "conflict": sum(1 for e in evs if e.get("quad") in (3, 4)),
            "mean_intensity": mean, "sign": 0 if not mean else (1 if mean > 0 else -1),
            "types": dict(Counter(e["type"] for e in evs).most_common()),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
            "events": [e["id"] for e in evs],
        })
    g = nx.Graph()
    for r in edge_rows:
        w = g.get_edge_data(r["source"], r["target"], {}).get("weight", 0)
        g.add_edge(r["source"], r["target"], weight=w + r["count"])
    between = nx.betweenness_centrality(g) if g.number_of_nodes() else {}
    nodes = []
    for n in sorted(g.nodes):
        a = info.get(n, {})
        mine = [r for r in edge_rows if n in (r["source"], r["target"])]
        dates = sorted(d for r in mine for d in (r["first"], r["last"]) if d)
        nodes.append({"id": n, "name": a.get("name", n), "kind": a.get("kind"), "country": a.get("country"),
                      "degree": g.degree(n), "weighted_degree": g.degree(n, weight="weight"),
                      "betweenness": round(between.get(n, 0.0), 4),
                      "first": dates[0] if dates else None, "last": dates[-1] if dates else None})
    nodes.sort(key=lambda r: (-r["weighted_degree"], r["id"]))
    return {"filters": {"since": since, "until": until, "types": sorted(type_set) if type_set else None,
                        "kinds": sorted(kind_set) if kind_set else None,
                        "around": sorted(around_ids) if around_ids else None, "happened_only": happened_only},
            "nodes": nodes, "edges": edge_rows}


def top_dyads(net: dict[str, Any], limit: int = 10) -> list[dict[str, Any]]:
    """Undirected dyads of a network, by event count."""
    names = {n["id"]: n["name"] for n in net["nodes"]}
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for e in net["edges"]:
        key = tuple(sorted((e["source"], e["target"])))
        p = pairs.setdefault(key, {"a": key[0], "b": key[1], "a_name": names.get(key[0], key[0]),
                                   "b_name": names.get(key[1], key[1]), "count": 0, "cooperation": 0,
                                   "conflict": 0, "_sum": 0.0, "_n": 0})
        p["count"] += e["count"]
        p["cooperation"] += e["cooperation"]
        p["conflict"] += e["conflict"]
        if e["mean_intensity"] is not None:
            p["_sum"] += e["mean_intensity"] * e["count"]
            p["_n"] += e["count"]
    out = []
    for p in pairs.values():
        p["mean_intensity"] = round(p.pop("_sum") / p["_n"], 3) if p["_n"] else None
        p.pop("_n")
        out.append(p)
    out.sort(key=lambda r: (-r["count"], r["a"], r["b"]))
    return out[:limit]


def type_counts_over_time(store: Store) -> dict[str, Any]:
    """Counts of events that happened, per year and PLOVER type (dated events only)."""
    rows = store.query(
        "SELECT left(date, 4) AS year, type, count(*) AS n FROM events "
        "WHERE date IS NOT NULL AND modality = 'asserted' AND NOT coalesce(negated, false) "
        "GROUP BY ALL ORDER BY year, type")
    years = sorted({r["year"] for r in rows})
    types = sorted({r["type"] for r in rows})
    table = {t: [0] * len(years) for t in types}
    for r in rows:
        table[r["type"]][years.index(r["year"])] = r["n"]
    undated = store.scalar("SELECT count(*) FROM events WHERE date IS NULL")
    return {"years": years, "types": table, "undated": undated}
