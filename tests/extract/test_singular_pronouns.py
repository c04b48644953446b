"""A singular pronoun ("it", "its") never points back to a plural group phrase (our own sentences)."""

from __future__ import annotations

from test_events import code


def test_its_embassy_is_not_the_demonstrators_own(res):
    evs = [e for e in code(res, "Spain protested after demonstrators stormed its embassy in Caracas.")
           if e.type == "PROTEST" and e.source is not None and e.source.actor_id != "ESP"]
    assert evs and all(e.target is not None and e.target.actor_id == "ESP" for e in evs), evs
