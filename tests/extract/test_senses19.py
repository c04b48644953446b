"""Types by complement and argument kind (branch senses19), on invented sentences: material support or backing is
aid (CAMEO 071-073, AID), diplomatic support stays SUPPORT (051); a warning of a third party's act, warning no one,
voices a concern about it (ACCUSE), a warning to the addressee, or of the warner's own response, threatens (THREATEN);
a person called before the infinitive of the call's purpose is a telephone call (CAMEO 041); a thing released (water,
a report) is no release of persons or property (RETREAT)."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows


@pytest.mark.parametrize("text, must, must_not", [
    ("Germany announced military support for Ukraine worth 500 million euros.",
     [("AID", "DEU", "UKR", None)], [("SUPPORT", "DEU", "UKR", None)]),
    ("Saudi Arabia announced financial support for Egypt.", [("AID", "SAU", "EGY", None)], [("SUPPORT", "SAU", "EGY", None)]),
    ("Britain gave military backing to Kyiv.", [("AID", "GBR", "UKR", None)], [("SUPPORT", "GBR", "UKR", None)]),
    ("Iran backs the Houthis with weapons and money.", [("AID", "IRN", "HOUTHIS", None)], [("SUPPORT", "IRN", None, None)]),
    ("Turkey supports Azerbaijan militarily.", [("AID", "TUR", "AZE", None)], [("SUPPORT", "TUR", "AZE", None)]),
    ("The US supports Israel with billions in military aid.", [("AID", "USA", "ISR", None)], [("SUPPORT", "USA", "ISR", None)]),
    # words of support, or a measure backed, stay SUPPORT
    ("Australia expressed support for the Philippines in its dispute with China.",
     [("SUPPORT", "AUS", "PHL", None)], [("AID", "AUS", None, None)]),
    ("Hungary backed the arms embargo with reservations.", [], [("AID", "HUN", None, None)]),
])
def test_material_support_is_aid(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    ("Seoul warned of a possible nuclear test by Pyongyang.", [("ACCUSE", "KOR", "PRK", None)], [("THREATEN", "KOR", None, None)]),
    ("Poland warned of Russian provocations on its border.", [("ACCUSE", "POL", "RUS", None)], [("THREATEN", "POL", None, None)]),
    ("Kenya warned of Somalia's plan to hold elections in the disputed region.",
     [("ACCUSE", "KEN", "SOM", None)], [("THREATEN", "KEN", None, None)]),
    ("Taiwan warned against China's military drills near the island.",
     [("ACCUSE", "TWN", "CHN", None)], [("THREATEN", "TWN", None, None)]),
    ("The Kremlin warned of Western interference.", [("ACCUSE", "RUS", "WEST", None)], [("THREATEN", "RUS", None, None)]),
    # the warned party's own act, the warner's own response, consequences for someone: threats
    ("On several occasions, Egypt has warned Ethiopia against filling the dam.", [("THREATEN", "EGY", "ETH", None)], []),
    ("Iran warned of a crushing response by its armed forces.", [("THREATEN", "IRN", None, None)], [("ACCUSE", "IRN", None, None)]),
    ("Russia warned of consequences for Finland if it joined NATO.", [("THREATEN", "RUS", "FIN", None)], [("ACCUSE", "RUS", None, None)]),
    ("Pakistan warned India of retaliation.", [("THREATEN", "PAK", "IND", None)], []),
])
def test_warning_of_a_third_partys_act(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    ("Macron called Scholz on Tuesday to discuss the crisis.", [("CONSULT", "PER_EMMANUEL_MACRON", "PER_OLAF_SCHOLZ", None)], []),
    ("Erdogan called Zelensky to offer condolences.",
     [("CONSULT", "PER_RECEP_TAYYIP_ERDOGAN", "PER_VOLODYMYR_ZELENSKY", None)], []),
    ("Modi called Putin to congratulate him on his re-election.",
     [("CONSULT", "PER_NARENDRA_MODI", "PER_VLADIMIR_PUTIN", None)], []),
    ("China slammed Japan's release of treated water.", [("ACCUSE", "CHN", "JPN", None)], [("RETREAT", None, None, None)]),
    ("Iran condemned the release of the report by the IAEA.", [("ACCUSE", "IRN", "IAEA", None)], [("RETREAT", None, None, None)]),
])
def test_calls_and_releases(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    ("Niger stopped cooperating with the ICC.", [("SANCTION", "NER", "ICC", "asserted")], [("COOPERATE", "NER", "ICC", "asserted")]),
    ("Turkey stopped buying Iranian oil.", [("SANCTION", "TUR", "IRN", "asserted")], [("COOPERATE", "TUR", "IRN", "asserted")]),
    ("Pakistan stopped supplying ammunition to Ukraine.", [("SANCTION", "PAK", "UKR", "asserted")], [("AID", "PAK", "UKR", "asserted")]),
    ("Russia stopped shelling Kharkiv for a day.", [("RETREAT", "RUS", "UKR", "asserted")], [("ASSAULT", "RUS", "UKR", "asserted")]),
    ("Hezbollah ceased firing rockets at Israel.", [("RETREAT", "HEZBOLLAH", "ISR", "asserted")], [("ASSAULT", None, None, "asserted")]),
    ("Colombia stopped negotiating with the ELN.", [("SANCTION", "COL", None, "asserted")], [("CONSULT", "COL", None, "asserted")]),
    ("Egypt continued cooperating with Israel.", [("COOPERATE", "EGY", "ISR", "asserted")], [("SANCTION", "EGY", None, None)]),
])
def test_stopping_an_act(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    ("Thailand sent fighter jets to patrol the Cambodian border.", [("MOBILIZE", "THA", None, None)], [("AID", "THA", None, None)]),
    ("Malaysia dispatched two warships to guard its oil rigs.", [("MOBILIZE", "MYS", None, None)], [("AID", "MYS", None, None)]),
    ("The US sent drones to Ukraine.", [("AID", "USA", "UKR", None)], []),
])
def test_aircraft_sent_to_patrol(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, must, must_not", [
    ("Gulf states rallied behind Saudi Arabia.", [("SUPPORT", None, "SAU", None)], [("PROTEST", None, None, None)]),
    ("Students rallied outside the embassy against the treaty.", [("PROTEST", None, None, None)], [("SUPPORT", None, None, None)]),
    ("Greece beefed up its border with Turkey.", [("MOBILIZE", "GRC", None, None)], []),
    ("Iran locked up a British-Iranian charity worker.", [("COERCE", "IRN", None, None)], []),
    ("Sri Lanka handed over the smugglers to India.", [("COOPERATE", "LKA", "IND", None)], [("RETREAT", "LKA", None, None)]),
    ("The Taliban handed over the city to the army.", [("RETREAT", "TALIBAN", None, None)], [("COOPERATE", None, None, None)]),
    ("Finland put its border guards on high alert.", [("MOBILIZE", "FIN", None, None)], []),
    ("Ecuador and Peru came to terms on a border dispute.", [("AGREE", "ECU", "PER", None)], []),
    ("Chile put the blame on Bolivia.", [("ACCUSE", "CHL", "BOL", None)], [("MOBILIZE", None, None, None)]),
    ("Cuba granted an audience to the Russian foreign minister.", [("CONSULT", "CUB", None, None)], [("AID", "CUB", None, None)]),
    ("Hungary put forward a peace plan for Ukraine.", [("AGREE", "HUN", "UKR", None)], []),
])
def test_idioms_by_their_complement(res, text, must, must_not):
    assert_rows(coded_rows(res, text), must, must_not, text)


@pytest.mark.parametrize("text, row", [
    ("Spain's support for Morocco angered Algeria.", ("SUPPORT", "ESP", "MAR")),
    ("Turkey's support for Azerbaijan angered Armenia.", ("SUPPORT", "TUR", "AZE")),
    ("Russia's attack on Ukraine angered Poland.", ("ASSAULT", "RUS", "UKR")),
])
def test_a_verb_read_into_a_run_of_names(res, text, row):
    found = coded_rows(res, text)
    assert any(r[:3] == row for r in found) and not any(r[2] in ("DZA", "ARM", "POL") for r in found), found


@pytest.mark.parametrize("text, row", [
    ("Palestine's recognition by Spain angered Israel.", ("SUPPORT", "ESP", "PSE")),
    ("Navalny's arrest by Russian police drew protests.", ("COERCE", "RUS", "ORG_NAVALNY")),
])
def test_a_possessor_beside_a_by_agent_undergoes_the_act(res, text, row):
    found = coded_rows(res, text)
    assert any(r[:3] == row for r in found) and not any(r[0] == row[0] and r[1] == row[2] for r in found), found


@pytest.mark.parametrize("text, row", [
    ("Qatar invited Eritrea to talks in Doha.", ("REQUEST", "QAT", "ERI")),
    ("Kenya extended an invitation to the Tanzanian president to attend the summit.", ("REQUEST", "KEN", None)),
    ("Egypt offered to host talks between Sudan's rival generals.", ("AGREE", "EGY", "SDN")),
])
def test_an_invitation_asks_to_meet(res, text, row):
    found = coded_rows(res, text)
    assert any(all(w is None or w == r for r, w in zip(got, row)) for got in found), found
    assert not any(r[0] == "AGREE" and "invit" in text for r in found), found
