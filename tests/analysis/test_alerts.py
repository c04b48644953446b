"""Alert rules: loading and validation, each rule kind, "new since", and firing exactly once."""

from __future__ import annotations

import json

import pytest

from diplograph import api
from diplograph.analysis.alert_rules import RulesError, load_rules
from diplograph.analysis.alerts import Alert

from alertstore import T0, T1, T2, add, rules

RULES = """
version: 1
rules:
  - name: rt-turn
    kind: dyad_index
    dyad: [Russia, TALIBAN]
  - name: rt-force
    kind: new_event
    dyad: [Russia, Taliban]
    types: [assault, COERCE]
    direction: a_to_b
  - name: taliban-partners
    kind: new_actor
    actor: Taliban
  - name: onset
    kind: contradiction
    subject: [Taliban, Russia]
    attribute: relations_began
"""

OLD = [("In 2003, Russia banned the Taliban as a terrorist group.", ("SANCTION", "RUS", "TALIBAN", "2003", -6.0, 4)),
       ("In 2009, the Taliban threatened Russia.", ("THREATEN", "TALIBAN", "RUS", "2009", -5.0, 3)),
       ("Contacts between Moscow and the Taliban began in 2007, the ministry said.",
        ("claim", "RUS|TALIBAN", "relations_began", "2007"))]
NEW = [("In 2015, Russia shared intelligence with the Taliban.", ("COOPERATE", "RUS", "TALIBAN", "2015", 6.0, 1)),
       ("In 2015, Russian envoys met Taliban leaders in Moscow.", ("CONSULT", "RUS", "TALIBAN", "2015-05", 1.0, 1)),
       ("In 2015, Russian jets struck Taliban positions.", ("ASSAULT", "RUS", "TALIBAN", "2015-06", -9.0, 4)),
       ("In 2015, the Taliban accused Russia of lying.", ("ACCUSE", "TALIBAN", "RUS", "2015-07", -2.0, 3)),
       ("In 2015, the Taliban thanked Pakistan for its help.", ("COOPERATE", "TALIBAN", "PAK", "2015-08", 5.0, 1)),
       ("Russia's contacts with the Taliban date from 2015, an envoy said.",
        ("claim", "RUS|TALIBAN", "relations_began", "2015"))]


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "a.duckdb")
    add(path, "old", OLD, T0)
    return path


def by_rule(alerts: list[Alert]) -> dict[str, list[Alert]]:
    out: dict[str, list[Alert]] = {}
    for a in alerts:
        out.setdefault(a.rule, []).append(a)
    return out


def test_rules_load_with_defaults(tmp_path):
    loaded = load_rules(rules(tmp_path, RULES))
    assert [r.name for r in loaded] == ["rt-turn", "rt-force", "taliban-partners", "onset"]
    turn, force, partners, onset = loaded
    assert turn.dyad == ("Russia", "TALIBAN") and turn.threshold == 3.0 and turn.period == "auto"
    assert force.types == ("ASSAULT", "COERCE") and force.direction == "a_to_b" and not force.happened
    assert partners.actor == "Taliban" and onset.subject == ("Taliban", "Russia")


BAD = {
    "rules: [\n  - name: x\n    kind: new_actor\n  actor: [": "not valid YAML",
    "- just a list": "expected a mapping with a 'rules' list",
    "rules: []": "'rules' must be a non-empty list",
    "rules:\n  - name: a\n    kind: rumour": "rule #1 (a): unknown kind 'rumour'",
    "rules:\n  - name: a\n    kind: new_actor\n    actor: Taliban\n    colour: red": "unknown key(s) colour",
    "rules:\n  - name: a\n    kind: new_event\n    actor: Taliban\n    types: [BOMB]": "unknown event type 'BOMB'",
    "rules:\n  - name: a\n    kind: dyad_index\n    dyad: [Russia]": "'dyad' must be a list of two actors",
    "rules:\n  - name: a\n    kind: dyad_index\n    dyad: [Russia, Taliban]\n    threshold: -1": "'threshold'",
    "rules:\n  - name: a\n    kind: new_event\n    actor: Taliban\n    direction: a_to_b": "'direction' needs a 'dyad'",
    "rules:\n  - name: a\n    kind: new_actor\n    actor: X\n  - name: A\n    kind: new_actor\n    actor: Y":
        "rule #2 (A): the name is used by an earlier rule",
    "rules:\n  - kind: new_actor\n    actor: X": "rule #1: 'name' must be",
}


