"""The doer and the target of an act named by a noun inside another act (invented sentences): a judgement
of an act noun is aimed at the act's "by" agent, even where the parse hangs that phrase on the judging
verb; the act noun keeps that agent as its own doer; an act noun standing as the subject of a verb of
emotion is done by its own agent to its own target; a possessive doer with a target phrase on a plural
act noun under a verb of degree; and an envoy summoned over an attack names no doer of that attack."""

from __future__ import annotations

import pytest

import diplograph


def _code(res, text: str, published: str = "2024-03-10") -> list[tuple]:
    return [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id)
            for e in diplograph.code(text, published=published, resources=res)]


# -- a judgement of an act noun: aimed at the act's "by" agent, not at what it fell on ----------------------
JUDGED = [
    ("Jordan condemned the storming of the compound by Israeli settlers.", "JOR", "ISR"),
    ("Egypt condemned the raid on the refugee camp by Israeli troops.", "EGY", "ISR"),
    ("Beijing condemned the attack on its embassy in Belgrade by NATO aircraft.", "CHN", "NATO"),
    ("Germany criticised the detention of a German reporter by Iranian authorities.", "DEU", "IRN"),
    ("Lebanon denounced the killing of three shepherds by Israeli soldiers.", "LBN", "ISR"),
    ("Turkey condemned the bombing of a hospital in Aleppo by Russian jets.", "TUR", "RUS"),
    ("Saudi Arabia condemned the storming of its embassy in Tehran by Iranian protesters.", "SAU", "IRN"),
    ("Manila protested the ramming of a Philippine boat by a Chinese ship.", "PHL", "CHN"),
    ("Seoul condemned the shelling of the island by North Korean artillery.", "KOR", "PRK"),
]


@pytest.mark.parametrize("text, judge, doer", JUDGED)
def test_a_judgement_of_an_act_is_aimed_at_its_by_agent(res, text, judge, doer):
    rows = _code(res, text)
    assert ("ACCUSE", judge, doer) in rows, rows


# -- the act noun keeps its "by" agent as its doer, wherever the parse hung the phrase -----------------------
DONE = [
    ("Egypt condemned the raid on the refugee camp by Israeli troops.", "ISR", None),
    ("Beijing condemned the attack on its embassy in Belgrade by NATO aircraft.", "NATO", "CHN"),
    ("Jordan condemned the storming of the compound by Israeli settlers.", "ISR", None),
    ("Manila summoned China's ambassador over the ramming of a Philippine boat by a Chinese ship.", "CHN", "PHL"),
    ("India summoned Pakistan's envoy over the killing of Indian soldiers by Pakistani troops.", "PAK", "IND"),
]


@pytest.mark.parametrize("text, doer, victim", DONE)
def test_the_act_noun_keeps_its_by_agent(res, text, doer, victim):
    rows = _code(res, text)
    assert [r for r in rows if r[0] == "ASSAULT" and r[1] == doer and (victim is None or r[2] == victim)], rows


# -- an act noun as the subject of a verb of emotion or effect: its own doer and target ----------------------
EMOTION = [
    ("The killing of a journalist by Syrian forces angered France.", "ASSAULT", "SYR"),
    ("The detention of two Canadians by China angered Ottawa.", "COERCE", "CHN"),
    ("The seizure of a British tanker by Iranian forces alarmed London.", "COERCE", "IRN"),
    ("The bombing of a school by Saudi jets outraged Yemen.", "ASSAULT", "SAU"),
]


@pytest.mark.parametrize("text, kind, doer", EMOTION)
def test_an_act_noun_angering_a_third_party_is_done_by_its_agent(res, text, kind, doer):
    rows = _code(res, text)
    assert [r for r in rows if r[0] == kind and r[1] == doer], rows
    third = {"France": "FRA", "Ottawa": "CAN", "London": "GBR", "Yemen": "YEM"}
    angered = next(v for k, v in third.items() if k in text)
    assert not [r for r in rows if r[1] == angered], rows  # the one angered did nothing
    if angered != "CAN" and angered != "GBR":
        assert not [r for r in rows if r[0] == kind and r[2] == angered], rows


