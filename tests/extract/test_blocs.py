"""Blocs and collectives named without a state: "the West" ("Western countries", "Western sanctions") and
"the international community" are actors of the knowledge base, so acts done by or to them have both sides.
A match that is only the start of a longer place name is no mention of the bloc ("the West Bank"), and a
second object after a comma re-describes the act rather than naming whom it falls on.  Invented sentences."""

from __future__ import annotations

import pytest

import diplograph


def rows(res, text, published="2024-05-02"):
    return {(e.type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            for e in diplograph.code(text, resources=res, published=published)}


@pytest.mark.parametrize("text, row", [
    ("Belarus accused the West of plotting a coup.", ("ACCUSE", "BLR", "WEST")),
    ("Western governments expelled Russian diplomats last month.", ("SANCTION", "WEST", "RUS")),
    ("The West imposed sweeping sanctions on Venezuela in 2019.", ("COERCE", "WEST", "VEN")),
    ("Tehran dismissed Western demands to stop enriching uranium.", ("REQUEST", "WEST", "IRN")),
    ("The junta called on the international community to lift the embargo.", ("REQUEST", None, "GEN_INTERNATIONAL")),
    ("The international community welcomed Colombia's peace deal with the rebels.",
     ("SUPPORT", "GEN_INTERNATIONAL", "COL")),
])
def test_blocs_are_actors(res, text, row):
    found = rows(res, text)
    if row[1] is None:
        assert any(t == row[0] and tgt == row[2] for t, _, tgt in found), found
    else:
        assert row in found, found


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Israeli settlers attacked a village in the West Bank.", "PSE", "WEST"),
    ("Western-backed fighters seized the town, and Russian bombers struck western Syria.", "SYR", "WEST"),
])
def test_place_names_are_not_the_bloc(res, text, wanted, unwanted):
    found = rows(res, text)
    targets = {tgt for _, _, tgt in found}
    assert wanted in targets and unwanted not in targets, found


@pytest.mark.parametrize("text, target, not_target", [
    ("Iran on Monday fired a ballistic missile over the Iraqi city of Erbil, a major show of defiance to the "
     "United Nations, the agency reported.", "IRQ", "UN"),
    ("Moscow flew two bombers over the Norwegian island of Svalbard, a clear warning to NATO, officials said.",
     "NOR", "NATO"),
])
def test_restated_object_is_no_recipient(res, text, target, not_target):
    found = rows(res, text)
    targets = {tgt for type_, _, tgt in found if type_ == "MOBILIZE"}
    assert target in targets and not_target not in targets, found
