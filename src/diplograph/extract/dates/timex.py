"""Temporal expressions: find them in text and resolve them to ISO partial dates.

Rule based, HeidelTime style.  Explicit dates keep the precision written ("in
2003" is ``2003``, never a day); dates without a year take it from the
publication date; "N years later" and similar phrases count from the last date
of the narrative (see :class:`NarrativeDates`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from diplograph.extract.dates.counted import NAMES as COUNTED, counted
from diplograph.extract.dates.resolve import (MONTHS, NUMBERS, OPEN, SEASONS, WEEKDAYS, _num, _pd,  # noqa: F401
                                              readings, resolve, shape_precision, shift_of)
from diplograph.extract.prefilter import fold
from diplograph.records import PartialDate

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_NUM = r"(?P<num>\d{1,3}|" + "|".join(sorted((w for w in NUMBERS if w not in ("zero",)), key=len, reverse=True)) + \
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"

ICASE = {"season_rel", "weekend", "in_the_unit", "that_unit", "rel_vague", "rel_hours", "end_of", "deictic", "season", "rel_later", "rel_the", "rel_ago", "rel_since", "rel_next", "rel_year", "recent", "past_month", "in_month",
         "night", "week", "month_rel", "coming"}
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_PART = r"(?:(?:early|mid|late)[- ])?"
_TO = r" ?(?:-|–|—|to|and|until|through) ?"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RAW: list[tuple[str, str]] = [
    # spans: "1996-2001", "from late 2019 until early 2021", "from May 2021 to September 2022",
    # "between 6 and 22 June", "from January to April", "between Friday and Sunday"
    # "from June 28 to July 2", "between 28 June and 2 July": days of two months (counted.py)
    ("span_mdmd", r"\b(?:[Ff]rom |[Bb]etween )" + _MON + r" (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?" + _TO + _MON2
     + r" (?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,? " + _YEAR + r")?\b(?![-–.,]?\d| ?%)"),
    ("span_dmdm", r"\b(?:[Ff]rom |[Bb]etween )(?:the )?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? " + _MON + _TO
     + r"(?:the )?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? " + _MON2 + r"(?:,? " + _YEAR + r")?\b"),
    ("span_my", r"\b(?:[Ff]rom |[Bb]etween )" + _PART + _MON + r",? (?P<y1>1[6-9]\d\d|20\d\d)" + _TO + _PART + _MON2
     + r",? (?P<y2>1[6-9]\d\d|20\d\d)\b"),
    ("range", r"\b(?:[Ff]rom |[Bb]etween )?" + _PART + r"(?P<y1>1[6-9]\d\d|20\d\d)(?: ?(?:-|–|—) ?|" + _TO + _PART
     + r")(?P<y2>1[6-9]\d\d|20\d\d|\d\d)\b(?![-–]\d)"),
    ("span_dm", r"\b(?:[Ff]rom |[Bb]etween )?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?" + _TO + r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? "
     + _MON + r"(?:,? " + _YEAR + r")?\b"),
    # "between March 4 and 9", "from March 6 to 8", "March 6-8": days of one month, the month first (as span_dm)
    ("span_md", r"\b(?:[Ff]rom |[Bb]etween )" + _MON + r" (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?" + _TO
     # (a following word is a preposition, a name or a verb, not a noun counted: "between March 4 and 9 people")
     + r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,? " + _YEAR + r")?(?=[,.;:)]|$| (?:in|at|on|off|near|with|when|while|and|as|to"
     r"|for|the|a|an|across|along|during|after|before|[A-Z]|[a-z]+ed\b))"),
    ("span_md2", r"\b" + _MON + r" (?P<d1>[0-3]?\d) ?[-–] ?(?P<d2>[0-3]?\d)(?:,? " + _YEAR + r")?\b(?![-–.,]?\d| ?%)"),
    ("span_m", r"\b(?:[Ff]rom |[Bb]etween |[Ii]n |[Dd]uring )" + _PART + _MON + _TO + _PART + _MON2 + r"(?:,? " + _YEAR + r")?\b"),
    ("span_wd", r"\b(?:[Ff]rom |[Bb]etween )(?P<wd1>" + _WD + r")" + _TO + r"(?P<wd2>" + _WD + r")\b"),
    # "on Monday last week", "Friday next week": that day of the calendar week named (counted.py)
    ("wd_week", r"\b(?:[Oo]n )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:of )?"
                r"(?P<which>last|next|this) week\b"),
    ("season", r"\b(?:the )?(?P<s1>spring|summer|autumn|fall|winter)(?: and (?:the )?(?P<s2>spring|summer|autumn|fall|winter))?(?: of)? " + _YEAR + r"\b"),
    # "last spring", "this summer", "in the autumn": the season counted from the publication
    ("season_rel", r"\b(?:(?P<which>this past|last|this|next|past) (?P<s1>spring|summer|autumn|fall|winter)"
                   r"|(?:in|during|over|throughout) (?:the )?(?P<s2>spring|summer|autumn|winter))\b"
                   r"(?! of\b| ?\d| (?:session|offensive|olympics|games|school|term|months?|break|recess)\b)"),
    ("mdy", r"\b" + _MON + r" " + _DAY + r",? " + _YEAR + r"\b"),
    ("dmy", r"\b(?:the )?" + _DAY + r"(?: of)? " + _MON + r",? " + _YEAR + r"\b"),
    ("my", r"\b(?:(?P<part>early|mid|late)[- ])?" + _MON + r",? " + _YEAR + r"\b"),
    # "in March last year", "on 4 May two years ago", "March of next year": counted from the publication's year
    ("mon_rel_year", r"\b(?:(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? )?" + _MON + r"(?: (?P<day>[0-3]?\d)(?:st|nd|rd|th)?)?,? "
     r"(?:of )?(?:(?P<which>last|this|next) year|" + _NUM + r" years? ago|(?P<before>the year before last))\b"),
    # "in January of that year", "in March the following year": the narrative's year (or the one after or before)
    ("mon_that", r"\b(?:(?:early|mid|late)[- ])?" + _MON + r",? (?:of )?(?:that|the same"
     r"|the (?P<yd>following|next|previous|preceding)) year\b"),
    ("md", r"(?:\b(?:[Oo]n|[Tt]he|by|until|from|since|before|after) |^)" + _MON + r" " + _DAY + r"\b(?!,? \d)"),
    ("dm", r"\b(?:[Oo]n |[Tt]he |[Ss]ince )?" + _DAY + r"(?: of)? " + _MON + r"\b(?!,? \d)"),
    ("decade", r"\b(?:the (?:(?P<part>early|late|mid)[- ])?|(?P<part2>early|late|mid)[- ])(?P<dec>1[6-9]\d0|20\d0)s\b"),
    ("rel_later", r"\b" + _NUM + r" (?P<unit>years?|months?|decades?|weeks?|days?) (?P<dir>later|after|before|earlier|on"
     # ("the first summit in a decade on Monday": that "on" opens a date, not "a decade on")
     r"(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)))\b"),
    ("rel_ago", r"\b" + _NUM + r" (?P<unit>years?|months?|decades?|weeks?|days?) ago\b"),
    # "It is one year since X did Y": dates the since-clause, counted back from publication
    ("rel_since", r"\b(?:it is|it's|it has been|it was|marks?|marked) " + _NUM + r" (?P<unit>years?|months?) since\b"),
    ("rel_next", r"\bthe (?P<dir>following|next|previous|preceding) (?P<unit>year|month|week|day|morning|afternoon"
                 r"|evening|night)\b"),
    # "days later", "within weeks", "several months earlier": near the narrative's time, its month or year
    ("rel_vague", r"\b(?:within (?:a few |several )?(?P<wunit>days|weeks)|(?:(?:a few|several|some) )?"
                  r"(?P<unit>days|weeks|months) (?:later|afterwards|earlier))\b"),
    # "in the coming days", "over the weeks ahead": a window after the publication (counted.py)
    ("coming", r"\b(?:(?:in|over|during|within) the (?:coming|next few|next several) (?P<unit>days|weeks|months)"
               r"|(?:in|over) the (?P<unit2>days|weeks|months) ahead"
               r"|(?:in|over|within) the (?:next|coming) " + _NUM + r" (?P<nunit>days|weeks))\b"),
    ("rel_year", r"\b(?P<over>(?:over|during|in|throughout|for) (?:the )?)?(?P<which>this|last|next|past) year\b"),
    ("week", r"\b(?P<which>earlier this|later this|this|last|next|past) week(?P<end>end)?\b"),
    ("month_rel", r"\b(?P<which>earlier this|later this|this|last|next) month\b"),
    ("in_the_unit", r"\b(?P<which>earlier|later) in the (?P<unit>week|month)\b"),  # "earlier in the week"
    ("weekend", r"\b(?:over|at|during|on) the weekend\b"),
    ("night", r"\b(?:last night|overnight|late last night)\b"),
    # "in January of that year", "later that year", "the same month": the narrative's year or month
    ("that_unit", r"\b(?:(?:later|earlier) (?:in )?)?(?:that|the same) (?P<unit>year|month)\b(?!['’]s)"),
    ("past_month", r"\b(?P<which>this past|last|this|next)\s+" + _MON + r"\b"),
    ("in_month", r"\b(?:(?:in|since|during|by|until|from) (?:the (?:end|beginning|start|middle|close) of )?"
                 r"|(?:at|towards?) the (?:end|beginning|start|middle|close) of )(?:(?P<part>early|mid|late)[- ])?" + _MON + r"\b(?!,? ?\d)"),
    # "after the July coup", "since the October 7 attack" is md: a month naming an act's time inside its noun phrase
    ("mon_attr", r"\b[Tt]he (?:(?P<part>early|mid|late)[- ])?" + _MON + r"(?= (?!of\b)[a-z]{3,})"),
    ("year", r"(?<![\d$£€.,-])\b(?:in |since |by |until |of |from |during |the )?" + _YEAR + r"\b(?![-–]\d|\d|,\d| ?%| ?(?:million|billion|members|people|troops|soldiers|dollars))"),
    ("weekday", r"\b(?:[Oo]n |[Ll]ast |[Tt]his )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("deictic", r"\b(?P<deic>(?:early )?(?:this|today's) (?:morning|afternoon|evening)|yesterday|today|tonight|the day before yesterday)\b"),
    ("recent", r"\b(?:recently|recent|in recent (?P<runit>days|weeks))\b"),
    # "hours later": the day the narrative stands on; "by the end of the year", "since the start of the
    # month": the publication's year or month
    ("rel_hours", r"\b(?:hours|minutes|moments) (?:later|earlier|afterwards)\b|\b(?:later|earlier) (?:that|the same|in the) (?:day|night|evening|morning|afternoon)\b"
                  r"|\b(?:on )?the same (?:day|night|evening|morning|afternoon)\b(?! as\b)"),
    ("end_of", r"\b(?:since )?(?:the )?(?:end|start|beginning) of (?P<which>the|this|next|last) (?P<unit>year|month)\b"),
    # "the day after the earthquake": one unit from the act it names (after "the day before yesterday")
    ("rel_the", r"\bthe (?P<unit>day|week|month|year) (?P<dir>after|before)\b"),
]
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rx, re.IGNORECASE if name in ICASE else 0)) for name, rx in _RAW]
_ALIAS = {"span_md": "span_dm", "span_md2": "span_dm"}  # resolved as the pattern named
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
    "span_my": lambda c: c.year and c.month,
    "span_dm": lambda c: c.digit and c.month,
    "span_md": lambda c: c.digit and c.month and c.has("from", "between"),
    "span_md2": lambda c: c.digit and c.month,
    "mon_rel_year": lambda c: c.month and (c.has("year") or c.has("ago")),
    "coming": lambda c: c.has("coming", "ahead", "the next "),
    "span_mdmd": lambda c: c.digit and c.month and c.has("from", "between"),
    "span_dmdm": lambda c: c.digit and c.month and c.has("from", "between"),
    "wd_week": lambda c: "day" in c.text and c.has(" week"),
    "span_m": lambda c: c.month and c.has("from", "between", "in ", "during"),
    "span_wd": lambda c: "day" in c.text and c.has("from", "between"),
    "season": lambda c: c.year and c.has("spring", "summer", "autumn", "fall", "winter"),
    "season_rel": lambda c: c.has("spring", "summer", "autumn", "fall", "winter"),
    "weekend": lambda c: c.has("weekend"),
    "in_the_unit": lambda c: c.has("in the week", "in the month"),
    "mdy": lambda c: c.year and c.month,
    "dmy": lambda c: c.year and c.month,
    "my": lambda c: c.year and c.month,
    "md": lambda c: c.digit and c.month,
    "dm": lambda c: c.digit and c.month,
    "decade": lambda c: c.year,
    "rel_later": lambda c: c.has(*_UNITS, "week", "day"),
    "rel_the": lambda c: c.has("after", "before"),
    "rel_hours": lambda c: c.has("later", "earlier", "afterwards", "same"),
    "rel_vague": lambda c: c.has("days", "weeks", "months"),
    "end_of": lambda c: c.has("end of", "start of", "beginning of"),
    "rel_ago": lambda c: c.has("ago") and c.has(*_UNITS, "week", "day"),
    "rel_since": lambda c: c.has("since") and c.has(*_UNITS),
    "rel_next": lambda c: c.has(*_UNITS, "week", "day", "morning", "afternoon", "evening", "night"),
    "rel_year": lambda c: c.has("year"),
    "mon_that": lambda c: c.month and c.has("that year", "same year", "following year", "next year", "previous year",
                                            "preceding year"),
    "that_unit": lambda c: c.has("that year", "same year", "that month", "same month"),
    "past_month": lambda c: c.has(*_MONTH_STEMS_LOW),
    "in_month": lambda c: c.has(*_MONTH_STEMS_LOW),
    "mon_attr": lambda c: c.month,
    "year": lambda c: c.year,
    "weekday": lambda c: "day" in c.text,
    "deictic": lambda c: c.has("yesterday", "today", "tonight", "morning", "afternoon", "evening"),
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
    # "two months after", "a day earlier": the signed count of units it moves from its base
    shift: tuple[int, str] | None = None

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
            if name == "dm" and m.group("mon") == "May" and not re.search(r"\d", m.group(0)):
                continue
            if name == "year" and re.match(r"[-–]\s*\d", text[e:e + 2]):
                continue
            taken.append((s, e))
            kept.append((name, m))
    kept.sort(key=lambda item: item[1].start())
    return tuple(kept)


_FROM_NARRATIVE = frozenset({"rel_later", "rel_the", "rel_hours", "rel_vague", "rel_next", "mon_that", "that_unit",
                             "in_month", "mon_attr"})


def counts_from_narrative(text: str) -> bool:
    """Whether an expression of ``text`` is resolved against the narrative's date ("two years later")."""
    return any(name in _FROM_NARRATIVE for name, _ in _scan(_plain_spaces(text)))


