"""A region word before a definite noun of a state ("the Baltic state", "the Himalayan nation") refers back only to
a state of that region (our own invented sentences; ``region_states`` in data/actor_words.yaml)."""

from __future__ import annotations

import pytest

import diplograph


def rows(res, text, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id)
            for e in diplograph.code(text, resources=res, published="2021-11-24") if e.type == type_}


@pytest.mark.parametrize("text, type_, want", [
    ("Lithuania received a Taiwanese envoy on Friday. China downgraded its ties with the Baltic state the next day.",
     "SANCTION", ("CHN", "LTU")),
    ("Nepal signed a trade pact with India. China criticised the Himalayan nation on Tuesday.", "ACCUSE", ("CHN", "NPL")),
    ("Qatar hosted talks with Iran on Monday. The United States praised the Gulf state on Tuesday.", "SUPPORT",
     ("USA", "QAT")),
    ("Kazakhstan expelled a Chinese journalist. Beijing summoned the envoy of the Central Asian republic.", "ACCUSE",
     ("CHN", "KAZ")),
])
def test_a_region_word_picks_the_state_of_that_region(res, text, type_, want):
    assert want in rows(res, text, type_)


def test_a_state_of_another_region_is_not_picked(res):
    found = rows(res, "Germany met Estonia's premier on Monday. Russia then accused the Gulf state of lying.", "ACCUSE")
    assert not [r for r in found if r[1] in ("DEU", "EST")]


def test_the_world_body_is_the_united_nations(res):
    found = rows(res, "Russia vetoed the resolution, and the world body condemned the strike.", "ACCUSE")
    assert ("UN", None) in found
