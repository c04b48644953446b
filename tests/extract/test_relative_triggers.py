"""A trigger whose object is the noun a relative clause describes (our own sentences): the clause
tells the act ("the sanctions (which) X imposed on Y", "the aid that X sent to Y")."""

from __future__ import annotations

from test_events import code


def pairs(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


def test_a_noun_carried_by_a_relative_light_verb_takes_its_subject_and_target(res):
    evs = code(res, "The sanctions, which Canada imposed on Belarus in June, remain in force.")
    assert pairs(evs, "COERCE") == {("CAN", "BLR")}
    [ev] = [e for e in evs if e.type == "COERCE"]
    assert ev.date is not None and ev.date.value.endswith("-06")  # dated by the relative clause


def test_a_contact_clause_without_a_pronoun_carries_the_noun_too(res):
    evs = code(res, "The sanctions Washington imposed on Cuba in 1962 remain in force.")
    assert pairs(evs, "COERCE") == {("USA", "CUB")}


def test_an_object_restricted_verb_reads_the_relative_pronoun_as_its_noun(res):
    evs = code(res, "The medical supplies that Norway sent to Sudan arrived on Friday.")
    assert pairs(evs, "AID") == {("NOR", "SDN")}


def test_without_an_agent_the_noun_under_a_relative_clause_stays_a_standing_state(res):
    # the relative clause's verb is not a light verb: the embargo is described, not imposed here
    evs = code(res, "The embargo, which has crippled the economy of Cuba, remains in force.")
    assert not [e for e in evs if e.type == "COERCE" and e.modality in ("asserted", "reported")]


def test_a_relative_clause_tells_the_act_of_a_noun_another_verb_governs(res):
    # the sanctions are renewed now; the relative clause tells when and on whom they were imposed
    evs = code(res, "The sanctions, which Britain imposed on Syria in 2012, were lifted last week.", published="2024-05-15")
    imposed = [e for e in evs if e.type == "COERCE" and e.source and e.source.actor_id == "GBR"]
    assert imposed and imposed[0].target.actor_id == "SYR", evs
    assert imposed[0].date.value == "2012", imposed[0].date


def test_renewing_ones_own_measure_falls_on_its_recipient(res):
    # "it" is the renewing state: the relative clause names whom its measure falls on
    evs = code(res, "Norway renewed the travel ban that it had imposed on Eritrea.")
    assert any(e.type == "COERCE" and e.source.actor_id == "NOR" and e.target and e.target.actor_id == "ERI"
               for e in evs), evs


def test_another_actors_act_in_the_relative_clause_is_not_the_recipient(res):
    # Sweden condemns the attack; the attack fell on Chad, but Sweden's condemnation is not aimed at Chad
    evs = code(res, "Sweden condemned the raid that Libya carried out against Chad.")
    assert not any(e.type == "ACCUSE" and e.target and e.target.actor_id == "TCD" for e in evs), evs


def test_a_contact_relative_clause_acts_on_its_noun(res):
    # "companies it accused of ...": the companies are accused, and they are the ones said to supply
    evs = code(res, "Canada sanctioned three Chinese firms it accused of selling drone parts to Russia.",
               published="2024-05-15")
    assert any(e.type == "ACCUSE" and e.source.actor_id == "CAN" and e.target and e.target.actor_id == "CHN"
               for e in evs), evs
    assert any(e.trigger == "selling" and e.source and e.source.actor_id == "CHN" for e in evs), evs
