"""The ingest run's bookkeeping: its report, and the one writer that stores finished documents in batches."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator

from diplograph.analysis.labels import plural
from diplograph.records import DocResult, RawDocument
from diplograph.store.database import Store, StoreError

if TYPE_CHECKING:
    from diplograph.engines.workers import Outcome

Progress = Callable[[int, int, str], None]
OnBatch = Callable[[Store, list[RawDocument]], None]  # called with each batch of documents just committed


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


def _tick(progress: Progress | None, report: IngestReport, path: str) -> None:
    """Report progress as documents are finished (stored, unchanged or skipped)."""
    if progress:
        progress(report.stored + report.unchanged + len(report.skipped), report.files, path)


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

    def __init__(self, db: str, report: IngestReport, progress: Progress | None, every: float = 20.0,
                 on_batch: OnBatch | None = None) -> None:
        self.db, self.report, self.progress, self.every, self.on_batch = db, report, progress, every, on_batch
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

    def flush(self, finish: Callable[[Store], object] | None = None) -> None:  # then finish(store), same opening
        if self.pending or finish is not None:
            with Store(self.db) as store:
                _store_batch(self.pending, store, self.report, self.progress)  # (nothing when none wait)
                if self.pending and self.on_batch is not None:  # e.g. the watch, recording what is committed
                    self.on_batch(store, [result.doc for result, _ in self.pending])
                if finish is not None:
                    finish(store)
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
