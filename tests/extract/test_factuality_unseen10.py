"""Acts that did not (yet) happen, or are no acts between parties, on invented wire-copy sentences (round 10).
Each case asserts what a careful analyst would code: the (type, source, target, modality) rows that must be
there, and rows that must not.

Mechanisms:
* a phrasal verb of holding back ("held back from", "shied away from", "held off on", "steered clear of",
  "fell short of") negates the act it governs, as "refrained from" does; "held talks" is still held;
* fleeing is a retreat when forces flee; a person or refugees fleeing to a country is no act toward it;
* the words of conflict aimed at an ill or a thing ("declared war on inflation", "lay siege to the dollar
  market", "vowed to crush corruption"), or waged by one ("inflation is waging war on households"), are
  figures of speech; aimed at a party they are acts;
* letting convoys or inspectors through a crossing (RETREAT, CAMEO 086 access) is granted to whoever owns
  what is let through, never to the crossing, the route it takes;
* a participle of onset ("starting 15 February") dates the act it follows;
* a rejection told on a noun of allegation that restates a clause ("X accused Y of Z, allegations Y dismissed as
  fabricated") is aimed at the allegation's author, not at the victims it names.
"""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows

import diplograph

PUBLISHED = "2024-06-10"


# (text, rows that must be there, rows that must not be there); None in a row matches anything
CASES = {
    # held back, shied away, held off, steered clear, fell short: not done
    "H1": ("Japan held back from imposing sanctions on China.",
           [("COERCE", "JPN", "CHN", "negated")], [("COERCE", "JPN", "CHN", "asserted")]),
    "H2": ("Germany shied away from sending tanks to Ukraine.",
           [("AID", "DEU", "UKR", "negated")], [("AID", "DEU", "UKR", "asserted")]),
    "H3": ("The EU held off on imposing sanctions on Israel.",
           [("COERCE", "EU", "ISR", "negated")], [("COERCE", "EU", "ISR", "asserted")]),
    "H4": ("Germany steered clear of condemning China.",
           [("ACCUSE", "DEU", "CHN", "negated")], [("ACCUSE", "DEU", "CHN", "asserted")]),
    "H5": ("The EU fell short of imposing sanctions on Iran.",
           [("COERCE", "EU", "IRN", "negated")], [("COERCE", "EU", "IRN", "asserted")]),
    "H6": ("The United States stopped short of imposing sanctions on Venezuela.",
           [("COERCE", "USA", "VEN", "negated")], [("COERCE", "USA", "VEN", "asserted")]),
    # ... "held talks" is an act held; "imposed sanctions" is done
    "H7": ("Japan held talks with China.", [("CONSULT", "JPN", "CHN", "asserted")], []),
    "H8": ("The European Union imposed sanctions on Iran on Monday.", [("COERCE", "EU", "IRN", "asserted")], []),
    # fleeing: no act toward the country fled to
    "F1": ("The former president, who fled to India in August, was charged with murder.", [],
           [("RETREAT", None, "IND", None)]),
    "F2": ("Thousands of refugees fled to Chad last week.", [], [("RETREAT", None, None, None)]),
    "F3": ("Sudanese civilians fled across the border to Chad.", [], [("RETREAT", None, "TCD", None)]),
    "F4": ("The deposed prime minister fled to Spain to avoid prosecution.", [], [("RETREAT", None, "ESP", None)]),
    # ... forces that flee retreat
    "F5": ("Government soldiers fled the town as rebels advanced.", [("RETREAT", "GEN_MILITARY", None, "asserted")], []),
    # figures of speech
    "M1": ("Argentina's central bank declared war on inflation on Monday.", [], [("THREATEN", "ARG", None, None)]),
    "M2": ("Milei declared war on inflation, vowing to crush price rises.", [], [("THREATEN", None, None, None)]),
    "M3": ("The finance minister said the government had won the battle against inflation and would now lay siege "
           "to the informal dollar market.", [], [("ASSAULT", None, None, None), ("COERCE", None, None, None)]),
    "M4": ("Italy's finance minister said inflation was waging war on the country's households.", [],
           [("ASSAULT", None, None, None)]),
    "M5": ("Kenya's president vowed to crush corruption.", [], [("THREATEN", None, None, None)]),
    "M6": ("The Nigerian government launched a crackdown on corruption.", [], [("COERCE", "NGA", None, None)]),
    # ... aimed at a party they are acts
    "M7": ("Russia declared war on Ukraine.", [("THREATEN", "RUS", "UKR", "asserted")], []),
    "M8": ("Israel vowed to destroy Hamas.", [("THREATEN", "ISR", "HAMAS", "asserted")], []),
    "M9": ("Police launched a crackdown on protesters.", [("COERCE", "GEN_POLICE", "GEN_PROTESTERS", "asserted")], []),
    # access let through a crossing: to the owner of what is let through, not the crossing
    "A1": ("Sudan's army-backed government allowed aid convoys through the Adre crossing.",
           [("RETREAT", "SDN", None, "asserted")], [("RETREAT", "SDN", "PER_ADRE", None)]),
    "A2": ("Turkey allowed UN convoys through the Bab al-Hawa crossing.", [("RETREAT", "TUR", "UN", "asserted")], []),
    "A3": ("Egypt allowed UN aid trucks through the Rafah crossing.", [("RETREAT", "EGY", "UN", "asserted")],
           [("RETREAT", "EGY", "PER_RAFAH", None)]),
    "A4": ("Israel allowed Red Cross convoys into Gaza through the Kerem Shalom crossing.",
           [("RETREAT", "ISR", "ICRC", "asserted")], []),
    "A5": ("The World Food Programme said Sudanese authorities allowed its convoys through the Adre crossing.",
           [("RETREAT", "SDN", "WFP", None)], []),
    # an allegation rejected: the rejection is aimed at whoever made it, not at those the allegation names
    "R1": ("Human Rights Watch accused Sudanese troops of killing dozens of villagers, allegations the government "
           "dismissed as fabricated.", [("REJECT", "SDN", "HRW", None)], [("REJECT", "SDN", "GEN_CIVILIANS", None)]),
    "R2": ("Ukraine accused Russian forces of executing prisoners, accusations the Kremlin dismissed as propaganda.",
           [("REJECT", "RUS", "UKR", None)], [("REJECT", "RUS", "GEN_DETAINEES", None)]),
    "R3": ("Amnesty International said Burundian police had beaten protesters, claims the interior ministry "
           "dismissed as lies.", [], [("REJECT", None, "GEN_PROTESTERS", None),
                                  # "the interior ministry", no state told: a half record, left out (fragments.py)
                                  ("REJECT", None, "AMNESTY", None)]),
    "R4": ("Amnesty International published a report on Monday accusing Nigerian soldiers of torturing detainees in "
           "Borno, allegations the government in Abuja dismissed as false.",
           [("REJECT", "NGA", "AMNESTY", None), ("ACCUSE", "AMNESTY", "NGA", "asserted")],
           [("REJECT", "NGA", "GEN_DETAINEES", None)]),
    "R5": ("Witnesses said soldiers shot protesters, allegations the government dismissed as fabricated.", [],
           [("REJECT", None, "GEN_MILITARY", None), ("REJECT", None, "GEN_PROTESTERS", None)]),
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_unseen_factuality(res, key):
    text, must, must_not = CASES[key]
    assert_rows(coded_rows(res, text, PUBLISHED), must, must_not, text)


def test_onset_participle_dates_the_act(res):
    events = diplograph.code("The WFP delivered food to Darfur between 10 and 24 March, after Sudan allowed its "
                             "convoys into the region starting 15 February.", resources=res, published="2025-03-28")
    retreat = [e for e in events if e.type == "RETREAT"]
    assert retreat and retreat[0].date.value == "2025-02-15", [(e.type, e.date) for e in events]


def test_onset_participle_becomes_a_preposition(res):
    from diplograph.nlp.repair import repair
    doc = repair(res.nlp("The EU will impose tariffs on Chinese cars starting 1 July."))
    starting = next(t for t in doc if t.lower_ == "starting")
    assert (starting.dep_, starting.pos_) == ("prep", "ADP")
    assert [c.dep_ for c in starting.children] == ["pobj"]
