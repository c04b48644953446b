"""diplograph: who did what to whom, when — sourced event records from news text.

The public API::

    import diplograph
    diplograph.ingest(paths, db=...)      # -> IngestReport
    diplograph.code(text)                 # -> list[Event] (nothing stored)
    diplograph.events(db, actor=..., dyad=(a, b), type=..., since=..., until=...)
    diplograph.actors(db); diplograph.documents(db)
    diplograph.open_store(db)             # -> Store, for queries
    diplograph.check_alerts(db, rules_path, since=...)   # -> list[Alert] (each fires once)
    diplograph.watch_round([folder, feed_url], db=...)   # -> WatchReport (one round; watch() repeats)

The pipeline's stages are subpackages (``diplograph.reading``, ``nlp``, ``extract``, ``store``,
``analysis``, ``outputs``, ``web``, ``cli``, ``engines``); see docs/architecture.md.
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import Any  # noqa: E402

from diplograph.config import Settings, load_settings  # noqa: E402
from diplograph.records import Event, PartialDate  # noqa: E402

_API = frozenset({"IngestReport", "actors", "check_alerts", "code", "deliver_alerts", "documents", "events", "ingest",
                  "open_store", "unwatch", "watch", "watch_round", "watched"})


def __getattr__(name: str) -> Any:
    """The API functions, imported on first use: ``import diplograph`` (and every command that only
    reads the store) stays free of spaCy and the extraction pipeline."""
    if name in _API:
        from diplograph import api
        return getattr(api, name)
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")

__all__ = [
    "Event", "IngestReport", "PartialDate", "Settings", "actors", "check_alerts", "code", "deliver_alerts",
    "documents", "events",
    "ingest", "load_settings", "open_store", "unwatch", "watch", "watch_round", "watched", "__version__",
]
