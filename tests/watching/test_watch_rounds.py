"""Watch rounds over a loopback feed server and a folder: ingest, conditional GET, replacement, failures."""

from __future__ import annotations

import os

import pytest

from diplograph import api
from diplograph.store.database import Store
from feedserver import ARTICLES, FeedServer, Page, article_html, assert_store_consistent, atom_feed, http_date

TURKEY = "/world/turkey-greece-talks"


@pytest.fixture
def site():
    srv = FeedServer().start()
    yield srv
    srv.stop()


def publish(srv: FeedServer) -> tuple[str, str]:
    """Three articles, a page that is gone and one robots.txt forbids, in an Atom feed; and a broken feed."""
    entries = []
    for i, (path, (title, paras)) in enumerate(ARTICLES.items()):
        srv.pages[path] = Page(article_html(title, paras), etag=f'"{path}-1"', last_modified=http_date(1764500000 + i))
        entries.append({"title": title, "link": srv.url(path), "published": f"2026-11-2{i}T23:30:00-05:00"})
    entries.append({"title": "An article that was taken down", "link": srv.url("/world/gone"),
                    "published": "2026-11-25T10:00:00Z"})
    entries.append({"title": "Subscribers only", "link": "/private/briefing", "published": "2026-11-26T10:00:00Z"})
    srv.pages["/feed.xml"] = Page(atom_feed(srv.base, entries), "application/atom+xml", etag='"feed-1"',
                                  last_modified=http_date(1764500000))
    srv.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    srv.pages["/broken.xml"] = Page(b"<html><body><p>Our feed has moved</p>", "text/html")
    return srv.url("/feed.xml"), srv.url("/broken.xml")


def stored(db: str) -> dict[str, dict]:
    with Store(db, read_only=True) as store:
        return {r["path"]: r for r in store.query(
            "SELECT doc_id, path, title, published, published_how, publication, text, content_hash FROM documents")}


