"""Acts told as nouns, on invented texts: whose act a noun names when the clause or the text around it says
so (a reaction drawn by an act noun is aimed at that act's doer; a coercive act on a gathering falls on
those taking part in it; a participle's doer is its head's), and one act told as a verb and again as a
noun is one event, not a second row with worse sides (different dates or different sides stay apart)."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows

import diplograph
from diplograph.extract.events.remention import nominal_cue

coded = coded_rows


def pairs(res, text):
    return {e[:3] for e in coded(res, text)}


def events(res, text, type_):
    return [e for e in diplograph.code(text, resources=res, published="2024-03-10") if e.type == type_]


# -- a reaction drawn by an act noun is aimed at the act's doer, told before ------------------------
DRAWN = [
    ("Saudi Arabia executed a cleric on Saturday. The execution drew condemnation from Iran.", ("ACCUSE", "IRN", "SAU")),
    ("Turkey detained a Swedish journalist on Friday. The arrest drew sharp criticism from Sweden.",
     ("ACCUSE", "SWE", "TUR")),
    ("Russia expelled two Estonian diplomats. The expulsions drew a protest from Estonia.", ("ACCUSE", "EST", "RUS")),
    ("Iran seized a Greek tanker on Friday. The seizure of the tanker drew criticism from Greece.",
     ("ACCUSE", "GRC", "IRN")),
]


@pytest.mark.parametrize("text,want", DRAWN, ids=[f"D{i}" for i in range(len(DRAWN))])
def test_a_reaction_an_act_noun_draws_is_aimed_at_its_doer(res, text, want):
    assert_rows(pairs(res, text), [want], [], text)


def test_a_reaction_drawn_from_several_is_each_ones(res):
    found = pairs(res, "Saudi Arabia executed a cleric on Saturday. The execution drew criticism from Iran and Iraq.")
    assert {("ACCUSE", "IRN", "SAU"), ("ACCUSE", "IRQ", "SAU")} <= found


def test_a_reaction_drawn_by_an_act_no_one_is_told_doing_is_aimed_at_no_one(res):
    # no act told before: the reaction is kept with its doer, aimed at no invented party
    assert pairs(res, "The execution drew condemnation from Iran.") == {("ACCUSE", "IRN", None)}


def test_a_reaction_drawn_by_a_named_doers_act_keeps_that_doer(res):
    assert ("ACCUSE", "UGA", "KEN") in pairs(res, "Kenya's expulsion of the envoy drew a protest from Uganda.")


# -- a coercive act on a gathering falls on those taking part -----------------------------------
GATHERINGS = [
    ("Police in Accra, who have been dispersing rallies for a week, detained an opposition leader on Tuesday.",
     ("COERCE", "GHA", "GEN_PROTESTERS")),
    ("Kenyan police dispersed rallies in Nairobi on Tuesday.", ("COERCE", "KEN", "GEN_PROTESTERS")),
    ("Iranian security forces cracked down on protests in Tehran.", ("COERCE", "IRN", "GEN_PROTESTERS")),
    ("The rally was dispersed by Belarusian police.", ("COERCE", "BLR", "GEN_PROTESTERS")),
    ("Police fired tear gas at the march on Monday.", ("ASSAULT", "GEN_POLICE", "GEN_PROTESTERS")),
    ("Uganda banned demonstrations in Kampala.", ("COERCE", "UGA", "GEN_PROTESTERS")),
]


@pytest.mark.parametrize("text,want", GATHERINGS, ids=[f"G{i}" for i in range(len(GATHERINGS))])
def test_a_coercive_act_on_a_gathering_falls_on_its_participants(res, text, want):
    found = pairs(res, text)
    assert want in found
    # the place the gathering was in is not what the act fell on
    assert not any(t == want[1] and s == want[1] for _, s, t in found)


def test_a_gathering_a_named_actor_holds_is_that_actors(res):
    found = pairs(res, "Israel attacked a Hamas rally in Gaza.")
    assert ("ASSAULT", "ISR", "HAMAS") in found
    assert not any(t == "GEN_PROTESTERS" for _, _, t in found)


def test_a_gathering_whose_organisers_are_named_falls_on_them(res):
    ev = next(e for e in events(res, "Georgian police prevented a march organised by students in Tbilisi.", "COERCE"))
    assert ev.target is not None and ev.target.actor_id != "GEN_PROTESTERS" and "students" in ev.target.text


def test_a_friendly_act_on_a_gathering_falls_on_no_protesters(res):
    assert not any(t == "GEN_PROTESTERS" for _, _, t in pairs(res, "Kenya praised the rally."))
    assert not any(t == "GEN_PROTESTERS" for _, _, t in pairs(res, "Kenyan police guarded the rally."))


# -- a participle's doer is the noun it describes --------------------------------------------
def test_a_participle_apposed_to_its_doer_is_that_doers_act(res):
    assert ("ASSAULT", "HAMAS", "ISR") in pairs(res, "Hamas, firing rockets at Israel on Monday, ended the truce.")
    assert ("COERCE", "ISIS", None) not in pairs(res, "The Islamic State group, seizing Palmyra on Monday, "
                                                      "advanced on Homs.")


# -- one act told as a verb and again as a noun is one event -----------------------------------
RETOLD = [
    ("Israel struck Gaza on Monday. Hamas condemned the Israeli strikes.", "ASSAULT", ("ISR", "PSE")),
    ("Saudi Arabia executed a cleric on Saturday. The Saudi execution drew protests.", "ASSAULT", ("SAU", None)),
    ("Ethiopian troops raided a rebel camp on Monday. The Ethiopian raid killed 12 fighters.", "ASSAULT",
     ("ETH", None)),
]


@pytest.mark.parametrize("text,type_,sides", RETOLD, ids=[f"R{i}" for i in range(len(RETOLD))])
def test_an_act_retold_as_a_noun_is_one_event(res, text, type_, sides):
    told = [e for e in events(res, text, type_) if (e.source and e.source.actor_id) == sides[0]]
    assert len(told) == 1, told
    assert (told[0].target.actor_id if told[0].target else None) == sides[1] or sides[1] is None
    assert told[0].retold, "the noun's telling is folded into the verb's"


def test_a_noun_dated_in_its_own_phrase_is_another_act(res):
    found = [e for e in events(res, "Morocco arrested a Spanish journalist in March. The Moroccan arrest of a "
                                    "second reporter in May angered Madrid.", "COERCE") if e.source is not None]
    assert len(found) == 2, found
    assert {e.date.value[5:7] for e in found} == {"03", "05"}


def test_a_retelling_by_another_doer_stays_apart(res):
    found = pairs(res, "Russia shelled Kharkiv on Monday. Ukraine condemned the Belarusian shelling of its border.")
    assert ("ASSAULT", "RUS", "UKR") in found
    assert ("ACCUSE", "UKR", "BLR") in found


def test_a_capitalised_modifier_makes_a_definite_nominal_but_not_the_first_word():
    assert nominal_cue("Hamas condemned the Israeli strikes.", "strikes") == "the Israeli strikes"
    assert nominal_cue("Riyadh defended the Saudi execution.", "execution") == "the Saudi execution"
    assert nominal_cue("Israeli strikes hit Gaza.", "strikes") is None
    assert nominal_cue("Strikes by Israel hit Gaza.", "Strikes") is None


# -- a definite summary noun ("the move") is the act told just before ------------------------------
SUMMED = [
    ("Saudi Arabia executed a cleric on Saturday. Iran condemned the move.", ("ACCUSE", "IRN", "SAU")),
    ("Turkey shelled Kurdish positions in Syria on Monday. Washington criticised the step.", ("ACCUSE", "USA", "TUR")),
]


@pytest.mark.parametrize("text,want", SUMMED, ids=[f"S{i}" for i in range(len(SUMMED))])
def test_a_definite_summary_noun_is_aimed_at_the_doer_of_the_act_just_told(res, text, want):
    assert_rows(pairs(res, text), [want], [], text)


def test_a_summary_noun_reaches_back_one_sentence_only(res):
    found = pairs(res, "Saudi Arabia executed a cleric in 2016. Oil prices rose in May. Iran condemned the move.")
    assert ("ACCUSE", "IRN", "SAU") not in found


def test_a_summary_noun_does_not_sum_up_an_act_only_contemplated(res):
    found = pairs(res, "Saudi Arabia said it may execute a cleric. Iran condemned the move.")
    assert ("ACCUSE", "IRN", "SAU") not in found


def test_a_gathering_fired_on_is_not_the_shooters_own(res):
    found = pairs(res, "Riot police fired rubber bullets at a rally in Lima.")
    assert ("ASSAULT", "PER", "GEN_PROTESTERS") in found
    assert not any(type_ == "PROTEST" and source is not None for type_, source, _ in found)
    # one who speaks at a rally takes part in it
    assert any(type_ == "PROTEST" and source == "GEN_OPPOSITION"
               for type_, source, _ in pairs(res, "The opposition leader spoke at a rally in Lima."))
