"""Invented sentences (branch places18): the side a place an act of force or seizure falls on stands for.

A disputed place (data/gazetteer.yaml ``disputed``) attacked, taken or blockaded by one of its claimants falls
on the other claimant; talks, aid or a curfew there take no side from it."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows

from diplograph.extract.actors.gazetteer import claimants
from diplograph.nlp.grammar import grammar


def test_claimants_are_read_from_the_gazetteer():
    assert claimants("Golan Heights") == {"SYR", "ISR"} and claimants("Shusha") == {"AZE", "ARM"}
    assert claimants("Kharkiv") == frozenset()


def test_territory_acts_are_data():
    assert "ASSAULT" in grammar().territory_acts and "COERCE SEIZE" in grammar().territory_acts
    assert "COERCE ARREST" not in grammar().territory_acts


@pytest.mark.parametrize("text, row", [
    ("Pakistani troops shelled a market in Kashmir on Sunday.", ("ASSAULT", "PAK", "IND")),
    ("Indian guns shelled a hamlet in Kashmir on Sunday.", ("ASSAULT", "IND", "PAK")),
    ("Ukrainian artillery pounded Luhansk overnight.", ("ASSAULT", "UKR", "RUS")),
    ("Russian troops stormed Kherson in March.", ("ASSAULT", "RUS", "UKR")),
    ("Israeli aircraft bombed a depot near the Golan Heights.", ("ASSAULT", "ISR", "SYR")),
    ("Armenian gunners shelled Hadrut on Tuesday.", ("ASSAULT", "ARM", "AZE")),
])
def test_a_disputed_place_falls_on_the_claimant_other_than_the_doer(res, text, row):
    assert_rows(coded_rows(res, text), [row], [(row[0], row[1], row[1], None)], text)


def test_a_disputed_town_taken_by_a_claimant_falls_on_the_other(res):
    text = "Azerbaijani soldiers captured the town of Hadrut after heavy fighting."
    assert_rows(coded_rows(res, text), [("COERCE", "AZE", "ARM")], [], text)


@pytest.mark.parametrize("text, bad", [
    ("Islamabad sent medical aid to flood victims in Kashmir.", (None, "PAK", "IND", None)),
    ("New Delhi imposed a curfew in Kashmir after the riots.", (None, "IND", "PAK", None)),
    ("Syrian diplomats held talks with UN envoys in the Golan Heights.", (None, "SYR", "ISR", None)),
])
def test_other_acts_take_no_side_from_a_disputed_place(res, text, bad):
    assert_rows(coded_rows(res, text), [], [bad], text)


def test_a_third_party_act_on_a_disputed_place_names_no_claimant(res):
    rows = coded_rows(res, "Hezbollah fighters fired rockets at Kashmir.")
    assert not any(r[2] in ("IND", "PAK") for r in rows), rows


def test_placeless_modes_are_data():
    assert {"confiscate", "arrest"} <= grammar().placeless_modes and "off" in grammar().place_preps


@pytest.mark.parametrize("text, bad", [
    ("Eritrean gunboats seized a cargo ship off the coast of Djibouti.", (None, "ERI", "DJI", None)),
    ("The Saudi navy impounded two dhows near Somalia.", (None, "SAU", "SOM", None)),
    ("Turkish police detained four sailors in Greece.", (None, "TUR", "GRC", None)),
])
def test_taking_a_thing_or_a_person_falls_on_no_place(res, text, bad):
    rows = coded_rows(res, text)
    assert rows and not any(bad[1] == r[1] and bad[2] == r[2] for r in rows), rows


def test_an_attack_on_a_thing_at_a_place_still_falls_on_the_place(res):
    text = "Sudanese jets bombed a fuel convoy near Juba."
    assert_rows(coded_rows(res, text), [("ASSAULT", "SDN", "SSD")], [], text)


def test_a_claimants_own_modifier_names_the_side_of_a_disputed_place(res):
    rows = coded_rows(res, "Residents of the Indian part of Kashmir marched against Pakistan on Friday.")
    assert not any(r[1] == "PAK" for r in rows), rows


@pytest.mark.parametrize("text, victim, bad", [
    ("Two Chadian soldiers were killed in a mortar attack on a camp in Sudan.", "TCD", ("ASSAULT", "TCD", "SDN", None)),
    ("Three Indian workers were wounded in a drone strike on a depot in Iraq.", "IND", ("ASSAULT", "IND", "IRQ", None)),
])
def test_the_victims_of_a_passive_of_harm_are_the_attacks_target(res, text, victim, bad):
    assert_rows(coded_rows(res, text), [("ASSAULT", None, victim)], [bad], text)


def test_a_clash_keeps_the_harmed_subject_a_side(res):
    text = "Six Malian soldiers were killed in a clash with JNIM fighters."
    rows = coded_rows(res, text)
    assert any(r[0] == "ASSAULT" and r[1] == "MLI" for r in rows), rows


def test_a_free_relative_object_named_by_a_second_object_of_call(res):
    text = "Iranian drones struck what Tehran called separatist camps in northern Iraq."
    assert_rows(coded_rows(res, text), [("ASSAULT", "IRN", "IRQ")], [("ACCUSE", "IRN", "IRQ", None)], text)


@pytest.mark.parametrize("text, row", [
    ("Chinese bombers entered South Korea's air defence zone on Tuesday.", ("MOBILIZE", "CHN", "KOR")),
    ("Two Russian warships entered Danish territorial waters.", ("MOBILIZE", "RUS", "DNK")),
    ("Rwandan soldiers crossed into Burundi overnight.", ("MOBILIZE", "RWA", "BDI")),
])
def test_forces_moved_into_anothers_airspace_waters_or_land(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


@pytest.mark.parametrize("text", ["Hundreds of refugees crossed into Chad on Sunday.",
                                  "The ministers entered the summit hall together."])
def test_crossing_or_entering_by_others_is_no_movement_of_forces(res, text):
    assert not any(r[0] == "MOBILIZE" for r in coded_rows(res, text))


@pytest.mark.parametrize("text", ["Gunmen attacked peacekeepers in Burundi on Sunday.",
                                  "The ambush on peacekeepers near Bangui by armed men was condemned."])
def test_unnamed_peacekeepers_are_the_target_not_the_country_they_serve_in(res, text):
    rows = coded_rows(res, text)
    assert any(r[0] == "ASSAULT" and r[2] == "GEN_PEACEKEEPERS" for r in rows), rows
    assert not any(r[0] == "ASSAULT" and r[2] in ("BDI", "CAF") for r in rows), rows


@pytest.mark.parametrize("text, row", [
    ("Sudanese jets bombed Malakal and South Sudanese troops returned fire.", ("ASSAULT", "SDN", "SSD")),
    ("Kyrgyz troops shelled Isfara and Tajik soldiers returned fire.", ("ASSAULT", "KGZ", "TJK")),
])
def test_a_name_hung_on_the_next_clauses_subject_is_the_first_verbs_object(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_refusing_to_deploy_peacekeepers_in_a_country_is_aimed_at_the_country(res):
    text = "Chile, a close partner of the mission, has refused to deploy peacekeepers in Haiti."
    assert_rows(coded_rows(res, text), [("REJECT", "CHL", "HTI")], [("REJECT", "CHL", "GEN_PEACEKEEPERS", None)], text)


@pytest.mark.parametrize("text, row", [
    ("Islamabad shut the Chaman crossing after a gunfight.", ("COERCE", "PAK", "AFG")),
    ("New Delhi closed the Attari crossing for trade.", ("COERCE", "IND", "PAK")),
])
def test_a_crossing_two_states_share_falls_on_the_other(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_a_withdrawal_from_a_disputed_place_falls_on_the_other_claimant(res):
    text = "Georgia withdrew its police from Abkhazia in 1993."
    rows = coded_rows(res, text)
    assert not any(r[0] == "RETREAT" and r[2] == "GEO" for r in rows), rows


def test_forces_offered_are_not_the_party_a_to_phrase_names(res):
    text = "Senegal offered troops to Gambia on Friday."
    assert_rows(coded_rows(res, text), [("AGREE", "SEN", "GMB")], [("AGREE", "SEN", "GEN_MILITARY", None)], text)
