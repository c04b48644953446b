"""Trigger senses: a trigger word fires only in the sense that names an act (our own sentences)."""

from __future__ import annotations

import pytest

import diplograph


def code(res, text):
    return diplograph.code(text, resources=res, published="2022-03-01")


def types(res, text):
    return sorted(e.type for e in code(res, text) if e.modality in ("asserted", "reported"))


@pytest.mark.parametrize("text, absent", [
    # a thing that does not act is not an agent ("non_agents")
    ("Aid reached the victims of the floods hitting northern Kenya.", "ASSAULT"),
    ("The decision raises concerns about the safety of Indian workers in Qatar.", "ACCUSE"),
    ("The dispute, which has threatened to derail trade between Peru and Chile, is unresolved.", "THREATEN"),
    ("The accord calls for the disarmament of the militias.", "REQUEST"),
    # "speak" meets no one when it is about something, somewhere or to the press
    ("Speaking to reporters, the Kenyan foreign minister praised the vote.", "CONSULT"),
    ("The Belgian premier spoke of the unrest shaking the Sahel.", "CONSULT"),
    ("The Uruguayan president spoke at a rally in Montevideo.", "CONSULT"),
    # "be met with criticism" is no meeting
    ("Morocco's decision was met with criticism in Algeria.", "CONSULT"),
    # "seek to" is an aim, not a request
    ("Hungary is seeking to protect its farmers.", "REQUEST"),
    # an evaluation word inside a clause describing the predicate is not said of the subject
    ("Noboa said Ecuador is a nation that will never shelter a criminal.", "ACCUSE"),
])
def test_no_act(res, text, absent):
    assert absent not in types(res, text), code(res, text)


@pytest.mark.parametrize("text, type_", [
    ("Students in Caracas have spoken out against the government.", "ACCUSE"),
    ("Putin spoke with Erdogan on Tuesday.", "CONSULT"),
    ("Putin and Erdogan spoke by phone on Monday.", "CONSULT"),
    ("Bolivia sought asylum for the minister in Mexico.", "REQUEST"),
    ("A car bomb killed ten soldiers in Kabul.", "ASSAULT"),
])
def test_act_kept(res, text, type_):
    assert type_ in types(res, text), code(res, text)


def test_a_possessor_undergoes_an_arrest_or_an_execution(res):
    [ev] = [e for e in code(res, "Al-Qahtani's execution sparked protests in Bahrain.") if e.type == "ASSAULT"]
    assert ev.source is None and ev.target is not None
    [ev] = [e for e in code(res, "Iran's execution of the dissident sparked protests.") if e.type == "ASSAULT"]
    assert ev.source is not None and ev.source.actor_id == "IRN"


def test_missiles_fired_in_a_test_are_a_show_of_force(res):
    assert types(res, "Pakistan fired two ballistic missiles during a test on Monday.") == ["MOBILIZE"]
    assert types(res, "Pakistan fired two missiles at Indian positions on Monday.") == ["ASSAULT"]


@pytest.mark.parametrize("text, type_", [
    # a warning about another's act voices a concern about it; about one's own, it threatens
    ("Mali's junta warned that ECOWAS could launch a military intervention in Bamako.", "ACCUSE"),
    ("Iran warned that it would retaliate against Israel.", "THREATEN"),
    # protesters storming a building riot; forces storming it attack
    ("Angry crowds stormed the Danish embassy in Tehran.", "PROTEST"),
    ("Israeli forces stormed the Jenin refugee camp.", "ASSAULT"),
])
def test_the_sense_follows_the_arguments(res, text, type_):
    assert type_ in types(res, text), code(res, text)


@pytest.mark.parametrize("text, absent", [
    ("The breakaway region is internationally recognized as part of Georgia.", "SUPPORT"),
    ("A trade embargo banning most Cuban imports remains in place.", "COERCE"),
    ("The raid violated the Vienna Convention, the ministry said.", "REJECT"),
])
def test_states_and_descriptions_are_no_acts(res, text, absent):
    assert absent not in types(res, text), code(res, text)


def test_a_declaration_speaks_for_its_author(res):
    assert "REQUEST" in types(res, "The Kurdish party issued a declaration demanding that the Turkish "
                                   "government release its leader.")


@pytest.mark.parametrize("text, type_", [
    ("The first contingent of Ghanaian peacekeepers arrived in Lebanon on Monday.", "AID"),
    ("A Swiss banker was put under investigation in France.", "ACCUSE"),
    ("Khartoum forced the UN refugee agency out of the country.", "SANCTION"),
    ("The Honduran government declared a state of siege in Tegucigalpa.", "COERCE"),
    ("The Pakistani government ordered patrols by police along the canal.", "MOBILIZE"),
])
def test_more_senses_from_the_2021_table(res, text, type_):
    assert type_ in types(res, text), code(res, text)


def test_tear_gas_is_no_weapon_of_mass_destruction(res):
    evs = code(res, "Kenyan police used tear gas against the protesters in Nairobi.")
    assert all(e.mode != "unconventional" for e in evs), evs


def test_what_is_suspended_is_not_an_act_of_its_own(res):
    # the aid is stopped: no AID event is told beside the suspension
    evs = code(res, "Denmark suspended its development aid to Burkina Faso.")
    assert any(e.type == "SANCTION" and e.source.actor_id == "DNK" for e in evs), evs
    assert not [e for e in evs if e.type == "AID"], evs


