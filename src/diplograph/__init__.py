"""diplograph: who did what to whom, when — sourced event records from news text.

The public API::

    import diplograph
    diplograph.ingest(paths, db=...)      # -> IngestReport
    diplograph.code(text)                 # -> list[Event] (nothing stored)
    diplograph.events(db, actor=..., dyad=(a, b), type=..., since=..., until=...)
    diplograph.actors(db); diplograph.documents(db)
    diplograph.open_store(db)             # -> Store, for queries

The pipeline's stages are subpackages (``diplograph.reading``, ``nlp``, ``extract``, ``store``,
``analysis``, ``outputs``, ``web``, ``cli``, ``engines``); see docs/architecture.md.
"""

from __future__ import annotations

__version__ = "0.1.0"

from diplograph.api import IngestReport, actors, code, documents, events, ingest, open_store  # noqa: E402
from diplograph.config import Settings, load_settings  # noqa: E402
from diplograph.records import Event, PartialDate  # noqa: E402

__all__ = [
    "Event", "IngestReport", "PartialDate", "Settings", "actors", "code", "documents", "events",
    "ingest", "load_settings", "open_store", "__version__",
]
