"""Invented sentences: the scope of a modal, a wish, a demand or an attempt is the clause it governs, not a
sibling clause beside it (extract/events/factuality.py, clausemood.py, modality.clause_chain).

* a conjunct with a tense of its own is a clause apart: it shares no modal with the verb it is conjoined to
  ("could expel the envoy and has closed the consulate"), and hung on an infinitive it is no part of what
  the infinitive's head wants ("wants to join NATO and has received tanks": clausemood.finite_sibling);
* an act an attempt itself makes, whatever its outcome (``attempted_types``: a crowd's storming, mediation, a
  request, an accusation) is told as the trying is ("tried in vain to persuade X": asserted; "will try to
  mediate": future; "did not try to": negated); an outcome tried ("tried to seize the town", "tried to reach
  a deal") stays untold;
* a demand, a threat or a modal scopes over its own complement only: a relative clause or a sibling clause
  inside or beside it tells its own act.
"""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows

FACT = ("asserted", "reported")


@pytest.mark.parametrize("text, row", [
    # a conjunct with its own tense beside a modal clause or a wish
    ("Poland could close its border with Belarus and has summoned the Belarusian envoy.",
     ("ACCUSE", "POL", "BLR", "asserted")),
    ("Ukraine wants to join NATO and has received tanks from Germany.", ("AID", "DEU", "UKR", "asserted")),
    ("Moldova hopes to join the EU and has received aid from Romania.", ("AID", "ROU", "MDA", "asserted")),
    # sibling clauses: the modal stays in its own clause
    ("Germany condemned the missile strike and said it could expel the Iranian ambassador.",
     ("ACCUSE", "DEU", None, "asserted")),
    ("Poland expelled three Belarusian diplomats and said it might close its border with Belarus.",
     ("SANCTION", "POL", "BLR", "asserted")),
    ("Lithuania summoned the Chinese envoy and may recall its own ambassador from Beijing.",
     ("ACCUSE", "LTU", "CHN", "asserted")),
    ("Greece might veto the deal, but it has already expelled two Turkish diplomats.",
     ("SANCTION", "GRC", "TUR", "asserted")),
    ("Turkey shot down a Syrian drone and threatened to strike Kurdish positions.",
     ("ASSAULT", "TUR", "SYR", "asserted")),
    # a demand scopes over the demanded act, not over a relative clause inside it
    ("Britain urged Russia to free the activist, whom Moscow jailed in 2022.", ("COERCE", "RUS", None, "asserted")),
    ("Norway called on Israel to end the blockade it imposed on Gaza in 2007.", ("COERCE", "ISR", "PSE", "asserted")),
    ("The EU demanded the release of the journalist, whom Iran has detained since March.",
     ("COERCE", "IRN", None, "asserted")),
    # attempts that make the act
    ("Germany tried to mediate between Serbia and Kosovo.", ("CONSULT", "DEU", "SRB", "asserted")),
    ("Protesters tried to storm the French embassy in Niamey.", ("PROTEST", None, "FRA", "asserted")),
    ("Iran said it tried to persuade Russia to release the tanker.", ("REQUEST", "IRN", "RUS", "asserted")),
    ("Chile tried in vain to persuade Bolivia to take back the migrants.", ("REQUEST", "CHL", "BOL", "asserted")),
    ("Egypt is trying to broker a truce between Israel and Hamas, a diplomat said.",
     ("CONSULT", "EGY", "ISR", "asserted")),
    # the parties an exchange is brokered between are the mediation's sides, not captives
    ("Qatar brokered a new exchange of prisoners between Russia and Ukraine.", ("CONSULT", "QAT", "RUS", "asserted")),
])
def test_the_told_act_beside_or_inside_a_modal_scope(res, text, row):
    rows = coded_rows(res, text)
    assert_rows(rows, [row], [], text)


@pytest.mark.parametrize("text, row", [
    # the modal or wish keeps its own clause, and a conjunct without a tense shares it
    ("Poland could expel the Belarusian envoy and close the consulate in Minsk.", ("SANCTION", "POL", "BLR")),
    ("Poland could summon the Belarusian envoy and close its border with Belarus.", ("ACCUSE", "POL", "BLR")),
    ("Germany condemned the missile strike and said it could expel the Iranian ambassador.",
     ("SANCTION", "DEU", "IRN")),
    ("Ukraine wants to join NATO and receive tanks from Germany.", ("AID", "DEU", "UKR")),
    ("Norway called on Israel to end the blockade it imposed on Gaza in 2007.", ("CONCEDE", "ISR", "PSE")),
    # attempts told as coming, denied, or at an outcome
    ("Germany will try to mediate between Serbia and Kosovo.", ("CONSULT", "DEU", "SRB")),
    ("Russia did not try to mediate between Armenia and Azerbaijan.", ("CONSULT", "RUS", "ARM")),
    ("Ethiopia tried to reach a deal with Egypt.", ("AGREE", "ETH", "EGY")),
    ("Russian troops tried to storm the town of Avdiivka.", ("ASSAULT", "RUS", "UKR")),
    ("Protesters will try to storm the French embassy in Niamey.", ("PROTEST", None, "FRA")),
])
def test_what_stays_in_the_scope_is_not_told(res, text, row):
    rows = coded_rows(res, text)
    assert any(r[:3] == row or (row[1] is None and (r[0], r[2]) == (row[0], row[2])) for r in rows), (text, rows)
    assert not any((r[0], r[2]) == (row[0], row[2]) and (row[1] is None or r[1] == row[1]) and r[3] in FACT
                   for r in rows), (text, rows)
