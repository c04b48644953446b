"""Invented sentences: an actor named only as a landmark or as a thing's maker is not whom an act falls on.

A landmark phrase ("near", "along", "off") on a place already named by a preposition of place, when it names a
whole state, tells where that place lies ("burned homes in villages near X": not X); a city there still names
the state the place lies in ("in villages near Kharkiv"), and a landmark on the verb itself is searched like any
place ("staged drills near X"). A modifier of a thing's maker ("Iranian-made drones", ``origin_participles``)
is not its holder; one of its owner ("a Russian-occupied town", "an American-owned field") is
(nlp/predicate.py)."""

from __future__ import annotations

import pytest
from helpers import coded_events


def rows(res, text):
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in coded_events(res, text)}


@pytest.mark.parametrize("text, row", [
    # a landmark state on a place already named: where the place lies, the target unsure
    ("Myanmar troops burned homes in Rakhine villages near Bangladesh.", ("ASSAULT", "MMR", None)),
    ("Sudanese militias looted shops in towns along the Chadian border.", ("COERCE", "SDN", None)),
    ("Troops shelled houses in a village near the Syrian border.", ("ASSAULT", "GEN_MILITARY", None)),
    ("Rebels burned farms in districts near Uganda.", ("ASSAULT", "GEN_REBELS", None)),
    ("Ethiopian troops attacked a camp in a region along Eritrea.", ("ASSAULT", "ETH", None)),
    ("Iran seized a tanker in waters off Oman.", ("COERCE", "IRN", None)),
    # a maker named before a dash is not the holder
    ("Ukraine shot down Iranian-made drones over Kyiv.", ("ASSAULT", "UKR", None)),
    ("Kenyan troops destroyed Russian-supplied ammunition on Monday.", ("ASSAULT", "KEN", None)),
    ("Poland arrested a Belarusian-born spy.", ("COERCE", "POL", None)),
])
def test_a_landmark_or_a_maker_is_no_target(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, row", [
    # the place is the target: named by the verb's own phrase, or a city's state
    ("Israel shelled villages in Lebanon.", ("ASSAULT", "ISR", "LBN")),
    ("Azerbaijan seized villages in Armenia.", ("COERCE", "AZE", "ARM")),
    ("Russian forces shelled homes in villages near Kharkiv.", ("ASSAULT", "RUS", "UKR")),
    ("Israeli jets struck a warehouse in a district near Damascus.", ("ASSAULT", "ISR", "SYR")),
    ("China staged drills near Taiwan.", ("MOBILIZE", "CHN", "TWN")),
    ("Activists protested outside the Saudi embassy.", ("PROTEST", "GEN_ACTIVISTS", "SAU")),
    ("Protesters burned tyres outside the French embassy in Niamey.", ("PROTEST", "GEN_PROTESTERS", "FRA")),
    # the owner, or the state a thing belongs to, is the target
    ("Ukraine struck a Russian tanker.", ("ASSAULT", "UKR", "RUS")),
    ("Syria shot down an Israeli drone.", ("ASSAULT", "SYR", "ISR")),
    ("Ukraine hit a Russian-occupied town.", ("ASSAULT", "UKR", "RUS")),
    ("Venezuela seized an American-owned oil field.", ("COERCE", "VEN", "USA")),
    ("Greece seized a Turkish fishing boat.", ("COERCE", "GRC", "TUR")),
    ("Germany expelled a Russian diplomat.", ("SANCTION", "DEU", "RUS")),
])
def test_the_place_or_owner_named_is_the_target(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, row, venue", [
    # the occasion a thing was said at ("at a summit", "in a speech at X") tells where, not to whom
    ("Ukraine appealed for more weapons at a NATO summit.", ("REQUEST", "UKR", None), "NATO"),
    ("Qatar condemned the strike at an Arab League meeting.", ("ACCUSE", "QAT", None), "ARAB_LEAGUE"),
    ("Greece demanded compensation at an EU summit.", ("REQUEST", "GRC", None), "EU"),
    ("Venezuela denounced the blockade in a speech at the OAS.", ("ACCUSE", "VEN", None), "OAS"),
    ("China warned against foreign interference at the WTO.", ("THREATEN", "CHN", None), "WTO"),
    ("India raised concerns at the WTO about subsidies.", ("ACCUSE", "IND", None), "WTO"),
])
def test_the_occasion_of_a_statement_is_no_target(res, text, row, venue):
    found = rows(res, text)
    assert row in found and not any(r[2] == venue for r in found), found


@pytest.mark.parametrize("text, row", [
    # a meeting with X names X; a target named beside the occasion stays the target
    ("Iran pledged to cooperate at a meeting with the IAEA.", ("AGREE", "IRN", "IAEA")),
    ("Iran criticised Israel at the UN General Assembly.", ("ACCUSE", "IRN", "ISR")),
    ("Turkey threatened to block Sweden's bid at the NATO summit.", ("THREATEN", "TUR", "SWE")),
    ("Pakistan accused India at the UN of sponsoring terrorism.", ("ACCUSE", "PAK", "IND")),
])
def test_a_party_beside_the_occasion_is_the_target(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, row, tongue", [
    # a demonym naming a tongue ("Russian-language") is no state the thing belongs to
    ("Kazakhstan closed Russian-language schools.", ("COERCE", "KAZ", None), "RUS"),
    ("Mali suspended the French-language broadcasts of RFI.", ("COERCE", "MLI", "ORG_RFI"), "FRA"),
])
def test_the_tongue_of_a_thing_is_no_target(res, text, row, tongue):
    found = rows(res, text)
    assert row in found and not any(r[2] == tongue for r in found), found
