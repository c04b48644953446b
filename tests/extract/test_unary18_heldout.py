"""Held-out invented sentences for issue 17's "no output at all" class (branch unary18), written before the
rule and not tuned on: an act one party does that is whole without a second side (a body's own meeting, a
deployment or drill, a withdrawal from a place), told as coming or required rather than done, and a criticism
told in a report clause ("said that X had failed to ..."). Each names the one row it must give."""

from __future__ import annotations

import pytest
from helpers import coded_events

CASES = [
    # a body's own meeting, told as coming: CONSULT with no target
    ("Arab League foreign ministers are due to meet in Rabat in November.", ("CONSULT", "ARAB_LEAGUE", None)),
    ("ECOWAS heads of state will convene in Abuja next month.", ("CONSULT", "ECOWAS", None)),
    ("The Shanghai Cooperation Organisation will hold its annual summit in Astana in July.", ("CONSULT", "SCO", None)),
    # a withdrawal from a place, told as required or planned: RETREAT with no target
    pytest.param("Eritrean troops must leave the Tigray region by the end of January.", ("RETREAT", "ERI", None),
                 marks=pytest.mark.xfail(strict=True, reason="kept, but the region left is read as its state: "
                                                             "RETREAT ERI -> ETH, where this row asks no target")),
    ("Under the accord, Congolese units are to withdraw from the border strip within 30 days.", ("RETREAT", "COD", None)),
    # a deployment or drill, told as coming: MOBILIZE with no target
    # ("Valparaiso" had resolved to a US town of that name; Chile's and Brazil's "Valparaíso" share it: no country)
    ("The Chilean navy will hold live-fire exercises off Valparaiso next week.", ("MOBILIZE", "CHL", None)),
    ("Thailand is expected to deploy additional troops to its southern provinces.", ("MOBILIZE", "THA", None)),
    # a criticism told in a report clause: the speaker ACCUSEs the one said to have failed
    ("Human Rights Watch said on Tuesday that Zimbabwe had failed to investigate abuses by its police.",
     ("ACCUSE", "HRW", "ZWE")),
    ("Nigeria's senate president said Niger had failed to secure the shared border.", ("ACCUSE", "NGA", "NER")),
]


@pytest.mark.parametrize("text, row", CASES)
def test_heldout(res, text, row):
    typ, source, target = row
    got = [(e.type, e.source and (e.source.actor_id, e.source.country), e.target and (e.target.actor_id, e.target.country))
           for e in coded_events(res, text, "2025-03-10")]
    def side(ref, want):
        return ref is None if want is None else ref is not None and want in ref
    assert any(t == typ and side(s, source) and side(o, target) for t, s, o in got), got
