"""Undated events are collapsed under their count (dyad and actor pages, report), never mixed into
the dated timeline."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

import diplograph
from diplograph.outputs.report import render_report
from diplograph.store.database import Store
from diplograph.web.app import create_app

# one dated act and two told without a date of their own in a text with no publication date
TEXT = """Talks and quarrels

In 2016, Chile accused Peru of spying on its navy.

Chile has long criticised Peru over the maritime border. Peru has repeatedly rejected Chile's claims.
"""


def _undated_block(page: str) -> str:
    found = re.search(r'<details class="undated"><summary>(.*?)</summary>(.*?)</details>', page, re.S)
    assert found, "no collapsed undated block"
    return found.group(1) + "|" + found.group(2)


def test_undated_events_are_collapsed_under_their_count(tmp_path, res):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "u.duckdb")
    diplograph.ingest([tmp_path / "a.txt"], db=db, resources=res)
    undated = [e for e in diplograph.events(db, dyad=("Chile", "Peru")) if not e["date"]]
    assert len(undated) >= 2
    client = TestClient(create_app(db))
    with Store(db, read_only=True) as store:
        report = render_report(store, "Chile", "Peru")
    for page in (client.get("/dyad/CHL/PER").text, client.get("/actor/CHL").text, report):
        block = _undated_block(page)
        summary, rows = block.split("|", 1)
        assert re.search(rf"\b{len(undated)} (undated )?events\b", summary), summary
        assert "long criticised" in rows  # the undated rows are inside the collapsed block
        before = page.split('<details class="undated">', 1)[0]
        assert "long criticised" not in before.split("Timeline", 1)[-1]  # and not in the dated timeline
