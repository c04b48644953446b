"""A group governing a state acting in a place of that state (invented sentences): the place is its own, no other
party, in the period it governs; before that period the place stands for the state it governs against; the people
it acts on stay its target."""

from __future__ import annotations

import pytest

import diplograph


def _rows(res, text: str, published: str) -> set[tuple]:
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id)
            for e in diplograph.code(text, published=published, resources=res)}


@pytest.mark.parametrize("text, published, row", [
    ("Taliban fighters protested in Herat on Monday.", "2024-05-15", ("PROTEST", "TALIBAN", None)),
    ("Taliban fighters protested in Herat on Monday.", "2019-05-15", ("PROTEST", "TALIBAN", "AFG")),
    ("The Taliban shelled Herat on Monday.", "2021-05-15", ("ASSAULT", "TALIBAN", "AFG")),
    ("The Taliban barred Afghan women from working for aid groups on Monday.", "2024-05-15",
     ("COERCE", "TALIBAN", "AFG")),
])
def test_a_governing_group_in_its_own_place(res, text, published, row):
    assert row in _rows(res, text, published)
