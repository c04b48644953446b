"""What an analyst reads shows names and document titles, not internal keys (ids stay in JSON and links)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

import diplograph
from diplograph.cli.main import app
from diplograph.outputs.report import render_report
from diplograph.store.database import Store

runner = CliRunner()
H1 = "9f8e7d6c5b4a3921"  # file names like content hashes, as saved articles often have
H2 = "0a1b2c3d4e5f6789"
DOC1 = """Moscow quietly courts the Taliban

Russia's relationship with the Taliban began in 2007, a Taliban official said. "We talk to everyone who wants peace," Sergey Lavrov said in Moscow on Monday.

Russia sanctioned the Taliban in 2003.
"""
DOC2 = """A long road from Kabul to Moscow

Russia's relationship with the Taliban began in 2015, the foreign ministry said. Russia hosted Taliban envoys in Moscow in 2018.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory, res):
    folder = tmp_path_factory.mktemp("names")
    (folder / f"{H1}.txt").write_text(DOC1, encoding="utf-8")
    (folder / f"{H2}.txt").write_text(DOC2, encoding="utf-8")
    db = str(folder / "n.duckdb")
    diplograph.ingest([folder], db=db, resources=res)
    return db


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_conflicts_name_actors_attribute_and_documents(db):
    text = run("conflicts", "--db", db)
    assert "Russia – Taliban · when relations began — 2 values in 2 documents" in text
    assert "“Moscow quietly courts the Taliban”" in text and "“A long road from Kabul to Moscow”" in text
    assert "RUS|TALIBAN" not in text and "relations_began" not in text and H1 not in text
    assert text.strip().endswith("1 conflict")


def test_quotes_show_document_titles(db):
    text = run("quotes", "--db", db)
    assert "Moscow quietly courts" in text and H1 not in text
    assert "2 quotes" in text


def test_events_table_has_a_short_id_that_event_accepts(db):
    text = run("events", "--db", db, "--type", "COERCE")  # "sanctioned": COERCE (2021 table)
    header = next(line for line in text.splitlines() if "date" in line and "type" in line)
    assert header.split()[1] == "id"
    short = re.search(r"│ ([0-9a-f]{8}) │", text).group(1)
    detail = run("event", short, "--db", db)
    assert detail.startswith("ev_" + short)
    assert "“Moscow quietly courts the Taliban” sentence" in detail and H1 not in detail


def test_timeline_cites_titles(db):
    text = run("timeline", "--dyad", "Russia", "Taliban", "--db", db)
    assert "Moscow quietly courts" in text and H1 not in text


def test_actor_roles_name_the_state(db):
    text = run("actor", "Lavrov", "--db", db)
    assert re.search(r"role: foreign minister of Russia\b", text), text
    assert "of RUS" not in text and H1 not in text


def test_report_uses_names_and_titles(db):
    with Store(db, read_only=True) as store:
        page = render_report(store, "Russia", "Taliban")
    body = page.split('id="network"', 1)[1].split('<script type="application/json"', 1)[0]
    assert "Russia – Taliban · when relations began" in body
    assert "<td>RUS</td>" not in body and "<td>TALIBAN</td>" not in body and "<td>Russia</td>" in body
    assert f">{H1}<" not in body and ">Moscow quietly courts the Taliban<" in body
    assert "RUS|TALIBAN" not in body


def test_json_keeps_ids(db):
    text = run("conflicts", "--db", db, "--json")
    assert '"subject": "RUS|TALIBAN"' in text and f'"doc": "{H1}"' in text
