"""Pronouns inside relative clauses, conjoined clauses and judged passives (our own invented sentences).

- the subject pronoun of a relative clause on a clause's object is that clause's subject ("detained a tanker
  they accused of ...", "expelled ... and deported a trader it accused of ...");
- a relative pronoun stands for the noun its clause is on ("met the rebels, who said they ...");
- a group phrase resolved before ("the two delegations") is what "they" stands for when it reports them;
- the passive subject of a verb of judgement or custody ("They were convicted", "He was sentenced") is whom
  a clause before acted on, never the authorities that acted;
- where none of this names a fitting actor, the side stays empty.
"""

from __future__ import annotations

import pytest

import diplograph


def code(res, text, published="2024-05-15"):
    return diplograph.code(text, resources=res, published=published)


def rows(events, type_=None):
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id)
            for e in events if type_ is None or e.type == type_}


# (sentence, PLOVER type, source, target): the rows of that type must be exactly this one
RELATIVE = [
    ("Iran's Revolutionary Guards detained a tanker they accused of smuggling fuel.", "ACCUSE", "IRN", None),
    ("Lithuania expelled two Russian diplomats on Friday and deported a Belarusian trader it accused of spying "
     "for the KGB; Minsk recalled its envoy the same day.", "ACCUSE", "LTU", "BLR"),
    ("Turkey detained a Swedish journalist it accused of espionage.", "ACCUSE", "TUR", "SWE"),
    ("China sanctioned three American firms it accused of selling arms to Taiwan.", "ACCUSE", "CHN", "USA"),
    ("The Houthis seized a cargo ship they accused of links to Israel.", "ACCUSE", "HOUTHIS", "ISR"),
    ("Russia expelled two Estonian diplomats after Estonia expelled a Russian diplomat it accused of spying.",
     "ACCUSE", "EST", "RUS"),
    ("Israel freed two Palestinian prisoners, whom it accused of planning attacks.", "ACCUSE", "ISR", "PSE"),
    ("Russian forces shelled a Ukrainian town they had captured in May.", "COERCE", "RUS", "UKR"),
]

RELATIVE_SPEAKERS = [
    ("Kenyan officials met the rebels, who said they would free the hostages.", "RETREAT", "GEN_REBELS"),
    ("The United Nations praised the rebels, who said they would release the children.", "AGREE", "GEN_REBELS"),
]

JUDGED = [
    ("Iranian authorities detained two French citizens in May. They were convicted of spying.", "ACCUSE", "IRN", "FRA"),
    ("Russian police arrested two American students. They were charged with smuggling.", "ACCUSE", "RUS", "USA"),
    ("Venezuelan authorities detained three American contractors. They were accused of plotting a coup.",
     "ACCUSE", "VEN", "USA"),
    ("Chinese authorities detained two Canadians. They were later released.", "RETREAT", "CHN", "CAN"),
    ("Chinese authorities detained two Japanese businessmen. They were later freed.", "RETREAT", "CHN", "JPN"),
    ("Belgian police arrested two Moroccan men. They were charged with terrorism.", "ACCUSE", "BEL", "MAR"),
    ("Russia detained an American journalist last year. He was convicted of espionage.", "ACCUSE", "RUS", "USA"),
]


@pytest.mark.parametrize("text,type_,src,tgt", RELATIVE)
def test_a_relative_clause_on_an_object_speaks_with_its_clause_subject(res, text, type_, src, tgt):
    assert rows(code(res, text), type_) == {(type_, src, tgt)}


@pytest.mark.parametrize("text,type_,src", RELATIVE_SPEAKERS)
def test_a_relative_pronoun_reporter_is_the_noun_its_clause_is_on(res, text, type_, src):
    got = rows(code(res, text), type_)
    assert got and {s for _, s, _ in got} == {src}, got


@pytest.mark.parametrize("text,type_,src,tgt", JUDGED)
def test_a_judged_passive_pronoun_is_whom_the_clause_before_acted_on(res, text, type_, src, tgt):
    got = rows(code(res, text), type_)
    assert (type_, src, tgt) in got and (type_, tgt, src) not in got, got


def test_a_judged_pronoun_after_two_captives_is_both_never_the_captor(res):
    got = rows(code(res, "Iran detained two French citizens and three British nationals. They were convicted of "
                          "spying."), "ACCUSE")
    assert got == {("ACCUSE", "IRN", "FRA"), ("ACCUSE", "IRN", "GBR")}


