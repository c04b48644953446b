"""Parties on unseen sentences, round 9: which parties a meeting, a threat or a reaction is between.
A joint act told by its verb alone ("A and B met", "A and B discussed X") is between its doers: an actor
named inside its object or a relative clause on it ("to discuss the summit, which the two countries will
hold with X") tells about the topic, not who else met. A retort (a vow to retaliate, revenge) is aimed at
whoever did the deed it answers, and that deed was done: it is told as done by its own doer, not threatened. Invented sentences; each case asserts the
(type, source, target) a careful analyst would code, a code matching an actor's id or its country
("*": any actor, None: no actor)."""

from __future__ import annotations

import pytest
from helpers import assert_found as _case
from helpers import coded_flat as _events
from helpers import side_is as _is


def _pair(e, a, b) -> bool:
    return (_is(e.source, a) and _is(e.target, b)) or (_is(e.source, b) and _is(e.target, a))


# ------------------------------------------------------------------ A. a joint act of many doers is between them

@pytest.mark.parametrize("text,a,b,outsider", [
    ("The Moroccan and Spanish interior ministers met in Rabat on Monday to discuss security for the 2030 "
     "World Cup, which the two countries will co-host with Portugal.", "MAR", "ESP", "PRT"),
    ("The French and German foreign ministers met in Paris on Tuesday to discuss the summit, which the two "
     "countries will hold with Italy.", "FRA", "DEU", "ITA"),
    ("Indian and Japanese officials met in Tokyo to discuss the rail project, which India is building with "
     "Chinese help.", "IND", "JPN", "CHN"),
    ("Greek and Turkish diplomats met in Athens to discuss the pipeline, which both countries plan to build "
     "with Bulgaria.", "GRC", "TUR", "BGR"),
])
def test_a_meeting_of_many_is_between_its_doers(text, a, b, outsider):
    evs = [e for e in _events(text) if e.type == "CONSULT"]
    assert any(_pair(e, a, b) for e in evs), [(e.type, e.source, e.target) for e in evs]
    assert not any(_is(e.target, outsider) or _is(e.source, outsider) for e in evs if e.trigger in ("met", "discuss")), \
        [(e.type, e.trigger, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in evs]


@pytest.mark.parametrize("text,typ,source,target", [
    # (negative of A) a partner named on the meeting verb itself, or a single doer's partner, stays one
    ("The Moroccan and Spanish interior ministers met with their Portuguese counterpart in Rabat.", "CONSULT", "*", "PRT"),
    ("Egypt and Jordan held talks with Israel in Cairo on Monday.", "CONSULT", "*", "ISR"),
    ("The Kenyan president met his Ugandan counterpart in Nairobi to discuss a pipeline that Uganda plans to "
     "build with Tanzania.", "CONSULT", "KEN", "UGA"),
])
def test_a_partner_named_on_the_meeting_stays_a_party(text, typ, source, target):
    _case(text, typ, source, target)


# ------------------------------------------------------------------ B. a retort answers a deed done by another

@pytest.mark.parametrize("text,typ,source,target", [
    ("Iran vowed to retaliate for the Israeli strike.", "THREATEN", "IRN", "ISR"),
    ("Hamas vowed revenge after Israel killed its commander.", "THREATEN", "HAMAS", "ISR"),
    ("Russia vowed to retaliate for the expulsion of its diplomats by Poland.", "THREATEN", "RUS", "POL"),
    ("Venezuela threatened to retaliate against the sanctions imposed by Washington.", "THREATEN", "VEN", "USA"),
    ("Israel struck a military base in Syria on Monday. Damascus vowed to retaliate.", "THREATEN", "SYR", "ISR"),
])
def test_a_retort_threat_is_aimed_at_the_doer_of_the_deed(text, typ, source, target):
    _case(text, typ, source, target)


@pytest.mark.parametrize("text,typ,source,target", [
    ("Iran vowed revenge for the killing of its general by the United States.", "ASSAULT", "USA", "IRN"),
    ("Iran vowed to retaliate for the Israeli strike.", "ASSAULT", "ISR", "IRN"),
    ("Russia vowed to retaliate for the expulsion of its diplomats by Poland.", "SANCTION", "POL", "RUS"),
])
def test_the_deed_a_retort_answers_is_told_as_done_not_threatened(text, typ, source, target):
    evs = _events(text)
    assert any(e.type == typ and _is(e.source, source) and _is(e.target, target) and e.modality == "asserted"
               for e in evs), [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id, e.modality)
                               for e in evs]
    # (no threat by the deed's doer: it did the deed, it threatened nothing)
    assert not any(e.type == "THREATEN" and _is(e.source, source) for e in evs)


@pytest.mark.parametrize("text,typ,source,target", [
    # (negative of B) an act the vow announces is still the threat's content
    ("Iran vowed to strike Israeli bases in Syria.", "THREATEN", "IRN", "ISR"),
    ("Russia promised to retaliate after Finland joined NATO.", "THREATEN", "RUS", "FIN"),
    ("North Korea has sworn to destroy South Korea's military.", "THREATEN", "PRK", "KOR"),
])
def test_an_announced_harm_stays_a_threat(text, typ, source, target):
    _case(text, typ, source, target)


@pytest.mark.parametrize("text,typ,source,target", [
    # a threat with no target answers the act of force its own country underwent from abroad
    ("Pakistani jets struck targets in Afghanistan on Sunday. The strikes killed eight people, according to "
     "the Taliban administration, which vowed to retaliate.", "THREATEN", "TALIBAN", "PAK"),
    ("Pakistani jets struck targets in Afghanistan on Sunday. The Taliban administration vowed to retaliate.",
     "THREATEN", "TALIBAN", "PAK"),
])
def test_a_threat_of_a_struck_country_answers_the_striker(text, typ, source, target):
    _case(text, typ, source, target)


def test_a_threat_after_an_act_at_home_is_not_aimed_abroad():
    # (negative) the act of force came from inside the country: no foreign striker to aim at
    evs = _events("Afghan troops raided a village in Afghanistan on Sunday. The Taliban vowed to retaliate.")
    assert not any(e.type == "THREATEN" and e.target is not None and e.target.country not in (None, "AFG")
                   for e in evs), [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in evs]
