"""Invented sentences: the target of a one-sided act is an actor the knowledge base does not know, told by a
common noun as the act's object.

An unnamed person of a generic kind told in the singular ("detained a journalist", "jailed an opposition
politician") is that generic actor, as the plural is ("journalists"), unless the noun is a named person's
title ("journalist Ivan Petrov", "the country's opposition leader, Ana Torres") or, definite, points back to
someone told before ("the journalist"): extract/actors/matching.py. A collective noun in the singular with a
describing word ("a far-right group", "a leftist movement") is a group of its own, as the plural is
(extract/actors/openworld.py). An indefinite organisation noun of ``unnamed_heads`` as an argument ("sanctions
on a shipping firm", "sued a mining company", "the offices of an opposition newspaper") is an organisation
of its own, named by its describing words (extract/actors/unnamed.py); where it is registered or based gives
its country. The states of a named region ("the Baltic states") no member of which the text named before are a
group of their own.
"""

from __future__ import annotations

import pytest
from helpers import coded_events


def rows(res, text):
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in coded_events(res, text)}


@pytest.mark.parametrize("text, row", [
    # a singular unnamed person of a generic kind
    ("Belarus detained a journalist on Friday.", ("COERCE", "BLR", "GEN_MEDIA")),
    ("The Iranian government arrested an activist in Tehran.", ("COERCE", "IRN", "GEN_ACTIVISTS")),
    ("Uganda charged an opposition leader with treason.", ("ACCUSE", "UGA", "GEN_OPPOSITION")),
    ("Cambodia jailed a prominent opposition politician.", ("COERCE", "KHM", "GEN_OPPOSITION")),
    ("Thailand dissolved an opposition party on Wednesday.", ("COERCE", "THA", "GEN_OPPOSITION")),
    ("Azerbaijan arrested a reporter for an independent outlet.", ("COERCE", "AZE", "GEN_MEDIA")),
    ("Nicaragua deported an opposition activist.", ("COERCE", "NIC", "GEN_OPPOSITION")),
    # a title before a name, or an apposition's name, stays the person's
    ("Russia detained journalist Ivan Petrov.", ("COERCE", "RUS", "PER_IVAN_PETROV")),
    ("Moldova arrested Ivan Petrov, a journalist, on Monday.", ("COERCE", "MDA", "PER_IVAN_PETROV")),
    ("Peru arrested the country's opposition leader, Ana Torres.", ("COERCE", "PER", "PER_ANA_TORRES")),
    # the singular generic groups that were already known stay so ("the army", "the opposition")
    ("The army attacked a village held by rebels.", ("ASSAULT", "GEN_MILITARY", "GEN_REBELS")),
    ("Police cracked down on supporters of the opposition.", ("COERCE", "GEN_POLICE", "GEN_OPPOSITION")),
])
def test_a_singular_unnamed_person_is_the_generic_actor(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, row", [
    # a described group in the singular
    ("Police in Germany arrested members of a far-right group.", ("COERCE", "DEU", "GRP_FAR_RIGHT_GROUP")),
    ("France banned a neo-Nazi group.", ("COERCE", "FRA", "GRP_NEO_NAZI_GROUP")),
    ("Turkey outlawed a leftist movement.", ("COERCE", "TUR", "GRP_LEFTIST_MOVEMENT")),
    ("The Philippines arrested members of a communist faction.", ("COERCE", "PHL", "GRP_COMMUNIST_FACTION")),
    # an unnamed organisation as the object of the act or of its preposition
    ("The United States imposed sanctions on a shipping firm.", ("COERCE", "USA", "ORG_SHIPPING_FIRM")),
    ("Venezuela shut down an opposition newspaper.", ("COERCE", "VEN", "ORG_OPPOSITION_NEWSPAPER")),
    ("Ecuador sued a mining company.", ("ACCUSE", "ECU", "ORG_MINING_COMPANY")),
    ("Canada imposed sanctions on shipping companies.", ("COERCE", "CAN", "GRP_SHIPPING_COMPANIES")),
    ("Switzerland froze the accounts of two banks.", ("COERCE", "CHE", "GRP_BANKS")),
    ("Zimbabwean police raided the offices of an opposition newspaper.", ("COERCE", "ZWE", "ORG_OPPOSITION_NEWSPAPER")),
    ("Chile lodged a complaint against a fishing company.", ("ACCUSE", "CHL", "ORG_FISHING_COMPANY")),
    # a state among the describing words still says whose it is
    ("Germany sanctioned a Greek shipping company.", ("COERCE", "DEU", "GRC")),
])
def test_an_unnamed_group_or_organisation_is_an_actor(res, text, row):
    assert row in rows(res, text), rows(res, text)


