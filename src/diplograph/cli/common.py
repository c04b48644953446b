"""Small helpers shared by the CLI modules: one-line errors, date options, the --db help text."""

from __future__ import annotations

from typing import Optional

import typer

from diplograph.records import PartialDate

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
