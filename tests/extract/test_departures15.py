"""Invented sentences: departures, withdrawals and releases (RETREAT and the types it is confused with).

What the 2021 CAMEO->PLOVER table says for each shape:
* "leave" with a predicate on its object ("left the government unable to pay") tells a result, no departure;
* freeing inmates while storming a prison is part of the attack, not a release (0841) by anyone;
* a leader's flight or exile has no row in the table: nothing is coded (forces fleeing a place retreat, 0874);
* a state leaving an organisation or treaty reduces relations with it (SANCTION 161), the body its target;
* forces withdrawing from a place (0872/0874) retreat from the state the place lies in (data/gazetteer.yaml,
  data/cities.yaml) when no other target is named;
* scaling back aid or support is reducing it (SANCTION 162), not a military retreat."""

from __future__ import annotations

import pytest
from helpers import coded_events


def rows(res, text):
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in coded_events(res, text)}


def types(res, text):
    return {e.type for e in coded_events(res, text)}


@pytest.mark.parametrize("text", [
    # a resultative "leave": the object is left in a state, nobody departs
    "The budget cut has left the government unable to pay teachers.",
    "The embargo has left the junta struggling to buy fuel.",
    "The blockade left the cabinet unable to import medicine.",
    "The ruling left the coalition government powerless.",
    "The bloc's suspension of budget support to Chad has left the military government struggling to pay civil servants.",
    # freeing inmates as part of an attack on a prison
    "Gunmen who stormed a prison in Kaduna freed 200 inmates.",
    "Militants attacked the jail and released dozens of prisoners.",
    "Bandits raided the prison on Sunday, freeing more than 100 inmates.",
    "Al-Shabaab fighters stormed the jail and freed 40 inmates.",
    "Bandits overran the village, burning homes and freeing 30 detainees from the police cells.",
    # a letter handed over is delivered, nothing ceded
    "The foreign minister handed over a letter from her president to the king.",
    "The ambassador handed over a message from the prime minister.",
    # a leader's flight or exile: no row of the table
    "The ousted president fled to Moscow.",
    "The deposed prime minister, who fled to London in May, denied the charges.",
    "Former Sudanese president Omar al-Bashir fled the country.",
    "Since the former president fled, the opposition has ruled the capital.",
])
def test_no_departure_or_release_is_coded(res, text):
    assert "RETREAT" not in types(res, text), rows(res, text)


@pytest.mark.parametrize("text, row", [
    # a state leaving an organisation (SANCTION 161), the organisation its target
    ("Burkina Faso left ECOWAS on Sunday.", ("SANCTION", "BFA", "ECOWAS")),
    ("Niger quit ECOWAS in January.", ("SANCTION", "NER", "ECOWAS")),
    ("Mali withdrew from ECOWAS last year.", ("SANCTION", "MLI", "ECOWAS")),
    ("Hungary quit the International Criminal Court.", ("SANCTION", "HUN", "ICC")),
    ("Niger pulled out of ECOWAS in January.", ("SANCTION", "NER", "ECOWAS")),
    ("The United States withdrew from UNESCO.", ("SANCTION", "USA", "UNESCO")),
    ("Britain left the European Union in 2020.", ("SANCTION", "GBR", "EU")),
    # forces leaving a place retreat from the state it lies in
    ("Russian troops withdrew from Izium.", ("RETREAT", "RUS", "UKR")),
    ("Russia pulled its troops out of Izium.", ("RETREAT", "RUS", "UKR")),
    ("Russian forces withdrew from Kherson.", ("RETREAT", "RUS", "UKR")),
    ("The withdrawal of Russian forces from Kherson was completed on Friday.", ("RETREAT", "RUS", "UKR")),
    ("Russian forces left Izium on Saturday.", ("RETREAT", "RUS", "UKR")),
    ("Russian troops fled from Kherson.", ("RETREAT", "RUS", "UKR")),
    ("Russian troops withdrew from the city of Kherson.", ("RETREAT", "RUS", "UKR")),
    ("France pulled its troops out of Mali.", ("RETREAT", "FRA", "MLI")),
    ("Israeli troops pulled out of Jenin.", ("RETREAT", "ISR", "PSE")),
    ("Russian troops pulled out of the town of Izium.", ("RETREAT", "RUS", "UKR")),
    # a listed town the tagger reads as a city is a place of its state where a verb falls on places too
    ("Russian forces shelled Izium for weeks.", ("ASSAULT", "RUS", "UKR")),
    # reducing support or aid (SANCTION 162)
    ("The United States will scale back its backing for Ukraine.", ("SANCTION", "USA", "UKR")),
    ("Washington scaled back its support for Kyiv.", ("SANCTION", "USA", "UKR")),
    ("Germany scaled down its military assistance to Niger.", ("SANCTION", "DEU", "NER")),
    ("Japan cut back its aid to Myanmar.", ("SANCTION", "JPN", "MMR")),
    # real releases and departures stay
    ("Myanmar's junta released 500 political prisoners on Tuesday.", ("RETREAT", "MMR", "GEN_DETAINEES")),
    ("Iran freed a French tourist on Friday.", ("RETREAT", "IRN", "FRA")),
    ("The Houthis released 20 Saudi prisoners.", ("RETREAT", "HOUTHIS", "SAU")),
    ("Armenia handed over three villages to Azerbaijan.", ("RETREAT", "ARM", "AZE")),
    ("French troops left the town, heading north.", ("RETREAT", "FRA", None)),
    ("Russia scaled back its troops near Kharkiv.", ("RETREAT", "RUS", "UKR")),
])
def test_departures_are_coded_with_their_type_and_target(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, wrong", [
    # reducing support is no military retreat and no support
    ("The United States will scale back its backing for Ukraine.", "SUPPORT"),
    ("Washington scaled back its support for Kyiv.", "SUPPORT"),
    # leaving an organisation is no resignation
    ("Niger quit ECOWAS in January.", "RETREAT"),
    ("Mali withdrew from ECOWAS last year.", "RETREAT"),
])
def test_the_confused_type_is_not_coded(res, text, wrong):
    assert wrong not in types(res, text), rows(res, text)


@pytest.mark.parametrize("text", [
    # a person leaving a company or a city does not reduce any state's relations
    "Macron left Brussels on Friday.",
    "The delegation left Geneva after the talks.",
    # a building of a body is left, not the body
    "Ghana's president left ECOWAS headquarters after the summit.",
])
def test_a_person_leaving_a_city_codes_nothing(res, text):
    assert not ({"SANCTION", "RETREAT"} & types(res, text)), rows(res, text)


@pytest.mark.parametrize("text", [
    # a person leaving a company or a party reduces no relations (a state leaving a body does)
    "The chief executive quit Gazprom in March.",
    "The finance minister left the ANC in 2019.",
])
def test_a_person_leaving_a_body_reduces_no_relations(res, text):
    assert "SANCTION" not in types(res, text), rows(res, text)
