"""Held-out sentences (branch agents18), written before any tuning of the rule: an act of force with no target of
its own falls on whom the participle telling its result acts on ("X carried out raids, killing Y's fighters")."""

from __future__ import annotations

import pytest
from helpers import coded_rows


@pytest.mark.parametrize("text, row", [
    ("Nigerian jets bombed a camp on Tuesday, killing dozens of Boko Haram fighters.", ("ASSAULT", "NGA", None)),
    ("Kenyan police opened fire on Monday, wounding three Somali traders.", ("ASSAULT", "KEN", "SOM")),
    ("Indonesian troops stormed the village, detaining five Papuan separatists.", ("COERCE", "IDN", None)),
    ("The Thai army shelled positions across the border, killing two Cambodian soldiers.", ("ASSAULT", "THA", "KHM")),
    ("Egyptian forces carried out a raid in Sinai, killing seven Islamic State militants.", ("ASSAULT", "EGY", None)),
    ("Tajik border guards attacked overnight, injuring four Kyrgyz civilians.", ("ASSAULT", "TJK", "KGZ")),
    ("Burundian soldiers launched an assault at dawn, capturing two Congolese rebel commanders.", ("ASSAULT", "BDI", None)),
    ("Venezuelan troops conducted an operation on the river, seizing a Colombian boat.", ("COERCE", "VEN", "COL")),
])
def test_the_result_names_the_target(res, text, row):
    found = coded_rows(res, text)
    assert any(r[0] == row[0] and r[1] == row[1] and r[2] is not None and (row[2] is None or r[2] == row[2])
               for r in found), found
    # and no row of that type and doer is left without its target
    assert not any(r[:3] == (row[0], row[1], None) for r in found), found


@pytest.mark.parametrize("text, bad", [
    # the participle is no act of force: no target taken from it
    ("Sudanese forces attacked the town, citing Chadian support for the rebels.", ("ASSAULT", "SDN", "TCD")),
    # a participle after a subordinator tells another time, not the act's result
    ("Libyan forces opened fire after meeting Tunisian officials.", ("ASSAULT", "LBY", "TUN")),
])
def test_no_result_guess(res, text, bad):
    assert not any(r[:3] == bad for r in coded_rows(res, text))
