"""What the web app, its JSON API and its ingest routes share: store access and request checks."""

from __future__ import annotations

import threading
from datetime import datetime
from contextlib import contextmanager
from typing import Any, Iterator, Optional

from fastapi import Query

from diplograph.analysis.times import parse_since
from diplograph.analysis.queries import QueryError, check_type
from diplograph.records import PartialDate
from diplograph.store.database import Store
from diplograph.web import views as web_views


def type_query() -> Any:  # a new Query per parameter (FastAPI must not share one between two)
    return Query(None, max_length=32, pattern=r"^[A-Za-z_]*$")


def date_query() -> Any:
    return Query(None, max_length=10)


class BadRequest(ValueError):
    """A malformed filter (one-line message)."""


def dyad_data(store, a: str, b: str, since: Optional[str], until: Optional[str], type_: Optional[str],
              period: str) -> dict:
    """The dyad page's data; a request the analysis refuses (e.g. the same actor twice) is a 400."""
    try:
        return web_views.dyad_page(store, a, b, since, until, type_, period)
    except web_views.NotFound:
        raise
    except ValueError as exc:
        raise BadRequest(str(exc)) from None


PAGE_LOCK_WAIT = 2.0  # seconds a page waits for another process's lock before answering 503


class StoreGate:
    """Per-request store connections that never clash with an in-process writer.

    DuckDB refuses, inside one process, a read-only connection beside a
    read-write one to the same file.  Readers therefore open read-only, except
    while the server's own ingest writes (then read-write, sharing the writer's
    database and seeing each committed document); the writer waits until no
    read-only connection is open.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._cond = threading.Condition()
        self._open = {"ro": 0, "rw": 0}
        self._writer = False

    @contextmanager
    def read(self) -> Iterator[Store]:
        with self._cond:
            while True:
                mode = "rw" if self._writer or self._open["rw"] else "ro"
                if mode == "ro" or self._open["ro"] == 0:
                    break
                self._cond.wait()
            self._open[mode] += 1
        try:
            with Store(self.path, read_only=mode == "ro", lock_wait=PAGE_LOCK_WAIT) as store:
                yield store
        finally:
            with self._cond:
                self._open[mode] -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._writer = True
            self._cond.wait_for(lambda: self._open["ro"] == 0)
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


def check_date(value: Optional[str], name: str) -> Optional[str]:
    if value:
        try:
            PartialDate.parse(value)
        except ValueError:
            raise BadRequest(f"{name}: {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value or None


def added_since_query() -> Any:
    return Query(None, max_length=40, description="Only events told by a document stored since then: "
                                                  "2h, 1d, or an ISO date or timestamp (local time unless an offset).")


def check_added_since(value: Optional[str]) -> Optional[datetime]:
    """The instant ``added_since`` names, or None; a malformed one is a 400."""
    if not value:
        return None
    try:
        return parse_since(value)
    except ValueError as exc:
        raise BadRequest(f"added_since: {exc}") from None


def check_event_type(value: Optional[str]) -> Optional[str]:
    """A ``type`` filter as stored (upper case); an unknown type is a 400 that lists the 16 types."""
    if not value:
        return None
    try:
        return check_type(value)
    except QueryError as exc:
        raise BadRequest(f"type: {exc}") from None
