"""Temporal expressions: find them in text and resolve them to ISO partial dates.

Rule based, HeidelTime style.  Explicit dates keep the precision written ("in
2003" is ``2003``, never a day); dates without a year take it from the
publication date; "N years later" and similar phrases count from the last date
of the narrative (see :class:`NarrativeDates`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from diplograph.extract.prefilter import fold
from diplograph.records import PartialDate

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "a": 1, "an": 1, "a couple of": 2})
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_NUM = r"(?P<num>\d{1,3}|" + "|".join(sorted((w for w in NUMBERS if w not in ("zero",)), key=len, reverse=True)) + \
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"

WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
ICASE = {"deictic", "season", "rel_later", "rel_ago", "rel_since", "rel_next", "rel_year", "recent", "past_month", "in_month",
         "night", "week", "month_rel"}
_RAW: list[tuple[str, str]] = [
    ("range", r"\b(?:from |between )?(?P<y1>1[6-9]\d\d|20\d\d) ?(?:-|–|—|to|and|until) ?(?P<y2>1[6-9]\d\d|20\d\d|\d\d)\b(?![-–]\d)"),
    ("season", r"\b(?:the )?(?P<s1>spring|summer|autumn|fall|winter)(?: and (?:the )?(?P<s2>spring|summer|autumn|fall|winter))?(?: of)? " + _YEAR + r"\b"),
    ("mdy", r"\b" + _MON + r" " + _DAY + r",? " + _YEAR + r"\b"),
    ("dmy", r"\b(?:the )?" + _DAY + r"(?: of)? " + _MON + r",? " + _YEAR + r"\b"),
    ("my", r"\b(?:(?P<part>early|mid|late)[- ])?" + _MON + r",? " + _YEAR + r"\b"),
    ("md", r"(?:\b(?:[Oo]n|[Tt]he|by|until|from|since|before|after) |^)" + _MON + r" " + _DAY + r"\b(?!,? \d)"),
    ("dm", r"\b(?:[Oo]n |[Tt]he |[Ss]ince )?" + _DAY + r"(?: of)? " + _MON + r"\b(?!,? \d)"),
    ("decade", r"\b(?:the |early |late |mid-)(?P<dec>1[6-9]\d0|20\d0)s\b"),
    ("rel_later", r"\b" + _NUM + r" (?P<unit>years?|months?|decades?|weeks?|days?) (?P<dir>later|after|before|earlier|on)\b"),
    ("rel_ago", r"\b" + _NUM + r" (?P<unit>years?|months?|decades?|weeks?|days?) ago\b"),
    # "It is one year since X did Y": dates the since-clause, counted back from publication
    ("rel_since", r"\b(?:it is|it's|it has been|it was|marks?|marked) " + _NUM + r" (?P<unit>years?|months?) since\b"),
    ("rel_next", r"\bthe (?P<dir>following|next|previous|preceding) (?P<unit>year|month)\b"),
    ("rel_year", r"\b(?P<over>(?:over|during|in|throughout) (?:the )?)?(?P<which>this|last|next|past) year\b"),
    ("week", r"\b(?P<which>earlier this|later this|this|last|next|past) week(?:end)?\b"),
    ("month_rel", r"\b(?P<which>earlier this|later this|this|last|next) month\b"),
    ("night", r"\b(?:last night|overnight|late last night|early (?:this|today's) morning|this morning|this evening)\b"),
    ("past_month", r"\b(?P<which>this past|last|this|next)\s+" + _MON + r"\b"),
    ("in_month", r"\b(?:in|since|during|by|until) (?:(?P<part>early|mid|late)[- ])?" + _MON + r"\b(?!,? ?\d)"),
    ("year", r"(?<![\d$£€.,-])\b(?:in |since |by |until |of |from |during |the )?" + _YEAR + r"\b(?![-–]\d|\d|,\d| ?%| ?(?:million|billion|members|people|troops|soldiers|dollars))"),
    ("weekday", r"\b(?:on |last |this )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("deictic", r"\b(?P<deic>yesterday|today|tonight|the day before yesterday)\b"),
    ("recent", r"\b(?:recently|recent|in recent (?:days|weeks))\b"),
]
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rx, re.IGNORECASE if name in ICASE else 0)) for name, rx in _RAW]
_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"1[6-9]\d\d|20\d\d")
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_STEMS_LOW = tuple(m.lower() for m in _MONTH_STEMS)


class _Clues:
    """What a text holds that the patterns need, each found by a test far cheaper than a pattern's scan."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = fold(text)  # for the case-insensitive patterns
        self.digit = _DIGIT.search(text) is not None
        self.year = self.digit and _YEAR_DIGITS.search(text) is not None
        self.month = any(m in text for m in _MONTH_STEMS)  # as the case-sensitive patterns write it

    def has(self, *words: str) -> bool:
        """Whether any of ``words`` (lower case) occurs, in any case."""
        return any(w in self.low for w in words)


