"""Invented sentences: what a trip is made to do ("flew to X to meet Y") is as factual as the trip
(``trip_purposes`` in triggers.yaml, read by extract/events/factuality.py), while other purposes stay
intended; a possessive in the subject of a clause conjoined to an earlier one ("..., and its envoy met X")
is that earlier clause's subject (extract/actors/coref.py)."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, row", [
    ("Chile's foreign minister flew to Lima on Monday to meet Peru's president.",
     ("CONSULT", "CHL", "PER", "asserted")),
    ("The Omani envoy travelled to Sanaa on Sunday to hold talks with Houthi leaders.",
     ("CONSULT", "OMN", "HOUTHIS", "asserted")),
    ("Norway's foreign minister went to Bogota to brief Colombian officials on the talks.",
     ("CONSULT", "NOR", "COL", "asserted")),
])
def test_a_meeting_a_trip_was_made_for_took_place(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


@pytest.mark.parametrize("text, modality", [
    ("Japan's foreign minister will fly to Seoul next week to meet South Korea's president.", "future"),
    ("Japan's foreign minister plans to fly to Seoul to meet South Korea's president.", "future"),
])
def test_a_trip_still_to_come_leaves_its_meeting_to_come(res, text, modality):
    rows = coded_rows(res, text)
    assert rows and all(r[3] == modality for r in rows if r[0] == "CONSULT"), rows


@pytest.mark.parametrize("text", [
    "Germany sent troops to Lithuania on Monday to deter Russia.",
    "Police broke into the office on Monday to arrest the Kenyan journalist.",
])
def test_other_purposes_stay_intended(res, text):
    rows = coded_rows(res, text)
    assert not any(r[2] in ("RUS",) and r[3] == "asserted" for r in rows), rows


@pytest.mark.parametrize("text, row", [
    ("Nepal reopened its border with China on Sunday, and its foreign minister received China's ambassador.",
     ("CONSULT", "NPL", "CHN")),
    ("Ghana recalled its envoy from Togo on Monday, and its army closed the border with Togo.",
     ("SANCTION", "GHA", "TGO")),
])
def test_an_owner_in_a_conjoined_clauses_subject_is_the_first_clauses_subject(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_an_owner_after_a_subject_of_two_actors_stays_open(res):
    rows = coded_rows(res, "Nepal and India reopened the border on Sunday, and its foreign minister met "
                           "China's ambassador.")
    assert not any(r[0] == "CONSULT" and r[1] in ("NPL", "IND") for r in rows), rows
