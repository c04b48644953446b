"""An act noun told from the side of whom it falls on: the agent of a passive of undergoing ("Georgia was
targeted by Russian cyberattacks", "the port was hit by Ukrainian drones"), the "with" object of one ("Lithuania
was hit with trade restrictions by China", "was slapped with tariffs by X"), the object of a verb of gaining from
it ("Laos benefited from Chinese loans"), or the "of" object of a noun of undergoing predicated of its subject
("Estonia was the target of a Russian cyberattack"): whom the clause is about is the act's target; a "by" agent
of the passive that the noun is not itself names its doer.

Grammar only: which verbs and nouns undergo is data (``undergoing_verbs``, ``undergoing_nouns`` in
``data/grammar.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar


def undergone(tok: Token, res) -> tuple[list, list] | None:
    """(sources, targets) of the act noun ``tok`` told so, or None."""
    if tok.dep_ != "pobj":
        return None
    prep, words = tok.head, grammar()
    holder = prep.head
    if prep.lower_ == "of" and holder.lemma_.lower() in words.undergoing_nouns and holder.dep_ == "attr" \
            and holder.head.lemma_ == "be":  # "X was the target of a Y attack"
        subj = next(iter(cl.children(holder.head, ("nsubj",))), None)
        return ([], cl.actor_mentions(subj, res)) if subj is not None else None
    verb = holder
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words.undergoing_verbs:
        return None
    if cl.is_passive(verb) and prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "with"):
        patients = cl.children(verb, cl.PASS_SUBJ)
        agents = [o for a in cl.children(verb, ("agent",)) for o in cl.children(a, ("pobj",)) if o.i != tok.i] \
            if prep.lower_ == "with" else []
    elif not cl.is_passive(verb) and prep.lower_ == "from":  # "X benefited from Y loans"
        patients, agents = cl.children(verb, ("nsubj",)), []
    else:
        return None
    targets = [m for p in patients for m in cl.actor_mentions(p, res)]
    return ([m for a in agents for m in cl.actor_mentions(a, res)], targets) if targets else None
