"""The command line: events --since-ingest, watch --list and --forget (no model needed)."""

from __future__ import annotations

import json
from datetime import datetime

from typer.testing import CliRunner

from diplograph.cli.main import app
from diplograph.store.database import Store
from helpers import ACTORS, _result


def test_events_since_ingest(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as store:
        store.write(_result(), ACTORS)
    run = CliRunner()
    recent = run.invoke(app, ["events", "--db", db, "--since-ingest", "1h", "--json"])
    assert recent.exit_code == 0, recent.output
    rows = [json.loads(line) for line in recent.stdout.splitlines() if line.startswith("{")]
    assert [r["type"] for r in rows] == ["SANCTION"]
    later = run.invoke(app, ["events", "--db", db, "--since-ingest", "2999-01-01T00:00Z", "--json"])
    assert later.exit_code == 0 and "{" not in later.stdout
    bad = run.invoke(app, ["events", "--db", db, "--since-ingest", "soon"])
    assert bad.exit_code == 2 and "--since-ingest: 'soon' is not a time" in bad.output


def test_watch_list_and_forget(tmp_path):
    db = str(tmp_path / "s.duckdb")
    run = CliRunner()
    missing = run.invoke(app, ["watch", "--list", "--db", db])
    assert missing.exit_code == 2 and "no such database" in missing.output
    Store(db).close()
    empty = run.invoke(app, ["watch", "--list", "--db", db])
    assert empty.exit_code == 0 and "no source is watched" in empty.output
    with Store(db) as store:
        store.add_watch_source("https://news.test/feed.xml", "feed", datetime.now().astimezone())
    listed = run.invoke(app, ["watch", "--list", "--db", db])
    assert listed.exit_code == 0 and "https://news.test/feed.xml" in listed.output and "never" in listed.output
    gone = run.invoke(app, ["watch", "--forget", "https://news.test/feed.xml", "--db", db])
    assert gone.exit_code == 0 and "no longer watching" in gone.output
    again = run.invoke(app, ["watch", "--forget", "https://news.test/feed.xml", "--db", db])
    assert again.exit_code == 2 and "is not watched" in again.output


def test_a_dyad_rule_fires_once_with_its_events_across_watch_rounds(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "river.txt").write_text(
        "River dispute\n\nIn 2019, Argentina accused Uruguay of polluting the river. "
        "In March 2019, Argentina imposed sanctions on Uruguay.\n", encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: 1\nrules:\n  - name: river-force\n    kind: new_event\n"
                     "    dyad: [Argentina, Uruguay]\n    types: [COERCE]\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    first = CliRunner().invoke(app, ["watch", str(folder), "--once", "--rules", str(rules), "--db", db])
    assert first.exit_code == 0, first.output
    (alert,) = [json.loads(line) for line in first.stdout.splitlines() if line.startswith("{")]
    assert alert["rule"] == "river-force" and alert["events"]
    assert any("imposed sanctions" in c["text"] for c in alert["citations"])
    again = CliRunner().invoke(app, ["watch", str(folder), "--once", "--rules", str(rules), "--db", db])
    assert again.exit_code == 0 and not [line for line in again.stdout.splitlines() if line.startswith("{")]
    missing = CliRunner().invoke(app, ["watch", "--once", "--rules", str(tmp_path / "none.yaml"), "--db", db])
    assert missing.exit_code == 2 and "no such rules file" in missing.output


def test_ctrl_c_stops_a_watch_between_rounds(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path
    folder = tmp_path / "inbox"
    folder.mkdir()
    src = str(Path(__file__).resolve().parents[2] / "src")
    proc = subprocess.Popen([sys.executable, "-m", "diplograph", "watch", str(folder), "--every", "1h",
                             "--db", str(tmp_path / "s.duckdb")], stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": src})
    try:
        lines = []
        deadline = time.time() + 60
        while time.time() < deadline and not any(" total: " in line for line in lines):
            lines.append(proc.stderr.readline())
        assert any(" total: " in line for line in lines), lines
        proc.send_signal(signal.SIGINT)
        rest = proc.communicate(timeout=30)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "watch stopped" in rest and "Traceback" not in rest


def test_a_round_the_store_refuses_is_reported_and_the_next_one_runs(tmp_path, monkeypatch):
    from diplograph import api
    from diplograph.store.common import StoreError
    folder = tmp_path / "inbox"
    folder.mkdir()
    real, calls, seen, waits = api.watch_round, [], [], []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise StoreError("s.duckdb: database is busy: another process holds its lock")
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "watch_round", flaky)
    last = api.watch([str(folder)], db=str(tmp_path / "s.duckdb"), every=60, rounds=3, on_round=seen.append,
                     sleep=waits.append)
    assert [r.error is None for r in seen] == [True, False, True] and last is seen[-1]
    assert seen[1].summary().startswith("round failed: s.duckdb: database is busy") and not seen[1].ok
    assert len(waits) == 2 and all(55 < w <= 60 for w in waits)  # rounds start every 60 s
    monkeypatch.setattr(api, "watch_round", lambda *a, **k: (_ for _ in ()).throw(StoreError("busy")))
    try:
        api.watch([str(folder)], db=str(tmp_path / "s.duckdb"), rounds=1)
    except StoreError:
        pass  # the first round's failure is the caller's: nothing has run yet
    else:
        raise AssertionError("the first round's store error must reach the caller")


def test_a_ctrl_c_lost_on_the_way_still_stops_the_watch_at_its_pause():
    import time

    import pytest

    from diplograph.cli.watch import _Interrupt
    interrupt = _Interrupt()
    start = time.monotonic()
    interrupt.sleep(0.05)  # no Ctrl-C: the pause runs its course
    assert time.monotonic() - start >= 0.04
    with pytest.raises(KeyboardInterrupt):
        interrupt(2, None)  # the handler raises ...
    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt):  # ... and, were that interrupt swallowed, the next pause ends at once
        interrupt.sleep(3600)
    assert time.monotonic() - start < 1
