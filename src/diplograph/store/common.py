"""What every part of the store shares: its error type and the SQL of a lookup key."""

from __future__ import annotations


def key_sql(expr: str) -> str:
    """SQL for the 63-bit lookup key of a string id (md5: the same in every DuckDB version)."""
    return f"(md5_number_upper({expr}) >> 1)::BIGINT"


class StoreError(RuntimeError):
    """The store cannot be opened, migrated or written (one-line message)."""
