"""Factuality of acts inside reporting, denial, modal, conditional, planned and decision frames, on
invented wire-copy sentences (round 8).  Each case asserts what a careful analyst would code: the
(type, source, target, modality) rows that must be there, and rows that must not.

Mechanisms:
* a decision told with effects in the past was carried out ("X's decision to expel Y drew condemnation");
* "would not rule out" / "did not exclude" leaves the act open (hypothetical), it does not deny it, and
  "would not hesitate to" announces it;
* a denial by a party other than the doer disputes the act (reported), the doer's own denial negates it;
* "has no plans to", "no intention of" negate the intended act;
* "hoped to sign" (the tagger reads "hoped" as "hop") is the hoper's aim, as "hopes to";
* a joint act only intended by one side ("is ready to sign a treaty with Y") is that side's: no row for
  the partner, who announced nothing;
* a threat put on a condition by its own maker ("said it would strike if Y ...") is made (asserted);
* an open question ("had not decided whether to expel", "asked whether X had") neither denies nor tells;
* "is not ready to", "was not willing to" refuse (REJECT): the negation is on the copula, not the adjective;
* a vow to do harm is a threat (THREATEN), a vow to help a promise (future), no longer "threatened".
"""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows

PUBLISHED = "2024-06-10"


# (text, rows that must be there, rows that must not be there); None in a row matches anything
CASES = {
    # decisions with past effects: carried out
    "D1": ("Bolivia's decision to sever ties with Israel was criticised by Washington.",
           [("SANCTION", "BOL", "ISR", "asserted"), ("ACCUSE", "USA", "BOL", "asserted")], []),
    "D2": ("Niger's decision to expel the French ambassador sparked protests in Paris.",
           [("SANCTION", "NER", "FRA", "asserted")], [("SANCTION", "NER", "FRA", "future")]),
    "D3": ("Canada condemned India's decision to expel six Canadian diplomats.",
           [("SANCTION", "IND", "CAN", "asserted"), ("ACCUSE", "CAN", "IND", "asserted")], []),
    "D4": ("Ecuador's decision to raid the Mexican embassy in Quito drew condemnation across Latin America.",
           # (the condemnation's doer is not told: "drew" is a reception verb, its subject undergoes the act)
           [("ASSAULT", "ECU", "MEX", "asserted"), ("ACCUSE", None, "ECU", "asserted")], []),
    # ... but a decision whose effects are still to come is not yet carried out, nor a plan
    "D5": ("Kenya's decision to send police to Haiti will be reviewed by a court.",
           [("AID", "KEN", "HTI", "future")], [("AID", "KEN", "HTI", "asserted"), ("MOBILIZE", None, None, None)]),
    "D7": ("Serbia's decision to expel the Croatian envoy was overturned by a court.", [],
           [("SANCTION", "SRB", "HRV", "asserted")]),
    "D6": ("Israel's plan to annex parts of the West Bank drew criticism from Jordan.",
           [("ACCUSE", "JOR", "ISR", "asserted")], [(None, "ISR", "PSE", "asserted")]),
    # noncommittal negation: the act is left open
    "N1": ("Berlin said it would not rule out sending fighter jets to Ukraine.", [("AID", "DEU", "UKR", "hypothetical")],
           [("AID", "DEU", "UKR", "negated"), ("REJECT", "DEU", "UKR", None)]),
    "N2": ("Warsaw would not exclude sending tanks to Kyiv.", [("AID", "POL", "UKR", "hypothetical")],
           [("REJECT", "POL", "UKR", None)]),
    "N3": ("Tokyo said it would not rule out imposing sanctions on Pyongyang if the missile tests continued.",
           [("COERCE", "JPN", "PRK", "hypothetical")], [("COERCE", "JPN", "PRK", "negated")]),
    "N4": ("Madrid would not rule out recalling its ambassador from Buenos Aires.",
           [("SANCTION", "ESP", "ARG", "hypothetical")], [("SANCTION", "ESP", "ARG", "negated")]),
    "N5": ("Tokyo said it would not hesitate to impose sanctions on Moscow.",
           [("THREATEN", "JPN", "RUS", "future")], [("COERCE", "JPN", "RUS", "negated")]),
    # ... a plain negation still denies the act
    "N6": ("Estonia did not expel the Russian diplomats, officials said.", [("SANCTION", "EST", "RUS", "negated")], []),
    "N7": ("Hungary refused to approve military aid to Ukraine on Thursday.", [("REJECT", "HUN", "UKR", "asserted")],
           [("AID", "HUN", "UKR", "asserted")]),
    # denials: by another party, disputed (reported); by the doer, negated
    "R1": ("A Malian army spokesman denied that Russian mercenaries had killed civilians in Moura.",
           [("REJECT", "MLI", None, "asserted"), ("ASSAULT", "RUS", None, "reported")], [("ASSAULT", "RUS", None, "negated")]),
    "R2": ("Tehran denied that Hezbollah had fired missiles at Israel.",
           [("ASSAULT", "HEZBOLLAH", "ISR", "reported")], [("ASSAULT", "HEZBOLLAH", "ISR", "negated")]),
    "R3": ("Damascus denied that Iranian militias had attacked US forces in eastern Syria.",
           [("ASSAULT", "IRN", "USA", "reported")], []),
    "R4": ("Rwanda denied that its troops had attacked Congolese villages near Goma.",
           [("ASSAULT", "RWA", "COD", "negated")], [("ASSAULT", "RWA", "COD", "reported")]),
    "R5": ("Beijing denied that its coast guard had rammed a Philippine boat.",
           [("ASSAULT", "CHN", "PHL", "negated")], [("ASSAULT", "CHN", "PHL", "reported")]),
    # an open question ("whether") is no denial and no fact
    "W1": ("Manila said it had not decided whether to expel the Chinese diplomat.",
           [("SANCTION", "PHL", "CHN", "hypothetical")], [("SANCTION", "PHL", "CHN", "negated")]),
    "W2": ("Washington did not say whether it would send Patriot systems to Kyiv.",
           [("AID", "USA", "UKR", "hypothetical")], [("AID", "USA", "UKR", "negated")]),
    "W3": ("Japan asked whether China had detained its citizens.", [("COERCE", "CHN", "JPN", "hypothetical")],
           [("COERCE", "CHN", "JPN", "asserted")]),
    "D8": ("Chad's decision to end military cooperation with France surprised Paris.",
           [("SANCTION", "TCD", "FRA", "asserted")], []),
    # "is not ready to", "was not willing to": the copula's negation refuses the readiness
    "Y1": ("Slovakia was not willing to send fighter jets to Kyiv.", [("REJECT", "SVK", "UKR", "asserted")],
           [("AID", "SVK", "UKR", "future"), ("AGREE", "SVK", "UKR", None)]),
    "Y2": ("Hungary is not ready to approve new aid for Ukraine.", [("REJECT", "HUN", "UKR", "asserted")],
           [("AGREE", "HUN", "UKR", "future")]),
    # no plans, no intention
    "P1": ("Morocco said it had no plans to normalise ties with Algeria.", [("SUPPORT", "MAR", "DZA", "negated")],
           [("SUPPORT", "MAR", "DZA", "future")]),
    "P2": ("Ghana said it had no intention of expelling Chinese miners.", [("COERCE", "GHA", "CHN", "negated")], []),  # miners deported (CAMEO 174)
    "P3": ("Turkey has no plan to send troops to Libya.", [("MOBILIZE", "TUR", "LBY", "negated")], []),
    "P4": ("Senegal plans to withdraw its troops from Mali by the end of the year.",
           [("RETREAT", "SEN", "MLI", "future")], [("RETREAT", "SEN", "MLI", "negated")]),
    # hopes and one-sided intents to sign
    "H1": ("Kyiv said it hoped to sign a security agreement with Paris next week.",
           [("SUPPORT", "UKR", "FRA", "future")], [("SUPPORT", "UKR", "FRA", "asserted"), ("SUPPORT", "FRA", "UKR", None)]),
    "H2": ("Hanoi said it hoped to hold talks with Manila on the South China Sea dispute.",
           [("CONSULT", "VNM", "PHL", "future")], [("CONSULT", "VNM", "PHL", "asserted")]),
    "S1": ("Uzbekistan is ready to sign a trade agreement with Kazakhstan.", [("SUPPORT", "UZB", "KAZ", "future")],
           [("SUPPORT", "KAZ", "UZB", None)]),
    "S2": ("Lithuania is prepared to sign a defence agreement with Poland this year.",
           [("SUPPORT", "LTU", "POL", "future")], [("SUPPORT", "POL", "LTU", None)]),
    # ... while an act both sides do, or did, has both directions
    "S3": ("Chile and Peru signed a border agreement on Monday.",
           [("SUPPORT", "CHL", "PER", "asserted"), ("SUPPORT", "PER", "CHL", "asserted")], []),
    "S4": ("Indonesia and Malaysia are due to sign a border treaty in June.",
           [("SUPPORT", "IDN", "MYS", "future"), ("SUPPORT", "MYS", "IDN", "future")], []),
    # conditional threats made by their maker
    "T1": ("The junta in Niger said it would expel French soldiers unless Paris withdrew its ambassador.",
           [("THREATEN", "NER", "FRA", "asserted")], [("SANCTION", "NER", "FRA", "asserted")]),
    "T2": ("Guyana said it would defend its territory if Venezuela invaded.",
           [("THREATEN", "GUY", "VEN", "asserted")], [("ASSAULT", "GUY", "VEN", "asserted")]),
    "T3": ("If Belarus attacks Lithuania, NATO would respond with force.", [("ASSAULT", "BLR", "LTU", "hypothetical")],
           [("ASSAULT", "BLR", "LTU", "asserted")]),
    # a vow to do harm is a threat made; a vow to help is a promise, not a threat
    "V1": ("Somalia vowed to expel Ethiopian troops if Addis Ababa went ahead with the port deal.",
           [("THREATEN", "SOM", "ETH", "asserted")], [("SANCTION", "SOM", "ETH", "asserted")]),
    "V2": ("Israel vowed to destroy Hamas.", [("THREATEN", "ISR", "HAMAS", "asserted")], []),
    "V3": ("Japan vowed to support Ukraine.", [("SUPPORT", "JPN", "UKR", "future")],
           [("SUPPORT", "JPN", "UKR", "threatened"), ("THREATEN", "JPN", "UKR", None)]),
    # questions
    "Q1": ("Will China invade Taiwan before 2027?", [("ASSAULT", "CHN", "TWN", "question")], []),
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_factuality_in_frames(res, key):
    text, must, must_not = CASES[key]
    assert_rows(coded_rows(res, text, PUBLISHED), must, must_not, text)


def test_hoped_is_read_as_hope_not_hop(res):
    from diplograph.nlp.repair import repair
    doc = repair(res.nlp("Kyiv hoped to sign the deal, and the rebels hopped over the fence."))
    assert {t.lower_: t.lemma_ for t in doc if t.lower_ in ("hoped", "hopped")} == {"hoped": "hope", "hopped": "hop"}
