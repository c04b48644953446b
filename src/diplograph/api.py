"""The public Python API; the CLI is a thin layer over these functions."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from diplograph.store import merge_plan as merge
from diplograph.analysis import queries
from diplograph.analysis.labels import plural
from diplograph.config import Settings, load_settings
from diplograph.reading.errors import IngestError
from diplograph.records import DocResult, Event, PartialDate, RawDocument
from diplograph.store.database import Store, StoreError
from diplograph.reading.watchdog import time_limit

if TYPE_CHECKING:  # the pipeline (and spaCy) load only when something is ingested or coded
    from diplograph.engines.workers import Outcome
    from diplograph.pipeline import Resources

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did."""

    files: int = 0
    stored: int = 0
    unchanged: int = 0
    replaced: int = 0
    sentences: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    seconds: float = 0.0
    removed_blocks: int = 0  # furniture blocks cleaning removed from the stored documents
    removed_chars: int = 0
    cleaned: list[tuple[str, list[str]]] = field(default_factory=list)  # (path, removed blocks) per document

    @property
    def ok(self) -> bool:
        return not self.skipped

    def summary(self) -> str:
        parts = [f"{plural(self.stored, 'document')} stored", f"{self.unchanged} unchanged"]
        if self.replaced:
            parts.append(f"{self.replaced} replaced")
        parts += [plural(self.sentences, "sentence"), plural(self.events, "event")]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        if self.removed_blocks:
            parts.append(f"{plural(self.removed_blocks, 'block')} of page furniture removed "
                         f"({self.removed_chars:,} characters)")
        return ", ".join(parts) + f" in {self.seconds:.1f}s"



def open_store(db: str | None = None, *, read_only: bool = False, settings: Settings | None = None) -> Store:
    """Open (and migrate) the store named by ``db``, the settings, or the default."""
    settings = settings or load_settings()
    return Store(db or settings.db, read_only=read_only)


def _readable(paths: Sequence[Path], known: set[str], report: IngestReport, settings: Settings,
              published: str | None, progress: Progress | None) -> Iterator[RawDocument]:
    """The documents to parse, read ahead in a separate process; skipped and unchanged ones are counted."""
    from diplograph.reading.readahead import read_ahead
    for item in read_ahead(paths, known, settings, published):
        if item.doc is not None:
            yield item.doc
            continue
        if item.skipped is not None:
            report.skipped.append((item.path, item.skipped))
        else:
            report.unchanged += 1
        _tick(progress, report, item.path)


def _tick(progress: Progress | None, report: IngestReport, path: str) -> None:
    """Report progress as documents are finished (stored, unchanged or skipped)."""
    if progress:
        progress(report.stored + report.unchanged + len(report.skipped), report.files, path)


