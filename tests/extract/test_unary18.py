"""Invented sentences (branch unary18): acts that came out as nothing at all.

A one-sided act told as coming or required is kept where the act is whole with its doer alone (whole.py,
``whole_alone`` in plover.yaml): a body's own meeting, a deployment or drill, a withdrawal from a place; any
other one-sided act not told as done stays a fragment. A report that someone failed to do something, or did
nothing or little to do it, is the speaker's criticism of them (stance.py, ``failing_verbs``, ``shortfall_objects``)."""

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
    ("Honduras said Guatemala had done nothing to stop the gangs crossing the border.",
     ("ACCUSE", "HND", "GTM", "asserted")),
    ("Malaysia said Indonesia had done little to curb the forest fires.", ("ACCUSE", "MYS", "IDN", "asserted")),
    ("Jordan said the Syrian raid was a war crime.", ("ACCUSE", "JOR", "SYR", "asserted")),
])
def test_failure_said_is_criticism(res, text, row):
    assert row in {(t, s, o, m) for t, s, o, m in coded_rows(res, text)}, coded_rows(res, text)


@pytest.mark.parametrize("text", [
    "Peru said it had failed to reach a deal with Chile.",  # its own failure
    "Paraguay said Bolivia had not failed to act.",  # denied
    "Peru said it had done little to prepare for the floods.",  # its own shortfall
    "Honduras said Guatemala had done nothing wrong.",  # no duty left undone
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


def test_a_broken_promise_is_no_promise(res):
    """ "broke its promise" defies what was promised (REJECT, as "breached"); the noun is no AGREE of its own."""
    rows = coded_rows(res, "Uzbekistan said Tajikistan had broken its commitments under the water deal.")
    assert not any(t == "AGREE" for t, s, o, m in rows), rows
    assert ("REJECT", "TJK", None, "asserted") in rows, rows


@pytest.mark.parametrize("text, row", [
    # a "between" phrase hung on the verb of happening an act noun is the subject of names the noun's parties
    ("Talks resumed in Vienna on Monday between Iran and the IAEA.", ("CONSULT", "IRN", "IAEA")),
    ("Fighting broke out overnight between Ethiopian and Eritrean troops.", ("ASSAULT", "ETH", "ERI")),
    ("A second round of negotiations took place in Cairo between Egypt and Ethiopia.", ("CONSULT", "EGY", "ETH")),
])
def test_parties_hung_on_the_verb_of_happening(res, text, row):
    rows = {(t, s, o) for t, s, o, m in coded_rows(res, text)}
    assert row in rows or (row[0], row[2], row[1]) in rows, rows


def test_parties_of_an_object_stay_with_it(res):
    """A verb with an object of its own ("set a border") is no verb of happening: its phrase stays."""
    rows = coded_rows(res, "The agreement set a border between Chad and Libya.")
    assert not any({s, o} == {"TCD", "LBY"} for t, s, o, m in rows), rows


@pytest.mark.parametrize("text, row", [
    # a noun's "by" agent does what its infinitive tells, as its possessor does ("X's decision to expel Y")
    ("The decision by Burundi to expel the Rwandan ambassador surprised observers.", ("SANCTION", "BDI", "RWA")),
    ("A plan by Burundi to expel the Rwandan ambassador angered Kigali.", ("SANCTION", "BDI", "RWA")),
])
def test_by_agent_of_a_noun_does_its_infinitive(res, text, row):
    assert row in {(t, s, o) for t, s, o, m in coded_rows(res, text)}, coded_rows(res, text)