@pytest.mark.parametrize("text", list(BAD))
def test_bad_rules_are_one_line_errors_naming_the_file(tmp_path, text):
    path = rules(tmp_path, text)
    with pytest.raises(RulesError) as exc:
        load_rules(path)
    message = str(exc.value)
    assert "\n" not in message and message.startswith(path + ": ") and BAD[text] in message, message


def test_missing_rules_file(tmp_path):
    with pytest.raises(RulesError, match=r"nope\.yaml: cannot read the rules file"):
        load_rules(tmp_path / "nope.yaml")


def test_dyad_rule_fires_exactly_once_with_its_events(db, tmp_path):
    path = rules(tmp_path, RULES)
    first = by_rule(api.check_alerts(db, path, since=T0))
    assert "rt-turn" not in first  # one period (2003 …) is no change point yet: 2009 stays conflictual
    add(db, "new", NEW, T1)
    raised = api.check_alerts(db, path, since=T1)
    turn = by_rule(raised)["rt-turn"]
    assert len(turn) == 1
    alert = turn[0]
    assert alert.kind == "dyad_index" and [p["id"] for p in alert.dyad] == ["RUS", "TALIBAN"]
    assert alert.details["period"] == "2015" and alert.details["previous"] == "2009"
    # 2009: -5.0 (a threat); 2015: (6 + 1 - 9 - 2) / 4 = -1.0, a move of 4 toward cooperation
    assert (alert.details["from_index"], alert.details["to_index"]) == (-5.0, -1.0)
    assert alert.details["reason"] == "shift ≥ 3" and alert.details["direction"] == "less conflictual"
    stored = {e["id"]: e for e in api.events(db, dyad=("RUS", "TALIBAN")) if (e["date"] or "").startswith("2015")}
    assert set(alert.events) == set(stored) and len(stored) == 4
    assert {c.text for c in alert.citations} == {s for s, what in NEW[:4]}
    assert all(c.doc == "new" and c.new and c.event in stored and c.mention for c in alert.citations)
    assert alert.message.startswith("Russia – Taliban: 2015: less conflictual (-5.0 → -1.0;")
    assert api.check_alerts(db, path, since=T1) == []   # a second check fires nothing
    assert api.check_alerts(db, path) == []             # nor does one over everything


def test_index_move_below_the_threshold_is_no_alert(db, tmp_path):
    add(db, "calm", [("In 2010, the Taliban warned Russia again.", ("THREATEN", "TALIBAN", "RUS", "2010", -4.0, 3))],
        T1)
    strict = rules(tmp_path, "rules:\n  - name: t\n    kind: dyad_index\n    dyad: [Russia, Taliban]\n")
    assert api.check_alerts(db, strict, since=T1) == []  # 2009 -5.0 -> 2010 -4.0: no sign change, moved by 1
    loose = rules(tmp_path, "rules:\n  - name: t1\n    kind: dyad_index\n    dyad: [Russia, Taliban]\n"
                            "    threshold: 0.5\n")
    [alert] = api.check_alerts(db, loose, since=T1)
    assert alert.details["shift"] == 1.0 and alert.details["reason"] == "shift ≥ 0.5"


def test_new_event_rule_types_and_direction(db, tmp_path):
    add(db, "new", NEW, T1)
    path = rules(tmp_path, RULES + "  - name: back\n    kind: new_event\n    dyad: [Russia, Taliban]\n"
                                   "    direction: b_to_a\n    happened: true\n")
    found = by_rule(api.check_alerts(db, path, since=T1))
    [strike] = found["rt-force"]
    assert strike.details["type"] == "ASSAULT" and [c.text for c in strike.citations] == [NEW[2][0]]
    assert strike.message.startswith("new event: Russia → Taliban: ASSAULT, 2015-06")
    assert [a.details["type"] for a in found["back"]] == ["ACCUSE"]  # the 2009 threat is old


def test_a_retold_old_event_is_not_new(db, tmp_path):
    path = rules(tmp_path, "rules:\n  - name: any\n    kind: new_event\n    actor: Russia\n")
    add(db, "retold", [("Russia banned the Taliban in 2003, it was recalled.",
                        ("SANCTION", "RUS", "TALIBAN", "2003", -6.0, 4))], T1)
    assert api.check_alerts(db, path, since=T1) == []   # merged into the event told before T1
    [first] = api.check_alerts(db, rules(tmp_path, "rules:\n  - name: all\n    kind: new_event\n    actor: Russia\n"
                                                   "    types: [SANCTION]\n"))
    assert len(first.citations) == 2 and {c.doc for c in first.citations} == {"old", "retold"}


