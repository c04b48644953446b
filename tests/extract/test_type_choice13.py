"""Invented sentences: the right pair under the right type, where two PLOVER types of the 2021 CAMEO->PLOVER table
(shared/data/CAMEO2PLOVER-2021.txt) lie close.

* Easing a ban on a state's goods, trade or people is easing a boycott, embargo or sanction (085 RETREAT), as
  a named trade ban is ("import ban"); easing a ban or restriction at home stays CONCEDE, a travel ban on one's
  own opposition leader among them
  (081, 0811): the "on" phrase naming a nationality or a state satisfies the lexicon entry (aimed_entities).
* Easing a restriction on aid, aid workers or inspectors lets them in (0863, 086 RETREAT): the "on" phrase's
  words satisfy the entry (aimed_objects).
* Receiving or accepting inspectors or peacekeepers lets them in (0861, 0862 RETREAT) whatever they inspect:
  "chemical weapons inspectors" are people admitted, not weapons received (AID).
* "allowed UN inspectors to visit": the parser makes the inspectors the infinitive's subject; they are the
  object-control verb's object, what is allowed (0862 RETREAT, not the bare verb's CONCEDE).
* Expelling individuals deports them (174 COERCE); expelling diplomats, missions, agencies or a state is
  SANCTION (166): "expelled a Moroccan imam", "expelled two German engineers" are COERCE. A passive
  infinitive's patient is the subject above it ("diplomats were to be expelled": SANCTION).
* "blocked X from Y" bars X (172 COERCE restrict), where "blocked the resolution" rejects it (REJECT).
* Peacekeepers, observers, monitors or aid agencies ordered or asked to leave are expelled (1661-1663 SANCTION),
  as diplomats are; forces ordered to leave are asked to withdraw (REQUEST). The infinitive the parser hangs on
  the object as a relative clause ("ordered [the mission to leave]") is the verb's complement.
* "the expulsion of" people deports them (174 COERCE); of diplomats, officials or a mission, SANCTION (166).
* "During talks in X, A urged B to ...": the talks are A's with B (CONSULT beside the REQUEST), as "at a
  meeting" is; a bare "during" phrase of another event ("during protests") gives the clause's subject no part."""

from __future__ import annotations

import pytest
from helpers import coded_pairs


def _pairs(res, text):
    return coded_pairs(res, text, "2025-06-10")


