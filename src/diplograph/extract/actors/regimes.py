"""Governments over time, checked against each event's own date.

Actor resolution reads a capital, a seat or a state acting as a state as the group governing it at
the document's date (the Taliban for "Kabul" in a 2022 article).  An event the text dates outside
that group's time in government ("left Kabul in 1989") was an act of, or on, the state itself:
:func:`redate_governments` gives such sides back to the state.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable

from diplograph.extract.actors.gazetteer import place_named
from diplograph.extract.actors.kb import KnowledgeBase
from diplograph.records import ActorRef, Event, PartialDate, TimeRef

OPEN = ".."  # the end of a span that runs on (TimeRef.end: "since 2015")


def _key(value: str, upper: bool) -> tuple[int, int, int]:
    """The first (or, ``upper``, the last) day a partial date covers: "2021" runs from 1 January to
    31 December."""
    d = PartialDate.parse(value)
    if upper:
        return (d.year, d.month or 12, d.day or 31)
    return (d.year, d.month or 1, d.day or 1)


def _span(date: TimeRef) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The days an event's date covers: all of its period ("2021": the year), to the end of its span
    when it has one ("1996-2001"; an open end runs on)."""
    lo = _key(date.value, upper=False)  # type: ignore[arg-type]
    if date.end == OPEN:
        return lo, (9999, 12, 31)
    return lo, _key(date.end or date.value, upper=True)  # type: ignore[arg-type]


def _governs(kb: KnowledgeBase, actor_id: str, country: str, date: TimeRef, before: bool = False) -> bool | None:
    """Whether ``actor_id`` governed ``country`` at some time of ``date``'s period (a date given as
    "2021" overlaps a government that began in August 2021); None when it never did.  ``before``:
    whether it already governed when the period began (what a seizure of power falls on is the
    government it ends: "the 2013 takeover of the Egyptian government" is not a takeover of the Taliban)."""
    actor = kb.get(actor_id)
    if actor is None or actor.kind == "state":
        return None
    roles = [r for r in actor.roles if r.governs(country)]
    if not roles:
        return None
    try:
        lo, hi = _span(date)
    except ValueError:
        return None
    if before:
        hi = lo
    for r in roles:
        start = _key(r.start, upper=False) if r.start else (0, 1, 1)
        end = None if r.end is None else _key(r.end, upper=len(r.end) < 10)  # a full-date end is exclusive
        if (start < hi if before else start <= hi) and (end is None or lo < end or len(r.end or "") < 10 and lo <= end):
            return True
    return False


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
    """Give back to the state the sides of dated events that fall outside the governing group's time
    (for a seizure of power, the time before it), name a state side built from a country code, and take from
    a group governing a state the place of that state named as its target (its own place, not another party;
    the people it acts on, "barred Afghan women", stay)."""
    for ev in events:
        date = ev.date if ev.date is not None and ev.date.value else None
        for name in ("source", "target"):
            side = getattr(ev, name)
            entry = kb.get(side.actor_id) if side is not None and side.kind == "state" else None
            if entry is not None and side.name == side.actor_id:
                # a state side built from a country code (the doer's own state) takes its name
                side = replace(side, name=entry.name)
                setattr(ev, name, side)
            seized = name == "target" and ev.mode == "seize"
            if date is None or side is None or not side.country or \
                    _governs(kb, side.actor_id, side.country, date, before=seized) is not False:
                continue
            state = _state_named(kb, side)
            if state is not None:
                setattr(ev, name, state)
        src, tgt = ev.source, ev.target
        if date is not None and src is not None and tgt is not None and tgt.kind == "state" and place_named(tgt.text) \
                and _governs(kb, src.actor_id, tgt.actor_id, date, before=True):
            ev.target = None  # a place of the state a group has governed since before the act's period is its own:
            # no other party ("Taliban fighters protested in Herat" in 2024; in early 2021 Herat was the government's)


OPEN_WORLD = "*open"  # in a kin set: the side is a description the knowledge base does not hold
NOW_DATE = "now"  # the date of a government named as the one in place in a text of unknown date


def kinship(kb: KnowledgeBase) -> Callable[[ActorRef, str | None], frozenset[str]]:
    """Whom a side may stand for when a text retells an ongoing relation (talks, contacts,
    cooperation) in other words: the actor itself; for a state, the group governing it at the date
    the text gives the act ("the dialogue with the Afghan government" in 2022 and "talks with the
    Taliban"; none without a date);
    a group and an open description of its country's people of that kind ("the Afghan militants"
    for the Taliban), which is marked :data:`OPEN_WORLD`."""
    rulers: dict[str, list[str]] = {}  # state -> the groups that ever governed it
    for actor in kb:
        for role in actor.roles:
            if actor.kind != "state" and role.governs() and role.of and actor.id not in rulers.get(role.of, ()):
                rulers.setdefault(role.of, []).append(actor.id)

    def kin(side: ActorRef, date: str | None) -> frozenset[str]:
        own = side.via or side.actor_id
        out = {own}
        entry = kb.get(side.actor_id)
        if entry is None:
            out.add(OPEN_WORLD)
            if side.country and side.kind != "state" and side.country != side.actor_id:
                out.add(f"people of {side.country}")
        elif entry.kind == "state" and not side.via:
            if date == NOW_DATE:  # "the new government" of a text of unknown date: the one in place now
                out.update(g.id for g in kb.governments_of(entry.id, None))
            elif date:
                when = TimeRef(date, None, None, "none")
                out.update(g for g in rulers.get(entry.id, ()) if _governs(kb, g, entry.id, when))
        elif entry.kind != "state" and not side.via and entry.country and entry.country != entry.id:
            out.add(f"people of {entry.country}")
        return frozenset(out)
    return kin
