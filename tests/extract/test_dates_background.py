"""When a clause without a time expression takes the story's time and when it does not; anchors on other
acts of the document; readings that follow the verb an expression modifies; spans.  Invented
mini-articles with their publication dates."""

from __future__ import annotations

import diplograph
from diplograph.extract.dates.timex import find_timexes


def code(res, text, published):
    return diplograph.code(text, resources=res, published=published)


def one(events, type_, src=None, tgt=None):
    found = [e for e in events if e.type == type_ and (src is None or e.source and e.source.actor_id == src)
             and (tgt is None or e.target and e.target.actor_id == tgt)]
    assert found, [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events]
    return found[0]


def when(ev):
    return ev.date.value, ev.date.end


# -- the story's day --------------------------------------------------------------------------

def test_the_lead_perfect_takes_the_day_the_report_names_later(res):
    text = "Chile has expelled Peru's ambassador.\n\nThe foreign ministry announced the decision on Tuesday night."
    ev = one(code(res, text, "2024-05-07"), "SANCTION", "CHL", "PER")
    assert ev.date.value == "2024-05-07"


def test_a_day_looked_ahead_to_is_not_the_story_day(res):
    text = "Chile has expelled Peru's ambassador.\n\nThe two foreign ministers will meet in Lima on Friday."
    ev = one(code(res, text, "2024-05-07"), "SANCTION", "CHL", "PER")
    assert ev.date.value == "2024-05"


# -- background -----------------------------------------------------------------------------

def test_the_past_in_the_body_of_an_analysis_is_background(res):
    text = ("Qatar and the Houthis\n\nQatar hosted talks with the Houthis in Doha in 2018, the first such meeting "
            "in the Gulf for years.\n\nIran armed the Houthis.")
    evs = code(res, text, "2024-05-02")
    assert one(evs, "CONSULT", "QAT").date.value == "2018"
    assert one(evs, "AID", "IRN", "HOUTHIS").date.value is None


def test_the_same_past_in_a_news_report_is_the_news(res):
    text = "Qatar hosted talks with the Houthis on Monday.\n\nIran armed the Houthis."
    ev = one(code(res, text, "2024-05-08"), "AID", "IRN", "HOUTHIS")
    assert ev.date.value == "2024-05-06"


def test_a_concessive_clause_takes_neither_the_main_clause_date_nor_the_story(res):
    evs = code(res, "Although Iran has expelled two British diplomats, Britain signed a trade deal with Iran on Monday.",
               "2024-05-08")
    assert one(evs, "SUPPORT", "GBR", "IRN").date.value == "2024-05-06"
    assert one(evs, "SANCTION", "IRN", "GBR").date.value is None


def test_acts_spread_over_time_or_repeated_take_no_story_date(res):
    for text, type_ in (("For years, Egypt has accused Ethiopia of endangering its water supply.", "ACCUSE"),
                        ("On several occasions, China has warned Japan against interfering in Taiwan.", "THREATEN"),
                        ("Russia continues to support the Syrian government.", "SUPPORT")):
        ev = one(code(res, text, "2024-05-08"), type_)
        assert ev.date.value is None, text


def test_a_participle_describing_a_participant_keeps_its_own_time(res):
    evs = code(res, "Two Indian fishermen detained by Sri Lanka were released on Wednesday.", "2024-05-08")
    assert one(evs, "RETREAT").date.value == "2024-05-08"
    assert one(evs, "COERCE", "LKA").date.value is None


def test_a_when_clause_after_a_date_is_told_at_that_date(res):
    ev = one(code(res, "The raid was the worst since March 2016 when Chadian troops attacked a Sudanese border post.",
                  "2024-05-08"), "ASSAULT", "TCD", "SDN")
    assert ev.date.value == "2016-03"


def test_a_date_below_another_listed_act_does_not_date_the_first(res):
    text = ("The report praises the border deal with Eritrea, the trade agreements with Kenya and the failure of "
            "the coup of ten years ago.")
    ev = one(code(res, text, "2021-08-20"), "AGREE", None, "KEN")
    assert ev.date.value != "2011"


def test_a_date_of_a_time_noun_dates_its_clause_and_a_nouns_own_date_moves_no_narrative(res):
    evs = code(res, "Syria armed Hezbollah during the 2006 war with Israel.", "2023-02-12")
    assert one(evs, "AID", "SYR").date.value == "2006"
    evs = code(res, "Russia condemned the 2015 deal with Iran.", "2023-02-12")
    assert one(evs, "ACCUSE", "RUS").date.value == "2023-02"


def test_a_date_in_the_first_conjunct_does_not_reach_a_later_one_in_another_tense(res):
    text = ("Oman successfully negotiated the release of four Western hostages from Houthi control in 2019, "
            "and seeks to use that experience in Yemen now.")
    evs = code(res, text, "2023-02-12")
    assert one(evs, "CONSULT", "OMN").date.value == "2019"
    assert all(e.date.value != "2019" for e in evs if e.trigger in ("seeks", "use"))  # (what it seeks is an aim)


# -- anchored on other acts --------------------------------------------------------------------

