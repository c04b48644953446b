"""Whether an act of force's "from" phrase names where the force came from or the state of what it fell on.

The "from" phrase of an act of force (``origin_agent_types``) names where the force came from ("missiles fired
from Syria", "troops deployed from Belarus"): no recipient.  The object of a verb that wrecks or takes what it acts
on (``wreck_verbs``: "sank 20 fishing boats from Vietnam", "captured two soldiers from Ukraine") is the force's
patient, never its instrument, and a named "from" phrase there tells whose it is (the parser hangs it on the verb
or on the object alike): the recipient's state, as for an act of coercion ("seized three vessels from X").
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar

_NAMES = frozenset({"GPE", "NORP", "ORG"})


def from_is_origin(tok: Token, trig) -> bool:
    """The "from" phrases on the verb trigger ``tok`` and on its objects name where its force came from."""
    return trig.type in grammar().origin_agent_types and not owned_patients(tok)


def owned_patients(tok: Token) -> bool:
    """``tok`` wrecks or takes a common noun it governs as object, with a named "from" phrase on either."""
    if tok.lemma_.lower() not in grammar().wreck_verbs:
        return False
    objs = [o for o in cl.patients_of(tok) if o.pos_ == "NOUN" and o.i > tok.i]
    return bool(objs) and any(p.pos_ == "PROPN" or p.ent_type_ in _NAMES
                              for h in (tok, *objs) for p in cl.prep_objects(h, ("from",)))
