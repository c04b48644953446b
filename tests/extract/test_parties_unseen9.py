"""Parties on unseen sentences, round 9: which parties a meeting, a threat or a reaction is between.
A joint act told by its verb alone ("A and B met", "A and B discussed X") is between its doers: an actor
named inside its object or a relative clause on it ("to discuss the summit, which the two countries will
hold with X") tells about the topic, not who else met. Invented sentences; each case asserts the
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
