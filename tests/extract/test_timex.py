"""Time expressions with a fixed reference date: each kind, offsets, narrative chains, publication inference."""

from __future__ import annotations

import pytest

from diplograph.extract.dates.pubdate import infer_publication
from diplograph.extract.dates.timex import NarrativeDates, find_timexes

PUB = "2021-10-15"


def one(text, published=PUB, narrative=None):
    found = [t for t in find_timexes(text, published=published, narrative=narrative) if t.value]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,value,precision", [
    ("On March 3, 1999, the envoy arrived.", "1999-03-03", "day"),
    ("The summit opened on 4 June 2004 in Paris.", "2004-06-04", "day"),
    ("Sanctions were lifted in April 2016.", "2016-04", "month"),
    ("In 2008, the two sides met.", "2008", "year"),
    ("The treaty was signed in late 1994.", "1994", "year"),
])
def test_explicit_dates_keep_their_precision(text, value, precision):
    tx = one(text)
    assert (tx.value, tx.precision, tx.anchor) == (value, precision, "explicit")


@pytest.mark.parametrize("text,value", [
    ("The talks resume on November 2.", "2021-11-02"),
    ("They met this past June.", "2021-06"),
    ("They met in August.", "2021-08"),
    ("Elections were held last year.", "2020"),
    ("The ministers spoke on Tuesday.", "2021-10-12"),
    ("The embassy reopened yesterday.", "2021-10-14"),
    ("Troops left the 12th September.", "2021-09-12"),
])
def test_relative_to_publication(text, value):
    tx = one(text)
    assert tx.value == value and tx.anchor == "publication"


def test_month_without_year_after_publication_month_is_last_year():
    assert one("They met in December.").value == "2020-12"


def test_ranges_and_seasons():
    tx = one("During its 1992-1996 rule, the party banned them.")
    assert (tx.value, tx.end_value, tx.kind) == ("1992", "1996", "range")
    tx = one("It massed troops during the spring and summer of 2019.")
    assert (tx.value, tx.end_value, tx.precision) == ("2019-03", "2019-08", "season")


def test_narrative_chain_counts_from_last_date():
    nd = NarrativeDates(PUB)
    assert nd.sentence("In 1994, the mission opened.")[0].value == "1994"
    later = nd.sentence("Four years later, it closed.")[0]
    assert (later.value, later.anchor) == ("1998", "narrative")


def test_n_years_after_noun_refers_back():
    tx = one("Twenty years after a coup, the army returned.", narrative="1990")
    assert tx.value == "1970" and tx.refers_back


@pytest.mark.parametrize("text", [
    "a town of six million people", "$100-300 million per year", "about 3,000 fighters",
    "a 360-degree review", "the G20 summit", "they may go", "Boeing 737 jets",
])
def test_non_dates_are_not_matched(text):
    assert [t for t in find_timexes(text, published=PUB) if t.value] == []


def test_offsets_point_into_the_text():
    text = "Ministers met on 9 May 2010 and again in 2012."
    for tx in find_timexes(text, published=PUB, offset=100):
        assert text[tx.start - 100:tx.end - 100] == tx.text


def test_no_year_without_publication_is_unresolved():
    assert all(t.value is None for t in find_timexes("They meet on October 20.", published=None))


def test_infer_publication_from_elapsed_time():
    guess = infer_publication(["Two years since the coup, the junta still rules.",
                               "The 2019 coup ended a decade of civilian government."])
    assert guess.value == "2021" and guess.how == "inferred" and guess.evidence


def test_infer_publication_from_n_years_later():
    guess = infer_publication(["On May 1, 1990, the last troops left.", "Fifteen years later, the base is empty."])
    assert guess.value == "2005" and guess.earliest == "2005"
    assert any("Fifteen years later" in e for e in guess.evidence)


def test_infer_publication_lower_bound_is_latest_date():
    guess = infer_publication(["Talks began in 2012.", "They were renewed in March 2014."])
    assert guess.value == "2014-03"


def test_infer_publication_from_landmark_and_month_days():
    guess = infer_publication([
        "Since the fall of Kabul, the embassy has stayed open.",
        "A conference that took place on September 14 drew many envoys.",
        "Ministers will meet again on November 3 in Doha.",
    ])
    assert guess.value == "2021-09" and guess.earliest == "2021-09-14" and guess.latest == "2021-11-03"
    assert any("Taliban takeover" in e for e in guess.evidence)


def test_infer_publication_without_evidence():
    guess = infer_publication(["Nothing here says when."])
    assert guess.value is None and guess.how == "none"


def test_infer_publication_from_anniversary_of_a_landmark():
    guess = infer_publication(["Three years since the annexation of Crimea", "Sanctions followed in 2014."])
    assert guess.value == "2017-03" and guess.how == "inferred"
    assert any("annexation of Crimea" in why for why in guess.evidence)
    # the landmark's year must agree with the year the text gives the event
    assert infer_publication(["Two years since the takeover", "The takeover in 2012 was brutal."]).value == "2014"


def test_years_later_without_a_told_date_stays_unresolved():
    from diplograph.extract.dates.timex import NarrativeDates
    nar = NarrativeDates("2016-05-01")
    assert [tx.value for tx in nar.sentence("Six years later, the envoy warned of a threat.")] == [None]
    nar.sentence("In 2003, the ministry listed the group.")
    assert [tx.value for tx in nar.sentence("Six years later, the envoy warned of a threat.")] == ["2009"]


def test_years_since_dates_the_since_clause():
    import diplograph
    evs = diplograph.code("It has been six months since Iran seized the tanker, and London still protests.",
                          published="2022-08-10")
    dates = {e.type: e.date.value for e in evs}
    assert dates["COERCE"] == "2022-02"
    protest = next(e for e in evs if e.type == "ACCUSE")  # a government's protest; outside the since-clause: not its date, but
    assert (protest.date.value, protest.date.end, protest.date.text) == ("2022", "..", "still")  # "still": up to now


def test_a_day_before_may_is_the_month_and_from_opens_a_month():
    found = find_timexes("Xi will visit Paris on 6 May, and tariffs apply from July.", published="2024-03-12")
    assert [(x.text, x.value) for x in found] == [("on 6 May", "2024-05-06"), ("from July", "2023-07")]
    assert found[1].reading("future") == "2024-07"  # what a future act takes
    assert not find_timexes("Talks may 6 times fail.", published="2024-03-12")
