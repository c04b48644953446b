"""Held-out sentences for brief senses18 (the PLOVER type of a trigger whose sides are right), written before
the rules and not tuned on: an order to a company or person to stop or pay (CAMEO 172, COERCE) against an
order to a state to close its mission (CAMEO 161/166, SANCTION); a body blocked from acting by a member (CAMEO
129, a veto: REJECT); a call (noun) to do something, an appeal (REQUEST), not a telephone call."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, must, must_not", [
    pytest.param("A court in Lima on Thursday ordered the mining company Volcan to suspend work at two of its pits.",
                 [("COERCE", "PER", None, "asserted")], [("REQUEST", "PER", None, None)],
                 marks=pytest.mark.xfail(strict=True, reason="the parser reads the name 'Volcan' as a verb: no object")),
    ("Brazil's competition regulator has ordered Apple to stop blocking rival payment apps, the agency said.",
     [("COERCE", "BRA", None, "asserted")], [("REQUEST", "BRA", None, None)]),
    ("Indonesia ordered Google and Meta to remove the videos within 48 hours.",
     [("COERCE", "IDN", None, "asserted")], [("REQUEST", "IDN", None, None)]),
    pytest.param("Safaricom was ordered by a Kenyan court to refund its customers.",
                 [("COERCE", "KEN", None, "asserted")], [("REQUEST", "KEN", None, None)],
                 marks=pytest.mark.xfail(strict=True, reason="'Safaricom' is resolved as no actor: no object kind")),
    ("Norway ordered Russia on Friday to close its consulate in Bergen.",
     [("SANCTION", "NOR", "RUS", "asserted")], [("REQUEST", "NOR", "RUS", None)]),
    ("Moscow has ordered Estonia to shut its consulate in Pskov, the foreign ministry said.",
     [("SANCTION", "RUS", "EST", "asserted")], [("REQUEST", "RUS", "EST", None)]),
    ("Austria blocked the European Union from opening accession talks with Albania.",
     [("REJECT", "AUT", "EU", "asserted")], [("COERCE", "AUT", "EU", None)]),
    ("Poland on Wednesday blocked NATO from adopting a joint statement, diplomats said.",
     [("REJECT", "POL", "NATO", None)], [("COERCE", "POL", "NATO", None)]),
    ("Despite growing calls from Ghana to lift the blockade, Togo kept the border shut.",
     [("REQUEST", "GHA", None, "asserted")], [("CONSULT", "GHA", None, None)]),
    ("Calls from Chile to release the detained fishermen went unanswered in Lima.",
     [("REQUEST", "CHL", None, None)], [("CONSULT", "CHL", None, None)]),
    ("Peru's president ordered the army to secure the northern border.",
     [], [("COERCE", None, None, None), ("REQUEST", None, None, None)]),
])
def test_heldout_senses(res, text, must, must_not):
    assert_rows(coded_rows(res, text, "2025-06-12"), must, must_not, text)
