"""Dates written in a page's head: "March 3, 2021", "3 Mar 2021", "2021-03-03T10:00Z", a lone year,
and datelines — a line that is nothing but such a date, perhaps after "Published" or "Updated" and
before a time of day.  Used by :mod:`diplograph.reading.text` and :mod:`diplograph.reading.html`."""

from __future__ import annotations

import re

__all__ = ["MONTHS", "parse_date", "parse_dateline"]

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")]
    )
    for m in names
}
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE_FORMS = [
    rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}",
    rf"{_WEEKDAY}{_MON}\s+{_DAY},?\s+{_YEAR}",
    r"(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})",
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)",
    rf"{_MON},?\s+{_YEAR}",
    r"(?P<year>(?:19|20)\d\d)-(?P<month>\d{2})",
]
_DATE_RES = [re.compile(f, re.I) for f in _DATE_FORMS]
_DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|date|dated|released|issued)"
    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*|on\s+)", re.I)
_TIME_TAIL = re.compile(
    r"^[\s,|·•–—-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d+)?\)?)?"
    r"|[ap]\.?m\.?|gmt|utc|[A-Z]{2,4}|\d{1,2}\s*(?:min|mins|minutes|hours?)\s+ago|"
    r"(?:last\s+)?updated.*|\d+\s+min(?:ute)?s?\s+read|[\s,|·•–—-])*$", re.I)


def _build(year: str, month: int | None, day: str | None) -> str | None:
    y = int(year)
    if month is None:
        return f"{y:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{y:04d}-{month:02d}"
    d = int(day)
    if not 1 <= d <= 31:
        return None
    return f"{y:04d}-{month:02d}-{d:02d}"


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as an ISO partial date, or None.

    Accepts "31 December 2016", "March 3, 2021", "Dec. 31 2016", "2016-12-31",
    "31.12.2016", "March 2021", ISO timestamps ("2015-07-14T10:00:00Z") and a
    bare "2016".
    """
    best: tuple[int, str] | None = None
    for rx in _DATE_RES:
        m = rx.search(text)
        if not m:
            continue
        g = m.groupdict()
        month = MONTHS[g["mon"].lower()] if g.get("mon") else int(g["month"]) if g.get("month") else None
        iso = _build(g["year"], month, g.get("day"))
        if iso and (best is None or m.start() < best[0]):
            best = (m.start(), iso)
    if best:
        return best[1]
    m = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", text)
    return m.group(1) if m else None


def parse_dateline(line: str) -> str | None:
    """The date if ``line`` is nothing but a (prefixed) date, else None."""
    s = line.strip().strip("*_()[]").strip()
    if not s or len(s) > 80:
        return None
    s = _DATE_PREFIX.sub("", s)
    for rx in _DATE_RES:
        m = rx.match(s)
        if m and _TIME_TAIL.match(s[m.end():]):
            return parse_date(m.group(0))
    return None
