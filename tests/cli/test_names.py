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

Russia's contacts with the Taliban started in 2007, a Taliban spokesman said. "We talk to everyone who wants peace," Sergey Lavrov said in Moscow on Monday.

Russia sanctioned the Taliban in 2003.
"""
DOC2 = """A long road from Kabul to Moscow

Russia's relationship with the Taliban began in 2015, the foreign ministry said. Russia hosted Taliban envoys in Moscow in 2018.
"""
H3 = "5e6f7a8b9c0d1e2f"
DOC3 = """Envoys meet in the north

Russia held talks with the Taliban in Tajikistan's Kunduz province in 2019. Sergey Lavrov met Taliban envoys in Moscow in March 2019.
"""
CODES = re.compile(r"\b(RUS|AFG|TJK|GOV|INS|PER_SERGEY_LAVROV|TALIBAN)\b")  # keys a reader must not see


@pytest.fixture(scope="module")
def db(tmp_path_factory, res):
    folder = tmp_path_factory.mktemp("names")
    (folder / f"{H1}.txt").write_text(DOC1, encoding="utf-8")
    (folder / f"{H2}.txt").write_text(DOC2, encoding="utf-8")
    (folder / f"{H3}.txt").write_text(DOC3, encoding="utf-8")
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
    assert "Kunduz · where it is — the gazetteer puts it in Afghanistan" in text
    assert "  Tajikistan " in text and not CODES.search(text)
    assert text.strip().endswith("2 conflicts")


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


def test_actor_header_and_list_name_countries_and_sectors(db):
    text = run("actor", "Lavrov", "--db", db)
    assert text.startswith("Sergey Lavrov — person, Russia, government, "), text
    assert not CODES.search(text), text
    assert run("actor", "Taliban", "--db", db).startswith("Taliban — group, Afghanistan, insurgents, ")
    assert run("actor", "RUS", "--db", db).startswith("Russia — state, government, ")  # not "Russia, Russia"
    table = run("actors", "--db", db)
    row = next(line for line in table.splitlines() if "Sergey Lavrov" in line)
    cells = [c.strip() for c in row.strip("│ ").split("│")]
    assert cells[:4] == ["Sergey Lavrov", "person", "Russia", "government"], cells
    assert cells[-1] == "PER_SERGEY_LAVROV"  # the id `actor` and the JSON take, last


def test_web_pages_show_names(db):
    from fastapi.testclient import TestClient

    from diplograph.web.app import create_app

    client = TestClient(create_app(db))

    def visible(url: str) -> str:
        page = client.get(url)
        assert page.status_code == 200, url
        text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", page.text, flags=re.S)
        return re.sub(r"<[^>]+>", " ", text)

    lavrov = visible("/actor/PER_SERGEY_LAVROV")
    # "we talk to everyone" (first person: the speaker; a practice) and the March 2019 meeting, merged
    # with that year's talks (two mentions): three mentions
    assert re.search(r"person · Russia · government · 3 mentions", lavrov), lavrov[:600]
    home = visible("/")
    for url, text in (("/actor/PER_SERGEY_LAVROV", lavrov), ("/", home), ("/conflicts", visible("/conflicts")),
                      ("/dyad/RUS/TALIBAN", visible("/dyad/RUS/TALIBAN")), ("/events", visible("/events"))):
        assert not CODES.search(text), (url, CODES.search(text).group(0))
        assert H1 not in text and H3 not in text, url
    assert "Tajikistan" in visible("/conflicts") and "Moscow quietly courts the Taliban" in home


def test_report_uses_names_and_titles(db):
    with Store(db, read_only=True) as store:
        page = render_report(store, "Russia", "Taliban")
    body = page.split('id="network"', 1)[1].split('<script type="application/json"', 1)[0]
    assert "Russia – Taliban · when relations began" in body
    assert "<td>RUS</td>" not in body and "<td>TALIBAN</td>" not in body and "<td>Russia</td>" in body
    assert f">{H1}<" not in body and ">Moscow quietly courts the Taliban<" in body
    assert "RUS|TALIBAN" not in body
    assert "Sergey Lavrov <span class=\"muted\">(Russia)</span>" in page  # a person acting for a state
    with Store(db, read_only=True) as store:
        corpus = render_report(store)
    assert "<td>Tajikistan</td>" in corpus and "<td>TJK</td>" not in corpus  # a gazetteer contradiction
    for html in (page, corpus):
        text = re.sub(r"<[^>]+>", " ", re.sub(r"<script.*?</script>|<style.*?</style>", " ", html, flags=re.S))
        assert not CODES.search(text), CODES.search(text).group(0)


def test_json_keeps_ids(db):
    text = run("conflicts", "--db", db, "--json")
    assert '"subject": "RUS|TALIBAN"' in text and f'"doc": "{H1}"' in text


def test_grade_listing_names_the_documents_by_title(db):
    text = run("grade", "--db", db)
    assert "Moscow quietly courts the Taliban" in text and "A long road from Kabul to Moscow" in text


def test_trajectory_command_runs_and_names_the_sides(db):
    text = run("trajectory", "Russia", "Taliban", "--db", db)
    assert "Russia → Taliban" in text and "Taliban → Russia" in text and "TALIBAN" not in text
    bad = runner.invoke(app, ["trajectory", "Russia", "Taliban", "--db", db, "--period", "decade"])
    assert bad.exit_code == 2 and "--period: 'decade' is not one of auto, year, quarter, month" in bad.output
