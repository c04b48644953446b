"""One self-contained, offline HTML report (Plotly embedded, no remote assets).

``render_report(store, a, b)`` reports on one dyad; with no dyad it summarises
the whole corpus.  All text from articles goes through Jinja2 autoescaping; the
chart data is embedded as JSON with ``<``, ``>`` and ``&`` escaped.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import jinja2
import networkx as nx

from diplograph import __version__
from diplograph import analysis
from diplograph.analysis import queries
from diplograph.analysis.labels import plural
from diplograph.extract.actors.loading import load_kb
from diplograph.store.database import Store

TEMPLATE_PACKAGE = "diplograph.outputs"
COOP, CONFLICT, NEUTRAL = "#2b8a3e", "#c92a2a", "#868e96"
TONES = {"coop": COOP, "conf": CONFLICT, "muted": NEUTRAL}
# Each PLOVER type's fixed colour, by quad class: blues verbal cooperation, greens material
# cooperation, oranges verbal conflict, reds material conflict (same in every chart and legend).
QUAD_SHADES = {1: ("#1864ab", "#1c7ed6", "#4dabf7", "#74c0fc", "#0b7285"),
               2: ("#2b8a3e", "#40c057", "#8ce99a", "#5c940d", "#087f5b"),
               3: ("#d9480f", "#f76707", "#ffa94d", "#f59f00", "#e8590c"),
               4: ("#c92a2a", "#f03e3e", "#ff8787", "#a61e4d", "#862e9c")}


def type_colors() -> dict[str, str]:
    """PLOVER type -> colour, grouped by quad class (ontology order within a quad)."""
    from diplograph.extract.events.ontology import load_ontology
    onto = load_ontology()
    out: dict[str, str] = {}
    used = {q: 0 for q in QUAD_SHADES}
    for name, spec in onto.types.items():
        shades = QUAD_SHADES[spec.quad_class]
        out[name] = shades[used[spec.quad_class] % len(shades)]
        used[spec.quad_class] += 1
    return out


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader(TEMPLATE_PACKAGE, "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["plural"] = plural
    env.globals["type_colors"] = type_colors()  # one colour per PLOVER type, as in the charts and the web UI
    return env


def safe_json(value: Any) -> str:
    """JSON that can sit inside a ``<script>`` element (no ``</script>``, no HTML specials)."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def plotly_js() -> str:
    """plotly.min.js from the installed ``plotly`` package (offline)."""
    from plotly.offline import get_plotlyjs
    return get_plotlyjs().replace("</script", "<\\/script")


# -- figures (plain Plotly figure dicts) ----------------------------------------------------

