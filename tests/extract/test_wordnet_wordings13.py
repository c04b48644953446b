"""Invented sentences: acts told in wordings proposed from WordNet 3.0 (synonyms, troponyms and derived nouns of
the lexicon's own trigger words, data/triggers.yaml entries marked "# WordNet"), and the other senses of the same
words, which are no such act (an object restriction keeps "butchered the sheep", "shelved the plan", "conquer
inflation" and "set off fireworks" out)."""

from __future__ import annotations

import pytest
from helpers import coded_events


def rows(res, text):
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in coded_events(res, text)}


@pytest.mark.parametrize("text, row", [
    # verbs: synonyms and troponyms of listed verbs
    ("Hungary's foreign minister reviled the European Commission on Tuesday.", ("ACCUSE", "HUN", "EU_COMMISSION")),
    ("Poland's president reproved Germany over its energy policy.", ("ACCUSE", "POL", "DEU")),
    ("The French ambassador remonstrated with Algerian officials over the arrests.", ("ACCUSE", "FRA", "DZA")),
    ("Tehran inveighed against the United States in a speech on Monday.", ("ACCUSE", "IRN", "USA")),
    ("The Venezuelan leader fulminated against Washington at the rally.", ("ACCUSE", "VEN", "USA")),
    ("Serbia assented to the European Union's request on Thursday.", ("AGREE", "SRB", "EU")),
    ("Qatar proffered its condolences to Turkey after the earthquake.", ("SUPPORT", "QAT", "TUR")),
    ("Iran proffered a new proposal to the International Atomic Energy Agency.", ("AGREE", "IRN", "IAEA")),
    ("Mexico renegotiated the trade pact with the United States.", ("CONSULT", "MEX", "USA")),
    ("Kenya bargained with Ethiopia over the dam.", ("CONSULT", "KEN", "ETH")),
    ("India's foreign minister felicitated the Sri Lankan government on the election.", ("SUPPORT", "IND", "LKA")),
    ("Israel shelved the talks with the Palestinian Authority.", ("REJECT", "ISR", "PSE")),
    ("A Moscow court remanded the American journalist in custody on Friday.", ("COERCE", "RUS", "USA")),
    ("Rebels wrested control of the town from government forces.", ("COERCE", "GEN_REBELS", "GEN_MILITARY")),
    ("Britain sequestered the assets of the Russian oligarch.", ("COERCE", "GBR", "RUS")),
    ("Taliban fighters commandeered United Nations vehicles in Kandahar.", ("COERCE", "TALIBAN", "UN")),
    ("Britain proscribed Hamas in 2021.", ("COERCE", "GBR", "HAMAS")),
    ("Russian warships cannonaded the Ukrainian port.", ("ASSAULT", "RUS", "UKR")),
    ("The Pakistani army butchered Bengali villagers.", ("ASSAULT", "PAK", "GRP_BENGALI_VILLAGERS")),
    ("Insurgents dynamited a bridge near Mosul.", ("ASSAULT", "GEN_REBELS", "IRQ")),
    ("Gunmen waylaid Nigerian soldiers near Kaduna.", ("ASSAULT", "GEN_ARMED_GROUPS", "NGA")),
    ("The rebels parleyed with the army for two days.", ("CONSULT", "GEN_REBELS", "GEN_MILITARY")),
    # phrasal troponyms (a particle and, where the verb has other senses, the objects it takes)
    ("Israeli forces tore down Palestinian homes in Hebron.", ("ASSAULT", "ISR", "PSE")),
    ("Indian troops drove back Chinese soldiers at the border.", ("ASSAULT", "IND", "CHN")),
    ("Kenyan police roughed up Ugandan journalists in Nairobi.", ("ASSAULT", "KEN", "UGA")),
    # nouns: synonyms, hyponyms and the nouns of listed verbs
    ("Washington's vilification of Chinese companies angered Beijing.", ("ACCUSE", "USA", "CHN")),
    ("Russia's demonization of Ukraine continued on state television.", ("ACCUSE", "RUS", "UKR")),
    ("The Cuban leader delivered a tirade against the United States.", ("ACCUSE", "CUB", "USA")),
    ("Armenia rejected Azerbaijan's counterproposal on the border.", ("AGREE", "AZE", "ARM")),
    ("Modi sent felicitations to the Nepalese prime minister.", ("SUPPORT", "PER_NARENDRA_MODI", "NPL")),
    ("The World Bank announced the disbursement of $500 million to Pakistan.", ("AID", "WORLD_BANK", "PAK")),
    ("The encirclement of Mariupol by Russian forces was completed.", ("COERCE", "RUS", "UKR")),
    ("Residents described the pounding of Kharkiv by Russian artillery.", ("ASSAULT", "RUS", "UKR")),
    ("Iran's maltreatment of British prisoners angered London.", ("ASSAULT", "IRN", "GBR")),
    ("Russia's destruction of the Kakhovka dam flooded Kherson.", ("ASSAULT", "RUS", "UKR")),
    ("Israel's demolition of Palestinian homes in Jerusalem drew criticism from the European Union.",
     ("ASSAULT", "ISR", "PSE")),
    ("Hamas condemned the Israeli onslaught on Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("The slaying of the journalist by Saudi agents shocked Turkey.", ("ASSAULT", "SAU", None)),
    ("The Somali pirates' hijack of the Indian tanker ended on Friday.", ("ASSAULT", "SOM", "IND")),
    ("Soldiers launched a putsch against the president of Burkina Faso.", ("COERCE", "GEN_MILITARY", "BFA")),  # a coup seizes power (senses19)
    ("The incarceration of the journalist by Iran drew protests.", ("COERCE", "IRN", None)),
])
def test_a_wordnet_wording_codes_the_act(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, row", [
    # "cease-fire" (WordNet's spelling of ceasefire) parses as cease/compound + fire: a truce, not firing
    ("The cease-fire between Israel and Hamas held on Monday.", ("RETREAT", "ISR", "HAMAS")),
    ("Hamas broke the cease-fire with Israel.", ("ASSAULT", "HAMAS", "ISR")),
    ("Russia violated the cease-fire in Donbas.", ("ASSAULT", "RUS", "UKR")),  # (Donbas, disputed: the claimant other than the doer, places18)
])
def test_a_cease_fire_is_a_truce(res, text, row):
    assert row in rows(res, text), rows(res, text)
    if row[0] == "RETREAT":
        assert not any(e.type == "ASSAULT" for e in coded_events(res, text)), rows(res, text)


