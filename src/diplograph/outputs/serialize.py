"""JSON shapes of in-memory records (the same contract as the store's exports)."""

from __future__ import annotations

from typing import Any

from diplograph.records import ActorRef, Event


def actor_json(ref: ActorRef | None) -> dict[str, Any] | None:
    return None if ref is None else ref.as_json()


def event_json(ev: Event, text: str | None = None, doc: str | None = None) -> dict[str, Any]:
    """An event as a JSON-ready dict; ``text`` is the coded text (for sentence snippets)."""
    return {
        "type": ev.type, "act_type": ev.act_type, "mode": ev.mode, "context": ev.context,
        "date": ev.date.value, "date_precision": ev.date.precision, "date_text": ev.date.text,
        "date_anchor": ev.date.anchor, "date_end": ev.date.end, "date_end_precision": ev.date.end_precision,
        "source": actor_json(ev.source), "target": actor_json(ev.target),
        "negated": ev.negated, "modality": ev.modality, "reported_by": actor_json(ev.reported_by),
        "intensity": ev.intensity, "quad": ev.quad, "trigger": ev.trigger, "line": ev.line,
        "mentions": [{"doc": doc, "sentence": ev.sentence, "start": ev.start, "end": ev.end}] + [
            {"doc": doc, "sentence": r.sentence, "start": r.start, "end": r.end, "trigger": r.trigger,
             "source": actor_json(r.source), "target": actor_json(r.target), "retells": r.retell_reason}
            for r in ev.retold],  # the act told again in the text (``diplograph.code`` folds them)
        "content": [{"type": c.type, "act_type": c.act_type, "mode": c.mode, "source": actor_json(c.source),
                     "target": actor_json(c.target), "modality": c.modality, "negated": c.negated,
                     "trigger": c.trigger, "date": c.date.value} for c in ev.content],
    }