def trajectory_figure(traj: dict[str, Any]) -> dict[str, Any]:
    """Index lines for a→b, b→a and combined, count bars, and phase markers."""
    x = [p["start"] for p in traj["points"]]
    text = [p["period"] for p in traj["points"]]
    an, bn = traj["a"]["name"], traj["b"]["name"]
    top = max([p["combined"]["count"] for p in traj["points"]] + [1])
    data: list[dict[str, Any]] = [{
        "type": "bar", "name": "events (count)", "x": x, "y": [p["combined"]["count"] for p in traj["points"]],
        "yaxis": "y2", "marker": {"color": "rgba(134,142,150,0.35)"}, "text": text, "textposition": "none",
        "hovertemplate": "%{text}: events %{y}<extra></extra>"}]
    for key, name, color, dash in (("a_to_b", f"{an} → {bn}", "#1c7ed6", "dot"),
                                   ("b_to_a", f"{bn} → {an}", "#f08c00", "dot"),
                                   ("combined", "combined", "#212529", "solid")):
        data.append({
            "type": "scatter", "mode": "lines+markers", "name": name, "x": x,
            "y": [p[key]["index"] for p in traj["points"]], "connectgaps": False,  # no line over empty periods
            "line": {"color": color, "dash": dash, "width": 3 if key == "combined" else 2},
            "customdata": [[p["period"], p[key]["happened"], ", ".join(p[key]["index_events"][:5])]
                           for p in traj["points"]],
            "hovertemplate": "%{customdata[0]}: index %{y:.2f}, events that happened %{customdata[1]}<br>"
                             "%{customdata[2]}<extra>" + name + "</extra>"})
    shapes = [{"type": "line", "xref": "x", "yref": "paper", "x0": ph["start"], "x1": ph["start"], "y0": 0, "y1": 1,
               "line": {"color": TONES.get(ph.get("tone"), NEUTRAL), "dash": "dash"}} for ph in traj["phases"]]
    shapes.append({"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": 0, "y1": 0,
                   "line": {"color": NEUTRAL, "width": 1}})
    annotations = [{"x": ph["start"], "y": 1, "yref": "paper", "text": ph["period"], "showarrow": False,
                    "yanchor": "bottom"} for ph in traj["phases"]]
    return {"data": data, "layout": {
        "title": {"text": f"{an} – {bn}: cooperation (+) vs conflict (−) by {traj['period']}"},
        "yaxis": {"title": {"text": "mean intensity"}, "range": [-10.5, 10.5], "zeroline": True},
        "yaxis2": {"title": {"text": "events"}, "overlaying": "y", "side": "right", "showgrid": False,
                   "range": [0, 2 * top], "tickmode": "linear", "tick0": 0, "dtick": max(1, -(-top // 4)),
                   "tickformat": "d"},
        "xaxis": {"type": "date"}, "shapes": shapes, "annotations": annotations,
        "legend": {"orientation": "h"}, "margin": {"t": 60, "l": 60, "r": 60, "b": 40}, "height": 460}}


def network_figure(net: dict[str, Any], limit: int = 60) -> dict[str, Any]:
    """A spring-layout drawing, one line per pair of actors coloured by the mean intensity of the
    events between them both ways (green cooperation, red conflict; two directions drawn apart
    would hide one under the other), node size = weighted degree."""
    keep = {n["id"] for n in net["nodes"][:limit]}
    nodes = [n for n in net["nodes"] if n["id"] in keep]
    edges = [{"source": d["a"], "target": d["b"],
              "sign": 0 if not d["mean_intensity"] else (1 if d["mean_intensity"] > 0 else -1)}
             for d in analysis.top_dyads(net, len(net["edges"])) if d["a"] in keep and d["b"] in keep]
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in nodes)
    g.add_edges_from((e["source"], e["target"]) for e in edges)
    pos = {k: (round(float(v[0]), 4), round(float(v[1]), 4)) for k, v in nx.spring_layout(g, seed=7).items()} \
        if g.number_of_nodes() else {}
    data: list[dict[str, Any]] = []
    for sign, name, color in ((1, "cooperation", COOP), (-1, "conflict", CONFLICT), (0, "neutral", NEUTRAL)):
        xs: list[Any] = []
        ys: list[Any] = []
        for e in edges:
            if e["sign"] == sign:
                (x0, y0), (x1, y1) = pos[e["source"]], pos[e["target"]]
                xs += [x0, x1, None]
                ys += [y0, y1, None]
        if xs:
            data.append({"type": "scatter", "mode": "lines", "name": name, "x": xs, "y": ys,
                         "line": {"color": color, "width": 1.5}, "hoverinfo": "skip"})
    data.append({
        "type": "scatter", "mode": "markers+text", "name": "actors",
        "x": [pos[n["id"]][0] for n in nodes], "y": [pos[n["id"]][1] for n in nodes],
        "text": [n["name"] for n in nodes], "textposition": "top center",
        "marker": {"size": [8 + 2 * min(n["weighted_degree"], 20) for n in nodes], "color": "#495057"},
        "customdata": [[n["kind"] or "", n["degree"], n["weighted_degree"], n["betweenness"]] for n in nodes],
        "hovertemplate": "%{text} (%{customdata[0]})<br>degree %{customdata[1]}, weighted %{customdata[2]}, "
                         "betweenness %{customdata[3]}<extra></extra>"})
    axis = {"visible": False}
    return {"data": data, "layout": {"title": {"text": "Actor network (events that happened)"},
                                     "xaxis": axis, "yaxis": axis, "showlegend": True, "height": 560,
                                     "margin": {"t": 50, "l": 20, "r": 20, "b": 20}}}


def types_figure(counts: dict[str, Any]) -> dict[str, Any]:
    """Stacked bars: events that happened per year and PLOVER type, the types in their quad classes'
    order (cooperation at the bottom and first in the legend)."""
    colors = type_colors()
    order = {t: i for i, t in enumerate(colors)}
    years = [f"{y}-01-01" for y in counts["years"]]
    data = [{"type": "bar", "name": t, "x": years, "y": ys, "marker": {"color": colors.get(t, NEUTRAL)},
             "xperiod": "M12", "xperiodalignment": "middle"}
            for t, ys in sorted(counts["types"].items(), key=lambda kv: order.get(kv[0], len(order)))]
    return {"data": data, "layout": {"barmode": "stack", "title": {"text": "Event types per year (dated events)"},
                                     "legend": {"traceorder": "normal"},
                                     "xaxis": {"type": "date", "tickformat": "%Y"}, "height": 420,
                                     "margin": {"t": 50, "l": 50, "r": 20, "b": 40}}}


# -- dyad selections (shared with the web UI) ------------------------------------------------

def dyad_quotes(store: Store, traj: dict[str, Any]) -> list[dict[str, Any]]:
    """Quotes by either side of the dyad, or by a person of either side's country."""
    keep = {traj["a"]["id"], traj["b"]["id"]}
    countries = {traj["a"]["country"], traj["b"]["country"]} - {None}
    return [q for q in queries.quotes(store) if q["speaker"] and (
        q["speaker"]["id"] in keep or (q["speaker"]["kind"] == "person" and q["speaker"]["country"] in countries))]


def dyad_conflicts(store: Store, traj: dict[str, Any]) -> list[dict[str, Any]]:
    """Contradictory claims whose subject names either side of the dyad."""
    keep = {traj["a"]["id"], traj["b"]["id"]}
    return [c for c in queries.conflicts(store) if keep & set(c["about"]["subject"].split("|"))]


# -- the report -----------------------------------------------------------------------------

def _sources(store: Store, doc_ids: set[str] | None) -> list[dict[str, Any]]:
    return [d for d in queries.documents(store) if doc_ids is None or d["doc"] in doc_ids]


def render_report(store: Store, a: str | None = None, b: str | None = None) -> str:
    """The HTML report for the dyad ``a``–``b``, or for the whole corpus when neither is given."""
    if (a is None) != (b is None):
        raise ValueError("a dyad report needs two actors (or none for the whole corpus)")
    figures: dict[str, Any] = {}
    ctx: dict[str, Any] = {"version": __version__, "counts": store.counts(),
                           "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    if a is not None:
        traj = analysis.dyad_trajectory(store, a, b)
        aid, bid = traj["a"]["id"], traj["b"]["id"]
        tl = analysis.timeline(store, dyad=(aid, bid))
        net = analysis.network(store, around=[aid, bid])
        figures["trajectory"] = trajectory_figure(traj)
        quotes = dyad_quotes(store, traj)
        conflicts = dyad_conflicts(store, traj)
        doc_ids = {s["doc"] for e in tl["events"] + tl["undated"] for s in e["sources"]}
        lineage = {x.id: x.predecessor for x in load_kb() if x.predecessor}
        ctx.update(title=f"{traj['a']['name']} – {traj['b']['name']}", dyad=True, trajectory=traj,
                   context=analysis.context(store, aid, bid, lineage))
    else:
        tl = analysis.timeline(store)
        net = analysis.network(store)
        counts = analysis.type_counts_over_time(store)
        figures["types"] = types_figure(counts)
        quotes = queries.quotes(store)
        conflicts = queries.conflicts(store)
        doc_ids = None
        ctx.update(title="Whole corpus", dyad=False, top_dyads=analysis.top_dyads(net, 15),
                   top_actors=net["nodes"][:15], type_counts=counts)
    figures["network"] = network_figure(net)
    ctx.update(timeline=tl, network=net, quotes=quotes, conflicts=conflicts,
               sources=_sources(store, doc_ids), figures_json=safe_json(figures), plotly_js=plotly_js())
    return _env().get_template("report.html.j2").render(**ctx)
