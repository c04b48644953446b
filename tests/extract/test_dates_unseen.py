"""Discourse time, relative anchors, weekday and month names, shared time expressions: invented
sentences written for the mechanisms (not for any bench item), each asserting the date of the event it
tells.  Publication 2024-05-02 is a Thursday."""

from __future__ import annotations

import pytest

import diplograph


def dated(res, text, published, type_, a, b):
    """The date of the ``type_`` event (None: any) between ``a`` and ``b`` (either direction; countries or ids)."""
    def side(ref, x):
        return ref is not None and x in (ref.actor_id, ref.country, ref.via)
    evs = diplograph.code(text, resources=res, published=published)
    for e in evs:
        if type_ in (None, e.type) and (side(e.source, a) and side(e.target, b) or side(e.source, b) and side(e.target, a)):
            return e.date.value
    raise AssertionError(f"no {type_} {a}-{b} in {[(e.type, e.source, e.target) for e in evs]}")


CASES = [
    # discourse time: a clause without a date of its own takes the narrative's
    ("Poland's foreign ministry summoned the Belarusian ambassador on 12 March. Warsaw also accused Minsk "
     "of staging border provocations.", "2024-03-14", "ACCUSE", "POL", "BLR", "2024-03-12"),
    ("On 3 February 2023, Turkish warplanes bombed Kurdish militia positions in northern Syria. The Syrian "
     "government condemned the raids.", "2023-02-05", "ACCUSE", "SYR", "TUR", "2023-02-03"),
    ("Egypt's intelligence chief travelled to Doha on Sunday. He was received by the Qatari emir, and the "
     "two discussed a ceasefire in Gaza.", "2024-05-02", "CONSULT", "EGY", "QAT", "2024-04-28"),
    # background: habitual, "has long"
    ("Ethiopia has long accused Egypt of trying to block the Nile dam.", "2024-05-02", "ACCUSE", "ETH", "EGY", None),
    ("China routinely condemns American arms sales to Taiwan.", "2024-05-02", "ACCUSE", "CHN", "USA", None),
    # a present-tense headline tells the news: from the day before the publication (no day named)
    ("Japan protests Chinese coast guard incursion near disputed islands", "2024-05-02", "ACCUSE", "JPN", "CHN",
     "2024-05-01"),
    # relative anchors
    ("Iran and Iraq signed a security pact on 10 March 2024. Two days later, Iranian drones struck targets "
     "in Iraqi Kurdistan.", "2024-03-15", "ASSAULT", "IRN", "IRQ", "2024-03-12"),
    ("Indian and Pakistani diplomats met in Geneva on 5 June 2023. A week after the meeting, Indian troops "
     "fired on Pakistani posts.", "2023-06-20", "ASSAULT", "IND", "PAK", "2023-06-12"),
    ("Zimbabwe held general elections on 23 August 2023. Two days after the vote, the opposition accused "
     "the Zimbabwean government of fraud.", "2023-08-28", "ACCUSE", "GEN_OPPOSITION", "ZWE", "2023-08-25"),
    ("Three weeks before the vote on 30 April 2024, the European Union warned Georgia against adopting the "
     "law.", "2024-05-02", "THREATEN", "EU", "GEO", "2024-04-09"),
    ("Russia expelled an American diplomat on 9 May 2024. On the same day, Washington imposed sanctions on "
     "Russian banks.", "2024-05-10", "SANCTION", "USA", "RUS", "2024-05-09"),
    ("Peru recalled its ambassador from Mexico on 7 December 2022. A day earlier, Mexico had criticised the "
     "removal of Peru's president.", "2022-12-20", "ACCUSE", "MEX", "PER", "2022-12-06"),
    ("Moldova expelled a Russian diplomat on 15 March 2024. The day before, Russian officials had "
     "threatened Chisinau.", "2024-03-20", "THREATEN", "RUS", "MDA", "2024-03-14"),
    ("Chad's junta cut diplomatic ties with Qatar in 2017. Five years later, the two countries restored "
     "relations.", "2024-05-02", "SUPPORT", "TCD", "QAT", "2022"),
    ("Last month, Canada expelled an Indian diplomat.", "2024-05-02", "SANCTION", "CAN", "IND", "2024-04"),
    ("Serbian police arrested three Kosovo police officers on 14 June 2023. Earlier that day, Kosovo had "
     "accused Serbia of planning provocations.", "2023-06-16", "ACCUSE", "XKX", "SRB", "2023-06-14"),
    ("Indian and Chinese commanders met on 14 March 2023. Later in the day, India accused China of "
     "violating the border.", "2024-05-02", "ACCUSE", "IND", "CHN", "2023-03-14"),
    # a fronted date with no comma after it, which the parse hangs on the subject's name
    ("On 1 October 2022 Azerbaijan accused Armenia of shelling its territory. The following month, Baku and "
     "Yerevan agreed to resume talks.", "2022-12-01", "ACCUSE", "AZE", "ARM", "2022-10-01"),
    ("On 1 October 2022 Azerbaijan accused Armenia of shelling its territory. The following month, Baku and "
     "Yerevan agreed to resume talks.", "2022-12-01", "AGREE", "AZE", "ARM", "2022-11"),
    ("On 14 February 2022 the Canadian government imposed sanctions on Russian banks.", "2024-05-02",
     None, "CAN", "RUS", "2022-02-14"),
    # weekday and month names without a year, past or future by tense
    ("On Tuesday, Egypt's foreign minister met Israeli officials in Cairo.", "2024-05-02", "CONSULT", "EGY",
     "ISR", "2024-04-30"),
    ("Vietnam will host Chinese officials on Friday for talks on the South China Sea.", "2024-05-02", "CONSULT",
     "VNM", "CHN", "2024-05-03"),
    ("The Russian defence ministry on Saturday accused Ukraine of attacking a nuclear power plant.",
     "2024-05-02", "ACCUSE", "RUS", "UKR", "2024-04-27"),
    ("In November, Argentina rejected an invitation to join the BRICS group.", "2024-01-15", "REJECT", "ARG",
     None, "2023-11"),
    ("South Korea and Japan plan to hold security talks in January.", "2024-12-20", "CONSULT", "KOR", "JPN",
     "2025-01"),
    ("Mali's junta expelled the French ambassador on 31 January. France has repeatedly criticised the "
     "junta.", "2024-05-02", "SANCTION", "MLI", "FRA", "2024-01-31"),
    # one time expression shared by coordinated clauses
    ("Britain and France condemned the coup in Gabon on 30 August 2023 and suspended aid to Libreville.",
     "2023-09-01", "SANCTION", "GBR", "GAB", "2023-08-30"),
    ("On Wednesday, Ukraine's foreign minister met his Polish counterpart, and the two governments agreed to "
     "expand arms production.", "2024-05-02", "CONSULT", "UKR", "POL", "2024-05-01"),
]


