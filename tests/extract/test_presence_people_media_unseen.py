"""Three small mechanisms, on our own invented sentences.

- people attacked who stand for no state ("worshippers", "herders", "fishermen") are civilians, the target
  of the attack, never the place where it happened;
- suspending a broadcaster, a network or a magazine is censorship (COERCE), not cutting ties with the
  broadcaster's country (SANCTION);
- whoever "is in X for talks with Y" takes part in the talks, as whoever "flew to X for talks" does.
"""

from __future__ import annotations

import pytest

import diplograph


def code(res, text, published="2025-10-14"):
    return diplograph.code(text, resources=res, published=published)


def rows(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


@pytest.mark.parametrize("text", [
    "Gunmen killed 11 worshippers at a church in northern Nigeria on Sunday.",
    "Suspected jihadists killed 20 herders near the Malian border.",
    "Pirates attacked fishermen off the coast of Somalia.",
])
def test_civilians_attacked_are_the_target_not_the_place(res, text):
    targets = {t for _, t in rows(code(res, text), "ASSAULT")}
    assert targets == {"GEN_CIVILIANS"}


@pytest.mark.parametrize("text,source,country", [
    ("Algeria suspended the French broadcaster France 24 for a month.", "DZA", "FRA"),
    ("Burkina Faso's junta suspended the French news magazine Jeune Afrique on Monday.", "BFA", "FRA"),
])
def test_suspending_a_broadcaster_is_censorship(res, text, source, country):
    events = code(res, text)
    assert not rows(events, "SANCTION")
    assert {(e.source.country, e.target.country) for e in events if e.type == "COERCE"} == {(source, country)}


def test_suspending_talks_stays_a_sanction(res):
    assert rows(code(res, "Colombia suspended peace talks with the ELN on Friday."), "SANCTION")


@pytest.mark.parametrize("text,pair", [
    ("Nepal's prime minister is in Beijing for talks with Xi Jinping.", ("NPL", "CHN")),
    ("Iran's foreign minister was in Moscow on Tuesday for consultations with Sergei Lavrov.", ("IRN", "RUS")),
])
def test_presence_for_talks_takes_part_in_them(res, text, pair):
    events = code(res, text)
    assert pair in {(e.source and e.source.country, e.target and e.target.country)
                    for e in events if e.type == "CONSULT"}


def test_being_for_something_is_no_presence(res):
    assert not any(e.source for e in code(res, "The talks in Doha are for a ceasefire.") if e.type == "CONSULT")


def dated(res, text, type_):
    return {e.date.value if e.date else None for e in code(res, text, "2024-05-10") if e.type == type_}


@pytest.mark.parametrize("text,type_,value", [
    ("Moscow backed Washington's 2001 decision to invade Afghanistan.", "ASSAULT", "2001"),
    ("Mali's decision on Tuesday to expel the French ambassador drew condemnation.", "SANCTION", "2024-05-07"),
    ("Kenya's decision to send police to Haiti in 2023 drew praise from Washington.", "AID", "2023"),
])
def test_a_decisions_date_is_the_decided_acts(res, text, type_, value):
    assert dated(res, text, type_) == {value}


def test_a_decisions_date_is_not_the_reaction_verbs(res):
    # the condemnation is not of 2001: its date is not the decision's
    assert "2001" not in dated(res, "Moscow backed Washington's 2001 decision to invade Afghanistan.", "SUPPORT")


@pytest.mark.parametrize("text,answerer,offerer", [
    ("Tonga turned down a similar offer from China.", "TON", "CHN"),
    ("Serbia embraced a Chinese offer to build a rail line.", "SRB", "CHN"),
])
def test_whoever_answers_an_offer_is_its_recipient(res, text, answerer, offerer):
    assert (offerer, answerer) in {(e.source and e.source.country, e.target and e.target.country)
                                   for e in code(res, text) if e.type == "AGREE"}


def test_turning_something_into_something_answers_nothing(res):
    assert not code(res, "Protesters turned the rally into a march on parliament.")


def test_an_organisations_name_stops_before_an_amount(res):
    events = code(res, "The European Commission fined Apple 1.8 billion euros on Monday.")
    names = {e.target.name for e in events if e.type == "COERCE" and e.target}
    assert names == {"Apple"}


@pytest.mark.parametrize("text,pair", [
    ("China's coast guard boarded a Philippine vessel near the Spratly Islands.", ("CHN", "PHL")),
    ("Iranian commandos boarded a Greek oil tanker in the Gulf of Oman.", ("IRN", "GRC")),
])
def test_boarding_a_vessel_by_force_is_coercion(res, text, pair):
    assert pair in {(e.source and e.source.country, e.target and e.target.country)
                    for e in code(res, text) if e.type == "COERCE"}


@pytest.mark.parametrize("text", ["The minister boarded a plane to Paris.", "Passengers boarded the ship in Piraeus."])
def test_boarding_as_a_traveller_is_no_event(res, text):
    assert not code(res, text)


def test_coordinated_subjects_of_a_progressive_both_act(res):
    # the small parser hangs "Egypt" on the auxiliary "are": the repair gives it back to the verb
    events = code(res, "Egypt and Qatar are mediating between Israel and Hamas.")
    # (the mediated parties' own CONSULT, branch between18, is aimed at one of them: not counted here)
    assert {(e.source and e.source.actor_id) for e in events if e.type == "CONSULT"
            and e.target is not None and e.target.actor_id == "ISR"} == {"EGY", "QAT"}


def test_a_name_describing_a_plural_group_is_no_person(res):
    events = code(res, "The Sahel juntas expelled French troops.")
    assert not any(e.source and e.source.actor_id.startswith("PER_") for e in events)


def test_a_persons_state_from_a_possessive_before_the_name(res):
    events = code(res, "Thailand's prime minister spoke by phone with Cambodia's Hun Manet.")
    assert {e.target.country for e in events if e.type == "CONSULT" and e.target} == {"KHM"}


@pytest.mark.parametrize("text,source,target", [
    ("Russia blocked a UN resolution condemning the coup in Myanmar.", "UN", "MMR"),
    ("Hungary blocked an EU statement criticising China.", "EU", "CHN"),
])
def test_a_blocked_texts_act_is_the_texts_and_not_done(res, text, source, target):
    accuse = [e for e in code(res, text) if e.type == "ACCUSE"]
    assert [(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in accuse] == [(source, target)]
    assert all(e.modality == "negated" for e in accuse)


def test_an_issued_statements_act_is_the_issuers(res):
    accuse = [e for e in code(res, "Egypt issued a statement condemning the attack.") if e.type == "ACCUSE"]
    assert [(e.source.actor_id, e.modality) for e in accuse] == [("EGY", "asserted")]
