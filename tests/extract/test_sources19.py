"""The source (agent) of a trigger (branch sources19): a raising passive's infinitive, a state's justice told
without its doer, a pronoun pointing ahead from a fronted adverbial clause, a verb after an aside read as an
adjective, a subject hung loose before an aside, a junta as its state's institution. Invented sentences."""

from __future__ import annotations

import pytest
from helpers import coded_pairs


def _has(found, row) -> bool:
    return any(all(w is None or w == g for g, w in zip(got, row)) for got in found)


@pytest.mark.parametrize("text, row", [
    # an infinitive hung as a purpose clause on a raising passive is its subject's act
    ("Poland is set to expel two Belarusian diplomats.", ("SANCTION", "POL", "BLR")),
    ("Kenya is poised to deploy police officers to Haiti.", ("AID", "KEN", "HTI")),
    # a junta is its state's institution: "it" after it is the state
    ("Niger's junta expelled the French ambassador. It also banned French flights.", ("COERCE", "NER", "FRA")),
    # a state's justice with no doer, or an unnamed authority, is the state of the people it falls on
    ("Cambodian opposition leader Kem Sokha was arrested on Sunday, his party said.", ("COERCE", "KHM", "PER_KEM_SOKHA")),
    ("Authorities are investigating former Bolivian president Evo Morales over alleged fraud.",
     ("ACCUSE", "BOL", "PER_EVO_MORALES")),
    ("Police arrested former Pakistani prime minister Imran Khan on Tuesday.", ("COERCE", "PAK", "PER_IMRAN_KHAN")),
    ("Britain condemned Monday's arrest of Georgian opposition leader Nika Melia.", ("COERCE", "GEO", "PER_NIKA_MELIA")),
    # the subject pronoun of a fronted adverbial clause points ahead to its clause's subject
    ("When it expelled the Dutch ambassador in May, Turkey also recalled its own envoy.", ("SANCTION", "TUR", "NLD")),
    ("Before it cut ties with Qatar, Bahrain had accused Doha of meddling.", ("SANCTION", "BHR", "QAT")),
    # a past form after an aside, parsed as an adjective of its own object, is the verb of the sentence
    ("Chad's army, backed by French jets, bombed rebel positions.", ("ASSAULT", "TCD", None)),
    ("Iran's navy, supported by Russian ships, seized a Greek tanker.", ("COERCE", "IRN", "GRC")),
    # a name opening the sentence hung loose before an aside is the verb's subject
    ("Azerbaijan, citing security concerns, closed the Lachin corridor to Armenian traffic.", ("COERCE", "AZE", "ARM")),
    # an act noun told from the side of whom it falls on
    ("Estonia was the target of a Russian cyberattack in 2007.", ("ASSAULT", "RUS", "EST")),
    ("Georgia was targeted by Russian cyberattacks in 2008.", ("ASSAULT", "RUS", "GEO")),
    ("Lithuania was hit with trade restrictions by China.", ("COERCE", "CHN", "LTU")),
    ("Laos benefited from Chinese loans for the railway.", ("AID", "CHN", "LAO")),
    # under a verb of undergoing, "from" names the act's doer whatever its type
    ("Moldova faces new sanctions from Russia after the vote.", (None, "RUS", "MDA")),
    ("Russia faced expulsion from the Council of Europe.", ("SANCTION", "COUNCIL_OF_EUROPE", "RUS")),
    # the passive subject of a giving light verb with its object left gets what is given
    ("Sri Lanka was given a $3 billion bailout by the IMF.", ("AID", "IMF", "LKA")),
    ("Ukraine was handed a new loan by the European Union.", ("AID", "EU", "UKR")),
    # "officials in X said they ...": the state whose seat the place phrase names
    ("Officials in Baku said they had detained three Armenian soldiers.", ("COERCE", "AZE", "ARM")),
    ("Diplomats from Seoul said they had met North Korean envoys.", ("CONSULT", "KOR", "PRK")),
    # forces named by no country, in what a state's own side reports, are that state's
    ("A spokesman for the Nigerian army said troops had killed 20 Boko Haram fighters.", ("ASSAULT", "NGA", "BOKO_HARAM")),
    # a name no actor stands for, described by an appositive organisation noun, is that organisation
    ("Norvela, a Danish shipping company, suspended deliveries to Iran.", ("SANCTION", "ORG_NORVELA", "IRN")),
    ("Kestrel Arms, a Czech defence firm, sold rifles to Ukraine.", (None, "ORG_KESTREL_ARMS", "UKR")),
    # a release "from X custody", hung on the captives or on the passive, is done by the holder
    ("Kenya negotiated the release of four Ugandan hostages from Taliban custody on Monday.", ("RETREAT", "TALIBAN", "UGA")),
    ("Four Ugandan hostages were released from Taliban custody on Monday.", ("RETREAT", "TALIBAN", "UGA")),
    # "X-led" on an act noun names its doer; a town's possessive on an act noun is whom it falls on
    ("The Saudi-led blockade of Qatar ended in 2021.", ("COERCE", "SAU", "QAT")),
    ("Kharkiv's shelling by Russian forces continued on Monday.", ("ASSAULT", "RUS", "UKR")),
    ("Beijing's sanctions on Lithuania angered Vilnius.", (None, "CHN", "LTU")),
])
def test_source_found(res, text, row):
    found = coded_pairs(res, text)
    assert _has(found, row), found


@pytest.mark.parametrize("text, bad", [
    # a purpose clause on an ordinary passive is not its patient's act
    ("Two Russian diplomats were expelled to punish Moscow.", ("ACCUSE", "RUS", "RUS")),
    # an arrest abroad is not the home state's: the place names the doer
    ("American journalist Evan Gershkovich was arrested in Yekaterinburg in March.", ("COERCE", "USA", None)),
    # a charge the person answers is someone else's allegation, no act of the person's state
    ("Ethiopian ambassador Taye Atske-Selassie rejected the charge on Tuesday.", ("ACCUSE", "ETH", None)),
    # a people of several states: no one state is the doer
    ("Two Kenyan and three Ugandan activists were detained on Friday.", ("COERCE", "KEN", None)),
    # a time opening the sentence is no subject
    ("Monday, citing security concerns, closed the border with Armenia.", ("COERCE", "ARM", None)),
    # a target told as a mere object of thought is no act undergone
    ("Japan was the focus of a Chinese documentary.", ("ASSAULT", "CHN", "JPN")),
    # unnamed witnesses, or sayers of two states, give unnamed troops no state
    ("Witnesses said troops had fired on protesters in Khartoum.", ("ASSAULT", "SDN", None)),
    ("The French and German ministers said troops had left Mali.", ("RETREAT", "FRA", None)),
    # protesters are no officials: their place names no state that speaks
    ("Protesters in Tbilisi said they would block parliament.", (None, "GEO", None)),
    # a town does not besiege itself
    ("Mariupol's siege lasted three months.", ("COERCE", "UKR", None)),
    # the described organisation, not the state its appositive names, acts
    ("Norvela, a Danish shipping company, suspended deliveries to Iran.", ("SANCTION", "DNK", "IRN")),
])
def test_no_source_guess(res, text, bad):
    found = coded_pairs(res, text)
    assert not _has(found, bad), found
