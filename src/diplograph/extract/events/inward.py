"""Acts a state does within itself: a sanction or coercion put on its own office or agency ("Sri Lanka
suspended the head of its police", "the government sacked its intelligence chief", "suspended the director
of its Criminal Investigation Department") is no event between parties.  The office is named by a noun of
grammar.yaml ``office_nouns``, and every actor named in it is the doer's: owned by a possessive that
stands for the doer ("its", "the country's").  A withdrawal ("recalled its ambassador") still answers the
host, and an act with a recipient of another side is kept.  A meeting or a request whose every named
recipient is an official or organ of the doer's own state ("the army chief briefed the prime minister", "the
president met his defence minister") is no event between parties either.
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.extract.events.pairs import own_organ
from diplograph.extract.events.recipients import own_forces
from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids

# acts that, done by a state to its own officials or organs, tell nothing between parties
INWARD_TYPES = frozenset({"COERCE", "SANCTION"})
# acts between officials of one state ("Pakistan's army chief briefed the prime minister", "the president
# met his defence minister"): told within one state, no event between parties
WITHIN_TYPES = frozenset({"CONSULT", "REQUEST"})


def inward(cand, doc: Doc, res) -> bool:
    """The candidate's act falls on the doer's own office or agency only (a meeting or request: on its own
    officials only)."""
    trig = cand.trigger
    patients = cl.patients_of(cand.token)
    if trig.type in WITHIN_TYPES and patients and cand.sources:
        if not all(o.pos_ == "PROPN" or o.lemma_.lower() in grammar().office_nouns for o in patients):
            return False  # ("demanded its release": an act asked of another, whoever "its" is)
        found = [m for o in patients for m in cl.actor_mentions(o, res)]
        return bool(found) and all(any(cl.same_side(m.actor, s.actor) or own_organ(m.actor, s.actor) or
                                       own_organ(s.actor, m.actor) for s in cand.sources) for m in (*found, *cand.targets))
    if trig.type not in INWARD_TYPES or trig.mode == "withdraw" or not patients or \
            not all(o.lemma_.lower() in grammar().office_nouns for o in patients):
        return False
    own = {m.actor.actor_id for m in cand.sources}
    found = [m for o in patients for m in cl.actor_mentions(o, res)]
    return bool(own) and bool(found) and all(own_forces(m, doc, res, own) or _owned(m, doc, res, own)
                                             for m in (*found, *cand.targets))


def _owned(m, doc: Doc, res, own: set) -> bool:
    """An actor a possessive pronoun standing for the doer names as its own ("its Criminal Investigation
    Department": a named agency, which :func:`.recipients.own_forces` leaves to its own side)."""
    head = doc[m.token_end - 1]
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # ("its National Police Service": the mention may be a compound of the phrase)
    for c in kids(head):
        if c.dep_ == "poss" and c.pos_ == "PRON":
            owner = res.at_token(c.i)
            if owner is not None and owner.actor.actor_id in own:
                return True
    return False
