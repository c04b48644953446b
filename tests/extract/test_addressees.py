"""Who is addressed acts (our own sentences): the infinitive on a noun addressed to someone ("put
pressure on X to ...", "an appeal to X to ...") is done by the addressee; pressure from someone falls
on the clause's subject; "put", "place", "exert" carry event nouns like other light verbs."""

from __future__ import annotations

from test_events import code


def pairs(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


def test_pressure_on_someone_to_act_is_a_request_and_they_are_to_act(res):
    evs = code(res, "Germany put pressure on Hungary to release the frozen funds for Ukraine.")
    assert ("DEU", "HUN") in pairs(evs, "REQUEST")
    assert all(e.source is None or e.source.actor_id != "DEU" for e in evs if e.type == "RETREAT")


def test_an_appeal_to_someone_to_act_makes_them_the_doer(res):
    evs = code(res, "Norway made an appeal to Sudan to free the detained aid workers.")
    assert ("NOR", "SDN") in pairs(evs, "REQUEST")
    assert any(e.source is not None and e.source.actor_id == "SDN" for e in evs if e.type == "RETREAT")


def test_pressure_from_someone_falls_on_the_clause_subject(res):
    evs = code(res, "Under pressure from China, Nepal expelled the Tibetan activists.")
    assert ("CHN", "NPL") in pairs(evs, "REQUEST")


def test_under_a_deal_is_no_party_to_the_deal(res):
    evs = code(res, "Under the deal, Venezuela released two Colombian prisoners.")
    assert not [e for e in evs if e.type == "AGREE" and e.source is not None and e.source.actor_id == "VEN"]


def test_placing_a_ban_and_taking_legal_action_are_acts_of_the_subject(res):
    assert ("NGA", None) in pairs(code(res, "Nigeria placed a ban on imports of rice."), "COERCE")
    assert ("GHA", "TGO") in pairs(code(res, "Ghana took legal action against Togo over the border."), "ACCUSE")
