"""The public Python API; the CLI is a thin layer over these functions."""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from diplograph.analysis import queries
from diplograph.analysis.alerts import Alert
from diplograph.config import Settings, load_settings
from diplograph.reading.errors import IngestError
from diplograph._ingest import IngestReport, OnBatch, Progress, _chain, _tick, _Writer
from diplograph.records import Event, PartialDate, RawDocument
from diplograph.store.database import Store, StoreError
from diplograph.store.merging import rebuild_events, update_events  # noqa: F401 - part of the API
from diplograph.reading.watchdog import time_limit

if TYPE_CHECKING:  # the pipeline (and spaCy) load only when something is ingested or coded
    from diplograph.pipeline import Resources
    from diplograph.reading.fetch import Fetcher  # httpx loads only when something is watched
    from diplograph.watching.report import WatchReport

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
    raws = _readable(files, known, report, settings, published, progress)
    _ingest_documents(raws, db or settings.db, settings, report, lambda: resources or load_resources(settings),
                      progress=progress, behind=behind, workers=workers, engine=engine, scheduler=scheduler)
    report.seconds = time.perf_counter() - started
    return report


def _ingest_documents(raws: Iterator[RawDocument], db: str, settings: Settings, report: IngestReport,
                      load: Callable[[], Resources], *, progress: Progress | None = None, behind: bool = False,
                      workers: int = 1, engine: str = "local", scheduler: str | None = None,
                      on_batch: OnBatch | None = None) -> None:
    """Parse, extract and store documents in batches (``on_batch(store, docs)`` after each committed
    batch), then re-plan the merge if anything was stored or an earlier run stopped before merging."""
    from diplograph.engines.workers import local_outcomes, pool_outcomes
    writer = _Writer(db, report, progress, settings.write_every, on_batch)
    first = next(raws, None)
    if first is not None:
        raws = _chain(first, raws)
        if engine == "dask":
            from diplograph.engines.cluster import dask_outcomes
            outcomes = dask_outcomes(raws, settings, scheduler, workers)
        elif workers > 1:
            outcomes = pool_outcomes(raws, settings, workers, load)
        else:
            outcomes = local_outcomes(raws, load(), guard=lambda: time_limit(settings.doc_timeout),
                                      ahead=settings.parse_ahead)
        for outcome in outcomes:
            writer.add(outcome)
        if writer.pending or report.stored or behind:  # the last batch and the merge in one opening of the store
            writer.flush(finish=lambda store: update_events(store) if report.stored or behind else None)
    elif behind:
        writer.flush(finish=update_events)


def rebuild(db: str | None = None) -> int:
    """Re-plan every merge of the store and rewrite its events table (``diplograph merge --rebuild``);
    returns the number of events."""
    with open_store(db) as store:
        return rebuild_events(store)


def merge_mentions(db: str | None, a: str, b: str, action: str = "merge") -> int:
    """Record a user's merge (or split) of two event mentions and re-plan their groups; returns the
    event count."""
    with open_store(db) as store:
        store.add_override(a, b, action)
        return update_events(store)


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


def check_alerts(db: str | None, rules_path: str | Path, since: datetime | None = None, *,
                 warn: Callable[[str], None] | None = None) -> list[Alert]:
    """Evaluate the alert rules of ``rules_path`` on what was stored at or after ``since`` (a
    timezone-aware datetime; a naive one is local time; None: everything) and return the alerts
    that have not fired before, recording them in the store so that they fire once.

    The rules file is validated first (:class:`~diplograph.analysis.alert_rules.RulesError`, one
    line).  A rule whose actor is not in the store yet raises nothing and is reported to ``warn``.
    """
    from diplograph.analysis.alert_kinds import check
    return check(db or load_settings().db, rules_path, since, warn)


def deliver_alerts(alerts: Sequence[Alert | dict[str, Any]], *, append: str | Path | None = None,
                   webhook: str | None = None, timeout: float | None = None) -> list[str]:
    """Append the alerts to a JSON Lines file and/or POST each to a webhook URL (as JSON).  Returns one
    line per delivery that failed; a failure never stops the other delivery."""
    from diplograph.outputs.alerts import deliver
    return deliver([a.to_json() if isinstance(a, Alert) else a for a in alerts], append, webhook, timeout)


