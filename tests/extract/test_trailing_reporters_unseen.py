"""A saying, charge or complaint told after its content ("X beat Y, a rights group charged on Monday"):
the parser often hangs the closing verb as a participle on the noun before it (nlp/repair.py mends it), so the
reporter is the source of the accusation, its target the doer of the content, and the content is reported,
not asserted. Invented sentences."""

from __future__ import annotations

import pytest
from helpers import coded_rows

coded = coded_rows


CHARGED = [
    ("Zambian police beat and robbed Congolese traders, a rights group charged on Saturday.",
     ("ACCUSE", "GEN_RIGHTS_GROUPS", "ZMB"), ("ASSAULT", "ZMB", "COD", "reported")),
    ("Indian soldiers tortured Kashmiri detainees, a human rights organization alleged on Monday.",
     ("ACCUSE", "GEN_RIGHTS_GROUPS", "IND"), ("ASSAULT", "IND", None, "reported")),
    ("Kenyan authorities are failing to protect Somali refugees, a human rights group protested on Tuesday.",
     ("ACCUSE", "GEN_RIGHTS_GROUPS", "KEN"), None),
    ("Burmese troops burned villages in Rakhine, the rights group charged.",
     ("ACCUSE", "GEN_RIGHTS_GROUPS", "MMR"), ("ASSAULT", "MMR", None, "reported")),
]


@pytest.mark.parametrize("text,accusation,content", CHARGED, ids=[f"C{i}" for i in range(len(CHARGED))])
def test_a_closing_charge_accuses_the_doer_and_reports_the_content(res, text, accusation, content):
    found = coded(res, text)
    assert accusation in {e[:3] for e in found}
    if content is not None:
        want = content if content[2] is not None else None
        if want is not None:
            assert want in found
        else:
            assert any(e[0] == content[0] and e[1] == content[1] and e[3] == "reported" for e in found)
    assert not any(e[0] == "ACCUSE" and e[1] not in (accusation[1], None) for e in found)  # no content actor as accuser


COMPLAINED = [
    ("Chinese coast guard ships harassed Filipino fishermen, Manila complained.", ("COERCE", "CHN", "PHL")),
    ("Japan complained that Russian patrol boats had seized Japanese fishing vessels.", ("COERCE", "RUS", "JPN")),
]


@pytest.mark.parametrize("text,content", COMPLAINED, ids=[f"K{i}" for i in range(len(COMPLAINED))])
def test_the_content_of_a_complaint_is_reported(res, text, content):
    found = coded(res, text)
    assert any(e[:3] == content and e[3] == "reported" for e in found), found
    assert not any(e[:3] == content and e[3] == "asserted" for e in found)


def test_a_closing_participle_with_its_own_agent_is_left_alone(res):
    # "a claim denied by X" is a passive participle, not a reporter closing the sentence
    found = coded(res, "Ukraine said Russian drones struck Odesa, a claim denied by Moscow.")
    assert not any(e[0] == "ACCUSE" and e[1] is None and e[2] == "RUS" for e in found)
    assert ("ASSAULT", "RUS", "UKR") in {e[:3] for e in found}


DESCRIBED = [
    # a civil group's description does not point back to armed forces named before
    ("Burmese troops burned villages in Rakhine, the rights group charged.", ("ACCUSE", "GEN_RIGHTS_GROUPS", "MMR")),
    # an armed group's description still points back to an insurgency named before
    ("The Taliban seized Kunduz. The militant group later withdrew.", ("RETREAT", "TALIBAN", None)),
]


@pytest.mark.parametrize("text,want", DESCRIBED, ids=[f"D{i}" for i in range(len(DESCRIBED))])
def test_a_definite_description_points_back_only_to_an_actor_of_its_sector(res, text, want):
    assert want in {e[:3] for e in coded(res, text)}


ALLEGED = [
    ("Israel said on Tuesday that Hamas gunmen had fired rockets at Ashkelon.", "ASSAULT", "reported"),
    ("Ukrainian officials said Russian forces shelled Kharkiv overnight.", "ASSAULT", "reported"),
    ("Russia said it had struck Ukrainian army depots.", "ASSAULT", "asserted"),  # the doer's own saying
    ("Russian forces shelled Kharkiv overnight, killing two people.", "ASSAULT", "asserted"),  # narration
]


@pytest.mark.parametrize("text,type_,modality", ALLEGED, ids=[f"A{i}" for i in range(len(ALLEGED))])
def test_a_hostile_act_told_only_by_another_sides_saying_is_reported(res, text, type_, modality):
    assert any(e[0] == type_ and e[3] == modality for e in coded(res, text))
