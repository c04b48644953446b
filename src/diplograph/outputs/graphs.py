"""Extra export formats: graphs (GEXF, GraphML), TimelineJS, FollowTheMoney, CAMEO-style TSV, Parquet.

Graph and timeline writers take the dicts built by :mod:`diplograph.analysis`;
the others read the store directly.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from diplograph.analysis import queries
from diplograph.analysis.common import happened
from diplograph.analysis.labels import plural
from diplograph.extract.events.ontology import load_ontology
from diplograph.store.database import Store

if TYPE_CHECKING:
    import networkx as nx

TABLES = ("documents", "sentences", "actors", "actor_mentions", "events", "event_mentions", "quotes", "claims",
          "merge_overrides")
CAMEO_COLUMNS = ("date", "source_name", "source_country", "cameo_root", "plover_type", "target_name",
                 "target_country", "intensity", "quad", "doc", "sentence")


class FormatError(ValueError):
    """An export cannot be written (one-line message)."""


# -- graphs ----------------------------------------------------------------------------------

def _first_day(date: str | None) -> str | None:
    if not date:
        return None
    parts = date.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def _last_day(date: str | None) -> str | None:
    if not date:
        return None
    parts = date.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    return date


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """GEXF/GraphML attribute values: no None; lists and dicts as JSON text."""
    out = {}
    for k, v in attrs.items():
        if v is None:
            continue
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
    return out


def to_networkx(net: dict[str, Any], *, times: bool = False) -> "nx.DiGraph":
    """A directed graph from :func:`diplograph.analysis.network` (``times`` adds GEXF start/end)."""
    import networkx as nx  # loaded when a graph is written, not by every command
    g = nx.DiGraph(name="diplograph actor network")
    for n in net["nodes"]:
        attrs = _clean({k: v for k, v in n.items() if k not in ("id", "first", "last")})
        attrs["label"] = n["name"]
        if times and n.get("first"):
            attrs["start"], attrs["end"] = _first_day(n["first"]), _last_day(n["last"])
        g.add_node(n["id"], **attrs)
    for e in net["edges"]:
        attrs = _clean({k: v for k, v in e.items() if k not in ("source", "target", "first", "last")})
        attrs["weight"] = float(e["count"])
        if times and e.get("first"):
            attrs["start"], attrs["end"] = _first_day(e["first"]), _last_day(e["last"])
        g.add_edge(e["source"], e["target"], **attrs)
    return g


def to_gexf(net: dict[str, Any]) -> str:
    """GEXF 1.2 text; nodes and edges carry start/end dates from their first/last dated events."""
    buf = io.BytesIO()
    import networkx as nx
    nx.write_gexf(to_networkx(net, times=True), buf)
    return buf.getvalue().decode("utf-8")


def to_graphml(net: dict[str, Any]) -> str:
    """GraphML text (first/last dates kept as plain attributes)."""
    g = to_networkx(net)
    for n in net["nodes"]:
        g.nodes[n["id"]].update(_clean({"first": n.get("first"), "last": n.get("last")}))
    for e in net["edges"]:
        g.edges[e["source"], e["target"]].update(_clean({"first": e.get("first"), "last": e.get("last")}))
    buf = io.BytesIO()
    import networkx as nx
    nx.write_graphml(g, buf)
    return buf.getvalue().decode("utf-8")


# -- TimelineJS ------------------------------------------------------------------------------

def _tl_date(date: str) -> dict[str, str]:
    parts = date.split("-")
    return {k: str(int(v)) for k, v in zip(("year", "month", "day"), parts)}


def timelinejs(tl: dict[str, Any], title: str = "diplograph timeline") -> dict[str, Any]:
    """TimelineJS3 JSON from :func:`diplograph.analysis.timeline` (dated events only; HTML-escaped text)."""
    events = []
    for e in tl["events"]:
        src = (e.get("source") or {}).get("name") or "—"
        tgt = (e.get("target") or {}).get("name") or "—"
        docs = "; ".join(html.escape(s.get("title") or s["doc"]) for s in e.get("sources", []))
        text = f"<p>{html.escape((e.get('sentence') or '').strip())}</p>"
        text += f"<p><small>{html.escape(e.get('modality') or '')} · sources: {docs}</small></p>"
        events.append({
            "unique_id": e["id"], "start_date": {**_tl_date(e["date"]), "display_date": e["date"]},
            "text": {"headline": html.escape(f"{src} {e['type']} {tgt}"), "text": text},
            "group": e["type"],
        })
    n_undated = len(tl.get("undated", []))
    return {"title": {"text": {"headline": html.escape(title),
                               "text": f"<p>{plural(len(events), 'dated event')}; "
                                       f"{plural(n_undated, 'undated event')} not shown.</p>"}},
            "events": events}


# -- FollowTheMoney --------------------------------------------------------------------------

def _ftm_id(*parts: Any) -> str:
    return "dg-" + hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


def _props(**values: Any) -> dict[str, list[str]]:
    out = {}
    for k, v in values.items():
        vals = v if isinstance(v, (list, tuple)) else [v]
        vals = [str(x) for x in vals if x is not None and x != ""]
        if vals:
            out[k] = vals
    return out


def followthemoney(store: Store) -> Iterator[dict[str, Any]]:
    """FollowTheMoney entities (one dict per JSONL line): Document, Person, Organization, Mention, Event.

    Persons are actors of kind ``person``; every other actor (states, IGOs, groups)
    is an Organization.  Each Event names its involved parties and its proof documents.
    """
    actor_ids: dict[str, str] = {}
    doc_ids: dict[str, str] = {}
    for d in queries.documents(store):
        doc_ids[d["doc"]] = _ftm_id("doc", d["doc"])
        yield {"id": doc_ids[d["doc"]], "schema": "Document",
               "properties": _props(title=d["title"] or d["doc"], fileName=d["path"], author=d["author"],
                                    publishedAt=d["published"], contentHash=d["sha256"])}
    for a in queries.actors(store):
        actor_ids[a["id"]] = _ftm_id("actor", a["id"])
        schema = "Person" if a["kind"] == "person" else "Organization"
        yield {"id": actor_ids[a["id"]], "schema": schema,
               "properties": _props(name=a["name"], alias=a["aliases"],
                                    notes=f"diplograph actor {a['id']} ({a['kind'] or 'unknown kind'}; "
                                          f"country {a['country'] or 'unknown'})")}
    for m in store.query("SELECT doc_id, actor_id, text, count(*) AS n FROM actor_mentions GROUP BY ALL "
                         "ORDER BY doc_id, actor_id, text"):
        if m["actor_id"] not in actor_ids or m["doc_id"] not in doc_ids:
            continue
        yield {"id": _ftm_id("mention", m["doc_id"], m["actor_id"], m["text"]), "schema": "Mention",
               "properties": _props(name=m["text"], resolved=actor_ids[m["actor_id"]],
                                    document=doc_ids[m["doc_id"]])}
    for e in queries.events(store):
        involved = [actor_ids[x["id"]] for x in (e["source"], e["target"]) if x and x["id"] in actor_ids]
        organizer = actor_ids.get(e["source"]["id"]) if e["source"] else None
        src = e["source"]["name"] if e["source"] else "someone"
        tgt = e["target"]["name"] if e["target"] else "someone"
        sentence = e["mentions"][0]["text"] if e["mentions"] else None
        yield {"id": _ftm_id("event", e["id"]), "schema": "Event",
               "properties": _props(name=f"{src} {e['type']} {tgt}", date=e["date"], summary=sentence,
                                    involved=involved, organizer=organizer,
                                    proof=sorted({doc_ids[m["doc"]] for m in e["mentions"] if m["doc"] in doc_ids}),
                                    keywords=[e["type"], e["modality"], "negated" if e["negated"] else None],
                                    notes=f"diplograph event {e['id']}; intensity {e['intensity']}; "
                                          f"quad {e['quad']}; happened: {happened(e)}")}


# -- CAMEO-style TSV -------------------------------------------------------------------------

def _cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())  # no tabs or newlines inside a cell


def cameo_tsv(store: Store, header: bool = True) -> Iterator[str]:
    """GDELT/ICEWS-style rows (one per event with at least one actor), tab-separated, header first.

    Columns: date, source name, source country, CAMEO root(s) of the PLOVER type
    (``/``-joined), PLOVER type, target name, target country, intensity, quad,
    first document, its sentence.  Persons acting for a state carry that state's country.
    """
    onto = load_ontology()
    if header:
        yield "\t".join(CAMEO_COLUMNS)
    for e in queries.events(store):
        if not e["source"] and not e["target"]:
            continue
        et = onto.types.get(e["type"])
        first = e["mentions"][0] if e["mentions"] else {}
        src, tgt = e["source"] or {}, e["target"] or {}
        row = (e["date"], src.get("name"), src.get("country"),
               "/".join(et.cameo_root) if et else None, e["type"], tgt.get("name"),
               tgt.get("country"),
               e["intensity"], e["quad"], first.get("doc"), first.get("text"))
        yield "\t".join(_cell(v) for v in row)


# -- Parquet ---------------------------------------------------------------------------------

def parquet(store: Store, table: str, path: str | Path) -> int:
    """Write one store table to a Parquet file with DuckDB's ``COPY``; returns its row count."""
    if table not in TABLES:
        raise FormatError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    target = str(path).replace("'", "''")
    try:
        store.con.execute(f"COPY {table} TO '{target}' (FORMAT PARQUET)")
    except Exception as exc:  # duckdb.IOException and friends
        raise FormatError(f"{path}: cannot write Parquet: {exc}".splitlines()[0]) from exc
    return store.scalar(f"SELECT count(*) FROM {table}")


def parquet_all(store: Store, directory: str | Path) -> dict[str, int]:
    """Every table as ``DIRECTORY/<table>.parquet``; returns rows written per table."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    return {t: parquet(store, t, out / f"{t}.parquet") for t in TABLES}
