"""A wire dateline names the day the report was written: "SUVA, Sept 16 (Reuters) - Fiji today expelled ...".

Its "today" and its weekdays ("on Monday") count from that day, and its news is of that day, even where
the publication (the feed's date, a page's) came a day or two later.  The dateline's day is read with
the publication's year (the year before for a December dateline of a January publication) and only
where it lies at most a week before the publication; elsewhere the publication stands.
"""

from __future__ import annotations

import re
from datetime import date

from diplograph.reading.datelines import MONTHS
from diplograph.records import PartialDate

# an upper-case place (with a region after a comma), a month (word or abbreviation) and a day, an agency
# in brackets, then a dash
_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z'’.\- ]+(?:,\s*[A-Z][A-Za-z.\- ]+)?,\s*"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>[0-3]?\d)\b"
    r"(?:\s*\([^)]{1,40}\))?\s*[-–—]")
_WEEK = 7  # a dateline (or an act's "after" day) at most this many days before the publication: the writing's week


def dateline_day(text: str, published: str | None) -> str | None:
    """The ISO day a leading dateline names, or None (no dateline, no publication day to read its year
    from, or one not in the week before the publication)."""
    m = _DATELINE.match(text)
    pub = PartialDate.parse(published) if published else None
    if m is None or pub is None or pub.month is None or pub.day is None:
        return None
    month, day = MONTHS[m.group("mon").lower()], int(m.group("day"))
    year = pub.year - 1 if month > pub.month else pub.year
    try:
        told = date(year, month, day).isoformat()
    except ValueError:
        return None
    return told if within_week(told, pub) else None


def within_week(value: str, published: PartialDate | None) -> bool:
    """Whether the day ``value`` lies at most a week before a publication day."""
    day = PartialDate.parse(value)
    if day is None or day.day is None or published is None or published.day is None:
        return False
    gap = (date(published.year, published.month, published.day) - date(day.year, day.month, day.day)).days
    return 0 <= gap <= _WEEK
