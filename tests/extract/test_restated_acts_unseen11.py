"""Invented sentences: a noun that restates the clause before it (grammar's ``restating_nouns``: "a
suggestion", "an offer", "a demand", "a move", "a decision"...) and opens a clause telling a reaction to
it ("X offered to host talks, an offer Y dismissed", "an offer rejected by Y") makes the reaction aimed at the restated clause's
subject (extract/events/restated.py), whatever the parser makes of the construction; the reaction is
dated by its own words ("the same day" is the restated clause's day) and told as done; the noun is no act
of its own.  A restating noun with no party of its own ("a move that surprised analysts") and a noun that
does not open a clause ("the offer, worth $2bn, was accepted") are no such reaction."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_events, coded_rows

PUBLISHED = "2024-03-14"  # a Thursday


@pytest.mark.parametrize("text, row", [
    ("Algeria proposed that the two sides meet in Geneva, a proposal Rabat rejected.", ("REJECT", "MAR", "DZA")),
    ("Beijing offered to broker a truce, an offer Manila dismissed.", ("REJECT", "PHL", "CHN")),
    ("Armenia demanded that Azerbaijan release the prisoners, a demand Baku rejected.", ("REJECT", "AZE", "ARM")),
    ("Hungary vetoed the aid package, a move Austria condemned.", ("ACCUSE", "AUT", "HUN")),
    ("Mali expelled the French ambassador, a decision Paris denounced.", ("ACCUSE", "FRA", "MLI")),
    ("Jordan asked Israel to reopen the crossing, a request Israel refused.", ("REJECT", "ISR", "JOR")),
    ("Nigeria recalled its envoy from Niger, a decision Niamey welcomed.", ("SUPPORT", "NER", "NGA")),
    ("Chad suggested a joint patrol, a suggestion which Sudan rejected.", ("REJECT", "SDN", "TCD")),
    ("Iraq banned Turkish flights, a move that Ankara condemned.", ("ACCUSE", "TUR", "IRQ")),
    ("Lebanon proposed a border deal, a proposal Israel said it could not accept.", ("REJECT", "ISR", "LBN")),
    ("Ghana proposed a new trade deal, a proposal that Nigeria welcomed.", ("SUPPORT", "NGA", "GHA")),
    ("Ukraine requested more air defence systems, a request Germany turned down.", ("REJECT", "DEU", "UKR")),
    ("Peru closed its embassy in Caracas, a step Venezuela criticized.", ("ACCUSE", "VEN", "PER")),
    ("Iran demanded sanctions relief, a demand that Washington dismissed.", ("REJECT", "USA", "IRN")),
    ("Britain sanctioned five Iranian officials, a measure Tehran condemned.", ("ACCUSE", "IRN", "GBR")),
    # a participle with its agent: "an offer rejected by X"
    ("Beijing offered to broker a truce, an offer rejected by Manila.", ("REJECT", "PHL", "CHN")),
    ("Egypt proposed a truce, a proposal welcomed by Qatar.", ("SUPPORT", "QAT", "EGY")),
    ("Fiji deported two officers, days after Canberra's offer of a policing package to Suva, a move Beijing "
     "condemned.", ("ACCUSE", "CHN", "AUS")),
])
def test_a_reaction_on_a_restating_noun_is_aimed_at_the_restated_clause_s_subject(res, text, row):
    rows = coded_rows(res, text, PUBLISHED)
    assert_rows(rows, [(*row, "asserted")], [], text)


@pytest.mark.parametrize("text, row, wrong", [
    # the parser takes the noun for the reaction verb's subject, or the clause before for its complement
    ("Kenya demanded that Somalia withdraw its troops, a demand Mogadishu rejected.",
     ("REJECT", "SOM", "KEN"), ("REJECT", None, "SOM")),
    ("Ethiopia proposed that the African Union mediate, a suggestion Khartoum rejected.",
     ("REJECT", "SDN", "ETH"), ("REJECT", "AU", None)),
    # the restating noun retells the offer: it is no second act aimed at the reaction's party
    ("Moscow offered to host talks, an offer Kyiv dismissed.", ("REJECT", "UKR", "RUS"), ("AGREE", None, "UKR")),
])
def test_the_reaction_s_party_is_the_subject_after_the_noun(res, text, row, wrong):
    rows = coded_rows(res, text, PUBLISHED)
    assert_rows(rows, [row], [wrong], text)


@pytest.mark.parametrize("text, row, date", [
    ("Algeria proposed on Monday that the sides meet in Geneva, a proposal Rabat rejected the same day.",
     ("REJECT", "MAR", "DZA"), "2024-03-11"),
    ("Hungary vetoed the aid package on Tuesday, a move Austria condemned on Wednesday.",
     ("ACCUSE", "AUT", "HUN"), "2024-03-13"),
    ("Egypt proposed new talks on Monday, a proposal that Ethiopia rejected on Wednesday.",
     ("REJECT", "ETH", "EGY"), "2024-03-13"),
    ("Kenya demanded on Monday that Somalia withdraw its troops, a demand Mogadishu rejected a day later.",
     ("REJECT", "SOM", "KEN"), "2024-03-12"),
    # no date of its own: the reaction is not a description kept undated (the document's time)
    ("Turkey closed its border with Syria, a move Washington condemned.", ("ACCUSE", "USA", "TUR"), "2024-03"),
])
def test_the_reaction_is_dated_by_its_own_words_and_told_as_done(res, text, row, date):
    evs = [e for e in coded_events(res, text, PUBLISHED) if e.type == row[0] and e.source and e.target
           and (e.source.actor_id, e.target.actor_id) == row[1:]]
    assert evs, (text, coded_rows(res, text, PUBLISHED))
    assert evs[0].modality == "asserted" and evs[0].date is not None and evs[0].date.value == date, \
        (text, evs[0].modality, evs[0].date)


@pytest.mark.parametrize("text, wrong", [
    ("Turkey closed its border, a move that surprised analysts.", ("ACCUSE", None, None)),
    ("Mali expelled the French ambassador, a decision widely seen as a rupture.", ("ACCUSE", None, None)),
    ("Moscow offered to host talks, an offer that remains open.", ("REJECT", None, None)),
    ("Venezuela closed its airspace, a move seen by analysts as a provocation.", ("ACCUSE", None, None)),
    ("Bolivia offered a loan to Peru. The offer, worth $2bn, was accepted.", ("AGREE", None, "BOL")),
])
def test_no_reaction_without_a_party_of_its_own(res, text, wrong):
    rows = coded_rows(res, text, PUBLISHED)
    assert_rows(rows, [], [wrong], text)
