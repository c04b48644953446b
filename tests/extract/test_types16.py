"""Invented sentences: acts whose trigger word the lexicon lacked, found from the 2021 CAMEO->PLOVER table code
family by code family and from word formation -- the nouns of listed verbs ("severance", "redeployment",
"repeal"), particle verbs ("threw out", "drove out", "phased out") and the verbs of listed acts ("waived",
"infiltrated") -- and the other senses of the same words, which are no such act (a drum beaten, a
portrait hung, food poisoning, a factory closed, a quota of hires)."""

from __future__ import annotations

import pytest
from helpers import coded_events


def rows(res, text):
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in coded_events(res, text)}


@pytest.mark.parametrize("text, row", [
    # COERCE 163: caps and quotas on a state's goods
    ("Washington slapped quotas on Chinese steel on Monday.", ("COERCE", "USA", "CHN")),
    ("The European Union imposed a price cap on Russian oil on Monday.", ("COERCE", "EU", "RUS")),
    # RETREAT 085 / CONCEDE 081: a sanction or a requirement waived
    ("The United States waived sanctions on Venezuelan oil on Monday.", ("RETREAT", "USA", "VEN")),
    ("Greece waived visa requirements for Turkish tourists on Monday.", ("CONCEDE", "GRC", "TUR")),
    # particle verbs: SANCTION 166, ASSAULT 190, SANCTION 162
    ("Mali's junta threw out the UN mission on Monday.", ("SANCTION", "MLI", "UN")),
    ("The Taliban drove out ISIS fighters from Jalalabad on Monday.", ("ASSAULT", "TALIBAN", "ISIS")),
    ("Germany phased out gas imports from Russia last year.", ("SANCTION", "DEU", "RUS")),
    # ASSAULT 190: an incursion
    ("Russian troops infiltrated Ukrainian lines near Bakhmut on Monday.", ("ASSAULT", "RUS", "UKR")),
    # nouns of listed verbs
    ("Algeria's severance of ties with Morocco angered Rabat.", ("SANCTION", "DZA", "MAR")),
    ("Russia's redeployment of troops to the Finnish border alarmed Helsinki.", ("MOBILIZE", "RUS", "FIN")),
    ("The harassment of Indian fishermen by the Sri Lankan navy continued.", ("COERCE", "LKA", "IND")),
    ("Bolivia's nationalisation of Spanish gas firms angered Madrid.", ("COERCE", "BOL", "ESP")),
    ("Pakistan's closure of the Torkham crossing angered Kabul.", ("COERCE", "PAK", "AFG")),  # (a crossing two states share: the other, places18)
    ("Iran's mistreatment of British prisoners angered London.", ("ASSAULT", "IRN", "GBR")),
    ("The hanging of two protesters by Iran drew condemnation from France.", ("ASSAULT", "IRN", "GEN_PROTESTERS")),
    ("Sudan's overthrow of Bashir surprised Egypt.", ("ASSAULT", "SDN", "PER_BASHIR")),
    ("China's relaxation of restrictions on Australian coal pleased Canberra.", ("RETREAT", "CHN", "AUS")),
    ("Iran's freeing of two French hostages pleased Paris.", ("RETREAT", "IRN", "FRA")),
    ("Armenia's cession of villages to Azerbaijan angered protesters.", ("RETREAT", "ARM", "AZE")),
    # COERCE 1721: broadcasts cut off; 191: waters closed to a state's ships
    ("A Dutch satellite firm cut off the broadcasts of two Russian channels on Friday.", ("COERCE", "NLD", "RUS")),
    ("Egypt closed the Suez Canal to Israeli ships.", ("COERCE", "EGY", "ISR")),
    # light verb + event noun: ACCUSE 114, COERCE 173
    ("Poland submitted a protest note to Russia on Monday.", ("ACCUSE", "POL", "RUS")),
    ("Iran handed down death sentences to two protesters on Monday.", ("COERCE", "IRN", "GEN_PROTESTERS")),
    # light verbs of presenting and of widening or hardening an act: the event noun tells the act
    ("The United States unveiled new sanctions against Russia on Monday.", ("COERCE", "USA", "RUS")),
    ("Ghana tabled a proposal to ECOWAS on Monday.", ("AGREE", "GHA", "ECOWAS")),
    ("Israel ramped up airstrikes on Gaza on Monday.", ("ASSAULT", "ISR", "PSE")),
    ("The EU broadened sanctions against Iran on Monday.", ("COERCE", "EU", "IRN")),
    ("China toughened restrictions on Japanese seafood on Monday.", ("COERCE", "CHN", "JPN")),
    ("Japan deepened cooperation with the Philippines on Monday.", ("COOPERATE", "JPN", "PHL")),
    # ASSAULT 190: a military or ground operation
    ("Turkey launched a military operation against Kurdish fighters in Syria on Monday.",
     ("ASSAULT", "TUR", "GRP_KURDISH_FIGHTERS")),
    ("Israel expanded its ground operation against Hamas on Monday.", ("ASSAULT", "ISR", "HAMAS")),
    # the noun of a light verb stands for it: its possessor or "by" phrase does the act in its "of" phrase
    ("The EU's imposition of sanctions on Russia angered Moscow.", ("COERCE", "EU", "RUS")),
    ("Washington's introduction of tariffs on Chinese steel angered Beijing.", ("COERCE", "USA", "CHN")),
    ("Israel's escalation of strikes on Lebanon alarmed France.", ("ASSAULT", "ISR", "LBN")),
    # nouns of listed AID and ASSAULT verbs
    ("Jordan's airdrops of food into Gaza continued on Monday.", ("AID", "JOR", "PSE")),
    ("Iran's arming of the Houthis angered Saudi Arabia.", ("AID", "IRN", "HOUTHIS")),
    ("Qatar's financing of Hamas angered Israel.", ("AID", "QAT", "HAMAS")),
    ("Canada's resettlement of Afghan refugees began on Monday.", ("AID", "CAN", "AFG")),
    ("The torching of the Swedish embassy by Iraqi protesters angered Stockholm.", ("ASSAULT", "IRQ", "SWE")),
])
def test_a_missing_wording_codes_the_act(res, text, row):
    assert row in rows(res, text), rows(res, text)


