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
_WEEK = 7  # a dateline at most this many days before the publication is the day of writing


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
        told = date(year, month, day)
    except ValueError:
        return None
    gap = (date(pub.year, pub.month, pub.day) - told).days
    return told.isoformat() if 0 <= gap <= _WEEK else None
