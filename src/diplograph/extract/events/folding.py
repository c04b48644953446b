"""One event per act for ``diplograph.code()``: a document's tellings folded by the links
:mod:`.identity` made (``retells``), as the store merges them (:mod:`diplograph.store.merge_plan`)."""

from __future__ import annotations

from dataclasses import replace

from diplograph.records import Event


def fold(events: list[Event]) -> list[Event]:
    """One event per act: the telling that names it best, with the most precise date its tellings
    agree on and ``retold`` holding the others; the content of a speech act (``content_of``) is also
    listed under it in ``content`` (``diplograph.code()``; it stays an event, with its own value)."""
    out: list[Event] = []
    groups: dict[int, list[Event]] = {}
    contents: dict[int, list[Event]] = {}
    for k, ev in enumerate(events):
        groups.setdefault(k if ev.retells is None else ev.retells, []).append(ev)
        if ev.content_of is not None and ev.retells is None and 0 <= ev.content_of < len(events):
            contents.setdefault(ev.content_of, []).append(ev)
    for k, ev in enumerate(events):
        if ev.retells is not None:
            continue
        others = [e for e in groups[k] if e is not ev]
        best = max((e.date for e in groups[k] if e.date.value and ev.date.value and
                    e.date.value.startswith(ev.date.value)), key=lambda d: len(d.value or ""), default=ev.date)
        if not ev.date.value:
            best = next((e.date for e in others if e.date.value), ev.date)
        if others or best is not ev.date or k in contents:
            ev = replace(ev, date=best, retold=others, content=ev.content + contents.get(k, []))
        out.append(ev)
    return out
