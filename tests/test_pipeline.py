"""End to end: files in, DuckDB out — idempotence, replacement, bad files, exports, the demo."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import diplograph
from diplograph.cli.main import app
from diplograph.store.database import Store

ARTICLE = """Ankara and Baku deepen ties

By Jane Example

12 March 2019

In 2010, Turkey and Azerbaijan signed an agreement on strategic partnership.
Turkish officials said on Monday that Ankara would provide assistance to Azerbaijan in case of an attack.

Related Articles
"""

HTML = """<html><head><title>Seoul protests</title><meta name="author" content="Kim Writer">
<meta property="article:published_time" content="2017-09-04"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Seoul protests</h1><p>South Korea condemned North Korea on Sunday after the test of a nuclear device.
Japan accused North Korea of threatening the region.</p></article>
<aside><h3>Related articles</h3><ul><li><a href="/a">Share this story</a></li></ul></aside>
</body></html>"""


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "ankara.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "seoul.html").write_text(HTML, encoding="utf-8")
    return folder


def test_ingest_stores_documents_events_and_is_idempotent(tmp_path, corpus, res):
    db = str(tmp_path / "t.duckdb")
    report = diplograph.ingest([corpus], db=db, resources=res)
    assert report.stored == 2 and report.ok and report.events >= 3
    with Store(db, read_only=True) as s:
        first = s.counts()
        doc = s.query("SELECT * FROM documents WHERE doc_id = 'ankara'")[0]
    assert doc["title"] == "Ankara and Baku deepen ties" and doc["author"] == "Jane Example"
    assert doc["published"] == "2019-03-12" and "Related Articles" not in doc["text"]
    again = diplograph.ingest([corpus], db=db, resources=res)
    assert again.stored == 0 and again.unchanged == 2
    with Store(db, read_only=True) as s:
        assert s.counts() == first


def test_events_have_sentences_offsets_and_dates(tmp_path, corpus, res):
    db = str(tmp_path / "t.duckdb")
    diplograph.ingest([corpus], db=db, resources=res)
    evs = diplograph.events(db, dyad=("Turkey", "Azerbaijan"))
    signed = next(e for e in evs if e["type"] == "SUPPORT")
    assert signed["date"] == "2010"
    aid = next(e for e in evs if e["act_type"] == "AID")
    assert aid["type"] == "AGREE" and aid["modality"] == "hypothetical" and aid["date"] == "2019-03-11"  # "on Monday" before 12 March
    with Store(db, read_only=True) as s:
        text = s.scalar("SELECT text FROM documents WHERE doc_id = 'ankara'")
    for e in evs:
        for m in e["mentions"]:
            assert m["doc"] == "ankara" and text[m["start"]:m["end"]] in m["text"]
    html_events = diplograph.events(db, actor="North Korea")
    assert {e["type"] for e in html_events} >= {"ACCUSE"}
    # the acts told of that Sunday (not the headline's, nor what North Korea is accused of doing)
    sunday = [e for e in html_events if "on Sunday" in e["mentions"][0]["text"] and e["modality"] == "asserted"]
    assert sunday and all(e["date"] == "2017-09-03" for e in sunday)


def test_changed_file_replaces_its_extractions(tmp_path, corpus, res):
    db = str(tmp_path / "t.duckdb")
    diplograph.ingest([corpus], db=db, resources=res)
    (corpus / "ankara.txt").write_text(ARTICLE.replace("Azerbaijan", "Georgia").replace("Baku", "Tbilisi"), encoding="utf-8")
    report = diplograph.ingest([corpus], db=db, resources=res)
    assert report.stored == 1 and report.replaced == 1 and report.unchanged == 1
    assert diplograph.events(db, dyad=("Turkey", "Azerbaijan")) == []
    assert diplograph.events(db, dyad=("Turkey", "Georgia"))


def test_bad_file_is_named_and_the_batch_goes_on(tmp_path, corpus, res):
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 10)
    db = str(tmp_path / "t.duckdb")
    report = diplograph.ingest([corpus], db=db, resources=res)
    assert report.stored == 2
    skipped = dict(report.skipped)
    assert set(skipped) == {str(corpus / "empty.txt"), str(corpus / "binary.txt")}


def test_cli_ingest_export_and_exit_status(tmp_path, corpus):
    runner = CliRunner()
    db = str(tmp_path / "c.duckdb")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 documents stored" in result.output
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["export", "events", "--format", "jsonl", "--db", db, "-o", str(out)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and all(r["type"] and r["mentions"] for r in rows)
    (corpus / "empty.md").write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 1 and "empty.md" in result.output


def test_code_stdin_gives_line_numbers():
    runner = CliRunner()
    text = "Germany accused Iran of supplying drones.\n\nIndia and Japan signed a defence agreement.\n"
    result = runner.invoke(app, ["code", "-", "--format", "jsonl"], input=text)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {r["line"] for r in rows} == {1, 3}
    acc = next(r for r in rows if r["type"] == "ACCUSE")
    assert acc["source"]["text"] == "Germany" and acc["target"]["text"] == "Iran"


def test_demo_runs_on_the_bundled_corpus(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "demo.duckdb")
    result = runner.invoke(app, ["demo", "--db", db, "--limit", "5"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as s:
        c = s.counts()
    assert c["documents"] >= 10 and c["events"] >= 30
