"""Parse and extract on several worker processes; the calling process stays the one writer.

Documents go to the workers in small chunks (whole documents), at most a few
chunks in flight per worker, so memory stays flat however large the corpus.
The workers are forked once the model, knowledge base and ontology are loaded
here, so they share them (spawned where ``fork`` is unavailable, each loads them
once: :func:`worker_resources`), and send back, per document, ``(raw, result,
actor_rows)`` where ``result`` is a :class:`~diplograph.records.DocResult` or,
when extraction failed, the error as text.  Results come back in input order,
so the store is the same as after a single-process ingest.

The Dask engine (:mod:`diplograph.engines.cluster`) runs the same :func:`run_chunk`.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from contextlib import AbstractContextManager
from typing import Any, Callable, Iterable, Iterator

from diplograph.config import Settings
from diplograph.nlp.model import parse_many
from diplograph.nlp.parseahead import parse_ahead
from diplograph.pipeline import Resources, load_resources, process
from diplograph.store.rows import actor_rows
from diplograph.records import DocResult, RawDocument
from diplograph.reading.readahead import can_fork, die_with
from diplograph.reading.watchdog import DocTimeout

Outcome = tuple[RawDocument, "DocResult | str", list[dict[str, Any]]]

CHUNK_DOCS = 16  # documents sent to a worker at a time
IN_FLIGHT_PER_WORKER = 2  # chunks queued per worker: enough to keep it busy, little memory

_LOADED: dict[tuple, Resources] = {}


class ClusterError(RuntimeError):
    """The Dask cluster cannot be reached or used (one-line message)."""


def worker_resources(settings: Settings) -> Resources:
    """The resources for ``settings``, loaded once per process (worker) and then reused."""
    key = _key(settings)
    res = _LOADED.get(key)
    if res is None:
        res = _LOADED[key] = load_resources(settings)
    return res


def _start_worker(settings: Settings, parent: int) -> None:
    """A pool worker's start: die with the ingest (a forked worker holds both ends of the pool's
    pipes, so it would not see the parent go), and have the resources loaded (or inherited)."""
    die_with(parent)
    worker_resources(settings)


def _key(settings: Settings) -> tuple:
    return (settings.model, settings.actors, settings.triggers, settings.batch_size)


def run_chunk(raws: list[RawDocument], settings: Settings) -> list[Outcome]:
    """Parse and extract a chunk of documents (runs on a worker)."""
    res = worker_resources(settings)
    out: list[Outcome] = []
    for raw, result in process(raws, res):
        if isinstance(result, Exception):
            out.append((raw, failure(result), []))
        else:
            out.append((raw, result, actor_rows(result, res.kb)))
    return out


def chunks(raws: Iterable[RawDocument], size: int = CHUNK_DOCS, workers: int = 1) -> Iterator[list[RawDocument]]:
    """Lists of at most ``size`` documents, in order.  The first ``workers`` go out as soon as they are
    full; after them one chunk is read ahead, so that what is left when the input ends (less than two
    chunks) is cut into two pieces per worker: the workers finish together instead of one parsing
    the last whole chunk while the others wait."""
    it = iter(raws)
    for _ in range(workers):
        chunk = list(islice(it, size))
        if len(chunk) < size:
            yield from _tail(chunk, workers)
            return
        yield chunk
    buf: list[RawDocument] = []
    for raw in it:
        buf.append(raw)
        if len(buf) == 2 * size:
            yield buf[:size]
            buf = buf[size:]
    yield from _tail(buf, workers)


def _tail(docs: list[RawDocument], workers: int) -> Iterator[list[RawDocument]]:
    piece = max(1, -(-len(docs) // (2 * workers)))
    for at in range(0, len(docs), piece):
        yield docs[at:at + piece]


def failure(exc: Exception) -> str:
    """The one-line reason a document was skipped because its extraction failed."""
    if isinstance(exc, DocTimeout):
        return str(exc)
    return f"extraction failed: {type(exc).__name__}: {exc}"


def local_outcomes(raws: Iterable[RawDocument], res: Resources,
                   guard: Callable[[], AbstractContextManager[Any]] | None = None,
                   ahead: bool = True) -> Iterator[Outcome]:
    """The single-worker path: extract here, in batches (``guard``: a time limit per document), while a
    forked process parses ahead (:mod:`diplograph.nlp.parseahead`; ``ahead=False``: parse here too)."""
    parse = parse_ahead if ahead else parse_many
    for raw, result in process(raws, res, guard=guard, parse=parse):
        if isinstance(result, Exception):
            yield raw, failure(result), []
        else:
            yield raw, result, actor_rows(result, res.kb)


def pool_outcomes(raws: Iterable[RawDocument], settings: Settings, workers: int,
                  load: Callable[[], Resources] | None = None) -> Iterator[Outcome]:
    """Parse and extract on ``workers`` processes; outcomes in input order, bounded in flight.

    Where processes can be forked, the resources (``load()``, else :func:`worker_resources`) are
    loaded here before the workers are forked, so they share them and none loads the model again;
    elsewhere each spawned worker loads its own.  (The caller holds no DuckDB connection while this
    starts them.)"""
    if can_fork():
        ctx = multiprocessing.get_context("fork")
        _LOADED[_key(settings)] = load() if load else worker_resources(settings)
    else:
        ctx = multiprocessing.get_context("spawn")
    window = max(1, workers * IN_FLIGHT_PER_WORKER)
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_start_worker,
                             initargs=(settings, os.getpid())) as pool:
        pending: deque = deque()
        for chunk in chunks(raws, CHUNK_DOCS, workers):
            pending.append(pool.submit(run_chunk, chunk, settings))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
