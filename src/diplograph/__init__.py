"""diplograph: who did what to whom, when — sourced event records from news text.

The public API::

    import diplograph
    diplograph.ingest(paths, db=...)      # -> IngestReport
    diplograph.code(text)                 # -> list[Event] (nothing stored)
    diplograph.events(db, actor=..., dyad=(a, b), type=..., since=..., until=...)
    diplograph.actors(db); diplograph.documents(db)
    diplograph.open_store(db)             # -> Store, for queries

Names are imported lazily so that ``import diplograph.records`` stays light.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "IngestReport": "api", "actors": "api", "code": "api", "documents": "api", "events": "api",
    "ingest": "api", "open_store": "api",
    "Settings": "config", "load_settings": "config",
    "Event": "records", "PartialDate": "records",
}
__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