def test_feed_rounds_ingest_then_fetch_nothing_new_then_replace_a_changed_page(site, tmp_path, res):
    db = str(tmp_path / "w.duckdb")
    feed, broken = publish(site)
    first = api.watch_round([feed, broken], db=db, resources=res, delay=0)
    by = {s.source: s for s in first.sources}
    assert by[broken].error.startswith("not an RSS or Atom feed"), by[broken].error
    rep = by[feed]
    assert (rep.added, rep.replaced, rep.unchanged, rep.failed) == (3, 0, 0, 2), rep.line()
    assert dict(rep.errors) == {site.url("/world/gone"): "HTTP 404 Not Found",
                                site.url("/private/briefing"): "disallowed by robots.txt"}
    assert not site.hits(path="/private/briefing")  # robots.txt honoured: never asked
    assert site.hits(path="/robots.txt")
    assert all(h.user_agent.startswith("diplograph/") for h in site.log)
    docs = stored(db)
    assert set(docs) == {site.url(p) for p in ARTICLES}
    turkey = docs[site.url(TURKEY)]
    assert turkey["title"] == ARTICLES[TURKEY][0]  # the feed's title, not the page's "… | site"
    assert (turkey["published"], turkey["published_how"]) == ("2026-11-20", "feed")  # the publisher's own day
    assert turkey["publication"] == "The Loopback Observer"
    assert "Subscribe to our newsletter" not in turkey["text"] and "Aegean" in turkey["text"]
    assert first.events > 0 and api.events(db)
    assert "3 added" in first.summary() and "1 source failed" in first.summary()
    assert_store_consistent(db)
    before = api.events(db)

    # Second round: the server answers every conditional request with 304; nothing is fetched again.
    mark = len(site.log)
    second = api.watch_round([feed, broken], db=db, resources=res, delay=0)
    rep = {s.source: s for s in second.sources}[feed]
    assert (rep.added, rep.replaced, rep.unchanged, rep.failed, rep.still_failing) == (0, 0, 3, 0, 2), rep.line()
    assert rep.not_modified
    hits = site.hits(mark)
    (feed_hit,) = [h for h in hits if h.path == "/feed.xml"]
    assert (feed_hit.status, feed_hit.if_none_match) == (304, '"feed-1"')
    assert feed_hit.if_modified_since == http_date(1764500000)
    for path in ARTICLES:
        (hit,) = [h for h in hits if h.path == path]
        assert hit.status == 304 and hit.if_none_match == f'"{path}-1"' and hit.if_modified_since
    assert not [h for h in hits if h.path in ("/world/gone", "/private/briefing")]  # failed for good: not retried
    assert {h.path for h in hits if h.status == 200} <= {"/robots.txt", "/broken.xml"}
    assert second.events == 0 and api.events(db) == before

    # Third round: one article corrected (new ETag and text), one re-served with new page furniture only.
    title, paras = ARTICLES[TURKEY]
    corrected = paras + ["Turkey said on Wednesday that it would invite Greece to a summit in Istanbul in March."]
    site.pages[TURKEY] = Page(article_html(title, corrected), etag=f'"{TURKEY}-2"')
    mali = "/world/france-mali-envoy"
    site.pages[mali] = Page(article_html(*ARTICLES[mali], site="The Loopback Observer (new design)"),
                            etag=f'"{mali}-2"')
    third = api.watch_round([feed], db=db, resources=res, delay=0)
    (rep,) = third.sources
    assert (rep.added, rep.replaced, rep.unchanged, rep.failed) == (0, 1, 2, 0), rep.line()
    docs = stored(db)
    assert len(docs) == 3
    new = docs[site.url(TURKEY)]
    assert new["doc_id"] == turkey["doc_id"] and "summit in Istanbul" in new["text"]
    assert new["content_hash"] != turkey["content_hash"]
    assert_store_consistent(db)
    # what arrived since the third round began: the events of the corrected article only
    fresh = api.events(db, added_since=third.started)
    assert fresh and len(fresh) < len(api.events(db))
    assert all(any(m["doc"] == new["doc_id"] for m in e["mentions"]) for e in fresh)
    assert len(api.events(db, added_since="1d")) == len(api.events(db))
    # the fourth round checks the new validators
    mark = len(site.log)
    fourth = api.watch_round([feed], db=db, resources=res, delay=0)
    assert fourth.total("unchanged") == 3 and fourth.total("replaced") == 0
    assert [h.if_none_match for h in site.hits(mark, TURKEY)] == [f'"{TURKEY}-2"']


def test_a_failing_feed_never_stops_the_others_and_transient_errors_are_retried(site, tmp_path, res):
    db = str(tmp_path / "w.duckdb")
    feed, _ = publish(site)
    site.pages["/world/un-sudan-aid"] = Page(b"busy", "text/plain", status=503)
    dead = "http://127.0.0.1:9/feed.xml"  # nothing listens on port 9
    report = api.watch_round([dead, feed], db=db, resources=res, delay=0)
    by = {s.source: s for s in report.sources}
    assert by[dead].error.startswith(("robots.txt of http://127.0.0.1:9 unreachable", "cannot connect")), by[dead].error
    assert by[feed].added == 2 and site.url("/world/un-sudan-aid") in dict(by[feed].errors)
    assert "HTTP 503" in dict(by[feed].errors)[site.url("/world/un-sudan-aid")]
    assert not report.ok
    title, paras = ARTICLES["/world/un-sudan-aid"]
    site.pages["/world/un-sudan-aid"] = Page(article_html(title, paras), etag='"sudan-1"')
    again = api.watch_round([feed], db=db, resources=res, delay=0)  # the feed is not modified; the 503 is retried
    (rep,) = again.sources
    assert rep.not_modified and (rep.added, rep.unchanged, rep.failed) == (1, 2, 0), rep.line()
    assert len(stored(db)) == 3
    assert_store_consistent(db)
    listed = {r["source"]: r for r in api.watched(db)}
    assert listed[feed]["documents"] == 3 and listed[dead]["result"] == "failed"


