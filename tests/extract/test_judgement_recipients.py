"""Whom a judgement is aimed at, and who is asked (our own sentences): a judgement proper is aimed at
what it judges, or at that act's doer, never at whom the judged act fell on; signing is no judgement;
the one asked to act is the object even when no actor stands for it."""

from __future__ import annotations

import pytest

from test_events import code


def test_a_judgement_conjoined_with_another_act_is_not_aimed_at_its_recipient(res):
    import diplograph
    evs = diplograph.code("Qatar condemned the coup and gave refuge to members of the Muslim Brotherhood.",
                          resources=res, published="2014-01-10")
    assert not [e for e in evs if e.type == "ACCUSE" and e.target is not None], evs


def test_the_one_asked_to_act_is_the_object_even_when_unnamed(res):
    import diplograph
    evs = diplograph.code("Doha asked newspapers based in London to stop their attacks on Bahrain.",
                          resources=res, published="2018-01-10")
    # the newspapers asked are a party of their own (open world, based in London), never Bahrain
    assert [(e.target.actor_id, e.target.country) for e in evs if e.type == "REQUEST"] == [
        ("ORG_NEWSPAPERS_BASED_IN_LONDON", "GBR")], evs


@pytest.mark.parametrize("text, bad_target", [
    ("Norway condemned the attack on Israel.", "ISR"),  # the attack fell on Israel; the doer is unnamed
    ("Brazil criticised the sanctions against Venezuela.", "VEN"),
])
def test_whom_a_judged_act_fell_on_is_not_the_judgements_target(res, text, bad_target):
    import diplograph
    evs = diplograph.code(text, resources=res, published="2023-10-09")
    judged = [e for e in evs if e.type == "ACCUSE"]
    assert judged and all(e.target is None or e.target.actor_id != bad_target for e in judged), evs


def test_the_doer_of_a_judged_act_is_the_judgements_target(res):
    import diplograph
    evs = diplograph.code("Norway condemned the Hamas attack on Israel.", resources=res, published="2023-10-09")
    assert any(e.type == "ACCUSE" and e.target and e.target.name == "Hamas" for e in evs), evs


def test_signing_after_a_meeting_is_with_the_one_met(res):
    import diplograph
    evs = diplograph.code("Peruvian President Dina Boluarte met Bolivian President Luis Arce and signed a trade accord.",
                          resources=res, published="2024-03-10")
    assert any(e.type == "SUPPORT" and e.target is not None for e in evs), evs


def test_a_move_summing_up_the_act_before_it_is_judged_as_that_act(res):
    evs = code(res, "Pakistan began deporting Afghan refugees from Karachi on Tuesday, a move condemned by "
                    "the UN refugee agency.", "2024-01-24")
    assert [(e.type, e.target.actor_id) for e in evs if e.trigger == "condemned"] == [("ACCUSE", "PAK")]


def test_backing_given_to_a_proposal_is_given_to_its_author(res):
    evs = code(res, "Qatar made an offer to mediate between Sudan and Chad. Germany gave its backing to the "
                    "proposal on Thursday.", "2024-06-14")
    assert [(e.type, e.source.actor_id, e.target.actor_id) for e in evs if e.trigger == "gave"] == [
        ("SUPPORT", "DEU", "QAT")]


def test_welcoming_such_help_is_aimed_at_the_helper(res):
    evs = code(res, "Turkey sent aid to Syria on Monday. Damascus welcomed such help.", "2024-03-01")
    assert [(e.type, e.source.actor_id, e.target.actor_id) for e in evs if e.trigger == "welcomed"] == [
        ("SUPPORT", "SYR", "TUR")]


def test_refusing_talks_hosted_or_attended_by_x_rejects_x(res):
    evs = code(res, "Iran refused talks hosted or attended by the United States.")
    assert [(e.type, e.target.actor_id) for e in evs if e.trigger == "refused"] == [("REJECT", "USA")]
