"""Which side a place an act falls on stands for.

Taking a thing or a person (``placeless_modes`` in ``data/grammar.yaml``: "seized a tanker near X", "detained a
crew off X") falls on no place, only on the owner or the one taken. A disputed place (``data/gazetteer.yaml``
``disputed``, or a border crossing two states share, ``crossings``) an act that falls on a territory
(``territory_acts``: attacks, seizures, blockades, withdrawals) is done to by one of its claimants falls on the
other claimant ("Armenian guns shelled a town both claim": on the other); done
by a third party, or an act of another kind (talks, aid, arrests, a curfew), it names no side, unless the city
list puts the town in one country (then as for any town). Any other place goes to
:func:`homestates.state_of_place` for the acts that seize (``SEIZING``).
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.extract.actors.gazetteer import city_country, claimants
from diplograph.extract.actors.words import REGION_NOUNS
from diplograph.extract.events.homestates import _state_of, state_of_place
from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar

SEIZING = frozenset({"COERCE", "ASSAULT"})  # acts on a place: the place stands for its state



def _claimed(actor) -> frozenset[str]:
    """The claimants of the disputed place ``actor`` names ("the Donetsk region": those of Donetsk)."""
    words = (actor.text or "").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    found = claimants(" ".join(words)) if words else frozenset()
    if not found and len(words) > 1 and words[-1].lower() in REGION_NOUNS:
        found = claimants(" ".join(words[:-1]))
    return found


def territorial(trig) -> bool:
    """An act that falls on a territory (``territory_acts``): its type, or its type and mode, is listed."""
    acts = grammar().territory_acts
    return trig.type.upper() in acts or f"{trig.type} {trig.mode or ''}".upper().strip() in acts


def placed_side(target, trig, sources: list, res):
    """The side the place ``target`` stands for in the act ``trig`` done by ``sources`` (None: no side); a
    mention that names no disputed place is returned as :func:`state_of_place` reads it (for ``SEIZING``)."""
    actor = getattr(target, "actor", None)
    claim = _claimed(actor) if actor is not None and getattr(target, "how", None) == "place" \
        and actor.kind == "state" and actor.country in (actor.actor_id, None) else frozenset()
    if actor is None or actor.country not in claim:
        return state_of_place(target, sources, res) if trig.type in SEIZING else target
    if territorial(trig):
        doers = {c for s in sources for c in (getattr(s.actor, "country", None), getattr(s.actor, "via", None)) if c}
        other = claim - doers
        if doers & claim and len(other) == 1:
            state = _state_of(replace(actor, country=next(iter(other))), res)
            return replace(target, actor=state, how="place")
    return target if city_country(actor.text or "") == actor.actor_id else None  # (a town the city list places)


def placed_sides(pobj, trig, res, sources: list) -> list:
    """The actors ``pobj`` names, each place standing for the side :func:`placed_side` gives it (none dropped)."""
    return [p for m in cl.actor_mentions(pobj, res) for p in [placed_side(m, trig, sources, res)] if p is not None]


def placeless(trig) -> bool:
    """An act of taking a thing or a person (``placeless_modes``): the place where it is done is no target."""
    return (trig.mode or "").lower() in grammar().placeless_modes
