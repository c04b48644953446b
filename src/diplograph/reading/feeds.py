"""RSS and Atom feeds: their items, and each item's page as a document.

:func:`parse_feed` reads a feed (with feedparser) into :class:`FeedItem` s: the
link (made absolute), title, publication date (the date as the feed gives it, in
the publisher's own time zone) and the ``updated`` stamp.  A body that is not a
feed at all raises :class:`FeedError`.  :func:`page_document` turns a fetched
page into a :class:`~diplograph.records.RawDocument` through the same readers as
a file (HTML through trafilatura, see :mod:`diplograph.reading.html`): its id
comes from the URL, so a changed page replaces its document; the feed's date
and title win over what the page says; the content hash is that of the cleaned
text, so a page whose advertising or menus change is still unchanged.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from diplograph.reading.fetch import Fetched
from diplograph.reading.files import IngestError, document_from_bytes
from diplograph.reading.html import looks_like_html
from diplograph.reading.language import unsupported
from diplograph.records import RawDocument

_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "text/markdown": ".md",
          "application/pdf": ".pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}
_SLUG = re.compile(r"[^a-z0-9]+")


class FeedError(ValueError):
    """A body that is not a usable RSS or Atom feed (one-line message naming the URL)."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    updated: str | None = None  # the feed's own stamp, as written


def _field(entry: dict, key: str) -> Any:
    """``entry[key]`` as the feed gave it (feedparser's own ``get`` maps a missing ``updated`` to
    ``published``, with a warning)."""
    return dict.get(entry, key)


def _day(entry: dict, key: str) -> str | None:
    """The entry's date in the time zone it was written in (a story published at 23:30 in
    New York is dated that day, not the next day in UTC)."""
    raw = _field(entry, key)
    if raw:
        from dateutil import parser as dateparser
        try:
            return dateparser.parse(raw).date().isoformat()
        except (ValueError, OverflowError, TypeError):
            pass
    parsed = _field(entry, f"{key}_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def parse_feed(body: bytes, url: str, content_type: str = "") -> list[FeedItem]:
    """The items of an RSS or Atom feed, in feed order, one per distinct http(s) link."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url,
                                                      "content-type": content_type or "application/xml"})
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = str(problem).splitlines()[0] if problem else "no RSS or Atom elements found"
        raise FeedError(f"{url}: not an RSS or Atom feed ({why})")
    items, seen = [], set()
    for entry in parsed.entries:
        link = entry.get("link") or (entry.get("id") if str(entry.get("id", "")).startswith("http") else None)
        if not link:
            continue
        link = urljoin(url, link.strip())
        if link in seen or urlsplit(link).scheme not in ("http", "https"):
            continue
        seen.add(link)
        title = " ".join((entry.get("title") or "").split()) or None
        items.append(FeedItem(link, title, _day(entry, "published") or _day(entry, "updated"),
                              _field(entry, "updated") or _field(entry, "published")))
    return items


def page_id(url: str) -> str:
    """A stable, readable document id for a URL: host, last path segment, a short hash."""
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    tail = [p for p in parts.path.split("/") if p]
    last = tail[-1].rsplit(".", 1)[0] if tail else ""
    slug = _SLUG.sub("-", f"{host}-{last}".lower()).strip("-")[:60].rstrip("-")
    return f"{slug}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"


def _suffix(got: Fetched) -> str:
    mime = got.content_type.split(";", 1)[0].strip().lower()
    if mime in _TYPES:
        return _TYPES[mime]
    if mime and mime not in ("application/octet-stream", "binary/octet-stream") and not mime.startswith("text/"):
        raise IngestError(got.url, f"unsupported content type {mime!r}")
    path = urlsplit(got.final_url).path.lower()
    for ext in (".html", ".htm", ".txt", ".md", ".pdf", ".docx"):
        if path.endswith(ext):
            return ext
    if looks_like_html(got.body[:200_000].decode("utf-8", "replace")):
        return ".html"
    raise IngestError(got.url, f"unsupported content type {mime or 'none'!r}")


def page_document(got: Fetched, item: FeedItem, *, max_chars: int) -> RawDocument:
    """A fetched page as a document (raises :class:`IngestError` with a one-line reason)."""
    raw = document_from_bytes(got.body, got.url, _suffix(got), max_chars=max_chars, doc_id=page_id(got.url))
    lang = unsupported(raw.text)
    if lang:
        raise IngestError(got.url, f"language {lang} not supported yet")
    raw.content_hash = hashlib.sha256(raw.text.encode("utf-8")).hexdigest()
    raw.title = item.title or raw.title
    if item.published:
        raw.published, raw.published_how = item.published, "feed"
        raw.published_earliest = raw.published_latest = raw.published_evidence = None
    raw.publication = raw.publication or urlsplit(got.final_url).netloc.lower().removeprefix("www.")
    return raw
