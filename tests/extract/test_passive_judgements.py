"""The act a judgement gives as its reason ("accused X of arming Y", "praised X for arresting ...") is done by
the one judged, in the passive too ("X was accused by Y of arming Z": X arms Z), and the judge is no party
to it (no implied side from the judgement).  Invented sentences."""

from __future__ import annotations

import pytest

import diplograph


def rows(res, text, published="2024-05-02"):
    return {(e.type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            for e in diplograph.code(text, resources=res, published=published)}


@pytest.mark.parametrize("text, row", [
    ("Eritrea was accused by Amnesty International of shelling Ethiopian villages.", ("ASSAULT", "ERI", "ETH")),
    ("Chad was accused by Sudan of arming the RSF.", ("AID", "TCD", "ORG_RSF")),
    ("Mali was accused by Algeria of attacking Tuareg rebels.", ("ASSAULT", "MLI", None)),
])
def test_passive_judgement_reason_is_the_judged_ones_act(res, text, row):
    found = rows(res, text)
    if row[2] is None:
        assert any(t == row[0] and s == row[1] for t, s, _ in found), found
    else:
        assert row in found, found


@pytest.mark.parametrize("text, judge, reason_type", [
    ("Serbia was praised by the EU for arresting the suspects.", "EU", "COERCE"),
    ("Kenya thanked Tanzania for detaining the smugglers.", "KEN", "COERCE"),
])
def test_judge_is_no_party_to_the_reason(res, text, judge, reason_type):
    evs = diplograph.code(text, resources=res, published="2024-05-02")
    reasons = [e for e in evs if e.type == reason_type]
    assert reasons, [(e.type, e.source, e.target) for e in evs]
    assert all(e.target is None or e.target.actor_id != judge for e in reasons), \
        [(e.type, e.source, e.target) for e in reasons]