@pytest.mark.parametrize("text, row", [
    # 085 RETREAT: easing sanctions, boycotts and embargoes, a ban on a state's goods or people among them
    ("Beijing relaxed its ban on Australian barley on Thursday.", ("RETREAT", "CHN", "AUS")),
    ("Seoul lifted its import ban on Japanese fish.", ("RETREAT", "KOR", "JPN")),
    ("Bahrain lifted the travel ban on Qatari nationals.", ("RETREAT", "BHR", "QAT")),
    ("Washington eased the travel ban on Cuban officials last week.", ("RETREAT", "USA", "CUB")),
    ("India eased restrictions on Chinese investment.", ("RETREAT", "IND", "CHN")),
    ("The ban on Turkish flights was lifted by Armenia.", ("RETREAT", "ARM", None)),
    ("Canada suspended its export ban on Saudi Arabia.", ("RETREAT", "CAN", "SAU")),
    # 0863 RETREAT: easing limits on aid deliveries and aid workers
    ("Egypt eased restrictions on aid convoys to Gaza.", ("RETREAT", "EGY", "PSE")),
    ("Myanmar ended its restrictions on aid workers.", ("RETREAT", "MMR", "GEN_AID_GROUPS")),
    # 0861/0862 RETREAT: receiving or admitting peacekeepers and inspectors
    ("Libya received UN chemical weapons inspectors in Tripoli.", ("RETREAT", "LBY", "UN")),
    ("Iraq accepted IAEA nuclear inspectors at the plant.", ("RETREAT", "IRQ", "IAEA")),
    ("Syria allowed OPCW inspectors to enter Douma.", ("RETREAT", "SYR", "OPCW")),
    ("Sudan permitted UN monitors to visit the camps.", ("RETREAT", "SDN", "UN")),
    # 174 COERCE: expelling or deporting individuals
    ("Egypt expelled a Sudanese imam on Monday.", ("COERCE", "EGY", "SDN")),
    ("Algeria expelled three French engineers.", ("COERCE", "DZA", "FRA")),
    ("Kazakhstan expelled two Russian nuns.", ("COERCE", "KAZ", "RUS")),
    ("Tunisia said it had expelled 400 undocumented Libyans.", ("COERCE", "TUN", "LBY")),
    # 166 SANCTION: expelling diplomats, missions or a state
    ("Chile expelled two Cuban diplomats on Friday.", ("SANCTION", "CHL", "CUB")),
    ("Mexico announced that the Peruvian envoys were to be expelled.", ("SANCTION", "MEX", "PER")),
    # 172 COERCE: barring
    ("Australia blocked Chinese firms from its 5G network.", ("COERCE", "AUS", "CHN")),
    # 1661-1663 SANCTION: an international presence told to leave
    ("Burundi ordered the UN observer mission to leave.", ("SANCTION", "BDI", "UN")),
    ("Eritrea ordered UN peacekeepers to leave the border zone.", ("SANCTION", "ERI", "UN")),
    ("Ethiopia asked the AU monitors to leave.", ("SANCTION", "ETH", "AU")),
    ("Guinea ordered the Senegalese ambassador to leave.", ("SANCTION", "GIN", "SEN")),
    ("Djibouti ordered French troops to leave.", ("REQUEST", "DJI", "FRA")),
    # 174 COERCE / 166 SANCTION: the noun
    ("Iran announced the expulsion of 5,000 Afghan migrants.", ("COERCE", "IRN", "AFG")),
    ("Belarus ordered the expulsion of a Latvian journalist.", ("COERCE", "BLR", "LVA")),
    ("The expulsion of three Czech diplomats by Russia drew a rebuke.", ("SANCTION", "RUS", "CZE")),
    # 040 CONSULT: talks told in a "during" frame, their partner the one the clause addresses
    ("During talks in Baku, Azerbaijan urged Armenia to sign the treaty.", ("CONSULT", "AZE", "ARM")),
    ("During consultations in Muscat, Oman asked Yemen to free the sailors.", ("CONSULT", "OMN", "YEM")),
    ("During consultations in Muscat, Oman asked Yemen to free the sailors.", ("REQUEST", "OMN", "YEM")),
])
def test_the_table_type_of_a_close_pair(res, text, row):
    pairs = _pairs(res, text)
    assert row in pairs, pairs


@pytest.mark.parametrize("text, row", [
    # a ban at home eased stays CONCEDE; a veto lifted stays CONCEDE
    ("Beijing relaxed its ban on Australian barley on Thursday.", ("CONCEDE", "CHN", "AUS")),
    ("Egypt eased restrictions on aid convoys to Gaza.", ("CONCEDE", "EGY", "PSE")),
    ("Libya received UN chemical weapons inspectors in Tripoli.", ("AID", "UN", "LBY")),
    ("Egypt expelled a Sudanese imam on Monday.", ("SANCTION", "EGY", "SDN")),
    ("Australia blocked Chinese firms from its 5G network.", ("REJECT", "AUS", "CHN")),
    ("Syria allowed OPCW inspectors to enter Douma.", ("CONCEDE", "SYR", "OPCW")),
    ("Burundi ordered the UN observer mission to leave.", ("REQUEST", "BDI", "UN")),
    ("Iran announced the expulsion of 5,000 Afghan migrants.", ("SANCTION", "IRN", "AFG")),
    ("The expulsion of three Czech diplomats by Russia drew a rebuke.", ("COERCE", "RUS", "CZE")),
    ("During protests in Minsk, Belarus arrested 30 students.", ("PROTEST", "BLR", None)),
    ("During protests in Minsk, Belarus arrested 30 students.", ("CONSULT", "BLR", "GEN_STUDENTS")),
])
def test_not_the_neighbouring_type(res, text, row):
    pairs = _pairs(res, text)
    assert row not in pairs, pairs


@pytest.mark.parametrize("text, typ", [
    ("Belarus lifted its ban on opposition rallies.", "CONCEDE"),
    ("Ankara eased restrictions on the press.", "CONCEDE"),
    ("Hungary lifted its veto on Ukraine's membership talks.", "CONCEDE"),
    ("Tunisia lifted the travel ban on the opposition leader.", "CONCEDE"),
    ("Russia blocked the Security Council resolution on Monday.", "REJECT"),
])
def test_home_restrictions_and_vetoes_keep_their_type(res, text, typ):
    types = {p[0] for p in _pairs(res, text)}
    assert typ in types and "RETREAT" not in types and "COERCE" not in types, types
