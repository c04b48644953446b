"""Analysis over a store built from invented articles: trajectory, phases, timeline, network, exports."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest

import diplograph
from diplograph import analysis
from diplograph.outputs import graphs as formats
from diplograph.store.database import Store

BORDER = """Chile and Peru: a decade of ups and downs

By Ana Writer

In 2009, Chile praised Peru for its efforts against drug trafficking.
In March 2010, Chilean officials met Peruvian diplomats in Lima.
In 2012, Chile accused Peru of violating the maritime border.
In 2013, Peruvian troops attacked Chilean border posts.
In 2014, Chile imposed sanctions on Peru.
Chile did not recall its ambassador from Peru.
Chile criticised Peru for its silence.
Bolivia condemned Chile in 2014.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "border.txt").write_text(BORDER, encoding="utf-8")
    db = folder / "a.duckdb"
    diplograph.ingest([folder], db=db)
    with Store(db) as s:
        yield s


def test_period_helpers():
    assert analysis.period_key("2013-05-02", "quarter") == "2013-Q2"
    assert analysis.period_key("2013", "month") is None  # a bare year is never put in a month
    assert analysis.period_key("2013-11", "year") == "2013"
    assert analysis.choose_period(["2001", "2009", "2020"]) == "year"


def test_trajectory_points_index_and_phase(store):
    traj = analysis.dyad_trajectory(store, "Chile", "Peru")
    assert (traj["a"]["id"], traj["b"]["id"]) == ("CHL", "PER")
    assert traj["period"] == "year"
    by = {p["period"]: p for p in traj["points"]}
    assert list(by) == ["2009", "2010", "2011", "2012", "2013", "2014"]  # the gap year is filled
    assert by["2011"]["combined"]["count"] == 0 and by["2011"]["combined"]["index"] is None
    assert by["2009"]["combined"]["index"] > 0 and by["2010"]["combined"]["index"] > 0
    assert by["2012"]["combined"]["index"] < 0 and by["2014"]["combined"]["index"] < 0
    assert by["2013"]["b_to_a"]["count"] == 1 and by["2013"]["a_to_b"]["count"] == 0  # Peru attacked Chile
    assert by["2013"]["b_to_a"]["quads"]["4"] == 1
    first_conflict = traj["phases"][0]
    assert first_conflict["period"] == "2012" and first_conflict["direction"] == "toward conflict"
    assert "ACCUSE" in first_conflict["types"]
    # undated events are listed apart, never in a period; the negated recall never counts
    assert traj["undated"] and all(not u["date"] for u in traj["undated"])
    assert traj["totals"]["count"] == 5 and traj["totals"]["happened"] == 5


def test_trajectory_quarter_keeps_coarse_events_apart(store):
    traj = analysis.dyad_trajectory(store, "Chile", "Peru", period="month")
    assert [p["period"] for p in traj["points"]] == ["2010-03"]
    assert len(traj["imprecise"]) == 4  # year-only dates cannot be put in a month


def test_same_actor_is_an_error(store):
    with pytest.raises(ValueError):
        analysis.dyad_trajectory(store, "Chile", "chile")


def test_timeline_order_and_undated(store):
    tl = analysis.timeline(store, dyad=("Chile", "Peru"))
    dates = [e["date"] for e in tl["events"]]
    assert dates == sorted(dates) and dates[0] == "2009"
    assert all(e["sources"] and e["sentence"] for e in tl["events"])
    assert tl["undated"] and all(e["date"] is None for e in tl["undated"])
    since = analysis.timeline(store, actor="Peru", since="2012")
    assert since["events"] and all(e["date"] >= "2012" for e in since["events"])


def test_network_signed_edges(store):
    net = analysis.network(store)
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("CHL", "PER")]["conflict"] >= 2 and edges[("CHL", "PER")]["cooperation"] >= 2
    assert edges[("PER", "CHL")]["conflict"] == 1 and edges[("PER", "CHL")]["cooperation"] == 0
    assert ("BOL", "CHL") in edges
    ids = {n["id"] for n in net["nodes"]}
    assert {"CHL", "PER", "BOL"} <= ids
    early = analysis.network(store, until="2010")
    assert {(e["source"], e["target"]) for e in early["edges"]} == {("CHL", "PER")}


def test_graph_exports_parse(store, tmp_path):
    net = analysis.network(store)
    gexf = tmp_path / "g.gexf"
    gexf.write_text(formats.to_gexf(net), encoding="utf-8")
    g = nx.read_gexf(gexf)
    assert g.has_edge("CHL", "PER") and g.has_edge("PER", "CHL")
    graphml = tmp_path / "g.graphml"
    graphml.write_text(formats.to_graphml(net), encoding="utf-8")
    assert nx.read_graphml(graphml).number_of_edges() == len(net["edges"])


def test_timelinejs_ftm_cameo_parquet(store, tmp_path):
    tl = formats.timelinejs(analysis.timeline(store))
    tl = json.loads(json.dumps(tl))
    assert tl["events"] and all("start_date" in e and "year" in e["start_date"] for e in tl["events"])
    entities = list(formats.followthemoney(store))
    schemata = {e["schema"] for e in entities}
    assert {"Event", "Mention", "Document", "Organization"} <= schemata
    events = [e for e in entities if e["schema"] == "Event"]
    assert any(e["properties"]["date"] == ["2013"] for e in events)
    assert all(isinstance(v, list) for e in entities for v in e["properties"].values())
    rows = list(csv.reader(io.StringIO("\n".join(formats.cameo_tsv(store))), delimiter="\t"))
    header, body = rows[0], rows[1:]
    assert len(body) >= 6 and all(len(r) == len(header) for r in body)
    out = formats.parquet_all(store, tmp_path / "pq")
    assert out["documents"] == 1
    assert pq.read_table(tmp_path / "pq" / "documents.parquet").num_rows == 1


def test_undated_events_carry_the_publication_bound(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    # a habit has no date of its own, and the discourse gives it none (a past act would take the
    # report's month: see tests/extract/test_discourse_dates.py)
    (folder / "a.txt").write_text("Chile often praises Peru for its restraint.\n", encoding="utf-8")
    db = tmp_path / "b.duckdb"
    diplograph.ingest([folder], db=db, published="2019-05-02")
    with Store(db) as s:
        tl = analysis.timeline(s, dyad=("Chile", "Peru"))
    assert tl["events"] == []  # never placed at a guessed date
    assert [e["reported_by"] for e in tl["undated"]] == ["2019-05-02"]
