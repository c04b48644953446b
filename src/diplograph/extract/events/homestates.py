"""The state an actor or a place belongs to, standing in for it as a side: "the Taliban took Kabul" falls on
Afghanistan's government, "the Taliban takeover" is of their own state, "Kenyan doctors went on strike" is aimed at
Kenya's government; a state acting as itself has none."""

from __future__ import annotations

from dataclasses import replace

from diplograph.nlp import clauses as cl
from diplograph.records import ActorRef


def state_name(code: str, res) -> str:
    """The state ``code`` named as the document names it, else by its code."""
    return next((m.actor.name for m in getattr(res, "mentions", ()) if m.actor.actor_id == code), code)


def _state_of(actor: ActorRef, res) -> ActorRef:
    """The government of ``actor``'s country, at ``actor``'s place in the text (named as the
    document names it, else by its code)."""
    named = state_name(actor.country, res)
    return ActorRef(actor.country, named, actor.text, actor.start, actor.end, country=actor.country,
                    sector="GOV", kind="state")


def state_of_place(target, sources: list, res):
    """ "The Taliban took Kabul": a capital resolves to the government of the text's date, which
    may be the taker itself; the act then falls on the state the capital belongs to."""
    actor = getattr(target, "actor", None)
    if (getattr(target, "how", None) not in ("capital", "seat") or actor is None or not actor.country
            or actor.country == actor.actor_id
            or not any(s.actor is not None and cl.same_side(actor, s.actor) for s in sources)):
        return target
    return replace(target, actor=_state_of(actor, res))


def own_states(sources: list, res, single: bool = False) -> list:
    """ "the Taliban takeover", "the army seized power": the states of the doers (a group, an army
    or a person of a state; a state itself has none here); ``single``: none unless they are one state
    ("Kenyan doctors went on strike"; "Kenyan and Ugandan students marched" address no one government)."""
    out = []
    for s in sources:
        actor = getattr(s, "actor", None)
        if actor is None or not actor.country or acting_state(actor) or (single and actor.kind == "group"):
            continue  # a state acting as itself; a named group ("Hamas", the Taliban governing) is no crowd of its people
        state = _state_of(actor, res)
        if all(o.actor.actor_id != state.actor_id for o in out):
            out.append(replace(s, actor=state))
    many = len({getattr(s.actor, "country", None) for s in sources} - {None}) > 1
    return [] if single and many else out


def acting_state(actor) -> bool:
    """A state acting as itself (its government), not a group or the people of a state."""
    return actor.country in (actor.actor_id, actor.via) and actor.kind == "state" and actor.sector in (None, "GOV")


def governing(actor) -> bool:
    """A group read as the government of its state at the text's date ("Kabul" for the Taliban)."""
    return actor.kind == "group" and actor.sector == "GOV" and bool(actor.country)


# (kind, sector) of an actor acting as a state's government: a group governing one ("Kabul" for the Taliban) too
STATE_ACTING = frozenset({("state", None), ("state", "GOV"), ("igo", None), ("igo", "GOV"), ("group", "GOV")})


def government(mention) -> bool:
    """A state or intergovernmental body acting as such, not its people ("Kenyans", "Iranian students")."""
    actor = mention.actor
    if (getattr(actor, "kind", None), getattr(actor, "sector", None)) not in STATE_ACTING:
        return False
    return not (mention.how == "demonym" and len(actor.text.split()) == 1)