@pytest.mark.parametrize("text,published,type_,a,b,date", CASES, ids=[c[0][:40] for c in CASES])
def test_unseen_dates(res, text, published, type_, a, b, date):
    if b is None:
        evs = diplograph.code(text, resources=res, published=published)
        ev = next(e for e in evs if e.type == type_ and e.source is not None and e.source.country == a)
        assert ev.date.value == date
    else:
        assert dated(res, text, published, type_, a, b) == date


def _date(res, text, published, type_):
    ev = next(e for e in diplograph.code(text, resources=res, published=published) if e.type == type_)
    return ev.date.value, ev.date.end


def test_a_span_the_narrative_names_carries_to_the_next_clause(res):
    # no event in the first sentence: the span it names is still the narrative's time
    text = ("Last week, Chinese and Philippine vessels collided near a disputed reef. Manila accused Beijing of "
            "reckless behaviour.")
    assert _date(res, text, "2024-05-02", "ACCUSE") == ("2024-04-22", "2024-04-28")
    text = "Between 1996 and 2001, Pakistan armed the Taliban. Saudi Arabia sent money to the Taliban."
    assert ("1996", "2001") in [(e.date.value, e.date.end) for e in diplograph.code(text, resources=res,
                                                                                     published="2024-05-02")
                                if e.source is not None and e.source.country == "SAU"]


def test_last_weekday_in_that_weekdays_paper_is_a_week_ago(res):
    # 2024-05-02 is a Thursday
    text = "Thailand's foreign minister met Myanmar's junta leader last Thursday."
    assert dated(res, text, "2024-05-02", "CONSULT", "THA", "MMR") == "2024-04-25"
    text = "Thailand's foreign minister met Myanmar's junta leader on Thursday."
    assert dated(res, text, "2024-05-02", "CONSULT", "THA", "MMR") == "2024-05-02"


