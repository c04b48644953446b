"""Implicit sides: the party an act is done to (or by) when the clause leaves it unsaid.

News tells a relationship as a sequence of acts between the same parties and leaves a side unsaid
where the reader knows it: "Somalia expelled the Ethiopian ambassador. It also closed two consulates"
(closed them on Ethiopia), "Armenia sent rescuers to Turkey. The team will help in the search"
(help Turkey). This is the implicit-argument problem of discourse semantics; the rule used here is
the simple, well-attested one: the missing side of a told act (asserted or reported, of a type whose
act falls on someone) is the counterpart of the known side

1. in the nearest earlier two-sided event of the document, within ``window`` sentences, that has
   the known side as one of its two parties; else
2. for a missing target only, in the document's leading relationship of that party: the pair of
   parties most often told together with it in two-sided events of the document, when one pair
   leads strictly. (An agent left unsaid far from any act of its target is usually unknown or
   unimportant to the writer: "a border gate was opened", "authorities are investigating X".)

A filled side is flagged ``implied`` (stored, exported and shown as such) so an analyst can weigh it,
and it never makes a self-loop or joins two government actors of one state. Parties are compared as the actor
a person acts for (``via``), so the president of X has X's counterparts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from diplograph.records import ActorRef, Event

TOLD = ("asserted", "reported")


def _party(a: ActorRef) -> str:
    return a.via or a.actor_id


def _country(a: ActorRef) -> str:
    return a.country or _party(a)


def _counterpart(ev: Event, party: str) -> ActorRef | None:
    """The other side of a two-sided event ``ev`` that has ``party`` as one side."""
    if ev.source is None or ev.target is None:
        return None
    if _party(ev.source) == party:
        return ev.target
    if _party(ev.target) == party:
        return ev.source
    return None


def _leading(events: list[Event]) -> dict[str, ActorRef]:
    """For each party: its counterpart in the document's leading relationship (when one leads)."""
    pairs: Counter = Counter()
    first: dict[str, ActorRef] = {}
    for ev in events:
        if ev.source is None or ev.target is None or ev.modality not in TOLD:
            continue
        a, b = _party(ev.source), _party(ev.target)
        if a == b:
            continue
        pairs[frozenset((a, b))] += 1
        first.setdefault(a, ev.source)
        first.setdefault(b, ev.target)
    best: dict[str, list[tuple[int, str]]] = {}
    for pair, n in pairs.items():
        a, b = tuple(pair)
        best.setdefault(a, []).append((n, b))
        best.setdefault(b, []).append((n, a))
    out = {}
    for party, options in best.items():
        options.sort(reverse=True)
        if len(options) == 1 or options[0][0] > options[1][0]:
            out[party] = first[options[0][1]]
    return out


def _implied(side: ActorRef) -> ActorRef:
    """The counterpart as an implied side: no span in the sentence."""
    return replace(side, start=-1, end=-1, implied=True)


def fill_implicit(events: list[Event], window: int = 2) -> list[Event]:
    """``events`` (one document, in document order) with implied sides filled where the rule above
    finds one; other events are returned unchanged."""
    leading = _leading(events)
    out: list[Event] = []
    for k, ev in enumerate(events):
        if ev.modality not in TOLD or (ev.source is None) == (ev.target is None):
            out.append(ev)
            continue
        known = ev.source if ev.source is not None else ev.target
        party = _party(known)
        found = None
        for prev in reversed(out[:k]):
            if prev.sentence < ev.sentence - window:
                break
            if prev.modality in TOLD:
                found = _counterpart(prev, party)
                if found is not None:
                    break
        if found is None and ev.source is not None:
            found = leading.get(party)
        if found is None or _party(found) == party or found.actor_id == known.actor_id or (
                _country(found) == _country(known) and found.sector == known.sector == "GOV"):
            out.append(ev)
            continue
        side = _implied(found)
        out.append(replace(ev, target=side) if ev.source is not None else replace(ev, source=side))
    return out
