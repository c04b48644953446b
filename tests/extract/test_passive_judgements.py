"""The act a judgement gives as its reason ("accused X of arming Y", "praised X for arresting ...") is done by
the one judged, in the passive too ("X was accused by Y of arming Z": X arms Z), and the judge is no party
to it (no implied side from the judgement).  Invented sentences."""

from __future__ import annotations

import pytest
from helpers import coded_pairs

import diplograph


def rows(res, text, published="2024-05-02"):
    return coded_pairs(res, text, published)


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


@pytest.mark.parametrize("text, wanted, unwanted", [
    # an offer, proposal or invitation is each doer's own: conjoined doers are not each other's partners
    ("A truce proposed by Kenya and Ethiopia was accepted by Somalia.", None, ("AGREE", "KEN", "ETH")),
    ("Norway and Sweden offered new support last week.", None, ("AGREE", "NOR", "SWE")),
    # agreeing with each other still is one act between them
    ("Norway and Sweden agreed to pool their fighter jets.", ("AGREE", "NOR", "SWE"), None),
])
def test_offers_are_each_doers_own(res, text, wanted, unwanted):
    found = rows(res, text)
    swapped = {(t, b, a) for t, a, b in found}
    if wanted is not None:
        assert wanted in found | swapped, found
    if unwanted is not None:
        assert unwanted not in found | swapped, found


def test_judged_thing_of_coordinated_authors(res):
    found = rows(res, "Sudan's army rejected a plan proposed by Egypt and Qatar.")
    assert {("REJECT", "SDN", "EGY"), ("REJECT", "SDN", "QAT")} <= found, found


@pytest.mark.parametrize("text, row", [
    # a small clause object: "declared X persona non grata" (the parser may read "persona" as a bare verb)
    ("Israel declared Lula persona non grata.", ("SANCTION", "ISR", "PER_LUIZ_INACIO_LULA")),
    ("The remarks prompted Peru to declare the Mexican ambassador persona non grata.", ("SANCTION", "PER", "MEX")),
])
def test_small_clause_objects(res, text, row):
    found = rows(res, text)
    assert any(t == row[0] and s == row[1] and (g == row[2] or (g or "").startswith(row[2])) for t, s, g in found), found
