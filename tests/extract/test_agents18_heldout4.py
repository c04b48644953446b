"""Held-out sentences (branch agents18), written before any tuning of the rule: a bare weapon's blow told after a
clause naming the doer of an act of the same type, in the same sentence ("X pressed its offensive, and a missile
hit Y"), is that doer's."""

from __future__ import annotations

import pytest
from helpers import coded_rows


@pytest.mark.parametrize("text, row", [
    ("Sudan's army escalated its bombardment of Omdurman on Monday, and a shell hit a market in the city.",
     ("ASSAULT", "SDN", None)),
    pytest.param("Turkey continued its air campaign against the PKK: a drone struck a vehicle near Sulaymaniyah.",
     ("ASSAULT", "TUR", None), marks=pytest.mark.xfail(strict=True, reason="'air campaign' is not matched as an act noun of force, so the earlier clause names no doer")),
    ("Myanmar's junta launched new airstrikes, and a bomb destroyed a clinic run by Karen rebels.",
     ("ASSAULT", "MMR", None)),
    pytest.param("North Korea fired artillery near the border; a shell landed on a South Korean island.",
     ("ASSAULT", "PRK", "KOR"), marks=pytest.mark.xfail(strict=True, reason="'landed on' is no trigger: the shell's blow is no act of its own")),
    pytest.param("Pakistani forces shelled Afghan border posts, and a mortar round killed three Afghan guards.",
     ("ASSAULT", "PAK", "AFG"), marks=pytest.mark.xfail(strict=True, reason="'mortar round' (head 'round') is not among projectile_nouns")),
    ("Russian troops pounded Kherson overnight, and a missile struck a hospital there.",
     ("ASSAULT", "RUS", "UKR")),
])
def test_the_weapon_is_the_doers(res, text, row):
    found = coded_rows(res, text)
    assert any(all(w is None or w == r for r, w in zip(got, row)) for got in found), found
    assert not any(r[0] == row[0] and r[1] is None for r in found), found


@pytest.mark.parametrize("text, bad", [
    # the blow after is an answer
    ("Serbia shelled the villages, and rockets hit Serbian towns in retaliation.", ("ASSAULT", "SRB", "SRB")),
    ("Rockets struck Georgian villages, and Russia bombed the Pankisi gorge.", ("ASSAULT", "RUS", "GEO")),
])
def test_no_weapon_doer_guessed(res, text, bad):
    assert not any(r[:3] == bad for r in coded_rows(res, text))
