"""What the CLI modules share: consoles, one-line errors, settings, date options, the events table."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table

from diplograph.analysis.queries import QueryError, short_id
from diplograph.config import ConfigError, load_settings
from diplograph.extract.events.ontology import OntologyError
from diplograph.outputs.export import ExportError
from diplograph.reading.errors import IngestError
from diplograph.records import PartialDate
from diplograph.store.database import StoreError

out = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 150)
err = Console(stderr=True)

DB_HELP = "DuckDB file (default: $DIPLOGRAPH_DB, the config file's db, or ./diplograph.duckdb)."


def say(message: str) -> None:
    """One plain line on stderr (never wrapped, so scripts can read it)."""
    typer.echo(message, err=True)


def fail(message: str, code: int = 2) -> None:
    say(f"error: {message}")
    raise typer.Exit(code)


def check_date(value: Optional[str], name: str) -> None:
    """Exit with a one-line error unless ``value`` is empty or a YYYY[-MM[-DD]] date."""
    if value:
        try:
            PartialDate.parse(value)
        except ValueError:
            fail(f"{name}: {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")


KNOWN_ERRORS = (ConfigError, StoreError, QueryError, ExportError, IngestError, OntologyError, ValueError)
# Errors of modules loaded only when needed (DuckDB when a store is opened; spaCy, the workers and the
# knowledge base when text is parsed): caught once loaded, so `--help` and the commands that only read
# the store start without them.
LATE_ERRORS = (("duckdb", "Error"), ("diplograph.nlp.model", "ModelError"),
               ("diplograph.engines.workers", "ClusterError"), ("diplograph.extract.actors.kb", "KBError"))


def known_errors() -> tuple[type[BaseException], ...]:
    late = tuple(getattr(sys.modules[m], name) for m, name in LATE_ERRORS if m in sys.modules)
    return KNOWN_ERRORS + late


@contextmanager
def handled() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        if not isinstance(exc, known_errors()):
            raise
        fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def _settings(db: Optional[str], actors: Optional[list[Path]] = None, triggers: Optional[list[Path]] = None,
              model: Optional[str] = None):
    return load_settings(db=db, model=model, actors=[str(p) for p in actors or []],
                         triggers=[str(p) for p in triggers or []])


def _actor_cell(a: Optional[dict]) -> str:
    if not a:
        return "—"
    name = a["name"]
    if a.get("via") and a["via"] != a["id"]:
        name += f" ({a.get('via_name') or a['via']})"
    if a.get("implied"):
        name += " \\[implied]"  # escaped: rich would read "[implied]" as markup
    return name


def print_events(rows: list[dict], limit: Optional[int] = None) -> None:
    table = Table(show_lines=False, header_style="bold")
    for col in ("id", "date", "type", "source", "target", "modality", "sources", "sentence"):
        table.add_column(col, overflow="fold", max_width=70 if col == "sentence" else 24)
    for r in rows[:limit] if limit else rows:
        first = r["mentions"][0] if r["mentions"] else {}
        sentence = (first.get("text") or "").strip()
        if len(sentence) > 90:
            sentence = sentence[:87] + "…"
        modality = "negated" if r["negated"] else r["modality"]
        table.add_row(short_id(r["id"]), r["date"] or "undated", r["type"], _actor_cell(r["source"]), _actor_cell(r["target"]),
                      modality, str(len(r["mentions"])), sentence)
    out.print(table)
