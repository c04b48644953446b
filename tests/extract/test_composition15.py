"""Invented sentences: how a predicate composes with its arguments.

* the content of an accusation or a blame ("accused X of killing Y") is an act of the accused (object control:
  the gerund's doer is the verb's object, never the accuser);
* a phrase closing conjoined objects of one verb ("signed a trade deal and a security pact with X") names the
  recipient of each of them, and a conjunct's own phrase its own ("... with X and a pact with Y"): clauses.closing_conjunct;
* a plural noun after a measure verb that the tagger reads as a verb ("imposed asset freezes on X") is the
  measure's noun (nlp/objectslips.py);
* "called X", X a person, is a telephone call (CONSULT); "called for", "called X a liar", "called on X to" are not;
* a charge or an arrest is aimed at the one charged, never at a party named inside the charge
  ("charged dozens with joining a terrorist group": clauses.deed_phrases);
* "persuaded X to meet Y": the persuading is a request made; the meeting is not yet a fact.
"""

from __future__ import annotations

import pytest
from helpers import coded_events

FACTUAL = ("asserted", "reported")


def rows(res, text):
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in coded_events(res, text)}


def moods(res, text):
    evs = coded_events(res, text)
    evs = evs + [c for e in evs for c in getattr(e, "content", ())]
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id): e.modality for e in evs}


@pytest.mark.parametrize("text, row", [
    # accusations: the accused is aimed at, and is the doer of the act alleged
    ("Senegal accused Malian soldiers of killing herders.", ("ACCUSE", "SEN", "MLI")),
    ("Ghana accused Togolese police of beating protesters.", ("ACCUSE", "GHA", "TGO")),
    ("Peru blamed Chilean troops for shelling Tacna.", ("ACCUSE", "PER", "CHL")),
    ("Kenya accused Somalia of arming al-Shabaab.", ("ACCUSE", "KEN", "SOM")),
    ("Mali was accused by Senegal of killing herders.", ("ACCUSE", "SEN", "MLI")),
    # conjoined objects share the closing "with" phrase
    ("Kenya signed a trade deal and a security pact with Uganda.", ("SUPPORT", "KEN", "UGA")),
    ("Kenya signed a trade deal and a security pact with Uganda.", ("SUPPORT", "UGA", "KEN")),
    ("Chile signed a fisheries accord and an energy agreement with Argentina on Friday.", ("SUPPORT", "CHL", "ARG")),
    ("Turkey signed a defence deal and a gas agreement with Azerbaijan.", ("SUPPORT", "TUR", "AZE")),
    ("Chile signed a trade deal and an investment treaty with Peru on Monday.", ("SUPPORT", "PER", "CHL")),
    # a measure's plural noun read as a verb
    ("Tokyo announced asset freezes against Russian banks.", ("COERCE", "JPN", "RUS")),
    ("The EU imposed asset freezes on six Russian officials.", ("COERCE", "EU", "RUS")),
    ("Ottawa imposed fresh asset freezes on Iranian officials.", ("COERCE", "CAN", "IRN")),
    ("The EU extended asset freezes on Russian oligarchs.", ("COERCE", "EU", "RUS")),
    # a person called: a telephone call
    ("Macron called Zelensky on Monday.", ("CONSULT", "PER_EMMANUEL_MACRON", "PER_VOLODYMYR_ZELENSKY")),
    ("Biden called Netanyahu on Sunday.", ("CONSULT", "PER_JOE_BIDEN", "PER_BENJAMIN_NETANYAHU")),
    ("Putin called Erdogan and Raisi on Sunday.", ("CONSULT", "PER_VLADIMIR_PUTIN", "PER_EBRAHIM_RAISI")),
    # ... but not a demand, an insult or an appeal
    ("Macron called on Zelensky to negotiate.", ("REQUEST", "PER_EMMANUEL_MACRON", "PER_VOLODYMYR_ZELENSKY")),
    ("Trump called Maduro a liar.", ("ACCUSE", "PER_DONALD_TRUMP", "PER_MADURO")),
    # charges aimed at the charged
    ("Egypt charged three Sudanese nationals with smuggling weapons.", ("ACCUSE", "EGY", "SDN")),
    ("Egypt charged dozens with joining a terrorist group.", ("ACCUSE", "EGY", None)),
    # persuading is asking that succeeds
    ("France persuaded Germany to meet Russia.", ("REQUEST", "FRA", "DEU")),
    ("Qatar persuaded Hamas to meet Israeli negotiators.", ("REQUEST", "QAT", "HAMAS")),
    ("Turkey convinced Sweden to extradite Kurdish activists.", ("REQUEST", "TUR", "SWE")),
])
def test_the_composed_row(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, wrong", [
    # the accuser is never the doer of the act alleged
    ("Senegal accused Malian soldiers of killing herders.", ("ASSAULT", "SEN", None)),
    ("Peru blamed Chilean troops for shelling Tacna.", ("ASSAULT", "PER", "CHL")),
    ("Mali was accused by Senegal of killing herders.", ("ASSAULT", "SEN", None)),
    # ... also when the accused are conjoined and the last has a possessive ("their" is the soldiers')
    ("Ghana and Togo accused Burkinabe soldiers and their allies of killing farmers.", ("ASSAULT", "GHA", "GEN_FARMERS")),
    ("Peru and Chile accused Bolivian troops and their militia partners of attacking villagers.", ("ASSAULT", "PER", "GEN_CIVILIANS")),
    # the group named inside a charge is no recipient of the charge
    ("Egypt charged dozens with joining a terrorist group.", ("ACCUSE", "EGY", "GRP_TERRORIST_GROUP")),
    ("The court convicted two men of spying for Russia.", ("ACCUSE", None, "RUS")),
    # conjoined objects: no one-sided row left for the second object
    ("Kenya signed a trade deal and a security pact with Uganda.", ("SUPPORT", "KEN", None)),
    ("Kenya signed a trade deal and a security pact with Uganda.", ("AGREE", None, "UGA")),
    # "called" is no call where it names, demands or appeals
    ("Macron called for a ceasefire on Monday.", ("CONSULT", "PER_EMMANUEL_MACRON", None)),
    ("Trump called Maduro a liar.", ("CONSULT", "PER_DONALD_TRUMP", "PER_MADURO")),
    ("Macron called on Zelensky to negotiate.", ("CONSULT", "PER_EMMANUEL_MACRON", "PER_VOLODYMYR_ZELENSKY")),
    ("Lula called Milei a danger to democracy.", ("CONSULT", "PER_LULA", "PER_MILEI")),
])
def test_never_the_wrong_row(res, text, wrong):
    assert wrong not in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, row", [
    ("France persuaded Germany to meet Russia.", ("CONSULT", "DEU", "RUS")),
    ("Angola persuaded Rwanda to meet Congo in Luanda next month.", ("CONSULT", "RWA", "COD")),
    ("Qatar persuaded Hamas to meet Israeli negotiators.", ("CONSULT", "HAMAS", "ISR")),
])
def test_the_meeting_persuaded_is_no_fact_yet(res, text, row):
    found = moods(res, text)
    assert row in found and found[row] not in FACTUAL, found


