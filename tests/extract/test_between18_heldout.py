"""Held-out set for the parties of talks and mediation (branch between18): written before the rule, run once
for the before figure, then set aside.  Invented sentences; talks between A and B are one CONSULT between A and
B (either direction), a mediator or host M of such talks consults each party."""

from __future__ import annotations

import pytest
from helpers import coded_flat as _events
from helpers import side_is as _is


def _consults(text, a, b, ordered=False) -> bool:
    evs = [e for e in _events(text) if e.type == "CONSULT"]
    if any(_is(e.source, a) and _is(e.target, b) for e in evs):
        return True
    return not ordered and any(_is(e.source, b) and _is(e.target, a) for e in evs)


@pytest.mark.parametrize("text,a,b,ordered", [
    ("Kazakh and Uzbek negotiators met in Tashkent on Tuesday.", "KAZ", "UZB", False),
    ("Talks between Peru and Bolivia resumed in Lima on Monday.", "PER", "BOL", False),
    ("Qatar hosted talks between Chad and Sudan in Doha.", "TCD", "SDN", False),
    ("Qatar hosted talks between Chad and Sudan in Doha.", "QAT", "TCD", True),
    ("Delegations of Armenia and Georgia held a meeting in Tbilisi.", "ARM", "GEO", False),
    ("Kuwait carried messages between Iran and Bahrain last week.", "KWT", "BHR", True),
    ("Switzerland's mediation between Ethiopia and Eritrea continued this week.", "CHE", "ERI", True),
    ("Officials from Vietnam and the Philippines held talks on fishing rights.", "VNM", "PHL", False),
    ("Ghana and representatives of Togo met in Accra on Friday.", "GHA", "TGO", False),
    ("Indonesia's foreign minister held talks with Malaysian and Thai officials.", "IDN", "THA", False),
    ("Austria mediated between Hungary and Slovakia over the dam dispute.", "AUT", "SVK", True),
])
def test_parties_of_talks(text, a, b, ordered):
    assert _consults(text, a, b, ordered), [(e.type, e.source, e.target) for e in _events(text)]


@pytest.mark.parametrize("text,a,b", [
    ("The border between Chile and Argentina was closed by heavy snow.", "CHL", "ARG"),
    ("Trade between Brazil and Paraguay rose sharply in March.", "BRA", "PRY"),
])
def test_no_talks_where_none_were_held(text, a, b):
    assert not _consults(text, a, b), [(e.type, e.source, e.target) for e in _events(text)]
