"""Light verbs beyond "hold" and "make" (our own sentences): a role the subject takes ("acted as a
mediator", "played host to"), a written form an act is sent in ("a letter of protest to X"), an
agentless passive whose "between" names the parties ("talks were held between A and B"), and
diplomatic idioms of disapproval ("made representations to X", "took issue with X")."""

from __future__ import annotations

import pytest

from test_events import code


def pairs(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


@pytest.mark.parametrize("text, type_, expected", [
    ("Oman acted as a mediator between Iran and the United States in Muscat.", "CONSULT", {("OMN", "IRN"), ("OMN", "USA")}),
    ("Switzerland served as host to Armenian negotiators in Geneva.", "CONSULT", {("CHE", "ARM")}),
    ("Kenya played host to Somali and Ethiopian delegates.", "CONSULT", {("KEN", "SOM"), ("KEN", "ETH")}),
    ("Cyprus sent a letter of protest to Turkey over the drilling.", "ACCUSE", {("CYP", "TUR")}),
    ("Peru made a strong protest to Bolivia over the border crossing.", "ACCUSE", {("PER", "BOL")}),
    ("Finland made representations to Russia over the detained sailors.", "ACCUSE", {("FIN", "RUS")}),
    ("Indonesia took issue with Australia over the submarine deal.", "ACCUSE", {("IDN", "AUS")}),
])
def test_the_subject_of_a_light_role_acts_on_the_named_party(res, text, type_, expected):
    found = pairs(code(res, text), type_)
    assert expected <= found, found


def test_an_agentless_passive_names_its_parties_with_between(res):
    found = pairs(code(res, "Negotiations were held between Georgia and Armenia in Tbilisi."), "CONSULT")
    assert found & {("GEO", "ARM"), ("ARM", "GEO")}, found


def test_a_passive_with_its_agent_keeps_the_agent(res):
    # the "by" phrase names the agent: "between" does not replace it; the host consults each party, and the
    # parties the "between" phrase names hold the talks (one CONSULT between them: branch between18)
    found = pairs(code(res, "Talks were hosted by Qatar between Sudan and Chad."), "CONSULT")
    assert {("QAT", "SDN"), ("QAT", "TCD")} <= found and not any(t == "QAT" for _, t in found), found
    assert found - {("QAT", "SDN"), ("QAT", "TCD")} <= {("SDN", "TCD"), ("TCD", "SDN")}, found


def test_what_something_is_called_as_stays_a_description(res):
    # "seen as an attack" names the move; it tells no attack
    evs = code(res, "The drill was seen by Beijing as an attack on its sovereignty.")
    assert not [e for e in evs if e.type == "ASSAULT"], evs


def test_a_protest_in_the_street_is_a_demonstration(res):
    evs = code(res, "Thousands joined a protest in Tbilisi against the new law.")
    assert not [e for e in evs if e.type == "ACCUSE"], evs
