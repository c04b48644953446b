"""One watch round's state: what the store held, what was found, what waits for its commit.

:func:`diplograph.watching.run.run_round` makes a :class:`Round`, which reads the watch state from
the store (then closes it), walks the sources in order — a folder by :func:`~diplograph.watching.folders.folder_documents`,
a feed by :func:`~diplograph.watching.feeds.feed_documents` — and hands the documents
they yield, lazily, to ``sink``: the ingest of :mod:`diplograph.api`, which parses,
extracts and stores them in batches and calls :meth:`Round.on_batch` with each
batch right after committing it, the store still open.  Only then is an item's
new state (its hash, ETag, document) written, so a round killed at any moment
leaves a store whose watch state never claims a document it lacks; a feed's own
ETag is written at the end of the round, so a killed round lists the feed again.
Unchanged and failing items, and the sources, are recorded at the end.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Protocol, Sequence
from urllib.parse import urlsplit

from diplograph.config import Settings
from diplograph.records import RawDocument
from diplograph.store.common import StoreError
from diplograph.store.database import Store
from diplograph.watching.report import SourceReport

if TYPE_CHECKING:  # httpx loads only when a round runs
    from diplograph.reading.fetch import Fetcher

OnBatch = Callable[[Store, list[RawDocument]], None]


class Ingested(Protocol):
    """What the sink reports (an :class:`diplograph.api.IngestReport`)."""

    skipped: list[tuple[str, str]]
    events: int


Sink = Callable[[Iterator[RawDocument], OnBatch, bool], Ingested]
Walker = Callable[["Round", dict[str, Any], SourceReport], Iterator[RawDocument]]


class WatchError(ValueError):
    """A source that cannot be watched, or nothing to watch (one-line message)."""


def source_kind(source: str) -> tuple[str, str]:
    """``(source, kind)``: an http(s) URL is a feed; an existing folder, by its absolute path."""
    text = source.strip()
    if re.match(r"(?i)https?://", text):
        if not urlsplit(text).netloc:
            raise WatchError(f"{source}: not a feed URL (no host)")
        return text, "feed"
    if "://" in text:
        raise WatchError(f"{source}: only http(s) feed URLs and folders can be watched")
    path = Path(text).expanduser()
    if not path.exists():
        raise WatchError(f"{source}: no such folder")
    if not path.is_dir():
        raise WatchError(f"{source}: not a folder (watch a folder, or an RSS/Atom feed's http(s) URL)")
    return str(path.resolve()), "folder"


def normal_source(source: str) -> str:
    """How a source is recorded: a URL as given, a folder by its absolute path."""
    text = source.strip()
    return text if re.match(r"(?i)[a-z][a-z0-9+.-]*://", text) else str(Path(text).expanduser().resolve())


class Round:
    """The state of one round: what the store held, what was found, what waits for its commit."""

    def __init__(self, db: str, settings: Settings, fetcher: Fetcher, started: datetime) -> None:
        self.db, self.settings, self.fetcher, self.started = db, settings, fetcher, started
        self.reports: list[SourceReport] = []
        self.sources: list[dict[str, Any]] = []
        self.state: dict[str, dict[str, dict[str, Any]]] = {}
        self.known: set[str] = set()  # content hashes stored (and submitted in this round)
        self.doc_ids: set[str] = set()
        self.behind = False
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}  # item rows written at the end
        self.pending: dict[str, tuple[SourceReport, dict[str, Any], RawDocument, str]] = {}  # by document path

    def load(self, sources: Sequence[str]) -> None:
        """Record new sources, choose this round's (the named ones, else every recorded one), read state.

        A named source not yet recorded must be a folder that exists or an http(s) URL; one already
        recorded is taken as it is (a folder that has gone is then that source's failure)."""
        with Store(self.db) as store:
            recorded = {r["source"]: r for r in store.watch_sources()}
            named = [normal_source(s) for s in sources]
            new = [source_kind(s) for s, n in zip(sources, named) if n not in recorded]  # all checked first
            for source, kind in new:
                if source not in recorded:
                    recorded[source] = {"source": source, "kind": kind}
                    store.add_watch_source(source, kind, self.started)
            wanted = dict.fromkeys(named)
            watched = store.watch_sources()
            self.sources = [dict(r) for r in watched if not wanted or r["source"] in wanted]
            if not self.sources:
                raise WatchError(f"nothing to watch: name a folder or a feed URL (none is recorded in {self.db})")
            self.state = {r["source"]: store.watch_items(r["source"]) for r in self.sources}
            self.known, self.doc_ids = store.known_hashes(), store.doc_ids()
            self.behind = store.merge_pending()

    def documents(self, walkers: dict[str, Walker]) -> Iterator[RawDocument]:
        """The new and changed documents of every source, in order (``walkers``: one per kind of
        source); one source's failure stops only that source."""
        for row in self.sources:
            rep = SourceReport(row["source"], row["kind"])
            self.reports.append(rep)
            try:
                yield from walkers[row["kind"]](self, row, rep)
            except Exception as exc:  # noqa: BLE001 - a bug or odd input in one source must not stop the others
                rep.error = f"unexpected error: {type(exc).__name__}: {exc}".splitlines()[0]
                row.update(result="failed", error=rep.error)

    # -- item states ------------------------------------------------------------------------
    def row(self, source: str, item: str, before: dict[str, Any] | None) -> dict[str, Any]:
        """A new state row for an item, from its earlier one."""
        row = dict(before) if before else {"source": source, "item": item, "first_seen": self.started}
        row["checked_at"] = self.started
        return row

    def keep(self, row: dict[str, Any]) -> None:
        self.rows[(row["source"], row["item"])] = row

    def unchanged(self, rep: SourceReport, row: dict[str, Any]) -> None:
        rep.count("unchanged")
        row.update(result="unchanged", error=None, retry=False)
        self.keep(row)

    def still_failing(self, rep: SourceReport, row: dict[str, Any]) -> None:
        rep.count("still_failing")
        self.keep(row)

    def fail(self, rep: SourceReport, row: dict[str, Any], reason: str, retry: bool) -> None:
        rep.count("failed")
        rep.errors.append((row["item"], reason))
        row.update(result="failed", error=reason, retry=retry)
        self.keep(row)

    def submit(self, rep: SourceReport, row: dict[str, Any], raw: RawDocument) -> RawDocument:
        """A document to ingest; its row is recorded once it is committed (:meth:`on_batch`)."""
        self.known.add(raw.content_hash)
        outcome = "replaced" if raw.doc_id in self.doc_ids else "added"
        self.doc_ids.add(raw.doc_id)
        self.pending[raw.path] = (rep, row, raw, outcome)
        return raw

    def on_batch(self, store: Store, docs: list[RawDocument]) -> None:
        """Called by the writer right after it committed ``docs``: record the items now stored."""
        present = store.stored_documents((d.doc_id, d.content_hash) for d in docs)
        rows = []
        for d in docs:
            entry = self.pending.get(d.path)
            if entry is None or (d.doc_id, d.content_hash) not in present:
                continue
            rep, row, _, outcome = self.pending.pop(d.path)
            rep.count(outcome)
            row.update(content_hash=d.content_hash, doc_id=d.doc_id, result=outcome, error=None, retry=False,
                       changed_at=self.started)
            rows.append(row)
        try:
            store.record_watch(rows)
        except StoreError:
            for row in rows:  # stored but not recorded: recorded with the others at the end
                self.keep(row)

    def finish(self, ingested: Ingested) -> None:
        """Documents the ingest skipped are failures; write every remaining row and the sources."""
        reasons = dict(ingested.skipped)
        for path, (rep, row, raw, _) in list(self.pending.items()):
            row["content_hash"] = raw.content_hash  # this content fails: not tried again until it changes
            self.fail(rep, row, reasons.get(path, "not stored"), retry=path not in reasons)
        self.pending.clear()
        for src in self.sources:
            src["checked_at"] = self.started
        with Store(self.db) as store:
            store.record_watch(list(self.rows.values()), self.sources)

