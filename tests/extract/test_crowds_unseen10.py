"""Invented sentences: a crowd's act (a protest, rally, march, strike or blockade: grammar's ``crowd_types``)
that names no one it is aimed at and no place of another state is aimed at the crowd's own state ("Kenyan
doctors went on strike": at Kenya's government; extract/events/coder.py with recipients.own_states); a
state named on a boundary the crowd blocks or gathers at ("blocking crossings on the Hungarian border", "the
border with X": grammar's ``boundary_nouns``) is where the crowd stands, not its target
(extract/events/gatherings.py boundary_places); the people nouns of crowds (truckers, dockers) are people
of the state a nationality names (data/actor_words.yaml, data/actors/generic.yaml); a place where the crowd
gathers still names the state it addresses, and gatherings that are no protest stay uncoded."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, state", [
    ("Kenyan doctors went on strike on Monday over unpaid salaries.", "KEN"),
    ("Nigerian workers staged a general strike on Monday.", "NGA"),
    ("Hundreds of Moroccan teachers rallied on Sunday demanding higher pay.", "MAR"),
    ("Greek farmers have been blocking highways since January.", "GRC"),
    ("Zambian opposition supporters marched on parliament on Tuesday.", "ZMB"),
    ("Zambian opposition supporters have held nightly rallies outside parliament since January.", "ZMB"),
    ("Chilean truckers, who have been blocking highways since March, vowed to continue.", "CHL"),
    ("Chilean dockers blocked the port on Monday.", "CHL"),
    ("Thousands of Kenyans rallied outside parliament on Tuesday.", "KEN"),
])
def test_a_crowd_naming_no_target_protests_to_its_own_state(res, text, state):
    rows = coded_rows(res, text)
    assert any(r[0] == "PROTEST" and r[1] == state and r[2] == state and r[3] == "asserted" for r in rows), rows


@pytest.mark.parametrize("text, state, place", [
    ("Hungarian farmers, who have been blocking border crossings with Romania since October, said they would go on.",
     "HUN", "ROU"),
    ("Slovak truckers blocked the border with Austria on Monday.", "SVK", "AUT"),
    ("Bulgarian farmers blocked crossings on the Greek border on Monday.", "BGR", "GRC"),
    ("Lithuanian farmers, who have been blocking the border with Latvia since March, let lorries through on Friday.",
     "LTU", "LVA"),
])
def test_a_state_named_on_a_blocked_boundary_is_a_place(res, text, state, place):
    rows = coded_rows(res, text)
    assert any(r[:3] == ("PROTEST", state, state) for r in rows), rows
    assert not any(r[0] == "PROTEST" and r[2] == place for r in rows), rows
    assert not any(r[0] == "REJECT" for r in rows), rows


@pytest.mark.parametrize("text, row", [
    ("Thousands of teachers rallied in Quito on Sunday demanding higher pay.",
     ("PROTEST", "GEN_TEACHERS", "ECU", "asserted")),
    ("Hundreds of students marched through Asuncion on Friday to demand free tuition.",
     ("PROTEST", "GEN_STUDENTS", "PRY", "asserted")),
    ("Armenian exiles protested outside the Azerbaijani embassy in Berlin on Monday.",
     ("PROTEST", "ARM", "AZE", "asserted")),
    ("Thousands of Serbians marched against the government in Belgrade.", ("PROTEST", "SRB", "SRB", "asserted")),
    ("Zambian police fired tear gas at opposition supporters who marched on parliament on Tuesday.",
     ("PROTEST", "GEN_OPPOSITION", "ZMB", "asserted")),
    ("Police in Lusaka fired tear gas at thousands of opposition supporters on Tuesday.",
     ("ASSAULT", "ZMB", "GEN_OPPOSITION", "asserted")),
    ("Riot police dispersed the rally in Minsk on Saturday.", ("COERCE", "BLR", "GEN_PROTESTERS", "asserted")),
])
def test_where_a_crowd_gathers_and_who_acts_on_it(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_a_government_blocking_a_border_restricts_it(res):
    rows = coded_rows(res, "Hungary blocked the border with Austria on Monday.")
    assert ("COERCE", "HUN", "AUT", "asserted") in rows and not any(r[0] == "PROTEST" for r in rows), rows


def test_a_government_protesting_in_words_has_no_own_state_target(res):
    rows = coded_rows(res, "Japan protested on Monday.")
    assert not any(r[1] == r[2] for r in rows), rows


@pytest.mark.parametrize("text", [
    "Fans of the national team celebrated in the streets of Lagos after the victory.",
    "Thousands of pilgrims gathered in Mecca on Friday.",
    "Crowds gathered in Manila to watch the fireworks.",
    "Thousands of mourners gathered in Tehran for the funeral.",
    "Tourists crowded the beaches of Bali.",
])
def test_gatherings_that_are_no_protest(res, text):
    assert not coded_rows(res, text)


@pytest.mark.parametrize("text, row", [
    ("Police fired tear gas in Lusaka at opposition supporters on Tuesday.",
     ("ASSAULT", "ZMB", "GEN_OPPOSITION", "asserted")),
    ("Police fired rubber bullets in Harare at students marching to parliament.",
     ("ASSAULT", "ZWE", "GEN_STUDENTS", "asserted")),
    ("Opposition supporters tried to march on parliament in Lusaka on Tuesday.",
     ("PROTEST", "GEN_OPPOSITION", "ZMB", "asserted")),
    ("Protesters in Yerevan who tried to march on parliament were beaten by police.",
     ("PROTEST", "ARM", "ARM", "asserted")),
])
def test_force_aimed_past_a_place_and_a_crowds_attempted_march(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


@pytest.mark.parametrize("text", ["Russia tried to seize Kyiv in 2022.",
                                  "Protesters will try to march on parliament next week."])
def test_other_attempts_and_coming_marches_stay_untold(res, text):
    rows = coded_rows(res, text)
    assert not any(r[3] == "asserted" and r[0] in ("COERCE", "PROTEST") for r in rows), rows


@pytest.mark.parametrize("text, row", [
    ("Riot police in Lusaka broke up the rally with batons.", ("COERCE", "ZMB", "GEN_PROTESTERS", "asserted")),
    ("Thousands of Peruvians took to the streets of Lima on Saturday.", ("PROTEST", "PER", "PER", "asserted")),
    ("Thousands of Ecuadorians took to the streets on Saturday.", ("PROTEST", "ECU", "ECU", "asserted")),
    ("Argentine dockworkers walked out on Wednesday over pay.", ("PROTEST", "ARG", "ARG", "asserted")),
])
def test_crowd_phrases_breaking_up_and_taking_to_the_streets(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


@pytest.mark.parametrize("text", ["The coalition broke up after the vote.", "Iran took the case to the UN.",
                                  "Russia walked out of the talks on Monday."])
def test_other_senses_of_breaking_up_and_taking_to(res, text):
    assert not any(r[0] in ("COERCE", "PROTEST") for r in coded_rows(res, text))
