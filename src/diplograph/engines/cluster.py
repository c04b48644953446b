"""The Dask engine: parse and extract on a dask.distributed cluster, store here.

``diplograph ingest --engine dask [--scheduler ADDRESS]``.  Without an address
a :class:`~distributed.LocalCluster` is started for the run.  A worker plugin
loads the model, knowledge base and ontology once on every worker (and on
workers that join later); tasks are chunks of whole documents
(:func:`diplograph.engines.workers.run_chunk`).  The client keeps a bounded number of
chunks in flight, collects them with ``as_completed`` and hands them back in
input order, so the client process — the one DuckDB writer — stores exactly
what a single-process ingest stores.

Workers need diplograph and the spaCy model package installed; they receive
document text, not paths, so no shared file system is needed.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from diplograph.config import Settings
from diplograph.engines.workers import IN_FLIGHT_PER_WORKER, ClusterError, Outcome, chunks, run_chunk, worker_resources
from diplograph.records import RawDocument


class LoadResources(WorkerPlugin):
    """Load diplograph's resources once when a worker starts (or joins)."""

    name = "diplograph-resources"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker) -> None:  # noqa: ANN001 - distributed.Worker
        worker_resources(self.settings)


def _client(scheduler: str | None, workers: int) -> tuple[Client, LocalCluster | None]:
    if scheduler:
        try:
            return Client(scheduler, timeout="15s"), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"{scheduler}: cannot reach the Dask scheduler: {exc}".splitlines()[0]) from exc
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def dask_outcomes(raws: Iterable[RawDocument], settings: Settings, scheduler: str | None = None,
                  workers: int = 1) -> Iterator[Outcome]:
    """Outcomes of every document, in input order, computed on the cluster."""
    client, cluster = _client(scheduler, workers)
    try:
        client.register_plugin(LoadResources(settings))
        slots = max(1, sum(client.nthreads().values()))
        window = slots * IN_FLIGHT_PER_WORKER  # chunks in flight or waiting for their turn
        todo = enumerate(chunks(raws))
        index: dict = {}
        ready: dict[int, list[Outcome]] = {}
        nxt = 0
        done = as_completed()

        def submit() -> bool:
            item = next(todo, None)
            if item is None:
                return False
            fut = client.submit(run_chunk, item[1], settings, pure=False)
            index[fut.key] = item[0]
            done.add(fut)
            return True

        while len(index) < window and submit():
            pass
        for fut in done:
            ready[index.pop(fut.key)] = fut.result()
            fut.release()
            while nxt in ready:
                yield from ready.pop(nxt)
                nxt += 1
            while len(index) + len(ready) < window and submit():
                pass
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
