"""Event dates told relative to another date or by a span (round 11): a month or day of a year named from
the publication's ("in March last year"), spans of days with the month first ("between March 4 and 9"),
chains of acts dated from the one told before ("a day later", "the same day"), and windows ahead of the
publication for a coming act ("within days", "in the coming weeks", as "next week" is a span of days).
Each case asserts the (start, end) a careful analyst would give the act of that type between those sides.
Publication 2025-07-03 is a Thursday; Monday is 2025-06-30."""

from __future__ import annotations

import pytest

import diplograph
from diplograph.extract.dates.timex import find_timexes

PUB = "2025-07-03"


def span(res, text, type_, a, b):
    """(date, end) of the ``type_`` event from ``a`` to ``b`` (else from ``b`` to ``a``; ids or countries)."""
    def side(ref, x):
        return x is None and ref is None or ref is not None and x in (ref.actor_id, ref.country, ref.via)
    evs = diplograph.code(text, resources=res, published=PUB)
    for x, y in ((a, b), (b, a)):
        for e in evs:
            if e.type == type_ and side(e.source, x) and side(e.target, y):
                return e.date.value, e.date.end
    raise AssertionError(f"no {type_} {a}-{b} in {[(e.type, e.source, e.target) for e in evs]}")


CASES = [
    # a month or a day of a year counted from the publication's
    ("Poland expelled two Russian diplomats in March last year.", "SANCTION", "POL", "RUS", ("2024-03", None)),
    ("In May two years ago, Lithuania expelled three Belarusian diplomats.", "SANCTION", "LTU", "BLR",
     ("2023-05", None)),
    ("On 4 February last year, Chile expelled a Venezuelan diplomat.", "SANCTION", "CHL", "VEN",
     ("2024-02-04", None)),
    ("Estonia expelled a Russian diplomat on March 12 last year.", "SANCTION", "EST", "RUS", ("2024-03-12", None)),
    # (negative) a bare month is the last one before the publication; "last year" alone is the year
    ("Poland expelled two Russian diplomats in March.", "SANCTION", "POL", "RUS", ("2025-03", None)),
    ("Poland expelled two Russian diplomats last year.", "SANCTION", "POL", "RUS", ("2024", None)),
    # spans of days with the month first
    ("Between March 4 and 9, Indian and French warships held joint drills.", "COOPERATE", "IND", "FRA",
     ("2025-03-04", "2025-03-09")),
    ("From June 6 to 8, Japanese and Philippine troops held joint exercises.", "COOPERATE", "JPN", "PHL",
     ("2025-06-06", "2025-06-08")),
    ("Egyptian and Saudi navies held joint drills on May 12-15.", "COOPERATE", "EGY", "SAU",
     ("2025-05-12", "2025-05-15")),
    # (negative) the day first was already read so
    ("Indian and French warships held joint drills between 10 and 24 March.", "COOPERATE", "IND", "FRA",
     ("2025-03-10", "2025-03-24")),
    # spans across two months
    ("From June 28 to July 2, Indian and French warships held joint drills.", "COOPERATE", "IND", "FRA",
     ("2025-06-28", "2025-07-02")),
    ("Turkish and Azerbaijani troops held joint exercises between 29 December and 3 January.", "COOPERATE", "TUR",
     "AZE", ("2024-12-29", "2025-01-03")),
    # a day of a calendar week named from the publication's
    ("Kenya expelled two Somali diplomats on Monday last week.", "SANCTION", "KEN", "SOM", ("2025-06-23", None)),
    ("Kenya will expel two Somali diplomats on Friday next week.", "SANCTION", "KEN", "SOM", ("2025-07-11", None)),
    # (negative) "last week" alone stays the week
    ("Kenya expelled two Somali diplomats last week.", "SANCTION", "KEN", "SOM", ("2025-06-23", "2025-06-29")),
    # chains: an act dated from the one told before it
    ("Kenya expelled two Somali diplomats on Monday. A day later Somalia expelled a Kenyan diplomat.",
     "SANCTION", "SOM", "KEN", ("2025-07-01", None)),
    ("Kenya expelled two Somali diplomats on Monday. The following morning Somalia expelled a Kenyan diplomat.",
     "SANCTION", "SOM", "KEN", ("2025-07-01", None)),
    ("Egypt proposed a ceasefire to Sudan on Tuesday, a proposal Sudan rejected the same day.", "REJECT", "SDN",
     None, ("2025-07-01", None)),
    ("Kenya expelled two Somali diplomats on Monday, and Somalia expelled a Kenyan envoy the same day.",
     "SANCTION", "SOM", "KEN", ("2025-06-30", None)),
    ("Kenya expelled two Somali diplomats in late 2023. In March the following year Somalia expelled a Kenyan "
     "diplomat.", "SANCTION", "SOM", "KEN", ("2024-03", None)),
    ("Kenya expelled two Somali diplomats in 2019. In May of the previous year Somalia had expelled a Kenyan "
     "diplomat.", "SANCTION", "SOM", "KEN", ("2018-05", None)),
    # (negative) "of that year" stays the narrative's year
    ("Kenya expelled two Somali diplomats in 2019. In May of that year Somalia expelled a Kenyan diplomat.",
     "SANCTION", "SOM", "KEN", ("2019-05", None)),
    # a coming act: a window after the publication
    ("Iran will release the detained British sailors within days.", "AGREE", "IRN", None,
     ("2025-07-04", "2025-07-10")),
    ("Iran will release the detained British sailors in the coming weeks.", "AGREE", "IRN", None,
     ("2025-07-04", "2025-08-14")),
    ("Iran will release the detained British sailors in the coming months.", "AGREE", "IRN", None,
     ("2025-08", "2025-10")),
    ("Iran will release the detained British sailors within the next two weeks.", "AGREE", "IRN", None,
     ("2025-07-04", "2025-07-17")),
    # (negative) "next week" stays the calendar week; "within days" of an act told before is that act's month
    ("Iran will release the detained British sailors next week.", "AGREE", "IRN", None,
     ("2025-07-07", "2025-07-13")),
    ("Kenya expelled two Somali diplomats on Monday. Within days Somalia expelled a Kenyan diplomat.",
     "SANCTION", "SOM", "KEN", ("2025-06", None)),
]


@pytest.mark.parametrize("text,type_,a,b,want", CASES, ids=[c[0][:48] for c in CASES])
def test_event_date(res, text, type_, a, b, want):
    assert span(res, text, type_, a, b) == want


@pytest.mark.parametrize("text", [
    "Between March 4 and 9 people were arrested in Tehran.",  # a count after the span, not a day
    "The March 4 attack killed 6 - 8 soldiers.",
])
def test_no_day_span(text):
    assert not [t for t in find_timexes(text, published=PUB) if t.kind == "range"]


def test_same_day_without_a_day_before_is_left_to_the_discourse():
    assert not find_timexes("She met him the same day.", published=PUB)
