"""Whom an act of force falls on when the clause telling it hangs on a weapon another actor stopped: "X
intercepted the missiles that Y fired", "X shot down 20 of the drones launched by Y", "the rockets Y fired were
intercepted by X": X, the one the weapons were fired at. Only where the act names no target of its own.

Grammar only: which verbs stop a weapon and which nouns name one are data (``stopping_verbs``,
``projectile_nouns`` in ``data/grammar.yaml``); the coder asks this for acts of force only.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar


def _stops(verb: Token) -> bool:
    """The verb stops a weapon: its lemma, or its lemma with its particle ("shoot down")."""
    lemma = verb.lemma_.lower()
    words = grammar().stopping_verbs
    return lemma in words or any(f"{lemma} {p.lower_}" in words for p in cl.children(verb, ("prt",)))


def interceptors(tok: Token, res, sources: list) -> list:
    """The actors that stopped the weapon the relative or participial clause of ``tok`` is said of."""
    noun = tok.head
    if tok.dep_ not in ("relcl", "acl") or noun.i == tok.i or noun.lemma_.lower() not in grammar().projectile_nouns:
        return []
    holder = noun  # "20 of the drones ...", "most of the missiles ...": the part counted is what was stopped
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in (*cl.OBJ, *cl.PASS_SUBJ):
        holder = noun.head.head
    verb = holder.head
    if holder.dep_ in cl.OBJ and _stops(verb):
        stoppers = cl.subject_mentions(verb, res)
    elif holder.dep_ in cl.PASS_SUBJ and _stops(verb):  # "... were shot down by X"
        stoppers = [m for a in cl.children(verb, ("agent",)) for o in cl.children(a, ("pobj",))
                    for m in cl.actor_mentions(o, res)]
    else:
        return []
    return others(stoppers, sources)


def others(found: list, sources: list) -> list:
    """The mentions of ``found`` that are not the act's own doers (``sources``): not the same party, not the same words."""
    return [m for m in found if not any(cl.same_side(m.actor, s.actor) or m.token_start == s.token_start for s in sources)]
