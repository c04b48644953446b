"""Arguments found outside the predicate's own slots: relative clauses on an apposition, what an act
answers, events named in "at"/"during" phrases, the doer of a gerund after "stopped short of" or
"capable of", possessors that underwent the act, the content of a warning, and the official
reporting an agentless act (our own sentences)."""

from __future__ import annotations

import pytest

from test_events import code


def pairs(events, type_):
    return {(e.source and (e.source.via or e.source.actor_id), e.target and (e.target.via or e.target.actor_id))
            for e in events if e.type == type_}


def test_a_relative_clause_on_an_apposition_is_about_the_name(res):
    evs = code(res, "Iran, a Syrian ally that has been arming the Assad government, denied the report.")
    assert ("IRN", "SYR") in pairs(evs, "AID")


@pytest.mark.parametrize("text, pair", [
    ("In response to Iran's missile test, Israel carried out a large air drill.", ("ISR", "IRN")),
    ("In retaliation for the Turkish strikes, Syria shelled the border town.", ("SYR", "TUR")),
    ("Japan protested in response to China's decision.", ("JPN", "CHN")),
])
def test_what_an_act_answers_names_its_target(res, text, pair):
    evs = code(res, text)
    assert any((e.source and e.source.actor_id, e.target and e.target.actor_id) == pair for e in evs)


def test_an_event_named_at_a_clause_has_the_clause_subject(res):
    evs = code(res, "Chancellor Scholz, speaking at a joint news conference with President Macron, "
                    "said on Monday that trade would grow.")
    assert ("DEU", "FRA") in pairs(evs, "CONSULT")


def test_a_person_who_has_the_arrest_underwent_it(res):
    evs = code(res, "Jorge Mendez's detention angered Colombia.")
    coerce = [e for e in evs if e.type == "COERCE"]
    assert coerce and all(e.source is None and e.target.name == "Jorge Mendez" for e in coerce)
    evs = code(res, "Iran's executions drew condemnation.")
    assert any(e.type == "ASSAULT" and e.source and e.source.actor_id == "IRN" for e in evs)


def test_the_party_a_warning_is_about_is_its_target(res):
    warned = code(res, "Iran warned that Israel would pay a heavy price.")
    assert ("IRN", "ISR") in pairs(warned, "THREATEN") | pairs(warned, "ACCUSE")
    own = code(res, "Russia warned that its forces would respond.")
    assert pairs(own, "THREATEN") == {("RUS", None)}


def test_the_official_reporting_an_agentless_act_of_state_is_its_agent(res):
    # (asked to leave: a diplomat expelled, SANCTION)
    evs = code(res, "Ambassador Joel Meyer of France has been asked to leave within 72 hours, "
                    "Mali's government said.")
    assert any(e.type == "SANCTION" and e.source.actor_id == "MLI" and e.target.name == "Joel Meyer" for e in evs)


@pytest.mark.parametrize("text", [
    "The Russian ambassador was summoned on Monday, the Russian embassy said.",  # the target's own side
    "Two Indian soldiers were killed on the border, the Indian army said.",  # an act of force
])
def test_no_reporting_agent_for_force_or_the_targets_own_side(res, text):
    assert all(e.source is None for e in code(res, text) if e.type in ("ACCUSE", "ASSAULT"))


def test_a_takeover_by_a_group_falls_on_its_own_state(res):
    evs = code(res, "Since the Taliban takeover, Moscow has kept its embassy in Kabul open.", published="2021-11-02")
    take = [e for e in evs if e.trigger == "takeover"]
    assert take and take[0].source.actor_id == "TALIBAN" and take[0].target.actor_id == "AFG"
    assert all(e.target is None for e in code(res, "Russia seized power.") if e.type == "COERCE")


def test_the_doer_of_a_gerund_after_an_adverb_or_adjective_is_the_clause_subject(res):
    short = [e for e in code(res, "Spain stopped short of recognising Kosovo.") if e.type == "SUPPORT"]
    assert [(e.source.actor_id, e.target.actor_id, e.negated) for e in short] == [("ESP", "XKX", True)]
    able = [e for e in code(res, "Iran is capable of striking Israel.") if e.type == "ASSAULT"]
    assert [(e.source.actor_id, e.target.actor_id, e.modality) for e in able] == [("IRN", "ISR", "hypothetical")]


