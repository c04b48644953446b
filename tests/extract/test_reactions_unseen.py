"""Reactions, judgements and warnings on invented sentences: a reaction aimed at the doer of the act that provoked
it ("X protested after Y struck ..."), a judgement of a thing aimed at its maker ("rejected a US-brokered
ceasefire"), and a gerund warned or voted against, done by the one warned and
not told as done."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows

import diplograph

coded = coded_rows


PROVOKED = [
    ("Iran protested after Israel struck its consulate in Damascus.", ("ACCUSE", "IRN", "ISR")),
    ("Jordan recalled its ambassador after Israeli troops raided a refugee camp.", ("SANCTION", "JOR", "ISR")),
    ("Egypt condemned the raid after Israeli forces entered Rafah.", ("ACCUSE", "EGY", "ISR")),
    ("Peru protested on Monday after Bolivia closed the border.", ("ACCUSE", "PER", "BOL")),
    ("Japan lodged a protest because Chinese ships entered its waters.", ("ACCUSE", "JPN", "CHN")),
]


@pytest.mark.parametrize("text,want", PROVOKED, ids=[f"P{i}" for i in range(len(PROVOKED))])
def test_a_reaction_is_aimed_at_the_doer_of_what_provoked_it(res, text, want):
    assert_rows(coded(res, text), [want], [], text)


def test_a_cooperative_act_after_another_is_not_aimed_at_its_doer(res):
    found = coded(res, "Kenya sent troops to Haiti after the UN approved the mission.")
    assert ("MOBILIZE", "KEN", "HTI") in {e[:3] for e in found}
    assert not any(e[1] == "KEN" and e[2] == "UN" for e in found)


def test_warning_someone_against_an_attack_is_a_threat_to_them(res):
    found = coded(res, "Russia warned the Taliban against attacking Tajikistan.")
    assert ("THREATEN", "RUS", "TALIBAN", "asserted") in found
    assert ("ASSAULT", "TALIBAN", "TJK", "hypothetical") in found
    # a danger warned of is no threat to anyone
    assert not {e for e in coded(res, "Russia warned of an attack on Tajikistan.") if e[0] == "THREATEN"}


def test_a_gerund_warned_against_is_the_warned_ones_and_not_done(res):
    found = coded(res, "Washington warned Tehran against supplying missiles to Moscow.")
    assert ("THREATEN", "USA", "IRN", "asserted") in found
    assert ("AID", "IRN", "RUS", "hypothetical") in found
    assert not any(e[0] == "AID" and e[1] == "USA" for e in found)


AUTHORED = [
    ("Sudan's army chief rejected a US-brokered ceasefire.", ("REJECT", "SDN", "USA")),
    ("Hamas rejected an Egyptian-backed proposal.", ("REJECT", "HAMAS", "EGY")),
    ("Israel welcomed the US-drafted resolution.", ("SUPPORT", "ISR", "USA")),
    ("Russia vetoed a French-drafted resolution on Syria.", ("REJECT", "RUS", "FRA")),
]


@pytest.mark.parametrize("text,want", AUTHORED, ids=[f"A{i}" for i in range(len(AUTHORED))])
def test_a_judgement_of_a_thing_is_aimed_at_the_maker_its_hyphenated_participle_names(res, text, want):
    assert want in {e[:3] for e in coded(res, text)}


DEFIED = [
    ("Japan released treated water from Fukushima despite Chinese objections.", ("ACCUSE", "CHN", "JPN")),
    ("Israel pressed ahead with the offensive in spite of American warnings.", ("THREATEN", "USA", "ISR")),
    ("Serbia held the vote despite protests from the EU.", ("PROTEST", "EU", "SRB")),
    ("Despite Russian threats, Finland joined NATO.", ("THREATEN", "RUS", "FIN")),
]


@pytest.mark.parametrize("text,want", DEFIED, ids=[f"D{i}" for i in range(len(DEFIED))])
def test_a_stance_an_act_went_ahead_despite_is_aimed_at_its_doer(res, text, want):
    assert_rows(coded(res, text), [want], [], text)


def test_pressing_ahead_is_no_request(res):
    assert not {e for e in coded(res, "Israel pressed ahead with the offensive in spite of American warnings.")
                if e[0] == "REQUEST"}
    assert ("REQUEST", "FRA", "IRN") in {e[:3] for e in coded(res, "France pressed for sanctions on Iran.")}


@pytest.mark.parametrize("text,want", [
    ("Niger ordered French troops to leave the country.", ("REQUEST", "NER", "FRA")),
    ("Burkina Faso told French forces to withdraw within a month.", ("REQUEST", "BFA", "FRA")),
    ("The Netherlands handed over F-16 jets to Ukraine.", ("AID", "NLD", "UKR")),
    ("The rebels handed over their weapons to the UN mission.", ("RETREAT", "GEN_REBELS", "UN")),
])
def test_forces_told_to_leave_and_weapons_handed_to_an_ally(res, text, want):
    assert_rows(coded(res, text), [want], [], text)


def test_an_intended_fight_has_one_side_and_coordinated_fighters_fight_each_other(res):
    found = {e[:3] for e in coded(res, "The Taliban said they would fight the Islamic State.")}
    assert ("ASSAULT", "TALIBAN", "ISIS") in found and ("ASSAULT", "ISIS", "TALIBAN") not in found
    found = {e[:3] for e in coded(res, "Syrian troops fought Turkish-backed rebels near Aleppo.")}
    assert ("ASSAULT", "SYR", "GRP_TURKISH_BACKED_REBELS") in found
    assert ("ASSAULT", "GRP_TURKISH_BACKED_REBELS", "SYR") in found  # a fight told as fought has two sides
    found = {e[:3] for e in coded(res, "Hamas and Fatah fought in Gaza on Monday.")}
    assert found == {("ASSAULT", "HAMAS", "ORG_FATAH"), ("ASSAULT", "ORG_FATAH", "HAMAS")}


@pytest.mark.parametrize("text", [
    "Rogozin warned of a Hezbollah threat to Israel.",
    "Israel says Hezbollah poses a threat to its northern towns.",
    "Poland faces a growing threat from Russia.",
])
def test_a_threat_faced_posed_or_feared_is_a_danger_not_a_threat_made(res, text):
    assert not {e for e in coded(res, text) if e[0] == "THREATEN"}


@pytest.mark.parametrize("text,want", [
    ("Iran made a threat against Israel on Monday.", ("THREATEN", "IRN", "ISR")),
    ("Russia issued a fresh threat to Moldova.", ("THREATEN", "RUS", "MDA")),
])
def test_a_threat_made_or_issued_stays_a_threat(res, text, want):
    assert_rows(coded(res, text), [want], [], text)


@pytest.mark.parametrize("text,want", [
    ("Qatar negotiated the release of four hostages from Hamas captivity.", ("CONSULT", "QAT", "HAMAS")),
    ("Qatar negotiated the release of four Israeli hostages held by Hamas.", ("CONSULT", "QAT", "HAMAS")),
    ("Hamas seized ten Thai workers on Monday. Qatar negotiated their release on Friday.", ("CONSULT", "QAT", "HAMAS")),
])
def test_a_release_is_negotiated_with_whoever_holds_the_captives(res, text, want):
    found = {e[:3] for e in coded(res, text)}
    assert want in found
    assert not any(e[0] == "CONSULT" and e[2] in ("GEN_DETAINEES", "ISR", "THA") for e in found)


@pytest.mark.parametrize("text,want", [
    ("Moscow's annexation of the peninsula incurred Western sanctions.", ("COERCE", "WEST", "RUS")),
    ("Iran suffered a cyber attack by Israel.", ("ASSAULT", "ISR", "IRN")),
    ("The Iranian move invited criticism from Washington.", ("ACCUSE", "USA", "IRN")),
])
def test_an_act_incurred_suffered_or_invited_falls_on_the_subject(res, text, want):
    assert_rows(coded(res, text), [want], [], text)


def test_a_mediator_named_before_a_firefight_is_no_implied_fighter(res):
    text = ("Later, the Indonesian leader said he had spoken with Vietnamese Prime Minister Pham Minh Chinh, pressing "
            "for calm. The dispute goes back decades, with occasional skirmishes, including a fatal firefight in March "
            "that left a Vietnamese soldier dead.")
    fights = [e for e in diplograph.code(text, resources=res, published="2024-06-10") if e.type == "ASSAULT"]
    assert fights and all(e.source is None for e in fights)


def test_a_bodys_own_summit_takes_no_implied_partner(res):
    text = "The AU suspended Gabon on Monday. AU leaders held a summit in Addis Ababa on Tuesday."
    found = {e[:3] for e in coded(res, text)}
    assert ("SANCTION", "AU", "GAB") in found and ("CONSULT", "AU", None) in found


def test_a_protest_rejected_is_the_diplomatic_protest_told_before(res):
    text = "On Thursday, Japan protested to China over the buoy. A day later, Beijing rejected the protest."
    found = [e for e in diplograph.code(text, resources=res, published="2024-03-10")]
    assert not [e for e in found if e.type == "PROTEST"]
    accusations = [e for e in found if e.type == "ACCUSE"]
    assert len(accusations) == 1 and accusations[0].date.value == "2024-03-07"
    assert ("REJECT", "CHN", "JPN") in {(e.type, e.source.actor_id, e.target.actor_id) for e in found if e.target}


def test_a_request_denied_was_addressed_to_the_denier(res):
    found = {e[:3] for e in coded(res, "Kazakhstan denied Russia's request to extradite the journalist.")}
    assert {("REJECT", "KAZ", "RUS"), ("REQUEST", "RUS", "KAZ")} <= found
    assert not any(e[0] == "REJECT" and e[2] is not None for e in coded(res, "Russia denied the attack on the convoy."))


def test_a_proposal_turned_down_is_the_one_told_before_not_made_on_the_answers_day(res):
    text = "Hanoi proposed joint patrols on Monday. On Thursday, Beijing turned down the proposal."
    found = diplograph.code(text, resources=res, published="2024-05-11")
    answers = [e for e in found if e.type == "REJECT"]
    assert answers and answers[0].date.value == "2024-05-09"
    assert not [e for e in found if e.type != "REJECT" and e.date is not None and e.date.value == "2024-05-09"]
