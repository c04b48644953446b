"""Invented sentences: everyday wordings of the conflictual acts, one or more per CAMEO family that the 2021
conversion table maps to ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE and ASSAULT
(data/triggers.yaml). Idioms and phrasal verbs name the act ("tore into X", "took X to court", "called in the
ambassador", "poured cold water on", "backed out of the deal", "ordered the envoy out", "dropped barrel bombs
on", "an asset freeze on X", warplanes sent); an "of"/"from" phrase hanging on the particle ("pulled out of the
deal") or an "off" phrase ("walked off the job") names the verb's object (extract/events/triggers.py); the court
an idiom needs is no party (extract/events/recipients.py); broad verbs keep their other senses ("seized on the
opportunity", "looked into the camera", forces occupying a plant seize it, protesters occupying a square protest)."""

from __future__ import annotations

import pytest
from helpers import coded_pairs


def _pairs(res, text):
    return coded_pairs(res, text, "2025-05-14")


@pytest.mark.parametrize("text, row", [
    # 09x investigate, 11x disapprove / accuse / sue
    ("Germany looked into allegations that Russian agents had poisoned the exile.", ("ACCUSE", "DEU", None)),
    ("Beijing tore into Washington over the arms sale to Taiwan.", ("ACCUSE", "CHN", "USA")),
    ("Ankara pilloried Athens over the migrant pushbacks.", ("ACCUSE", "TUR", "GRC")),
    ("Turkey hit out at Sweden for allowing the protest.", ("ACCUSE", "TUR", "SWE")),
    ("Brazil lashed out at the United States over the tariffs.", ("ACCUSE", "BRA", "USA")),
    ("China blamed Japan for the rise in tensions.", ("ACCUSE", "CHN", "JPN")),
    ("The United States called in the Chinese ambassador.", ("ACCUSE", "USA", "CHN")),
    ("Iran hauled in the British envoy.", ("ACCUSE", "IRN", "GBR")),
    ("Ukraine took Russia to the International Court of Justice.", ("ACCUSE", "UKR", "RUS")),
    ("Georgia brought a case against Russia at the ICJ.", ("ACCUSE", "GEO", "RUS")),
    # (the court the idiom needs is no party: the one the case is against is)
    ("The Philippines took its maritime quarrel with China to an arbitration tribunal.", ("ACCUSE", "PHL", "CHN")),
    ("Germany opened a criminal case against the Russian officers.", ("ACCUSE", "DEU", "RUS")),
    ("The opposition rallied support against President Ruto's reforms.", ("ACCUSE", "GEN_OPPOSITION", "PER_WILLIAM_RUTO")),
    ("Japan lodged a strong protest with China over the buoy.", ("ACCUSE", "JPN", "CHN")),
    # 12x reject, veto, defy
    ("Germany turned down Ukraine's request for tanks.", ("REJECT", "DEU", "UKR")),
    ("India scoffed at Pakistan's offer of talks.", ("REJECT", "IND", "PAK")),
    ("Hungary torpedoed the EU aid package for Ukraine.", ("REJECT", "HUN", "EU")),
    ("Washington nixed the arms deal with Turkey.", ("REJECT", "USA", "TUR")),
    ("Russia scuttled the grain deal with Ukraine.", ("REJECT", "RUS", "UKR")),
    ("Russia vetoed the Security Council resolution on Syria.", ("REJECT", "RUS", "UNSC")),
    ("The Taliban defied international calls to reopen girls' schools.", ("REJECT", "TALIBAN", "GEN_INTERNATIONAL")),
    # 13x threaten, ultimatum
    ("The United States warned Russia of severe consequences if it invaded Ukraine.", ("THREATEN", "USA", "RUS")),
    ("Turkey threatened to cut ties with the Netherlands.", ("THREATEN", "TUR", "NLD")),
    ("Serbia gave Kosovo an ultimatum to withdraw its police.", ("THREATEN", "SRB", "XKX")),
    ("Beijing threatened countermeasures against Lithuania.", ("THREATEN", "CHN", "LTU")),
    # 14x protest, strike, obstruct, riot
    ("Protesters rallied outside the Russian embassy in Warsaw.", ("PROTEST", "GEN_PROTESTERS", "RUS")),
    ("Kenyan protesters set fire to parliament.", ("PROTEST", "KEN", "KEN")),
    ("Truck drivers blocked the main highway to the port of Santos.", ("PROTEST", "GEN_WORKERS", "BRA")),
    ("Kenyan doctors walked off the job.", ("PROTEST", "KEN", "KEN")),
    # 15x mobilize
    ("Serbia placed its army on the highest level of combat readiness.", ("MOBILIZE", "SRB", None)),
    ("Russia put its nuclear forces on high alert.", ("MOBILIZE", "RUS", None)),
    ("Russia massed troops on the border with Ukraine.", ("MOBILIZE", "RUS", "UKR")),
    ("China sent 30 warplanes into Taiwan's air defence zone.", ("MOBILIZE", "CHN", "TWN")),
    # 16x reduce relations, halt aid, expel
    ("Russia pulled out of the grain deal.", ("SANCTION", "RUS", None)),
    ("Russia backed out of the nuclear treaty.", ("SANCTION", "RUS", None)),
    ("Armenia downgraded its participation in the alliance led by Russia.", ("SANCTION", "ARM", "GRP_RUSSIA_LED_ALLIANCE")),
    ("Chad ordered the German ambassador out of the country.", ("SANCTION", "TCD", "DEU")),
    ("Canada shut its embassy in Tehran.", ("SANCTION", "CAN", "IRN")),
    ("Washington cut off military assistance to Egypt.", ("SANCTION", "USA", "EGY")),
    # 17x coerce: seize, restrict, ban, arrest, deport
    ("Russian forces occupied the nuclear plant.", ("COERCE", "RUS", None)),
    ("Nigerian soldiers locked up hundreds of suspects.", ("COERCE", "NGA", None)),
    ("Venezuela stripped the opposition leader of his immunity.", ("COERCE", "VEN", "GEN_OPPOSITION")),
    ("Saudi Arabia put the cleric on trial.", ("ACCUSE", "SAU", None)),
    ("The Iranian navy seized a British tanker in the Gulf.", ("COERCE", "IRN", "GBR")),
    ("Britain blacklisted three Chinese companies.", ("COERCE", "GBR", "CHN")),
    ("Britain imposed an asset freeze on Russian oligarchs.", ("COERCE", "GBR", "RUS")),
    # 18x-20x assault
    ("Assad's forces dropped barrel bombs on Aleppo.", ("ASSAULT", "PER_BASHAR_AL_ASSAD", "GRP_ALEPPO")),
    ("Azerbaijan expelled ethnic Armenians from Nagorno-Karabakh.", ("ASSAULT", "AZE", "ARM")),
    ("Israeli troops opened fire on protesters in Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("Russian artillery shelled Kharkiv.", ("ASSAULT", "RUS", "UKR")),
])
def test_an_everyday_wording_names_the_act(res, text, row):
    assert row in _pairs(res, text), _pairs(res, text)


@pytest.mark.parametrize("text, wrong", [
    ("Russian forces occupied the nuclear plant.", "PROTEST"),
    ("Russia pulled out of the grain deal.", "RETREAT"),
    ("Russia backed out of the nuclear treaty.", "SUPPORT"),
    ("Hungary torpedoed the EU aid package for Ukraine.", "ASSAULT"),
    ("Kenyan protesters set fire to parliament.", "ASSAULT"),
    ("The opposition rallied support against President Ruto's reforms.", "SUPPORT"),
    ("Azerbaijan expelled ethnic Armenians from Nagorno-Karabakh.", "SANCTION"),
    ("Chad ordered the German ambassador out of the country.", "REQUEST"),
    ("Canada sent water-bombing aircraft to help fight the wildfires in Greece.", "MOBILIZE"),
])
def test_the_act_is_not_coded_as_another_type(res, text, wrong):
    assert wrong not in {t for t, _, _ in _pairs(res, text)}, _pairs(res, text)


@pytest.mark.parametrize("text", [
    "A storm hit the coast of Florida on Monday.",
    "Investors shelled out billions for the shares of the Kenyan firm.",
    "The Kenyan opposition seized on the opportunity on Monday.",
    "The Kenyan president looked into the camera and smiled.",
    "The Greek migrants crossed into Turkey overnight.",
    "The Kenyan fans tore into their meal after the match.",
    "The Kenyan shop owners locked up their stores on Monday.",
    "A Kenyan pilot dropped leaflets over the city.",
    "Kenyan prices dropped sharply in March.",
    "The Kenyan delegation walked off the stage.",
    "The Kenyan committee looked into the possibility of a merger.",
    "The Kenyan minister threw out the first pitch at the game.",
])
def test_other_senses_of_the_words_make_no_conflict_event(res, text):
    conflict = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert not conflict & {t for t, _, _ in _pairs(res, text)}, _pairs(res, text)
