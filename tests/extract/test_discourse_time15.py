"""Event dates from discourse (round 15): a paragraph framing a period, a re-mention of a dated act, an
act told as the background of a dated act, states and ongoing processes, weekday phrases with a time of
day, and one act told with its day and with its month.  Invented mini-articles, with their publication
dates (2024-05-12 is a Sunday)."""

from __future__ import annotations

import diplograph
from helpers import find_event as find

PUB = "2024-05-12"


def code(res, text, published=PUB):
    return diplograph.code(text, resources=res, published=published)


def span(ev):
    return ev.date.value, ev.date.end


# -- a paragraph that frames a period --------------------------------------------------------

def test_a_range_framed_by_a_noun_of_years_dates_the_clause(res):
    evs = code(res, "In the years from 2010 to 2012, Sudan bombed villages in South Sudan.")
    assert span(find(evs, "ASSAULT", "SDN", "SSD")) == ("2010", "2012")


def test_the_framed_range_dates_the_next_sentence_too(res):
    evs = code(res, "In the years from 2010 to 2012, Sudan bombed villages in South Sudan. "
                    "Khartoum also expelled aid workers.")
    assert span(find(evs, "COERCE", "SDN")) == ("2010", "2012")


def test_a_rule_framed_by_its_years_dates_the_acts_told_after_it(res):
    evs = code(res, "During the military rule from 1976 to 1983, the junta abducted thousands of dissidents. "
                    "It tortured prisoners and expelled foreign reporters.")
    assert span(find(evs, "COERCE", tgt="GEN_MEDIA")) == ("1976", "1983")


def test_a_new_year_ends_the_frame(res):
    evs = code(res, "From 2001 to 2003, Chile closed its border with Bolivia. "
                    "In 2010, Chile expelled Bolivian diplomats.")
    assert find(evs, "SANCTION").date.value == "2010"


def test_a_noun_of_months_framing_a_span_dates_the_clause(res):
    evs = code(res, "During the months between January and March, Russian jets bombed Idlib.", "2024-05-12")
    ev = find(evs, "ASSAULT", "RUS")
    assert ev.date.value == "2024-01" and ev.date.end == "2024-03"


# -- a re-mention of a dated act ---------------------------------------------------------------

def test_a_condemned_expulsion_keeps_the_day_it_was_told(res):
    evs = code(res, "Serbia expelled the Croatian ambassador on 4 March. Croatia condemned the expulsion.")
    assert find(evs, "SANCTION", "SRB", "HRV").date.value == "2024-03-04"


def test_a_possessive_re_mention_on_a_later_day_keeps_the_first_date(res):
    evs = code(res, "Poland expelled two Russian diplomats on 3 March. On Friday, Russia expelled three "
                    "Polish diplomats in response to the expulsion.")
    assert find(evs, "SANCTION", "POL", "RUS").date.value == "2024-03-03"
    assert find(evs, "SANCTION", "RUS", "POL").date.value == "2024-05-10"


# -- an act told as the background of a dated act --------------------------------------------

def test_hours_before_the_fronted_phrase_put_the_act_on_that_day(res):
    evs = code(res, "Hours after Monday's clash, Japan protested to China.")
    assert find(evs, "ACCUSE", "JPN", "CHN").date.value == "2024-05-06"


def test_minutes_before_the_fronted_phrase_put_the_act_on_that_day(res):
    evs = code(res, "Minutes after Thursday's launch, Japan condemned North Korea.")
    assert find(evs, "ACCUSE", "JPN", "PRK").date.value == "2024-05-09"


def test_hours_after_the_landmark_at_the_end_of_the_clause(res):
    evs = code(res, "India summoned the Chinese ambassador hours after Monday's clash.")
    assert find(evs, "ACCUSE", "IND", "CHN").date.value == "2024-05-06"


def test_days_counted_from_the_landmark_move_the_day(res):
    evs = code(res, "Two days after Monday's clash, Japan protested to China.")
    assert find(evs, "ACCUSE", "JPN", "CHN").date.value == "2024-05-08"


def test_weeks_after_the_landmark_are_not_its_day(res):
    evs = code(res, "Weeks after Monday's clash, Japan protested to China.")
    assert find(evs, "ACCUSE", "JPN", "CHN").date.value != "2024-05-06"