def test_a_landmark_act_takes_the_date_the_document_gives_it_later(res):
    text = ("Since Iraq's invasion of Kuwait, trade between Baghdad and Riyadh has stalled.\n\n"
            "Iraq launched its invasion of Kuwait on 2 August 1990.")
    told = [e for e in code(res, text, "2024-05-08") if e.type == "ASSAULT"]
    invasions = told + [r for e in told for r in e.retold]  # the two tellings may be folded into one
    assert len(invasions) == 2 and all(e.date.value == "1990-08-02" for e in invasions)


def test_n_units_after_a_dated_act(res):
    text = "In March 2021, Iran seized a South Korean tanker.\n\nTwo months after the seizure, Seoul sent envoys to Tehran."
    ev = one(code(res, text, "2024-05-08"), "CONSULT", "KOR", "IRN")
    assert (ev.date.value, ev.date.anchor) == ("2021-05", "event")


def test_the_day_after_an_act_dated_in_its_own_clause(res):
    text = "Greece's foreign minister visited Ankara the day after the earthquake struck on 6 February."
    assert one(code(res, text, "2023-02-15"), "CONSULT", "GRC").date.value == "2023-02-07"


def test_a_day_after_counts_back_from_the_clause_it_modifies(res):
    text = "Niger expelled the French ambassador on Monday, two days after Paris criticised the junta."
    evs = code(res, text, "2023-08-30")
    assert one(evs, "SANCTION", "NER").date.value == "2023-08-28"
    assert one(evs, "ACCUSE", "FRA").date.value == "2023-08-26"


def test_the_anniversary_of_an_act_dated_elsewhere(res):
    text = ("The coup of 1 February 2021 ended Myanmar's democratic transition.\n\n"
            "On the anniversary of the coup, Myanmar exiles protested outside the Chinese embassy in London.")
    ev = one(code(res, text, "2024-02-03"), "PROTEST")
    assert (ev.date.value, ev.date.anchor) == ("2024-02-01", "event")


# -- readings and the publication ---------------------------------------------------------------

def test_a_purpose_takes_the_reading_of_the_verb_the_date_modifies(res):
    ev = one(code(res, "Bolivian police stormed the Peruvian embassy late Friday to detain opposition senator Carlos Mesa.",
                  "2024-04-06"), "COERCE", "BOL")
    assert ev.date.value == "2024-04-05"


def test_a_hypothetical_is_not_dated_after_the_publication_a_future_is(res):
    must = one(code(res, "Under the truce, Serbian units must leave Kosovo by 15 June.", "2024-05-08"),
               "RETREAT")
    assert must.modality == "hypothetical" and must.date.value is None
    will = one(code(res, "Russia will hold talks with China on 1 December.", "2020-11-10"), "AGREE", "RUS")
    assert will.date.value == "2020-12-01"


def test_the_first_to_act_is_dated_by_its_copula(res):
    ev = one(code(res, "Qatar was the first to call for a ceasefire in Sudan.", "2024-05-08"), "REQUEST", "QAT")
    assert ev.date.value == "2024-05"


def test_a_headline_in_the_present_is_the_news(res):
    ev = one(code(res, "Brazil expels Nicaraguan ambassador", "2024-08-09"), "SANCTION", "BRA")
    assert (ev.date.value, ev.date.end) == ("2024-08-08", "2024-08-09")  # the day before the publication up to it


def test_a_date_does_not_reach_across_a_semicolon(res):
    text = "Talks with Caracas have already started; Colombia had opened talks with Venezuela as early as 2019."
    evs = code(res, text, "2021-08-20")
    assert one(evs, "CONSULT", "COL", "VEN").date.value == "2019"
    assert all(e.date.value != "2019" for e in evs if e.trigger == "Talks")


# -- spans ------------------------------------------------------------------------------------------

def test_spans_of_months_days_and_weekdays(res):
    ev = one(code(res, "Armenian and Azerbaijani forces clashed along the border from May 2021 to September 2022.",
                  "2023-10-11"), "ASSAULT")
    assert (when(ev), ev.date.end_precision) == (("2021-05", "2022-09"), "month")
    ev = one(code(res, "Indian and Chinese commanders held talks between 6 and 22 June.", "2020-06-24"), "CONSULT")
    assert when(ev) == ("2020-06-06", "2020-06-22")
    [tx] = [t for t in find_timexes("Between Friday and Sunday, shelling went on.", published="2020-10-28") if t.value]
    assert (tx.value, tx.end_value) == ("2020-10-23", "2020-10-25")
    [tx] = [t for t in find_timexes("They marched from January to April.", published="2025-06-18") if t.value]
    assert (tx.value, tx.end_value) == ("2025-01", "2025-04")


def test_last_weekend_is_the_saturday_and_sunday_before():
    [tx] = [t for t in find_timexes("Last weekend, police detained 60 protesters.", published="2023-06-28") if t.value]
    assert (tx.value, tx.end_value) == ("2023-06-24", "2023-06-25")


def test_no_break_spaces_and_relative_days():
    [tx] = [t for t in find_timexes("The forum in\xa0June ended.", published="2022-08") if t.value]
    assert tx.value == "2022-06"
    [tx] = [t for t in find_timexes("They reacted the next day.", published="2019-08-07", narrative="2019-08-05")
            if t.value]
    assert tx.value == "2019-08-06"
    [tx] = [t for t in find_timexes("It hopes to sign by the end of the year.", published="2024-09-04") if t.value]
    assert tx.value == "2024"
