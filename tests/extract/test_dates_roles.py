"""A time expression inside a noun phrase naming a role or capacity held for a term ("as ASEAN chair
for 2025", "the 2025 chair") names the term, not the time of the clause's act
(extract/dates/presupposed.role_period).  Invented sentences."""

from __future__ import annotations

import diplograph

from helpers import by_trigger

LEAD = "Regional diplomacy is changing fast.\n\n"


def code(res, text, published="2025-06-10"):
    return diplograph.code(text, resources=res, published=published)


def test_the_term_of_a_capacity_does_not_date_the_act(res):
    ev = by_trigger(code(res, LEAD + "In its capacity as ASEAN chair for 2019, Malaysia invited Myanmar to the summit."),
                    "invit")
    assert ev.date.value != "2019"


def test_the_term_of_an_apposed_role_does_not_date_the_act(res):
    ev = by_trigger(code(res, LEAD + "As the chair for 2019, Malaysia condemned Myanmar."), "condemn")
    assert ev.date.value != "2019"
    ev = by_trigger(code(res, LEAD + "Malaysia, the 2019 chair of ASEAN, condemned Myanmar."), "condemn")
    assert ev.date.value != "2019"


def test_the_term_does_not_become_the_narrative_time(res):
    evs = code(res, LEAD + "As the ASEAN chair for 2019, Malaysia condemned Myanmar. Malaysia also accused "
                           "Thailand of inaction.")
    assert by_trigger(evs, "accus").date.value != "2019"


def test_a_date_of_the_clause_still_dates_it(res):
    evs = code(res, LEAD + "In 2019, Malaysia, then a member of the council, condemned Myanmar.")
    assert by_trigger(evs, "condemn").date.value == "2019"
    evs = code(res, LEAD + "As the chair for 2019, Malaysia condemned Myanmar in March 2019.")
    assert by_trigger(evs, "condemn").date.value == "2019-03"
