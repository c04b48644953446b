"""Invented sentences: the PLOVER type of a trigger whose sides are right, told by the 2021 CAMEO->PLOVER
table's code for the sense (data/triggers.yaml):

* "ordered X to ...": a firm ordered to stop, pay or give something up is put under an administrative or
  legal sanction (CAMEO 172, COERCE restrict), a state ordered to close its consulate is expelled (CAMEO 166,
  SANCTION expel); a state ordered to do anything else is asked (CAMEO 10, REQUEST), and an order to one's own
  army or minister is no event between parties.  The object's kind is read on a passive's subject too.
* "blocked X from ...": a state blocking a body of states from acting vetoes it (CAMEO 129, REJECT); a firm or
  a people barred from a market is restricted (CAMEO 172, COERCE).
* the noun "call": with an infinitive it is an appeal (REQUEST), with "with" a telephone call (CONSULT).
* "kept troops in X": a military presence kept, like one stationed (CAMEO 154, MOBILIZE); peacekeepers kept
  there give protection (CAMEO 074, AID); an army kept in its barracks at home is no event between parties.
  Troops sent, deployed, stationed or kept in another state to help or train its forces (kept there: also to
  fight a third party) are military aid to it (CAMEO 072, AID); sent "into" it, or to support its rebels, they
  are not.
* a crackdown or repression told as violent ("a bloody crackdown", "military repression") is violent repression
  (CAMEO 175, ASSAULT); one told without is a restriction (CAMEO 172, COERCE).
* "ordered the release / withdrawal / a ceasefire": ordered by a state, its court or leader, or an armed group, the
  act is its own, typed by the noun (RETREAT); ordered by a body of states, it is demanded (REQUEST); "ordered
  the withdrawal of troops" is no troop movement (MOBILIZE).
* "arrived in X": a party or its envoy arriving makes a visit (CAMEO 042, CONSULT); goods arriving (aid, a
  shipment, a donation) make none.
* "boycotted": a state boycotting another's goods imposes a boycott (CAMEO 163, COERCE); people boycotting goods
  protest (CAMEO 143).  "seized": drugs or contraband seized are no act on the state they came from or were
  bound for; a boat or assets seized are (CAMEO 1711, COERCE).
"""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows

from diplograph.extract.events.ontology import OntologyError, load_lexicon


def _rows(res, text):
    return coded_rows(res, text, "2025-09-03")


