"""Exports of the store's tables as JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import IO, Any, Callable

from diplograph.analysis import queries
from diplograph.store.database import Store

KINDS: dict[str, Callable[[Store], list[dict[str, Any]]]] = {
    "events": lambda s: queries.events(s),
    "actors": queries.actors,
    "documents": queries.documents,
    "quotes": lambda s: queries.quotes(s),
    "conflicts": queries.conflicts,
}
FORMATS = ("jsonl", "csv")


class ExportError(ValueError):
    pass


def rows(store: Store, kind: str) -> list[dict[str, Any]]:
    if kind not in KINDS:
        raise ExportError(f"unknown export kind {kind!r}; choose one of {', '.join(KINDS)}")
    return KINDS[kind](store)


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become ``parent_child`` columns; lists become JSON text."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "_"))
        elif isinstance(value, (list, tuple)):
            flat[name] = json.dumps(value, ensure_ascii=False, default=str)
        else:
            flat[name] = value
    return flat


def write(records: list[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write ``records`` to ``out``; returns the number written."""
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        flat = [flatten(r) for r in records]
        columns: list[str] = []
        for r in flat:
            for key in r:
                if key not in columns:
                    columns.append(key)
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        if columns:
            writer.writeheader()
        for r in flat:
            writer.writerow(r)
    else:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return len(records)


def export(store: Store, kind: str, fmt: str, out: IO[str]) -> int:
    return write(rows(store, kind), fmt, out)


def export_string(store: Store, kind: str, fmt: str) -> str:
    buf = io.StringIO()
    export(store, kind, fmt, buf)
    return buf.getvalue()