def test_an_act_a_quantity_of_time_sets_apart_is_not_on_the_narratives_day(res):
    text = ("Pakistan's army chief met Afghan Taliban officials in Kabul on Friday. The meeting came days after "
            "Pakistani jets bombed suspected militant hideouts in Afghanistan.")
    assert dated(res, text, "2024-05-02", "ASSAULT", "PAK", "AFG") == "2024-04"
    assert dated(res, text, "2024-05-02", "CONSULT", "PAK", "AFG") == "2024-04-26"


def test_a_present_adjective_of_schedule_reads_a_weekday_ahead(res):
    text = "Ghana's president is due to visit Abuja on Monday for talks with Nigeria's leader."
    dates = {e.date.value for e in diplograph.code(text, resources=res, published="2024-05-02") if e.type == "CONSULT"}
    assert dates == {"2024-05-06"}


def test_a_date_in_the_clause_describing_an_act_noun_is_that_acts(res):
    text = "Egypt on Tuesday condemned the Israeli air strike carried out on Monday."
    evs = diplograph.code(text, resources=res, published="2024-05-02")
    assert {(e.type, e.date.value) for e in evs} >= {("ACCUSE", "2024-04-30"), ("ASSAULT", "2024-04-29")}
    # the condemnation itself has no day: near the strike, the strike's month
    text = "Egypt and Jordan condemned the Israeli air strike carried out on 12 March."
    evs = diplograph.code(text, resources=res, published="2024-05-02")
    assert {e.date.value for e in evs if e.type == "ACCUSE"} == {"2024-03"}
    assert {e.date.value for e in evs if e.type == "ASSAULT"} == {"2024-03-12"}


def test_the_following_or_previous_week_is_a_week_next_to_the_narratives(res):
    # 28 May 2023 is a Sunday
    text = "Norway recognised Palestine on 28 May 2023. The following week, Israel recalled its ambassador from Oslo."
    assert _date(res, text, "2024-05-02", "SANCTION") == ("2023-05-29", "2023-06-04")
    text = "Norway recognised Palestine on 28 May 2023. Israel had warned Norway the previous week."
    assert _date(res, text, "2024-05-02", "THREATEN") == ("2023-05-15", "2023-05-21")


def test_a_vague_count_of_days_or_months_is_near_the_narratives_time(res):
    text = ("The Sudanese army and the RSF agreed a truce on 20 May 2023. It collapsed days later, when the RSF "
            "attacked army bases in Khartoum.")
    assert _date(res, text, "2024-05-02", "ASSAULT")[0] == "2023-05"
    text = "Niger's army seized power on 26 July 2023. Within days, France had suspended all aid to Niamey."
    assert dated(res, text, "2024-05-02", None, "FRA", "NER") == "2023-07"
    text = "Chad cut ties with Qatar in June 2017. Several months later, the two countries held talks in Doha."
    assert dated(res, text, "2024-05-02", "CONSULT", "TCD", "QAT") == "2017"


def test_a_span_since_the_last_time_is_no_count_of_time_from_it(res):
    """"their first summit in a decade on Monday": the date is Monday's, "a decade" measures the gap."""
    import diplograph
    evs = diplograph.code("Tokyo and Seoul held their first summit in a decade on Monday.", resources=res,
                          published="2024-05-15")
    assert [e.date.value for e in evs] == ["2024-05-13"]


def test_a_when_clause_after_a_since_date_tells_what_happened_then(res):
    """"since May 1987 when troops shelled a post": the since-clause is the time of the shelling, a point,
    while the main clause's state runs from it."""
    text = "Germany has criticised France since May 1987 when French troops shelled a German post."
    evs = diplograph.code(text, resources=res, published="2020-03-10")
    assert {(e.type, e.date.value, e.date.end) for e in evs} == {("ACCUSE", "1987-05", ".."),
                                                                  ("ASSAULT", "1987-05", None)}


def test_the_first_act_of_its_kind_since_a_date_is_not_of_that_date(res):
    text = "The shelling was the first clash between Austria and Hungary since 2016."
    assert dated(res, text, "2020-03-10", "ASSAULT", "AUT", "HUN") == "2020-03"
    text = "Chile has sanctioned Peru since 2016."
    assert dated(res, text, "2020-03-10", None, "CHL", "PER") == "2016"
