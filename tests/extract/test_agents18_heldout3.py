"""Held-out sentences (branch agents18), written before any tuning of the rule: a "with" absolute ("With X
seizing the town, Y ...") is a clause of its own: its noun is no partner or party of the main verb."""

from __future__ import annotations

import pytest
from helpers import coded_rows


@pytest.mark.parametrize("text, row, bad", [
    ("With Turkish troops shelling the border villages, Syria expelled the Turkish ambassador.",
     ("SANCTION", "SYR", "TUR"), None),
    ("With Somali militants attacking the convoy, Kenya closed its embassy in Mogadishu.",
     None, ("SANCTION", "KEN", "AL_SHABAAB")),
    ("With Eritrean forces occupying the town, Ethiopia broke off relations with Asmara.",
     ("SANCTION", "ETH", "ERI"), None),
    ("With Azerbaijani soldiers blocking the road, Armenia appealed to Russia for help.",
     ("REQUEST", "ARM", "RUS"), ("REQUEST", "ARM", "AZE")),
    pytest.param("With Israeli jets striking Gaza, Jordan recalled its ambassador from Tel Aviv.",
     ("SANCTION", "JOR", "ISR"), None, marks=pytest.mark.xfail(strict=True, reason="the recall's target is still taken from inside the absolute clause (Gaza), and 'from Tel Aviv' is not read as Israel")),
    ("With Chinese ships blockading the island, the Philippines summoned the Chinese envoy.",
     ("ACCUSE", "PHL", "CHN"), None),
    ("With Venezuelan troops massing on the border, Guyana asked Brazil for support.",
     ("REQUEST", "GUY", "BRA"), ("REQUEST", "GUY", "VEN")),
    ("With Sudanese jets bombing the camps, Chad accused Khartoum of aggression.",
     ("ACCUSE", "TCD", "SDN"), None),
])
def test_with_absolute(res, text, row, bad):
    found = coded_rows(res, text)
    if row is not None:
        assert any(all(w is None or w == r for r, w in zip(got, row)) for got in found), found
    if bad is not None:
        assert not any(r[:3] == bad for r in found), found
