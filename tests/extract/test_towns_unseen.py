"""Invented sentences: towns of at least 15,000 people (data/cities.yaml, written by tools/make_cities.py
from GeoNames) stand for their country where an act falls on them; a name folds letters without a
decomposition ("Diyarbakır" = "Diyarbakir"); a town of the acting state's own country is its people."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_events, coded_rows

from diplograph.extract.actors.gazetteer import city_country, key


@pytest.mark.parametrize("name, country", [("Sderot", "ISR"), ("Pokrovsk", "UKR"), ("Kramatorsk", "UKR"),
                                           ("Maiduguri", "NGA"), ("Kidal", "MLI"), ("Diyarbakir", "TUR")])
def test_towns_below_a_hundred_and_fifty_thousand_people_are_listed(name, country):
    assert city_country(name) == country


@pytest.mark.parametrize("name", ["Valparaiso", "Valparaíso", "San Jose"])
def test_a_name_two_countries_share_without_its_accents_names_none(name):
    # ("Valparaíso" in Chile and Brazil, "Valparaiso" in Indiana; "San José" in Costa Rica, "San Jose" in California;
    # "Los Angeles" is no longer one: a city ten times bigger than its Chilean namesake keeps it, test_lead19.py)
    assert city_country(name) is None


def test_letters_without_a_decomposition_fold():
    assert key("Diyarbakır") == key("Diyarbakir") and key("Łódź") == key("Lodz")


@pytest.mark.parametrize("text, row", [
    ("Hamas fired rockets at Sderot on Tuesday.", ("ASSAULT", "HAMAS", "ISR")),
    ("Russian drones struck Kramatorsk overnight.", ("ASSAULT", "RUS", "UKR")),
])
def test_an_attack_on_a_town_falls_on_its_country(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_a_curfew_in_a_town_of_ones_own_country_falls_on_its_people(res):
    evs = [e for e in coded_events(res, "Turkish police imposed a curfew in Diyarbakir "
                                     "on Sunday.") if e.type == "COERCE"]
    assert evs and evs[0].target is not None and (evs[0].target.actor_id, evs[0].target.sector) == ("TUR", "CVL")


@pytest.mark.parametrize("name", ["Police", "March", "Officer", "Deal"])
def test_small_towns_named_like_english_words_are_left_out(name):
    assert city_country(name) is None


def test_a_town_in_an_of_phrase_of_a_place_part_is_a_place_even_if_tagged_a_person(res):
    rows = coded_rows(res, "After shelling the outskirts of Kharkiv throughout Thursday, Russian forces withdrew.",
                      "2024-05-11")
    assert ("ASSAULT", "RUS", "UKR", "asserted") in rows and not any(r[2] and r[2].startswith("PER_") for r in rows)


def test_an_exercises_name_is_no_party(res):
    rows = coded_rows(res, "On Monday, Japan and the United States began their annual Keen Sword exercises.")
    assert {r[:3] for r in rows} <= {("COOPERATE", "JPN", "USA"), ("COOPERATE", "USA", "JPN")} and rows, rows


@pytest.mark.parametrize("text, row", [
    ("A police raid on a Turkish cafe in Lyon angered Ankara.", ("COERCE", "FRA", "TUR")),
    ("Kenya protested after a police raid on Kenyan workers in Kampala.", ("COERCE", "UGA", "KEN")),
])
def test_police_in_an_act_noun_act_for_the_state_where_they_act(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)
