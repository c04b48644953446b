"""Invented sentences: who gives and who receives, who the counterpart is. A receiving verb ("received drones
from X", "took delivery of Russian crude") has the giver as its source and its subject as its target
(``receiver`` entries in triggers.yaml, extract/events/receiving.py); help named in a "with" phrase on another
act ("captured him with help from X") is given to that act's doer (extract/events/nominal.py); "his counterpart"
is the other party of the relation told before, never the possessor's own side (``counterpart_nouns`` in
grammar.yaml: nlp/clauses.py, extract/events/implicit.py); a name before a past tense the parser read as
"X-mediated" ("Turkey mediated talks between A and B") is the verb's subject (nlp/repair.py), the mediator
meeting each side; "the two ministers" after a meeting of two states' officials named by no person stands for
those states (extract/actors/plural.py); "his counterpart in X" is X's official where X is a country, not a venue."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, row", [
    ("Cuba took delivery of 100,000 tonnes of Russian crude on Tuesday.", ("AID", "RUS", "CUB", "asserted")),
    ("Niger received two drones from Turkey last week.", ("AID", "TUR", "NER", "asserted")),
    ("Kenya received a shipment of vaccines from China.", ("AID", "CHN", "KEN", "asserted")),
    ("Mali accepted 500 tonnes of grain from Algeria.", ("AID", "DZA", "MLI", "asserted")),
    ("Armenia got military equipment from India.", ("AID", "IND", "ARM", "asserted")),
    ("Israel received US weapons last month.", ("AID", "USA", "ISR", "asserted")),
    ("Serbia will receive six fighter jets from France next year.", ("AID", "FRA", "SRB", "future")),
    ("Poland did not receive the shipment of tanks from Germany.", ("AID", "DEU", "POL", "negated")),
    ("Ukraine has received $2 billion in aid from the European Union.", ("AID", "EU", "UKR", "asserted")),
    ("Venezuela, under US sanctions since 2019, took delivery on Monday of 100,000 tonnes of Iranian fuel.",
     ("AID", "IRN", "VEN", "asserted")),
])
def test_a_receiving_verb_has_the_giver_as_its_source(res, text, row):
    rows = coded_rows(res, text)
    assert_rows(rows, [row], [], text)
    assert not any(r[1] == row[2] and r[0] == "AID" for r in rows), rows  # the receiver gives nothing


@pytest.mark.parametrize("text, row", [
    ("Turkey received the Ukrainian president in Ankara.",
     ("CONSULT", "TUR", "PER_VOLODYMYR_ZELENSKY", "asserted")),
    ("Germany received praise from France.", ("SUPPORT", "FRA", "DEU", "asserted")),
    ("Sudan received 20,000 refugees from Chad.", ("AID", "SDN", "TCD", "asserted")),
])
def test_other_senses_of_receiving_keep_their_sides(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_an_accepted_offer_is_no_delivery(res):
    rows = coded_rows(res, "Mali accepted a Russian offer of grain.")
    assert not any(r[0] == "AID" for r in rows), rows


def test_votes_received_are_no_aid(res):
    rows = coded_rows(res, "The opposition candidate received 2 million votes.")
    assert not any(r[0] == "AID" for r in rows), rows


@pytest.mark.parametrize("text, row", [
    ("Police in Ecuador captured the gang leader with help from Colombian police.", ("AID", "COL", "ECU", "asserted")),
    ("Ecuadorian police captured the gang leader with the help of Colombian police.",
     ("AID", "COL", "ECU", "asserted")),
    ("Kenyan troops recaptured the town with French support.", ("SUPPORT", "FRA", "KEN", "asserted")),
])
def test_help_on_another_act_is_given_to_its_doer(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


@pytest.mark.parametrize("text, row", [
    ("Chile's president met Bolivia's president in Santiago on Monday. He pressed his counterpart to take back "
     "migrants.", ("REQUEST", "CHL", "BOL", "asserted")),
    ("The Nigerian foreign minister called his Ghanaian counterpart on Friday. He asked his counterpart to reopen "
     "the border.", ("REQUEST", "NGA", "GHA", "asserted")),
    ("The Nigerian foreign minister called his Ghanaian counterpart on Friday.", ("CONSULT", "NGA", "GHA", "asserted")),
])
def test_his_counterpart_is_the_other_party_told_before(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_a_counterpart_never_stands_for_its_possessor(res):
    rows = coded_rows(res, "Kenya's foreign minister visited Ethiopia on Tuesday. He urged his counterpart to "
                           "withdraw troops from Somalia.")
    assert not any(r[0] == "RETREAT" and r[1] == "KEN" for r in rows), rows


def test_reporters_asked_stay_the_ones_asked(res):
    rows = coded_rows(res, "Chile's president met Bolivia's president on Monday. He asked reporters to leave the room.")
    assert not any(r[0] == "REQUEST" and r[2] == "BOL" for r in rows), rows


@pytest.mark.parametrize("text, rows", [
    ("Turkey mediated talks between Russia and Ukraine in Istanbul.",
     {("CONSULT", "TUR", "RUS", "asserted"), ("CONSULT", "TUR", "UKR", "asserted")}),
    ("Egypt mediated between Israel and Hamas.", {("CONSULT", "EGY", "ISR", "asserted"),
                                                  ("CONSULT", "EGY", "HAMAS", "asserted")}),
    ("Norway facilitated talks between Colombia and the rebels.",
     {("CONSULT", "NOR", "COL", "asserted"), ("CONSULT", "NOR", "GEN_REBELS", "asserted")}),
])
def test_a_mediator_meets_each_side(res, text, rows):
    found = coded_rows(res, text)
    assert rows <= found, found



def test_the_two_ministers_are_the_officials_of_the_states_told(res):
    rows = coded_rows(res, "Japan's defence minister met his Philippine counterpart in Manila. The two ministers "
                           "signed a logistics pact.")
    assert ("SUPPORT", "JPN", "PHL", "asserted") in rows, rows


@pytest.mark.parametrize("text, row", [
    ("The Egyptian foreign minister phoned his counterpart in Qatar on Sunday.", ("CONSULT", "EGY", "QAT", "asserted")),
    ("The Indian foreign minister met his counterpart in Geneva on Monday.", ("CONSULT", "IND", None, "asserted")),
])
def test_a_counterpart_in_a_country_is_its_official_not_in_a_city(res, text, row):
    rows = coded_rows(res, text)
    assert row in rows, rows
