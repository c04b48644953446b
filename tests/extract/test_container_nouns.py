"""Grammar of noun phrases around a trigger (our own sentences): acts counted by a container noun
("a series of tests", "a round of talks") stand where the container stands, so its light verb's
subject is their agent; a participle on a noun that speaks for its author ("a statement condemning
X") is the author's act."""

from __future__ import annotations

import pytest

from test_events import code


def pairs(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


@pytest.mark.parametrize("text, type_, pair", [
    ("Chile held a second round of talks with Peru in Lima.", "CONSULT", ("CHL", "PER")),
    ("Azerbaijan launched a wave of drone strikes on Armenian positions.", "ASSAULT", ("AZE", "ARM")),
    ("Colombia waged a campaign of airstrikes against the rebels of the ELN.", "ASSAULT", ("COL", None)),
    ("India held a series of meetings with Nepalese officials in Kathmandu.", "CONSULT", ("IND", "NPL")),
])
def test_the_light_verb_of_a_container_carries_the_counted_act(res, text, type_, pair):
    found = pairs(code(res, text), type_)
    assert any(s == pair[0] and (pair[1] is None or t == pair[1]) for s, t in found), found


def test_a_container_that_is_no_light_verbs_object_gives_no_agent(res):
    # the series is the subject: nobody named carried the attacks out
    evs = code(res, "A series of attacks shook the capital of Kenya on Monday.")
    assert all(e.source is None or e.source.actor_id != "KEN" for e in evs if e.type == "ASSAULT")


def test_a_participle_on_an_authored_noun_is_its_issuers_act(res):
    evs = code(res, "Bahrain issued a statement condemning the Iranian strikes.")
    assert ("BHR", "IRN") in pairs(evs, "ACCUSE")


def test_a_judgement_of_an_act_gives_that_act_no_implied_target(res):
    # Bahrain condemns the strikes; nothing says they fell on Bahrain
    evs = code(res, "Bahrain issued a statement condemning the Iranian strikes.")
    assert all(e.target is None for e in evs if e.type == "ASSAULT")
