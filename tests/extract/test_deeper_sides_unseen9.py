"""Invented sentences: a side named one step further down the parse. A gerund hung as the complement of a
preposition that aims an act, with the noun before it as its subject ("fired tear gas at protesters marching
on parliament"), is a reduced relative on the noun, the noun the preposition's object (nlp/repair.py,
``aimed_preps`` in grammar.yaml); the conjuncts of a phrase's "of"/"from" object are its actors too where
that object only stands for an actor through its modifiers ("representatives of Sudan's army-led
government and the X", nlp/clauses.py); the state of the place in a strike's object is its target, not a
place of the striker's own state, and a venue is no party; a thing sent by an act told in a reduced relative
on the subject ("rockets fired by X hit Y") strikes for that act's agent, one attack (extract/events/agents.py,
tellings.py); the place of what a strike noun falls on names its target state ("airstrikes on hideouts in X",
extract/events/recipients.py object_places); a gerund with an adjective taken for the root ("Russian shelling
hit X") is the subject of the verb after it (nlp/repair.py)."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, row", [
    ("Police fired tear gas at protesters marching on parliament.",
     ("ASSAULT", "GEN_POLICE", "GEN_PROTESTERS", "asserted")),
    ("Police fired rubber bullets at students marching toward the presidential palace.",
     ("ASSAULT", "GEN_POLICE", "GEN_STUDENTS", "asserted")),
    ("Police fired tear gas at young protesters trying to reach parliament.",
     ("ASSAULT", "GEN_POLICE", "GEN_PROTESTERS", "asserted")),
    ("Police fired tear gas at thousands of young protesters who were trying to march on parliament.",
     ("ASSAULT", "GEN_POLICE", "GEN_PROTESTERS", "asserted")),
    ("Security forces opened fire on demonstrators gathered outside the ministry.",
     ("ASSAULT", "GEN_SECURITY_FORCES", "GEN_PROTESTERS", "asserted")),
    ("Police launched a crackdown on protesters marching.", ("COERCE", "GEN_POLICE", "GEN_PROTESTERS", "asserted")),
    ("Police launched a crackdown on students marching on parliament.",
     ("COERCE", "GEN_POLICE", "GEN_STUDENTS", "asserted")),
])
def test_whom_an_aimed_act_falls_on_keeps_its_clause(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_an_absolute_clause_after_with_stays_its_own_act(res):
    rows = coded_rows(res, "Thailand and Cambodia clashed again on Friday, with both nations exchanging "
                           "rocket fire along the border.")
    assert ("ASSAULT", "THA", "KHM", "asserted") in rows and ("ASSAULT", "KHM", "THA", "asserted") in rows, rows


@pytest.mark.parametrize("text, pair", [
    ("Representatives of Sudan's army-led government and the Rapid Support Forces held indirect talks in Geneva.",
     {"SDN", "ORG_RAPID_SUPPORT_FORCES"}),
    ("Representatives of Sudan's government and the Rapid Support Forces held talks in Jeddah.",
     {"SDN", "ORG_RAPID_SUPPORT_FORCES"}),
    ("Delegates from Yemen's government and the Houthi rebels met in Stockholm.", {"YEM", "HOUTHIS"}),
    ("Delegations from Armenia and Azerbaijan held talks in Brussels.", {"ARM", "AZE"}),
    ("Negotiators from Colombia's government and the ELN held talks in Havana.", {"COL", "ORG_ELN"}),
])
def test_both_sides_of_a_coordination_under_of_or_from(res, text, pair):
    rows = coded_rows(res, text)
    assert any(r[0] == "CONSULT" and {r[1], r[2]} == pair for r in rows), rows


@pytest.mark.parametrize("text", [
    "Representatives of Sudan's army-led government and the Rapid Support Forces held indirect talks in Geneva.",
    "Delegations from Armenia and Azerbaijan held talks in Brussels.",
])
def test_the_venue_is_no_party(res, text):
    rows = coded_rows(res, text)
    assert rows and not any("CHE" in r[1:3] or "BEL" in r[1:3] for r in rows), rows


@pytest.mark.parametrize("text, row", [
    ("Pakistani jets struck militant hideouts in Afghanistan's Khost province.", ("ASSAULT", "PAK", "AFG", "asserted")),
    ("Turkish artillery shelled positions in Syria's Idlib.", ("ASSAULT", "TUR", "SYR", "asserted")),
    ("Turkish warplanes bombed camps inside Iraqi Kurdistan.", ("ASSAULT", "TUR", "IRQ", "asserted")),
    ("Thai troops shelled positions inside Cambodia's Oddar Meanchey province.", ("ASSAULT", "THA", "KHM", "asserted")),
])
def test_a_strike_falls_on_the_state_of_its_objects_place(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_a_place_of_the_strikers_own_state_is_no_target(res):
    rows = coded_rows(res, "Pakistani jets struck militant hideouts in Pakistan's Khyber province.")
    assert rows and not any(r[2] == "PAK" for r in rows), rows



def test_a_reduced_relative_on_the_subject_leaves_the_main_verb_its_act(res):
    rows = coded_rows(res, "Fighters allied with the Rapid Support Forces attacked a camp in Darfur.")
    assert any(r[0] == "ASSAULT" and r[1] == "GEN_ARMED_GROUPS" for r in rows), rows


@pytest.mark.parametrize("text, row", [
    ("Rockets fired by Hezbollah hit a town in northern Israel.", ("ASSAULT", "HEZBOLLAH", "ISR", "asserted")),
    ("A drone launched by Houthi rebels struck a Greek tanker in the Red Sea.",
     ("ASSAULT", "HOUTHIS", "GRC", "asserted")),
    ("Missiles fired by Russian forces struck Kyiv.", ("ASSAULT", "RUS", "UKR", "asserted")),
])
def test_a_thing_sent_by_an_act_strikes_for_its_agent(res, text, row):
    rows = coded_rows(res, text)
    assert_rows(rows, [row], [], text)
    assert not any(r[0] == "ASSAULT" and r[2] is None for r in rows), rows  # one attack, not a second one half told


def test_a_sent_things_own_owner_stays_its_doer(res):
    rows = coded_rows(res, "Israeli rockets fired overnight hit a town in southern Lebanon.")
    assert ("ASSAULT", "ISR", "LBN", "asserted") in rows, rows


@pytest.mark.parametrize("text, row", [
    ("Pakistan carried out airstrikes on militant hideouts in Afghanistan's Khost province.",
     ("ASSAULT", "PAK", "AFG", "asserted")),
    ("The US conducted strikes against targets in Yemen.", ("ASSAULT", "USA", "YEM", "asserted")),
])
def test_a_strike_nouns_object_lies_in_the_state_it_falls_on(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_a_strike_noun_on_the_doers_own_ground_names_no_state(res):
    rows = coded_rows(res, "Pakistani jets carried out airstrikes on militant hideouts in Pakistan's Khyber province.")
    assert rows and not any(r[2] == "PAK" for r in rows), rows


@pytest.mark.parametrize("text, row", [
    ("Russian shelling hit residential buildings in Ukraine's Kherson.", ("ASSAULT", "RUS", "UKR", "asserted")),
])
def test_a_gerund_with_an_adjective_is_the_subject_not_the_root(res, text, row):
    rows = coded_rows(res, text)
    assert row in rows and not any(r[1] is None for r in rows), rows
