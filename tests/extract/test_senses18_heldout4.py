"""Held-out sentences for brief senses18, fourth batch (a state's boycott; drugs seized), written with the rules
set aside (the lexicon at the commit before them) and not tuned on: a state boycotting another's goods imposes
a boycott (CAMEO 163, COERCE), people boycotting goods protest; drugs or contraband seized by the police are no
act on the state they came from or were bound for, a tanker or assets seized are (CAMEO 1711)."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, must, must_not", [
    ("Bahrain boycotted Lebanese products after the minister's remarks.",
     [("COERCE", "BHR", "LBN", "asserted")], [("ACCUSE", "BHR", "LBN", None), ("PROTEST", "BHR", "LBN", None)]),
    ("Turkey has boycotted French goods since October.",
     [("COERCE", "TUR", "FRA", None)], [("ACCUSE", "TUR", "FRA", None)]),
    ("Pakistani shoppers boycotted Danish products.",
     [], [("COERCE", None, "DNK", None)]),
    ("Colombian police seized eight tonnes of cocaine bound for the Netherlands.",
     [], [("COERCE", "COL", "NLD", None)]),
    ("Greek coastguards seized 400 kilos of Turkish heroin off Lesbos.",
     [], [("COERCE", "GRC", "TUR", None)]),
    ("Customs officers in Lagos confiscated a large haul of Brazilian cocaine.",
     [], [("COERCE", "NGA", "BRA", None)]),
    ("Venezuela seized a Guyanese fishing boat on Thursday.",
     [("COERCE", "VEN", "GUY", "asserted")], []),
    ("Estonia seized Russian-owned property worth 20 million euros.",
     [("COERCE", "EST", "RUS", "asserted")], []),
])
def test_heldout_boycotts_and_seizures(res, text, must, must_not):
    assert_rows(coded_rows(res, text, "2025-06-12"), must, must_not, text)
