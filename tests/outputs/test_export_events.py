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



def test_reporter_of_the_cited_telling_has_its_name(tmp_path, res):
    # an event first told as a question, then told by a named reporter: the export cites the telling of
    # the event's own modality, and gives its reporter by name (not by id) although it is no side
    (tmp_path / "d15ea5e0000001.txt").write_text(
        "Why is Peru reaching out to Bolivia?\n\nOn 3 May, Peru reached out to Bolivia over the border. "
        "Peru has held talks with Bolivia since 2020, Peruvian minister Jorge Chavez told reporters.\n",
        encoding="utf-8")
    db = str(tmp_path / "q.duckdb")
    diplograph.ingest([tmp_path], db=db, resources=res, published="2023-05-04")
    import duckdb
    con = duckdb.connect(db)  # the told-twice event's second telling gets the reporter of the third sentence
    event_id, = con.execute("SELECT event_id FROM event_mentions GROUP BY event_id HAVING count(*) = 2").fetchone()
    con.execute("UPDATE event_mentions SET modality = 'question' WHERE event_id = ? AND sentence = 0", [event_id])
    con.execute("UPDATE event_mentions SET reported_by = NULL")  # (no other telling names him)
    con.execute("UPDATE event_mentions SET reported_by = 'PER_JORGE_CHAVEZ' WHERE event_id = ? AND sentence = 1",
                [event_id])
    con.close()
    with Store(db, read_only=True) as store:
        rows = [json.loads(line) for line in export_string(store, "events", "jsonl").splitlines() if line.strip()]
    row = next(r for r in rows if r["id"] == event_id)
    assert row["reported_by"] is not None and row["reported_by"]["name"] == "Jorge Chavez", row["reported_by"]