_UNITS = ("year", "month", "decade")
# What each pattern needs somewhere in a text to match there (a necessary condition: a text that fails
# it cannot match, so skipping the pattern changes nothing).  Most sentences pass few of these.
_NEEDS: dict[str, Callable[[_Clues], bool]] = {
    "range": lambda c: c.year,
    "season": lambda c: c.year and c.has("spring", "summer", "autumn", "fall", "winter"),
    "mdy": lambda c: c.year and c.month,
    "dmy": lambda c: c.year and c.month,
    "my": lambda c: c.year and c.month,
    "md": lambda c: c.digit and c.month,
    "dm": lambda c: c.digit and c.month,
    "decade": lambda c: c.year,
    "rel_later": lambda c: c.has(*_UNITS, "week", "day"),
    "rel_ago": lambda c: c.has("ago") and c.has(*_UNITS, "week", "day"),
    "rel_since": lambda c: c.has("since") and c.has(*_UNITS),
    "rel_next": lambda c: c.has(*_UNITS),
    "rel_year": lambda c: c.has("year"),
    "past_month": lambda c: c.has(*_MONTH_STEMS_LOW),
    "in_month": lambda c: c.has(*_MONTH_STEMS_LOW),
    "year": lambda c: c.year,
    "weekday": lambda c: "day" in c.text,
    "deictic": lambda c: c.has("yesterday", "today", "tonight"),
    "recent": lambda c: c.has("recent"),
    "week": lambda c: c.has("week"),
    "month_rel": lambda c: c.has("month"),
    "night": lambda c: c.has("night", "morning", "evening"),
}


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    anchor: str
    end_value: str | None = None
    kind: str = "date"
    refers_back: bool = False
    # the other readings of an expression whose year or week the text leaves open ("on October 20",
    # "in May", "on Friday"): the value when it tells a past act / a coming one (None: same as value)
    past: str | None = None
    future: str | None = None

    @property
    def end_precision(self) -> str | None:
        return shape_precision(self.end_value)

    def reading(self, orientation: str) -> str | None:
        """The value for an act told as ``past`` or ``future`` (anything else: the default)."""
        if orientation == "past" and self.past:
            return self.past
        if orientation == "future" and self.future:
            return self.future
        return self.value


def shape_precision(value: str | None) -> str | None:
    """``year``/``month``/``day`` from the shape of an ISO partial date; None for none or an open end."""
    return {4: "year", 7: "month", 10: "day"}.get(len(value)) if value and value != OPEN else None


OPEN = ".."  # the end of an open interval ("since 2015"), as ISO 8601-2 writes it


def _num(word: str) -> int | None:
    w = word.lower().replace("-", " ")
    if w.isdigit():
        return int(w)
    if w in NUMBERS:
        return NUMBERS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower().rstrip(".")[:3]]


def _pd(value: str | None) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def _shift(base: PartialDate, years: int = 0, months: int = 0) -> str:
    if months and base.month is not None:
        total = base.year * 12 + (base.month - 1) + months
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    return f"{base.year + years + (months // 12 if months else 0):04d}"


