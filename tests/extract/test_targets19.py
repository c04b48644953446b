"""Targets of a trigger (branch targets19), on invented sentences: a possessor of an act noun with a "by"
agent of its own undergoes the act; the people and craft a reporter sends out, harmed in the act it
reports, are the reporter's; a message that names its addressee by "to" is not aimed at whoever did the
act it followed."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, must, must_not", [
    ("Lebanon's bombardment by Israel resumed on Monday.",
     [("ASSAULT", "ISR", "LBN", None)], [("ASSAULT", "LBN", None, None)]),
    ("Armenia's blockade by Azerbaijan has lasted nine months.",
     [("COERCE", "AZE", "ARM", None)], [("COERCE", "ARM", None, None)]),
    ("Iran's suspension by the IAEA board angered Tehran.",
     [("SANCTION", "IAEA", "IRN", None)], [("SANCTION", "IRN", None, None)]),
    # no "by" agent: a state possessor stays the doer
    ("Russia's blockade of Ukrainian ports was condemned by the UN.",
     [("COERCE", "RUS", "UKR", None)], [("COERCE", "UKR", "RUS", None)]),
])
def test_possessor_with_an_agent_undergoes_the_act(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    ("The IAEA said Iran had expelled its inspectors.", [("SANCTION", "IRN", "IAEA", None)], []),
    ("Croatia said Serbian police had beaten its embassy staff.", [("ASSAULT", "SRB", "HRV", None)], []),
    ("The OSCE said separatists had blocked its monitors near Donetsk.", [(None, "GEN_REBELS", "OSCE", None)], []),
    # a verb that does not harm them: the doer's own people
    ("Russia said Ukraine had withdrawn its troops from the village.", [], [("RETREAT", "UKR", "RUS", None)]),
    ("Ukraine said Russia had deployed its troops near the border.", [], [("MOBILIZE", "RUS", "UKR", None)]),
])
def test_reporters_personnel_harmed(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


def test_named_addressee_is_not_the_provoker(res):
    text = "Lithuania appealed to regional lenders for emergency credit after Russia cut gas supplies."
    assert_rows(coded_rows(res, text), [("REQUEST", "LTU", None, None)], [("REQUEST", "LTU", "RUS", None)], text)
    # no addressee named: still aimed at the provoker
    text = "Iran protested after Israel struck its consulate in Damascus."
    assert_rows(coded_rows(res, text), [("ACCUSE", "IRN", "ISR", None)], [], text)


@pytest.mark.parametrize("text, envoy", [
    ("Kazakhstan's foreign ministry on Tuesday summoned the Russian ambassador, Alexei Borodavkin, to protest remarks "
     "by a Duma deputy.", "PER_ALEXEI_BORODAVKIN"),
    ("Latvia summoned the Belarusian charge d'affaires, Ivan Petrov, to protest the border incident.", "PER_IVAN_PETROV"),
])
def test_purpose_after_an_apposition_is_the_summoners(res, text, envoy):
    """The infinitive after the apposition tells why the summoner acted: the envoy protests nothing."""
    found = coded_rows(res, text)
    assert found and not any(r[1] == envoy for r in found), found


def test_object_control_keeps_its_object_as_doer(res):
    text = "Germany urged the Serbian president, Aleksandar Vucic, to recognise Kosovo."
    assert_rows(coded_rows(res, text), [("REQUEST", "DEU", None, None), (None, "PER_ALEKSANDAR_VUCIC", "XKX", None)], [],
                text)


@pytest.mark.parametrize("text, must, must_not", [
    ("Poland's president condemned the bombing that killed 12 people in Lublin and accused Belarus of sheltering "
     "the bombers.", [("ACCUSE", "POL", "BLR", None)], [("ACCUSE", None, "POL", None)]),
    ("Estonia's premier denounced the cyberattack that crippled the ministry and blamed Russia for it.",
     [("ACCUSE", "EST", "RUS", None)], []),
])
def test_judgement_hung_on_a_relative_is_the_judges(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    # a name set after a title: the relative clause is about the person named, not the title's state
    ("Spain hosted the Venezuelan opposition leader Edmundo Gonzalez, whom Caracas accuses of conspiracy.",
     [("ACCUSE", "VEN", "PER_EDMUNDO_GONZALEZ", None)], [("ACCUSE", "VEN", "ESP", None)]),
    # a former official serves the state no more: the state acts on another party
    ("Mexico granted asylum to Bolivia's former president Evo Morales, whom La Paz accuses of terrorism.",
     [("ACCUSE", "BOL", "PER_EVO_MORALES", None)], [("ACCUSE", "BOL", "MEX", None)]),
    ("Peru arrested its former president Pedro Castillo.", [("COERCE", "PER", "PER_PEDRO_CASTILLO", None)], []),
])
def test_relative_on_a_titled_name_and_former_officials(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


def test_a_serving_official_is_still_the_state(res):
    """No "former": the person stands for the state he serves."""
    events = [e for e in __import__("helpers").coded_events(res, "Peru's president Dina Boluarte met Chile's president "
                                                            "Gabriel Boric.") if e.type == "CONSULT"]
    assert events and events[0].source.via == "PER" and events[0].target.via == "CHL"


def test_an_opposition_title_is_no_organ_of_the_state(res):
    text = "Russian police detained the Russian opposition leader Ilya Yashin."
    assert_rows(coded_rows(res, text), [("COERCE", "RUS", "PER_ILYA_YASHIN", None)], [], text)


@pytest.mark.parametrize("text, must, must_not", [
    # a regular verb after a reported perfect shares its "had": the reported subject's act
    ("Guyana's president said Venezuelan soldiers had crossed the border and clashed with Guyanese troops.",
     [("ASSAULT", "VEN", "GUY", None)], [("ASSAULT", "GUY", None, "asserted")]),
    ("Greece said Turkish jets had violated its airspace and harassed a Greek helicopter.",
     [("COERCE", "TUR", "GRC", None)], [("COERCE", "GRC", "TUR", None)]),
    # a reporter's act of speaking stays the reporter's
    ("Serbia's president said Kosovo had provoked the crisis, and accused the EU of bias.",
     [("ACCUSE", "SRB", "EU", None)], []),
])
def test_conjunct_of_a_reported_perfect(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must", [
    ("Kenyan police fired tear gas at opposition supporters marching on parliament in Nairobi.",
     [("ASSAULT", "KEN", "GEN_OPPOSITION", None)]),
    ("Serbian police fired rubber bullets at students marching toward the presidency.", [("ASSAULT", "SRB", "GEN_STUDENTS", None)]),
    ("Israeli troops opened fire on Palestinians gathering near the fence.", [("ASSAULT", "ISR", "PSE", None)]),
])
def test_people_doing_something_are_the_target(res, text, must):
    """The people an "-ing" participle describes, parsed as its subject with the preposition left bare, are the
    preposition's object: the target."""
    assert_rows(coded_rows(res, text), must, [], text)


