"""Acts told from the receiving side: "Niger received two drones from Turkey", "Cuba took delivery of
Russian crude".

A trigger entry marked ``receiver`` (triggers.yaml) names an act whose grammatical subject is the one it
is done to; the act's doer, its giver, is named by a "from" phrase (on the verb, on what is received or
on that thing's "of" object) or, failing one, by a national or possessive modifier of what is received
("Russian crude", "Turkey's drones"). Which entries receive is semantics, kept in the lexicon; this
module only reads the parse.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.tokens import kids

MODIFIERS = ("amod", "compound", "poss", "nmod")


def _things(verb: Token) -> list[Token]:
    """What is received: the verb's objects and, down their chain of "of" phrases, the things those
    measure or hold ("delivery of 100,000 tonnes of crude")."""
    things = [o for o in cl.patients_of(verb) if o.pos_ in ("NOUN", "PROPN", "NUM")]
    things += cl.prep_objects(verb, ("of",)) if things else []  # "took delivery on Monday of X": hung on the verb
    for thing in things:  # (the list grows as it is read)
        things += [p for p in cl.prep_objects(thing, ("of",)) if p not in things][:1] if len(things) < 6 else []
    return things


def givers(verb: Token, res, receivers: list) -> list:
    """Who gives what ``verb`` receives (never one of ``receivers``' own side)."""
    things = _things(verb)
    found = [m for h in (verb, *things) for pobj in cl.prep_objects(h, ("from",)) for m in cl.actor_mentions(pobj, res)]
    if not found:  # "took delivery of Russian crude", "received Turkey's drones"
        found = [m for t in things for c in kids(t) if c.dep_ in MODIFIERS and c.i < t.i
                 for m in cl.actor_mentions(c, res)]
    return [m for m in found if not any(cl.same_side(m.actor, r.actor) for r in receivers)]


def received(cand, res):
    """The candidate of a ``receiver`` entry with its sides turned: the giver acts on the subject
    (none named, the act has no source); any other candidate is returned unchanged."""
    if not cand.trigger.receiver or cand.token.pos_ not in ("VERB", "AUX"):
        return cand
    receivers = cand.sources
    return replace(cand, sources=givers(cand.token, res, receivers), targets=receivers)
