"""/events: pages, sorting by column, CSV/JSON download of the whole filtered list."""

from __future__ import annotations

import csv
import html
import io

import pytest
from fastapi.testclient import TestClient

import diplograph
from diplograph.web import app as web_app

DOC = """Quarrels and talks

In 2015, Germany accused France of breaking the fishing accord.
In 2016, French troops attacked German border posts.
In 2018, Germany praised France for its help after the floods.
In 2019, German officials met French diplomats in Paris.
In 2020, Italy criticised Spain over migrants.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, res):
    folder = tmp_path_factory.mktemp("evp")
    (folder / "q.txt").write_text(DOC, encoding="utf-8")
    db = str(folder / "w.duckdb")
    diplograph.ingest([folder], db=db, resources=res)
    return TestClient(web_app.create_app(db))


def _dates(html: str) -> list[str]:
    import re
    return re.findall(r'<td class="date"><a href="/event/[^"]+"[^>]*>([^<]+)</a>', html)


def test_paging(client, monkeypatch):
    monkeypatch.setattr(web_app, "EVENTS_PAGE", 2)
    first = client.get("/events")
    assert first.status_code == 200 and "page 1 of" in first.text and "next →" in first.text
    second = client.get("/events?page=2")
    assert second.status_code == 200 and "page 2 of" in second.text
    assert _dates(first.text) and _dates(first.text) != _dates(second.text)


def test_sorting(client):
    up = _dates(client.get("/events?sort=date&order=asc").text)
    down = _dates(client.get("/events?sort=date&order=desc").text)
    dated_up = [d for d in up if d != "undated"]
    assert dated_up == sorted(dated_up) and [d for d in down if d != "undated"] == sorted(dated_up, reverse=True)
    assert client.get("/events?sort=bogus").status_code == 400


def test_downloads_are_the_filtered_list(client):
    r = client.get("/events?type=ASSAULT&format=csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and all(x["type"] == "ASSAULT" for x in rows)
    j = client.get("/events?type=ASSAULT&format=json")
    assert j.status_code == 200 and [e["type"] for e in j.json()] == ["ASSAULT"] * len(rows)
    everything = client.get("/events?format=json").json()
    assert len(everything) > len(rows)


def test_an_unknown_type_is_a_bad_request_listing_the_types(client):
    for url in ("/events?type=FOO", "/dyad/DEU/FRA?type=FOO", "/actor/DEU?type=FOO", "/api/events?type=FOO",
                "/api/dyad/DEU/FRA?type=FOO", "/api/actor/DEU?type=FOO"):
        r = client.get(url)
        assert r.status_code == 400, (url, r.status_code)
        text = html.unescape(r.text)
        assert "unknown event type 'FOO'" in text and "CONSULT" in text and "ASSAULT" in text, url
    assert client.get("/events?type=accuse").status_code == 200  # any case
    assert client.get("/dyad/DEU/FRA?type=ACCUSE").status_code == 200


def test_trigger_and_sides_are_marked_in_the_list(client):
    page = client.get("/events?type=ACCUSE").text
    assert ('<mark class="actor">Germany</mark> <mark class="trigger">accused</mark> '
            '<mark class="actor">France</mark> of breaking the fishing accord.') in page


def test_search_term_is_marked_in_results(client):
    page = client.get("/search?q=fishing").text
    assert '<mark class="term">fishing</mark>' in page
    assert page.count('<mark class="term">') >= 2  # in the event list and in the sentences


def test_marks_escape_text_and_follow_offsets():
    from diplograph.web.highlight import marked, mark_term
    assert str(marked("a <b> & c", [(6, 7, "x")])) == 'a &lt;b&gt; <mark class="x">&amp;</mark> c'
    # overlapping spans: the first given wins; out-of-range spans are dropped
    assert str(marked("Talks and talks", [(10, 15, "trigger"), (8, 15, "term"), (20, 30, "x")])) == \
        'Talks and <mark class="trigger">talks</mark>'
    assert str(mark_term("Fishing and fishing", "FISHING")).count('<mark class="term">') == 2


def test_a_page_is_short_enough_to_read():
    assert 20 <= web_app.EVENTS_PAGE <= 100  # the seeds' 141 events were one 16,500 px page
