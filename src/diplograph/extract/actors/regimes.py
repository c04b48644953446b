"""Governments over time, checked against each event's own date.

Actor resolution reads a capital, a seat or a state acting as a state as the group governing it at
the document's date (the Taliban for "Kabul" in a 2022 article).  An event the text dates outside
that group's time in government ("left Kabul in 1989") was an act of, or on, the state itself:
:func:`redate_governments` gives such sides back to the state.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from diplograph.extract.actors.kb import KnowledgeBase
from diplograph.records import ActorRef, Event


def _governs(kb: KnowledgeBase, actor_id: str, country: str, date: str) -> bool | None:
    """Whether ``actor_id`` governed ``country`` at ``date``; None when it never did."""
    actor = kb.get(actor_id)
    if actor is None or actor.kind == "state":
        return None
    roles = [r for r in actor.roles if r.governs(country)]
    if not roles:
        return None
    return any(r.covers(date) for r in roles)


def _state_named(kb: KnowledgeBase, side: ActorRef) -> ActorRef | None:
    """The state the side's own words name ("Kabul", "Afghanistan", "the Afghan government")."""
    country = side.country
    if not country or not side.text:
        return None
    state = kb.get(country)
    if state is None or state.kind != "state":
        return None
    words = side.text.lower()
    group = kb.get(side.actor_id)
    if group is not None and any(f.lower() in words for f in (group.name, *group.aliases) if f):
        return None  # the text names the group itself ("the Afghan Taliban")
    forms = {f.lower() for f in (state.name, *state.aliases, *state.demonyms, *state.capitals, *state.seats)}
    if not any(f and f in words for f in forms):
        return None
    return replace(side, actor_id=state.id, name=state.name, country=state.id, sector="GOV", kind="state", via=None)


def redate_governments(events: Iterable[Event], kb: KnowledgeBase) -> None:
    """Give back to the state the sides of dated events that fall outside the governing group's time."""
    for ev in events:
        date = ev.date.value if ev.date is not None else None
        if not date:
            continue
        for name in ("source", "target"):
            side = getattr(ev, name)
            if side is None or not side.country or _governs(kb, side.actor_id, side.country, date) is not False:
                continue
            state = _state_named(kb, side)
            if state is not None:
                setattr(ev, name, state)
