"""Acts a clause names without telling them at its time (a possessive act under a verb of telling or
judging; a participant marked "now departed", "then"), and relative clauses of occurrence that date the
act noun they describe.  Invented mini-articles with their publication dates."""

from __future__ import annotations

import pytest

import diplograph
from diplograph.extract.dates.presupposed import DatesDataError, dates_data


def code(res, text, published):
    return diplograph.code(text, resources=res, published=published)


def by_trigger(events, word):
    found = [e for e in events if e.trigger == word]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0]


# -- an act talked about is not dated by the telling ---------------------------------------------

def test_a_date_on_a_verb_of_telling_is_not_the_date_of_the_act_it_names(res):
    text = "In recent months, Macron has stressed Germany's support for Ukraine against Russia."
    events = code(res, text, "2023-06-02")
    assert by_trigger(events, "support").date.value is None


def test_a_verb_of_judging_keeps_its_date_and_the_act_it_judges_has_none(res):
    text = "On Monday, Chile condemned Peru's expulsion of Bolivian diplomats."
    events = code(res, text, "2024-05-09")
    assert by_trigger(events, "condemned").date.value == "2024-05-06"
    assert by_trigger(events, "expulsion").date.value is None


def test_an_act_its_own_doer_announces_keeps_the_date(res):
    # "its withdrawal": the announcement performs the act; the date stays
    text = "Iran on Tuesday announced its withdrawal from the talks with Germany."
    ev = by_trigger(code(res, text, "2024-05-09"), "announced")
    assert ev.date.value == "2024-05-07"


def test_a_date_inside_the_named_act_still_dates_it(res):
    text = "Chile has condemned Peru's expulsion of Bolivian diplomats in March 2022."
    ev = by_trigger(code(res, text, "2024-05-09"), "expulsion")
    assert ev.date.value == "2022-03"


# -- a participant of another time ---------------------------------------------------------------

def test_an_act_with_a_now_departed_counterpart_is_not_stamped_with_the_publication(res):
    text = ("Analysis\n\nBeijing has balanced its bets by talking with the now departed junta of Mali and "
            "its rivals. The approach has costs.")
    ev = by_trigger(code(res, text, "2023-11-15"), "talking")
    assert ev.date.value is None


def test_the_same_act_with_a_present_counterpart_takes_the_story_time(res):
    text = ("Analysis\n\nBeijing has balanced its bets by talking with the junta of Mali and "
            "its rivals. The approach has costs.")
    ev = by_trigger(code(res, text, "2023-11-15"), "talking")
    assert ev.date.value is not None and ev.date.anchor == "publication"


def test_a_then_president_marks_the_act_as_past(res):
    text = "France has praised the then-President of Chile, Michelle Bachelet."
    ev = by_trigger(code(res, text, "2024-05-09"), "praised")
    assert ev.date.value is None


def test_now_on_the_verb_is_not_a_bygone_participant(res):
    text = "France has now praised Chile's president."
    ev = by_trigger(code(res, text, "2024-05-09"), "praised")
    assert ev.date.value is not None


# -- a relative clause of occurrence ------------------------------------------------------------

def test_a_relative_clause_of_occurrence_dates_the_act_it_describes(res):
    text = "The talks will follow an EU summit on the troubled region that took place on March 3."
    ev = by_trigger(code(res, text, "2024-05-09"), "summit")
    assert ev.date.value == "2024-03-03"


def test_a_relative_clause_of_another_verb_on_a_place_dates_nothing(res):
    text = "NATO held a summit on the island nation that elected a president on March 3."
    ev = by_trigger(code(res, text, "2024-05-09"), "summit")
    assert ev.date.value != "2024-03-03"


# -- the word lists -----------------------------------------------------------------------------

def test_the_word_lists_load_and_are_validated(monkeypatch):
    data = dates_data()
    assert "take place" in data.occurrence_verbs and "now" in data.bygone_adverbs
    from diplograph.extract.dates import presupposed
    presupposed.dates_data.cache_clear()
    import diplograph.data as data_mod
    monkeypatch.setattr(data_mod, "read_yaml", lambda name, err: ("x", {"kind": "dates", "bygone_adverbs": []}))
    with pytest.raises(DatesDataError):
        presupposed.dates_data()
    presupposed.dates_data.cache_clear()


# -- a statement dated where it was issued -------------------------------------------------------

def test_the_date_a_statement_was_issued_dates_what_it_says(res):
    text = ("Indian troops clashed with Chinese troops on Monday night.\n\nThe military statement released on "
            "Tuesday evening further said Chinese troops have withdrawn from the valley.")
    ev = by_trigger(code(res, text, "2020-06-16"), "withdrawn")
    assert ev.date.value == "2020-06-16"


def test_a_dated_participle_on_an_object_does_not_date_the_saying(res):
    # "the report published on Tuesday" is the object: its date is the report's, not the rejection's
    text = "Iran fired missiles at Israel on Saturday.\n\nIsrael rejected the report published on 2 May."
    ev = by_trigger(code(res, text, "2020-06-16"), "rejected")
    assert ev.date.value != "2020-05-02"


# -- a record of acts over many places ----------------------------------------------------------

def test_a_body_perfect_spread_over_several_places_is_not_the_news(res):
    text = ("Mali expelled France's ambassador on Monday.\n\nMali's junta gave the envoy 72 hours to leave "
            "the country, officials said.\n\nFrance has sent troops to several countries of the Sahel "
            "to fight jihadists.")
    ev = by_trigger(code(res, text, "2022-02-01"), "sent")
    assert ev.date.value is None


def test_a_body_perfect_to_one_place_keeps_the_story_time(res):
    text = ("Mali expelled France's ambassador on Monday.\n\nMali's junta gave the envoy 72 hours to leave "
            "the country, officials said.\n\nFrance has sent troops to Niger to fight jihadists.")
    ev = by_trigger(code(res, text, "2022-02-01"), "sent")
    assert ev.date.value is not None


# -- a known act named in an irrealis clause ---------------------------------------------------

def test_a_definite_known_act_keeps_its_date_in_a_clause_about_the_future(res):
    text = "Donors will gather in Doha to plan aid after the Taliban takeover."
    ev = by_trigger(code(res, text, "2021-10-20"), "takeover")
    assert ev.date.value == "2021-08-15" and ev.date.anchor == "event"


def test_an_indefinite_act_in_an_irrealis_clause_is_not_the_known_one(res):
    text = "A new Taliban takeover of Kabul could follow."
    events = code(res, text, "2021-10-20")
    assert all(e.date.value is None for e in events)
