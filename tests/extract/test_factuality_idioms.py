"""Idioms that tell no act (extract/events/factuality.py, coder.py; triggers.yaml factuality), on our
own invented sentences."""

from __future__ import annotations

import diplograph


def code(res, text, published="2022-03-10"):
    return diplograph.code(text, resources=res, published=published)


def told(events):
    return [e for e in events if e.modality in ("asserted", "reported")]


def test_not_ruling_out_or_not_excluding_an_act_is_no_refusal_and_no_act(res):
    for text in ("Officials in Ankara do not rule out participation in Syrian events.",
                 "Kenya said that Nairobi would not exclude revising the trade regime with Somalia."):
        evs = code(res, text)
        assert not [e for e in evs if e.type in ("REJECT", "SANCTION")], evs
        assert not told([e for e in evs if e.trigger not in ("said",)]), evs


def test_ruling_out_an_act_still_rejects_it(res):
    assert [e for e in code(res, "Moscow ruled out talks with Kyiv.") if e.type == "REJECT"]


def test_an_act_not_on_the_agenda_is_negated_and_one_on_the_table_is_not_told(res):
    evs = code(res, "Formal recognition of the Taliban by Beijing is not on the agenda at present.")
    assert evs and all(e.negated for e in evs if e.trigger == "recognition"), evs
    assert not told(code(res, "Recognition of the Taliban by Beijing is on the agenda."))


def test_a_standing_alliance_is_no_act_but_forging_one_is(res):
    assert not told(code(res, "The row could undercut Moscow's growing alliance with India."))
    forged = told(code(res, "Russia and India forged an alliance in 2010."))
    assert [e.type for e in forged] == ["COOPERATE"], forged


def test_places_parsed_as_conjuncts_of_a_thing_that_does_not_act_are_no_agents(res):
    assert not code(res, "Decisive steps in Syria, and Libya and Mali to a lesser extent, helped Moscow gain "
                         "influence.")
    helped = code(res, "Russia and Iran helped Syria.")
    assert {e.source.actor_id for e in helped} == {"RUS", "IRN"}, helped


def test_a_gerund_with_its_subject_takes_the_modality_of_the_verb_it_completes(res):
    would = code(res, "Venezuelan officials would see Brazil recognizing Maduro as a victory.")
    assert [e.modality for e in would if e.trigger == "recognizing"] == ["hypothetical"], would
    saw = code(res, "Witnesses saw soldiers firing at protesters.")
    assert [e.modality for e in saw if e.trigger == "firing"] == ["asserted"], saw


def test_an_act_that_will_depend_on_something_or_that_one_is_desperate_for_is_not_told(res):
    evs = code(res, "Celso Amorim declared that Brazil's recognition of Kosovo will hinge on how the new "
                    "leaders behave.")
    told = [e.modality for e in evs if e.trigger == "recognition"]
    assert told and set(told) == {"hypothetical"}, evs
    eager = code(res, "Desperate for talks with Iran, Saudi Arabia sent an envoy.")
    assert all(e.modality == "future" for e in eager if e.trigger == "talks"), eager


def test_a_belief_about_an_actor_is_no_stance_voiced(res):
    assert not code(res, "Iran believes that the Taliban is a pragmatic and dependable partner.")
    said = code(res, "Iran said that the Taliban is a pragmatic and dependable partner.")
    assert [e.type for e in said] == ["SUPPORT"], said


def test_a_speech_act_noun_is_the_act_its_verb_makes_and_its_that_clause_is_its_content(res):
    evs = code(res, "The M23 rebels insisted on their demands that Congo grant the Tutsi minority more rights.")
    assert [(e.type, e.modality) for e in evs] == [("REQUEST", "asserted")], evs
    evs = code(res, "Hamas repeated its demand that Israel withdraw from Gaza.")
    assert [(e.type, e.modality) for e in evs if e.trigger == "withdraw"] == [("RETREAT", "hypothetical")], evs
    assert [e.modality for e in evs if e.type == "REQUEST"] == ["asserted"], evs


def test_an_act_one_is_interested_in_is_wanted_and_exporting_an_ideology_is_no_trade(res):
    evs = code(res, "China is interested in buying oil from Iran.")
    assert [(e.type, e.modality) for e in evs] == [("COOPERATE", "future")], evs
    assert not code(res, "Iran has exported its revolution to Iraq.")


def test_an_invitation_declined_was_made(res):
    evs = code(res, "Indonesia declined an invitation from Russia to attend the parade.")
    assert [(e.type, e.source.actor_id, e.modality) for e in evs if e.trigger == "invitation"] == [
        ("REQUEST", "RUS", "asserted")], evs  # an invitation asks to meet (REQUEST meet)


def test_neither_nor_negates_what_both_did(res):
    evs = code(res, "Neither Sudan nor Egypt has signed the deal with Ethiopia.")
    assert evs and all(e.negated for e in evs), evs


def test_an_announced_visit_is_coded_by_its_intent_and_told_again_as_coming(res):
    evs = code(res, "Indian Prime Minister Narendra Modi will visit Bhutan in May, his office said on Tuesday.",
                "2024-03-06")
    assert {(e.type, e.modality, e.target.actor_id, e.date.value) for e in evs} == {
        ("AGREE", "future", "BTN", "2024-03-05"), ("CONSULT", "future", "BTN", "2024-05")}  # announced on Tuesday
