"""Dates counted from the publication by a whole unit or told as a window ahead of it: "in March last
year", "on 4 May two years ago" (a month or day of a year named relative to the publication's), "in the
coming days", "in the weeks ahead" (a window after the publication, day precision as "next week" is;
"in the coming months": the next three months), and "within days" / "within weeks" where no date was
told before it (an act promised within days of the writing).  The rest of the calendar arithmetic is
:mod:`~diplograph.extract.dates.resolve`'s."""

from __future__ import annotations

import re
from datetime import date, timedelta

from diplograph.extract.dates.resolve import _month, _num, _shift
from diplograph.records import PartialDate

NAMES = frozenset({"mon_rel_year", "coming"})
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
            delta = {"last": -1, "this": 0, "next": 1}[g["which"].lower()]
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
    unit = (g.get("unit") or g.get("unit2") or g.get("wunit") or "").lower().rstrip("s")
    if unit == "month":
        if pub.month is None:
            return _NONE
        return _shift(PartialDate(pub.year, pub.month), months=1), "month", "publication", \
            _shift(PartialDate(pub.year, pub.month), months=3), "range", False
    if pub.month is None or pub.day is None or unit not in _REACH:
        return _NONE
    first = date(pub.year, pub.month, pub.day) + timedelta(days=1)
    last = first + timedelta(days=_REACH[unit] - 1)
    return first.isoformat(), "day", "publication", last.isoformat(), "range", False