@pytest.mark.parametrize("text, row", [
    # a hyphenated spelling of a listed noun ("build-up" for buildup) parses as build/compound + up
    ("Russia's military build-up near Ukraine alarmed NATO.", ("MOBILIZE", "RUS", "UKR")),
    ("The Chinese crack-down on Uyghurs drew criticism from Turkey.", ("COERCE", "CHN", "ORG_UYGHURS")),
    ("The police round-up of Afghan migrants in Pakistan continued.", ("COERCE", "PAK", "AFG")),
    ("The hand-over of Hong Kong to China took place in 1997.", ("RETREAT", None, "CHN")),
])
def test_a_hyphenated_spelling_is_the_listed_noun(res, text, row):
    assert row in rows(res, text), rows(res, text)


def test_beating_back_an_assault_is_a_clash_not_a_beating(res):
    """"beat back" (a troponym of repel) takes the attackers or their attack; a plain "beat" is a beating."""
    events = [e for e in coded_events(res, "Ukrainian troops beat back a Russian assault near Bakhmut.")
              if e.type == "ASSAULT"]
    assert events and all(e.mode == "sideAB" for e in events), [(e.type, e.mode) for e in events]
    beaten = [e for e in coded_events(res, "The police beat the protesters in Tehran.") if e.type == "ASSAULT"]
    assert [e.mode for e in beaten] == ["beat"]


@pytest.mark.parametrize("text, kind", [
    # the other senses of the same words: no such act
    ("The farmers butchered the sheep for the feast.", "ASSAULT"),
    ("The bank shelved the plan to open a branch in Lagos.", "REJECT"),
    ("The president vowed to conquer inflation.", "COERCE"),
    ("The protesters set off fireworks outside the embassy.", "ASSAULT"),
    ("The earthquake caused widespread destruction in Turkey.", "ASSAULT"),
    ("Ukraine celebrated the retaking of Kherson.", "COERCE"),
    ("The pounding rain flooded Dhaka on Monday.", "ASSAULT"),
    ("The government tore down trade barriers with Kenya.", "ASSAULT"),
    ("The police drove the protesters back.", "ASSAULT"),
])
def test_another_sense_is_no_act(res, text, kind):
    assert not any(e.type == kind for e in coded_events(res, text)), rows(res, text)
