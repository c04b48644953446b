"""Times the user types: a duration (``30s``, ``15m``, ``2h``, ``1d``) and an instant, given as a
duration back from now or as an ISO date or timestamp (``2026-12-01``, ``2026-12-01T09:30``,
with or without a UTC offset; without one it is local time)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*", re.I)


class TimeError(ValueError):
    """A duration or an instant that cannot be read (one-line message)."""


def parse_duration(text: str) -> float:
    """Seconds in ``30s``, ``15m``, ``1h``, ``1d``, ``1w`` or a combination (``1h30m``)."""
    pos, total = 0, 0.0
    for m in _DURATION.finditer(text):
        if m.start() != pos:
            break
        total += float(m.group(1)) * UNITS[m.group(2).lower()]
        pos = m.end()
    if not text.strip() or pos != len(text) or total <= 0:
        raise TimeError(f"{text!r} is not a duration (use e.g. 30s, 15m, 2h, 1d)")
    return total


def parse_since(text: str | datetime, now: datetime | None = None) -> datetime:
    """An aware datetime: ``now`` less a duration (``2h``, ``1d``), or an ISO date or timestamp."""
    if isinstance(text, datetime):
        return text if text.tzinfo else text.astimezone()
    now = now or datetime.now().astimezone()
    value = text.strip()
    if _DURATION.match(value) and not re.match(r"\d{4}-", value):
        return now - timedelta(seconds=parse_duration(value))
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError:
        raise TimeError(f"{text!r} is not a time (use e.g. 2h, 1d, 2026-12-01 or 2026-12-01T09:30)") from None
    return when if when.tzinfo else when.astimezone()
