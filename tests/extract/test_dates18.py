"""Brief dates18: a date inside a noun phrase naming another event with a clause of its own ("after a flood
in 2012 that killed hundreds") is that event's, not the act's nor the narrative's; a past perfect with
no date of its own and no date told before it takes no date (not the publication's).  Invented texts."""

from __future__ import annotations

import diplograph
from diplograph.extract.dates.nested import described_apart, other_event


def code(res, text, published):
    return diplograph.code(text, resources=res, published=published)


def by(events, type_, src):
    found = [e for e in events if e.type == type_ and e.source and e.source.actor_id == src]
    assert found, [(e.type, e.source and e.source.actor_id) for e in events]
    return found[0]


def test_year_of_a_clash_with_its_own_clause_does_not_date_the_expulsion(res):
    evs = code(res, "Chile expelled Bolivia's envoy after a border clash in 2016 that killed ten soldiers.",
               "2024-05-08")
    assert by(evs, "SANCTION", "CHL").date.value != "2016"


def test_the_clause_of_the_other_event_keeps_the_year(res):
    evs = code(res, "Chile expelled Bolivia's envoy after a border clash in 2016 that killed ten soldiers.",
               "2024-05-08")
    killed = [e for e in evs if e.type == "ASSAULT"]
    assert killed and killed[0].date.value == "2016"


def test_the_year_is_not_the_next_sentences_time(res):
    text = ("Prosecutors in Peru are investigating the minister after a flood in 2012 that killed hundreds. "
            "He was convicted of bribery. Peru expelled Chile's ambassador.")
    evs = code(res, text, "2024-05-08")
    assert by(evs, "SANCTION", "PER").date.value != "2012"
    assert by(evs, "ACCUSE", "PER").date.value != "2012"


def test_a_date_of_the_act_itself_still_dates_it(res):
    evs = code(res, "Chile expelled Bolivia's envoy on Monday after a border clash in 2016 that killed ten soldiers.",
               "2024-05-08")
    assert by(evs, "SANCTION", "CHL").date.value == "2024-05-06"


def test_a_count_from_the_other_event_still_dates_the_act(res):
    evs = code(res, "Chile expelled Bolivia's envoy two days after a border clash on 3 March that killed ten soldiers.",
               "2024-05-08")
    assert by(evs, "SANCTION", "CHL").date.value == "2024-03-05"


def test_a_past_perfect_with_nothing_told_before_it_is_undated(res):
    evs = code(res, "Hungary had vetoed the EU statement on Ukraine, diplomats said.", "2024-09-10")
    assert by(evs, "REJECT", "HUN").date.value is None


def test_a_past_perfect_after_a_told_date_keeps_its_month(res):
    evs = code(res, "Latvia expelled a Russian diplomat on Tuesday. Russia had accused Latvia of spying.", "2024-09-10")
    assert by(evs, "ACCUSE", "RUS").date.value == "2024-09"


def test_the_parse_shape_the_rules_read(res):
    from diplograph.nlp.model import load_model, parse
    doc = parse(load_model(res.settings.model), "Chile expelled Bolivia's envoy after a border clash in 2016 "
                "that killed ten soldiers.")
    clash, year, expelled = (next(t for t in doc if t.text == w) for w in ("clash", "2016", "expelled"))
    assert other_event(year.head, clash, expelled)
    assert not other_event(year.head, clash, clash)
    assert described_apart(clash, [_Tx(year.idx)])


class _Tx:
    """A stand-in time expression: a value and where it starts."""
    value = "2016"

    def __init__(self, start):
        self.start = start


def test_a_weekday_after_an_appositive_place_dates_the_fronted_talks(res):
    evs = code(res, "After talks with Nigeria in Accra, Ghana, on Sunday, Benin said it would reopen the border.",
               "2024-05-15")
    assert by(evs, "CONSULT", "BEN").date.value == "2024-05-12"


def test_the_repair_rehangs_the_time_phrase_on_the_fronted_phrase(res):
    from diplograph.nlp.model import load_model, parse
    from diplograph.nlp.repair import repair
    doc = parse(load_model(res.settings.model), "After a meeting with Gabon's president in Douala, Cameroon, "
                "on Monday, Chad's leader said the border would reopen.")
    assert next(t for t in doc if t.text == "on").head.text == "said"  # the parser's slip
    repair(doc)
    on = next(t for t in doc if t.text == "on")
    assert on.head.text == "president" and on.head.head.head.text == "meeting"


def test_the_fronted_meeting_takes_the_weekday(res):
    evs = code(res, "After a meeting with Gabon's president in Douala, Cameroon, on Monday, Chad's leader said "
               "the border would reopen.", "2024-05-15")
    assert by(evs, "CONSULT", "TCD").date.value == "2024-05-13"


def test_the_repair_leaves_a_time_phrase_after_the_subject(res):
    from diplograph.nlp.model import load_model, parse
    from diplograph.nlp.repair import repair
    doc = repair(parse(load_model(res.settings.model), "Benin held talks with Nigeria in Accra, Ghana, on Sunday."))
    on = next(t for t in doc if t.text == "on")
    assert on.head.text == "held"


def test_an_accusation_in_a_speech_takes_the_speech_month(res):
    evs = code(res, "In a speech in July, Zambia's president accused Malawi of harbouring rebels.", "2024-09-13")
    assert by(evs, "ACCUSE", "ZMB").date.value == "2024-07"


def test_a_pledge_at_a_meeting_takes_its_month(res):
    evs = code(res, "At a meeting in March, Kenya accused Somalia of stalling.", "2024-09-13")
    assert by(evs, "ACCUSE", "KEN").date.value == "2024-03"


def test_the_forum_frames_only_the_predicate_it_hangs_on(res):
    from diplograph.extract.dates.forum import forum
    from diplograph.nlp.model import load_model, parse
    doc = parse(load_model(res.settings.model), "In a speech in July, Zambia accused Malawi.")
    speech, accused = (next(t for t in doc if t.text == w) for w in ("speech", "accused"))
    assert forum(speech, accused, accused)
    assert not forum(speech, accused, speech)


def test_a_sentence_opening_back_then_with_no_date_before_is_undated(res):
    evs = code(res, "Back then, Egypt armed the rebels in Yemen.", "2024-09-13")
    assert by(evs, "AID", "EGY").date.value is None


def test_at_the_time_after_a_told_year_keeps_the_year(res):
    evs = code(res, "Egypt armed the rebels in Yemen in 1963. At the time, Saudi Arabia backed the royalists.",
               "2024-09-13")
    assert by(evs, "SUPPORT", "SAU").date.value == "1963"


def test_the_openers_are_read_from_the_data_file():
    from diplograph.extract.dates.backdrop import opens_back
    from diplograph.extract.dates.presupposed import dates_data
    assert "back then" in dates_data().bygone_openers
    assert opens_back("At that time, Peru armed X.") and not opens_back("Peru armed X at the time of the war.")
