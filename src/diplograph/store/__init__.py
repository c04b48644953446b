"""Stage 5, store: the DuckDB store (the one writer), its migrations, and the cross-document merge."""

from diplograph.store.database import Store, StoreError

__all__ = ["Store", "StoreError"]
