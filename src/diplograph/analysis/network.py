"""The actor network: weighted directed edges between dyad sides, top dyads, type counts over time."""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from diplograph.analysis import queries
from diplograph.analysis.common import happened, in_range, side
from diplograph.store.database import Store


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
        if (since or until) and not (e.get("date") and in_range(e["date"], since, until)):
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
            "source": s, "target": t, "source_name": info.get(s, {}).get("name", s),
            "target_name": info.get(t, {}).get("name", t), "count": len(evs),
            "cooperation": sum(1 for e in evs if e.get("quad") in (1, 2)),
            "conflict": sum(1 for e in evs if e.get("quad") in (3, 4)),
            "mean_intensity": mean, "sign": 0 if not mean else (1 if mean > 0 else -1),
            "types": dict(Counter(e["type"] for e in evs).most_common()),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
            "events": [e["id"] for e in evs],
        })
    import networkx as nx  # loaded only when a network is built, not by every command
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
                      "country_name": a.get("country_name"),
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