@pytest.mark.parametrize("text, kind", [
    # the noun's act, with the doer told by "by" or the possessor
    ("Beijing's suppression of protests in Hong Kong drew criticism from Britain.", "COERCE"),
    ("The beating of Uyghur detainees by Chinese guards was documented.", "ASSAULT"),
    ("The poisoning of the opposition leader by Russian agents angered Germany.", "ASSAULT"),
    ("Azerbaijan's recapture of Shusha from Armenian forces was celebrated in Baku.", "COERCE"),
    ("Uzbekistan's repeal of the law on foreign agents pleased the European Union.", "CONCEDE"),
    ("The whipping of two women by the Taliban angered the UN.", "ASSAULT"),
    ("The hostage-taking in southern Israel by Hamas shocked the world.", "ASSAULT"),
    ("Russia's call-up of reservists alarmed Kazakhstan.", "MOBILIZE"),
])
def test_a_missing_noun_names_the_act(res, text, kind):
    assert any(e.type == kind for e in coded_events(res, text)), rows(res, text)


@pytest.mark.parametrize("text, kind", [
    # the other senses of the same words: no such act
    ("The beating of drums opened the festival in Accra.", "ASSAULT"),
    ("The hanging of the president's portrait in parliament angered the opposition.", "ASSAULT"),
    ("Lead poisoning spread among children in northern Nigeria.", "ASSAULT"),
    ("The poisoning of the river by a mining firm sickened villagers in Nigeria.", "ASSAULT"),
    ("The closure of the car factory cost 3,000 jobs in Turin.", "COERCE"),
    ("The ministry met its quota of new teachers in March.", "COERCE"),
    ("The relaxation of muscles helps patients sleep.", "RETREAT"),
    ("The cessation of aid to Gaza alarmed the United Nations.", "RETREAT"),
    ("The team drove out of the stadium after the match.", "ASSAULT"),
    ("The band threw out its old songs before the tour.", "SANCTION"),
    ("Exclusion from school harms refugee children.", "SANCTION"),
    ("The storm cut off the village from the town on Monday.", "COERCE"),
    ("The judge read out the sentence in court on Monday.", "COERCE"),
    ("The dam closed the bay to fishing boats.", "COERCE"),
    ("The minister thanked Kenya for backing Moscow's special military operation.", "ASSAULT"),
])
def test_another_sense_is_no_act(res, text, kind):
    assert not any(e.type == kind for e in coded_events(res, text)), rows(res, text)


@pytest.mark.parametrize("text", [
    # a light verb with no event noun, and an operation that is no armed act: no event at all
    "The museum unveiled a statue of the king on Monday.",
    "The factory ramped up production on Monday.",
    "The government widened the road to the airport.",
    "Kenya launched a rescue operation in Mombasa on Monday.",
    "The launch of the new phone drew crowds in Tokyo.",
    "The extension of the deadline pleased students.",
    "The financing of the new stadium was approved.",
    "The rescue of the stranded hikers took six hours.",
    "The whipping of cream takes time.",
    "The call-up of the striker to the national team pleased fans.",
])
def test_no_event_noun_no_event(res, text):
    assert not coded_events(res, text), rows(res, text)