def test_where_an_unnamed_firm_is_registered_gives_its_country(res):
    found = [e for e in coded_events(res, "Britain sanctioned a shipping company registered in the Marshall Islands.")
             if e.type == "COERCE"]
    assert [(e.source.actor_id, e.target.country) for e in found] == [("GBR", "MHL")]
    assert "shipping company" in found[0].target.text


@pytest.mark.parametrize("text, absent", [
    # a definite noun points back; a wedding party is no organisation; "told a newspaper" is no act on it
    ("Police detained the journalist after the protest.", "GEN_MEDIA"),
    ("The Saudi-led coalition bombed a wedding party in Yemen.", "ORG_WEDDING_PARTY"),
    ("Ukraine bought weapons from a Czech company.", "ORG_COMPANY"),
    # what something is named or made is no party ("designated X a terrorist organisation", "as a ...")
    ("Canada designated the Kurdish militia a terrorist organisation.", "ORG_TERRORIST_ORGANISATION"),
    ("Canada listed the militia as a terrorist organisation.", "ORG_TERRORIST_ORGANISATION"),
])
def test_no_unnamed_actor_where_none_is_told(res, text, absent):
    assert not any(absent in (s, t) for _, s, t in rows(res, text)), rows(res, text)


@pytest.mark.parametrize("text, row", [
    # the states of a named region ("region_states"), told by no member before, are a group of their own
    ("Russia expelled ten diplomats from the Baltic states.", ("SANCTION", "RUS", "GRP_BALTIC_STATES")),
    ("Iran warned the Gulf states on Monday.", ("THREATEN", "IRN", "GRP_GULF_STATES")),
])
def test_a_named_regions_states_are_a_group(res, text, row):
    assert row in rows(res, text), rows(res, text)


def test_a_regions_states_named_before_are_no_new_group(res):
    found = rows(res, "Estonia, Latvia and Lithuania protested. Russia accused the Baltic states of provocation.")
    assert not any("GRP_BALTIC_STATES" in (s, t) for _, s, t in found), found


@pytest.mark.parametrize("text, row", [
    # a capitalised name the tagger labels nothing, as the act's object, is an organisation of its own
    ("Russia banned Memorial on Tuesday.", ("COERCE", "RUS", "ORG_MEMORIAL")),
    ("Russia shut down Memorial.", ("COERCE", "RUS", "ORG_MEMORIAL")),
    ("Russia designated Memorial a foreign agent.", ("COERCE", "RUS", "ORG_MEMORIAL")),
])
def test_an_unlabelled_name_as_the_object_is_an_organisation(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, row", [
    # a singular victim, captive or protester of a generic kind
    ("Security forces killed a demonstrator on Friday.", ("ASSAULT", "GEN_SECURITY_FORCES", "GEN_PROTESTERS")),
    ("Gunmen killed a soldier near the border.", ("ASSAULT", "GEN_ARMED_GROUPS", "GEN_MILITARY")),
    ("Militants kidnapped a student.", ("ASSAULT", "GEN_ARMED_GROUPS", "GEN_STUDENTS")),
    ("Gunmen abducted an aid worker on Sunday.", ("ASSAULT", "GEN_ARMED_GROUPS", "GEN_AID_GROUPS")),
    ("Troops shot a farmer at a checkpoint.", ("ASSAULT", "GEN_MILITARY", "GEN_FARMERS")),
    ("Police detained a migrant near the border.", ("COERCE", "GEN_POLICE", "GEN_REFUGEES")),
    ("Student leader Joshua Tan was arrested by police.", ("COERCE", "GEN_POLICE", "PER_JOSHUA_TAN")),
])
def test_a_singular_victim_or_captive_is_the_generic_actor(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text", [
    "The police round-up of Syrian refugees in Istanbul continued.",
    "The police round-up of journalists in Baku drew criticism.",
])
def test_a_collective_noun_tagged_singular_is_no_persons_title(res, text):
    """"the police" (tagged a singular noun before another noun) has no plural of its own in its entry: a
    collective, not a person's noun pointing back, so it stays the doer."""
    found = [e for e in coded_events(res, text) if e.type == "COERCE"]
    assert found and all(e.source is not None and e.source.actor_id in ("GEN_POLICE", "TUR", "AZE") for e in found)
