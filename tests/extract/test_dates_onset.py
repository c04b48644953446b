"""An act that opens a relation, undated in its own clause, takes the date of an adjacent statement of
when the same pair's relation began (extract/dates/onset.py).  Invented mini-articles."""

from __future__ import annotations

import diplograph

from helpers import by_trigger

PUB = "2024-05-02"


def code(res, text, published=PUB):
    return diplograph.code(text, resources=res, published=published)


def test_the_next_sentence_dates_the_opening_of_relations(res):
    text = ("This led Kenya to establish diplomatic relations with the Polisario Front. A Polisario official "
            "said that Kenya's relationship with the Polisario Front began in 2009.")
    ev = by_trigger(code(res, text), "establish")
    assert ev.date.value == "2009"
    assert ev.date.anchor == "event"
    assert "began in 2009" in ev.date.text


def test_opening_talks_takes_the_onset_of_contacts(res):
    text = "Ghana entered into negotiations with Togo. Ghana's relationship with Togo began in 2012."
    ev = by_trigger(code(res, text), "negotiation")
    assert (ev.date.value, ev.date.anchor) == ("2012", "event")


def test_another_pair_dates_nothing(res):
    text = "This led Kenya to establish diplomatic relations with Morocco. Algeria's ties with Morocco began in 2009."
    assert by_trigger(code(res, text), "establish").date.value is None


def test_an_act_that_does_not_open_the_relation_is_not_dated(res):
    text = "Ghana restored relations with Togo. Ghana's relationship with Togo began in 2012."
    assert by_trigger(code(res, text), "restor").date.value is None


def test_a_negated_opening_is_not_dated(res):
    text = "Ghana did not establish relations with Togo. Ghana's relationship with Togo began in 2012."
    assert by_trigger(code(res, text), "establish").date.value is None


def test_a_paragraph_break_or_a_distant_sentence_keeps_the_act_undated(res):
    text = "Ghana entered into negotiations with Togo.\n\nGhana's relationship with Togo began in 2012."
    assert by_trigger(code(res, text), "negotiation").date.value is None
    text = ("Ghana's relationship with Togo began in 2012. Ghana has since deepened ties with Togo. "
            "The move later led Ghana to open talks with Togo.")
    assert by_trigger(code(res, text), "talk").date.value is None


def test_an_onset_after_publication_dates_nothing(res):
    text = "This led Kenya to establish diplomatic relations with Morocco. Kenya's ties with Morocco began in 2030."
    ev = by_trigger(code(res, text), "establish")
    assert ev.date.value != "2030" and ev.date.anchor != "event"


def test_opens_relation_reads_the_verb_and_its_object(res):
    from diplograph.extract.dates.onset import opens_relation
    doc = res.nlp("Chile forged ties with Peru and opened an embassy in Lima.")
    forged = next(t for t in doc if t.lower_ == "forged")
    opened = next(t for t in doc if t.lower_ == "opened")
    assert opens_relation(doc, forged.i)
    assert not opens_relation(doc, opened.i)


def test_an_onset_told_before_dates_the_opening_after_it(res):
    text = ("Ghana's ties with Togo date back to 2012, officials say. This led Ghana to establish diplomatic "
            "relations with Togo.")
    ev = by_trigger(code(res, text), "establish")
    assert (ev.date.value, ev.date.anchor) == ("2012", "event")
