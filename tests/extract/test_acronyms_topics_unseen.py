"""Invented sentences: a capital-letter short form that nothing resolves ("the FNL", "K12 fighters") is an
open-world organisation (the small tagger names few of them; extract/actors/openworld.py), unless it names
no actor (``not_acronyms``: "GDP", "LNG"), a place or a numeral, or its sentence is set in capitals; what is
discussed or negotiated is a topic, not a partner (``target: prep`` in triggers.yaml): conjoined doers are each
other's partners, and a call's party is no object of "discussed"."""

from __future__ import annotations

import pytest
from helpers import coded_events


def rows(res, text):
    return {(e.type, e.source and (e.source.actor_id, e.source.name), e.target and (e.target.actor_id, e.target.name))
            for e in coded_events(res, text)}


def names(res, text):
    return {n for e in coded_events(res, text) for s in (e.source, e.target) if s is not None for n in [s.name]}


@pytest.mark.parametrize("text, name", [
    ("The FNL ambushed an army convoy near the border on Monday.", "FNL"),
    ("Burundi's government resumed talks with the FNL on Monday.", "FNL"),
    ("Troops clashed with UFDR fighters north of the capital.", "UFDR"),
])
def test_an_unknown_short_form_is_an_actor(res, text, name):
    assert name in names(res, text), rows(res, text)


@pytest.mark.parametrize("text", [
    "Kenya and Uganda agreed to raise LNG exports on Monday.",
    "Chile criticised Peru over falling GDP figures on Monday.",
    "NAIROBI POLICE ARREST TWELVE PROTESTERS",
])
def test_short_forms_of_no_actor_stay_unresolved(res, text):
    assert not ({"LNG", "GDP", "NAIROBI", "POLICE", "ARREST"} & names(res, text)), rows(res, text)


@pytest.mark.parametrize("text", [
    "Kenya and Uganda discussed Somalia's security on Wednesday.",
    "Ghana and Togo negotiated Burkina Faso's debt relief on Monday.",
])
def test_conjoined_doers_discuss_with_each_other_not_with_the_topic(res, text):
    consult = [e for e in coded_events(res, text) if e.type == "CONSULT"]
    assert consult and all({e.source.actor_id, e.target.actor_id} in ({"KEN", "UGA"}, {"GHA", "TGO"})
                           for e in consult if e.source and e.target), rows(res, text)


def test_a_partner_named_by_with_is_still_the_target(res):
    assert ("CONSULT", ("KEN", "Kenya"), ("UGA", "Uganda")) in rows(
        res, "Kenya discussed Somalia's security with Uganda on Wednesday.")


def test_a_calls_party_is_not_what_was_discussed(res):
    got = rows(res, "Rubio and Wang discussed Iran during a phone call on Wednesday.")
    assert not any(t and t[0] == "IRN" for _, _, t in got), got


@pytest.mark.parametrize("text, pair", [
    ("Kenya and Somalia agreed on Monday to exchange prisoners.", {"KEN", "SOM"}),
    ("Armenian and Azerbaijani negotiators agreed to swap detainees.", {"ARM", "AZE"}),
])
def test_conjoined_doers_agree_with_each_other_not_with_the_people_handed_over(res, text, pair):
    agree = [e for e in coded_events(res, text) if e.type == "AGREE"]
    assert agree and all(e.target is not None and {e.source.actor_id, e.target.actor_id} == pair for e in agree), \
        rows(res, text)


def test_a_compass_word_before_a_peoples_name_is_no_bloc(res):
    assert "the West" not in names(res, "Ghana and Togo signed a deal to extend the West African power grid.")


def test_opposition_supporters_are_the_opposition(res):
    assert ("ASSAULT", ("KEN", "Kenya"), ("GEN_OPPOSITION", "opposition (unspecified)")) in rows(
        res, "Kenyan police fired tear gas at opposition supporters on Wednesday.")


def test_receiving_a_donation_is_no_meeting(res):
    got = rows(res, "Haiti received a donation of medicine from Mexico on Monday.")
    assert not any(t == "CONSULT" for t, _, _ in got) and any(t == "AID" for t, _, _ in got), got


def modalities(res, text, typ):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id, e.modality)
            for e in coded_events(res, text) if e.type == typ}


@pytest.mark.parametrize("text, row", [
    ("Canada will impose tariffs on Chinese steel unless Beijing curbs its exports, Canada's trade minister "
     "said on Monday.", ("CAN", "CHN", "asserted")),
    ("Kenya will expel two Ugandan diplomats unless Uganda frees the activists, officials in Kampala said.",
     ("KEN", "UGA", "reported")),
])
def test_an_ultimatums_threat_is_made_when_told(res, text, row):
    assert row in modalities(res, text, "THREATEN")


def test_an_announcement_without_a_condition_keeps_its_intent_coming(res):
    assert ("KEN", "UGA", "future") in modalities(res, "Kenya announced that it would expel two Ugandan diplomats.",
                                                  "THREATEN")


@pytest.mark.parametrize("text, pair", [
    ("On Monday, Japan and Australia began their annual air exercises.", {"JPN", "AUS"}),
    ("Egypt and Sudan held naval drills in the Red Sea on Monday.", {"EGY", "SDN"}),
    ("Egypt held naval drills with Sudan on Monday.", {"EGY", "SDN"}),
])
def test_drills_held_together_are_military_cooperation(res, text, pair):
    coop = [e for e in coded_events(res, text) if e.type == "COOPERATE"]
    assert coop and {coop[0].source.actor_id, coop[0].target.actor_id} == pair, rows(res, text)


def test_drills_near_another_state_stay_a_mobilisation(res):
    assert ("MOBILIZE", ("CHN", "China"), ("TWN", "Taiwan")) in rows(res, "China held naval drills near Taiwan on Monday.")


def test_each_side_accusing_the_other_of_something_is_mutual(res):
    got = rows(res, "Kenyan and Ugandan troops clashed on the border on Thursday, each side accusing the "
                    "other of firing first.")
    accuse = {(s[0], t[0]) for typ, s, t in got if typ == "ACCUSE" and s and t}
    assert accuse == {("KEN", "UGA"), ("UGA", "KEN")}, got


@pytest.mark.parametrize("text, modality, date", [
    ("Kenya and Uganda hold talks on 3 September.", "future", "2025-09-03"),
    ("Kenya and Uganda held talks on 3 August.", "asserted", "2025-08-03"),
])
def test_an_act_noun_its_own_date_puts_after_publication_is_coming(res, text, modality, date):
    ev = next(e for e in coded_events(res, text, "2025-08-20") if e.type == "CONSULT")
    assert (ev.modality, ev.date.value) == (modality, date)


def test_parties_fighting_each_other_are_not_fighting_the_place(res):
    got = rows(res, "Clashes between the Chadian army and FACT rebels raged in Faya on Monday.")
    assert {(s[0], t[0]) for _, s, t in got if s and t} == {("TCD", "ORG_FACT"), ("ORG_FACT", "TCD")}, got
    fighting = rows(res, "Fighting between the army and the FNL raged in Bujumbura.")
    assert not any(t and t[0] == "BDI" for _, s, t in fighting), fighting


def test_a_relative_clause_hung_on_the_noun_an_offensive_is_of_says_what_it_took(res):
    got = rows(res, "Chad said the rapidity of the FACT's offensive that put most of the north of Niger under its "
                    "control was alarming.")
    assert any(t == "ASSAULT" and tgt and tgt[0] == "NER" for t, _, tgt in got), got
