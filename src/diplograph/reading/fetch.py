"""Polite HTTP fetching for watched feeds and their article pages.

:class:`Fetcher` wraps one :class:`httpx.Client` and is polite the way a crawler
should be: it sends a User-Agent naming diplograph, asks robots.txt first (read
with :mod:`urllib.robotparser`, cached per host; a ``Crawl-delay`` there lengthens
the pause), waits ``delay`` seconds between two requests to the same host, gives
up after ``timeout`` seconds, stops reading a body over ``max_bytes`` and sends
conditional requests (``If-None-Match`` / ``If-Modified-Since``) when it knows
the ETag or Last-Modified of an earlier answer, so an unchanged page costs a 304.

Every failure is a :class:`FetchError` whose message is one line naming the URL.
Nothing here touches the store; what was seen is recorded by the caller.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import metadata
from typing import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx


def _version() -> str:
    try:
        return metadata.version("diplograph")
    except metadata.PackageNotFoundError:
        return "dev"


AGENT = "diplograph"  # the token robots.txt rules name
USER_AGENT = f"diplograph/{_version()} (news event watcher; honours robots.txt)"
DELAY = 1.0  # seconds between two requests to one host
TIMEOUT = 20.0  # seconds for one request
MAX_CRAWL_DELAY = 30.0  # a robots.txt Crawl-delay is honoured up to this
ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is trusted before it is asked again
ROBOTS_RETRY = 60.0  # seconds an unreachable robots.txt keeps the host closed before it is asked again
MAX_ROBOTS_BYTES = 500_000
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A URL that could not be fetched; ``str(e)`` is ``"<url>: <reason>"``."""

    def __init__(self, url: str, reason: str, permanent: bool = False) -> None:
        self.url, self.reason, self.permanent = url, reason, permanent
        super().__init__(f"{url}: {reason}")

    def __str__(self) -> str:
        return f"{self.url}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Fetched:
    """One answer: 200 with a body, or 304 (``not_modified``, no body)."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Fetcher:
    """An HTTP client that asks robots.txt, paces each host and honours conditional GET."""

    def __init__(self, *, delay: float = DELAY, timeout: float = TIMEOUT, max_bytes: int = 20_000_000,
                 transport: httpx.BaseTransport | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay, self.timeout, self.max_bytes, self.sleep = delay, timeout, max_bytes, sleep
        self.client = httpx.Client(headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
                                   timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS,
                                   transport=transport)
        self._last: dict[str, float] = {}  # host -> monotonic time of its last request
        self._robots: dict[str, tuple[float, RobotFileParser | None, str | None]] = {}  # host -> (until, ...)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- robots.txt ---------------------------------------------------------------------------
    def _robots_for(self, host: str) -> tuple[RobotFileParser | None, str | None]:
        """The host's rules (None: everything allowed) or the reason nothing may be fetched."""
        cached = self._robots.get(host)
        if cached and time.monotonic() < cached[0]:
            return cached[1], cached[2]
        rules: RobotFileParser | None = None
        refused: str | None = None
        try:
            got = self._request(f"{host}/robots.txt", {}, MAX_ROBOTS_BYTES)
        except FetchError as exc:
            if exc.permanent:  # 4xx: no robots.txt, everything allowed (RFC 9309 2.3.1.3)
                if exc.reason.startswith(("HTTP 401", "HTTP 403")):
                    refused = f"robots.txt of {host} is forbidden ({exc.reason}): nothing fetched there"
            else:  # unreachable (5xx, time-out): assume everything disallowed for now (RFC 9309 2.3.1.4)
                refused = f"robots.txt of {host} unreachable ({exc.reason}); will retry"
        else:
            rules = RobotFileParser(f"{host}/robots.txt")
            rules.parse(got.body.decode("utf-8", "replace").splitlines())
        keep = ROBOTS_RETRY if refused and "unreachable" in refused else ROBOTS_TTL
        self._robots[host] = (time.monotonic() + keep, rules, refused)
        return rules, refused

    def allowed(self, url: str) -> None:
        """Raise :class:`FetchError` unless robots.txt lets diplograph fetch ``url``."""
        rules, refused = self._robots_for(host_of(url))
        if refused:
            raise FetchError(url, refused, permanent=False)
        if rules is not None and not rules.can_fetch(AGENT, url):
            raise FetchError(url, "disallowed by robots.txt", permanent=True)

    def _pause(self, host: str) -> None:
        rules = self._robots.get(host, (0.0, None, None))[1]
        crawl = rules.crawl_delay(AGENT) if rules is not None else None
        wait = max(self.delay, min(float(crawl or 0), MAX_CRAWL_DELAY))
        last = self._last.get(host)
        if last is not None and wait > 0:
            left = last + wait - time.monotonic()
            if left > 0:
                self.sleep(left)

    # -- requests -----------------------------------------------------------------------------
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` politely; 304 when the ETag / Last-Modified given still hold."""
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(url, f"not an http(s) URL (scheme {scheme or 'none'!r})", permanent=True)
        self.allowed(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._request(url, headers, self.max_bytes)

    def _request(self, url: str, headers: dict[str, str], limit: int) -> Fetched:
        host = host_of(url)
        self._pause(host)
        try:
            with self.client.stream("GET", url, headers=headers) as resp:
                status = resp.status_code
                if status == 304:
                    return Fetched(url, str(resp.url), 304, etag=resp.headers.get("etag") or headers.get("If-None-Match"),
                                   last_modified=resp.headers.get("last-modified") or headers.get("If-Modified-Since"))
                if status >= 400:
                    transient = status >= 500 or status in (408, 425, 429)
                    raise FetchError(url, f"HTTP {status} {resp.reason_phrase}".strip(), permanent=not transient)
                if status != 200:
                    raise FetchError(url, f"HTTP {status} {resp.reason_phrase} (expected 200)".strip())
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(url, f"too large ({int(declared):,} bytes; limit {limit:,})", permanent=True)
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        raise FetchError(url, f"too large (over {limit:,} bytes)", permanent=True)
                return Fetched(url, str(resp.url), 200, bytes(body), resp.headers.get("content-type", ""),
                               resp.headers.get("etag"), resp.headers.get("last-modified"))
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out after {self.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise FetchError(url, f"more than {MAX_REDIRECTS} redirects", permanent=True) from None
        except httpx.InvalidURL as exc:
            raise FetchError(url, f"invalid URL: {exc}", permanent=True) from None
        except httpx.HTTPError as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise FetchError(url, f"cannot connect: {reason}") from None
        finally:
            self._last[host] = time.monotonic()
