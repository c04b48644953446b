"""Blocs and collectives named without a state: "the West" ("Western countries", "Western sanctions") and
"the international community" are actors of the knowledge base, so acts done by or to them have both sides.
A match that is only the start of a longer place name is no mention of the bloc ("the West Bank"), and a
second object after a comma re-describes the act rather than naming whom it falls on.  Invented sentences."""

from __future__ import annotations

import pytest

from helpers import coded_pairs


def rows(res, text, published="2024-05-02"):
    return coded_pairs(res, text, published)


@pytest.mark.parametrize("text, row", [
    ("Belarus accused the West of plotting a coup.", ("ACCUSE", "BLR", "WEST")),
    ("Western governments expelled Russian diplomats last month.", ("SANCTION", "WEST", "RUS")),
    ("The West imposed sweeping sanctions on Venezuela in 2019.", ("COERCE", "WEST", "VEN")),
    ("Tehran dismissed Western demands to stop enriching uranium.", ("REQUEST", "WEST", "IRN")),
    ("Myanmar's junta called on the international community to lift the embargo.", ("REQUEST", None, "GEN_INTERNATIONAL")),
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
    ("Iran on Monday fired a ballistic missile over the Iraqi city of Erbil, a bold act of defiance toward the "
     "United Nations, the agency reported.", "IRQ", "UN"),
    ("Moscow flew two bombers over the Norwegian island of Svalbard, a clear warning to NATO, officials said.",
     "NOR", "NATO"),
])
def test_restated_object_is_no_recipient(res, text, target, not_target):
    found = rows(res, text)
    targets = {tgt for type_, _, tgt in found if type_ == "MOBILIZE"}
    assert target in targets and not_target not in targets, found


@pytest.mark.parametrize("text, row", [
    # an indefinite or bare plural of states is an unnamed group of them
    ("Dozens of countries condemned Russia's annexation of Crimea.", ("ACCUSE", "GEN_STATES", "RUS")),
    ("Many countries have recognised Palestine since 1988.", ("SUPPORT", "GEN_STATES", "PSE")),
    # a number with no noun of its own is that many of the counted group told just before
    ("Some thirty countries have recognised Kosovo. Another five have sent envoys to Pristina.",
     ("CONSULT", "GEN_STATES", "XKX")),
    ("Mexican police detained 40 migrants on Friday. Ten were released on Monday.",
     ("RETREAT", "MEX", "GEN_REFUGEES")),
])
def test_unnamed_states_and_elliptical_numbers(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, wanted", [
    # a definite group phrase still stands for the coordination told before, not for unnamed states
    ("Saudi Arabia, Bahrain and Egypt cut ties with Qatar. The three countries also closed their airspace "
     "to Qatari planes.", {("COERCE", "SAU", "QAT"), ("COERCE", "BHR", "QAT"), ("COERCE", "EGY", "QAT")}),
    ("India and Pakistan held talks in Delhi. Both nations accused Bangladesh of harbouring militants.",
     {("ACCUSE", "IND", "BGD"), ("ACCUSE", "PAK", "BGD")}),
])
def test_definite_groups_are_not_unnamed(res, text, wanted):
    found = rows(res, text)
    assert wanted <= found and not any(s == "GEN_STATES" for _, s, _ in found), found


@pytest.mark.parametrize("text, wanted", [
    # "the two" / "both" as a subject: the coordination just told, or the two parties of the sentence before
    ("Kenya and Somalia restored ties in May. The two agreed to reopen their embassies.", ("AGREE", "KEN", "SOM")),
    ("Chile's president received his Peruvian counterpart in Santiago, where the two signed a fishing accord.",
     ("SUPPORT", "CHL", "PER")),
    ("Modi met the Bangladeshi prime minister in Delhi. Both signed a border deal.", ("SUPPORT", "IND", "BGD")),
])
def test_the_two(res, text, wanted):
    found = rows(res, text)
    people = {(t, _state(res, s), _state(res, g)) for t, s, g in found}
    assert wanted in people or (wanted[0], wanted[2], wanted[1]) in people, found


def _state(res, actor_id):
    actor = res.kb.get(actor_id) if actor_id else None
    if actor is not None and actor.kind == "person":
        role = actor.role_at("2024-05-02")
        return role.of if role is not None else actor.country
    return actor_id
