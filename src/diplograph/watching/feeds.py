"""A watched feed in one round: the feed fetched (conditionally), each listed page checked.

The feed is asked with the ETag / Last-Modified of its last full answer; on 304
the items of its last listing (kept in the store) are used.  A listed page already
stored is asked again when the server gave it validators (ETag, Last-Modified: the
conditional GET costs a 304 while it is unchanged, and a corrected page replaces
its document) or when the feed's ``updated`` stamp for it changes; a page without
validators is not downloaded again every round.  A page that failed for good (404, robots.txt, a body
that is not an article) is not asked again until the feed's ``updated`` stamp
for it changes, or, when the server gave validators, until a conditional GET
says it changed; a time-out or a 5xx is tried again next round.
"""

from __future__ import annotations

from typing import Any, Iterator

from diplograph.reading.feeds import FeedError, FeedItem, page_document, parse_feed
from diplograph.reading.fetch import FetchError
from diplograph.reading.files import IngestError
from diplograph.reading.watchdog import DocTimeout, time_limit
from diplograph.records import RawDocument
from diplograph.watching.report import SourceReport
from diplograph.watching.rounds import Round


def _listing(state: dict[str, dict[str, Any]]) -> list[FeedItem]:
    """The items of the feed's last full answer, in the order first seen."""
    rows = sorted((r for r in state.values() if r.get("listed")), key=lambda r: (r["first_seen"], r["item"]))
    return [FeedItem(r["item"], r.get("title"), r.get("published"), r.get("updated")) for r in rows]


def feed_documents(rnd: Round, source: dict[str, Any], rep: SourceReport) -> Iterator[RawDocument]:
    url = source["source"]
    state = rnd.state.get(url, {})
    try:
        got = rnd.fetcher.get(url, source.get("etag"), source.get("last_modified"))
        items = _listing(state) if got.not_modified else parse_feed(got.body, url, got.content_type)
    except (FetchError, FeedError) as exc:
        rep.error = exc.reason if isinstance(exc, FetchError) else str(exc).split(": ", 1)[-1]
        source.update(result="failed", error=rep.error)
        return
    rep.not_modified = got.not_modified
    source.update(result="not modified" if got.not_modified else "ok", error=None)
    if not got.not_modified:  # written at the end of the round, once every item has been handled
        source.update(etag=got.etag, last_modified=got.last_modified)
        listed = {item.url for item in items}
        for key, row in state.items():
            if row.get("listed") and key not in listed:
                rnd.keep({**row, "listed": False})  # dropped from the feed: no longer checked
    for item in items:
        doc = _page(rnd, url, rep, item, state.get(item.url))
        if doc is not None:
            yield doc


def _page(rnd: Round, source: str, rep: SourceReport, item: FeedItem,
          before: dict[str, Any] | None) -> RawDocument | None:
    row = rnd.row(source, item.url, before)
    renewed = before is not None and before.get("updated") != item.updated
    row.update(listed=True, title=item.title, published=item.published, updated=item.updated)
    failed = before is not None and before.get("result") == "failed" and not before.get("retry")
    validators = before is not None and (before.get("etag") or before.get("last_modified"))
    if not renewed and not validators and (failed or (before is not None and before.get("content_hash"))):
        # stored, or failed for good, and neither the feed nor the server can say it changed: not fetched
        (rnd.still_failing if failed else rnd.unchanged)(rep, row)
        return None
    try:
        got = rnd.fetcher.get(item.url, row.get("etag") if validators else None,
                              row.get("last_modified") if validators else None)
    except FetchError as exc:
        if exc.permanent:  # asked again only when the feed says the item changed
            row.update(etag=None, last_modified=None)
        rnd.fail(rep, row, exc.reason, retry=not exc.permanent)
        return None
    row.update(etag=got.etag, last_modified=got.last_modified)
    if got.not_modified:
        (rnd.still_failing if failed else rnd.unchanged)(rep, row)
        return None
    try:
        with time_limit(rnd.settings.doc_timeout):
            raw = page_document(got, item, max_chars=rnd.settings.max_chars)
    except IngestError as exc:
        rnd.fail(rep, row, exc.reason, retry=False)
        return None
    except DocTimeout as exc:
        rnd.fail(rep, row, str(exc), retry=False)
        return None
    if raw.content_hash in rnd.known:  # this text is stored already (this page's, or a copy elsewhere)
        row["content_hash"] = raw.content_hash
        rnd.unchanged(rep, row)
        return None
    return rnd.submit(rep, row, raw)
