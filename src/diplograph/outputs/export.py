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


EVENT_SIDES = ("source", "target")


def event_row(e: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat CSV row: who did what to whom and when first, then the first source
    sentence and its document's title, then the details (ids, countries, the mentions as JSON)."""
    first = e["mentions"][0] if e.get("mentions") else {}
    row: dict[str, Any] = {
        "source": (e.get("source") or {}).get("name"), "type": e["type"],
        "target": (e.get("target") or {}).get("name"), "date": e.get("date"),
        "modality": e.get("modality"), "negated": e.get("negated"),
        "sentence": (first.get("text") or "").strip() or None, "doc_title": first.get("doc_title"),
        "doc": first.get("doc"), "sources": len(e.get("mentions") or []),
    }
    for side in EVENT_SIDES:
        a = e.get(side) or {}
        for key in ("id", "text", "country", "sector", "kind", "via"):
            row[f"{side}_{key}"] = a.get(key)
    by = e.get("reported_by") or {}
    row["reported_by"], row["reported_by_id"] = by.get("name"), by.get("id")
    for key in ("act_type", "mode", "context", "date_precision", "date_text", "date_anchor", "intensity", "quad",
                "reliability", "merge_reason", "id"):
        row[key] = e.get(key)
    row["mentions"] = json.dumps(e.get("mentions") or [], ensure_ascii=False, default=str)
    return row


def write(records: list[dict[str, Any]], fmt: str, out: IO[str], kind: str | None = None) -> int:
    """Write ``records`` to ``out``; returns the number written.  Events in CSV are :func:`event_row`
    rows; other records are flattened."""
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        flat = [event_row(r) if kind == "events" else flatten(r) for r in records]
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
    return write(rows(store, kind), fmt, out, kind)


def export_string(store: Store, kind: str, fmt: str) -> str:
    buf = io.StringIO()
    export(store, kind, fmt, buf)
    return buf.getvalue()
