"""No event runs from a party to itself (issue #20: the demo had RETREAT United States -> United
States and REQUEST Russia -> Russia). An act within one state between different sectors (its police
on its journalists) is kept, and what a person reads names each side with its sector."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

import diplograph
from diplograph.cli.main import app

# invented sentences of the shapes that gave self-loops: a state's possessive on the act ("ending the
# United States' war"), a strike by a state's forces killing "members of the group", a state's troops
# exercising on its own soil, a veto of a text demanding the vetoing state's own withdrawal
LOOPS = [
    ("The last American soldiers left Baghdad on Sunday, ending the United States' war in Iraq.", "RETREAT", "USA"),
    ("The next day a US drone strike in Helmand province killed three members of the group, according to the Pentagon.",
     "ASSAULT", "USA"),
    ("Turkish troops began exercises in Turkey on Monday near the border with Syria.", "MOBILIZE", "TUR"),
    ("On Thursday China vetoed a draft resolution that demanded the withdrawal of Chinese troops.", "REJECT", "CHN"),
]


@pytest.mark.parametrize("text, type_, actor", LOOPS)
def test_no_event_runs_from_an_actor_to_itself(res, text, type_, actor):
    events = diplograph.code(text, published="2021-09-01", resources=res)
    loops = [(e.type, e.source.actor_id) for e in events
             if e.source and e.target and e.source.actor_id == e.target.actor_id]
    assert loops == [], text
    # the act itself is kept, with the actor on its side
    assert any(e.type == type_ and actor in {e.source and e.source.actor_id, e.target and e.target.actor_id}
               for e in events), [(e.type, e.source, e.target) for e in events]


DOMESTIC = "Russian police arrested Russian journalists in Moscow on Monday."


def test_an_act_within_one_state_names_each_side_by_sector(tmp_path, res):
    (tmp_path / "a.txt").write_text(DOMESTIC + "\n", encoding="utf-8")
    db = str(tmp_path / "d.duckdb")
    diplograph.ingest([tmp_path / "a.txt"], db=db, published="2021-09-01", resources=res)
    (ev,) = [e for e in diplograph.events(db) if e["type"] == "COERCE"]
    assert ev["source"]["id"] == ev["target"]["id"] == "RUS"  # ids stay the actor's
    assert (ev["source"]["name"], ev["target"]["name"]) == ("Russia (police)", "Russia (media)")
    table = CliRunner().invoke(app, ["events", "--db", db]).output
    assert "Russia (police)" in table and not re.search(r"│ Russia +│", table)
    coded = CliRunner().invoke(app, ["code", DOMESTIC]).output
    assert "Russia (police)" in coded and "Russia (media)" in coded


def test_a_state_and_its_leader_between_whom_talks_are_held_are_one_side(res):
    import diplograph
    evs = diplograph.code("A meeting between Kenyan President Uhuru Kenyatta and his Somali counterpart was held in Nairobi.",
                          resources=res, published="2021-03-03")
    for e in evs:
        if e.source and e.target:
            assert {e.source.via or e.source.actor_id, e.target.via or e.target.actor_id} != {"KEN"}, e
    assert any(e.type == "CONSULT" and e.target and "SOM" in (e.target.actor_id, e.target.via, e.source.actor_id) for e in evs), evs


def test_calling_or_bringing_an_envoy_home_recalls_it(res):
    for text in ("Chile called its ambassador home from Israel on Tuesday.",
                 "Jordan brought home its ambassador to Israel on Wednesday."):
        evs = diplograph.code(text, published="2024-03-12", resources=res)
        assert [(e.type, e.target.actor_id) for e in evs] == [("SANCTION", "ISR")], evs
