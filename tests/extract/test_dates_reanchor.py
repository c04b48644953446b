"""Dates that belong to another act or another time than the one the clause tells: a comparison's
time, the phase of an act, a known event named again, the frame of a clause, the report of an act.
Invented mini-articles with their publication dates."""

from __future__ import annotations

import diplograph

from helpers import by_trigger

ANALYSIS_LEAD = ("Regional diplomacy is changing fast. Governments across the region are weighing new "
                 "alignments and old grievances alike.\n\n")


def code(res, text, published):
    return diplograph.code(text, resources=res, published=published)


def test_a_compared_time_does_not_date_the_clause(res):
    evs = code(res, "As in 2008, the Georgian army shelled the town of Tskhinvali in 2016.", "2024-05-02")
    assert by_trigger(evs, "shell").date.value == "2016"


def test_a_compared_time_does_not_become_the_narrative_time(res):
    text = "Unlike in 2010, in 2013 Kenya expelled the Sudanese envoy. Kenya also closed its embassy in Khartoum."
    evs = code(res, text, "2024-05-02")
    assert by_trigger(evs, "expel").date.value == "2013"
    assert by_trigger(evs, "closed").date.value == "2013"


def test_the_date_of_a_phase_is_not_the_date_of_the_act(res):
    evs = code(res, "The formal end of the NATO war in Libya in 2011 did not persuade Egypt to leave.", "2016-05-02")
    assert by_trigger(evs, "war").date.value != "2011"


def test_a_known_event_named_again_takes_its_own_date(res):
    text = ("In June 2021, Tehran received a Taliban delegation for talks. Meanwhile, the United States "
            "has withdrawn its forces, and the Taliban seized control of Kabul.")
    ev = by_trigger(code(res, text, "2021-10-14"), "seized")
    assert (ev.date.value, ev.date.anchor) == ("2021-08-15", "event")


def test_a_known_event_after_the_publication_is_not_that_event(res):
    ev = by_trigger(code(res, "Russia condemned the Taliban takeover of the border post.", "2019-06-02"), "condemn")
    assert ev.date.value != "2021-08-15"


def test_a_present_perfect_sentence_leaves_the_narrative(res):
    text = ("In March 2019, Iran hosted talks with Oman in Tehran. Since then, Qatar has recalled its envoy "
            "from Riyadh, and Saudi forces bombed the port of Hodeidah.")
    ev = by_trigger(code(res, text, "2024-05-02"), "bomb")
    assert ev.date.value != "2019-03"


def test_an_analysis_clause_framed_by_a_war_takes_no_date_of_the_text(res):
    text = ANALYSIS_LEAD + "Syria has been devastated during the civil war. Turkey has sent aid to Idlib."
    evs = code(res, text, "2021-10-15")
    for e in evs:
        if e.trigger.lower() in ("devastated", "war"):
            assert e.date.value is None, (e.trigger, e.date)
    assert by_trigger(evs, "sent").date.value == "2021"  # the present perfect without a frame keeps the year


def test_an_act_revealed_in_a_month_is_dated_to_its_year(res):
    text = "In March 2017, the ministry revealed that Iran supplied drones to the Houthis."
    ev = by_trigger(code(res, text, "2018-05-02"), "suppl")
    assert (ev.date.value, ev.date.precision) == ("2017", "year")


def test_an_act_revealed_on_a_day_keeps_the_day_of_its_report(res):
    ev = by_trigger(code(res, "The ministry revealed on Monday that Moscow had expelled two Polish diplomats.",
                         "2024-05-02"), "expel")
    assert ev.date.value == "2024-04-29"


def test_what_an_act_brought_about_is_dated_to_the_month_after_it(res):
    text = ("Then, Russia launched its invasion of Ukraine on 24 February. Russia's war brought almost universal "
            "condemnation, and just a handful of governments backed Moscow.")
    ev = by_trigger(code(res, text, "2022-08-10"), "condemn")
    assert (ev.date.value, ev.date.precision) == ("2022-02", "month")


def test_to_this_day_is_an_open_span_up_to_the_writing(res):
    text = ANALYSIS_LEAD + "To this day, contact between Iran and the Houthis is being conducted via the embassy."
    ev = by_trigger(code(res, text, "2021-10-10"), "contact")
    assert (ev.date.value, ev.date.end, ev.date.text) == ("2021", "..", "To this day")


def test_since_a_known_event_told_by_a_clause_opens_a_span_from_its_date(res):
    ev = by_trigger(code(res, "Since Ghani fled, the Russian ambassador has praised the Taliban.", "2021-09-10"),
                    "praised")
    assert (ev.date.value, ev.date.end, ev.date.anchor) == ("2021-08-15", "..", "event")


def test_a_modal_sentence_leaves_the_narrative(res):
    text = ("In 2014, Russia annexed Crimea. In this manner Russia might also seek to weaken Kyiv. "
            "Its interventions in Syria and Libya helped Moscow gain influence.")
    ev = by_trigger(code(res, text, "2022-08-10"), "helped")
    assert ev.date.value != "2014"


def test_a_refusal_of_any_talks_is_a_standing_policy(res):
    evs = code(res, ANALYSIS_LEAD + "Venezuela has refused to join any talks hosted by Brazil.",
               "2021-10-10")
    assert by_trigger(evs, "refused").date.value is None
    evs = code(res, ANALYSIS_LEAD + "Venezuela has refused to join the talks hosted by Brazil.",
               "2021-10-10")
    assert by_trigger(evs, "refused").date.value == "2021"


def test_what_an_act_answers_is_not_dated_to_its_day(res):
    text = ("On December 8, the Russian envoy held a press conference in Moscow. He countered international "
            "criticism of Russia by insisting that its contacts with Iran were limited.")
    ev = by_trigger(code(res, text, "2016-12-31"), "criticism")
    assert (ev.date.value, ev.date.precision) == ("2016-12", "month")


def test_still_is_an_open_span_up_to_the_writing(res):
    ev = by_trigger(code(res, "Russia is still supplying fuel to the Taliban.", "2022-10-10"), "supplying")
    assert (ev.date.value, ev.date.end, ev.date.text) == ("2022", "..", "still")


def test_a_passive_present_perfect_in_an_analysis_is_a_status(res):
    text = (ANALYSIS_LEAD + "Officially, the Houthi movement has been included by Washington on the list of "
            "terrorist organizations. Britain has sent aid to Beirut.")
    evs = code(res, text, "2021-10-15")
    assert by_trigger(evs, "included").date.value is None
    assert by_trigger(evs, "sent").date.value == "2021"
    lead = code(res, "The Houthi movement has been included by Washington on the list of terrorist organizations.",
                "2021-10-15")
    assert by_trigger(lead, "included").date.value == "2021-10"  # news: the act of the story's time
