"""--workers and --engine dask store exactly what a single-process ingest stores."""

from __future__ import annotations

import pytest

import diplograph
from diplograph.engines import workers as parallel
from diplograph.config import load_settings
from diplograph.pipeline import load_resources
from diplograph.store.database import Store

DOCS = {
    "harbour.txt": "Harbour talks resume\n\n4 May 2021\n\nNorway and Iceland signed a fisheries agreement on Tuesday. "
                   "The Norwegian foreign minister said Oslo would send aid to Iceland after the storm.",
    "border.txt": "Border tension\n\n9 October 2018\n\nArmenia accused Azerbaijan of shelling villages on Sunday. "
                  "Azerbaijan denied the claim and said Armenian troops had attacked first.",
    "summit.txt": "Summit in Hanoi\n\n2 March 2019\n\nVietnam hosted talks with Japan in 2019. "
                  "Japan promised to provide loans to Vietnam, officials said on Friday.",
    "sanctions.txt": "New sanctions\n\n15 June 2022\n\nCanada imposed sanctions on Belarus on Wednesday. "
                     "Belarus condemned the decision and threatened to expel Canadian diplomats.",
}
TABLES = {"documents": "doc_id", "sentences": "doc_id, idx", "actors": "actor_id",
          "actor_mentions": "doc_id, start, actor_id", "events": "event_id", "event_mentions": "mention_id",
          "quotes": "quote_id"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _dump(db: str) -> dict[str, list]:
    with Store(db, read_only=True) as s:
        out = {}
        for table, order in TABLES.items():
            cols = [r["column_name"] for r in s.query(f"DESCRIBE {table}") if r["column_name"] != "ingested_at"]
            out[table] = s.con.execute(
                f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM {table} ORDER BY {order}").fetchall()
        return out


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("single") / "one.duckdb")
    report = diplograph.ingest([corpus], db=db, resources=load_resources(load_settings()))
    assert report.stored == len(DOCS) and report.events >= 4
    return _dump(db)


def test_workers_store_the_same_as_one_process(corpus, single, tmp_path):
    db = str(tmp_path / "pool.duckdb")
    report = diplograph.ingest([corpus], db=db, workers=2)
    assert report.ok and report.stored == len(DOCS)
    assert _dump(db) == single
    again = diplograph.ingest([corpus], db=db, workers=2)  # unchanged: hashing only, no worker started
    assert again.stored == 0 and again.unchanged == len(DOCS)


def test_dask_local_cluster_stores_the_same_as_one_process(corpus, single, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        db = str(tmp_path / "dask.duckdb")
        report = diplograph.ingest([corpus], db=db, engine="dask", scheduler=cluster.scheduler_address)
    assert report.ok and report.stored == len(DOCS)
    assert _dump(db) == single
    assert parallel._LOADED  # the in-process worker loaded the resources through its plugin


def test_unknown_engine_is_refused(corpus, tmp_path):
    with pytest.raises(ValueError, match="engine"):
        diplograph.ingest([corpus], db=str(tmp_path / "x.duckdb"), engine="spark")