def test_new_actor_rule_fires_for_a_first_meeting_only(db, tmp_path):
    path = rules(tmp_path, RULES)
    add(db, "new", NEW, T1)
    [pak] = by_rule(api.check_alerts(db, path, since=T1))["taliban-partners"]  # Russia met the Taliban before
    assert [p["id"] for p in pak.dyad] == ["TALIBAN", "PAK"] and "Pakistan" in pak.message
    assert [c.text for c in pak.citations] == [NEW[4][0]]
    add(db, "more", [("In 2016, the Taliban consulted Pakistan.", ("CONSULT", "TALIBAN", "PAK", "2016", 1.0, 1))], T2)
    assert "taliban-partners" not in by_rule(api.check_alerts(db, path, since=T2))


def test_contradiction_rule_cites_the_claims(db, tmp_path):
    path = rules(tmp_path, RULES + "  - name: pakistan\n    kind: contradiction\n    subject: Pakistan\n")
    add(db, "new", NEW, T1)
    found = by_rule(api.check_alerts(db, path, since=T1))
    [onset] = found["onset"]
    assert "pakistan" not in found
    assert onset.details["values"] == ["2007", "2015"] and onset.details["subject"] == "RUS|TALIBAN"
    assert {(c.doc, c.value, c.new) for c in onset.citations} == {("old", "2007", False), ("new", "2015", True)}
    assert "2015 (new)" in onset.message and "when relations began" in onset.message
    assert "onset" not in by_rule(api.check_alerts(db, path))  # the same claims never alert again


def test_everything_is_new_without_since_and_nothing_fires_twice(db, tmp_path):
    path = rules(tmp_path, RULES)
    first = by_rule(api.check_alerts(db, path))
    assert [a.dyad[1]["id"] for a in first["taliban-partners"]] == ["RUS"]
    assert api.check_alerts(db, path) == []


def test_unknown_actor_waits_with_a_warning(db, tmp_path):
    path = rules(tmp_path, "rules:\n  - name: w\n    kind: new_actor\n    actor: Atlantis\n")
    warnings: list[str] = []
    assert api.check_alerts(db, path, warn=warnings.append) == []
    assert warnings == ["rule 'w': no stored actor matches 'Atlantis' yet; the rule waits for one"]


def test_nothing_new_since(db, tmp_path):
    assert api.check_alerts(db, rules(tmp_path, RULES), since=T2) == []


def test_alert_json_round_trip(db, tmp_path):
    alert = api.check_alerts(db, rules(tmp_path, RULES))[0]
    data = json.loads(json.dumps(alert.to_json()))
    assert Alert.from_json(data) == alert
    assert set(data) == {"id", "rule", "kind", "time", "message", "dyad", "events", "citations", "details"}
    assert data["time"].endswith("Z") and data["id"].startswith("al_")
    assert set(data["citations"][0]) == {"doc", "doc_title", "sentence", "text", "event", "mention", "value", "new"}


def test_missing_store_is_an_error(tmp_path):
    from diplograph.store.database import StoreError
    with pytest.raises(StoreError, match="no such database"):
        api.check_alerts(str(tmp_path / "none.duckdb"), rules(tmp_path, RULES))


def test_a_sign_change_fires_below_the_threshold(tmp_path):
    db = str(tmp_path / "s.duckdb")
    add(db, "a", [("In 2009, the Taliban criticised Russia.", ("DISAPPROVE", "TALIBAN", "RUS", "2009", -1.0, 3))], T0)
    path = rules(tmp_path, "rules:\n  - name: t\n    kind: dyad_index\n    dyad: [Taliban, Russia]\n")
    assert api.check_alerts(db, path, since=T0) == []  # a single period
    add(db, "b", [("In 2010, Russia consulted the Taliban.", ("CONSULT", "RUS", "TALIBAN", "2010", 1.0, 1))], T1)
    [alert] = api.check_alerts(db, path, since=T1)
    assert alert.details["reason"] == "sign change" and alert.details["shift"] == 2.0
    assert alert.details["direction"] == "toward cooperation" and [p["id"] for p in alert.dyad] == ["TALIBAN", "RUS"]
    assert [c.text for c in alert.citations] == ["In 2010, Russia consulted the Taliban."]
