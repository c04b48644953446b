"""Which mention dates a merged event: a date the text gives wins; a retelling dated only by its tense
(the discourse's or the publication's time) does not date an act its document first told undated."""

from __future__ import annotations

import duckdb

from diplograph.store.merge_tables import _events_from

COLUMNS = ("mention_id VARCHAR, event_id VARCHAR, doc_id VARCHAR, start INTEGER, type VARCHAR, act_type VARCHAR, "
           "mode VARCHAR, context VARCHAR, source_id VARCHAR, source_via VARCHAR, target_id VARCHAR, "
           "target_via VARCHAR, date VARCHAR, date_precision VARCHAR, date_text VARCHAR, date_anchor VARCHAR, "
           "date_end VARCHAR, date_end_precision VARCHAR, negated BOOLEAN, modality VARCHAR, intensity DOUBLE, "
           "quad INTEGER, retells VARCHAR")


def chosen(*mentions):
    con = duckdb.connect()
    con.execute(f"CREATE TABLE event_mentions ({COLUMNS})")
    con.execute("CREATE TABLE _plan (mention_id VARCHAR, reason VARCHAR)")
    for mid, doc, start, date, anchor in mentions:
        con.execute("INSERT INTO event_mentions VALUES (?, 'ev', ?, ?, 'SUPPORT', 'SUPPORT', NULL, NULL, 'RUS', NULL, "
                    "'TALIBAN', NULL, ?, NULL, NULL, ?, NULL, NULL, false, 'asserted', 1.0, 1, NULL)",
                    [mid, doc, start, date, anchor])
    sql = _events_from("event_mentions m LEFT JOIN _plan p USING (mention_id)", "event_mentions")
    return con.execute(f"SELECT date, date_anchor FROM ({sql})").fetchone()


def test_a_tense_dated_retelling_does_not_date_an_act_first_told_undated():
    assert chosen(("a", "d1", 10, None, "none"), ("b", "d1", 500, "2016", "publication")) == (None, "none")


def test_a_tense_dated_first_telling_keeps_its_date():
    assert chosen(("a", "d1", 10, "2016", "publication"), ("b", "d1", 500, None, "none")) == ("2016", "publication")


def test_another_documents_publication_date_still_dates_the_act():
    assert chosen(("a", "d1", 10, None, "none"), ("b", "d2", 500, "2016-12", "publication")) == ("2016-12", "publication")


def test_a_date_the_text_gives_wins_over_an_undated_first_telling():
    assert chosen(("a", "d1", 10, None, "none"), ("b", "d1", 500, "2007", "explicit")) == ("2007", "explicit")


def chosen_modality(*mentions):
    con = duckdb.connect()
    con.execute(f"CREATE TABLE event_mentions ({COLUMNS})")
    con.execute("CREATE TABLE _plan (mention_id VARCHAR, reason VARCHAR)")
    for mid, start, date, modality in mentions:
        con.execute("INSERT INTO event_mentions VALUES (?, 'ev', 'd1', ?, 'CONSULT', 'CONSULT', NULL, NULL, 'RUS', "
                    "NULL, 'TALIBAN', NULL, ?, NULL, NULL, 'explicit', NULL, NULL, false, ?, 1.0, 1, NULL)",
                    [mid, start, date, modality])
    sql = _events_from("event_mentions m LEFT JOIN _plan p USING (mention_id)", "event_mentions")
    return con.execute(f"SELECT date, modality FROM ({sql})").fetchone()


def test_an_act_one_mention_asserts_is_asserted_though_its_best_dated_mention_reports_it():
    assert chosen_modality(("a", 10, "2016-12", "reported"), ("b", 500, None, "asserted")) == ("2016-12", "asserted")
    assert chosen_modality(("a", 10, "2016-12", "reported"), ("b", 500, None, "future")) == ("2016-12", "reported")
