"""Participants on unseen sentences, round 8: a region the gazetteer lists is a place of its country, never a
person or an organisation ("rockets at the Galilee"); a capital or city naming a meeting or an instrument is
its venue, not a party ("rejected the Minsk agreements"); a name before a treaty noun names the treaty, no
actor ("the INF treaty"); "refused to let X do" and "prevented X from doing" act on X. Invented sentences; each case
asserts the (type, source, target) a careful analyst would code, a code matching an actor's id or its
country ("*": any actor, None: no actor)."""

from __future__ import annotations

import pytest
from helpers import assert_found as _case
from helpers import coded_flat as _events
from helpers import side_is as _is

# ------------------------------------------------------------------ A. regions are places of their country

@pytest.mark.parametrize("text,typ,source,target", [
    ("Hezbollah fired rockets at the Galilee on Monday.", "ASSAULT", "HEZBOLLAH", "ISR"),
    ("Houthi rebels launched a missile toward the Negev.", "ASSAULT", "HOUTHIS", "ISR"),
    ("Azerbaijani troops shelled villages in Syunik.", "ASSAULT", "AZE", "ARM"),
    ("Israeli aircraft bombed positions in southern Lebanon's Bekaa.", "ASSAULT", "ISR", "LBN"),
    ("Rwandan-backed rebels seized two towns in North Kivu.", "COERCE", "*", "COD"),
    ("Israeli drones struck a car in the Galilee panhandle.", "ASSAULT", "ISR", "ISR"),
])
def test_a_listed_region_is_a_place_of_its_country(text, typ, source, target):
    if source == target:  # (an act inside the actor's own country: at least no person or organisation)
        evs = _events(text)
        assert not any(e.target is not None and e.target.actor_id.startswith(("PER_", "ORG_")) for e in evs)
        return
    _case(text, typ, source, target)


@pytest.mark.parametrize("text,name", [
    ("Hezbollah fired rockets at the Galilee on Monday.", "GALILEE"),
    ("Israeli aircraft bombed positions in southern Lebanon's Bekaa.", "BEKAA"),
    ("Houthi rebels launched a missile toward the Negev.", "NEGEV"),
])
def test_a_region_is_no_person_nor_organisation(text, name):
    evs = _events(text)
    assert not any(e.target is not None and e.target.actor_id.endswith(name) for e in evs)


@pytest.mark.parametrize("text,typ,source,target", [
    # a region that acts as a side of its own, and a town named like an English word, are not read as places
    ("Negotiators from Ethiopia and Tigray signed a truce in Nairobi.", "SUPPORT", "ETH", "*"),
])
def test_a_region_acting_as_a_side_is_not_folded_into_its_country(text, typ, source, target):
    _case(text, typ, source, target)


def test_a_region_before_a_noun_is_no_place():
    # "the Balkan wars": a name modifying a noun is no place an act falls on
    assert not any(_is(e.target, "TKM") or _is(e.source, "TKM") for e in _events("The Balkan wars ended in 1999."))


# ------------------------------------------------------------------ B. venues and instruments are no parties

@pytest.mark.parametrize("text,typ,source,wrong", [
    ("Russia boycotted the Tashkent conference.", "REJECT", "RUS", "UZB"),
    ("Ukraine rejected the Minsk agreements.", "REJECT", "UKR", "BLR"),
    ("Iran violated the Vienna agreement.", "REJECT", "IRN", "AUT"),
    ("The United States pulled out of the Paris climate agreement.", "SANCTION", "USA", "FRA"),
])
def test_a_city_naming_a_meeting_or_instrument_is_its_venue(text, typ, source, wrong):
    evs = _events(text)
    assert any(e.type == typ and _is(e.source, source) for e in evs), [(e.type, e.source) for e in evs]
    assert not any(_is(e.target, wrong) or _is(e.source, wrong) for e in evs)


def test_a_city_elsewhere_still_stands_for_its_state():
    # not a meeting noun: "the Moscow proposal" is Russia's
    _case("Washington rejected the Moscow proposal.", "REJECT", "USA", "RUS")


@pytest.mark.parametrize("text,name", [
    ("Washington withdrew from the INF treaty.", "INF"),
    ("Russia suspended its participation in the New START treaty with the United States.", "START"),
    ("Russia pulled out of the CFE treaty with NATO.", "CFE"),
    ("Iran threatened to quit the NPT.", "NPT"),
])
def test_a_treaty_is_no_actor(text, name):
    evs = _events(text)
    assert not any(e.source is not None and name in e.source.actor_id for e in evs)
    assert not any(e.target is not None and name in e.target.actor_id for e in evs)


