"""A nationality word before a noun of an irregular armed group ("Ethiopian militias", "Iraqi militias") names that
country's group, not its state: the actor keeps its words and the sector UAF (our own invented sentences;
``sectors`` in data/actor_words.yaml)."""

from __future__ import annotations

import pytest

import diplograph


def sides(res, text, type_):
    return [(e.source, e.target) for e in diplograph.code(text, resources=res, published="2025-03-10") if e.type == type_]


@pytest.mark.parametrize("text, type_, role", [
    ("Sudan's army clashed with Ethiopian militias on Monday.", "ASSAULT", "target"),
    ("Iraqi militias fired rockets at a US base on Monday.", "ASSAULT", "source"),
    ("Nigerien troops detained Malian militias near the border on Monday.", "COERCE", "target"),
])
def test_a_national_militia_is_a_group_of_that_country(res, text, type_, role):
    found = sides(res, text, type_)
    group = [(s if role == "source" else t) for s, t in found]
    assert any(g is not None and g.sector == "UAF" and "militia" in g.text.lower() for g in group)
    # no side is the bare nationality word standing for the state
    assert not [a for pair in found for a in pair if a is not None and a.text.lower().endswith(("ethiopian", "iraqi", "malian"))]


def test_the_state_itself_keeps_its_government_sector(res):
    found = sides(res, "Ethiopia accused Sudan of arming rebels on Monday.", "ACCUSE")
    assert found and found[0][0].sector not in ("UAF", "REB")
