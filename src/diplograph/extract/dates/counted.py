"""Dates counted from the publication by a whole unit or told as a window ahead of it: "in March last
year", "on 4 May two years ago" (a month or day of a year named relative to the publication's), "in the
coming days", "in the weeks ahead" (a window after the publication, day precision as "next week" is;
"in the coming months": the next three months), and "within days" / "within weeks" where no date was
told before it (an act promised within days of the writing); "within the next two weeks" (that many
after it); "on Monday last week" (that day of the calendar week named); and spans of days across two
months ("from June 28 to July 2").  The rest of the calendar arithmetic is
:mod:`~diplograph.extract.dates.resolve`'s."""

from __future__ import annotations

import re
from datetime import timedelta

from diplograph.extract.dates.resolve import WEEKDAYS, _as_date, _month, _num, _shift
from diplograph.records import PartialDate

NAMES = frozenset({"mon_rel_year", "coming", "span_mdmd", "span_dmdm", "wd_week"})
_WHICH = {"last": -1, "this": 0, "next": 1}  # the year or week named from the publication's
# how far a window ahead reaches, in days (a plural "days" is under a week; "weeks", about six)
_REACH = {"day": 7, "week": 42}
Resolved = tuple[str | None, str | None, str, str | None, str, bool]
_NONE: Resolved = (None, None, "none", None, "relative", False)


def counted(name: str, m: re.Match[str], pub: PartialDate | None) -> Resolved:
    """(value, precision, anchor, end_value, kind, refers_back) of a match of one of :data:`NAMES`, or
    of a "within days" with no told date before it."""
    g = m.groupdict()
    if pub is None:
        return _NONE
    if name == "mon_rel_year":
        if g.get("which"):
            delta = _WHICH[g["which"].lower()]
        elif g.get("before"):
            delta = -2  # "the year before last"
        else:
            n = _num(g["num"])
            if n is None:
                return _NONE
            delta = -n
        value = f"{pub.year + delta:04d}-{_month(g['mon']):02d}"
        day = g.get("day") or g.get("day2")
        if day:
            if not 1 <= int(day) <= 31:
                return _NONE
            return f"{value}-{int(day):02d}", "day", "publication", None, "date", False
        return value, "month", "publication", None, "date", False
    if name in ("span_mdmd", "span_dmdm"):
        return _months_span(g, pub)
    if name == "wd_week":
        if pub.month is None or pub.day is None:
            return _NONE
        ref = _as_date(pub)
        day = ref + timedelta(days=7 * _WHICH[g["which"].lower()] - ref.weekday() + WEEKDAYS[g["wd"].lower()])
        return day.isoformat(), "day", "publication", None, "date", False
    if g.get("nunit"):  # "within the next two weeks": up to that many after the publication
        n = _num(g["num"])
        if n is None or pub.month is None or pub.day is None:
            return _NONE
        first = _as_date(pub) + timedelta(days=1)
        days = n * (7 if g["nunit"].lower() == "weeks" else 1)
        return first.isoformat(), "day", "publication", (first + timedelta(days=days - 1)).isoformat(), "range", False
    unit = (g.get("unit") or g.get("unit2") or g.get("wunit") or "").lower().rstrip("s")
    if unit == "month":
        if pub.month is None:
            return _NONE
        return _shift(PartialDate(pub.year, pub.month), months=1), "month", "publication", \
            _shift(PartialDate(pub.year, pub.month), months=3), "range", False
    if pub.month is None or pub.day is None or unit not in _REACH:
        return _NONE
    first = _as_date(pub) + timedelta(days=1)
    last = first + timedelta(days=_REACH[unit] - 1)
    return first.isoformat(), "day", "publication", last.isoformat(), "range", False


def _months_span(g: dict, pub: PartialDate) -> Resolved:
    """"from June 28 to July 2": the last such days before the publication where no year is written (a
    December-to-January span starts the year before its end)."""
    m1, m2, d1, d2 = _month(g["mon"]), _month(g["mon2"]), int(g["d1"]), int(g["d2"])
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or m1 == m2:
        return _NONE
    if g.get("year"):
        y2, anchor = int(g["year"]), "explicit"
    elif pub.month is not None:
        y2, anchor = pub.year - (1 if (m2, d2) > (pub.month, pub.day or 31) else 0), "publication"
    else:
        return _NONE
    y1 = y2 - (1 if m1 > m2 else 0)
    if y1 == y2 and m1 > m2:
        return _NONE
    return f"{y1:04d}-{m1:02d}-{d1:02d}", "day", anchor, f"{y2:04d}-{m2:02d}-{d2:02d}", "range", False
