"""What every analysis shares: which events count as having happened, dyad sides, periods.

Pure functions: each takes an open :class:`~diplograph.store.Store`, reads it
through :mod:`diplograph.analysis.queries`, and returns plain dicts (JSON-ready) that the
CLI, the HTML report and the graph exports draw from.

Conventions shared by all three:

* an event *happened* when its modality is ``asserted`` and it is not negated;
  only such events enter the cooperation–conflict index and the network;
* a dyad side is the state a person acts for (``via``) when known, else the actor;
* undated events are never placed at a guessed date: they are listed apart.
"""

from __future__ import annotations

from typing import Any, Iterable

PERIODS = ("auto", "year", "quarter", "month")
PHASE_THRESHOLD = 3.0  # shift of the mean index (on the -10..10 scale) that marks a new phase


# -- small helpers ---------------------------------------------------------------------------

def happened(ev: dict[str, Any]) -> bool:
    """True when the event is asserted and not negated (counts as having happened)."""
    return ev.get("modality") == "asserted" and not ev.get("negated")


def side(actor: dict[str, Any] | None) -> str | None:
    """The dyad side an actor object stands for: its ``via`` state when present, else itself."""
    if not actor:
        return None
    return actor.get("via") or actor.get("id")


def date_precision(date: str | None) -> str | None:
    """``year``/``month``/``day`` from the shape of an ISO partial date."""
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date))


def period_key(date: str, period: str) -> str | None:
    """The period a date falls in, or None when the date is too coarse for it."""
    prec = date_precision(date)
    if prec is None:
        return None
    if period == "year":
        return date[:4]
    if prec == "year":
        return None  # a bare year cannot be put in one quarter or month
    if period == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"
    if period == "month":
        return date[:7]
    raise ValueError(f"unknown period {period!r}; choose one of {', '.join(PERIODS)}")


def _period_index(key: str, period: str) -> int:
    y = int(key[:4])
    if period == "year":
        return y
    if period == "quarter":
        return y * 4 + int(key[-1]) - 1
    return y * 12 + int(key[5:7]) - 1


def _period_from_index(i: int, period: str) -> str:
    if period == "year":
        return f"{i:04d}"
    if period == "quarter":
        return f"{i // 4:04d}-Q{i % 4 + 1}"
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


def period_start(key: str) -> str:
    """First day of a period key (``2003``, ``2003-Q2``, ``2003-05``) as YYYY-MM-DD."""
    if len(key) == 4:
        return f"{key}-01-01"
    if "-Q" in key:
        return f"{key[:4]}-{(int(key[-1]) - 1) * 3 + 1:02d}-01"
    return f"{key}-01"


def choose_period(dates: Iterable[str]) -> str:
    """``auto``: years for spans of 4+ years or mostly year-only dates, quarters for 1-4 years, else months."""
    dates = [d for d in dates if d]
    if not dates:
        return "year"
    coarse = sum(1 for d in dates if date_precision(d) == "year")
    if coarse * 2 > len(dates):
        return "year"
    months = [int(d[:4]) * 12 + (int(d[5:7]) - 1 if len(d) >= 7 else 0) for d in dates]
    span = max(months) - min(months)
    if span >= 48:
        return "year"
    if span >= 12:
        return "quarter"
    return "month"


def in_range(date: str, since: str | None, until: str | None) -> bool:
    if since and date < since:
        return False
    if until and date[:len(until)] > until:
        return False
    return True
