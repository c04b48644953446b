"""A state's justice told without its doer: an arrest, an investigation, a charge or a conviction of a
person of a state, with no doer named or only an unnamed authority ("X was arrested on Sunday",
"authorities are investigating former president X", "police detained X", "condemned Monday's arrest of
X"), is that state's act; the person under it stands for no office of that state. Not where the clause
names a place of another state (an arrest abroad) or the people acted on belong to several states.

Grammar only: which acts are a state's justice is data (``home_justice`` in ``data/grammar.yaml``).
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.extract.actors.words import STATE_SECTORS
from diplograph.extract.events.homestates import _state_of, state_name
from diplograph.extract.events.modality import reporting_verb
from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar

FORCE_SECTORS = frozenset({"MIL", "COP"})  # a state's forces and police


def _justice(trig) -> bool:
    wanted = grammar().home_justice  # "type mode" or "type context" (the lists are read lower-cased)
    return f"{trig.type} {trig.mode}".lower() in wanted or f"{trig.type} {trig.context}".lower() in wanted


def _unnamed_authority(m, res) -> bool:
    """ "police", "authorities", "prosecutors": a state's organ named by no state (a generic actor, or an
    office holders' body of the text's own: ``actors/offices.py``)."""
    a = m.actor
    told = a.actor_id.startswith(cl.GENERIC_PREFIX) or any(n.actor_id == a.actor_id for n in getattr(res, "new_actors", ()))
    return told and not a.country and a.sector in STATE_SECTORS


def _abroad(tok, country: str, res) -> bool:
    """The clause names a place of another state ("was arrested in Moscow", "the arrest in Iran of X")."""
    holders = [tok, *cl.patients_of(tok)] if tok.pos_ in ("VERB", "AUX") else [tok]
    places = [o for h in holders for o in cl.prep_objects(h, tuple(grammar().place_preps))]
    return any((m.actor.country or m.actor.actor_id) != country
               for o in places for m in cl.actor_mentions(o, res) if m.actor.kind == "state")


def _own_answer(tok, people: list, res) -> bool:
    """ "X rejected the charge", "X appealed his conviction": the noun of an act the person acted on
    answers, told by that person (an allegation of someone else's, no act of a state told here)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in cl.OBJ or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    subj = cl.subject_of(tok.head)
    ids = {p.actor.actor_id for p in people}
    return subj is not None and any(m.actor.actor_id in ids for m in cl.actor_mentions(subj, res))


def home_justice(trig, tok, sources: list, targets: list, res) -> tuple[list, list]:
    """(sources, targets) of an act of justice, the state of the people it falls on as its doer where none
    is named (see the module)."""
    if not targets or not _justice(trig) or (sources and not all(_unnamed_authority(s, res) for s in sources)):
        return sources, targets
    people = [t for t in targets if t.actor is not None and t.actor.kind == "person" and t.actor.country]
    countries = {t.actor.country for t in people}
    if len(people) != len(targets) or len(countries) != 1 or _abroad(tok, next(iter(countries)), res) \
            or _own_answer(tok, people, res):
        return sources, targets
    state = _state_of(people[0].actor, res)
    state = replace(state, sector=sources[0].actor.sector) if sources else state  # ("police": its police)
    held = [replace(t, actor=replace(t.actor, via=None, sector=None)) for t in targets]
    return [replace(people[0], actor=state)], held


def reported_force(m, tok, res, reporting: frozenset[str]):
    """ "A spokesman for the Nigerian army said troops had killed ...", "Israel's military said soldiers had
    ...": forces or police named by no country, in what a state's own side reports, are that state's."""
    actor = getattr(m, "actor", None)
    if actor is None or not actor.actor_id.startswith(cl.GENERIC_PREFIX) or actor.country \
            or actor.sector not in FORCE_SECTORS:
        return m
    verb = reporting_verb(tok, reporting)
    said_by = cl.subject_of(verb) if verb is not None else None
    states = {s.actor.via or s.actor.country for s in (cl.actor_mentions(said_by, res) if said_by is not None else ())
              if s.actor.kind in ("state", "person") and (s.actor.via or s.actor.country)}
    if len(states) != 1:
        return m
    state = next(iter(states))
    return replace(m, actor=replace(actor, actor_id=state, country=state, kind="state",
                                    name=state_name(state, res)))
