"""Polite fetching (reading/fetch.py) and feeds (reading/feeds.py) against a loopback server; no model."""

from __future__ import annotations

import pytest

from diplograph.analysis.times import TimeError, parse_duration, parse_since
from diplograph.reading.feeds import FeedError, FeedItem, page_document, page_id, parse_feed
from diplograph.reading.fetch import FetchError, Fetched, Fetcher
from diplograph.reading.files import IngestError
from feedserver import FeedServer, Page, article_html, http_date


@pytest.fixture
def site():
    srv = FeedServer().start()
    srv.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n\nUser-agent: diplograph\n"
                                    b"Disallow: /drafts/\nCrawl-delay: 2\n", "text/plain")
    yield srv
    srv.stop()


class Waits(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def test_robots_txt_rules_for_diplograph_and_its_crawl_delay(site):
    site.pages["/a"] = Page(b"<p>one</p>")
    site.pages["/b"] = Page(b"<p>two</p>")
    site.pages["/private/x"] = Page(b"<p>open to all but diplograph has its own group</p>")
    waits = Waits()
    with Fetcher(delay=0.1, sleep=waits) as f:
        assert f.get(site.url("/a")).body == b"<p>one</p>"
        with pytest.raises(FetchError) as exc:
            f.get(site.url("/drafts/plan"))
        assert exc.value.reason == "disallowed by robots.txt" and exc.value.permanent
        f.get(site.url("/private/x"))  # the group naming diplograph applies, not the one for *
        f.get(site.url("/b"))
    assert waits and max(waits) > 1.5  # Crawl-delay: 2 lengthens the 0.1 s pause
    assert [h.path for h in site.log].count("/robots.txt") == 1  # asked once per host
    assert "/drafts/plan" not in [h.path for h in site.log]


def test_pause_between_requests_to_one_host(site):
    site.pages["/robots.txt"] = Page(b"", "text/plain", status=404)  # no robots.txt: all allowed
    site.pages["/a"] = Page(b"a")
    waits = Waits()
    with Fetcher(delay=0.5, sleep=waits) as f:
        f.get(site.url("/a"))
        f.get(site.url("/a"))
    assert len(waits) >= 2 and all(0.3 < w <= 0.5 for w in waits)


def test_unreachable_robots_txt_refuses_the_host_for_now(site):
    site.pages["/robots.txt"] = Page(b"down", "text/plain", status=500)
    site.pages["/a"] = Page(b"a")
    with Fetcher(delay=0) as f, pytest.raises(FetchError) as exc:
        f.get(site.url("/a"))
    assert "unreachable" in exc.value.reason and not exc.value.permanent
    assert "/a" not in [h.path for h in site.log]


def test_conditional_get_size_limit_timeout_and_errors(site):
    site.pages["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")  # no Crawl-delay here
    site.pages["/page"] = Page(b"<p>text</p>", etag='"e1"', last_modified=http_date(1764500000))
    site.pages["/big"] = Page(b"x" * 5000)
    site.pages["/slow"] = Page(b"late", delay=2.0)
    with Fetcher(delay=0, timeout=0.5, max_bytes=1000) as f:
        got = f.get(site.url("/page"))
        assert (got.status, got.etag, got.last_modified) == (200, '"e1"', http_date(1764500000))
        again = f.get(site.url("/page"), etag=got.etag)
        assert again.not_modified and again.body == b""
        assert f.get(site.url("/page"), last_modified=got.last_modified).not_modified
        for path, reason, permanent in (("/big", "too large", True), ("/slow", "timed out after 0.5 s", False),
                                        ("/nowhere", "HTTP 404 Not Found", True)):
            with pytest.raises(FetchError) as exc:
                f.get(site.url(path))
            assert exc.value.reason.startswith(reason) and exc.value.permanent == permanent, exc.value
            assert str(exc.value) == f"{site.url(path)}: {exc.value.reason}" and "\n" not in str(exc.value)
        with pytest.raises(FetchError, match="not an http"):
            f.get("file:///etc/passwd")
        with pytest.raises(FetchError, match="cannot connect"):
            f.get("http://127.0.0.1:9/feed.xml")  # robots.txt unreachable, then refused
    sent = [h for h in site.log if h.path == "/page"]
    assert [h.if_none_match for h in sent] == [None, '"e1"', None]
    assert sent[2].if_modified_since == http_date(1764500000)


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>World</title><link>http://news.test/</link>
<item><title>  Kenya and  Ethiopia sign a water deal </title><link>/africa/water-deal.html</link>
<pubDate>Mon, 30 Nov 2026 23:45:00 -0500</pubDate></item>
<item><title>Same story again</title><link>http://news.test/africa/water-deal.html</link></item>
<item><title>A mail link</title><link>mailto:desk@news.test</link></item>
<item><title>No link at all</title></item>
</channel></rss>"""


def test_parse_feed_items_links_and_the_publishers_own_date():
    (item,) = parse_feed(RSS, "http://news.test/feeds/world.xml")
    assert item == FeedItem("http://news.test/africa/water-deal.html", "Kenya and Ethiopia sign a water deal",
                            "2026-11-30", "Mon, 30 Nov 2026 23:45:00 -0500")
    with pytest.raises(FeedError, match="http://x.test/f: not an RSS or Atom feed"):
        parse_feed(b"<html><body>Moved</body></html>", "http://x.test/f")
    with pytest.raises(FeedError):
        parse_feed(b"", "http://x.test/f")
    assert parse_feed(b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>",
                      "http://x.test/f") == []


def test_page_documents_take_the_feeds_metadata_and_hash_the_article_text():
    paras = ["Kenya and Ethiopia signed an agreement on sharing the waters of the Omo river on Monday.",
             "The two governments said a joint commission would meet every six months."]
    item = FeedItem("http://news.test/africa/water-deal.html", "Kenya and Ethiopia sign a water deal", "2026-11-30")
    one = page_document(Fetched(item.url, item.url, 200, article_html("Water deal", paras), "text/html"), item,
                        max_chars=100_000)
    other = page_document(Fetched(item.url, item.url, 200, article_html("Water deal", paras, site="Other"),
                                  "text/html"), item, max_chars=100_000)
    assert one.doc_id == page_id(item.url) and one.doc_id.startswith("news-test-water-deal-")
    assert page_id(item.url) != page_id(item.url + "?page=2")
    assert (one.title, one.published, one.published_how, one.path) == (item.title, "2026-11-30", "feed", item.url)
    assert "Omo river" in one.text and one.content_hash == other.content_hash  # the furniture changed, not the text
    with pytest.raises(IngestError, match="unsupported content type 'image/png'"):
        page_document(Fetched(item.url, item.url, 200, b"\x89PNG\r\n\x1a\n....", "image/png"), item, max_chars=1000)
    with pytest.raises(IngestError, match="language fr not supported"):
        french = ["Le Kenya et l'Éthiopie ont signé lundi un accord sur le partage des eaux de la rivière Omo, "
                  "a annoncé le gouvernement dans un communiqué publié dans la soirée."] * 3
        page_document(Fetched(item.url, item.url, 200, article_html("Accord", french), "text/html"), item,
                      max_chars=100_000)


def test_durations_and_times():
    assert [parse_duration(t) for t in ("30s", "15m", "1h", "1d", "1h30m")] == [30, 900, 3600, 86400, 5400]
    for bad in ("", "15", "5x", "-1h", "0s", "m"):
        with pytest.raises(TimeError):
            parse_duration(bad)
    now = parse_since("2026-12-04T12:00:00+00:00")
    assert parse_since("2h", now=now).isoformat() == "2026-12-04T10:00:00+00:00"
    assert parse_since("2026-12-01T09:30Z").isoformat() == "2026-12-01T09:30:00+00:00"
    assert parse_since("2026-12-01").tzinfo is not None  # local midnight
    for bad in ("yesterday", "2026-13-01", "2h ago"):
        with pytest.raises(TimeError):
            parse_since(bad)
