"""Objects shared across a coordination (our own sentences): coordinated prepositions ("to and from
X"), a preposition stranded before "and" ("ties with and an embassy in X"), and an infinitive on the
object noun ("a memorandum to lease land in X")."""

from __future__ import annotations

from test_events import code


def pairs(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


def test_coordinated_prepositions_share_their_object(res):
    assert ("JOR", "SYR") in pairs(code(res, "Jordan closed its border to and from Syria."), "COERCE")


def test_a_stranded_preposition_takes_the_object_closing_the_next_conjunct(res):
    evs = code(res, "Germany expressed support for and sent weapons to Ukraine.")
    assert ("DEU", "UKR") in pairs(evs, "SUPPORT")


def test_an_infinitive_on_the_object_names_where_the_promise_falls(res):
    assert ("ETH", "ERI") in pairs(code(res, "Ethiopia agreed a memorandum to lease coastline in Eritrea."), "AGREE")


def test_a_plain_object_without_a_place_keeps_the_agreement_one_sided(res):
    assert ("ETH", None) in pairs(code(res, "Ethiopia agreed a memorandum to lease coastline."), "AGREE")
