"""Held-out sentences for brief dates18 (written before the rule, not tuned on): a year inside a noun phrase
naming another event, a month given without a day, a weekday after an appositive place, 'late Friday' and
'Friday night', a past background clause with no time expression of its own."""

from __future__ import annotations

import diplograph
import pytest


def code(res, text, published):
    return diplograph.code(text, resources=res, published=published)


def dates(events, type_, src):
    return [e.date.value for e in events if e.type == type_ and e.source and e.source.actor_id == src]


@pytest.mark.xfail(strict=True, reason="the coder types 'imposed sanctions on' COERCE, not SANCTION (the COERCE event is undated after the change, not 2015)")
def test_year_of_an_earthquake_does_not_date_the_sanction(res):
    evs = code(res, "Nepal imposed sanctions on India after an earthquake in 2015 that destroyed thousands of homes.",
               "2024-03-14")
    got = dates(evs, "SANCTION", "NPL")
    assert got and "2015" not in got, got


def test_year_of_a_coup_in_an_adjunct_does_not_date_the_accusation(res):
    evs = code(res, "Kenya accused Uganda of interference following a coup in 2019 which left dozens dead.",
               "2024-03-14")
    got = dates(evs, "ACCUSE", "KEN")
    assert got and "2019" not in got, got


def test_month_only_stays_a_month(res):
    evs = code(res, "Brazil said in August that it would expel Argentine diplomats.", "2024-10-02")
    got = [e.date.value for e in evs if e.source and e.source.actor_id == "BRA"]
    assert got and all(v is None or len(v) == 7 for v in got), got


@pytest.mark.xfail(strict=True, reason="the coder types 'criticised' ACCUSE, not DISAPPROVE (its date is 2024-03)")
def test_month_only_with_reported_criticism(res):
    evs = code(res, "Norway criticised Sweden in March over its handling of the talks.", "2024-06-20")
    got = dates(evs, "DISAPPROVE", "NOR")
    assert got == ["2024-03"], got


def test_weekday_after_appositive_place(res):
    evs = code(res, "After talks in Nairobi, Kenya, on Tuesday, Ethiopia and Somalia signed a border agreement.",
               "2024-04-12")
    got = [e.date.value for e in evs if e.source and e.source.actor_id in ("ETH", "SOM")]
    assert got and "2024-04-09" in got, got


def test_late_friday_is_the_friday(res):
    evs = code(res, "Peru expelled Bolivia's ambassador late Friday.", "2024-05-13")
    assert dates(evs, "SANCTION", "PER") == ["2024-05-10"]


def test_friday_night_is_the_friday(res):
    evs = code(res, "Chad accused Sudan of shelling border towns on Friday night.", "2024-05-13")
    assert dates(evs, "ACCUSE", "TCD") == ["2024-05-10"]


def test_early_monday_in_a_later_sentence(res):
    evs = code(res, "Tensions rose along the frontier.\n\nEarly Monday, Morocco recalled its ambassador to Algeria.",
               "2024-05-15")
    got = dates(evs, "SANCTION", "MAR") + dates(evs, "REDUCE", "MAR")
    assert got and got[0] == "2024-05-13", got


def test_when_clause_on_a_past_noun_has_no_date(res):
    evs = code(res, "Greece recalls the decade when Turkey threatened Greece with war.", "2024-07-01")
    got = dates(evs, "THREATEN", "TUR")
    assert got and all(v is None for v in got), got


@pytest.mark.xfail(strict=True, reason="a past perfect after a sentence that told a date keeps that date's month by design (discourse.py); only a past perfect with no date told before it is undated")
def test_past_perfect_background_has_no_date(res):
    evs = code(res, "Vietnam protested to China on Monday. China had seized Vietnamese fishing boats.", "2024-07-03")
    got = dates(evs, "SEIZE", "CHN")
    assert got and all(v is None for v in got), got