def test_they_after_a_group_phrase_stands_for_its_members(res):
    got = rows(code(res, "Ethiopian and Eritrean officials met in Jeddah. The two delegations said they would "
                         "sign a peace deal."), "AGREE")
    assert got and {s for _, s, _ in got} <= {"ETH", "ERI"} and all(t in ("ETH", "ERI") for _, _, t in got), got
    got = rows(code(res, "Armenian and Azerbaijani negotiators met in Washington, where the two delegations said "
                         "they had agreed to a border deal."), "AGREE")
    assert got and all({s, t} == {"ARM", "AZE"} for _, s, t in got), got


def test_a_plural_pronoun_is_no_single_state_named_before_it(res):
    """Negative: "they" in a relative clause on a single state's object is not that state, nor the object."""
    got = rows(code(res, "Poland expelled a Russian diplomat they accused of spying."), "ACCUSE")
    assert all(s != "RUS" for _, s, _ in got) and all(s is None for _, s, _ in got), got


def test_a_state_name_in_the_plural_is_no_they(res):
    """Negative: "the United States" is a state named in the plural, not a group "they" stands for; the
    passive "They were accused" after it is the firms, which no actor names."""
    got = rows(code(res, "The United States sanctioned two firms. They were accused of smuggling."))
    assert ("ACCUSE", None, "USA") not in got and ("ACCUSE", "USA", "USA") not in got, got


def test_an_unjudged_passive_pronoun_keeps_its_ordinary_antecedent(res):
    """Negative: "were attacked" is no judgement; the object of the clause before is not preferred."""
    got = rows(code(res, "Indian troops met Chinese soldiers at the border. They were attacked by militants."),
               "ASSAULT")
    assert all(t != "CHN" for _, _, t in got), got


def test_a_thing_relative_clause_keeps_its_possessive_with_the_clause_subject(res):
    """Negative: "that violated its waters": "its" is not the tanker's (no actor) and not someone else's."""
    evs = code(res, "Iran seized a tanker that violated its waters.")
    assert not [e for e in evs for side in (e.source, e.target) if side is not None and side.actor_id not in ("IRN",)]


ADJOINED_THEM = [
    ("China sanctioned two American firms, accusing them of arming Taiwan.", "ACCUSE", "CHN", "USA"),
    ("Having detained two French citizens, Iran accused them of spying.", "ACCUSE", "IRN", "FRA"),
]


@pytest.mark.parametrize("text,type_,src,tgt", ADJOINED_THEM)
def test_an_object_them_in_an_adjoined_clause_is_that_clause_object(res, text, type_, src, tgt):
    assert rows(code(res, text), type_) == {(type_, src, tgt)}


def test_a_relative_clause_subject_is_never_the_noun_the_clause_is_on(res):
    """Negative: "the junta" names no actor here, so "it" stays unresolved: never the French envoy."""
    got = rows(code(res, "The junta expelled the French envoy, whom it accused of interference."), "ACCUSE")
    assert all(s != "FRA" for _, s, _ in got), got


def test_them_in_a_conjoined_clause_with_its_own_doer_is_the_other_doer(res):
    """"Protesters attacked the embassy and Egypt condemned them": no group object before, so the other
    clause's (different) doer."""
    got = rows(code(res, "Protesters attacked the embassy and Egypt condemned them."), "ACCUSE")
    assert got == {("ACCUSE", "EGY", "GEN_PROTESTERS")}


def test_their_after_them_is_every_member_of_the_group(res):
    got = rows(code(res, "Russia hosted Chinese and Indian delegations and thanked them for their support."),
               "SUPPORT")
    assert {("SUPPORT", "CHN", "RUS"), ("SUPPORT", "IND", "RUS")} <= got, got


def test_them_with_no_group_before_stays_unresolved(res):
    """Negative: "them" after a state named in the singular is nobody (the targets are no actor)."""
    got = rows(code(res, "Israel struck two buildings and Hezbollah said it would rebuild them."))
    assert got and all(t != "ISR" for _, _, t in got), got


@pytest.mark.parametrize("text,type_,src", [
    ("Colombia resumed talks with the ELN rebels, and their commanders promised to free hostages.", "AGREE", "ORG_ELN"),
    ("Colombia met the ELN rebels. They agreed to a ceasefire.", "AGREE", "ORG_ELN"),
])
def test_they_after_a_named_group_noun_is_the_named_group(res, text, type_, src):
    got = rows(code(res, text), type_)
    assert got and {s for _, s, _ in got} == {src}, got


def test_a_government_noun_is_not_the_state_of_foreign_troops_told_before(res):
    """Negative: "the junta" that expelled French troops is not France's (the side stays empty rather)."""
    got = rows(code(res, "French troops left Mali after the junta expelled them."), "SANCTION")
    assert all(s != "FRA" for _, s, _ in got), got