_SPACES = {0xA0: " ", 0x202F: " ", 0x2009: " ", 0x2007: " "}
_ODD_SPACE = re.compile("[\u00a0\u202f\u2009\u2007]")


def _plain_spaces(text: str) -> str:
    """``text`` with no-break and thin spaces made plain ("in\xa0June": web text; same length); a text
    without one (most) is returned as it is, not copied character by character."""
    return text.translate(_SPACES) if _ODD_SPACE.search(text) else text


@lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """:func:`_kept` for the patterns ``text`` can match.  It does not depend on the publication
    or narrative date, so it is done once per distinct sentence text: the publication-date guess,
    the dating of events and the claims all read the same sentences (a bounded cache)."""
    clues = _Clues(text)
    return _kept(text, [(name, rx) for name, rx in PATTERNS if _NEEDS[name](clues)])


def find_timexes(text: str, *, published: str | None = None, narrative: str | None = None,
                 offset: int = 0, standing: str | None = None) -> list[Timex]:
    """All time expressions in ``text``; offsets are ``offset`` + position in ``text``.  ``standing``:
    the past time the narrative stands at, if it does ("In March 2021, X ... In May, ...": May 2021)."""
    text = _plain_spaces(text)  # "in\xa0June": web text spaces with no-break spaces (same length)
    matches = _scan(text)
    if not matches:
        return []
    pub, told = _pd(published), _pd(narrative)
    nar = told or pub
    found: list[Timex] = []
    here: PartialDate | None = None  # the last day this text told: "stormed X on Friday, and Y the next day"
    for name, m in matches:
        s, e = m.span()
        # "six years later" counts from a date the text told, never from the publication date
        # (that would put a past event after the text was written)
        basis = told if name in ("rel_later", "rel_the", "rel_hours", "rel_vague", "mon_that", "that_unit") else \
            (_pd(standing) if name in ("in_month", "mon_attr") else nar)
        if name == "rel_hours" and here is None and m.group(0).lower().lstrip("on ").startswith("the same"):
            continue  # "the same day" with no day told before it in the sentence: the discourse's (dating.ANAPHORIC)
        if here is not None and (name in ("rel_next", "rel_hours") or name == "rel_later" and m.group("dir").lower()
                                 in ("later", "earlier")):
            basis = here  # counted from the day told before it in the sentence
        if name in COUNTED or name == "rel_vague" and m.group("wunit") and basis is None:
            value, precision, anchor, end_value, kind, back = counted(name, m, pub)  # "in March last year"
        else:
            value, precision, anchor, end_value, kind, back = resolve(_ALIAS.get(name, name), m, pub, basis, text)
        if value and precision == "day" and kind == "date" and not back:
            here = _pd(value)
        past, future = readings(_ALIAS.get(name, name), m, pub, value) if anchor != "narrative" else (None, None)
        if kind == "date" and text[max(s - 6, 0):s].lower() == "since ":
            s -= 6  # "Since 2018," "since March 2022": from then on (the preposition is part of the expression)
        found.append(Timex(offset + s, offset + e, text[s:e], value, precision, anchor, end_value, kind, back,
                           past, future, shift_of(name, m)))
    return found


class NarrativeDates:
    """Resolve a document's sentences in order, carrying the last explicit date as the narrative anchor."""

    def __init__(self, published: str | None) -> None:
        self.published = published
        self.anchor: str | None = None
        self.standing: str | None = None  # the past time the discourse stands at, if it does

    def sentence(self, text: str, offset: int = 0, known: list[Timex] | None = None) -> list[Timex]:
        """The time expressions of the next sentence; ``known``: those :func:`find_timexes` found in it
        with the publication date alone, reused when none of them counts from the narrative."""
        if known is not None and not counts_from_narrative(text):
            found = known
        else:
            found = find_timexes(text, published=self.published, narrative=self.anchor, offset=offset,
                                 standing=self.standing)
        for tx in found:
            if tx.value and (tx.anchor in ("explicit", "narrative") or tx.anchor == "publication" and tx.precision == "day") \
                    and not tx.refers_back and tx.kind == "date" and tx.precision in ("year", "month", "day"):
                self.anchor = tx.value if tx.kind != "range" else (tx.end_value or tx.value)
        return found
