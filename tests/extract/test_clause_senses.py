"""Senses and shared arguments read from the clause: "proposed that X mediate" asks X (REQUEST), a plain
"proposed talks" offers them; resuming what one suspended ends the suspension (RETREAT); an object after two
conjoined clauses set off by commas belongs to both ("A condemned, and B criticised, the test"); the actors
coordinated with a recipient are recipients too.  Invented sentences."""

from __future__ import annotations

import pytest

import diplograph


def rows(res, text, published="2024-05-02"):
    return {(e.type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None,
             e.modality) for e in diplograph.code(text, resources=res, published=published)}


def has(found, type_, src, tgt, modality=None):
    return any(t == type_ and s == src and g == tgt and modality in (None, m) for t, s, g, m in found)


@pytest.mark.parametrize("text, row, modality", [
    ("Kenya proposed that the African Union mediate the border dispute.", ("REQUEST", "KEN", "AU"), None),
    ("Norway recommended that Sweden expel the Iranian diplomat.", ("SANCTION", "SWE", "IRN"), "future"),
    ("Malaysia proposed joint patrols with Indonesia.", ("AGREE", "MYS", "IDN"), None),
    ("Morocco resumed direct flights to Algeria on Monday.", ("RETREAT", "MAR", "DZA"), None),
    ("Vietnam welcomed, but Cambodia rejected, the Thai proposal.", ("REJECT", "KHM", "THA"), None),
    ("Vietnam welcomed, but Cambodia rejected, the Thai proposal.", ("SUPPORT", "VNM", "THA"), None),
    ("Oman offered to host talks between Iran and Saudi Arabia.", ("AGREE", "OMN", "SAU"), None),
    ("Oman offered to host talks between Iran and Saudi Arabia.", ("AGREE", "OMN", "IRN"), None),
])
def test_clause_senses(res, text, row, modality):
    found = rows(res, text)
    assert has(found, *row, modality), found


@pytest.mark.parametrize("text, row, unwanted", [
    # a refusal is aimed at whom the refused act would have served, once
    ("Peru refused to extradite a former Shining Path leader to Chile.", ("REJECT", "PER", "CHL"), ("REJECT", "PER", None)),
    ("India declined to share intelligence with Canada.", ("REJECT", "IND", "CAN"), None),
    # a cooperative act the rejecter would have taken part in is not done; an offer rejected was still made
    ("Cuba rejected Russian aid.", ("AID", "RUS", "CUB", "negated"), None),
    ("Hamas rejected an Egyptian offer of a truce.", ("AGREE", "EGY", "HAMAS", "asserted"), None),
    # people pushed across a border are expelled
    ("Greek coast guards pushed dozens of migrants back towards Turkey.", ("COERCE", "GRC", "GEN_REFUGEES"), None),
])
def test_refusals_and_pushbacks(res, text, row, unwanted):
    found = rows(res, text)
    assert has(found, *row), found
    if unwanted is not None:  # no second refusal row aimed elsewhere
        assert len([f for f in found if f[0] == unwanted[0]]) == 1, found
