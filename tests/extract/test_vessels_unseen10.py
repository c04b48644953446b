"""Invented sentences: ships and boats as participants. A hyphenated "-flagged", "-registered", "-owned",
"-operated" modifier on a vessel noun, or the same participle after it ("a tanker flagged in X", "a freighter
owned by a Y company"), tells the vessel's registry or owner, not a party: the vessel is an open-world actor
named by its phrase, with the flag state's country (extract/actors/vessels.py; ``vessel_participles``,
``vessel_heads`` in data/actor_words.yaml). A bare nationality word on fishing boats or navy ships still
names the state. Blocking, boarding, driving or chasing away, turning away, expelling, intercepting and
escorting vessels out of an area restrict their movement by force: COERCE (CAMEO 191), never REJECT
(data/triggers.yaml). An act on a migrant boat falls on the migrants (data/actors/generic.yaml)."""

from __future__ import annotations

import pytest
from helpers import coded_events, coded_pairs


def _rows(res, text):
    return {(e.type, e.source.actor_id if e.source else None, e.target.text if e.target else None,
             e.target.country if e.target else None) for e in coded_events(res, text, "2025-05-14")}


def _pairs(res, text):
    return coded_pairs(res, text, "2025-05-14")


@pytest.mark.parametrize("text, row", [
    ("Venezuelan troops seized a Liberian-flagged crude tanker off Aruba on Thursday.",
     ("COERCE", "VEN", "Liberian-flagged crude tanker", "LBR")),
    ("Houthi fighters fired a ballistic missile at a Danish-owned, Singapore-flagged container ship on Monday.",
     ("ASSAULT", "HOUTHIS", "Danish-owned, Singapore-flagged container ship", "SGP")),
    ("Eritrean naval forces detained a Yemeni-operated fishing dhow in the Red Sea.",
     ("COERCE", "ERI", "Yemeni-operated fishing dhow", "YEM")),
    ("Armed pirates hijacked a Bahamas-flagged chemical tanker off Nigeria.",
     ("ASSAULT", "GEN_PIRATES", "Bahamas-flagged chemical tanker", "BHS")),
    ("Italian authorities impounded a German-flagged migrant rescue ship.",
     ("COERCE", "ITA", "German-flagged migrant rescue ship", "DEU")),
    ("Pirates boarded a Greek-owned and Liberian-flagged bulk carrier off Somalia.",
     ("COERCE", "GEN_PIRATES", "Greek-owned and Liberian-flagged bulk carrier", "LBR")),
    ("A Japanese-operated car carrier was seized by Houthi rebels in the Red Sea.",
     ("COERCE", "HOUTHIS", "Japanese-operated car carrier", "JPN")),
    ("Israeli naval commandos intercepted a Swedish-flagged aid flotilla heading for Gaza.",
     ("COERCE", "ISR", "Swedish-flagged aid flotilla", "SWE")),
    ("Greek coast guard vessels turned away a Turkish-flagged cargo ship near Lesbos.",
     ("COERCE", "GRC", "Turkish-flagged cargo ship", "TUR")),
    ("A Greek-owned bulk carrier was escorted out of the area by a Turkish navy corvette.",
     ("COERCE", "TUR", "Greek-owned bulk carrier", "GRC")),
    ("The Pakistani navy released the Indian-owned trawler it had seized in March.",
     ("RETREAT", "PAK", "Indian-owned trawler", "IND")),
    ("Mexican marines boarded a tanker flagged in Gabon.", ("COERCE", "MEX", "tanker flagged in Gabon", "GAB")),
    ("Houthi drones struck a freighter owned by a Greek shipping company.",
     ("ASSAULT", "HOUTHIS", "freighter owned by a Greek shipping company", "GRC")),
    ("A Maersk-operated container ship was struck by a Houthi missile.",
     ("ASSAULT", "HOUTHIS", "Maersk-operated container ship", None)),
])
def test_a_flagged_or_owned_vessel_is_the_party(res, text, row):
    rows = _rows(res, text)
    assert row in rows, rows


@pytest.mark.parametrize("text, flag", [
    ("Iranian forces seized a Panama-flagged oil tanker in the Strait of Hormuz.", "PAN"),
    ("Houthi rebels attacked a British-owned tanker with missiles.", "GBR"),
    ("Indonesian authorities detained a Chinese-flagged fishing vessel in the Natuna Sea.", "CHN"),
])
def test_the_flag_or_owner_state_is_no_party(res, text, flag):
    pairs = _pairs(res, text)
    assert pairs and not any(flag in (s, t) for _, s, t in pairs), pairs


@pytest.mark.parametrize("text, row", [
    ("Indonesian patrol ships blocked Malaysian fishing boats near Ambalat.", ("COERCE", "IDN", "MYS")),
    ("South Korean coast guard vessels drove away Chinese fishing boats on Friday.", ("COERCE", "KOR", "CHN")),
    ("Japanese patrol boats expelled Taiwanese trawlers from the disputed waters.", ("COERCE", "JPN", "TWN")),
    ("A Vietnamese research vessel was escorted out of the area by a Chinese frigate.", ("COERCE", "CHN", "VNM")),
    ("A Thai navy corvette escorted the Cambodian fishing boats out of Thai waters.", ("COERCE", "THA", "KHM")),
    ("Chinese coast guard ships chased off a Philippine supply boat.", ("COERCE", "CHN", "PHL")),
    ("Russia seized two Ukrainian navy ships in the Kerch Strait.", ("COERCE", "RUS", "UKR")),
])
def test_a_nationality_word_on_boats_names_the_state_and_restriction_is_coercion(res, text, row):
    pairs = _pairs(res, text)
    assert row in pairs and not any(t in ("REJECT", "SANCTION") for t, _, _ in pairs), pairs


@pytest.mark.parametrize("text", [
    "A Panama-flagged tanker docked in Rotterdam on Monday.",
    "The Norwegian-owned ferry sailed from Bergen to Newcastle.",
    "Israeli air defences intercepted a drone launched from Lebanon.",
])
def test_no_act_on_a_vessel_is_no_event(res, text):
    assert not _pairs(res, text)


def test_blocking_a_statement_stays_a_refusal(res):
    assert ("REJECT", "HUN", "EU") in _pairs(res, "Hungary blocked an EU statement on Taiwan.")


def test_an_owner_participle_on_an_actor_noun_still_names_its_owner(res):
    assert ("ACCUSE", "HAMAS", "ISR") in _pairs(res, "Hamas-run authorities accused Israel of blocking aid.")


@pytest.mark.parametrize("text, row", [
    ("Greek coast guard boats pushed back a migrant boat toward Turkish waters.",
     ("COERCE", "GRC", "GEN_REFUGEES")),
    ("The Italian navy rescued a migrant boat off Lampedusa.", ("AID", "ITA", "GEN_REFUGEES")),
    ("Malaysian maritime agents turned away a migrant boat carrying Rohingya refugees.",
     ("COERCE", "MYS", "GEN_REFUGEES")),
])
def test_an_act_on_a_migrant_boat_falls_on_the_migrants(res, text, row):
    pairs = _pairs(res, text)
    assert row in pairs and all(t == row[2] for _, _, t in pairs), pairs
