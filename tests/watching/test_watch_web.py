"""Watching from the browser (serve --allow-ingest), and ``added_since`` in the web UI and its API."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from diplograph.web.app import create_app


def _wait(c: TestClient, timeout: float = 180) -> dict:
    deadline = time.time() + timeout
    while time.time() < deadline:
        s = c.get("/ingest/status").json()
        if s["state"] != "running":
            return s
        time.sleep(0.2)
    raise AssertionError("the watch round did not finish")


def test_watch_a_folder_from_the_browser(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "visit.txt").write_text("Brazil's president visited Argentina on Tuesday and met its foreign "
                                      "minister in Buenos Aires.\n", encoding="utf-8")
    db = str(tmp_path / "w.duckdb")
    c = TestClient(create_app(db, allow_ingest=True))
    page = c.get("/watch")
    assert page.status_code == 200 and "Nothing is watched yet" in page.text
    for bad in ("relative/inbox", str(tmp_path / "missing"), "ftp://example.org/feed"):
        r = c.post("/watch/source", data={"source": bad})
        assert r.status_code == 400 and r.json()["error"], bad
    r = c.post("/watch/source", data={"source": str(folder)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/watch"
    s = _wait(c)
    assert s["state"] == "done" and (s["added"], s["failed"]) == (1, 0), s
    assert any(line.startswith(f"folder {folder.resolve()}: 1 added") for line in s["lines"])
    assert str(folder.resolve()) in c.get("/watch").text
    recent = c.get("/api/events", params={"added_since": "1h"}).json()
    assert recent and len(recent) == len(c.get("/api/events").json())
    assert c.get("/api/events", params={"added_since": "2999-01-01"}).json() == []
    bad = c.get("/api/events", params={"added_since": "last week"})
    assert bad.status_code == 400 and "added_since" in bad.json()["error"]
    assert c.get("/events", params={"added_since": "1h"}).status_code == 200
    r = c.post("/watch/round", headers={"accept": "application/json"})
    assert r.status_code == 202
    s = _wait(c)
    assert (s["added"], s["unchanged"]) == (0, 1), s


def test_watch_is_refused_on_a_read_only_server(tmp_path):
    db = str(tmp_path / "w.duckdb")
    TestClient(create_app(db, allow_ingest=True))  # creates the store
    c = TestClient(create_app(db))
    assert c.get("/watch").status_code == 403
    assert c.post("/watch/source", data={"source": str(tmp_path)}).status_code == 403
    assert c.post("/watch/round").status_code == 403
    assert "/watch" not in c.get("/").text
