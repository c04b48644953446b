"""The export contract (JSONL and CSV) on a store filled with hand-built results."""

from __future__ import annotations

import csv
import io
import json

from diplograph.outputs.export import export_string, flatten
from diplograph.store.database import Store

from helpers import ACTORS, _result


def _store(tmp_path):
    s = Store(tmp_path / "e.duckdb")
    s.write(_result("d1", "h1"), ACTORS)
    s.write(_result("d2", "h2"), ACTORS)
    return s


def test_events_jsonl_contract(tmp_path):
    with _store(tmp_path) as s:
        lines = export_string(s, "events", "jsonl").splitlines()
    assert len(lines) == 1
    ev = json.loads(lines[0])
    for key in ("id", "type", "mode", "context", "date", "source", "target", "negated", "modality", "mentions"):
        assert key in ev
    assert ev["type"] == "SANCTION" and ev["date"] == "2003"
    assert ev["source"] == {**ev["source"], "id": "RUS", "name": "Russia", "country": "RUS", "text": "Russia"}
    assert ev["target"]["id"] == "TALIBAN" and ev["target"]["text"] == "the Taliban"
    assert {m["doc"] for m in ev["mentions"]} == {"d1", "d2"}
    assert all({"doc", "sentence", "start", "end"} <= set(m) for m in ev["mentions"])


def test_actors_and_documents_jsonl(tmp_path):
    with _store(tmp_path) as s:
        actors = [json.loads(x) for x in export_string(s, "actors", "jsonl").splitlines()]
        docs = [json.loads(x) for x in export_string(s, "documents", "jsonl").splitlines()]
    rus = next(a for a in actors if a["id"] == "RUS")
    assert rus["aliases"] == ["Moscow"] and rus["country"] == "RUS" and rus["kind"] == "state"
    assert "mentions" in rus and "sector" in rus
    assert [d["doc"] for d in docs] == ["d1", "d2"]
    assert {"title", "author", "published", "published_how"} <= set(docs[0])


def test_csv_flattens_nested_objects(tmp_path):
    with _store(tmp_path) as s:
        text = export_string(s, "events", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["source_id"] == "RUS" and rows[0]["target"] == "Taliban"  # names in source/target
    assert len(json.loads(rows[0]["mentions"])) == 2
    assert flatten({"a": {"b": 1}, "c": [1]}) == {"a_b": 1, "c": "[1]"}


def test_empty_kinds_export_nothing(tmp_path):
    with _store(tmp_path) as s:
        assert export_string(s, "quotes", "jsonl") == ""
        assert export_string(s, "conflicts", "jsonl") == ""


def test_actor_filters_accept_aliases_and_names(tmp_path):
    from diplograph.analysis import queries
    with _store(tmp_path) as s:
        assert queries.find_actor(s, "moscow") == "RUS"
        assert queries.find_actor(s, "Islamic Emirate") == "TALIBAN"
        assert queries.find_actor(s, "russia") == "RUS"
        assert len(queries.events(s, dyad=("Moscow", "Islamic Emirate"))) == 1