def watch_round(sources: Sequence[str] = (), *, db: str | None = None, settings: Settings | None = None,
                resources: Resources | Callable[[], Resources] | None = None, fetcher: Fetcher | None = None,
                delay: float | None = None, timeout: float | None = None) -> WatchReport:
    """One watch round over folders and RSS/Atom feed URLs (none named: every source the store watches).

    New sources are recorded in the store.  New and changed files, and new and changed
    pages of each feed's items, are ingested as by :func:`ingest` (a changed file or page
    replaces its document); unchanged ones cost a stat or a conditional GET.  Each failing
    feed, page or file is one ``(item, reason)`` in its source's ``errors``; the others go on.
    ``delay`` (seconds between two requests to one host), ``timeout`` (per request) and the
    settings' ``max_bytes`` make the fetching polite; robots.txt is obeyed.
    """
    from diplograph.reading.fetch import DELAY, TIMEOUT, Fetcher as _Fetcher
    from diplograph.watching.run import run_round
    settings = settings or load_settings()
    own = fetcher is None
    fetcher = fetcher or _Fetcher(delay=DELAY if delay is None else delay, timeout=timeout or TIMEOUT,
                                  max_bytes=settings.max_bytes)
    try:
        return run_round(list(sources), db or settings.db, settings, fetcher,
                         _watch_sink(db or settings.db, settings, resources))
    finally:
        if own:
            fetcher.close()


def _watch_sink(db: str, settings: Settings, resources: Resources | Callable[[], Resources] | None) -> Any:
    """What a round hands its documents to: the ingest's parse, extract, store and merge."""
    def load() -> Resources:
        from diplograph.pipeline import load_resources
        return (resources() if callable(resources) else resources) or load_resources(settings)

    def sink(raws: Iterator[RawDocument], on_batch: OnBatch, behind: bool) -> IngestReport:
        report = IngestReport()
        _ingest_documents(raws, db, settings, report, load, behind=behind, on_batch=on_batch)
        return report
    return sink


def watch(sources: Sequence[str] = (), *, db: str | None = None, settings: Settings | None = None,
          every: float = 900.0, rounds: int | None = None, rules: str | Path | None = None,
          on_round: Callable[[WatchReport], None] | None = None, delay: float | None = None,
          timeout: float | None = None, resources: Resources | None = None,
          sleep: Callable[[float], None] = time.sleep) -> WatchReport:
    """Watch rounds (:func:`watch_round`) every ``every`` seconds, start to start, until interrupted
    (``rounds``: stop after that many; returns the last report).  The model is loaded once, when
    the first new document arrives.  After the first round, a round the store refuses (another
    process holding it too long) is reported (``error``) and the next one tries again.  With ``rules``
    (an alert rules file, see :func:`check_alerts`), each round's report carries the ``alerts`` (as
    JSON-ready dicts) raised by what arrived since its start."""
    from diplograph.reading.fetch import DELAY, TIMEOUT, Fetcher as _Fetcher
    settings = settings or load_settings()
    target = db or settings.db
    if rules is not None and not Path(rules).is_file():
        raise ValueError(f"{rules}: no such rules file")
    if rules is not None:
        from diplograph.analysis.alert_rules import load_rules
        load_rules(rules)  # a bad rules file fails before the first round, in one line
    loaded: list[Resources] = [resources] if resources is not None else []

    def load() -> Resources:
        if not loaded:
            from diplograph.pipeline import load_resources
            loaded.append(load_resources(settings))
        return loaded[0]

    done = 0
    with _Fetcher(delay=DELAY if delay is None else delay, timeout=timeout or TIMEOUT,
                  max_bytes=settings.max_bytes) as fetcher:
        while True:
            try:
                report = watch_round(sources, db=target, settings=settings, resources=load, fetcher=fetcher)
            except StoreError as exc:  # the store busy or unreadable: a later round tries again
                if not done:
                    raise
                from diplograph.watching.report import WatchReport as _Report
                report = _Report(datetime.now().astimezone(), error=str(exc).splitlines()[0])
            if rules is not None and not report.error:
                report.alerts = [a.to_json() for a in check_alerts(target, str(rules), since=report.started)]
            if on_round is not None:
                on_round(report)
            done += 1
            if rounds is not None and done >= rounds:
                return report
            sleep(max(0.0, every - report.seconds))


def watched(db: str | None = None) -> list[dict[str, Any]]:
    """The sources the store watches, each with its last round's result and its items' counts."""
    with open_store(db, read_only=True) as store:
        rows = store.watch_sources()
        for row in rows:
            items = store.watch_items(row["source"]).values()
            row["items"] = sum(1 for i in items if i["listed"])
            row["documents"] = sum(1 for i in items if i["doc_id"] and i["result"] != "failed")
            row["failing"] = sum(1 for i in items if i["result"] == "failed")
    return rows


def unwatch(db: str | None, source: str) -> bool:
    """Stop watching a source (its documents stay in the store); False when it was not watched."""
    from diplograph.watching.rounds import normal_source
    with open_store(db) as store:
        return store.forget_watch_source(normal_source(source))
