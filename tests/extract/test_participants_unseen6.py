"""Participants on unseen sentences, round 6: an act named as the subject of another act (its own doer
does what it does), the infinitive of an endeavour noun (its owner acts), a "by" phrase on a deed inside
a protest or judgement (the deed's doer, not the protesters), custody (the custodian holds the person),
and a passive's agent told after a long complement. Invented sentences; each case asserts the (type,
source, target) a careful analyst would code, a code matching an actor's id or its country ("*": any
actor, None: no actor)."""

from __future__ import annotations

import pytest
from helpers import assert_found as _case
from helpers import coded_flat as _events
from helpers import side_is as _is

# ------------------------------------------------------------------ A. an act as the subject of an act

@pytest.mark.parametrize("text,typ,source,target", [
    ("The bombing by al-Shabaab killed 20 Kenyan soldiers.", "ASSAULT", "AL_SHABAAB", "KEN"),
    ("The attack by Boko Haram killed 15 Chadian soldiers.", "ASSAULT", "BOKO_HARAM", "TCD"),
    ("An ambush by the Taliban killed six Pakistani soldiers.", "ASSAULT", "TALIBAN", "PAK"),
    ("Hezbollah launched a rocket barrage that wounded five Israeli soldiers.", "ASSAULT", "HEZBOLLAH", "ISR"),
    ("The raid carried out by Israeli troops killed two Palestinian teenagers.", "ASSAULT", "ISR", "PSE"),
    ("The offensive launched by Azerbaijan killed dozens of Armenian soldiers.", "ASSAULT", "AZE", "ARM"),
    ("The assault by Russian forces destroyed a Ukrainian hospital.", "ASSAULT", "RUS", "UKR"),
    ("Hamas called a general strike that shut down the West Bank.", "COERCE", "HAMAS", "PSE"),
    ("The general strike that Hamas called shut down the West Bank.", "COERCE", "HAMAS", "PSE"),
    ("A Saudi-led air strike killed 30 Houthi fighters.", "ASSAULT", "SAU", "HOUTHIS"),
    ("A US-led air strike killed 12 Islamic State fighters.", "ASSAULT", "USA", "*"),
    ("A suicide bombing claimed by the Islamic State killed 14 Afghan police officers.", "ASSAULT", "ISIS", "AFG"),
    ("A wave of raids by the Egyptian authorities detained dozens of Sudanese refugees.", "COERCE", "EGY", "SDN"),
    ("A series of raids by Turkish police detained 40 Syrian refugees.", "COERCE", "TUR", "SYR"),
    ("The shelling by Armenian forces wounded three Azerbaijani civilians.", "ASSAULT", "ARM", "AZE"),
])
def test_an_act_as_subject_is_done_by_its_own_doer(text, typ, source, target):
    _case(text, typ, source, target)


@pytest.mark.parametrize("text,victim", [
    ("The bombing of the Iraqi parliament by Islamic State killed five people.", "IRQ"),
    ("The shelling of Armenian villages killed two shepherds.", "ARM"),
])
def test_an_acts_victim_does_not_do_what_the_act_does(text, victim):
    # what the act fell on ("the bombing of X") is not the doer of its consequences
    evs = _events(text)
    assert not any(e.type == "ASSAULT" and _is(e.source, victim) for e in evs)


def test_a_judged_act_as_subject_names_no_judge():
    # "the attack France condemned killed ...": the one who condemns it did not kill anyone
    for text in ("The attack condemned by France killed 12 Malian soldiers.",
                 "The attack, which Russia condemned, killed ten Ukrainian soldiers."):
        evs = _events(text)
        judge = "FRA" if "France" in text else "RUS"
        assert any(e.type == "ACCUSE" and _is(e.source, judge) for e in evs)
        assert not any(e.type == "ASSAULT" and _is(e.source, judge) for e in evs)


# ------------------------------------------------------------------ B. the owner of an endeavour acts

