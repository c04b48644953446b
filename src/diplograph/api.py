"""The public Python API; the CLI is a thin layer over these functions."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import merge, queries
from .config import Settings, load_settings
from .ingest import IngestError, discover, read_document
from .parallel import Outcome, local_outcomes, pool_outcomes
from .pipeline import Resources, code_text, load_resources
from .records import DocResult, Event, PartialDate, RawDocument
from .store import Store, StoreError

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

    @property
    def ok(self) -> bool:
        return not self.skipped

    def summary(self) -> str:
        parts = [f"{self.stored} documents stored", f"{self.unchanged} unchanged"]
        if self.replaced:
            parts.append(f"{self.replaced} replaced")
        parts += [f"{self.sentences} sentences", f"{self.events} events"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts) + f" in {self.seconds:.1f}s"


def open_store(db: str | None = None, *, read_only: bool = False, settings: Settings | None = None) -> Store:
    """Open (and migrate) the store named by ``db``, the settings, or the default."""
    settings = settings or load_settings()
    return Store(db or settings.db, read_only=read_only)


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _readable(paths: Sequence[Path], store: Store, report: IngestReport, settings: Settings,
              published: str | None, progress: Progress | None) -> Iterator[RawDocument]:
    for path in paths:
        try:
            digest = _hash_file(path)
        except OSError as exc:
            report.skipped.append((str(path), f"cannot read: {exc.strerror or exc}"))
            continue
        if store.doc_with_hash(digest):
            report.unchanged += 1
            _tick(progress, report, str(path))
            continue
        try:
            raw = read_document(path, max_bytes=settings.max_bytes)
        except IngestError as exc:
            report.skipped.append((exc.path, exc.reason))
            _tick(progress, report, str(path))
            continue
        if published:
            raw.published, raw.published_how = published, "user"
        yield raw


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
    with Store(db or settings.db) as store:
        res = resources
        raws = _readable(files, store, report, settings, published, progress)
        first = next(raws, None)
        if first is not None:
            raws = _chain(first, raws)
            if engine == "dask":
                from .cluster import dask_outcomes
                outcomes = dask_outcomes(raws, settings, scheduler, workers)
            elif workers > 1:
                outcomes = pool_outcomes(raws, settings, workers)
            else:
                res = res or load_resources(settings)
                outcomes = local_outcomes(raws, res)
            _run(outcomes, store, report, progress)
        if report.stored:
            rebuild_events(store)
    report.seconds = time.perf_counter() - started
    return report


def _chain(first: RawDocument, rest: Iterator[RawDocument]) -> Iterator[RawDocument]:
    yield first
    yield from rest


WRITE_BATCH_DOCS = 64  # documents per write transaction
WRITE_BATCH_CHARS = 8_000_000


def _run(outcomes: Iterator[Outcome], store: Store, report: IngestReport, progress: Progress | None = None) -> None:
    """Store outcomes in batches of whole documents (one transaction and one bulk insert per table each)."""
    batch: list[tuple[DocResult, list[dict[str, Any]]]] = []
    ids: set[str] = set()
    chars = 0
    for raw, result, rows in outcomes:
        if isinstance(result, str):
            report.skipped.append((raw.path, f"extraction failed: {result}"))
            _tick(progress, report, raw.path)
            continue
        if raw.doc_id in ids or len(batch) >= WRITE_BATCH_DOCS or chars >= WRITE_BATCH_CHARS:
            _store_batch(batch, store, report, progress)  # a repeated doc_id replaces the earlier one
            batch, ids, chars = [], set(), 0
        batch.append((result, rows))
        ids.add(raw.doc_id)
        chars += len(raw.text)
    _store_batch(batch, store, report, progress)


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
        _tick(progress, report, result.doc.path)


def rebuild_events(store: Store) -> int:
    """Re-plan cross-document merges over the whole store; returns the number of events."""
    store.apply_merges(merge.plan(store.mention_rows(), store.overrides()))
    return store.scalar("SELECT count(*) FROM events")


def merge_mentions(db: str | None, a: str, b: str, action: str = "merge") -> int:
    """Record a user's merge (or split) of two event mentions and re-plan; returns the event count."""
    with open_store(db) as store:
        store.add_override(a, b, action)
        return rebuild_events(store)


def code(text: str, *, settings: Settings | None = None, published: str | None = None,
         resources: Resources | None = None) -> list[Event]:
    """Code a text into events without storing anything."""
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
