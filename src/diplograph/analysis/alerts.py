"""Alerts: the records an alert rule raises, what is new since a time, and the alerts already fired.

An :class:`Alert` cites the events (ids) and the sentences and documents that raised it.  *New*
means told by a document stored (``documents.ingested_at``) at or after ``since``; ``since=None``
makes everything new.  Each alert's id is made from its rule, kind and evidence, and the fired
ones are kept in the store (``alerts`` table, written by
:meth:`diplograph.store.alert_table.AlertTable.record_alerts`), so the same evidence never alerts
twice.  The rule kinds themselves are in :mod:`diplograph.analysis.alert_kinds`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from diplograph.analysis import queries
from diplograph.store.database import Store

Warn = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Citation:
    """A sentence an alert rests on: an event's mention, or a claim (``value``)."""

    doc: str
    doc_title: str | None
    sentence: int | None
    text: str | None
    event: str | None = None
    mention: str | None = None
    value: str | None = None  # the value a claim gives (contradictions)
    new: bool = True  # told by a document stored since the check's ``since``


@dataclass(slots=True)
class Alert:
    """One alert: which rule raised it, about what, why (``message``), and the evidence."""

    id: str
    rule: str
    kind: str
    message: str
    time: str  # when it was raised: ISO 8601, UTC
    dyad: list[dict[str, str]] | None  # two {"id", "name"}, or None
    events: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def mentions(self) -> list[str]:
        """The event mention ids the alert cites."""
        return [c.mention for c in self.citations if c.mention]

    def to_json(self) -> dict[str, Any]:
        """The alert as one JSON object (what a JSON line, the store and a webhook carry)."""
        return {"id": self.id, "rule": self.rule, "kind": self.kind, "time": self.time, "message": self.message,
                "dyad": self.dyad, "events": list(self.events),
                "citations": [asdict(c) for c in self.citations], "details": self.details}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Alert":
        return cls(id=data["id"], rule=data["rule"], kind=data["kind"], message=data["message"],
                   time=data["time"], dyad=data.get("dyad"), events=list(data.get("events") or []),
                   citations=[Citation(**c) for c in data.get("citations") or []],
                   details=dict(data.get("details") or {}))


def alert_id(*parts: Any) -> str:
    """The deterministic id of an alert: the same rule, kind and evidence give the same id."""
    raw = "|".join(str(p) for p in parts)
    return "al_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def utc_text(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def aware(moment: datetime | None) -> datetime | None:
    """``moment`` with a time zone (a naive one is taken as local time)."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.astimezone()


class Check:
    """One evaluation of the rules over a store: what is new since ``since``, names, fired alerts."""

    def __init__(self, store: Store, since: datetime | None, warn: Warn | None = None) -> None:
        self.store, self.since = store, aware(since)
        self.now = utc_text(datetime.now(timezone.utc))
        self.warn = warn or (lambda message: None)
        self.everything = self.since is None
        self.new_docs: set[str] = set()
        self.new_actors: set[str] = set()  # actors of the new event mentions (sources, targets, via)
        self.new_claims = False
        if not self.everything:
            self.new_docs = {r[0] for r in store.con.execute(
                "SELECT doc_id FROM documents WHERE ingested_at::TIMESTAMPTZ >= ?::TIMESTAMPTZ",
                [self.since]).fetchall()}
            if self.new_docs:
                docs = sorted(self.new_docs)
                self.new_actors = {r[0] for r in store.con.execute(
                    "SELECT DISTINCT unnest([source_id, target_id, source_via, target_via]) FROM event_mentions "
                    "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [docs]).fetchall() if r[0]}
                self.new_claims = bool(store.scalar(
                    "SELECT count(*) FROM claims WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [docs]))
        self._names: dict[str, str] = {}

    @property
    def anything_new(self) -> bool:
        return self.everything or bool(self.new_docs)

    def is_new(self, doc: str | None) -> bool:
        return self.everything or doc in self.new_docs

    def touches(self, *actor_ids: str) -> bool:
        """Whether new event mentions may involve one of these actors (always, when all is new)."""
        return self.everything or bool(self.new_actors & set(actor_ids))

    def resolve(self, rule_name: str, name: str) -> str | None:
        """An actor id for a name in a rule; None (and a warning) while no stored actor matches."""
        try:
            return queries.find_actor(self.store, name)
        except queries.QueryError:
            self.warn(f"rule {rule_name!r}: no stored actor matches {name!r} yet; the rule waits for one")
            return None

    def name(self, actor_id: str) -> str:
        if actor_id not in self._names:
            info = queries._actor_info(self.store, [actor_id])
            self._names[actor_id] = info.get(actor_id, {}).get("name", actor_id)
        return self._names[actor_id]

    def party(self, actor_id: str) -> dict[str, str]:
        return {"id": actor_id, "name": self.name(actor_id)}

    def fired(self, ids: Iterable[str]) -> set[str]:
        """Which of these alert ids have fired before."""
        ids = sorted(set(ids))
        if not ids:
            return set()
        return {r[0] for r in self.store.con.execute(
            "SELECT alert_id FROM alerts WHERE alert_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}

    def cited(self, rule: str) -> set[str]:
        """The event mentions earlier alerts of this rule cited."""
        return {r[0] for r in self.store.con.execute(
            "SELECT DISTINCT unnest(mentions) FROM alerts WHERE rule = ?", [rule]).fetchall() if r[0]}

    def event_citations(self, events: list[dict[str, Any]]) -> list[Citation]:
        """Every source sentence of these events (export-contract dicts with their mentions)."""
        return [Citation(doc=m["doc"], doc_title=m.get("doc_title"), sentence=m.get("sentence"), text=m.get("text"),
                         event=ev["id"], mention=m.get("id"), new=self.is_new(m["doc"]))
                for ev in events for m in ev.get("mentions") or []]


def event_phrase(ev: dict[str, Any]) -> str:
    """``Russia → Taliban: ASSAULT, 2024-03-02`` (with the modality when it did not happen)."""
    src = (ev.get("source") or {}).get("name") or "—"
    tgt = (ev.get("target") or {}).get("name") or "—"
    how = "negated" if ev.get("negated") else ev.get("modality")
    extra = "" if how in (None, "asserted") else f" ({how})"
    return f"{src} → {tgt}: {ev['type']}{extra}, {ev.get('date') or 'undated'}"


def recent_alerts(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    """The latest fired alerts, newest first (those raised together in rule order), as JSON objects."""
    rows = store.query("SELECT body FROM alerts ORDER BY raised_at DESC, rowid LIMIT ?", [int(limit)])
    return [json.loads(r["body"]) for r in rows]


def recent_events(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    """Events told by the most recently stored documents, newest document first (at most ``limit``);
    each with ``added``, when its latest source document was stored (ISO 8601, UTC)."""
    rows = store.query(
        "WITH latest AS (SELECT doc_id, ingested_at::TIMESTAMPTZ AS added FROM documents "
        "ORDER BY ingested_at DESC, doc_id LIMIT ?) "
        "SELECT m.event_id, max(l.added) AS added FROM event_mentions m JOIN latest l ON l.doc_id = m.doc_id "
        "GROUP BY m.event_id ORDER BY added DESC, m.event_id LIMIT ?", [int(limit), int(limit)])
    added = {r["event_id"]: r["added"] for r in rows}
    evs = queries.events_by_id(store, added)
    for ev in evs:
        ev["added"] = utc_text(added[ev["id"]]) if added.get(ev["id"]) else None
    return sorted(evs, key=lambda e: (e["added"] or "", e["id"]), reverse=True)
