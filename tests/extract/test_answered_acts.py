"""Noun acts whose recipient the surrounding clause names (our own sentences): the subject of a verb
that answers the act ("X rejected Y's demand", "X relied on Y's help") is who the act was addressed
to; a participle after the noun ("talks involving X") names its parties."""

from __future__ import annotations

from test_events import code


def pairs(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


def test_whoever_answers_a_demand_is_its_addressee(res):
    assert ("FRA", "DZA") in pairs(code(res, "Algeria rejected France's demand."), "REQUEST")
    assert ("FRA", "DZA") in pairs(code(res, "Algeria responded to the French demand with silence."), "REQUEST")


def test_whoever_dismisses_accusations_is_accused(res):
    assert ("IND", "PAK") in pairs(code(res, "Pakistan dismissed the Indian accusations."), "ACCUSE")


def test_whoever_relies_on_cooperation_is_its_counterpart(res):
    assert ("TUR", "SWE") in pairs(code(res, "Sweden relied heavily on Turkey's cooperation."), "COOPERATE")


def test_a_passive_answer_names_the_addressee_in_its_by_phrase(res):
    assert ("ARM", "AZE") in pairs(code(res, "The Armenian proposal was rejected by Azerbaijan."), "AGREE")


def test_who_refuses_talks_is_a_party_and_the_participle_names_the_other(res):
    evs = code(res, "Venezuela refused talks involving Colombia.")
    assert ("VEN", "COL") in pairs(evs, "CONSULT")


def test_an_act_with_no_answering_verb_keeps_its_target_empty(res):
    assert ("FRA", None) in pairs(code(res, "Algeria published France's demand for an apology."), "REQUEST")


def test_whoever_obtains_a_guarantee_is_its_recipient(res):
    assert ("IRN", "PER_ANTONY_BLINKEN") in pairs(code(res, "Blinken said he had obtained guarantees from Iran."), "AGREE")


def test_aggression_to_a_country_falls_on_it(res):
    assert ("RUS", "GEO") in pairs(code(res, "Russia's aggression to Georgia was condemned."), "ASSAULT")


def test_an_offensive_that_overran_a_place_falls_on_it(res):
    assert ("GEN_REBELS", "SYR") in pairs(code(res, "The rebels launched an offensive that overran northern Syria."),
                                          "ASSAULT")


def test_an_appeal_from_someone_dismissed_by_another_is_addressed_to_the_dismisser(res):
    assert ("MLI", "COL") in pairs(code(res, "Colombia dismissed an appeal from Mali to lay down its arms."), "REQUEST")


def test_extremists_are_a_group_of_their_own(res):
    evs = code(res, "Police arrested five extremists in Lahore.")
    assert ("PAK", "GEN_EXTREMISTS") in pairs(evs, "COERCE")  # (police in Lahore act for Pakistan)


def test_who_denies_an_accusation_is_accused_but_who_denies_an_attack_is_not_its_target(res):
    assert ("IND", "PAK") in pairs(code(res, "Pakistan denied the Indian accusations."), "ACCUSE")
    assert not [e for e in code(res, "Ukraine denied the attack.") if e.type == "ASSAULT"
                and e.target is not None and e.target.actor_id == "UKR"]


def test_who_accepts_a_ceasefire_is_a_party_not_its_recipient(res):
    evs = code(res, "Israel accepted the ceasefire with Hamas.")
    assert not [e for e in evs if e.type == "RETREAT" and e.target is not None and e.target.actor_id == "ISR"]