def test_jets_scrambled_during_the_incursion_take_its_day(res):
    evs = code(res, "Chinese warships entered Japanese waters on Saturday. Japan scrambled jets during the incursion.")
    assert find(evs, "MOBILIZE", "JPN").date.value == "2024-05-11"


def test_a_resolution_demanding_is_dated_with_its_adoption(res):
    evs = code(res, "The African Union on Sunday adopted a resolution demanding that Sudan halt air strikes "
                    "in Darfur.", "2024-03-08")
    assert find(evs, "REQUEST", "AU", "SDN").date.value == "2024-03-03"


def test_a_statement_urging_is_dated_with_its_issuing(res):
    evs = code(res, "On Sunday, the Gulf Cooperation Council issued a statement urging Iran to release the "
                    "tanker.", "2024-03-08")
    assert find(evs, "REQUEST", tgt="IRN").date.value == "2024-03-03"


def test_a_relative_clause_describing_a_participant_keeps_its_own_time(res):
    evs = code(res, "Fishermen detained by Iran were freed by Tehran on Monday.", "2024-03-08")
    for ev in evs:
        if ev.type == "COERCE" and ev.trigger == "detained":
            assert ev.date.value != "2024-03-04"


# -- states and ongoing processes ------------------------------------------------------------

def test_a_detention_since_a_month_is_open_from_it(res):
    ev = find(code(res, "Iran has detained the British journalist since March."), "COERCE", "IRN")
    assert span(ev) == ("2024-03", "..")


def test_the_year_of_a_disaster_does_not_date_the_accusation(res):
    evs = code(res, "Pakistan, still reeling from the 2010 floods, accused India of violating the ceasefire.")
    assert find(evs, "ACCUSE", "PAK", "IND").date.value != "2010"


def test_the_year_of_a_background_clause_does_not_date_the_main_act(res):
    evs = code(res, "Ukraine, which lost Crimea in 2014, accused Russia of shelling Kharkiv.")
    assert find(evs, "ACCUSE", "UKR", "RUS").date.value != "2014"


def test_the_year_of_a_tsunami_does_not_date_the_aid(res):
    evs = code(res, "India, hit by the 2004 tsunami, sent aid to Sri Lanka on Monday.")
    assert find(evs, "AID", "IND", "LKA").date.value == "2024-05-06"


def test_a_blockade_since_a_year_is_open_from_it(res):
    ev = find(code(res, "Greece has blocked Turkey's accession talks since 2016."), "REJECT", "GRC")
    assert span(ev) == ("2016", "..")


# -- a weekday with a time of day -------------------------------------------------------------

def test_late_on_friday_is_friday(res):
    assert find(code(res, "Late on Friday, Israel struck targets in Lebanon."), "ASSAULT", "ISR").date.value \
        == "2024-05-10"


def test_friday_night_is_friday(res):
    assert find(code(res, "Israel struck targets in Lebanon on Friday night."), "ASSAULT", "ISR").date.value \
        == "2024-05-10"


def test_tuesday_afternoon_is_tuesday(res):
    assert find(code(res, "Russian troops shelled Ukrainian positions on Tuesday afternoon."),
                "ASSAULT", "RUS").date.value == "2024-05-07"


def test_early_on_wednesday_is_wednesday(res):
    assert find(code(res, "Early on Wednesday, Chinese coast guard ships rammed a Philippine vessel."),
                "ASSAULT", "CHN").date.value == "2024-05-08"


def test_wednesday_evening_is_wednesday(res):
    assert find(code(res, "On Wednesday evening, Egypt recalled its ambassador from Israel."),
                "SANCTION", "EGY").date.value == "2024-05-08"


# -- one act told with its day and with its month -----------------------------------------------

def test_the_day_a_definite_re_mention_writes_dates_the_act(res):
    evs = code(res, "Serbia expelled the Croatian ambassador in March. The expulsion on 4 March was condemned "
                    "by the EU.")
    assert find(evs, "SANCTION", "SRB", "HRV").date.value == "2024-03-04"


def test_the_day_in_an_apposed_phrase_of_the_re_mention_dates_the_act(res):
    evs = code(res, "Russia seized a Ukrainian ship in April. The seizure, on 14 April, drew protests from Kyiv.")
    assert find(evs, "COERCE", "RUS", "UKR").date.value == "2024-04-14"