@pytest.mark.parametrize("text,typ,source,target", [
    ("France began a drive to pressure Mali to hold elections.", "REQUEST", "FRA", "MLI"),
    ("Qatar launched an initiative to mediate between Hamas and Israel.", "CONSULT", "QAT", "ISR"),
    ("In an effort to persuade Turkey to lift its veto, Sweden amended its laws.", "REQUEST", "SWE", "TUR"),
    ("In a bid to isolate Taiwan, China poached two of its allies.", "SANCTION", "CHN", "TWN"),
    ("Norway made an attempt to mediate between Colombia and the FARC.", "CONSULT", "NOR", "COL"),
    ("Germany launched a campaign to isolate Russia diplomatically.", "SANCTION", "DEU", "RUS"),
    ("Turkey's attempt to persuade Sweden to extradite the activists failed.", "REQUEST", "TUR", "SWE"),
    ("Iran mounted a campaign to pressure Iraq to expel American troops.", "REQUEST", "IRN", "IRQ"),
    ("Kenya cut ties with Somalia in a bid to pressure Mogadishu to drop its maritime claim.", "REQUEST", "KEN", "SOM"),
    ("Washington imposed tariffs in a bid to force China to change its trade practices.", "COERCE", "USA", "CHN"),
    ("Egypt sent envoys to Khartoum in an attempt to persuade Sudan's generals to accept a truce.", "REQUEST",
     "EGY", "SDN"),
    ("Russia made a bid to persuade Turkey to block Sweden's NATO membership.", "REQUEST", "RUS", "TUR"),
    ("An attempt by Algeria to mediate between Mali and the Tuareg rebels collapsed.", "CONSULT", "DZA", "MLI"),
    ("The campaign by Ukraine to persuade Hungary to lift its veto intensified.", "REQUEST", "UKR", "HUN"),
    ("Efforts by Kenya to persuade Ethiopia to withdraw its troops have stalled.", "REQUEST", "KEN", "ETH"),
    ("Brazil joined an effort to persuade Venezuela to hold free elections.", "REQUEST", "BRA", "VEN"),
])
def test_an_endeavours_infinitive_is_its_owners(text, typ, source, target):
    _case(text, typ, source, target)


# ------------------------------------------------------------------ C. "its demand": the clause's subject's

@pytest.mark.parametrize("text,typ,source,target", [
    ("Hamas insisted on its demand that Israel release Palestinian prisoners.", "REQUEST", "HAMAS", "ISR"),
    ("Ecuador renewed its call for Colombia to return the seized boats.", "REQUEST", "ECU", "COL"),
    ("Kenya renewed its call for Somalia to expel the militants.", "REQUEST", "KEN", "SOM"),
    ("Armenia stood by its demand that Azerbaijan withdraw its troops.", "REQUEST", "ARM", "AZE"),
    ("Ukraine reiterated its appeal to Germany to send tanks.", "REQUEST", "UKR", "DEU"),
    ("Serbia pressed its demand that Kosovo dismantle its police units.", "REQUEST", "SRB", "XKX"),
    ("The opposition coalition, National Salvation Front (NSF), insisted on its demand that Egypt free the "
     "prisoners.", "REQUEST", "ORG_NATIONAL_SALVATION_FRONT", "EGY"),
    ("The rebel group, Movement for Justice (MFJ), repeated its call for Chad to free detainees.", "REQUEST",
     "ORG_MOVEMENT_FOR_JUSTICE", "TCD"),
    ("Mali's junta repeated its demand that France pull out its troops.", "REQUEST", "MLI", "FRA"),
    ("The militia, Popular Defence Army (PDA), renewed its call for Sudan to lift the siege.", "REQUEST", "*", "SDN"),
    ("The rebels renewed their demand that Angola withdraw troops.", "REQUEST", "*", "AGO"),
    ("The FLEC rebels insisted on their demand that Angola free all prisoners.", "REQUEST", "*", "AGO"),
    ("Angola demanded that Zambia withdraw troops from the border.", "REQUEST", "AGO", "ZMB"),
])
def test_a_possessive_on_a_request_is_the_subjects(text, typ, source, target):
    _case(text, typ, source, target)


# ------------------------------------------------------------------ D. a deed's "by" phrase is the deed's

@pytest.mark.parametrize("text,typ,source,target", [
    ("Yemeni students organised marches against abuses by the Saudi army.", "PROTEST", "YEM", "SAU"),
    ("Iraqi students staged rallies against detentions by the Iranian army.", "PROTEST", "IRQ", "IRN"),
    ("Farmers marched against land seizures by the Ugandan army.", "PROTEST", "*", "UGA"),
    ("Activists rallied against killings by Nigerian soldiers.", "PROTEST", "*", "NGA"),
    ("Pakistani students rallied against the detention of activists by Indian forces.", "PROTEST", "PAK", "IND"),
    ("Lebanese students held protests over violations by Israeli troops.", "PROTEST", "LBN", "ISR"),
    ("Rohingya refugees rallied against atrocities by the Myanmar army.", "PROTEST", "*", "MMR"),
    ("Indian students protested against repression by Chinese authorities in Tibet.", "PROTEST", "IND", "CHN"),
    ("The EU imposed sanctions over human rights abuses by Belarusian security forces.", "COERCE", "EU", "BLR"),
    ("Ethiopia denounced the killings of civilians by Eritrean troops.", "ACCUSE", "ETH", "ERI"),
    ("Ethiopia denounced the killings of civilians by Eritrean troops.", "ASSAULT", "ERI", "*"),
])
def test_a_deeds_doer_is_the_protested(text, typ, source, target):
    _case(text, typ, source, target)


