"""Dates that reach beyond their own clause, and governments checked against an event's own date
(our own sentences)."""

from __future__ import annotations

import diplograph


def code(res, text, published):
    return diplograph.code(text, resources=res, published=published)


def dated(events, type_, src):
    return [e.date.value for e in events if e.type == type_ and e.source and e.source.actor_id == src]


def test_a_when_clause_dates_the_main_clause(res):
    evs = code(res, "When the Soviet army was leaving Kabul in 1989, Iran armed the Hazara militias.", "2021-08-20")
    assert dated(evs, "AID", "IRN") == ["1989"]


def test_an_invitation_is_not_dated_by_the_talks_it_invites_to(res):
    evs = code(res, "Turkey invited Armenia to talk in Ankara on October 20.", "2022-10-10")
    assert all(not (e.date.value or "").endswith("-20") for e in evs if e.type != "CONSULT"), \
        [(e.type, e.date.value) for e in evs]


def test_habitual_and_long_standing_acts_take_no_inherited_date(res):
    for text in ("Iran used to be accused by Iraq of arming militias.",
                 "Russia has long accused the United States of destabilising the region."):
        evs = [e for e in code(res, text, "2021-10-10") if e.type == "ACCUSE"]
        assert evs and all(e.date.value is None for e in evs), text


def test_a_raised_passive_subject_is_the_patient(res):
    evs = code(res, "Iran used to be accused by Iraq of arming militias.", "2021-10-10")
    assert any(e.type == "ACCUSE" and e.source and e.source.actor_id == "IRQ" and e.target
               and e.target.actor_id == "IRN" for e in evs)


def test_a_capital_stands_for_the_state_outside_its_rulers_time(res):
    evs = code(res, "When the Soviet army was leaving Kabul in 1989, Iran armed the Hazara militias.", "2021-08-20")
    assert any(e.type == "RETREAT" and e.target and e.target.actor_id == "AFG" for e in evs), \
        [(e.type, e.target and e.target.actor_id) for e in evs]
    later = code(res, "Uzbekistan hosted a delegation from Kabul on Monday.", "2022-08-20")
    assert any(e.target and e.target.actor_id == "TALIBAN" for e in later)


def test_a_date_anywhere_in_a_when_clause_dates_the_main_clause(res):
    text = ("When the coalition was launching its campaign against the militants in Mali in 2013, "
            "Algeria armed the border guards of Niger.")
    assert dated(code(res, text, "2021-08-20"), "AID", "DZA") == ["2013"]


def test_a_group_named_as_itself_stays_the_group_outside_its_time_in_power(res):
    evs = code(res, "In 1995, the Afghan Taliban seized Herat from government forces.", "2022-08-20")
    assert any(e.source and e.source.actor_id == "TALIBAN" for e in evs), \
        [(e.type, e.source and e.source.actor_id) for e in evs]