@pytest.mark.parametrize("text", [
    "The Russian attack on Kharkiv angered Germany.",
    "The Russian strike on Odesa outraged Kyiv.",
])
def test_an_attack_that_angered_a_third_state_falls_on_its_own_target(res, text):
    rows = _code(res, text)
    assert ("ASSAULT", "RUS", "UKR") in rows, rows
    assert not [r for r in rows if r[2] == "DEU"], rows


# -- a possessive doer with a target phrase on a plural act noun under a verb of degree ----------------------
DEGREE = [
    ("Russia stepped up its attacks on Kharkiv.", "RUS", "UKR"),
    ("Israel intensified its strikes on Gaza.", "ISR", "PSE"),
    ("Ukraine escalated its shelling of Belgorod.", "UKR", "RUS"),
    ("Pakistan stepped up its raids on Afghan border posts.", "PAK", "AFG"),
    ("Israel escalated its bombardment of Gaza.", "ISR", "PSE"),
]


@pytest.mark.parametrize("text, doer, target", DEGREE)
def test_a_stepped_up_act_keeps_its_possessor_and_target(res, text, doer, target):
    assert ("ASSAULT", doer, target) in _code(res, text)


# -- an envoy summoned over an attack: the attack's doer only when the text names it -------------------------
def test_an_envoy_summoned_over_an_attack_names_no_doer_of_it(res):
    rows = _code(res, "Manila summoned Beijing's envoy over the attack on a Philippine vessel.")
    assert ("ACCUSE", "PHL", "CHN") in rows, rows
    assert not [r for r in rows if r[0] == "ASSAULT" and r[1] is not None], rows  # no doer is told


def test_an_envoy_summoned_over_an_attack_by_a_named_doer(res):
    rows = _code(res, "Manila summoned Beijing's envoy over the attack on a Philippine vessel by Chinese coast guard ships.")
    assert ("ASSAULT", "CHN", "PHL") in rows, rows


# -- negatives: a "by" phrase of means, and a passive verb's own agent, stay where they are ------------------
def test_a_by_phrase_of_means_names_no_doer(res):
    rows = _code(res, "France answered the attack on its consulate by recalling its ambassador from Niger.")
    assert not [r for r in rows if r[0] == "ASSAULT" and r[1] == "FRA"], rows


def test_a_passive_verbs_agent_is_its_own(res):
    rows = _code(res, "The raid on the camp was condemned by Egypt.")
    assert not [r for r in rows if r[0] == "ASSAULT" and r[1] == "EGY"], rows


# -- an act noun undergone by the subject of a reception verb: a figure when that subject is a value ----------
@pytest.mark.parametrize("text", [
    "The rulers reversed reforms, with women's rights facing a brutal assault by the junta.",
    "Press freedom suffered an attack by the government.",
])
def test_an_assault_undergone_by_a_value_is_a_figure(res, text):
    assert not [r for r in _code(res, text) if r[0] == "ASSAULT"]


def test_an_assault_undergone_by_a_place_is_an_act(res):
    rows = _code(res, "The Kurdish town faced a brutal assault by Turkish troops.")
    assert [r for r in rows if r[0] == "ASSAULT" and r[1] == "TUR"], rows


# -- the noun of downing an aircraft: an attack, not the downing of tools -----------------------------------
def test_the_downing_of_a_jet_is_its_doers_attack(res):
    assert ("ASSAULT", "TUR", "RUS") in _code(res, "The downing of a Russian jet by Turkey infuriated Moscow.")
    assert ("ACCUSE", "RUS", "TUR") in _code(res, "Moscow condemned the downing of its jet by Turkish F-16s.")


def test_the_downing_of_tools_is_no_attack(res):
    assert not [r for r in _code(res, "The downing of tools by dock workers halted trade.") if r[0] == "ASSAULT"]