def test_a_deed_answered_is_not_whom_an_arrest_falls_on():
    # the men arrested are the arrest's patients; the gang whose killings prompted it is not said to be arrested
    evs = _events("Police arrested dozens of men over killings by a Somali gang.")
    assert not any(e.type == "COERCE" and e.target is not None and e.target.country == "SOM" for e in evs)


@pytest.mark.parametrize("text,wrong", [
    ("Yemeni students organised marches against abuses by the Saudi army.", "SAU"),
    ("Refugees held protests against atrocities by Myanmar soldiers.", "MMR"),
    ("Kurdish women organised a rally against violations by Turkish troops.", "TUR"),
])
def test_a_deeds_doer_does_not_protest(text, wrong):
    evs = _events(text)
    assert any(e.type == "PROTEST" for e in evs)
    assert not any(e.type == "PROTEST" and _is(e.source, wrong) for e in evs)


# ------------------------------------------------------------------ E. custody: the custodian holds the person

@pytest.mark.parametrize("text,typ,source,target", [
    ("Two Canadians are being held in Chinese custody.", "COERCE", "CHN", "CAN"),
    ("An American citizen died in Russian custody.", "COERCE", "RUS", "USA"),
    ("Three Filipino fishermen are being held in Chinese custody.", "COERCE", "CHN", "PHL"),
    ("A Palestinian prisoner was tortured in Israeli custody.", "ASSAULT", "ISR", "PSE"),
    ("A Palestinian prisoner was tortured in Israeli custody.", "COERCE", "ISR", "PSE"),
    ("Two Saudi dissidents were beaten in the custody of Egyptian police.", "ASSAULT", "EGY", "SAU"),
    ("Two Saudi dissidents were beaten in the custody of Egyptian police.", "COERCE", "EGY", "SAU"),
    ("A Syrian refugee was killed in Lebanese army custody.", "ASSAULT", "LBN", "SYR"),
    ("A Dutch engineer fell ill while in the custody of Venezuelan intelligence agents.", "COERCE", "VEN", "NLD"),
    ("A Mexican journalist died in the custody of US immigration officials.", "COERCE", "USA", "MEX"),
    ("The Sri Lankan refugee was abused while in Australian custody.", "ASSAULT", "AUS", "LKA"),
])
def test_the_custodian_holds_the_person(text, typ, source, target):
    _case(text, typ, source, target)


def test_the_person_in_custody_is_no_custodian():
    # no custodian named: the one held holds no one
    evs = _events("Ahmed Mansour later died in custody.")
    assert not any(e.type == "COERCE" and e.source is not None for e in evs)


# ------------------------------------------------------------------ F. a passive's agent after a long complement

@pytest.mark.parametrize("text,typ,source,target", [
    ("Deposed leader Bongo has been accused of embezzling oil revenue, part of it allegedly hidden in Paris "
     "villas, by Gabonese prosecutors.", "ACCUSE", "GAB", "PER_BONGO"),
    ("Former governor Kabila has been accused of siphoning customs revenue, much of it said to have been wired "
     "to Dubai, by officials of the Congolese government.", "ACCUSE", "COD", "PER_KABILA"),
    ("Khan has been accused of leaking state secrets, some of them reportedly sold to foreign agents, "
     "by Pakistani prosecutors.", "ACCUSE", "PAK", "PER_KHAN"),
    ("Iran was criticised for supplying drones to Russia by the European Union.", "ACCUSE", "EU", "IRN"),
    ("Venezuela was accused of harbouring Colombian rebels by the Colombian government.", "ACCUSE", "COL", "VEN"),
    ("Iran was accused of supplying drones, dozens of which have struck Ukrainian cities, by Kyiv.", "ACCUSE",
     "UKR", "IRN"),
    ("Venezuela was accused of shielding Colombian guerrillas, many of whom are wanted for kidnapping, by "
     "Colombia.", "ACCUSE", "COL", "VEN"),
])
def test_a_late_by_phrase_is_the_passives_agent(text, typ, source, target):
    _case(text, typ, source, target)


def test_a_by_phrase_of_means_stays_put():
    evs = _events("Venezuela was accused of smuggling fuel into Colombia by boat.")
    assert not any(e.type == "ACCUSE" and e.source is not None and e.source.actor_id == "COL" for e in evs)

