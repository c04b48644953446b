"""Held-out sentences for brief senses18, second batch (violent repression; an act noun ordered), written with
the rules set aside (the lexicon at the commit before them) and not tuned on: a crackdown or repression told
as violent is violent repression (CAMEO 175, ASSAULT); a release, withdrawal or ceasefire ordered by a state,
its court or its leader is its own act (RETREAT), ordered by a body of states it is demanded (REQUEST)."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, must, must_not", [
    ("Belarusian security forces launched a violent crackdown on opposition marchers in Minsk.",
     [("ASSAULT", "BLR", None, "asserted")], [("COERCE", "BLR", None, None)]),
    ("Nicaragua's deadly crackdown on student protesters left dozens dead in 2018.",
     [("ASSAULT", "NIC", None, None)], [("COERCE", "NIC", None, None)]),
    ("Human rights groups condemned the Syrian army's brutal repression of the uprising.",
     [("ASSAULT", "SYR", None, "asserted")], [("COERCE", "SYR", None, None)]),
    ("Cambodia's crackdown on independent newspapers continued this year.",
     [("COERCE", "KHM", None, None)], [("ASSAULT", "KHM", None, None)]),
    ("A court in Accra ordered the release of four Togolese fishermen on Tuesday.",
     [("RETREAT", "GHA", "TGO", "asserted")], [("REQUEST", "GHA", None, None)]),
    ("Armenia's prime minister ordered the withdrawal of Armenian troops from the border villages.",
     [("RETREAT", "ARM", None, "asserted")], [("MOBILIZE", "ARM", None, None), ("REQUEST", "ARM", None, None)]),
    ("The Libyan commander ordered a ceasefire around Tripoli on Sunday.",
     [("RETREAT", "LBY", None, "asserted")], [("REQUEST", "LBY", None, None)]),
    ("The Peruvian president ordered the release of the detained Bolivian truck drivers.",
     [("RETREAT", None, "BOL", "asserted")], [("REQUEST", None, None, None)]),
    ("The African Union ordered the withdrawal of Rwandan troops from the eastern provinces.",
     [("REQUEST", "AU", "RWA", "asserted")], [("RETREAT", "AU", None, None), ("MOBILIZE", "AU", None, None)]),
])
def test_heldout_senses_second_batch(res, text, must, must_not):
    assert_rows(coded_rows(res, text, "2025-06-12"), must, must_not, text)
