"""Delivering alerts: JSON Lines (standard output or appended to a file), a webhook POST, an Atom feed.

Each alert is the JSON object of :meth:`diplograph.analysis.alerts.Alert.to_json`.  A delivery that
fails (a file that cannot be written, a webhook that does not answer 2xx) is one line of text, never
an exception that stops the others.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Sequence

ATOM_NS = "http://www.w3.org/2005/Atom"
WEBHOOK_TIMEOUT = 10.0  # seconds per POST (connect, read, write, pool)


def json_line(alert: dict[str, Any]) -> str:
    """One alert as one line of JSON (no newline inside)."""
    return json.dumps(alert, ensure_ascii=False, sort_keys=False, default=str)


def append_lines(path: str | Path, alerts: Sequence[dict[str, Any]]) -> str | None:
    """Append the alerts to a JSON Lines file (created if missing); an error line, or None."""
    if not alerts:
        return None
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("".join(json_line(a) + "\n" for a in alerts))
    except OSError as exc:
        return f"{path}: cannot append alerts: {exc.strerror or exc}"
    return None


def post_webhook(url: str, alerts: Sequence[dict[str, Any]], timeout: float = WEBHOOK_TIMEOUT) -> str | None:
    """POST each alert as a JSON body to ``url``, in order; stops at the first failure and returns it as
    one line (how many were not delivered), else None."""
    if not alerts:
        return None
    if not url.lower().startswith(("http://", "https://")):
        return f"webhook {url}: not an http:// or https:// URL"
    import httpx  # only a delivery needs it

    with httpx.Client(timeout=timeout, follow_redirects=False,
                      headers={"User-Agent": "diplograph alerts"}) as client:
        for i, alert in enumerate(alerts):
            left = len(alerts) - i
            try:
                resp = client.post(url, json=alert)
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                reason = " ".join(str(exc).split()) or type(exc).__name__
                return f"webhook {url}: {reason} ({left} of {len(alerts)} alerts not delivered)"
            if not 200 <= resp.status_code < 300:
                return (f"webhook {url}: HTTP {resp.status_code} {resp.reason_phrase} "
                        f"({left} of {len(alerts)} alerts not delivered)")
    return None


def deliver(rows: Sequence[dict[str, Any]], append: str | Path | None = None, webhook: str | None = None,
            timeout: float | None = None) -> list[str]:
    """Append ``rows`` to a JSON Lines file and/or POST each to ``webhook``: one line per failed delivery."""
    problems = []
    if append is not None:
        problems.append(append_lines(append, rows))
    if webhook:
        problems.append(post_webhook(webhook, rows, timeout or WEBHOOK_TIMEOUT))
    return [p for p in problems if p]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _summary(alert: dict[str, Any]) -> str:
    lines = [alert.get("message", "")]
    for c in alert.get("citations") or []:
        where = c.get("doc_title") or c.get("doc")
        value = f" [{c['value']}]" if c.get("value") else ""
        lines.append(f"• {where}{value}: {' '.join((c.get('text') or '').split())}")
    return "\n".join(lines)


def atom_feed(alerts: Iterable[dict[str, Any]], base_url: str, title: str = "diplograph alerts",
              version: str | None = None) -> bytes:
    """An Atom 1.0 feed (RFC 4287) of alerts, newest first as given; links point into the web UI at
    ``base_url`` (each entry to its first event's page, else the What's new page)."""
    alerts = list(alerts)
    base = base_url.rstrip("/")
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "title", title)
    _sub(feed, "id", f"{base}/alerts.atom")
    updated = max((a["time"] for a in alerts), default=None) or \
        datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    _sub(feed, "updated", updated)
    _sub(feed, "link", rel="self", href=f"{base}/alerts.atom", type="application/atom+xml")
    _sub(feed, "link", rel="alternate", href=f"{base}/new", type="text/html")
    author = _sub(feed, "author")
    _sub(author, "name", "diplograph")
    _sub(feed, "generator", "diplograph", **({"version": version} if version else {}))
    for a in alerts:
        entry = _sub(feed, "entry")
        _sub(entry, "id", f"urn:diplograph:alert:{a['id']}")
        _sub(entry, "title", a.get("message", a["id"]))
        _sub(entry, "updated", a["time"])
        events = a.get("events") or []
        href = f"{base}/event/{events[0]}" if events else f"{base}/new#{a['id']}"
        _sub(entry, "link", rel="alternate", href=href, type="text/html")
        _sub(entry, "category", term=a.get("kind", ""), label=f"rule: {a.get('rule', '')}")
        _sub(entry, "summary", _summary(a), type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