def _resolve(name: str, m: re.Match[str], pub: PartialDate | None, nar: PartialDate | None,
             text: str) -> tuple[str | None, str | None, str, str | None, str, bool]:
    """(value, precision, anchor, end_value, kind, refers_back) for one match."""
    g = m.groupdict()
    if name == "range":
        y1, y2 = g["y1"], g["y2"]
        if len(y2) == 2:
            y2 = y1[:2] + y2
        if int(y2) < int(y1):
            return None, None, "none", None, "range", False
        return y1, "year", "explicit", y2, "range", False
    if name == "season":
        s1, s2 = g["s1"].lower(), (g["s2"] or g["s1"]).lower()
        year = int(g["year"])
        start_m, end_m = SEASONS[s1][0], SEASONS[s2][1]
        end_year = year + 1 if end_m < start_m or s2 == "winter" and s1 != "winter" else year
        return f"{year:04d}-{start_m:02d}", "season", "explicit", f"{end_year:04d}-{end_m:02d}", "range", False
    if name in ("mdy", "dmy"):
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None, None, "none", None, "date", False
        return f"{int(g['year']):04d}-{_month(g['mon']):02d}-{day:02d}", "day", "explicit", None, "date", False
    if name == "my":
        return f"{int(g['year']):04d}-{_month(g['mon']):02d}", "month", "explicit", None, "date", False
    if name in ("md", "dm"):
        day = int(g["day"])
        if not 1 <= day <= 31 or pub is None:
            return None, None, "none", None, "date", False
        return f"{pub.year:04d}-{_month(g['mon']):02d}-{day:02d}", "day", "publication", None, "date", False
    if name in ("weekday", "deictic"):
        if pub is None or pub.day is None:
            return None, None, "none", None, "relative", False
        ref = date(pub.year, pub.month, pub.day)  # type: ignore[arg-type]
        if name == "weekday":
            back = (ref.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        else:
            back = {"yesterday": 1, "the day before yesterday": 2}.get(g["deic"].lower(), 0)
        day = ref - timedelta(days=back)
        return day.isoformat(), "day", "publication", None, "date", False
    if name == "decade":
        return g["dec"][:3], "decade", "explicit", None, "date", False
    if name == "year":
        return f"{int(g['year']):04d}", "year", "explicit", None, "date", False
    if name == "rel_since":
        n = _num(g["num"])
        if n is None or pub is None:
            return None, None, "none", None, "relative", False
        if g["unit"].lower().startswith("month"):
            if pub.month is None:
                return None, None, "none", None, "relative", False
            return _shift(pub, months=-n), "month", "publication", None, "date", False
        if pub.month is None:
            return _shift(pub, years=-n), "year", "publication", None, "date", False
        return _shift(pub, months=-12 * n), "month", "publication", None, "date", False
    if name in ("rel_later", "rel_ago"):
        n = _num(g["num"])
        unit = g["unit"].lower()
        base = nar if name == "rel_later" else pub
        if n is None or base is None:
            return None, None, "none", None, "relative", False
        back = name == "rel_ago" or g.get("dir", "").lower() in ("before", "earlier")
        refers_back = False
        if name == "rel_later" and g["dir"].lower() == "after":
            # "ten years after an invasion" (anchored at the narrative date) dates the invasion earlier
            refers_back = True
            back = True
        sign = -1 if back else 1
        if unit.startswith(("day", "week")):
            if base.day is None:
                return None, None, "none", None, "relative", False
            value = (_as_date(base) + timedelta(days=sign * n * (7 if unit.startswith("week") else 1))).isoformat()
            return value, "day", "narrative" if name == "rel_later" else "publication", None, "date", refers_back
        if unit.startswith("month"):
            if base.month is None:
                return None, None, "none", None, "relative", False
            value = _shift(base, months=sign * n)
            return value, "month", "narrative" if name == "rel_later" else "publication", None, "date", refers_back
        years = n * (10 if unit.startswith("decade") else 1)
        return _shift(PartialDate(base.year), years=sign * years), "year", \
            "narrative" if name == "rel_later" else "publication", None, "date", refers_back
    if name == "rel_next":
        if nar is None:
            return None, None, "none", None, "relative", False
        sign = 1 if g["dir"].lower() in ("following", "next") else -1
        if g["unit"].lower() == "month" and nar.month is not None:
            return _shift(nar, months=sign), "month", "narrative", None, "date", False
        return _shift(PartialDate(nar.year), years=sign), "year", "narrative", None, "date", False
    if name in ("week", "month_rel", "night", "recent"):
        return _resolve_recent(name, g, pub)
    if name == "rel_year":
        if pub is None:
            return None, None, "none", None, "relative", False
        if g["which"].lower() == "past" and g["over"] and pub.month is not None:
            # "over the past year": the twelve months up to the publication
            return _shift(PartialDate(pub.year, pub.month), months=-11), "month", "publication", \
                f"{pub.year:04d}-{pub.month:02d}", "range", False
        delta = {"this": 0, "last": -1, "past": -1, "next": 1}[g["which"].lower()]
        return f"{pub.year + delta:04d}", "year", "publication", None, "date", False
    if name in ("past_month", "in_month"):
        month = _month(g["mon"])
        if name == "in_month" and g["mon"].lower() == "may" and not g["mon"][0].isupper():
            return None, None, "none", None, "date", False
        if pub is None:
            return None, None, "none", None, "date", False
        which = (g.get("which") or "").lower()
        year = pub.year
        if which == "next":
            year = pub.year + (1 if pub.month is None or month <= pub.month else 0)
        elif which in ("this past", "last") or name == "in_month":
            if pub.month is not None and month > pub.month or which in ("this past", "last") and pub.month == month:
                year -= 1
        return f"{year:04d}-{month:02d}", "month", "publication", None, "date", False
    return None, None, "none", None, "relative", False


def _as_date(pd: PartialDate) -> date:
    return date(pd.year, pd.month or 1, pd.day or 1)


def _resolve_recent(name: str, g: dict, pub: PartialDate | None) -> tuple[str | None, str | None, str, str | None, str, bool]:
    """Spans counted from the publication day: "last week", "this month", "last night", "recently"."""
    none = (None, None, "none", None, "relative", False)
    if pub is None or pub.month is None:
        return none
    which = (g.get("which") or "").lower()
    if name == "month_rel":
        value = _shift(PartialDate(pub.year, pub.month), months={"last": -1, "next": 1}[which]) \
            if which in ("last", "next") else f"{pub.year:04d}-{pub.month:02d}"
        return value, "month", "publication", None, "date", False
    if name == "recent":  # a few months up to the publication
        return _shift(pub, months=-2), "month", "publication", f"{pub.year:04d}-{pub.month:02d}", "range", False
    if pub.day is None:
        return none
    ref = _as_date(pub)
    if name == "night":
        return (ref - timedelta(days=1)).isoformat(), "day", "publication", None, "date", False
    monday = ref - timedelta(days=ref.weekday())
    if which == "past":
        first, last = ref - timedelta(days=7), ref
    elif which == "last":
        first, last = monday - timedelta(days=7), monday - timedelta(days=1)
    elif which == "next":
        first, last = monday + timedelta(days=7), monday + timedelta(days=13)
    else:  # this week, earlier this week (to the publication), later this week (from it)
        first, last = (ref, monday + timedelta(days=6)) if which == "later this" else (monday, ref)
    return first.isoformat(), "day", "publication", last.isoformat(), "range", False


def _readings(name: str, m: re.Match[str], pub: PartialDate | None, value: str | None) -> tuple[str | None, str | None]:
    """(past, future) readings of an expression whose year or week the text leaves open."""
    if not value or pub is None or pub.month is None:
        return None, None
    v = PartialDate.parse(value)
    if name in ("md", "dm") and pub.day is not None:
        past = f"{v.year - 1:04d}{value[4:]}" if (v.month, v.day) > (pub.month, pub.day) else None
        future = f"{v.year + 1:04d}{value[4:]}" if (v.month, v.day) < (pub.month, pub.day) else None
        return past, future
    if name == "in_month":
        future = f"{pub.year + (1 if (v.month or 0) < pub.month else 0):04d}{value[4:]}"
        return None, future if future != value else None
    if name == "weekday" and pub.day is not None and not m.group(0).lower().startswith("last"):
        wd = WEEKDAYS[m.group("wd").lower()]
        ref = _as_date(pub)
        future = (ref + timedelta(days=(wd - ref.weekday()) % 7)).isoformat()
        return None, future if future != value else None
    return None, None


def _kept(text: str, patterns: list[tuple[str, re.Pattern[str]]]) -> tuple[tuple[str, re.Match[str]], ...]:
    """The matches of ``patterns`` that are time expressions, in text order: the patterns take
    turns in priority order and a match overlapping one already kept is dropped."""
    taken: list[tuple[int, int]] = []
    kept: list[tuple[str, re.Match[str]]] = []
    for name, rx in patterns:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            if name == "dm" and m.group("mon") == "May" and not re.match(r"\d", m.group(0)):
                continue
            if name == "year" and re.match(r"[-–]\s*\d", text[e:e + 2]):
                continue
            taken.append((s, e))
            kept.append((name, m))
    kept.sort(key=lambda item: item[1].start())
    return tuple(kept)


@lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """:func:`_kept` for the patterns ``text`` can match.  It does not depend on the publication
    or narrative date, so it is done once per distinct sentence text: the publication-date guess,
    the dating of events and the claims all read the same sentences (a bounded cache)."""
    clues = _Clues(text)
    return _kept(text, [(name, rx) for name, rx in PATTERNS if _NEEDS[name](clues)])


def find_timexes(text: str, *, published: str | None = None, narrative: str | None = None,
                 offset: int = 0) -> list[Timex]:
    """All time expressions in ``text``; offsets are ``offset`` + position in ``text``."""
    matches = _scan(text)
    if not matches:
        return []
    pub, told = _pd(published), _pd(narrative)
    nar = told or pub
    found: list[Timex] = []
    for name, m in matches:
        s, e = m.span()
        # "six years later" counts from a date the text told, never from the publication date
        # (that would put a past event after the text was written)
        value, precision, anchor, end_value, kind, back = _resolve(
            name, m, pub, told if name == "rel_later" else nar, text)
        past, future = _readings(name, m, pub, value)
        found.append(Timex(offset + s, offset + e, text[s:e], value, precision, anchor, end_value, kind, back,
                           past, future))
    return found


class NarrativeDates:
    """Resolve a document's sentences in order, carrying the last explicit date as the narrative anchor."""

    def __init__(self, published: str | None) -> None:
        self.published = published
        self.anchor: str | None = None

    def sentence(self, text: str, offset: int = 0) -> list[Timex]:
        found = find_timexes(text, published=self.published, narrative=self.anchor, offset=offset)
        for tx in found:
            if tx.value and (tx.anchor in ("explicit", "narrative") or tx.anchor == "publication" and tx.precision == "day") \
                    and not tx.refers_back and tx.kind == "date" and tx.precision in ("year", "month", "day"):
                self.anchor = tx.value if tx.kind != "range" else (tx.end_value or tx.value)
        return found