def test_the_day_told_first_is_kept_when_the_month_follows(res):
    evs = code(res, "Serbia expelled the Croatian ambassador on 4 March. In March, Serbia expelled the Croatian "
                    "ambassador, prompting anger.")
    assert find(evs, "SANCTION", "SRB", "HRV").date.value == "2024-03-04"


def test_a_day_outside_the_month_does_not_date_the_act(res):
    evs = code(res, "Serbia expelled the Croatian ambassador in March. The expulsion on 4 May was condemned by "
                    "the EU.")
    assert find(evs, "SANCTION", "SRB", "HRV").date.value == "2024-03"


def test_two_different_days_leave_the_month(res):
    evs = code(res, "Israel struck Gaza in March. The strike on 4 March and the strike on 9 March killed dozens.")
    assert find(evs, "ASSAULT", "ISR").date.value == "2024-03"


def test_an_indefinite_noun_with_a_day_is_another_act(res):
    evs = code(res, "Israel struck Gaza in March. A strike on 4 March killed dozens.")
    assert find(evs, "ASSAULT", "ISR").date.value == "2024-03"


# -- an act after a day told this week: between that day and the writing ----------------------------

def test_after_a_meeting_on_a_day_this_week_lies_between_it_and_the_writing(res):
    evs = code(res, "After meeting Egypt's president in Cairo on Tuesday, the Israeli prime minister dropped his "
                    "objection to the deal.", "2024-03-08")
    ev = find(evs, "CONCEDE")
    assert span(ev) == ("2024-03-05", "2024-03-08")


def test_after_a_day_weeks_before_the_writing_keeps_the_month(res):
    evs = code(res, "Israel reopened the crossing after the talks with Egypt on 4 March.", "2024-03-28")
    assert span(find(evs, "RETREAT", "ISR")) == ("2024-03", None)


def test_after_an_act_dated_only_by_the_story_keeps_the_month(res):
    evs = code(res, "Chile cut ties with Peru after Peruvian police raided the Chilean embassy.", "2024-03-08")
    assert find(evs, "SANCTION", "CHL").date.end is None


# -- a wire dateline names the day of writing ----------------------------------------------------

def test_today_under_a_dateline_is_the_dateline_day(res):
    evs = code(res, "SUVA, Sept 16 (Reuters) - Fiji's government today expelled two Chinese diplomats.", "2025-09-18")
    assert find(evs, "SANCTION", "FJI", "CHN").date.value == "2025-09-16"


def test_a_weekday_under_a_dateline_counts_from_it(res):
    evs = code(res, "SUVA, Sept 16 - Fiji expelled two Chinese diplomats on Monday.", "2025-09-20")
    assert find(evs, "SANCTION", "FJI", "CHN").date.value == "2025-09-15"


def test_a_december_dateline_of_a_january_text_is_of_the_year_before(res):
    evs = code(res, "SUVA, Dec 30 - Fiji today expelled two Chinese diplomats.", "2025-01-02")
    assert find(evs, "SANCTION", "FJI", "CHN").date.value == "2024-12-30"


def test_a_dateline_weeks_before_the_publication_is_not_the_day_of_writing(res):
    evs = code(res, "SUVA, Sept 1 - Fiji today expelled two Chinese diplomats.", "2025-09-18")
    assert find(evs, "SANCTION", "FJI", "CHN").date.value != "2025-09-01"


# -- a regime or period whose span a relative clause tells frames the clause -----------------------

def test_under_a_junta_that_ruled_for_a_span_the_acts_take_the_span(res):
    evs = code(res, "Under the junta, which ruled from 1994 to 1999, soldiers arrested opposition leaders. "
                    "They also closed newspapers.")
    assert span(find(evs, "COERCE", tgt="GEN_OPPOSITION")) == ("1994", "1999")
    assert span(find(evs, "COERCE", tgt="GRP_NEWSPAPERS")) == ("1994", "1999")


def test_during_a_war_that_lasted_for_a_span_the_shelling_takes_the_span(res):
    evs = code(res, "During the war, which lasted from 1992 to 1995, Serbian forces shelled Sarajevo.")
    assert span(find(evs, "ASSAULT", "SRB", "BIH")) == ("1992", "1995")


def test_the_year_a_war_was_launched_does_not_date_what_happened_during_it(res):
    evs = code(res, "During the war, which Serbia launched in 1992, Serbian forces shelled Sarajevo.")
    assert find(evs, "ASSAULT", "SRB", "BIH").date.value != "1992"
