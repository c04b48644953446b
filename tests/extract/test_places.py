"""Cities named as the place an act falls on stand for their country; as venues they are no party;
names that are persons or follow a title are not cities (our own sentences)."""

from __future__ import annotations

from diplograph.extract.actors.gazetteer import city_country
from test_events import code


def test_listed_cities_have_one_country():
    assert city_country("Kharkiv") == "UKR" and city_country("mombasa") == "KEN"
    assert city_country("Zarqovia") is None


def test_an_act_on_a_city_falls_on_its_country(res):
    evs = code(res, "Russian missiles struck Kharkiv on Monday.", "2024-05-14")
    assert [(e.type, e.source.actor_id, e.target.actor_id, e.target.text) for e in evs] == [
        ("ASSAULT", "RUS", "UKR", "Kharkiv")]


def test_a_city_where_parties_meet_is_no_party(res):
    evs = code(res, "Ukrainian and Russian negotiators met in Istanbul on Monday.", "2024-05-14")
    assert {(e.source.actor_id, e.target.actor_id) for e in evs} <= {("RUS", "UKR"), ("UKR", "RUS")}


def test_a_person_named_like_a_city_is_no_place(res):
    for text in ("President Lincoln praised Jackson.", "Lincoln praised Jackson."):
        evs = code(res, text, "2024-05-14")
        assert not [e for e in evs for side in (e.source, e.target) if side is not None and side.actor_id == "USA"]