def test_the_doer_of_a_gerund_after_a_light_verbs_noun_is_the_verbs_subject(res):
    evs = code(res, "Egypt played a key role in brokering a ceasefire between Israel and Hamas.")
    assert {(e.source.actor_id, e.target.actor_id) for e in evs if e.trigger == "brokering"} == {
        ("EGY", "ISR"), ("EGY", "HAMAS")}
    evs = code(res, "Russia has no interest in attacking NATO.")
    assert [(e.source.actor_id, e.modality) for e in evs if e.trigger == "attacking"] == [("RUS", "negated")]  # no intent to


def test_a_participle_with_an_agent_tells_its_nouns_act(res):
    evs = code(res, "Sanctions imposed by Washington on Caracas in 2019 remain in force.")
    assert [(e.type, e.source.actor_id, e.target.actor_id, e.date.value) for e in evs] == [
        ("COERCE", "USA", "VEN", "2019")]
    assert not code(res, "The embargo imposed on Cuba remains in place.")  # a standing state, no one acting


def test_the_one_a_call_for_an_act_asks_and_what_it_asks(res):
    evs = code(res, "The African Union renewed its call for Ethiopia to withdraw from Somalia.")
    assert {(e.type, e.source.actor_id, e.target.actor_id, e.modality) for e in evs} == {
        ("REQUEST", "AU", "ETH", "asserted"), ("RETREAT", "ETH", "SOM", "hypothetical")}
    evs = code(res, "Sweden pressed for Hungary to ratify the accession.")
    assert all(e.modality == "hypothetical" for e in evs if e.type != "REQUEST"), evs


def test_an_act_answered_with_another_is_done_by_the_one_answering(res):
    evs = code(res, "The EU has imposed sanctions on four Chinese officials, and Beijing has hit back with "
                    "sanctions on ten European lawmakers.")
    assert [(e.type, e.source.actor_id) for e in evs if e.trigger == "sanctions"][-1] == ("COERCE", "CHN")
    assert not [e for e in evs if e.trigger == "hit"]  # the retort is the sanctions, not a second act
    evs = code(res, "Iran retaliated with missile strikes on Israel.")
    assert [(e.type, e.source.actor_id, e.target.actor_id) for e in evs] == [("ASSAULT", "IRN", "ISR")]


def test_talks_before_or_after_an_act_are_the_subjects(res):
    evs = code(res, "Russia agreed to withdraw from Kyiv after talks with Ukrainian negotiators in Istanbul.")
    assert [(e.source.actor_id, e.target.actor_id) for e in evs if e.trigger == "talks"] == [("RUS", "UKR")]
    evs = code(res, "After Serbia's protest, Kosovo praised the mediators.")
    assert not [e for e in evs if e.type == "ACCUSE" and e.target is not None]


def test_the_sidelines_of_a_meeting_are_where_it_is_met_not_whom(res):
    evs = code(res, "The foreign ministers of Brazil and Argentina met on Monday on the sidelines of the UN "
                    "General Assembly.")
    assert {(e.source.actor_id, e.target.actor_id) for e in evs if e.type == "CONSULT"} == {("BRA", "ARG")}


def test_a_flagged_ship_is_a_party_of_its_own_with_its_flag_states_country(res):
    evs = code(res, "Iranian naval forces seized a Marshall Islands-flagged tanker on Monday.")
    assert [(e.type, e.source.actor_id, e.target.text, e.target.country) for e in evs] == [
        ("COERCE", "IRN", "Marshall Islands-flagged tanker", "MHL")]


def test_a_mediator_named_in_an_adjunct_meets_the_signatories_and_signs_nothing(res):
    evs = code(res, "Ethiopia and Eritrea signed a peace deal under Saudi mediation.")
    assert {(e.type, e.source.actor_id, e.target.actor_id) for e in evs} == {
        ("SUPPORT", "ETH", "ERI"), ("SUPPORT", "ERI", "ETH"), ("CONSULT", "SAU", "ETH"), ("CONSULT", "SAU", "ERI")}


def test_the_agent_of_an_event_noun_hung_on_its_patient(res):
    """"the arrest of the opposition leader by Georgian police": the parse hangs "by X" on the patient;
    it is the agent of the act all the same, and a condemnation of the act is aimed at it."""
    evs = code(res, "The EU condemned the arrest of the opposition leader by Georgian police.")
    assert {(e.type, e.source and e.source.actor_id) for e in evs} >= {("COERCE", "GEO"), ("ACCUSE", "EU")}
    assert [e.target.actor_id for e in evs if e.type == "ACCUSE"] == ["GEO"]