@pytest.mark.parametrize("text, expected", [
    ("Olaf Scholz called Emmanuel Macron on Friday.", ("CONSULT", "Olaf Scholz", "Emmanuel Macron")),
    ("The Greek premier called his Turkish counterpart after the quake.", ("CONSULT", None, "Turkey")),
])
def test_calling_a_person_is_a_telephone_call(res, text, expected):
    type_, source, target = expected
    evs = [e for e in code(res, text) if e.type == type_]
    assert any((source is None or e.source.name == source) and e.target and e.target.name == target for e in evs), evs


def test_a_time_after_call_on_is_no_addressee(res):
    # "on Friday" is when; nobody is called on
    evs = code(res, "Olaf Scholz called Emmanuel Macron on Friday.")
    assert not [e for e in evs if e.type == "REQUEST"], evs


def test_calling_someone_a_name_is_no_call(res):
    evs = code(res, "The senator called the Russian president a war criminal.")
    assert not [e for e in evs if e.type == "CONSULT"], evs


@pytest.mark.parametrize("text, type_", [
    ("Manila protested to Beijing over the water cannon attack.", "ACCUSE"),  # a government protests in words
    ("The Dutch government protested sharply.", "ACCUSE"),
    ("Georgian exiles protested outside the Russian embassy.", "PROTEST"),  # people of a state demonstrate
    ("Students protested against the Serbian government in Novi Sad.", "PROTEST"),
])
def test_who_protests_decides_words_or_the_street(res, text, type_):
    found = {e.type for e in code(res, text) if e.trigger.startswith("protest")}
    assert found == {type_}, found


def test_ramming_a_vessel_is_an_assault_passing_a_bill_is_not(res):
    assert "ASSAULT" in types(res, "A Chinese coast guard ship rammed a Vietnamese fishing boat.")
    assert "ASSAULT" not in types(res, "The ruling party rammed the budget through parliament.")


@pytest.mark.parametrize("text, coup", [
    ("The Sudanese army removed President Omar al-Bashir in April.", True),
    ("Mutinous soldiers ousted the elected president of Guinea.", True),
    ("Parliament ousted the prime minister in a confidence vote.", False),  # no soldiers: no coup
    ("The army removed the barricades from the main road.", False),  # nobody deposed
])
def test_soldiers_removing_a_leader_is_a_coup(res, text, coup):
    assert ("ASSAULT" in types(res, text)) == coup, code(res, text)


def test_shaking_hands_with_someone_is_meeting_them(res):
    evs = [e for e in code(res, "Vladimir Putin shook hands with Recep Tayyip Erdogan in Sochi.") if e.type == "CONSULT"]
    assert evs and evs[0].target is not None, evs
    assert "CONSULT" not in types(res, "The explosion shook buildings across the capital of Lebanon.")


@pytest.mark.parametrize("text, meeting", [
    ("In a news conference, the Qatari foreign minister defended the talks.", False),
    ("The Iranian president held a press conference in Tehran on Monday.", False),
    ("Joe Biden held a joint press conference with Olaf Scholz in Washington.", True),
])
def test_a_press_conference_is_a_meeting_only_with_someone(res, text, meeting):
    found = [e for e in code(res, text) if e.type == "CONSULT" and "conference" in e.trigger]
    assert bool(found) == meeting, found


@pytest.mark.parametrize("text, type_", [
    ("Niger ordered the French ambassador to leave the country within 48 hours.", "SANCTION"),
    ("Burkina Faso asked the French envoy to depart.", "SANCTION"),
    ("Niger asked the French ambassador to explain the remarks.", "REQUEST"),  # another sense
])
def test_a_diplomat_ordered_or_asked_to_leave_is_expelled(res, text, type_):
    found = {e.type for e in code(res, text) if e.trigger in ("ordered", "asked")}
    assert found == {type_}, code(res, text)


def test_firing_back_is_a_retort_unless_soldiers_return_fire(res):
    assert types(res, "Mexico's president fired back at Ecuador on Friday.") == ["ACCUSE"]
    assert types(res, "Indian soldiers fired back at the Chinese troops.") == ["ASSAULT"]


def test_a_state_blocking_ports_restricts_them_and_protesters_blocking_them_protest(res):
    assert types(res, "Russia blockaded Ukrainian ports in March.") == ["COERCE"]
    assert types(res, "Farmers blockaded the port of Calais on Monday.") == ["PROTEST"]


def test_a_nationality_on_whom_one_speaks_with_is_no_language(res):
    assert types(res, "Lula spoke with the Chinese president on Sunday.") == ["CONSULT"]
    assert types(res, "Lula spoke with his Chinese counterpart on Sunday.") == ["CONSULT"]
    assert types(res, "Lula spoke to reporters on Sunday.") == []


def test_a_missile_fired_into_the_sea_is_a_test_and_into_a_country_an_attack(res):
    assert types(res, "North Korea fired a ballistic missile into the sea off its east coast on Sunday.") == ["MOBILIZE"]
    assert types(res, "Hamas fired rockets into Israel on Sunday.") == ["ASSAULT"]
