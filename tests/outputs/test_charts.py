"""Charts: gaps for empty periods, honest change-point wording, fixed type colours, time axes."""

from __future__ import annotations

from diplograph.analysis.trajectory import find_phases
from diplograph.outputs.report import trajectory_figure, type_colors, types_figure


def _stats(index, conflicts=0, count=2):
    return {"count": count, "happened": count, "index": index, "quads": {"1": count - conflicts, "2": 0,
            "3": conflicts, "4": 0}, "events": [], "index_events": []}


def _point(period, index, conflicts=0):
    s = _stats(index, conflicts) if index is not None else _stats(None, 0, 0)
    return {"period": period, "start": f"{period}-01-01", "a_to_b": s, "b_to_a": s, "combined": s, "label": ""}


def test_a_fall_that_stays_cooperative_is_less_cooperative():
    points = [_point("2001", 6.8), _point("2002", 3.6)]
    (ph,) = find_phases(points, {}, threshold=2.0)
    assert ph["direction"] == "less cooperative" and ph["tone"] == "muted"
    (ph,) = find_phases([_point("2001", 6.8), _point("2002", -2.0)], {}, threshold=2.0)
    assert ph["direction"] == "toward conflict" and ph["tone"] == "conf"
    (ph,) = find_phases([_point("2001", 6.8), _point("2002", 3.6, conflicts=1)], {}, threshold=2.0)
    assert ph["direction"] == "toward conflict"


def test_empty_periods_are_gaps():
    traj = {"a": {"name": "A"}, "b": {"name": "B"}, "period": "year", "phases": [],
            "points": [_point("2001", 2.0), _point("2002", None), _point("2003", 4.0)]}
    fig = trajectory_figure(traj)
    combined = next(t for t in fig["data"] if t.get("name") == "combined")
    assert combined["y"] == [2.0, None, 4.0] and combined["connectgaps"] is False
    lines = [t for t in fig["data"] if t["type"] == "scatter"]
    assert len(lines) == 3 and all(t["connectgaps"] is False and t["y"][1] is None for t in lines)  # each direction too
    assert fig["layout"]["xaxis"]["type"] == "date"


def test_every_type_has_its_own_colour_grouped_by_quad():
    colors = type_colors()
    assert len(colors) == 16 and len(set(colors.values())) == 16
    assert colors["ASSAULT"] != colors["CONSULT"]
    # one hue per quad class: blue verbal and green material cooperation, orange verbal and red material conflict
    import colorsys

    from diplograph.extract.events.ontology import load_ontology
    onto = load_ontology()
    hues = {}
    for t, c in colors.items():
        r, g, b = (int(c.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
        hues.setdefault(onto.quad(t), []).append(colorsys.rgb_to_hsv(r, g, b)[0] * 360)
    bands = {1: (190, 250), 2: (80, 170), 3: (10, 50), 4: (280, 370)}  # quad 4: red to crimson and purple
    for quad, hs in hues.items():
        lo, hi = bands[quad]
        assert all(lo <= h <= hi or lo <= h + 360 <= hi for h in hs), (quad, hs)
    fig = types_figure({"years": ["2001", "2003"], "types": {"ASSAULT": [1, 0], "CONSULT": [0, 2]}, "undated": 0})
    assert [t["name"] for t in fig["data"]] == ["CONSULT", "ASSAULT"]  # quad order: cooperation first
    assert [t["marker"]["color"] for t in fig["data"]] == [colors["CONSULT"], colors["ASSAULT"]]
    assert fig["layout"]["xaxis"]["type"] == "date" and fig["data"][0]["x"] == ["2001-01-01", "2003-01-01"]


def test_network_draws_one_line_per_pair_by_its_mean_both_ways():
    from diplograph.outputs.report import network_figure
    nodes = [{"id": x, "name": x, "kind": "state", "degree": 1, "weighted_degree": 3, "betweenness": 0.0}
             for x in ("A", "B", "C")]
    edge = {"cooperation": 0, "conflict": 0}
    net = {"nodes": nodes, "edges": [
        {**edge, "source": "A", "target": "B", "count": 5, "mean_intensity": 5.0, "sign": 1},
        {**edge, "source": "B", "target": "A", "count": 1, "mean_intensity": -2.0, "sign": -1},
        {**edge, "source": "C", "target": "A", "count": 2, "mean_intensity": -4.0, "sign": -1}]}
    traces = {t["name"]: t for t in network_figure(net)["data"]}
    assert traces["cooperation"]["x"].count(None) == 1  # A–B: (5·5 − 2) / 6 > 0, one line
    assert traces["conflict"]["x"].count(None) == 1  # C–A