@pytest.mark.parametrize("text, must, must_not", [
    ("Norway began sharing intelligence with Finland on Russian saboteurs in May.",
     [("COOPERATE", "NOR", "FIN", None)], [("COOPERATE", "NOR", "RUS", None)]),
    ("Japan started sharing radar data with South Korea on North Korean missiles.",
     [("COOPERATE", "JPN", "KOR", None)], [("COOPERATE", "JPN", "PRK", None)]),
    # an "on" phrase of an act of force still names where it falls
    ("Russia launched a drone attack on Odesa.", [("ASSAULT", "RUS", "UKR", None)], []),
])
def test_on_is_the_topic_of_a_joint_act(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    ("France welcomed the dissident Ali Rezaei, whose arrest Iran had ordered.",
     [("COERCE", "IRN", "PER_ALI_REZAEI", None)], []),
    ("Spain received the Venezuelan opposition leader Edmundo Gonzalez, whose arrest Caracas has ordered.",
     [("COERCE", "VEN", "PER_EDMUNDO_GONZALEZ", None)], [("COERCE", "VEN", "ESP", None)]),
    ("Germany hosted the Russian opposition figure Lev Shlosberg, whose detention by Moscow drew protests.",
     [("COERCE", "RUS", "PER_LEV_SHLOSBERG", None)], []),
])
def test_whose_stands_for_the_relative_clauses_noun(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must", [
    ("Iraq denied that it was sheltering the militants, as Turkey had alleged on Monday.", [("REJECT", "IRQ", "TUR", None)]),
    ("Egypt rejected claims that it was blocking aid, as Israel had charged.", [("REJECT", "EGY", "ISR", None)]),
])
def test_a_denial_answers_the_aside_that_alleged_it(res, text, must):
    assert_rows(coded_rows(res, text), must, [], text)


@pytest.mark.parametrize("text, must, must_not", [
    ("Washington warned Hezbollah against escalation.", [("THREATEN", "USA", "HEZBOLLAH", None)], []),
    ("The US ambassador to Israel, speaking on Israeli television, warned Hezbollah against escalation.",
     [("THREATEN", "USA", "HEZBOLLAH", None)], []),
    # no one warned: a danger voiced, no threat
    ("The UN warned against escalation in Lebanon.", [], [("THREATEN", None, None, None)]),
])
def test_warned_someone_against_an_act(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


def test_summoned_envoy_with_a_relative_clause_does_not_protest(res):
    text = ("Iran's foreign minister said Tehran had summoned the Swiss ambassador, who represents US interests, to "
            "protest the strikes.")
    assert_rows(coded_rows(res, text), [("ACCUSE", "IRN", "CHE", None)], [("ACCUSE", "CHE", "IRN", None)], text)


@pytest.mark.parametrize("text, must", [
    ("Belarus, on which the EU imposed sanctions in 2021, released 30 political prisoners.", [("COERCE", "EU", "BLR", None)]),
    ("Iran, with which Saudi Arabia restored ties last year, hosted the Saudi foreign minister.",
     [("SUPPORT", "SAU", "IRN", None)]),
    ("Zelensky, with whom Macron held talks on Monday, flew to Berlin.",
     [("CONSULT", "PER_EMMANUEL_MACRON", "PER_VOLODYMYR_ZELENSKY", None)]),
])
def test_a_prepositions_relative_stands_for_its_noun(res, text, must):
    assert_rows(coded_rows(res, text), must, [], text)


@pytest.mark.parametrize("text, must, must_not", [
    # what is discussed is a topic: with the partner the doer's own, no target is left, not the topic
    ("Kenya's president William Ruto met his foreign minister in Nairobi to discuss the Haiti mission.",
     [], [("CONSULT", None, "HTI", None)]),
    ("South Africa's president Ramaphosa sent his envoy to Moscow to discuss the Ukraine war.",
     [("CONSULT", None, "RUS", None)], [("CONSULT", None, "UKR", None)]),
    ("Putin discussed Ukraine with Erdogan by phone.",
     [("CONSULT", "PER_VLADIMIR_PUTIN", "PER_RECEP_TAYYIP_ERDOGAN", None)], [("CONSULT", None, "UKR", None)]),
])
def test_what_is_discussed_is_no_target(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)