def ingest(paths: Iterable[str | Path], *, db: str | None = None, settings: Settings | None = None,
           published: str | None = None, progress: Progress | None = None,
           resources: Resources | None = None, workers: int = 1, engine: str = "local",
           scheduler: str | None = None) -> IngestReport:
    """Ingest files and folders into the store; one bad document never stops the batch.

    Unchanged content (same SHA-256) is skipped after hashing; a changed file
    replaces its earlier version and its extractions.  ``workers`` > 1 parses and
    extracts on that many processes; ``engine="dask"`` on a Dask cluster (the one
    at ``scheduler``, else a LocalCluster of ``workers`` processes).  Either way
    this process is the one writer and the store ends up the same.
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    from diplograph.engines.workers import local_outcomes, pool_outcomes
    from diplograph.pipeline import load_resources
    from diplograph.reading.files import discover
    started = time.perf_counter()
    settings = settings or load_settings()
    if published:
        PartialDate.parse(published)
    report = IngestReport()
    try:
        files = discover(paths)
    except IngestError as exc:
        report.skipped.append((exc.path, exc.reason))
        report.seconds = time.perf_counter() - started
        return report
    report.files = len(files)
    with Store(db or settings.db) as store:  # creates and migrates; released at once
        known = store.known_hashes()
        behind = store.merge_pending()  # an earlier ingest stopped before its merge
    writer = _Writer(db or settings.db, report, progress, settings.write_every)
    raws = _readable(files, known, report, settings, published, progress)
    first = next(raws, None)
    if first is not None:
        raws = _chain(first, raws)
        if engine == "dask":
            from diplograph.engines.cluster import dask_outcomes
            outcomes = dask_outcomes(raws, settings, scheduler, workers)
        elif workers > 1:
            outcomes = pool_outcomes(raws, settings, workers)
        else:
            outcomes = local_outcomes(raws, resources or load_resources(settings),
                                      guard=lambda: time_limit(settings.doc_timeout), ahead=settings.parse_ahead)
        for outcome in outcomes:
            writer.add(outcome)
        writer.flush()
    if report.stored or behind:
        with Store(db or settings.db) as store:
            rebuild_events(store)
    report.seconds = time.perf_counter() - started
    return report


class _Writer:
    """Stores finished documents in batches of whole documents, holding the database only while writing.

    DuckDB admits one writing process and no readers beside it, so the store is
    opened for each batch (one transaction and one bulk insert per table; a batch
    that fails is retried one document at a time) and closed again: readers wait
    at most about a batch.  A batch is written when ``every`` seconds (the
    ``write_every`` setting) have passed since the last write, or ``FLUSH_DOCS``
    documents / ``FLUSH_CHARS`` characters
    are waiting; a crash loses only the waiting documents, which a re-run redoes.
    Each open, write and close costs about a quarter of a second whatever the batch,
    so batches are large: on a 2-core machine, 20 s of parsing is about 80 documents.
    """

    FLUSH_DOCS = 256
    FLUSH_CHARS = 8_000_000

    def __init__(self, db: str, report: IngestReport, progress: Progress | None, every: float = 20.0) -> None:
        self.db, self.report, self.progress, self.every = db, report, progress, every
        self.pending: list[tuple[DocResult, list[dict[str, Any]]]] = []
        self.ids: set[str] = set()
        self.chars = 0
        self.last = time.monotonic()

    def add(self, outcome: Outcome) -> None:
        raw, result, rows = outcome
        if isinstance(result, str):
            self.report.skipped.append((raw.path, result))
            _tick(self.progress, self.report, raw.path)
            return
        if raw.doc_id in self.ids:
            self.flush()  # a repeated doc_id replaces the earlier one
        self.pending.append((result, rows))
        self.ids.add(raw.doc_id)
        self.chars += len(raw.text)
        if (len(self.pending) >= self.FLUSH_DOCS or self.chars >= self.FLUSH_CHARS
                or time.monotonic() - self.last >= self.every):
            self.flush()

    def flush(self) -> None:
        if self.pending:
            with Store(self.db) as store:
                _store_batch(self.pending, store, self.report, self.progress)
            self.pending, self.ids, self.chars = [], set(), 0
        self.last = time.monotonic()


def _chain(first: RawDocument, rest: Iterator[RawDocument]) -> Iterator[RawDocument]:
    yield first
    yield from rest


def _store_batch(batch: list[tuple[DocResult, list[dict[str, Any]]]], store: Store, report: IngestReport,
                 progress: Progress | None) -> None:
    if not batch:
        return
    try:
        existed = store.write_many(batch)
    except StoreError as exc:
        if len(batch) > 1:  # find the document at fault: store the others one by one
            for item in batch:
                _store_batch([item], store, report, progress)
            return
        report.skipped.append((batch[0][0].doc.path, str(exc).split(": ", 1)[-1]))
        _tick(progress, report, batch[0][0].doc.path)
        return
    for result, _ in batch:
        report.stored += 1
        report.replaced += int(result.doc.doc_id in existed)
        report.sentences += len(result.sentences)
        report.events += len(result.events)
        removed = result.doc.removed or []
        if removed:
            report.removed_blocks += len(removed)
            report.removed_chars += sum(len(r) for r in removed)
            report.cleaned.append((result.doc.path, list(removed)))
        _tick(progress, report, result.doc.path)


def rebuild_events(store: Store) -> int:
    """Re-plan cross-document merges over the whole store; returns the number of events."""
    store.apply_merges(merge.plan_stream(store.grouped_mentions(merge.SYMMETRIC), store.overrides()))
    return store.scalar("SELECT count(*) FROM events")


def merge_mentions(db: str | None, a: str, b: str, action: str = "merge") -> int:
    """Record a user's merge (or split) of two event mentions and re-plan; returns the event count."""
    with open_store(db) as store:
        store.add_override(a, b, action)
        return rebuild_events(store)


def code(text: str, *, settings: Settings | None = None, published: str | None = None,
         resources: Resources | None = None) -> list[Event]:
    """Code a text into events without storing anything."""
    from diplograph.pipeline import code_text, load_resources
    res = resources or load_resources(settings or load_settings())
    return code_text(text, res, published)


def events(db: str | None = None, **filters: Any) -> list[dict[str, Any]]:
    with open_store(db, read_only=True) as store:
        return queries.events(store, **filters)


def actors(db: str | None = None) -> list[dict[str, Any]]:
    with open_store(db, read_only=True) as store:
        return queries.actors(store)


def documents(db: str | None = None) -> list[dict[str, Any]]:
    with open_store(db, read_only=True) as store:
        return queries.documents(store)


def grade(db: str | None, source: str, value: str) -> list[str]:
    """Set the reliability grade (A-F) of a publication or document id; returns the stored
    documents it now applies to (none: the grade waits for documents from that source)."""
    with open_store(db) as store:
        store.set_grade(source, value)
        grades = queries.grades(store)
    key = source.strip().lower()
    return [d["doc"] for g in grades if g["source"].lower() == key for d in g["documents"]]


def grades(db: str | None = None) -> list[dict[str, Any]]:
    """Publications and documents with their reliability grades (F when not set)."""
    with open_store(db, read_only=True) as store:
        return queries.grades(store)
