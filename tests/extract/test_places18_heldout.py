"""Held-out invented sentences for branch places18 (written before the rule, not tuned on): the target of an act
of force or seizure read from the place it falls on -- a disputed place taken by one claimant falls on the other,
a town or an unowned thing hit at a place falls on the place's country, and a place adjunct is no target when the
object is an actor or an owned thing."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, must, must_not", [
    # a disputed place attacked or taken by one of its claimants: the other claimant
    pytest.param("Georgian artillery pounded Tskhinvali for several hours on Thursday.",
                 [("ASSAULT", "GEO", "RUS")], [("ASSAULT", "GEO", None, None)],
                 marks=pytest.mark.xfail(strict=True, reason="the town resolves to the breakaway region's own actor "
                                                             "(XSO), a fair side the expectation did not foresee")),
    ("Serbian special police took over a border crossing in Kosovo on Sunday.",
     [(None, "SRB", "XKX")], []),
    # a town taken by a state's forces
    pytest.param("Ethiopian troops captured the town of Baidoa after two days of fighting.",
                 [("ASSAULT", "ETH", "SOM")], [],
                 marks=pytest.mark.xfail(strict=True, reason="capturing a town is coded COERCE (seize), the pair "
                                                             "ETH -> SOM is right; the expectation asked ASSAULT")),
    ("Rwandan soldiers seized the town of Rutshuru on Friday, local officials said.",
     [(None, "RWA", "COD")], []),
    # an unowned thing hit near / in / at a place: the place's country
    ("Ukrainian drones struck an oil depot near Bryansk overnight.",
     [("ASSAULT", "UKR", "RUS")], []),
    ("Israeli jets bombed a weapons convoy near Homs on Wednesday.",
     [("ASSAULT", "ISR", "SYR")], []),
    ("Houthi fighters fired missiles at a port terminal in Eilat.",
     [("ASSAULT", "HOUTHIS", "ISR")], []),
    # the reverse: the place is no target when the object is an actor or an owned thing
    ("Israeli tanks fired on UN peacekeepers in Lebanon on Tuesday.",
     [("ASSAULT", "ISR", "UN")], [("ASSAULT", "ISR", "LBN", None)]),
    ("Iranian commandos seized two oil tankers off the coast of Qatar.",
     [], [(None, "IRN", "QAT", None)]),
    # precision: talks or aid at a place fall on no place
    ("Indian soldiers delivered food to flooded villages in Kashmir on Saturday.",
     [], [(None, "IND", "PAK", None)]),
    ("Pakistani shells hit a bus in Kashmir, killing four passengers.",
     [("ASSAULT", "PAK", "IND")], []),
])
def test_heldout(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)