ARTICLE_A = ("Chile and Peru signed a trade agreement in Lima on Thursday.\n\n"
             "The agreement lowers tariffs on copper and fish, officials said.\n")
ARTICLE_B = ("Norway sent humanitarian aid to Ukraine on Monday.\n\n"
             "The Norwegian government said the aid included generators and medicine.\n")


def test_folder_rounds_pick_up_new_and_changed_files(tmp_path, res):
    db = str(tmp_path / "w.duckdb")
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "trade.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "aid.md").write_text(ARTICLE_B, encoding="utf-8")
    first = api.watch_round([str(folder)], db=db, resources=res)
    (rep,) = first.sources
    assert (rep.kind, rep.added, rep.replaced, rep.unchanged, rep.failed) == ("folder", 2, 0, 0, 0), rep.line()
    second = api.watch_round([], db=db, resources=res)  # no source named: the ones the store watches
    assert [(s.source, s.unchanged, s.added) for s in second.sources] == [(str(folder.resolve()), 2, 0)]

    (folder / "aid.md").write_text(ARTICLE_B + "\nUkraine thanked Norway for the help.\n", encoding="utf-8")
    (folder / "talks.txt").write_text("Japan hosted South Korea for talks in Tokyo on Friday.\n", encoding="utf-8")
    st = (folder / "trade.txt").stat()
    os.utime(folder / "trade.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # touched, same content
    (folder / "scan.pdf").write_text("this is no PDF at all", encoding="utf-8")
    third = api.watch_round([str(folder)], db=db, resources=res)
    (rep,) = third.sources
    assert (rep.added, rep.replaced, rep.unchanged, rep.failed) == (1, 1, 1, 1), rep.line()
    assert rep.errors[0][0].endswith("scan.pdf") and "not a PDF" in rep.errors[0][1]
    with Store(db, read_only=True) as store:
        texts = {r["doc_id"]: r["text"] for r in store.query("SELECT doc_id, text FROM documents")}
    assert set(texts) == {"trade", "aid", "talks"} and "thanked Norway" in texts["aid"]
    fourth = api.watch_round([str(folder)], db=db, resources=res)
    (rep,) = fourth.sources
    assert (rep.unchanged, rep.failed, rep.still_failing) == (3, 0, 1), rep.line()  # the bad file is not reported again
    assert_store_consistent(db)


def test_pages_without_validators_are_fetched_again_only_when_the_feed_says_they_changed(site, tmp_path, res):
    db = str(tmp_path / "w.duckdb")
    path = "/world/un-sudan-aid"
    title, paras = ARTICLES[path]
    site.pages["/robots.txt"] = Page(b"", "text/plain", status=404)  # no robots.txt: everything allowed
    site.pages[path] = Page(article_html(title, paras))  # no ETag, no Last-Modified

    def feed(updated: str, etag: str) -> Page:
        entry = {"title": title, "link": site.url(path), "published": "2026-11-21T08:00:00Z", "updated": updated}
        return Page(atom_feed(site.base, [entry]), "application/atom+xml", etag=etag)

    site.pages["/feed.xml"] = feed("2026-11-21T08:00:00Z", '"f1"')
    assert api.watch_round([site.url("/feed.xml")], db=db, resources=res, delay=0).total("added") == 1
    mark = len(site.log)
    again = api.watch_round([site.url("/feed.xml")], db=db, resources=res, delay=0)
    assert again.total("unchanged") == 1 and not site.hits(mark, path)  # not downloaded again
    site.pages[path] = Page(article_html(title, paras + ["The convoy reached El Fasher on Thursday."]))
    site.pages["/feed.xml"] = feed("2026-11-23T10:00:00Z", '"f2"')  # the feed's stamp for the item moves
    mark = len(site.log)
    third = api.watch_round([site.url("/feed.xml")], db=db, resources=res, delay=0)
    assert third.total("replaced") == 1 and len(site.hits(mark, path)) == 1
    assert "El Fasher" in stored(db)[site.url(path)]["text"]
    assert_store_consistent(db)