@pytest.mark.parametrize("text, must, must_not", [
    # a firm ordered to stop or pay: COERCE
    ("A Chilean court ordered Huawei to stop selling the phones.",
     [("COERCE", "CHL", None, "asserted")], [("REQUEST", "CHL", None, None)]),
    ("TikTok was ordered by Indonesia to suspend its shopping service.",
     [("COERCE", "IDN", None, "asserted")], [("REQUEST", "IDN", None, None)]),
    # a state ordered to close its consulate: SANCTION expel; a state ordered to do something else: REQUEST
    ("Lithuania ordered Belarus to close its consulate in Klaipeda.",
     [("SANCTION", "LTU", "BLR", "asserted")], [("REQUEST", "LTU", "BLR", None)]),
    ("Lithuania ordered Belarus to return the seized trucks.",
     [("REQUEST", "LTU", "BLR", "asserted")], [("SANCTION", "LTU", "BLR", None), ("COERCE", "LTU", "BLR", None)]),
    # one's own army or minister ordered: no event between parties, no coercion
    ("The Lithuanian president ordered the army to halt the exercise.",
     [], [("COERCE", None, None, None)]),
    # a member state blocking a body of states from acting: a veto
    ("Slovakia blocked the European Union from extending the sanctions on Monday.",
     [("REJECT", "SVK", "EU", "asserted")], [("COERCE", "SVK", "EU", None)]),
    # a call with an infinitive: an appeal; a call with a partner: a telephone call
    ("Despite repeated calls from Senegal to reopen the border, Gambia kept it closed.",
     [("REQUEST", "SEN", None, "asserted")], [("CONSULT", "SEN", None, None)]),
    ("The Senegalese president discussed the border in a call with Gambia's president on Monday.",
     [("CONSULT", "SEN", "GMB", "asserted")], [("REQUEST", "SEN", None, None)]),
    # troops or peacekeepers kept in a place
    ("Britain has kept 900 soldiers in Estonia since 2017.",
     [("MOBILIZE", "GBR", "EST", "asserted")], []),
    ("The African Union kept 2,000 peacekeepers in Somalia for another year.",
     [("AID", None, "SOM", "asserted")], [("MOBILIZE", None, "SOM", None)]),
    ("The Bolivian president kept the army in its barracks during the vote.",
     [], [("MOBILIZE", None, None, None)]),
    # troops abroad to help: military aid
    ("Uganda sent 800 soldiers to South Sudan to help its army secure the capital.",
     [("AID", "UGA", "SSD", "asserted")], [("MOBILIZE", "UGA", "SSD", None)]),
    ("Chad has kept troops in Cameroon since 2015 to fight Boko Haram.",
     [("AID", "TCD", "CMR", "asserted")], [("MOBILIZE", "TCD", "CMR", None)]),
    ("Armenia sent troops into Azerbaijan to support the local militia.",
     [], [("AID", "ARM", "AZE", None)]),
    # violent repression and a restriction
    ("Zimbabwe's military crackdown on opposition supporters killed six people.",
     [("ASSAULT", "ZWE", None, "asserted")], [("COERCE", "ZWE", None, None)]),
    ("Zimbabwe's crackdown on opposition newspapers drew criticism.",
     [("COERCE", "ZWE", None, None)], [("ASSAULT", "ZWE", None, None)]),
    # an act noun ordered
    ("A Gambian court ordered the release of two Senegalese herders.",
     [("RETREAT", "GMB", "SEN", "asserted")], [("REQUEST", "GMB", None, None)]),
    ("The Azerbaijani president ordered the withdrawal of Azerbaijani troops from the disputed villages.",
     [("RETREAT", "AZE", None, "asserted")], [("MOBILIZE", "AZE", None, None), ("REQUEST", "AZE", None, None)]),
    ("The UN Security Council ordered the withdrawal of Eritrean troops from the border region.",
     [("REQUEST", None, "ERI", "asserted")], [("RETREAT", None, "ERI", None), ("MOBILIZE", None, "ERI", None)]),
    # what arrives
    ("A shipment of Polish grain arrived in Benghazi on Monday.",
     [], [("CONSULT", None, None, None)]),
    ("The Polish foreign minister arrived in Benghazi on Monday.",
     [("CONSULT", None, "LBY", "asserted")], []),
    # boycotts and seizures
    ("Jordan boycotted Israeli produce last year.",
     [("COERCE", "JOR", "ISR", "asserted")], [("ACCUSE", "JOR", "ISR", None)]),
    ("Mexican navy officers seized two tonnes of Peruvian cocaine.",
     [], [("COERCE", "MEX", "PER", None)]),
    ("Mexico seized a Peruvian fishing trawler.",
     [("COERCE", "MEX", "PER", "asserted")], []),
])
def test_type_of_the_sense(res, text, must, must_not):
    assert_rows(_rows(res, text), must, must_not, text)


def test_noun_complements_load_and_are_checked(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text("nouns:\n  - {lemma: plea, type: REQUEST, complements: [withdraw]}\n", encoding="utf-8")
    assert load_lexicon([good]).nouns["plea"][0].complements == ("withdraw",)
    bad = tmp_path / "bad.yaml"
    bad.write_text("nouns:\n  - {lemma: plea, type: REQUEST, complements: [yes]}\n", encoding="utf-8")
    with pytest.raises(OntologyError) as info:
        load_lexicon([bad])
    assert "complements must be words" in str(info.value)
