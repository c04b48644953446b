"""A loopback HTTP server for watch tests: an Atom feed, article pages, robots.txt, a log of requests.

Pages are ``Page`` records under their path; the server answers 304 when a request's
``If-None-Match`` equals the page's ETag or its ``If-Modified-Since`` equals its Last-Modified,
logs every request (path, conditional headers, User-Agent, status answered) and can hold a
path until a test releases it (``hold``), to stop a watcher in the middle of a round.
The article texts are invented for these tests.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before answering


@dataclass
class Hit:
    path: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None
    user_agent: str | None


@dataclass
class FeedServer:
    pages: dict[str, Page] = field(default_factory=dict)
    log: list[Hit] = field(default_factory=list)
    holds: dict[str, threading.Event] = field(default_factory=dict)  # path -> released when set
    reached: dict[str, threading.Event] = field(default_factory=dict)  # path -> set when requested

    def start(self) -> "FeedServer":
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                path = self.path.split("?", 1)[0]
                if path in server.reached:
                    server.reached[path].set()
                if path in server.holds:
                    server.holds[path].wait(60)
                page = server.pages.get(path)
                inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
                if page is None:
                    status, body, headers = 404, b"<html><body><h1>Not found</h1></body></html>", {}
                else:
                    time.sleep(page.delay)
                    fresh = (inm is not None and inm == page.etag) or (ims is not None and ims == page.last_modified)
                    status = 304 if fresh and page.status == 200 else page.status
                    body = b"" if status == 304 else page.body
                    headers = {"Content-Type": page.content_type}
                    if page.etag:
                        headers["ETag"] = page.etag
                    if page.last_modified:
                        headers["Last-Modified"] = page.last_modified
                server.log.append(Hit(path, status, inm, ims, self.headers.get("User-Agent")))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    try:
                        self.wfile.write(body)
                    except (BrokenPipeError, ConnectionResetError):
                        pass

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        for ev in self.holds.values():
            ev.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, start: int = 0, path: str | None = None) -> list[Hit]:
        return [h for h in self.log[start:] if path is None or h.path == path]


def http_date(ts: float) -> str:
    return formatdate(ts, usegmt=True)


def article_html(title: str, paragraphs: list[str], site: str = "The Loopback Observer") -> bytes:
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)} | {site}</title>"
            f"<meta property='og:site_name' content='{site}'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/about'>About us</a></nav>"
            f"<article><h1>{escape(title)}</h1>\n{body}</article>"
            f"<footer>© {site}. All rights reserved. Subscribe to our newsletter.</footer></body></html>").encode()


def atom_feed(base: str, entries: list[dict[str, str]], title: str = "Loopback Observer: World") -> bytes:
    items = "".join(
        f"<entry><title>{escape(e['title'])}</title><link href='{escape(e['link'])}'/>"
        f"<id>{escape(e.get('id', e['link']))}</id><published>{e['published']}</published>"
        f"<updated>{e.get('updated', e['published'])}</updated><summary>{escape(e.get('summary', ''))}</summary></entry>"
        for e in entries)
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>{escape(title)}</title><id>{base}/feed.xml</id><updated>2026-11-30T12:00:00Z</updated>"
            f"<link rel='self' href='{base}/feed.xml'/>{items}</feed>").encode()


# Invented articles about international affairs (a few paragraphs each).
ARTICLES = {
    "/world/turkey-greece-talks": ("Turkey and Greece agree to resume talks on maritime borders", [
        "Turkey and Greece agreed on Tuesday to resume talks on their disputed maritime borders in the Aegean, "
        "ending a pause of almost two years.",
        "The Greek foreign minister met his Turkish counterpart in Ankara, where both sides said the first round "
        "of talks would be held in Athens in January.",
        "Greece accused Turkey last year of sending survey ships into waters it claims, and Turkey rejected the "
        "accusation. Diplomats said the new talks would start with fishing rights and search and rescue zones.",
    ]),
    "/world/un-sudan-aid": ("United Nations sends aid convoy to Darfur", [
        "The United Nations sent a convoy of food and medicine to Darfur on Monday, its first in three months, "
        "after the Sudanese army agreed to open a crossing from Chad.",
        "Sudan's government had blocked aid convoys since the summer, saying they carried supplies for the Rapid "
        "Support Forces. The United Nations denied the claim.",
        "Officials in Khartoum said the crossing would stay open for thirty days, and the United Nations urged "
        "both sides to let trucks through without delay.",
    ]),
    "/world/france-mali-envoy": ("France recalls its ambassador from Mali", [
        "France recalled its ambassador from Mali on Friday after the military government in Bamako expelled two "
        "French journalists.",
        "The French foreign ministry condemned the expulsions and said the ambassador would return to Paris for "
        "consultations.",
        "Mali's government accused France of interfering in its internal affairs and said it would review its "
        "remaining agreements with Paris.",
    ]),
}


def assert_store_consistent(db: str) -> None:
    """Every document whole, no merge left pending, and no watch state naming a document the store lacks."""
    import duckdb
    con = duckdb.connect(db, read_only=True)
    try:
        bad = con.execute("SELECT d.doc_id FROM documents d WHERE d.n_sentences <> "
                          "(SELECT count(*) FROM sentences s WHERE s.doc_id = d.doc_id)").fetchall()
        assert not bad, f"documents with missing sentences: {bad}"
        orphans = con.execute("SELECT count(*) FROM event_mentions m WHERE m.doc_id NOT IN "
                              "(SELECT doc_id FROM documents)").fetchone()[0]
        assert orphans == 0
        claimed = con.execute(
            "SELECT w.item, w.doc_id FROM watch_items w WHERE w.result IN ('added', 'replaced') AND NOT EXISTS "
            "(SELECT 1 FROM documents d WHERE d.doc_id = w.doc_id AND d.content_hash = w.content_hash)").fetchall()
        assert not claimed, f"watch state names documents the store lacks: {claimed}"
        pending = con.execute("SELECT value FROM store_state WHERE key = 'merge_pending'").fetchone()[0]
        assert pending == "0", "the merge is behind the stored mentions"
        loose = con.execute("SELECT count(*) FROM event_mentions m WHERE m.event_id NOT IN "
                            "(SELECT event_id FROM events)").fetchone()[0]
        assert loose == 0
    finally:
        con.close()
