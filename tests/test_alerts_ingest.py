"""Alerts end to end: invented articles ingested in two rounds; a dyad rule fires once, with its events."""

from __future__ import annotations

from datetime import datetime, timezone

from diplograph import api

FIRST = """Argentina and Uruguay mend ties

In 2016, Argentina praised Uruguay for its help after the floods.
In 2017, Argentina and Uruguay signed an agreement on the shared river.
"""
SECOND = """River dispute returns

In 2019, Argentina accused Uruguay of polluting the river.
In March 2019, Argentina imposed sanctions on Uruguay.
"""
RULES = """rules:
  - name: river
    kind: dyad_index
    dyad: [Argentina, Uruguay]
  - name: river-events
    kind: new_event
    dyad: [Uruguay, Argentina]
    types: [COERCE]
"""


def test_a_dyad_rule_fires_once_after_an_ingest(tmp_path, res):
    db, rules = str(tmp_path / "r.duckdb"), tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "ties.txt").write_text(FIRST, encoding="utf-8")
    assert api.ingest([tmp_path / "one"], db=db, resources=res).stored == 1
    assert api.check_alerts(db, rules) == []  # cooperation both years: no change point, no sanction
    since = datetime.now(timezone.utc)
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "dispute.txt").write_text(SECOND, encoding="utf-8")
    assert api.ingest([tmp_path / "two"], db=db, resources=res).stored == 1
    raised = api.check_alerts(db, rules, since=since)
    assert [a.rule for a in raised] == ["river", "river-events"]
    turn, sanction = raised
    assert turn.details["period"] == "2019" and turn.details["previous"] == "2017"
    assert turn.details["reason"] == "sign change" and turn.details["direction"] == "toward conflict"
    new_events = {e["id"]: e for e in api.events(db, dyad=("Argentina", "Uruguay")) if (e["date"] or "").startswith("2019")}
    assert set(turn.events) == set(new_events) and {e["type"] for e in new_events.values()} == {"ACCUSE", "COERCE"}
    assert {c.text for c in turn.citations} == {"In 2019, Argentina accused Uruguay of polluting the river.",
                                                "In March 2019, Argentina imposed sanctions on Uruguay."}
    assert all(c.new and c.doc == next(iter(new_events.values()))["mentions"][0]["doc"] for c in turn.citations)
    assert sanction.details["type"] == "COERCE" and sanction.details["date"] == "2019-03"
    assert api.check_alerts(db, rules, since=since) == [] and api.check_alerts(db, rules) == []
