"""Held-out sentences for brief senses18, third batch (goods that arrive make no visit), written with the rule
set aside (the lexicon at the commit before it) and not tuned on: "arrived in X" is a visit (CAMEO 042,
CONSULT) when a party or its envoy arrives, none when aid, a shipment or a donation does."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, must, must_not", [
    ("A consignment of Indian rice arrived in Colombo on Thursday.",
     [], [("CONSULT", None, None, None)]),
    ("Turkish humanitarian aid arrived in Aleppo after the earthquake.",
     [], [("CONSULT", None, None, None)]),
    ("The first batch of Russian wheat arrived in Mogadishu, the port authority said.",
     [], [("CONSULT", None, None, None)]),
    ("Kuwait's donation of medical equipment arrived in Amman on Friday.",
     [], [("CONSULT", "KWT", "JOR", None)]),
    ("A cargo of American weapons arrived in Taipei last week.",
     [], [("CONSULT", None, None, None)]),
    ("Japan's foreign minister arrived in Hanoi on Tuesday for a two-day visit.",
     [("CONSULT", None, "VNM", "asserted")], []),
    ("An Egyptian delegation arrived in Khartoum to mediate between the factions.",
     [("CONSULT", "EGY", "SDN", "asserted")], []),
    ("Vaccines donated by France arrived in Dakar on Monday.",
     [], [("CONSULT", None, None, None)]),
])
def test_heldout_arrivals(res, text, must, must_not):
    assert_rows(coded_rows(res, text, "2025-06-12"), must, must_not, text)