@pytest.mark.parametrize("text,typ,source,target", [
    ("Russia suspended its participation in the New START treaty with the United States.", "SANCTION", "RUS", "USA"),
    ("Russia pulled out of the CFE treaty with NATO.", "SANCTION", "RUS", "NATO"),
    ("Washington withdrew from the INF treaty.", "SANCTION", "USA", None),
])
def test_leaving_a_treaty_acts_on_its_named_parties_only(text, typ, source, target):
    _case(text, typ, source, target)


def test_an_unknown_organisation_is_still_an_actor():
    _case("The ELN attacked a Colombian army base.", "ASSAULT", "*", "COL")


# ------------------------------------------------------------------ C. "let X do", "prevented X from doing"

@pytest.mark.parametrize("text,typ,source,target", [
    ("Serbia refused to let Kosovo's prime minister attend the regional summit in Skopje.", "REJECT", "SRB", "XKX"),
    ("Pakistan refused to let Afghan refugees cross the border.", "REJECT", "PAK", "AFG"),
    ("Russia prevented the OSCE monitors from entering Donetsk.", "COERCE", "RUS", "OSCE"),
    ("Thailand prevented Cambodian troops from crossing the border.", "COERCE", "THA", "KHM"),
    ("Hungary refused to allow Sweden's defence minister to address the NATO meeting.", "REJECT", "HUN", "SWE"),
])
def test_the_object_of_let_or_prevent_is_acted_on(text, typ, source, target):
    _case(text, typ, source, target)


@pytest.mark.parametrize("text", [
    "The rains prevented the talks from starting.",
    "Let us be clear, the president said.",
])
def test_let_and_prevent_without_actors_code_nothing(text):
    assert not any(e.type in ("COERCE", "CONCEDE") and e.source is not None and e.target is not None
                   for e in _events(text))


# ------------------------------------------------------------------ D. a meeting that brings parties together

@pytest.mark.parametrize("text,source,target", [
    ("The ceasefire talks, hosted by Egypt in Cairo, brought together Israeli and Palestinian officials.", "PSE", "ISR"),
    ("The summit brought together leaders of Japan and South Korea.", "JPN", "KOR"),
])
def test_a_meeting_that_brings_parties_together_is_their_consultation(text, source, target):
    evs = _events(text)
    assert any(e.type == "CONSULT" and {e.source and e.source.country, e.target and e.target.country} == {source, target}
               for e in evs), [(e.type, e.source, e.target) for e in evs]


def test_talks_with_two_parties_do_not_pair_them():
    # an unnamed side talked with each: Iran and Russia did not consult each other
    evs = _events("Talks with Iran and Russia resumed on Monday.")
    assert not any(_is(e.source, "IRN") and _is(e.target, "RUS") or _is(e.source, "RUS") and _is(e.target, "IRN")
                   for e in evs)


# ------------------------------------------------------------------ E. a state's organs told as descriptions

@pytest.mark.parametrize("text,typ,source,target", [
    ("The opposition alliance in Kenya called on the electoral commission to publish the results.", "REQUEST", "*", "KEN"),
    ("Ghana's opposition called on the electoral commission to publish the results.", "REQUEST", "GHA", "GHA"),
    ("Protesters in Georgia demanded that the election commission annul the vote.", "REQUEST", "GEO", "GEO"),
    ("The Malawian opposition urged the constitutional court to annul the election.", "REQUEST", "MWI", "MWI"),
])
def test_a_described_organ_is_its_states(text, typ, source, target):
    _case(text, typ, source, target)


@pytest.mark.parametrize("text", [
    "The IMF urged the central bank to raise rates.",  # no state named: whose bank is not said
    "France and Germany urged the central bank to act.",  # two states: not guessed
])
def test_a_described_organ_of_no_single_state_is_no_actor(text):
    assert all(e.target is None for e in _events(text) if e.type == "REQUEST")


# ------------------------------------------------------------------ F. "at the request of X": X asks the doer

@pytest.mark.parametrize("text,typ,source,target", [
    ("Kenya deployed police to Haiti at the request of the United Nations.", "REQUEST", "UN", "KEN"),
    ("Egypt hosted the talks at the request of Washington.", "REQUEST", "USA", "EGY"),
    ("The Japanese premier visited Manila at the invitation of the Philippine president.", "REQUEST", "PHL", "JPN"),
    ("France sent troops to Mali at Bamako's request.", "REQUEST", "MLI", "FRA"),
])
def test_the_one_at_whose_request_an_act_is_done_asks_its_doer(text, typ, source, target):
    _case(text, typ, source, target)


def test_the_place_an_act_goes_to_is_not_the_asker():
    evs = _events("Kenya deployed police to Haiti at the request of the United Nations.")
    assert not any(e.type == "REQUEST" and _is(e.target, "HTI") for e in evs)
