"""Resolving a matched time expression to an ISO partial date, against the publication date or the
narrative's date: the calendar arithmetic behind :mod:`~diplograph.extract.dates.timex`."""

from __future__ import annotations

import re
from datetime import date, timedelta

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

WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}


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


def _that(name: str, g: dict, nar: PartialDate | None) -> tuple[str | None, str | None, str, str | None, str, bool]:
    """"January of that year" (the month in the narrative's year), "that year" / "that month" (the
    narrative's year or month); nothing where no date was told before."""
    if name == "mon_that" and nar is not None:  # "in March the following year": the narrative's year moved
        year = nar.year + {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get((g.get("yd") or "").lower(), 0)
        return f"{year:04d}-{_month(g['mon']):02d}", "month", "narrative", None, "date", False
    if name == "that_unit" and nar is not None and (g["unit"].lower() == "year" or nar.month is not None):
        if g["unit"].lower() == "year":
            return f"{nar.year:04d}", "year", "narrative", None, "date", False
        return f"{nar.year:04d}-{nar.month:02d}", "month", "narrative", None, "date", False
    return None, None, "none", None, "relative", False


def resolve(name: str, m: re.Match[str], pub: PartialDate | None, nar: PartialDate | None,
             text: str) -> tuple[str | None, str | None, str, str | None, str, bool]:
    """(value, precision, anchor, end_value, kind, refers_back) for one match."""
    g = m.groupdict()
    if name == "mon_attr":  # "the July coup": as "in July"
        name = "in_month"
    if name == "rel_the":  # "the day after": one day after
        name, g = "rel_later", {**g, "num": "1"}
    if name.startswith("span_"):
        return _span(name, g, pub)
    if name == "rel_hours":  # "hours later": the same day as the narrative's
        if nar is None or nar.day is None:
            return None, None, "none", None, "relative", False
        return nar.iso, "day", "narrative", None, "date", False
    if name == "rel_vague":  # "days later", "within weeks": the narrative's month; "months later": its year
        if nar is None or nar.month is None and (g["wunit"] or g["unit"].lower() != "months"):
            return None, None, "none", None, "relative", False
        if g["wunit"] or g["unit"].lower() != "months":
            return f"{nar.year:04d}-{nar.month:02d}", "month", "narrative", None, "date", False
        return f"{nar.year:04d}", "year", "narrative", None, "date", False
    if name in ("mon_that", "that_unit"):  # "in January of that year", "later that year": the narrative's
        return _that(name, g, nar)
    if name == "end_of":  # "by the end of the year"
        if pub is None:
            return None, None, "none", None, "date", False
        delta = {"last": -1, "next": 1}.get(g["which"].lower(), 0)
        if g["unit"].lower() == "month":
            if pub.month is None:
                return None, None, "none", None, "date", False
            month = _shift(PartialDate(pub.year, pub.month), months=delta) if delta else f"{pub.year:04d}-{pub.month:02d}"
            return month, "month", "publication", None, "date", False  # (a shift by none would drop the month)
        return f"{pub.year + delta:04d}", "year", "publication", None, "date", False
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
            if back == 0 and m.group(0).lower().startswith("last"):
                back = 7  # "last Thursday" in a Thursday's paper: a week ago
        else:
            back = {"yesterday": 1, "the day before yesterday": 2}.get(g["deic"].lower(), 0)
        day = ref - timedelta(days=back)
        return day.isoformat(), "day", "publication", None, "date", False
    if name == "decade":
        # "the 1990s": the span of its years, as a range ("the early 2000s": 2000-2003)
        first, last = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get((g.get("part") or g.get("part2") or "").lower(), (0, 9))
        dec = int(g["dec"])
        return f"{dec + first:04d}", "year", "explicit", f"{dec + last:04d}", "range", False
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
        # "ten years after an invasion" (anchored at the narrative date) dates the invasion earlier
        refers_back = name == "rel_later" and g["dir"].lower() == "after"
        if n is None or base is None:
            return None, None, "none", None, "relative", refers_back
        back = refers_back or name == "rel_ago" or g.get("dir", "").lower() in ("before", "earlier")
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
        if g["unit"].lower() in ("morning", "afternoon", "evening", "night"):
            g = {**g, "unit": "day"}  # "the next morning": the next day
        if g["unit"].lower() == "day":  # "the next day": only from a day
            if nar.day is None:
                return None, None, "none", None, "relative", False
            return (_as_date(nar) + timedelta(days=sign)).isoformat(), "day", "narrative", None, "date", False
        if g["unit"].lower() == "week":  # "the following week": Monday to Sunday after the narrative's week
            if nar.day is None:
                return None, None, "none", None, "relative", False
            monday = _as_date(nar) - timedelta(days=_as_date(nar).weekday()) + timedelta(days=7 * sign)
            return monday.isoformat(), "day", "narrative", (monday + timedelta(days=6)).isoformat(), "range", False
        if g["unit"].lower() == "month" and nar.month is not None:
            return _shift(nar, months=sign), "month", "narrative", None, "date", False
        return _shift(PartialDate(nar.year), years=sign), "year", "narrative", None, "date", False
    if name == "weekend":  # "over the weekend": the last Saturday and Sunday
        name, g = "week", {"which": "this", "end": "end"}
    if name == "in_the_unit":  # "earlier in the week": earlier this week
        name, g = {"week": "week", "month": "month_rel"}[g["unit"].lower()], {"which": g["which"].lower() + " this"}
    if name in ("week", "month_rel", "night", "recent"):
        return _resolve_recent(name, g, pub)
    if name == "season_rel":
        return _season(g, pub)
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
        if name == "in_month" and nar is not None and nar.year < pub.year:
            # "In March 2021, X ... In May, Y ...": the month of the narrative's year (or the next one's)
            year = nar.year + (1 if month < (nar.month or 1) else 0)
            if (year, month) < (pub.year, pub.month or 12):
                return f"{year:04d}-{month:02d}", "month", "narrative", None, "date", False
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
    if name == "recent" and g.get("runit") and pub.day is not None:  # "in recent days / weeks": up to it
        ref = _as_date(pub)
        first = ref - timedelta(days=7 if g["runit"].lower() == "days" else 28)
        return first.isoformat(), "day", "publication", ref.isoformat(), "range", False
    if name == "recent":  # a few months up to the publication
        return _shift(pub, months=-2), "month", "publication", f"{pub.year:04d}-{pub.month:02d}", "range", False
    if pub.day is None:
        return none
    ref = _as_date(pub)
    if name == "night":
        return (ref - timedelta(days=1)).isoformat(), "day", "publication", None, "date", False
    monday = ref - timedelta(days=ref.weekday())
    if g.get("end") and which in ("last", "this", "past"):  # "last weekend": the Saturday and Sunday before
        sunday = ref - timedelta(days=(ref.weekday() + 1) % 7)
        if which == "last" and ref.weekday() >= 5:
            sunday -= timedelta(days=7)
        return (sunday - timedelta(days=1)).isoformat(), "day", "publication", sunday.isoformat(), "range", False
    if which == "past":
        first, last = ref - timedelta(days=7), ref
    elif which == "last":
        first, last = monday - timedelta(days=7), monday - timedelta(days=1)
    elif which == "next":
        first, last = monday + timedelta(days=7), monday + timedelta(days=13)
    else:  # this week, earlier this week (to the publication), later this week (from it)
        first, last = (ref, monday + timedelta(days=6)) if which == "later this" else (monday, ref)
    return first.isoformat(), "day", "publication", last.isoformat(), "range", False


def _season_year(season: str, which: str, pub: PartialDate) -> int:
    """The year a season named from the publication starts in: ``last`` (the latest one over before
    the publication's month), ``next`` (the first to start after it), ``this`` (the publication's year's,
    or the winter it falls in), ``began`` (the latest one begun by then: "in the spring" of a past act)."""
    first, last = SEASONS[season]
    p, year = pub.month or 1, pub.year
    if season == "winter":
        return {"last": year - 1 if p > 2 else year - 2, "next": year if p < 12 else year + 1,
                "this": year - 1 if p <= 2 else year}.get(which, year if p == 12 else year - 1)
    return {"last": year if last < p else year - 1, "next": year if first > p else year + 1,
            "this": year}.get(which, year if first <= p else year - 1)


def _season(g: dict, pub: PartialDate | None) -> tuple[str | None, str | None, str, str | None, str, bool]:
    """"last spring", "this summer", "next winter", "in the autumn": a season counted from the publication."""
    if pub is None or pub.month is None:
        return None, None, "none", None, "range", False
    season = (g.get("s1") or g["s2"]).lower().replace("fall", "autumn")
    which = {"this past": "last", "past": "last"}.get((g.get("which") or "").lower(), (g.get("which") or "").lower())
    year = _season_year(season, which or "began", pub)
    first, last = SEASONS[season]
    return f"{year:04d}-{first:02d}", "season", "publication", f"{year + (last < first):04d}-{last:02d}", "range", False


def readings(name: str, m: re.Match[str], pub: PartialDate | None, value: str | None) -> tuple[str | None, str | None]:
    """(past, future) readings of an expression whose year or week the text leaves open."""
    if not value or pub is None or pub.month is None:
        return None, None
    v = PartialDate.parse(value)
    if name in ("md", "dm") and pub.day is not None:
        past = f"{v.year - 1:04d}{value[4:]}" if (v.month, v.day) > (pub.month, pub.day) else None
        future = f"{v.year + 1:04d}{value[4:]}" if (v.month, v.day) < (pub.month, pub.day) else None
        return past, future
    if name in ("in_month", "mon_attr"):
        future = f"{pub.year + (1 if (v.month or 0) < pub.month else 0):04d}{value[4:]}"
        return None, future if future != value else None
    if name == "span_dm" and not m.group("year") and pub.day is not None:
        # "will hold drills from 1 to 10 September": the coming ones (the end moves with the start)
        future = f"{pub.year + (1 if (v.month, int(m.group('d2'))) < (pub.month, pub.day) else 0):04d}{value[4:]}"
        return None, future if future != value else None
    if name == "span_m" and not m.group("year") and v.month is not None and v.month <= pub.month:
        return None, f"{v.year + 1:04d}{value[4:]}"  # "will hold talks in March and April": the coming ones
    if name == "season_rel" and not m.group("which"):  # "will visit in the spring": the next one
        ahead = _season(m.groupdict() | {"which": "next"}, pub)[0]
        return None, ahead if ahead != value else None
    if name == "weekday" and pub.day is not None and not m.group(0).lower().startswith("last"):
        wd = WEEKDAYS[m.group("wd").lower()]
        ref = _as_date(pub)
        future = (ref + timedelta(days=(wd - ref.weekday()) % 7)).isoformat()
        return None, future if future != value else None
    return None, None


def shift_of(name: str, m: re.Match[str]) -> tuple[int, str] | None:
    """(signed count, unit) of an expression that counts from another date ("two months after": +2
    months from the act it names, "a day earlier": -1 day), else None."""
    if name not in ("rel_later", "rel_the"):
        return None
    n = 1 if name == "rel_the" else _num(m.group("num"))
    if n is None:
        return None
    unit = m.group("unit").lower().rstrip("s")
    if unit == "decade":
        n, unit = n * 10, "year"
    sign = -1 if m.group("dir").lower() in ("before", "earlier") else 1
    return sign * n, unit


def shifted(value: str | None, shift: tuple[int, str]) -> str | None:
    """``value`` moved by ``shift`` at the precision both allow ("2023-02-06" + 1 day), else None."""
    base = _pd(value)
    if base is None:
        return None
    n, unit = shift
    if unit in ("day", "week"):
        if base.day is None:
            return None
        return (_as_date(base) + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    if unit == "month":
        return _shift(base, months=n) if base.month is not None else None
    return _shift(PartialDate(base.year), years=n)


def _span(name: str, g: dict, pub: PartialDate | None) -> tuple[str | None, str | None, str, str | None, str, bool]:
    """A span of days, months or weekdays: "between 6 and 22 June", "from May 2021 to September 2022",
    "from January to April" (in the last such months before the publication), "between Friday and
    Sunday" (the last such days)."""
    none = (None, None, "none", None, "range", False)
    if name == "span_my":
        first, last = f"{int(g['y1']):04d}-{_month(g['mon']):02d}", f"{int(g['y2']):04d}-{_month(g['mon2']):02d}"
        return (first, "month", "explicit", last, "range", False) if first <= last else none
    if name == "span_dm":
        d1, d2, month = int(g["d1"]), int(g["d2"]), _month(g["mon"])
        if not 1 <= d1 < d2 <= 31:
            return none
        year = int(g["year"]) if g.get("year") else None
        if year is None:
            if pub is None:
                return none
            year = pub.year - (1 if pub.month is not None and month > pub.month else 0)
        anchor = "explicit" if g.get("year") else "publication"
        return f"{year:04d}-{month:02d}-{d1:02d}", "day", anchor, f"{year:04d}-{month:02d}-{d2:02d}", "range", False
    if name == "span_m":
        m1, m2 = _month(g["mon"]), _month(g["mon2"])
        if g.get("year"):
            y2 = int(g["year"])
            anchor = "explicit"
        elif pub is not None and pub.month is not None:
            y2 = pub.year - (1 if m2 > pub.month else 0)
            anchor = "publication"
        else:
            return none
        y1 = y2 - (1 if m1 > m2 else 0)
        return f"{y1:04d}-{m1:02d}", "month", anchor, f"{y2:04d}-{m2:02d}", "range", False
    if name == "span_wd":
        if pub is None or pub.day is None:
            return none
        ref = _as_date(pub)
        last = ref - timedelta(days=(ref.weekday() - WEEKDAYS[g["wd2"].lower()]) % 7)
        first = last - timedelta(days=(WEEKDAYS[g["wd2"].lower()] - WEEKDAYS[g["wd1"].lower()]) % 7)
        return first.isoformat(), "day", "publication", last.isoformat(), "range", False
    return none