@pytest.mark.parametrize("text, row", [
    ("Ghana and Togo accused Burkinabe soldiers and their allies of killing farmers.", ("ASSAULT", "BFA", "GEN_FARMERS")),
    ("Senegal accused Mali and its Russian partners of killing herders.", ("ASSAULT", "RUS", "GEN_CIVILIANS")),
])
def test_the_conjoined_accused_do_the_deed_alleged(res, text, row):
    found = moods(res, text)
    assert row in found and found[row] not in FACTUAL, found


def test_each_object_with_a_phrase_of_its_own(res):
    found = rows(res, "Kenya signed a trade deal with Uganda and a security pact with Tanzania.")
    assert {("SUPPORT", "KEN", "UGA"), ("SUPPORT", "KEN", "TZA")} <= found, found
    assert ("AGREE", None, "TZA") not in found, found


def test_a_named_town_is_no_call(res):
    assert not any(t == "CONSULT" for t, _, _ in rows(res, "A town called Bucha was shelled."))


@pytest.mark.parametrize("text, row, factual", [
    # an attempt at persuading, or its failure, is the asking made (success_acts)
    ("Norway tried in vain to persuade Russia to withdraw its troops.", ("REQUEST", "NOR", "RUS"), True),
    ("Norway tried to persuade Russia to meet Ukraine.", ("REQUEST", "NOR", "RUS"), True),
    ("Norway failed to convince Russia to meet Ukraine.", ("REQUEST", "NOR", "RUS"), True),
    # ... but a persuasion denied was not made, and what is persuaded stays undone
    ("Norway did not persuade Russia to meet Ukraine.", ("REQUEST", "NOR", "RUS"), False),
    ("Norway tried to persuade Russia to meet Ukraine.", ("CONSULT", "RUS", "UKR"), False),
    ("Norway failed to convince Russia to meet Ukraine.", ("CONSULT", "RUS", "UKR"), False),
    # (a refusal of one's own stays one)
    ("Norway refused to meet Russia.", ("REJECT", "NOR", "RUS"), True),
])
def test_persuading_attempted(res, text, row, factual):
    found = moods(res, text)
    assert row in found and (found[row] in FACTUAL) == factual, found


def test_a_failed_persuasion_is_no_refusal_of_the_persuaded(res):
    assert ("REJECT", "RUS", "UKR") not in rows(res, "Norway failed to persuade Russia to meet Ukraine.")
