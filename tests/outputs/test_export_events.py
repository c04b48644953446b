"""The events export: a CSV an analyst can read (who, what, whom, when first; sentence and title), no
empty object columns, and no sentence text ending in paragraph breaks in any export."""

from __future__ import annotations

import csv
import io
import json

import pytest

import diplograph
from diplograph.outputs import graphs
from diplograph.outputs.export import export_string
from diplograph.store.database import Store

DOC = """Border talks in Vienna

Germany praised France for its help after the floods in 2018.

France criticised Germany in 2019. The talks then stalled.

Officials met in Vienna.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory, res):
    folder = tmp_path_factory.mktemp("exp")
    (folder / "c0ffee1234abcd.txt").write_text(DOC, encoding="utf-8")
    db = str(folder / "e.duckdb")
    diplograph.ingest([folder], db=db, resources=res)
    return db


def test_events_csv_columns(db):
    with Store(db, read_only=True) as store:
        text = export_string(store, "events", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows
    header = list(rows[0])
    assert header[:4] == ["source", "type", "target", "date"]
    assert {"sentence", "doc_title"} <= set(header)
    for r in rows:  # no column is an empty object placeholder
        assert r["doc_title"] == "Border talks in Vienna"
        assert r["sentence"] and not r["sentence"].endswith("\n")
    praise = next(r for r in rows if "praised" in r["sentence"] and r["type"] == "SUPPORT")
    assert praise["source"] == "Germany" and praise["source_id"] == "DEU"


def test_events_csv_has_no_always_empty_object_column(db):
    with Store(db, read_only=True) as store:
        text = export_string(store, "events", "csv")
    header = next(csv.reader(io.StringIO(text)))
    assert "reported_by_name" not in header and header.count("source") == 1


def test_no_text_ends_in_paragraph_breaks(db):
    with Store(db, read_only=True) as store:
        jsonl = export_string(store, "events", "jsonl")
        ftm = "\n".join(json.dumps(x) for x in graphs.followthemoney(store))
    events = [json.loads(line) for line in jsonl.splitlines()]
    texts = [m["text"] for e in events for m in e["mentions"]]
    assert texts and all(t == t.strip() for t in texts)
    assert "\\n\\n\"" not in ftm
    # the devset contract's fields stay
    e = events[0]
    assert {"type", "source", "target", "mentions", "date", "modality", "negated"} <= set(e)
    assert {"id", "name", "text", "country"} <= set(e["source"] or e["target"])
    assert "doc" in e["mentions"][0]
