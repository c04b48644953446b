"""The web pages colour each PLOVER type as the report does (one fixed colour per type)."""

from __future__ import annotations

from fastapi.testclient import TestClient

import diplograph
from diplograph.outputs.report import type_colors
from diplograph.web.app import create_app


def test_type_badges_carry_the_reports_colour(tmp_path, res):
    (tmp_path / "a.txt").write_text("Chile accused Peru of spying on Monday. Peru expelled two Chilean diplomats.\n")
    db = str(tmp_path / "c.duckdb")
    diplograph.ingest([tmp_path / "a.txt"], db=db, published="2024-03-06", resources=res)
    page = TestClient(create_app(db)).get("/events").text
    colours = type_colors()
    assert f'border-left: 4px solid {colours["ACCUSE"]}">ACCUSE' in page
    assert colours["ACCUSE"] != colours["SANCTION"] and len(set(colours.values())) == len(colours)


def test_pages_with_a_person_acting_for_a_state_render(tmp_path, res):
    (tmp_path / "b.txt").write_text("Sergey Lavrov met Taliban envoys in Moscow on Monday. "
                                    "Russia praised the Taliban on Tuesday.\n")
    db = str(tmp_path / "p.duckdb")
    diplograph.ingest([tmp_path / "b.txt"], db=db, published="2022-03-09", resources=res)
    client = TestClient(create_app(db))
    for url in ("/events", "/dyad/Russia/Taliban", "/actor/RUS", "/actor/TALIBAN"):
        assert client.get(url).status_code == 200, url
