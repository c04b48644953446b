"""Discourse time in retrospective articles (analysis, background) that narrate the past: the
reference time is the last past time the narrative told, in its main line or in an "after/when"
clause it follows, never the publication.  Invented mini-articles with their publication dates."""

from __future__ import annotations

import diplograph
from diplograph.extract.dates.timex import OPEN, find_timexes


def code(res, text, published):
    return diplograph.code(text, resources=res, published=published)


def find(events, type_, src=None, tgt=None, trigger=None):
    for e in events:
        if e.type == type_ and (trigger is None or e.trigger == trigger) and (src is None or (e.source and src in (e.source.actor_id, e.source.via))) \
                and (tgt is None or (e.target and tgt in (e.target.actor_id, e.target.via))):
            return e
    raise AssertionError(f"no {type_} {src}->{tgt} in {[(e.type, e.source, e.target) for e in events]}")


def when(ev):
    return ev.date.value, ev.date.anchor


AFTER = ("Why Ankara and Cairo are mending fences\n\n"
         "After the Egyptian army removed President Mohamed Morsi in 2013, Turkey condemned the coup and "
         "gave shelter to members of the Muslim Brotherhood. Egypt responded by expelling the Turkish "
         "ambassador.")


def test_an_after_clause_sets_the_narrative_time_of_the_lead(res):
    evs = code(res, AFTER, "2023-02-10")
    assert when(find(evs, "AID", "TUR")) == ("2013", "discourse")  # the conjunct of the main clause
    assert when(find(evs, "SANCTION", "EGY", "TUR")) == ("2013", "discourse")  # "responded by": the story goes on
    assert all(e.date.value is None or e.date.value <= "2023-02" for e in evs)


def test_a_date_on_a_verb_the_main_clause_governs_sets_the_narrative_time(res):
    evs = code(res, "Relations between the two countries stayed cold for years.\n\n"
                    "Things began to change in 2016, when Saudi and Iraqi diplomats held talks in Baghdad. "
                    "Riyadh asked Iraq to reopen the border crossing at Arar.", "2022-03-01")
    assert when(find(evs, "REQUEST", "SAU", "IRQ")) == ("2016", "discourse")


def test_a_year_later_counts_from_the_previous_explicit_year(res):
    evs = code(res, "Tensions eased in 2021, when Turkish and Egyptian diplomats held talks in Cairo. "
                    "A year later, Egyptian President Abdel Fattah el-Sisi met Turkish President Recep "
                    "Tayyip Erdogan in Qatar.", "2023-06-15")
    assert when(find(evs, "CONSULT", "EGY", "TUR", "met")) == ("2022", "relative")


def test_shaking_hands_is_a_meeting_dated_by_a_year_later(res):
    evs = code(res, "Relations thawed in 2021, when Turkish and Egyptian diplomats held talks in Cairo. A year "
                    "later, Egyptian President Abdel Fattah el-Sisi shook hands with Recep Tayyip Erdogan at the "
                    "World Cup in Qatar.", "2023-06-15")
    assert when(find(evs, "CONSULT", "EGY", None, "shook")) == ("2022", "relative")
    assert not [e for e in code(res, "The two leaders shook hands for the cameras.", "2023-06-15") if e.trigger == "shook"]


def test_two_years_later_then_a_past_sentence_keeps_that_time(res):
    evs = code(res, "In 2015 Egypt and Ethiopia signed a declaration of principles in Khartoum. Two years "
                    "later, Egypt accused Ethiopia of stalling. Sudan sided with Ethiopia.", "2023-06-15")
    assert when(find(evs, "ACCUSE", "EGY", "ETH")) == ("2017", "relative")
    assert when(find(evs, "SUPPORT", "SDN", "ETH")) == ("2017", "discourse")


def test_a_fronted_year_without_a_comma_dates_its_clause(res):
    evs = code(res, "The long road between Bogota and Caracas\n\n"
                    "In 2019 Colombia recognised Juan Guaido as interim president of Venezuela. Venezuela "
                    "broke off diplomatic relations with Colombia.", "2023-06-15")
    assert when(find(evs, "SANCTION", "VEN", "COL")) == ("2019", "discourse")
    assert all(e.date.value is None or e.date.value <= "2019" for e in evs)


def test_at_the_time_takes_the_previous_date(res):
    evs = code(res, "In April 2007 Estonia moved a Soviet war memorial out of Tallinn. At the time, Russia "
                    "accused Estonia of glorifying fascism. Estonian officials blamed Moscow for a wave of "
                    "cyber attacks.", "2017-05-01")
    assert when(find(evs, "ACCUSE", "RUS", "EST")) == ("2007-04", "discourse")
    assert when(find(evs, "ACCUSE", "EST", "RUS")) == ("2007-04", "discourse")


