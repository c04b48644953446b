"""A participle that tells what a message says, and "this morning" (our own invented sentences).

- "X sent a note to Y demanding ...", "X wrote to Y requesting ...": the participle is X's, and what it asks
  or charges is addressed to Y (not to whoever is named inside its object, and not done by Y);
- a participle right after a noun that is no addressee keeps that noun as its doer;
- "this morning", "this evening" are the day of writing; "last night" and "overnight" the day before.
"""

from __future__ import annotations

import pytest

import diplograph


def code(res, text, published="2024-10-10"):
    return diplograph.code(text, resources=res, published=published)


def rows(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


@pytest.mark.parametrize("text, type_, want", [
    ("Kenya sent a diplomatic note to Uganda demanding an explanation for the arrests.", "REQUEST", ("KEN", "UGA")),
    ("Peru wrote to Chile requesting the extradition of the former minister.", "REQUEST", ("PER", "CHL")),
    ("Greece sent a letter to Turkey on Monday asking for the return of the detained fishermen.", "REQUEST",
     ("GRC", "TUR")),
    ("Morocco delivered a message to Algeria accusing it of arming the rebels.", "ACCUSE", ("MAR", "DZA")),
])
def test_a_participle_of_a_message_is_the_senders_act_toward_its_addressee(res, text, type_, want):
    assert want in rows(code(res, text), type_)


def test_the_addressee_of_a_message_does_not_do_what_it_says(res):
    found = code(res, "Kenya sent a diplomatic note to Uganda demanding an explanation for the arrests.")
    assert not [e for e in found if e.source is not None and e.source.actor_id == "UGA"]


@pytest.mark.parametrize("text, type_, want", [
    ("Iran sold drones to militias attacking US bases.", "ASSAULT", ("GEN_ARMED_GROUPS", "USA")),
    ("Police fired on students demanding the release of their leader.", "ASSAULT", ("GEN_POLICE", "GEN_STUDENTS")),
])
def test_a_participle_after_a_noun_that_is_no_addressee_is_that_nouns(res, text, type_, want):
    found = rows(code(res, text), type_)
    assert want in found and not [r for r in found if r[0] in ("IRN",)]


@pytest.mark.parametrize("text, day", [
    ("Bangladesh this morning sent a note to India asking for help.", "2024-12-23"),
    ("Japan protested to China early this morning.", "2024-12-23"),
    ("This evening, Chile recalled its ambassador to Venezuela.", "2024-12-23"),
    ("Israeli jets struck Gaza overnight.", "2024-12-22"),
    ("Russian drones struck Kharkiv last night.", "2024-12-22"),
])
def test_this_morning_is_the_day_written_and_last_night_the_day_before(res, text, day):
    found = [e for e in code(res, text, "2024-12-23") if e.date is not None]
    assert found and all(e.date.value == day for e in found)


@pytest.mark.parametrize("text, want", [
    ("Israel killed a Hamas commander in an air strike in Gaza on Monday.", {("ISR", "HAMAS")}),
    ("Turkey killed two PKK fighters in an air strike in northern Iraq.", {("TUR", "PKK")}),
    ("The US killed an ISIS leader in a raid in Syria.", {("USA", "ISIS")}),
])
def test_an_attack_a_killing_was_done_in_is_that_killing_not_a_second_one_on_the_place(res, text, want):
    assert rows(code(res, text), "ASSAULT") == want


def test_an_attack_told_apart_from_a_killing_stays_its_own(res):
    found = rows(code(res, "Turkey killed two PKK fighters on Monday. On Tuesday its jets bombed villages in northern Iraq."),
                 "ASSAULT")
    assert ("TUR", "PKK") in found and ("TUR", "IRQ") in found


@pytest.mark.parametrize("text", [
    "The EU's suspension of aid to Mali angered the junta.",
    "The EU suspension of aid to Mali took effect on Monday.",
    "A US freeze on funding to the agency began on Monday.",
])
def test_what_a_suspension_or_freeze_stops_is_not_given(res, text):
    found = code(res, text)
    assert [e for e in found if e.type == "SANCTION"] and not [e for e in found if e.type == "AID"]


@pytest.mark.parametrize("text, want", [
    ("Macron rang Zelensky on Monday.", ("FRA", "UKR")),
    ("The Nigerian president rang his Ghanaian counterpart on Friday.", ("NGA", "GHA")),
])
def test_ringing_a_leader_is_a_call_and_a_pronoun_is_no_name(res, text, want):
    found = {(e.source and e.source.country, e.target and e.target.country) for e in code(res, text) if e.type == "CONSULT"}
    assert want in found


@pytest.mark.parametrize("text", ["Protesters rang bells outside the embassy.", "The minister rang in the new year in Kyiv."])
def test_ringing_a_bell_or_the_new_year_is_no_call(res, text):
    assert not [e for e in code(res, text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, want", [
    ("Spain has yet to respond to Morocco's request to extradite the businessman.", ("MAR", "ESP")),
    ("Spain rejected Morocco's request to extradite the former police chief.", ("MAR", "ESP")),
    ("Morocco made a request to Spain to extradite the former police chief.", ("MAR", "ESP")),
])
def test_a_request_to_do_something_is_addressed_to_whoever_would_do_it(res, text, want):
    found = code(res, text)
    assert rows(found, "REQUEST") == {want}


def test_whom_a_request_is_made_to_would_do_the_requested_act(res):
    found = code(res, "Morocco made a request to Spain to extradite the former police chief.")
    assert {e.source.actor_id for e in found if e.type == "COOPERATE" and e.source} == {"ESP"}


@pytest.mark.parametrize("text, want", [
    # a leader's flight has no row in the 2021 CAMEO->PLOVER table: nothing is coded (test_departures15.py)
    ("Since Viktor Yanukovych fled, the opposition has ruled Kyiv.", False),
    ("Former prime minister Imran Khan, who fled to Dubai in March, denies the charges.", False),
    ("Thousands of refugees fled to Chad.", False),
])
def test_neither_a_leader_who_fled_nor_refugees_retreat(res, text, want):
    found = [e for e in code(res, text) if e.type == "RETREAT"]
    assert bool(found) == want and all(e.target is None for e in found)


@pytest.mark.parametrize("text", [
    "Pakistan navy held drills off Karachi on Monday.",
    "Pakistan's navy held live-fire drills off Karachi on Monday.",
    "The Pakistani navy held drills off Karachi on Monday.",
])
def test_drills_tagged_a_verb_are_drills_and_live_fire_is_no_ceasefire(res, text):
    found = {(e.type, e.source and e.source.actor_id) for e in code(res, text, "2025-03-11")}
    assert found == {("MOBILIZE", "PAK")}


@pytest.mark.parametrize("text, want", [
    ("Syrian government forces attacked a market in Idlib on Monday.", ("ASSAULT", "asserted")),
    ("Russian troops tried to storm the town of Avdiivka.", ("ASSAULT", "future")),
])
def test_an_attack_on_a_market_is_real_and_a_tried_assault_stays_intended(res, text, want):
    assert want in {(e.type, e.modality) for e in code(res, text, "2025-03-11")}


def test_escorting_a_person_out_is_no_coercion_of_vessels(res):
    assert not [e for e in code(res, "Guards escorted the opposition leader out of parliament.") if e.type == "COERCE"]