def test_a_third_partys_talks_are_the_parties_own_act(res):
    """"talks between A and B, mediated by X", "X hosted talks between A and B": X meets each party,
    and A and B hold talks; offered, the talks are not yet held."""
    evs = code(res, "The talks between Riyadh and Tehran, mediated by Beijing, ended in a deal.")
    assert {(e.source.actor_id, e.target.actor_id) for e in evs if e.type == "CONSULT"} == {
        ("SAU", "IRN"), ("CHN", "SAU"), ("CHN", "IRN")}
    evs = code(res, "Turkey offered on Monday to host talks between Russia and Ukraine.")
    assert [e.modality for e in evs if e.trigger == "talks"] == ["future"]


@pytest.mark.parametrize("text, expected", [
    ("Alongside France, Britain sent warships to the Gulf.", {("MOBILIZE", "GBR", None), ("MOBILIZE", "FRA", None)}),
    ("Britain, along with France, imposed sanctions on Syria.", {("COERCE", "GBR", "SYR"), ("COERCE", "FRA", "SYR")}),
    ("Together with Norway, Iceland signed the agreement with the EU.",
     {("SUPPORT", "ISL", "EU"), ("SUPPORT", "NOR", "EU"), ("SUPPORT", "EU", "ISL"), ("SUPPORT", "EU", "NOR")}),
    ("In contrast to Brazil, Argentina condemned the invasion.", {("ACCUSE", "ARG", None)}),
])
def test_a_co_agent_acts_with_the_subject_and_a_comparison_is_no_party(res, text, expected):
    evs = code(res, text)
    assert {(e.type, e.source.actor_id, e.target and e.target.actor_id) for e in evs} == expected


def test_the_force_a_state_sends_is_not_the_recipient(res):
    evs = code(res, "Kenyan police officers sent by Nairobi to Haiti have begun patrolling the capital.",
               published="2022-12-05")
    assert ("MOBILIZE", "KEN", "HTI") in {(e.type, e.source.actor_id, e.target and e.target.actor_id) for e in evs}


@pytest.mark.parametrize("text, expected", [
    ("Japan's envoy was recalled from Beijing in protest.", ("SANCTION", "JPN", "CHN")),
    ("Iranian drones were supplied to Russia, according to Kyiv.", ("AID", "IRN", "RUS")),
    ("Turkish troops were sent to Libya in 2020.", ("MOBILIZE", "TUR", "LBY")),
])
def test_an_agentless_passive_of_moving_what_a_state_owns_is_done_by_the_owner(res, text, expected):
    assert [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in code(res, text)] == [
        expected]


def test_an_object_it_or_them_stands_for_the_thing_acted_on_before(res):
    """"restored ties ..., four years after Lima cut them": "them" are the ties, so cutting them is a
    break of relations; "imposed sanctions in 2020 and extended them" tells two acts."""
    evs = code(res, "Chile and Peru restored diplomatic ties on Tuesday, four years after Lima cut them over a "
                    "border dispute.", published="2022-01-12")
    assert [(e.source.actor_id, e.date.value) for e in evs if e.type == "SANCTION"] == [("PER", "2018")]
    evs = code(res, "The EU imposed sanctions on Minsk in 2020 and extended them on Monday.", published="2021-11-03")
    assert sorted(e.date.value for e in evs if e.type == "COERCE") == ["2020", "2021-11-01"]


def test_persuading_is_asking_and_an_mp_is_a_title(res):
    evs = code(res, "Malawi on Tuesday persuaded Zambia to reopen their shared border.")
    assert ("REQUEST", "MWI", "ZMB") in {(e.type, e.source.actor_id, e.target and e.target.actor_id) for e in evs}
    evs = code(res, "Police in Nairobi arrested a Ugandan opposition MP, Moses Kasibante.")
    assert [e.target.name for e in evs if e.type == "COERCE"] == ["Moses Kasibante"]


def test_persuading_someone_that_something_is_so_asks_nothing(res):
    assert not code(res, "Moscow wants to persuade Kazakhstan that Russia is the power that can ensure its security.")


def test_people_who_protest_against_a_decision_protest_in_the_street(res):
    """A government protesting a decision disapproves of it (ACCUSE); refugees or students protesting one
    demonstrate (PROTEST)."""
    evs = code(res, "Afghan refugees in Pakistan protested on Monday against Islamabad's decision to deport them.")
    assert [(e.type, e.target.actor_id) for e in evs] == [("PROTEST", "PAK")]
    evs = code(res, "Japan protested against China's decision to ban seafood imports.")
    assert [(e.type, e.target.actor_id) for e in evs] == [("ACCUSE", "CHN")]
