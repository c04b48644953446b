"""Dating every datable event: attachment and scope of time expressions, discourse time, publication
time, event anchors, spans.  Invented mini-articles with their publication dates."""

from __future__ import annotations

import diplograph
from helpers import find_event as find
from diplograph.extract.dates.timex import find_timexes


def code(res, text, published):
    return diplograph.code(text, resources=res, published=published)


def when(ev):
    return ev.date.value, ev.date.anchor


# -- attachment and scope ------------------------------------------------------------------

def test_a_date_after_coordinated_predicates_dates_each(res):
    evs = code(res, "Russia armed the Taliban and attacked Pakistan in 2001.", "2024-05-02")
    assert when(find(evs, "AID", "RUS")) == ("2001", "explicit")
    assert when(find(evs, "ASSAULT", "RUS", "PAK")) == ("2001", "explicit")


def test_a_date_after_a_parenthetical_participle_belongs_to_the_main_clause(res):
    ev = find(code(res, "Brazil and Chile agreed to restore trade links, frozen since 1980, in March 2012.",
                   "2024-06-02"), "AGREE")
    assert when(ev) == ("2012-03", "explicit")


def test_the_date_of_a_goal_does_not_date_the_invitation(res):
    ev = find(code(res, "China invited Japan to talks on October 20.", "2024-05-02"), "REQUEST", "CHN")
    assert ev.date.value != "2024-10-20" and ev.date.value != "2023-10-20"


def test_month_day_without_year_reads_by_tense(res):
    past = find(code(res, "On March 25, Peru lodged a protest against Ecuador.", "2024-06-02"), "ACCUSE", "PER")
    assert when(past) == ("2024-03-25", "relative")
    future = find(code(res, "Peru will hold talks with Ecuador in mid-November.", "2024-09-11"), "AGREE", "PER")
    assert future.date.value == "2024-11"  # not the November before the article


# -- discourse time ---------------------------------------------------------------------------

NARRATIVE = ("In 2014, Russia seized Crimea. Ukraine severed ties with Moscow.\n\n"
             "Kenya has expelled the Somali ambassador.")


def test_past_sentences_inherit_the_narrative_time_until_a_paragraph_break(res):
    evs = code(res, NARRATIVE, "2024-05-02")
    assert when(find(evs, "SANCTION", "UKR", "RUS")) == ("2014", "discourse")
    # a new paragraph in the present perfect: a current act, not 2014; past the lead of a text that
    # names no day of news, only its year is sure
    assert when(find(evs, "SANCTION", "KEN")) == ("2024", "publication")


def test_the_leads_day_is_the_story_day(res):
    text = ("Iran arrested two British sailors on Wednesday, officials said.\n\n"
            "London condemned the arrest.")
    evs = code(res, text, "2024-05-02")
    assert when(find(evs, "COERCE", "IRN", "GBR")) == ("2024-05-01", "relative")
    assert find(evs, "ACCUSE", "GBR").date.value == "2024-05-01"


def test_habits_and_the_future_get_no_date_from_the_discourse(res):
    evs = code(res, "Chinese vessels frequently harass Filipino boats. Beijing will send envoys to Hanoi.",
               "2024-05-02")
    assert all(e.date.value is None for e in evs if e.source and e.source.actor_id == "CHN")


def test_a_relative_clause_aside_keeps_its_own_time(res):
    evs = code(res, "Peru, which bought tanks from Russia, signed a trade pact with Chile on Monday.", "2024-03-06")
    assert find(evs, "SUPPORT", "PER", "CHL").date.value == "2024-03-04"
    assert all(e.date.value is None for e in evs if e.target and e.target.actor_id == "RUS")


def test_would_with_a_month_reads_ahead(res):
    evs = code(res, "Brazil said it would send troops to Haiti in January.", "2023-10-04")
    dates = {e.type: e.date.value for e in evs if e.target and e.target.actor_id == "HTI"}
    # the act announced lies ahead; the announcement (the intent's own event) is dated by its telling
    assert dates.get("MOBILIZE") == "2024-01" and all(v in ("2024-01", "2023-10") for v in dates.values())
    assert [v for t, v in dates.items() if t != "MOBILIZE"] in ([], ["2023-10"])


def test_a_present_speech_act_of_a_report_is_the_news(res):
    ev = find(code(res, "Iran accuses Israel of sabotage.", "2021-04-12"), "ACCUSE", "IRN", "ISR")
    assert when(ev) == ("2021-04", "publication")


def test_a_day_later_counts_from_the_day_told(res):
    text = ("Egypt recalled its ambassador from Turkey on Sunday.\n\n"
            "The decision came a day after Turkish troops attacked Egyptian positions.")
    ev = find(code(res, text, "2016-01-05"), "ASSAULT", "TUR")
    assert ev.date.value == "2016-01-02"


# -- anchored on another act -----------------------------------------------------------------

def test_after_the_named_act_takes_its_date(res):
    text = ("In May 2019, Iran arrested a British diplomat. "
            "France expelled the Iranian ambassador after the arrest.")
    ev = find(code(res, text, "2024-05-02"), "SANCTION", "FRA")
    assert when(ev) == ("2019-05", "event")


# -- spans --------------------------------------------------------------------------------------

def test_a_range_keeps_its_end(res):
    ev = find(code(res, "Russia armed the Taliban between 1996 and 2001.", "2024-05-02"), "AID", "RUS")
    assert (ev.date.value, ev.date.end, ev.date.end_precision) == ("1996", "2001", "year")


def test_since_is_open_ended(res):
    ev = find(code(res, "Israel has blockaded Gaza since 2007.", "2024-05-02"), "COERCE", "ISR")
    assert (ev.date.value, ev.date.end) == ("2007", "..")


def test_spans_counted_from_the_publication():
    [tx] = [t for t in find_timexes("Fighting grew over the past year.", published="2016-12-31") if t.value]
    assert (tx.value, tx.end_value) == ("2016-01", "2016-12")
    [tx] = [t for t in find_timexes("They met last week.", published="2024-09-11") if t.value]
    assert (tx.value, tx.end_value) == ("2024-09-02", "2024-09-08")
    [tx] = [t for t in find_timexes("Shelling resumed last night.", published="2024-09-11") if t.value]
    assert tx.value == "2024-09-10"


def test_no_past_act_is_dated_after_the_publication(res):
    ev = find(code(res, "On October 20, Chad expelled the French ambassador.", "2024-05-02"), "SANCTION", "TCD")
    assert ev.date.value == "2023-10-20"


def test_the_span_is_stored_and_exported(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia armed the Taliban between 1996 and 2001.\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    diplograph.ingest([folder], db=db, published="2024-05-02")
    [ev] = [e for e in diplograph.api.events(db) if e["type"] == "AID"]
    assert (ev["date"], ev["date_end"], ev["date_end_precision"], ev["date_anchor"]) == ("1996", "2001", "year", "explicit")
