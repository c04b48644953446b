"""The web UI: pages, JSON API, filters, errors, safety, ingest, and a headless-Chromium walk-through."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from diplograph import api
from diplograph.web import app as web  # noqa: E402
from diplograph.web.app import create_app  # noqa: E402
from diplograph.web.common import StoreGate  # noqa: E402
from diplograph.store.database import Store  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]

DOCS = {
    "pact.txt": """France and Brazil sign a trade pact

France signed a trade agreement with Brazil on March 3, 2019, in Paris.

In June 2020, Brazil accused France of interfering in its domestic affairs.

"We will not accept lectures from Paris," said Brazil's foreign minister on June 12, 2020.
""",
    "talks.txt": """Brazil and France patch up relations

France and Brazil held talks in Brasilia in May 2021 to repair their ties.

France signed a trade agreement with Brazil in March 2019, officials recalled.

A protester's sign read <script>alert("x")</script> outside the embassy & the consulate.
""",
}


def write_docs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("web")
    path = str(root / "store.duckdb")
    report = api.ingest([write_docs(root / "docs")], db=path)
    assert report.stored == 2, report.summary()
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


def merged_event(client: TestClient) -> dict:
    evs = client.get("/api/events", params={"type": "SUPPORT", "dyad": "France,Brazil"}).json()
    return next(e for e in evs if len({m["doc"] for m in e["mentions"]}) == 2)


def test_every_page_renders(client):
    ev = merged_event(client)
    pages = {
        "/": "Brazil – France",
        "/search?q=trade": '<mark class="term">trade</mark> agreement',
        "/events": "ACCUSE",
        "/events?a=France&b=Brazil&type=ACCUSE": "interfering",
        "/actor/FRA": "Top partners",
        "/dyad/FRA/BRA": "Turning points",
        f"/event/{ev['id']}": "Why these mentions are one event",
        "/document/pact": "accused",
        "/document/talks": "held",
        "/conflicts": "Disagreements between sources",
    }
    for url, text in pages.items():
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"].startswith("text/html")
        assert text in r.text, url


def test_links_between_pages(client):
    home = client.get("/").text
    assert 'href="/dyad/BRA/FRA"' in home or 'href="/dyad/FRA/BRA"' in home
    assert 'href="/document/pact"' in home and 'href="/actor/FRA"' in home
    dyad = client.get("/dyad/FRA/BRA").text
    assert 'href="/event/ev_' in dyad and 'href="/document/pact#s' in dyad
    assert "/static/plotly.js" in dyad and "cdn" not in dyad.lower()


def test_event_page_shows_every_source_and_the_merge_reason(client):
    ev = merged_event(client)
    r = client.get(f"/event/{ev['id']}")
    assert "France and Brazil sign a trade pact" in r.text and "Brazil and France patch up relations" in r.text
    assert "2 sources" in r.text
    assert ev["merge_reason"] and ev["merge_reason"].split(": ", 1)[-1].split(";")[0] in r.text
    assert "differs" in r.text  # the two sources give the date at different precision


def test_document_page_highlights_from_stored_offsets(client):
    r = client.get("/document/pact")
    assert '<a class="actor" href="/actor/BRA"' in r.text
    assert 'class="event"' in r.text and 'href="/event/ev_' in r.text
    assert 'class="date"' in r.text and "June 2020" in r.text
    assert 'class="quote"' in r.text and 'id="s1"' in r.text


def test_article_text_is_escaped(client):
    for url in ("/document/talks", "/search?q=alert"):
        r = client.get(url)
        assert "<script>alert(" not in r.text, url
        assert "&lt;script&gt;alert(" in r.text.replace('<mark class="term">alert</mark>', "alert"), url
    r = client.get("/search", params={"q": "<b>bold</b>"})
    assert "<b>bold</b>" not in r.text and "&lt;b&gt;bold&lt;/b&gt;" in r.text


def test_api_shapes(client):
    evs = client.get("/api/events").json()
    assert evs and {"id", "type", "date", "source", "target", "modality", "mentions"} <= set(evs[0])
    assert {"doc", "sentence", "start", "end", "trigger", "text"} <= set(evs[0]["mentions"][0])
    actors = client.get("/api/actors").json()
    fra = next(a for a in actors if a["id"] == "FRA")
    assert fra["mentions"] > 0 and "aliases" in fra
    one = client.get("/api/actor/France").json()
    assert one["actor"]["id"] == "FRA" and one["partners"] and "timeline" in one
    dyad = client.get("/api/dyad/FRA/BRA").json()
    assert {dyad["trajectory"]["a"]["id"], dyad["trajectory"]["b"]["id"]} == {"FRA", "BRA"}
    assert dyad["trajectory"]["points"] and "phases" in dyad["trajectory"]
    assert all(e["date"] for e in dyad["timeline"])
    ev = merged_event(client)
    assert client.get(f"/api/event/{ev['id']}").json()["id"] == ev["id"]
    quotes = client.get("/api/quotes", params={"speaker": "Brazil"}).json()
    assert quotes and all(q["speaker"]["id"] == "BRA" for q in quotes)
    assert client.get("/api/conflicts").json() == []
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/actors", "/api/actor/{actor_id}", "/api/dyad/{a}/{b}",
                 "/api/event/{event_id}", "/api/conflicts", "/api/quotes"):
        assert path in schema["paths"], path


def test_filters(client):
    everything = client.get("/api/events").json()
    accuse = client.get("/api/events", params={"type": "accuse"}).json()
    assert accuse and {e["type"] for e in accuse} == {"ACCUSE"} and len(accuse) < len(everything)
    since = client.get("/api/events", params={"since": "2021"}).json()
    assert since and all(e["date"] >= "2021" for e in since)
    until = client.get("/api/events", params={"until": "2019-12"}).json()
    assert until and all(e["date"] <= "2019-12-31" for e in until)
    dyad = client.get("/api/events", params={"dyad": "Brazil,France"}).json()
    assert dyad and all({e["source"]["id"], e["target"]["id"]} == {"FRA", "BRA"} for e in dyad)
    page = client.get("/dyad/FRA/BRA", params={"type": "CONSULT"}).text
    assert "held talks" in page and "interfering" not in page.split('id="quotes"')[0]
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 400
    assert "not a date" in client.get("/events", params={"until": "soon"}).text
    assert client.get("/api/events", params={"dyad": "France"}).status_code == 400
    assert client.get("/api/events", params={"type": "<x>"}).status_code == 422


def test_events_page_is_bounded(client, monkeypatch):
    monkeypatch.setattr(web, "EVENTS_PAGE", 2)
    page = client.get("/events").text
    assert "1–2 shown (page 1 of" in page and page.count('href="/event/') == 2


def test_unknown_ids_are_404(client):
    for url in ("/actor/NO_SUCH_ACTOR_XYZ", "/event/ev_0000000000000000", "/document/no-such-doc",
                "/dyad/FRA/NO_SUCH_ACTOR_XYZ", "/no/such/page"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert "Not found" in r.text
    for url in ("/api/event/ev_nope", "/api/actor/NO_SUCH_ACTOR_XYZ", "/api/dyad/FRA/NO_SUCH_ACTOR_XYZ"):
        r = client.get(url)
        assert r.status_code == 404 and "error" in r.json(), url
    assert client.get("/actor/France", follow_redirects=False).headers["location"].endswith("/actor/FRA")


def test_path_traversal_is_refused(client, db):
    for url in ("/document/..%2F..%2F..%2Fetc%2Fpasswd", "/document/%2Fetc%2Fpasswd",
                "/static/..%2Fweb.py", "/static/../../pyproject.toml", "/event/..%2F..%2Fstore.duckdb"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert "root:" not in r.text and "[project]" not in r.text


def test_read_only_server_refuses_ingest(client, db, tmp_path):
    before = os.stat(db).st_mtime_ns
    assert client.get("/ingest").status_code == 403
    assert client.get("/ingest/status").status_code == 403
    r = client.post("/ingest/folder", data={"path": str(write_docs(tmp_path / "more"))})
    assert r.status_code == 403 and "allow-ingest" in r.json()["error"]
    assert client.post("/ingest/upload?name=x.txt", content=b"Chile thanked Peru.").status_code == 403
    assert client.post("/ingest/uploads").status_code == 403
    assert os.stat(db).st_mtime_ns == before
    assert "Ingest" not in client.get("/").text.split("<main>")[0]


def test_request_bounds(client, monkeypatch):
    monkeypatch.setattr(web, "MAX_BODY", 100)
    assert client.post("/api/events", content=b"x" * 200).status_code == 413
    r = client.get("/search", params={"q": "x" * 300})
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html") and "Bad request" in r.text
    assert client.get("/api/search", params={"q": "x" * 300}).json()["error"] == "invalid request"
    assert client.get("/events?actor=" + "x" * 5000).status_code == 414


def test_cross_site_post_and_foreign_host_refused(db):
    c = TestClient(create_app(db, allow_ingest=False))
    assert c.post("/ingest/folder", headers={"Origin": "http://evil.example"}).status_code == 403
    strict = TestClient(create_app(db, allowed_hosts=["127.0.0.1", "localhost"]))
    assert strict.get("/").status_code == 400  # TestClient sends Host: testserver
    assert strict.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 200


def test_locked_store_answers_503(tmp_path):
    path = tmp_path / "locked.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); "
                               "time.sleep(30)", str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        c = TestClient(create_app(str(path)))
        r = c.get("/")
        assert r.status_code == 503 and r.headers["retry-after"] == "5" and "locked" in r.text
        r = c.get("/api/actors")
        assert r.status_code == 503 and "locked" in r.json()["error"]
    finally:
        holder.kill()
        holder.wait()
    assert c.get("/").status_code == 200  # the lock is gone: the server reads again


def test_store_gate_never_mixes_read_only_and_writer(tmp_path):
    path = str(tmp_path / "gate.duckdb")
    Store(path).close()
    gate = StoreGate(path)
    entered = threading.Event()

    def writer() -> None:
        with gate.writing():
            entered.set()
            with Store(path) as w:  # the ingest's own connection
                w.con.execute("CREATE TABLE t AS SELECT 1 AS x")
                with gate.read() as r:  # a page served during the ingest
                    assert r.read_only is False and r.scalar("SELECT count(*) FROM t") == 1
            time.sleep(0.2)

    with gate.read() as store:
        assert store.read_only
        t = threading.Thread(target=writer)
        t.start()
        assert not entered.wait(0.3)  # the writer waits for the read-only connection to close
    assert entered.wait(5)
    t.join(5)
    with gate.read() as store:
        assert store.read_only and store.scalar("SELECT count(*) FROM t") == 1


def _wait_done(c: TestClient, timeout: float = 120) -> dict:
    deadline = time.time() + timeout
    while time.time() < deadline:
        s = c.get("/ingest/status").json()
        if s["state"] != "running":
            return s
        assert c.get("/").status_code == 200  # pages keep working during the ingest
        time.sleep(0.2)
    raise AssertionError("ingest did not finish")


def test_ingest_from_the_browser(tmp_path):
    path = str(tmp_path / "new.duckdb")
    c = TestClient(create_app(path, allow_ingest=True))
    assert c.get("/ingest").status_code == 200
    assert c.get("/ingest/status").json() == {"state": "idle"}
    assert c.post("/ingest/folder", data={"path": "relative/folder"}).status_code == 400
    assert c.post("/ingest/folder", data={"path": str(tmp_path / "missing")}).status_code == 400
    r = c.post("/ingest/folder", data={"path": str(write_docs(tmp_path / "docs"))}, follow_redirects=False)
    assert r.status_code == 303
    s = _wait_done(c)
    assert s["state"] == "done" and s["stored"] == 2 and s["done"] == s["total"] == 2, s
    assert len(c.get("/api/documents").json()) == 2
    # uploads: the name is reduced to a safe base name inside the server's upload folder
    r = c.post("/ingest/upload", params={"name": "../../../tmp/evil.txt"},
               content="Chile thanked Peru for its help in April 2022.".encode())
    assert r.status_code == 201 and r.json()["stored_as"] == "evil.txt"
    assert c.post("/ingest/upload", params={"name": "run.py"}, content=b"print(1)").status_code == 400
    assert c.post("/ingest/uploads").status_code == 202
    s = _wait_done(c)
    assert s["state"] == "done" and s["stored"] == 1, s
    docs = {d["doc"] for d in c.get("/api/documents").json()}
    assert docs == {"pact", "talks", "evil"}
    assert c.post("/ingest/uploads").status_code == 400  # nothing new uploaded


def test_upload_size_is_bounded(tmp_path, monkeypatch):
    cfg = tmp_path / "diplograph.toml"
    cfg.write_text("max_bytes = 50\n", encoding="utf-8")
    monkeypatch.setenv("DIPLOGRAPH_CONFIG", str(cfg))
    c = TestClient(create_app(str(tmp_path / "s.duckdb"), allow_ingest=True))
    assert c.post("/ingest/upload", params={"name": "a.txt"}, content=b"x" * 40).status_code == 201
    assert c.post("/ingest/upload", params={"name": "b.txt"}, content=b"x" * 100).status_code == 413
    chunks = (b"x" * 30 for _ in range(4))  # no Content-Length: counted while streaming
    assert c.post("/ingest/upload", params={"name": "c.txt"}, content=chunks).status_code == 413
    long_path = {"path": "/" + "a" * 9000}
    assert c.post("/ingest/folder", data=long_path).status_code == 400


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"Debian chromium not installed at {CHROMIUM}")
def test_browser_walkthrough(db, tmp_path):
    import uvicorn
    sync_playwright = pytest.importorskip("playwright.sync_api", reason="playwright not installed").sync_playwright

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, allowed_hosts=list(web.LOOPBACK_HOSTS)),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.1)
        assert server.started
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(base + "/")
            assert page.locator("h1").inner_text() == "Who did what to whom, when"
            page.screenshot(path=str(tmp_path / "home.png"))
            page.locator("a.dyad", has_text="France").first.click()
            page.wait_for_selector("#fig-trajectory .main-svg", timeout=20_000)
            assert "France" in page.locator("h1").inner_text() and "Brazil" in page.locator("h1").inner_text()
            assert page.locator("#turning-points").is_visible()
            page.screenshot(path=str(tmp_path / "dyad.png"), full_page=True)
            page.locator("#timeline table.rows td.date a").first.click()
            page.wait_for_selector("text=Why these mentions are one event")
            assert page.locator(".sources article").count() >= 1
            assert page.locator(".sources .sentence").first.inner_text().strip()
            page.screenshot(path=str(tmp_path / "event.png"), full_page=True)
            page.locator(".sources h3 a").first.click()
            page.wait_for_selector(".doctext")
            assert page.locator(".doctext .actor").count() > 0
            page.screenshot(path=str(tmp_path / "document.png"))
            browser.close()
        assert not errors, errors
        for name in ("home", "dyad", "event", "document"):
            assert (tmp_path / f"{name}.png").stat().st_size > 5000
    finally:
        server.should_exit = True
        thread.join(10)
