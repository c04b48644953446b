"""Invented sentences: a plural nationality word used as a noun is the people ("thousands of Kenyans
marched"), not the state; "the government" after them is their government; a crowd of people is an actor;
an act noun in an "in" phrase ("in defiance of X") is the clause subject's act, and its party is not the main
verb's; a past participle with a subject of its own hung on its object is the finite verb (nlp/repair.py)."""

from __future__ import annotations

import pytest
from helpers import coded_events

coded = coded_events


def side(ref):
    return None if ref is None else (ref.actor_id, ref.sector)


def test_a_peoples_name_used_as_a_noun_is_its_civilians(res):
    ev = coded(res, "Thousands of Kenyans protested against the Ugandan government.")[0]
    assert side(ev.source) == ("KEN", "CVL") and ev.target.actor_id == "UGA"


def test_the_peoples_name_with_an_article_stays_the_state(res):
    ev = coded(res, "The Russians attacked Kyiv.")[0]
    assert ev.source.actor_id == "RUS" and ev.source.sector != "CVL"


@pytest.mark.parametrize("text", ["Kenyan students marched against the government.",
                                  "Thousands of Kenyans marched against the government.",
                                  "Kenyan protesters protested against the government."])
def test_the_government_is_that_of_the_people_acting(res, text):
    ev = next(e for e in coded(res, text) if e.type == "PROTEST")
    assert side(ev.target) == ("KEN", "GOV")


def test_the_government_with_two_countries_before_it_is_left_alone(res):
    evs = coded(res, "Kenyan and Ugandan students marched against the government.")
    assert not any(e.target is not None and e.target.sector == "GOV" for e in evs if e.type == "PROTEST")


@pytest.mark.parametrize("text", ["Hundreds of thousands of people blocked streets in Manila.",
                                  "Thousands of people marched in Minsk against Lukashenko."])
def test_a_crowd_of_people_is_an_actor(res, text):
    ev = next(e for e in coded(res, text) if e.type == "PROTEST")
    assert ev.source is not None and ev.source.actor_id == "GEN_CIVILIANS"


DEFIED = [
    ("Iran enriched uranium in defiance of the UN.", ("REJECT", "IRN", "UN")),
    ("North Korea launched a missile in defiance of UN sanctions.", ("REJECT", "PRK", "UN")),
    ("Iran shipped drones to Russia in defiance of Western warnings.", ("AID", "IRN", "RUS")),
]


@pytest.mark.parametrize("text,want", DEFIED, ids=[f"D{i}" for i in range(len(DEFIED))])
def test_defiance_in_an_adjunct_is_the_subjects(res, text, want):
    got = {(e.type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
           for e in coded(res, text)}
    assert want in got


def test_the_adjuncts_party_is_not_the_main_verbs(res):
    evs = coded(res, "North Korea launched a missile in defiance of UN sanctions.")
    assert not any(e.type == "ASSAULT" and e.target is not None and e.target.actor_id == "UN" for e in evs)


def test_custody_is_not_the_subjects_act(res):
    evs = coded(res, "The former vice president will remain in custody in Quito.")
    assert not any(e.type == "COERCE" and e.source is not None for e in evs)


def test_gunmen_of_a_nationality_are_that_states_unidentified_armed_force(res):
    evs = coded(res, "Two Syrian gunmen killed five people when they opened fire in Istanbul.")
    assert any(e.source is not None and (e.source.actor_id, e.source.sector) == ("SYR", "UAF") for e in evs)
    assert any(e.source is not None and e.source.actor_id == "SYR" and e.target is not None
               and e.target.actor_id == "TUR" for e in evs)  # "they opened fire in Istanbul"


UNDER = [
    ("Kenyan police officers deployed to Haiti have come under fire from gangs in the capital.",
     ("ASSAULT", "GEN_CRIMINALS", "KEN")),
    ("Israel came under pressure from the United States to allow aid into Gaza.", ("REQUEST", "USA", "ISR")),
    ("Chadian soldiers came under attack from Boko Haram near Lake Chad.", ("ASSAULT", "BOKO_HARAM", "TCD")),
]


@pytest.mark.parametrize("text,want", UNDER, ids=[f"U{i}" for i in range(len(UNDER))])
def test_coming_under_an_act_from_someone_receives_it(res, text, want):
    got = {(e.type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
           for e in coded(res, text)}
    assert want in got


def test_a_blaze_is_no_attack(res):
    assert not any(e.type == "ASSAULT" for e in coded(res, "A fire broke out in the parliament building in Nairobi."))


LEXICON = [
    ("Iranian hackers defaced hundreds of Israeli websites.", ("ASSAULT", "IRN", "ISR")),
    ("The Chilean president issued a stern reminder to Peru that it must respect the maritime ruling.",
     ("REQUEST", "CHL", "PER")),
]


@pytest.mark.parametrize("text,want", LEXICON, ids=[f"L{i}" for i in range(len(LEXICON))])
def test_defacing_websites_and_issuing_reminders(res, text, want):
    got = {(e.type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
           for e in coded(res, text)}
    assert want in got


def test_a_reminder_of_something_is_no_request(res):
    assert not coded(res, "The anniversary was a painful reminder of the war.")


def test_a_crowd_converging_for_a_rally_holds_it(res):
    evs = coded(res, "Thousands of Kenyans converged on Nairobi for a rally against the Ugandan government.")
    assert any(e.type == "PROTEST" and e.source is not None and e.source.actor_id == "KEN"
               and e.target is not None and e.target.actor_id == "UGA" for e in evs)


def test_an_unnamed_force_retold_with_its_state_is_one_act_with_the_state(res):
    evs = coded(res, "Peru cut diplomatic relations with Bolivia after police broke into the Peruvian embassy to "
                     "detain a former finance minister. Bolivian police early Sunday broke into the embassy in "
                     "La Paz.")
    breakins = [e for e in evs if e.type == "COERCE" and e.target is not None and e.target.actor_id == "PER"]
    assert len(breakins) == 1 and breakins[0].source.actor_id == "BOL"


def test_two_days_of_shelling_stay_two_acts(res):
    evs = coded(res, "Troops shelled Kharkiv on Monday. Russian troops shelled Kharkiv again on Tuesday.")
    assert len([e for e in evs if e.type == "ASSAULT"]) == 2
