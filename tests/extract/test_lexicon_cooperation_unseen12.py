"""Invented sentences: everyday wordings of the cooperative and yielding acts, one or more per CAMEO code family
that CAMEO2PLOVER-2021 maps to AGREE (03), CONSULT (04), SUPPORT (05), COOPERATE (06), AID (07), CONCEDE and
RETREAT (08) and REQUEST (10) -- verbs, nouns and light verb + noun ("threw its weight behind X", "made peace
with X", "came to the aid of X", "set free prisoners", "let aid trucks into X", "granted X's request"), with
the prepositions that mark the recipient (data/triggers.yaml). "called for X to leave" asks X, as "called on
X to leave" does: an infinitive's "for" counts as the verb's preposition (extract/events/triggers.py).
Conjoined doers of a joint act whose only named recipient is generic act on each other ("A and B swapped
prisoners": each frees the other's; extract/events/pairs.py). Police officers arriving abroad are a mission, not a visit.
Backing or pulling out of a deal leaves it (SANCTION, as withdrawing from it does): the "of" phrase that hangs
on "out" is the verb's object.
Negative cases keep the broad verbs ("back", "press", "speak out", "visit", "let") to their senses."""

from __future__ import annotations

import pytest
from helpers import coded_events, coded_pairs


def _pairs(res, text):
    return coded_pairs(res, text, "2025-06-10")


@pytest.mark.parametrize("text, row", [
    # 03 AGREE: intent to cooperate, to aid, to yield, to meet, to settle
    ("Sudan signalled readiness to negotiate with Chad.", ("AGREE", "SDN", "TCD")),
    ("Vietnam signalled its willingness to work with Cambodia on river management.", ("AGREE", "VNM", "KHM")),
    ("Peru showed its readiness to cooperate with Chile on fisheries.", ("AGREE", "PER", "CHL")),
    ("Norway expressed its readiness to cooperate with Iceland on fisheries.", ("AGREE", "NOR", "ISL")),
    ("Canada offered peacekeepers to Haiti.", ("AGREE", "CAN", "HTI")),
    ("Qatar offered to mediate between Ethiopia and Eritrea.", ("AGREE", "QAT", "ETH")),
    ("Ghana pledged $40 million in aid to Togo.", ("AGREE", "GHA", "TGO")),
    ("Colombia made peace with Venezuela after years of hostility.", ("AGREE", "COL", "VEN")),
    ("Bolivia struck a deal with Paraguay on gas exports.", ("AGREE", "BOL", "PRY")),
    ("Benin committed 2,000 soldiers to Haiti.", ("AGREE", "BEN", "HTI")),
    # 04 CONSULT: talks, calls, visits, hosting, mediation
    ("A Kenyan trade delegation paid a visit to Tanzania.", ("CONSULT", "KEN", "TZA")),
    ("The Thai prime minister dialled his Malaysian counterpart on Sunday.", ("CONSULT", "THA", "MYS")),
    ("Iran reached out to Bahrain last week.", ("CONSULT", "IRN", "BHR")),
    ("Oman hosted talks between Iran and the United States.", ("CONSULT", "IRN", "USA")),
    ("Egyptian mediators shuttled between Israel and Hamas.", ("CONSULT", "EGY", "HAMAS")),
    ("Uruguay held consultations with Argentina on the river dispute.", ("CONSULT", "URY", "ARG")),
    # 05 SUPPORT: praise, verbal defence, recognition, apology, signing
    ("Portugal threw its weight behind Cape Verde's bid for the seat.", ("SUPPORT", "PRT", "CPV")),
    ("Chile spoke out in favour of Bolivia's membership bid.", ("SUPPORT", "CHL", "BOL")),
    ("Ireland came to the defence of Malta at the summit.", ("SUPPORT", "IRL", "MLT")),
    ("Latvia stood by Estonia throughout the dispute.", ("SUPPORT", "LVA", "EST")),
    ("Finland voiced support for Georgia's bid to join the EU.", ("SUPPORT", "FIN", "GEO")),
    ("Belgium apologised to Congo for its colonial past.", ("SUPPORT", "BEL", "COD")),
    ("Senegal signed a defence pact with Mauritania.", ("SUPPORT", "SEN", "MRT")),
    ("Qatar and Bahrain resumed diplomatic relations.", ("SUPPORT", "BHR", "QAT")),
    ("Bolivia reestablished ties with Israel.", ("SUPPORT", "BOL", "ISR")),
    # 06 COOPERATE: joint exercises, extradition, intelligence sharing
    ("Egypt and Greece held joint naval drills in the Mediterranean.", ("COOPERATE", "EGY", "GRC")),
    ("Paraguay extradited the smuggler to Brazil.", ("COOPERATE", "PRY", "BRA")),
    ("Jordan shared intelligence with Iraq.", ("COOPERATE", "JOR", "IRQ")),
    ("Niger handed over four Boko Haram fighters to Nigeria.", ("COOPERATE", "NER", "NGA")),
    # 07 AID: money, supplies, protection, asylum
    ("Kuwait came to the aid of Lebanon after the explosion.", ("AID", "KWT", "LBN")),
    ("Qatar came to the rescue of Tunisia with a loan.", ("AID", "QAT", "TUN")),
    ("Norway handed over $200 million to Niger.", ("AID", "NOR", "NER")),
    ("Turkey provided air cover to Azerbaijani troops.", ("AID", "TUR", "AZE")),
    ("Rwandan police officers arrived in Mozambique last month.", ("AID", "RWA", "MOZ")),
    ("Japan extended a loan to Sri Lanka.", ("AID", "JPN", "LKA")),
    ("Canada transferred $300 million to Jordan.", ("AID", "CAN", "JOR")),
    ("Korea earmarked $50 million for Ethiopia.", ("AID", "KOR", "ETH")),
    ("Ecuador granted asylum to the Colombian senator.", ("AID", "ECU", "COL")),
    # 08 CONCEDE: accede to demands, ease restrictions
    ("Hungary granted Sweden's request for a meeting.", ("CONCEDE", "HUN", "SWE")),
    ("Serbia caved in to demands from Kosovo.", ("CONCEDE", "SRB", "XKX")),
    # 08 RETREAT: release, return, ease sanctions, access, withdrawal
    ("Eritrea set free twelve Ethiopian soldiers.", ("RETREAT", "ERI", "ETH")),
    ("Israel let aid convoys into Lebanon.", ("RETREAT", "ISR", "LBN")),
    ("Mali accepted the deployment of AU peacekeepers.", ("RETREAT", "MLI", "AU")),
    ("Syria granted access to UN inspectors.", ("RETREAT", "SYR", "UN")),
    ("The United States eased sanctions on Belarus.", ("RETREAT", "USA", "BLR")),
    ("Rwanda pulled its troops out of Congo.", ("RETREAT", "RWA", "COD")),
    ("Uganda recalled its troops from Somalia.", ("RETREAT", "UGA", "SOM")),
    ("Venezuela returned the seized tanker to Guyana.", ("RETREAT", "VEN", "GUY")),
    ("Canada removed Libya from its terrorism blacklist.", ("RETREAT", "CAN", "LBY")),
    ("Chile backed out of the trade deal with Peru.", ("SANCTION", "CHL", "PER")),
    ("Chile pulled out of the trade deal with Peru.", ("SANCTION", "CHL", "PER")),
    ("Armenia and Azerbaijan swapped prisoners on Tuesday.", ("RETREAT", "ARM", "AZE")),
    ("Armenia and Azerbaijan swapped prisoners on Tuesday.", ("RETREAT", "AZE", "ARM")),
    ("Ethiopia and Eritrea exchanged prisoners.", ("RETREAT", "ERI", "ETH")),
    # 10 REQUEST: urge, press, appeal, call for X to ...
    ("Chad called for Sudan to withdraw its troops from the border.", ("REQUEST", "TCD", "SDN")),
    ("Panama pressed for Nicaragua to release the prisoners.", ("REQUEST", "PAN", "NIC")),
    ("Libya appealed to Italy for more coastguard boats.", ("REQUEST", "LBY", "ITA")),
    ("Somalia asked Kenya to hand over the suspects.", ("REQUEST", "SOM", "KEN")),
])
def test_an_everyday_wording_of_a_cooperative_act(res, text, row):
    pairs = _pairs(res, text)
    assert row in pairs, pairs


