"""Invented sentences (branch unary18): acts that came out as nothing at all.

A one-sided act told as coming or required is kept where the act is whole with its doer alone (whole.py,
``whole_alone`` in plover.yaml): a body's own meeting, a deployment or drill, a withdrawal from a place; any
other one-sided act not told as done stays a fragment. A report that someone failed to do something is the
speaker's criticism of them (stance.py, ``failing_verbs``)."""

from __future__ import annotations

import pytest
from helpers import coded_rows

from diplograph.extract.events import whole
from diplograph.extract.events.ontology import OntologyError


@pytest.mark.parametrize("text, row", [
    # a body's own meeting, coming
    ("OPEC oil ministers are scheduled to meet in Vienna in December.", ("CONSULT", "OPEC", None, "future")),
    ("The African Union will convene an extraordinary summit on Libya next month.", ("CONSULT", "AU", None, "future")),
    # a withdrawal from a place, required
    ("Under the ceasefire, Sudanese army units must leave the disputed oil field by 1 May.",
     ("RETREAT", "SDN", None, None)),
    # a deployment, coming (beside the intent row the coder already gave)
    ("Mexico will send 10,000 soldiers to its northern border next week.", ("MOBILIZE", "MEX", None, "future")),
])
def test_whole_alone_kept(res, text, row):
    found = coded_rows(res, text)
    assert any(all(w is None or w == r for r, w in zip(got, row)) for got in found), found


@pytest.mark.parametrize("text, typ", [
    # a state's or a person's talks with no counterpart named: a gap, not a meeting of one body
    ("Venezuela will hold talks in Barbados next week.", "CONSULT"),
    ("The Kenyan president is expected to meet in Nairobi on Friday.", "CONSULT"),
    # negated: nothing happens, nothing to record
    ("Mexico will not send soldiers to its northern border.", "MOBILIZE"),
    # what a request asks is its content, not a row of its own
    ("Ghana urged Togo to pull its troops out of the border villages.", "RETREAT"),
    # what a noun holds open, and what someone believes, is not told as coming
    ("The ultimatum gives Eritrea a final chance to pull its troops out of the border town.", "RETREAT"),
    ("Lithuanian officials believe Belarus is preparing a new offensive near the border.", "MOBILIZE"),
    ("Seoul fears Pyongyang will hold large drills next month.", "MOBILIZE"),
])
def test_other_one_sided_acts_stay_fragments(res, text, typ):
    assert not any(t == typ and o is None for t, s, o, m in coded_rows(res, text)), coded_rows(res, text)


@pytest.mark.parametrize("text, row", [
    ("Paraguay's foreign minister said Bolivia had failed to stop smugglers crossing the Chaco.",
     ("ACCUSE", "PRY", "BOL", "asserted")),
    ("The Somali government said on Monday that Kenya neglected to protect its fishermen.",
     ("ACCUSE", "SOM", "KEN", "asserted")),
])
def test_failure_said_is_criticism(res, text, row):
    assert row in {(t, s, o, m) for t, s, o, m in coded_rows(res, text)}, coded_rows(res, text)


@pytest.mark.parametrize("text", [
    "Peru said it had failed to reach a deal with Chile.",  # its own failure
    "Paraguay said Bolivia had not failed to act.",  # denied
])
def test_no_criticism(res, text):
    assert not any(t == "ACCUSE" for t, s, o, m in coded_rows(res, text)), coded_rows(res, text)


def test_whole_alone_entries_validated(monkeypatch):
    def fake(name, error):
        return "plover.yaml", {"whole_alone": [{"type": "RETREAT", "mode": "sulk"}]}
    monkeypatch.setattr(whole, "read_yaml", fake)
    whole.entries.cache_clear()
    try:
        with pytest.raises(OntologyError, match="no mode"):
            whole.entries()
    finally:
        monkeypatch.undo()
        whole.entries.cache_clear()
    assert ("RETREAT", "withdraw", None) in whole.entries()
