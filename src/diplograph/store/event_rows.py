"""Rows of the events and event_mentions tables for one document's events (used by the store's writer)."""

from __future__ import annotations

import hashlib
from typing import Any

from diplograph.records import ActorRef, Event


def event_key(ev: Event, doc_id: str) -> str:
    """Identity of the real-world event a mention tells.

    Mentions with the same type, actors, date and polarity are one event (a first,
    exact merge rule; :mod:`diplograph.store.merge_plan` may regroup them later).  Undated or
    one-sided mentions stay their own event.
    """
    src = ev.source.actor_id if ev.source else None
    tgt = ev.target.actor_id if ev.target else None
    if src and tgt and ev.date.value:
        raw = f"{ev.type}|{src}|{tgt}|{ev.date.value}|{int(ev.negated)}|{ev.modality}"
    else:
        raw = f"{doc_id}|{ev.sentence}|{ev.start}|{ev.end}|{ev.type}|{src}|{tgt}"
    return "ev_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def row_id(prefix: str, *parts: Any) -> str:
    raw = "|".join(str(p) for p in parts)
    return prefix + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def event_rows(doc_id: str, events: list[Event], canon: dict[str, dict[str, Any]],
                mentions: dict[str, dict[str, Any]]) -> None:
    """Add one document's canonical-event rows (first wins) and mention rows to ``canon``/``mentions``."""
    ids = [row_id("em_", doc_id, ev.sentence, ev.start, ev.end, ev.type, _aid(ev.source), _aid(ev.target))
           for ev in events]
    for k, ev in enumerate(events):
        key = event_key(ev, doc_id)
        canon.setdefault(key, {
            "event_id": key, "type": ev.type, "act_type": ev.act_type, "mode": ev.mode, "context": ev.context,
            "source_id": _aid(ev.source), "target_id": _aid(ev.target), "date": ev.date.value,
            "source_via": ev.source.via if ev.source else None,
            "target_via": ev.target.via if ev.target else None,
            "date_precision": ev.date.precision, "date_text": ev.date.text, "date_anchor": ev.date.anchor,
            "date_end": ev.date.end, "date_end_precision": ev.date.end_precision,
            "negated": ev.negated, "modality": ev.modality, "intensity": ev.intensity, "quad": ev.quad,
            "merge_reason": None,
        })
        mention_id = ids[k]
        retells = ids[ev.retells] if ev.retells is not None and 0 <= ev.retells < len(ids) else None
        # de-duplicate mention ids inside one document (identical clause coded twice): last wins
        mentions[mention_id] = {
            "mention_id": mention_id,
            "event_id": key, "doc_id": doc_id, "sentence": ev.sentence, "start": ev.start, "end": ev.end,
            "trigger": ev.trigger, "type": ev.type, "act_type": ev.act_type, "mode": ev.mode,
            "context": ev.context,
            "source_id": _aid(ev.source), "source_text": ev.source.text if ev.source else None,
            "source_sector": ev.source.sector if ev.source else None,
            "source_via": ev.source.via if ev.source else None,
            "source_implied": bool(ev.source and ev.source.implied),
            "target_id": _aid(ev.target), "target_text": ev.target.text if ev.target else None,
            "target_sector": ev.target.sector if ev.target else None,
            "target_via": ev.target.via if ev.target else None,
            "target_implied": bool(ev.target and ev.target.implied),
            "negated": ev.negated, "modality": ev.modality,
            "reported_by": _aid(ev.reported_by), "intensity": ev.intensity, "quad": ev.quad,
            "date": ev.date.value, "date_precision": ev.date.precision,
            "date_text": ev.date.text, "date_anchor": ev.date.anchor,
            "date_end": ev.date.end, "date_end_precision": ev.date.end_precision,
            "retells": retells if retells != mention_id else None,
            "retell_reason": ev.retell_reason if retells not in (None, mention_id) else None,
            "content_of": ids[ev.content_of] if ev.content_of is not None and 0 <= ev.content_of < len(ids)
            and ev.content_of != k else None,
        }


def _aid(ref: ActorRef | None) -> str | None:
    return ref.actor_id if ref else None
