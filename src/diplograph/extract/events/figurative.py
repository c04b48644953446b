"""Figures of speech that borrow the words of conflict: "declared war on inflation", "won the battle
against corruption", "will lay siege to the informal dollar market", "inflation is waging war on households".

A war, battle, siege or crackdown whose foe is an ill or a thing (triggers.yaml ``figurative_foes``), not a
party, is no act between parties; nor is one waged by such an ill.  The words of conflict that can be
figures are data too (``figurative_acts``): the trigger word itself ("the war on drugs", "battled
inflation") or the noun a verb takes as its object ("declared war", "laid siege").  A foe is told by the
head of the phrase and by its compound ("the dollar market"); a foe among parties ("war on drugs and the
cartels") leaves the act as it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar


def _foe(tok: Token, foes: frozenset[str]) -> bool:
    words = {tok.lemma_.lower(), tok.lower_}
    words |= {f"{c.lower_} {w}" for c in tok.children if c.dep_ == "compound" and c.i < tok.i for w in tuple(words)}
    return bool(words & foes) and tok.ent_type_ in ("", "DATE")


def _named(holders: list[Token], verb_objects: bool) -> list[Token]:
    """What the conflict words are aimed at: the objects of their ``foe_preps`` (data/grammar.yaml: "on",
    "against", "to"...; the verb's own objects when the verb is itself the conflict word: "battled
    inflation"), with the conjuncts of each."""
    found = [o for h in holders for o in cl.prep_objects(h, grammar().foe_preps)]
    if verb_objects:
        found += [o for h in holders if h.pos_ in ("VERB", "AUX") for o in cl.patients_of(h)]
    return [c for o in found for c in (o, *o.conjuncts) if c.ent_type_ not in ("DATE", "TIME")]  # (not "on Monday")


def figurative(tok: Token, acts: frozenset[str], foes: frozenset[str]) -> bool:
    """``tok`` (a trigger verb or noun) names a conflict only in a figure of speech."""
    if not acts or not foes:
        return False
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        nouns = [o for o in cl.patients_of(tok) if o.lemma_.lower() in acts]
        if lemma not in acts and not nouns:
            return False
        holders, verb = [tok, *nouns], tok
        named = _named(holders, lemma in acts)
    else:
        if lemma not in acts:
            return False
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") else None
        named = _named([tok] if verb is None else [tok, verb], False)
    subject = cl.subject_of(verb) if verb is not None else None
    if subject is not None and subject.pos_ == "NOUN" and _foe(subject, foes):
        return True  # "inflation is waging war on households": an ill does not wage war
    return bool(named) and all(_foe(o, foes) for o in named)
