"""The What's new page, the Atom feed of alerts and /api/alerts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from diplograph import api  # noqa: E402
from diplograph.outputs.alerts import ATOM_NS  # noqa: E402
from diplograph.web.app import create_app  # noqa: E402

from alertstore import T0, T1, add, rules  # noqa: E402

RULES = "rules:\n  - name: rt\n    kind: new_event\n    dyad: [Russia, Taliban]\n"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("new")
    db = str(root / "w.duckdb")
    add(db, "one", [("In 2014, Russia warned the Taliban <script>x</script>.",
                     ("THREATEN", "RUS", "TALIBAN", "2014", -4.0, 3))], T0)
    first = api.check_alerts(db, rules(root, RULES))
    add(db, "two", [("In 2015, Russia consulted the Taliban.", ("CONSULT", "RUS", "TALIBAN", "2015", 1.0, 1)),
                    ("In 2015, China praised Pakistan.", ("PRAISE", "CHN", "PAK", "2015", 3.0, 1))], T1)
    second = api.check_alerts(db, rules(root, RULES), since=T1)
    assert len(first) == 1 and len(second) == 1
    return TestClient(create_app(db)), first + second


def test_whats_new_page(setup):
    client, alerts = setup
    html = client.get("/new").text
    assert '<a href="/new">What\'s new</a>' in html and 'href="/alerts.atom"' in html
    # newest alert first, each with its sentence and a link to its event
    assert html.index(alerts[1].message.replace("→", "→")) < html.index("THREATEN, 2014")
    assert f'href="/event/{alerts[1].events[0]}"' in html and "In 2015, Russia consulted the Taliban." in html
    assert "<script>x</script>" not in html and "&lt;script&gt;" in html
    # recently added events: the latest document's first, the China–Pakistan one without an alert too
    events = html[html.index("Recently added events"):]
    assert "China" in events and events.index("2026-02-01T08:00:00Z") < events.index("2026-01-01T08:00:00Z")
    assert '<a href="/new">' in client.get("/").text  # in the navigation of every page


def test_alerts_atom_and_api(setup):
    client, alerts = setup
    resp = client.get("/alerts.atom")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(resp.content)
    titles = [e.find(f"{{{ATOM_NS}}}title").text for e in root.findall(f"{{{ATOM_NS}}}entry")]
    assert titles == [alerts[1].message, alerts[0].message]
    assert [a["id"] for a in client.get("/api/alerts").json()] == [alerts[1].id, alerts[0].id]
    new = client.get("/api/new").json()
    assert [a["id"] for a in new["alerts"]] == [alerts[1].id, alerts[0].id] and len(new["events"]) == 3
    assert "/api/alerts" in client.get("/openapi.json").json()["paths"]
