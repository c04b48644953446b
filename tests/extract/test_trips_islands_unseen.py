"""Trips told by verbs of flying and landing, and "the island" told back (our own invented sentences).

- "X flew to / jetted to / landed in Y" is a visit (CONSULT X -> Y) like "travelled to" and "arrived in";
- a trip by people who stand for no one (refugees, tourists, fans) or by aircraft is no visit;
- "the island", "the archipelago" refer back to a state whose territory is islands, never to the nearest
  state of another kind ("Beijing called the drills a warning to the island").
"""

from __future__ import annotations

import pytest

import diplograph


def code(res, text, published="2024-05-10"):
    return diplograph.code(text, resources=res, published=published)


def rows(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


def country_rows(events, type_):
    return {(e.source and e.source.country, e.target and e.target.country) for e in events if e.type == type_}


VISITS = [
    ("Guatemala's foreign minister flew to Taipei on Wednesday.", ("GTM", "TWN")),
    ("The Hungarian prime minister jetted to Beijing on Monday for a surprise meeting.", ("HUN", "CHN")),
    ("Ghana's president landed in Abuja on Tuesday.", ("GHA", "NGA")),
    ("Chile's foreign minister flew into Buenos Aires late on Sunday.", ("CHL", "ARG")),
]


@pytest.mark.parametrize("text,pair", VISITS)
def test_flights_of_officials_are_visits(res, text, pair):
    assert pair in country_rows(code(res, text), "CONSULT")


NO_VISITS = [
    "Thousands of Syrian refugees traveled to Germany last year.",
    "Russian tourists arrived in Cuba on Monday.",
    "Hundreds of Moroccan fans flew to Doha for the match.",
    "Two Russian bombers flew to Venezuela on Monday.",
    "The plane landed in Nairobi after a six-hour delay.",
]


@pytest.mark.parametrize("text", NO_VISITS)
def test_trips_of_people_who_represent_no_one_are_no_visits(res, text):
    assert not rows(code(res, text), "CONSULT")


def test_the_island_is_the_island_state_not_the_speaker(res):
    events = code(res, "Chinese warships circled Taiwan on Monday. Beijing said the drills were a warning "
                       "to the island.")
    assert {t for _, t in country_rows(events, "THREATEN")} == {"TWN"}


def test_the_island_after_a_visit(res):
    events = code(res, "Paraguay's president landed in Taipei on Wednesday. He pledged continued support for "
                       "the island.")
    assert ("PRY", "TWN") in country_rows(events, "AGREE") | country_rows(events, "SUPPORT")


def test_the_island_with_no_island_state_before_stays_empty(res):
    events = code(res, "Serbia recalled its envoy on Monday. Belgrade said it would review aid to the island.")
    assert all(t != "SRB" for _, t in country_rows(events, "SANCTION") | country_rows(events, "AID"))
