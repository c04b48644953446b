"""Held-out sentences (branch agents18), written before the rule: an act of force told in a clause on
the weapon another actor stopped ("intercepted the missiles that X fired") falls on the one who stopped it."""

from __future__ import annotations

import pytest
from helpers import coded_rows


@pytest.mark.parametrize("text, row", [
    ("Ukraine's air force said it shot down 43 of the 60 drones that Russia launched overnight.",
     ("ASSAULT", "RUS", "UKR")),
    ("Saudi Arabia intercepted two ballistic missiles that the Houthis fired on Sunday.",
     ("ASSAULT", None, "SAU")),
    ("Taiwan's military said on Tuesday it had downed a drone launched by China.",
     ("ASSAULT", "CHN", "TWN")),
    ("Azerbaijan intercepted rockets fired by Armenian forces on Thursday.",
     ("ASSAULT", "ARM", "AZE")),
    ("South Korea's army intercepted most of the artillery shells North Korea fired on Friday.",
     ("ASSAULT", "PRK", "KOR")),
    ("Israel intercepted the rockets, which Hamas had fired from Gaza overnight.",
     ("ASSAULT", None, "ISR")),
    ("Kuwait's air defences shot down a drone that Iraqi militias launched on Saturday.",
     ("ASSAULT", None, "KWT")),
    ("Romania said its jets had destroyed three of the drones that Russia launched across the Danube.",
     ("ASSAULT", "RUS", "ROU")),
])
def test_interceptor_is_the_target(res, text, row):
    found = coded_rows(res, text)
    assert any(all(w is None or w == r for r, w in zip(got, row)) for got in found), found


@pytest.mark.parametrize("text, bad", [
    # counting or reporting the weapons is no stopping of them
    ("Swiss observers counted the missiles that Syria fired on Monday.", ("ASSAULT", "SYR", "CHE")),
    # a target the firing clause names itself stays
    ("Jordan said its jets had shot down several of the drones Iran launched toward Israel.", ("ASSAULT", "IRN", "JOR")),
])
def test_no_interceptor_guess(res, text, bad):
    found = coded_rows(res, text)
    assert not any(r[:3] == bad for r in found), found