def test_a_before_clause_does_not_set_the_narrative_time(res):
    evs = code(res, "Analysts look back at a difficult decade.\n\n"
                    "Before Russia annexed Crimea in 2014, Lithuania had warned the European Union. "
                    "Latvia expelled two Russian journalists.", "2023-06-15")
    assert find(evs, "COERCE", "LVA", "RUS").date.value != "2014"


LOOKING_BACK = ("How Morocco and Algeria drifted apart\n\n"
                "Algeria cut diplomatic ties with Morocco and closed its airspace to Moroccan planes. The rift "
                "followed decades of rivalry over Western Sahara.\n\n"
                "In 2020 the United States recognised Moroccan sovereignty over the territory. Algeria "
                "condemned the decision.")


def test_the_lead_of_a_text_that_looks_back_is_not_news(res):
    evs = code(res, LOOKING_BACK, "2023-06-15")
    headline = find(code(res, "Why Rabat and Algiers are mending fences\n\n" + LOOKING_BACK, "2023-06-15"),
                    "SUPPORT", None, None, "mending")
    assert when(headline) == ("2023-06", "publication")  # the headline's present is the news
    assert find(evs, "SANCTION", "DZA", "MAR").date.value is None  # not the publication month
    assert when(find(evs, "SUPPORT", "USA", "MAR")) == ("2020", "explicit")


def test_a_lead_is_news_when_the_text_names_a_recent_month(res):
    evs = code(res, "Algeria cuts ties with Morocco\n\n"
                    "Algeria cut diplomatic ties with Morocco and closed its airspace to Moroccan planes. "
                    "Morocco had recalled its ambassador in December.", "2023-01-20")
    assert when(find(evs, "SANCTION", "DZA", "MAR", "cut")) == ("2023-01", "discourse")


def test_a_month_of_that_year_takes_the_narratives_year(res):
    evs = code(res, "By 2020 Iran had enriched uranium far beyond the limits of the deal. In January of that "
                    "year an American drone strike killed the Iranian general Qassem Soleimani in Baghdad. Iran "
                    "retaliated with missile strikes on American bases in Iraq.", "2023-06-15")
    assert when(find(evs, "ASSAULT", "USA", None, "killed")) == ("2020-01", "relative")
    assert find(evs, "ASSAULT", "IRN", "USA").date.value == "2020-01"


def test_that_year_and_that_month_need_a_told_date():
    assert [(t.text, t.value) for t in find_timexes("Later that year, Chile met Peru.", published="2023-06-15",
                                                   narrative="2019-05")] == [("Later that year", "2019")]
    assert [t.value for t in find_timexes("That month Chile met Peru.", published="2023-06-15",
                                          narrative="2019-05")] == ["2019-05"]
    assert [t.value for t in find_timexes("Later that year, Chile met Peru.", published="2023-06-15")] == [None]


def test_since_then_opens_an_interval_at_the_narratives_time(res):
    evs = code(res, "In May 2018, the United States withdrew from the nuclear agreement with Iran. Since then, "
                    "Washington has imposed sanctions on Iranian oil exports, and Iran has expelled two inspectors "
                    "of the International Atomic Energy Agency.", "2023-06-15")
    for ev in (find(evs, "COERCE", "USA", "IRN"), find(evs, "SANCTION", "IRN")):
        assert (ev.date.value, ev.date.anchor, ev.date.end) == ("2018-05", "discourse", OPEN)
    plain = code(res, "Washington has imposed sanctions on Iranian oil exports.", "2023-06-15")
    assert find(plain, "COERCE", "USA", "IRN").date.end is None


def test_the_act_an_after_phrase_names_sets_the_narrative_time(res):
    evs = code(res, "After the 2014 annexation of Crimea, Lithuania condemned Moscow and sent weapons to Ukraine. "
                    "Latvia expelled two Russian journalists.", "2023-06-15")
    assert when(find(evs, "AID", "LTU", "UKR")) == ("2014", "discourse")  # the conjunct of the anchored clause
    assert when(find(evs, "COERCE", "LVA", "RUS")) == ("2014", "discourse")  # the next sentence goes on


def test_an_after_phrase_on_a_day_of_the_story_keeps_the_storys_day(res):
    evs = code(res, "Ecuadorian police raided the Mexican embassy in Quito on Friday. After the raid, Mexico broke "
                    "off diplomatic relations with Ecuador. Mexico also condemned Ecuador.", "2024-04-07")
    assert find(evs, "ACCUSE", "MEX", "ECU").date.value == "2024-04-05"  # not the raid's month
