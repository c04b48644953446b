"""``kill -9`` in the middle of a watch round leaves a store that the next round completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from diplograph import api
from diplograph.store.database import Store
from feedserver import ARTICLES, FeedServer, Page, article_html, assert_store_consistent, atom_feed

SRC = str(Path(__file__).resolve().parents[2] / "src")
LAST = list(ARTICLES)[-1]


def _site() -> FeedServer:
    srv = FeedServer().start()
    entries = []
    for i, (path, (title, paras)) in enumerate(ARTICLES.items()):
        srv.pages[path] = Page(article_html(title, paras), etag=f'"{i}"')
        entries.append({"title": title, "link": srv.url(path), "published": f"2026-11-1{i}T08:00:00Z"})
    srv.pages["/feed.xml"] = Page(atom_feed(srv.base, entries), "application/atom+xml", etag='"feed"')
    srv.pages["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")
    return srv


def _events(db: str) -> set[tuple]:
    with Store(db, read_only=True) as store:
        paths = {r["doc_id"]: r["path"] for r in store.query("SELECT doc_id, path FROM documents")}
    return {(e["type"], (e["source"] or {}).get("id"), (e["target"] or {}).get("id"), e["date"],
             tuple(sorted((paths[m["doc"]], m["sentence"], m["start"]) for m in e["mentions"])))
            for e in api.events(db)}


def test_kill_during_a_round_then_the_next_round_resumes(tmp_path, res):
    srv = _site()
    srv.holds[LAST] = threading.Event()  # the last page is held: the watcher waits there, mid-round
    srv.reached[LAST] = threading.Event()
    cfg = tmp_path / "diplograph.toml"  # one document per parse batch and per write: the first ones are committed
    cfg.write_text("batch_size = 1\nwrite_every = 0\nparse_ahead = false\n", encoding="utf-8")
    db = str(tmp_path / "w.duckdb")
    env = {**os.environ, "DIPLOGRAPH_CONFIG": str(cfg), "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "diplograph", "watch", srv.url("/feed.xml"), "--once", "--db", db,
                             "--delay", "0"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert srv.reached[LAST].wait(240), proc.stderr.read() if proc.poll() is not None else "not reached"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
        srv.holds[LAST].set()
    assert proc.returncode == -signal.SIGKILL

    with Store(db) as store:  # opens (and is the store the killed round left)
        before = store.scalar("SELECT count(*) FROM documents")
        recorded = store.scalar("SELECT count(*) FROM watch_items WHERE result = 'added'")
        feed_etag = store.scalar("SELECT etag FROM watch_sources")
    assert 1 <= before < len(ARTICLES), before  # killed mid-round: some documents committed, not all
    assert recorded == before  # each committed document's state written right after it, none beyond
    assert feed_etag is None  # the feed's own state waits for the end of its round

    mark = len(srv.log)
    report = api.watch_round([srv.url("/feed.xml")], db=db, resources=res, delay=0)
    (rep,) = report.sources
    assert (rep.added, rep.unchanged, rep.failed) == (len(ARTICLES) - before, before, 0), rep.line()
    got = {h.path: h.status for h in srv.hits(mark) if h.path in ARTICLES}
    assert sorted(got.values()).count(304) == before  # what was stored is not fetched again
    assert_store_consistent(db)

    clean = str(tmp_path / "clean.duckdb")  # the same feed watched in one uninterrupted round
    api.watch_round([srv.url("/feed.xml")], db=clean, resources=res, delay=0)
    assert _events(db) == _events(clean)
    srv.stop()


@pytest.mark.parametrize("args, message", [
    (["--every", "5x"], "--every: '5x' is not a duration"),
    (["/no/such/folder", "--once"], "/no/such/folder: no such folder"),
    (["ftp://example.org/feed", "--once"], "only http(s) feed URLs and folders can be watched"),
    (["--once"], "nothing to watch"),
])
def test_watch_usage_errors_are_one_line(tmp_path, args, message):
    from typer.testing import CliRunner

    from diplograph.cli.main import app
    result = CliRunner().invoke(app, ["watch", *args, "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2, result.output
    assert message in result.output and len(result.output.strip().splitlines()) == 1