@pytest.mark.parametrize("text, row", [
    ("Chile spoke out in favour of Bolivia's membership bid.", ("ACCUSE", "CHL", "BOL")),
    ("Germany backed away from its plan to send jets to Poland.", ("SUPPORT", "DEU", "POL")),
    ("Israel pressed ahead with its offensive in Gaza.", ("REQUEST", "ISR", "PSE")),
    ("Chile backed out of the trade deal with Peru.", ("SUPPORT", "CHL", "PER")),
    ("Chile pulled out of the trade deal with Peru.", ("RETREAT", "CHL", "PER")),
    ("Farmers in Serbia let lorries through on Tuesday.", ("RETREAT", "SRB", None)),
    ("Benin committed 2,000 soldiers to Haiti.", ("AGREE", "BEN", "GEN_MILITARY")),
    ("Canada removed Libya from its terrorism blacklist.", ("COERCE", "LBY", "CAN")),
    ("Rwandan police officers arrived in Mozambique last month.", ("CONSULT", "RWA", "MOZ")),
    ("Armenia and Azerbaijan swapped prisoners on Tuesday.", ("RETREAT", "ARM", "GEN_DETAINEES")),
])
def test_a_broad_verb_in_another_sense_is_not_that_act(res, text, row):
    pairs = _pairs(res, text)
    assert row not in pairs, pairs


@pytest.mark.parametrize("text", [
    "The president visited the site of the attack.",
    "The talks came to an end on Friday.",
    "Iran stood by its decision.",
])
def test_no_cooperative_act_without_a_partner(res, text):
    kinds = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}
    pairs = {p for p in _pairs(res, text) if p[0] in kinds and p[2] is not None}
    assert not pairs, pairs


def test_a_verb_phrase_carries_its_noun_once(res):
    """ "came to the aid of X": the aid is the verb phrase's, one event, not two."""
    events = [e for e in coded_events(res, "Kuwait came to the aid of Lebanon.", "2025-06-10") if e.type == "AID"]
    assert len(events) == 1, events
