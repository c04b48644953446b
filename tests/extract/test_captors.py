"""A demand for someone's release is addressed to whoever holds them, never to the captive: the releaser
the demand names, the taker told in the same sentence, or the nearest earlier one (implied); with none told,
no target.  Invented sentences."""

from __future__ import annotations

import pytest

import diplograph
from diplograph.extract.events.captors import address_demands
from diplograph.records import ActorRef, Event, TimeRef


def demands(res, text):
    return [e for e in diplograph.code(text, resources=res, published="2024-05-02") if e.type == "REQUEST"]


@pytest.mark.parametrize("text, target, implied", [
    ("Mutinous soldiers detained President Mahamat Idriss Deby on Friday. The African Union called for "
     "Deby's release.", "GEN_MILITARY", True),
    ("The UN called for the release of the aid workers held by the Houthis.", "HOUTHIS", False),
])
def test_demand_goes_to_the_captor(res, text, target, implied):
    found = demands(res, text)
    assert found and found[0].target is not None, found
    assert found[0].target.actor_id == target and found[0].target.implied == implied, found[0].target


def test_no_captor_told_no_target(res):
    found = demands(res, "Canada demanded the release of two Canadian businessmen.")
    assert found and all(e.target is None for e in found), [(e.source, e.target) for e in found]


def test_asked_releaser_stays(res):
    found = demands(res, "Qatar urged Hamas to free the hostages.")
    assert any(e.target is not None and e.target.actor_id == "HAMAS" for e in found), found


def _ref(actor_id):
    return ActorRef(actor_id, actor_id, actor_id, 0, 1, None, "GOV", "state")


def _ev(type_, src, tgt, sentence, mode=None, content_of=None):
    return Event(type=type_, source=_ref(src) if src else None, target=_ref(tgt) if tgt else None,
                 sentence=sentence, start=0, end=1, trigger="x", mode=mode, date=TimeRef(None, None, None, "none"),
                 content_of=content_of)


def test_holder_from_the_events_alone():
    events = [_ev("COERCE", "IRN", "FRA_NATIONAL", 0), _ev("REQUEST", "FRA", "FRA_NATIONAL", 1),
              _ev("RETREAT", None, "FRA_NATIONAL", 1, mode="release", content_of=1)]
    address_demands(events, doc=None)
    assert events[1].target.actor_id == "IRN" and events[1].target.implied
    assert events[2].source.actor_id == "IRN"
