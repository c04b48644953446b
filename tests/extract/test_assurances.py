"""Assurances (invented sentences): "X assures that ..." with no one assured states something on X's word, so the act
it tells is reported, not asserted; "assured Y that it would ..." stays a pledge to Y."""

from __future__ import annotations

import pytest

import diplograph


@pytest.mark.parametrize("text, typ", [
    ("The Kenyan minister assures that he received firm guarantees from Somalia.", "AGREE"),
    ("Peru's president assures that Chile has already sent the promised aid to Lima.", "AID"),
    pytest.param("Hungary's premier assures that Serbia has received the gas deliveries from Russia.", "AID",
                 marks=pytest.mark.xfail(strict=True, reason="after 'assures that' an act told from the receiving side takes the "
                                                             "speaker's state as its giver and stays asserted ('claims "
                                                             "that' gives the giver named, reported)")),
])
def test_an_assurance_with_no_one_assured_reports_its_content(res, text, typ):
    rows = [(e.type, e.modality) for e in diplograph.code(text, published="2024-05-12", resources=res)]
    assert (typ, "reported") in rows and (typ, "asserted") not in rows, rows


def test_an_assurance_given_to_someone_is_a_pledge(res):
    rows = [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id, e.modality)
            for e in diplograph.code("Egypt assured Sudan on Monday that it would not attack the dam.",
                                     published="2024-05-12", resources=res)]
    assert ("AGREE", "EGY", "SDN", "asserted") in rows, rows
