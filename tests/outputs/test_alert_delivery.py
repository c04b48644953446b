"""Delivering alerts: JSON Lines appended to a file, a webhook POST to a loopback server, the Atom feed,
and the ``diplograph alerts`` command around them."""

from __future__ import annotations

import json
import socket
import threading
from datetime import timedelta
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from diplograph import api
from diplograph.cli.alerts import parse_since
from diplograph.cli.main import app
from diplograph.outputs.alerts import ATOM_NS, atom_feed, post_webhook

from alertstore import T0, T1, add, rules

RULES = "rules:\n  - name: partners\n    kind: new_actor\n    actor: Taliban\n"
LINES = [("In 2014, Russia warned the Taliban.", ("THREATEN", "RUS", "TALIBAN", "2014", -4.0, 3)),
         ("In 2014, Pakistan hosted Taliban envoys.", ("CONSULT", "PAK", "TALIBAN", "2014", 1.0, 1))]


class Hook:
    """A loopback HTTP server that answers ``status`` and keeps the JSON bodies it was sent."""

    def __init__(self, status: int = 204) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                received.append((self.path, self.headers["Content-Type"], json.loads(body)))
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "d.duckdb")
    add(path, "a", LINES, T0)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_webhook_receives_each_alert_as_json(db, tmp_path):
    alerts = api.check_alerts(db, rules(tmp_path, RULES))
    assert len(alerts) == 2
    hook = Hook()
    try:
        assert api.deliver_alerts(alerts, webhook=hook.url) == []
    finally:
        hook.close()
    assert [r[0] for r in hook.received] == ["/hook", "/hook"]
    assert all(r[1] == "application/json" for r in hook.received)
    assert [r[2] for r in hook.received] == [a.to_json() for a in alerts]


def test_a_failing_webhook_is_one_line(db, tmp_path):
    alerts = [a.to_json() for a in api.check_alerts(db, rules(tmp_path, RULES))]
    hook = Hook(status=500)
    try:
        problem = post_webhook(hook.url, alerts, timeout=5)
    finally:
        hook.close()
    assert problem == f"webhook {hook.url}: HTTP 500 Internal Server Error (2 of 2 alerts not delivered)"
    closed = f"http://127.0.0.1:{free_port()}/x"
    problem = post_webhook(closed, alerts, timeout=2)
    assert problem.startswith(f"webhook {closed}: ") and "\n" not in problem and "2 of 2" in problem
    assert post_webhook("ftp://example.org/x", alerts) == "webhook ftp://example.org/x: not an http:// or https:// URL"


def test_append_adds_json_lines(db, tmp_path):
    out = tmp_path / "alerts.jsonl"
    first = api.check_alerts(db, rules(tmp_path, RULES))
    assert api.deliver_alerts(first, append=out) == []
    add(db, "b", [("In 2015, China met the Taliban.", ("CONSULT", "CHN", "TALIBAN", "2015", 1.0, 1))], T1)
    second = api.check_alerts(db, rules(tmp_path, RULES), since=T1)
    assert api.deliver_alerts(second, append=out) == []
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == [a.id for a in first + second] and len(lines) == 3
    assert lines[-1]["dyad"][1]["name"] == "China"
    problem = api.deliver_alerts(second, append=tmp_path / "no" / "such" / "dir.jsonl")
    assert len(problem) == 1 and "cannot append alerts" in problem[0]


def test_atom_feed_parses(db, tmp_path):
    alerts = [a.to_json() for a in api.check_alerts(db, rules(tmp_path, RULES))]
    xml = atom_feed(alerts, "http://127.0.0.1:8000/")
    root = ET.fromstring(xml)
    entries = root.findall(f"{{{ATOM_NS}}}entry")
    assert [e.find(f"{{{ATOM_NS}}}id").text for e in entries] == [f"urn:diplograph:alert:{a['id']}" for a in alerts]
    feedparser = pytest.importorskip("feedparser")
    feed = feedparser.parse(xml)
    assert not feed.bozo, feed.bozo_exception
    assert [e.title for e in feed.entries] == [a["message"] for a in alerts]
    assert feed.entries[0].link == f"http://127.0.0.1:8000/event/{alerts[0]['events'][0]}"
    assert LINES[0][0] in feed.entries[0].summary or LINES[1][0] in feed.entries[0].summary


def test_alerts_command(db, tmp_path):
    runner = CliRunner()
    path = rules(tmp_path, RULES)
    hook = Hook()
    try:
        result = runner.invoke(app, ["alerts", "--rules", path, "--db", db, "--webhook", hook.url,
                                     "--append", str(tmp_path / "a.jsonl")])
    finally:
        hook.close()
    assert result.exit_code == 0, result.output
    printed = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert len(printed) == 2 and [r[2] for r in hook.received] == printed
    assert result.stderr.strip().endswith(f"2 alerts (appended to {tmp_path / 'a.jsonl'})")
    again = runner.invoke(app, ["alerts", "--rules", path, "--db", db, "--since", "1h"])
    assert again.exit_code == 0 and again.stdout.strip() == "" and "0 alerts" in again.stderr


def test_alerts_command_errors(db, tmp_path):
    runner = CliRunner()
    bad = rules(tmp_path, "rules:\n  - name: x\n    kind: new_actor\n")
    result = runner.invoke(app, ["alerts", "--rules", bad, "--db", db])
    assert result.exit_code == 2 and result.stderr == f"error: {bad}: rule #1 (x): 'actor' must be a non-empty text\n"
    result = runner.invoke(app, ["alerts", "--rules", bad, "--db", db, "--since", "yesterday"])
    assert result.exit_code == 2 and "--since: 'yesterday' is not a time" in result.stderr
    closed = f"http://127.0.0.1:{free_port()}/x"
    result = runner.invoke(app, ["alerts", "--rules", rules(tmp_path, RULES), "--db", db, "--webhook", closed,
                                 "--timeout", "2"])
    assert result.exit_code == 1
    assert len([x for x in result.stdout.splitlines() if x.startswith("{")]) == 2  # still printed
    assert [x for x in result.stderr.splitlines() if x.startswith("error: ")][0].startswith(f"error: webhook {closed}: ")


def test_parse_since():
    assert parse_since("2026-01-01T08:00Z") == T0
    assert parse_since("2026-01-01T09:00+01:00") == T0
    assert parse_since("90m", now=T1).isoformat() == "2026-02-01T06:30:00+00:00"
    assert parse_since("2d", now=T1) == T1 - timedelta(days=2)
    assert parse_since("2026-01-01").tzinfo is not None
    with pytest.raises(ValueError, match="not a time"):
        parse_since("soon")
