"""Run one watch round over folders and feeds (see :mod:`diplograph.watching.rounds`)."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Sequence

from diplograph.config import Settings
from diplograph.reading.fetch import Fetcher
from diplograph.watching.feeds import feed_documents
from diplograph.watching.folders import folder_documents
from diplograph.watching.report import WatchReport
from diplograph.watching.rounds import Round, Sink, Walker

WALKERS: dict[str, Walker] = {"feed": feed_documents, "folder": folder_documents}


def run_round(sources: Sequence[str], db: str, settings: Settings, fetcher: Fetcher, sink: Sink) -> WatchReport:
    """One round over ``sources`` (none: every source recorded in the store).

    ``sink(documents, on_batch, merge_behind)`` ingests the documents (parse,
    extract, store in batches, merge) and calls ``on_batch(store, batch)`` after
    each committed batch; it returns a report with ``skipped`` (path, reason)
    pairs and the number of ``events``.
    """
    started = datetime.now().astimezone()
    clock = time.perf_counter()
    rnd = Round(db, settings, fetcher, started)
    rnd.load(sources)
    ingested = sink(rnd.documents(WALKERS), rnd.on_batch, rnd.behind)
    rnd.finish(ingested)
    return WatchReport(started, rnd.reports, time.perf_counter() - clock, ingested.events)
