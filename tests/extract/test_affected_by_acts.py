"""A passive verb whose agent is a thing or an act of another kind tells no act of its own: "was hit by
sanctions" is the sanctions (COERCE), not an attack; "was struck by an earthquake" is no act at all.  The act
noun in the agent phrase falls on what the verb says it affected ("X's economy was crippled by Y's
sanctions": X).  Invented sentences."""

from __future__ import annotations

import pytest

from helpers import coded_pairs


def rows(res, text, published="2024-05-02"):
    return coded_pairs(res, text, published)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Belarus has been hit by EU sanctions since 2020.", ("COERCE", "EU", "BLR"), "ASSAULT"),
    ("EU sanctions have hit Belarus hard.", ("COERCE", "EU", "BLR"), "ASSAULT"),
    ("Syria's economy was crippled by American sanctions.", ("COERCE", "USA", "SYR"), None),
    ("Cuba has been hurt by the US embargo for decades.", ("COERCE", "USA", "CUB"), None),
    ("North Korea was struck by Chinese trade restrictions last year.", ("COERCE", "CHN", "PRK"), "ASSAULT"),
])
def test_act_noun_as_agent(res, text, wanted, unwanted):
    found = rows(res, text)
    assert wanted in found, found
    assert unwanted is None or not any(t == unwanted for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Nepal was hit by a powerful earthquake in 2015.",
    "The Philippine coast was struck by a typhoon on Sunday.",
])
def test_things_do_not_attack(res, text):
    assert not any(t == "ASSAULT" for t, _, _ in rows(res, text)), rows(res, text)


def test_same_kind_of_act_stays(res):
    # the agent names the same kind of act the verb tells: one attack, with its sides
    found = rows(res, "The Yemeni port was hit by Saudi air strikes on Monday.")
    assert ("ASSAULT", "SAU", "YEM") in found, found


@pytest.mark.parametrize("text, row", [
    # a name on the thing sent is no recipient: the "to" phrase is
    ("Germany will deliver 18 more Leopard tanks to Ukraine.", ("AID", "DEU", "UKR")),
    ("The US sent Patriot missiles to Poland last year.", ("AID", "USA", "POL")),
    # but the author of a thing judged is whom the judgement is aimed at
    ("Hungary blocked a joint EU statement on Israel.", ("REJECT", "HUN", "EU")),
    # "inside X" as "in X" for an act that falls on a place
    ("Pakistan carried out air strikes inside Iran on Tuesday.", ("ASSAULT", "PAK", "IRN")),
])
def test_things_and_places(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, unwanted", [
    # a relation is no actor: it offers, allows or angers nobody
    ("For Ankara, closer ties with Baku offer a shield against Iranian pressure.", "AGREE"),
    ("The rapprochement with Riyadh has threatened Tehran's influence in Iraq.", "THREATEN"),
])
def test_relations_do_not_act(res, text, unwanted):
    assert not any(t == unwanted for t, _, _ in rows(res, text)), rows(res, text)


def test_taking_power_is_a_seizure(res):
    found = rows(res, "The army took power in Gabon in August 2023.")
    assert any(t == "COERCE" for t, _, _ in found) and not any(t == "ASSAULT" for t, _, _ in found), found
