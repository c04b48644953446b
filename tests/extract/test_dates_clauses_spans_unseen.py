"""Invented sentences: a time expression inside another clause ("Georgia, which had tried to recover land lost
in a war in the 2000s, welcomed the deal") dates that clause's act, not the main verb's; an act noun told as
lasting a span ("a deal that ended three weeks of fighting") takes no point of another clause, its year at most,
unless the clause starts it ("began four days of drills on Thursday")."""

from __future__ import annotations

import diplograph


def dated(res, text, type_):
    evs = [e for e in diplograph.code(text, resources=res, published="2024-03-06") if e.type == type_]
    assert evs, f"no {type_} in {text!r}"
    return evs[0].date.value if evs[0].date else None


def test_a_decade_in_a_relative_clause_does_not_date_the_main_act(res):
    got = dated(res, "Georgia, which had long sought to regain territory taken in a conflict in the 2000s, welcomed "
                     "the deal as a victory.", "SUPPORT")
    assert got is None or not got.startswith("200")


def test_a_noun_hung_date_still_dates_its_verb_when_no_clause_stands_between(res):
    assert dated(res, "Israel added the group to its list of terrorist organisations in 2003.", "COERCE") == "2003"


def test_a_span_of_fighting_is_dated_by_its_year_only(res):
    got = dated(res, "Turkish troops withdrew on Tuesday under a deal that ended three weeks of fighting between "
                     "Kurdish and Syrian government forces.", "ASSAULT")
    assert got == "2024"


def test_a_span_begun_on_a_day_starts_that_day(res):
    got = dated(res, "China began four days of live-fire drills around Taiwan on Thursday.", "MOBILIZE")
    assert got == "2024-02-29"


def modality_of(res, text, type_):
    return next(e.modality for e in diplograph.code(text, resources=res, published="2025-01-20") if e.type == type_)


def test_a_visit_in_a_when_clause_under_a_coming_signing_is_coming(res):
    assert modality_of(res, "Kenya will sign the deal when Ruto visits Addis Ababa in March.", "CONSULT") == "future"
    assert modality_of(res, "Turkey intends to sign a defence accord with Indonesia when President Erdogan travels "
                            "to Jakarta next month.", "CONSULT") == "future"


def test_a_visit_in_a_when_clause_under_a_past_signing_happened(res):
    assert modality_of(res, "Kenya signed the deal when Ruto visited Addis Ababa in March.", "CONSULT") == "asserted"
