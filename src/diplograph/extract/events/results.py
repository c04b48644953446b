"""Whom an act done in deed falls on when only the participle telling its result names it: "X carried out
airstrikes on Sunday, killing 12 civilians", "X's forces attacked, seizing Y's positions": the act falls on whom
the participle, an act of its own sharing the act's subject and set off by a comma, acts on. Only where the act
names no target of its own; never across a subordinator ("after killing ...") or a participle with its own subject.

Grammar only: which types take a target so (``result_types`` in ``data/grammar.yaml``) is data, and the
participle must itself be a trigger of such a type (the coder's matcher, ``match``).
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.events.intercepted import others
from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar


def result_targets(tok: Token, res, sources: list, match) -> list:
    """The actors the result participle of the clause of ``tok`` (a verb, or the object of a light verb) acts on."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in cl.OBJ else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    for part in cl.children(verb, ("advcl",)):
        if part.tag_ != "VBG" or part.i < verb.i or part.doc[part.i - 1].text != "," \
                or cl.children(part, (*cl.SUBJ, *cl.PASS_SUBJ, "mark", "aux", "neg")):
            continue
        trig = match(part)
        if trig is None or trig.type not in grammar().result_types:
            continue
        found = others([m for o in cl.patients_of(part) for m in cl.actor_mentions(o, res)], sources)
        if found:
            return found
    return []
