"""The doer of an act whose subject is a bare weapon, told in a clause linked to another clause of the same
sentence that names the doer of an act of the same type: "X intensified its bombardment, and a missile hit a
school", "X's strikes continued: a drone hit a car, killing ...": X fired the weapon.

Only across a grammatical link inside the sentence: the two clauses conjoined, or one the complement or the
paratactic clause of the other (a colon or a semicolon between), the doer's clause first (a clause after it tells
an answer: "Rockets hit X, and Y struck back"); the weapon's subject names no actor itself, the other clause's act,
a verb or the act noun it takes as subject or object, is of the same type, and its doer is not the act's target. Grammar only:
the weapon nouns are ``projectile_nouns`` (``data/grammar.yaml``), the act types the lexicon's (``coder``).
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar


def _clause_verb(tok: Token) -> Token:
    """The finite verb whose clause ``tok`` tells: a result participle's verb, a light verb's object's verb."""
    while tok.dep_ in ("advcl", *cl.OBJ) and tok.head.i != tok.i and (tok.dep_ != "advcl" or tok.tag_ == "VBG"):
        tok = tok.head
    return tok


def _linked(verb: Token) -> list[Token]:
    """The verbs of the clauses conjoined with ``verb``'s, or hung on it (or it on them) as a paratactic clause
    or a complement set off by a colon or a semicolon."""
    doc = verb.doc
    def colon_between(a: Token, b: Token) -> bool:
        lo, hi = sorted((a.i, b.i))
        return any(doc[i].text in (":", ";") for i in range(lo + 1, hi))
    linked = [c for c in verb.children if c.dep_ == "conj" or (c.dep_ in ("ccomp", "parataxis") and colon_between(c, verb))]
    if verb.dep_ == "conj" or (verb.dep_ in ("ccomp", "parataxis") and colon_between(verb, verb.head)):
        linked.append(verb.head)
    return [v for v in linked if v.pos_ in ("VERB", "AUX") and v.i != verb.i]


def weapon_doers(tok: Token, typ: str, targets: list, res, coder) -> list:
    """The doers an earlier linked clause names for the act of ``tok`` (of type ``typ``), fired by a bare weapon;
    none on the side of the act's own ``targets`` ("Rockets hit X's towns, and X struck back": an answer)."""
    verb = _clause_verb(tok)
    subj = cl.subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subj is None or subj.lemma_.lower() not in grammar().projectile_nouns or cl.actor_mentions(subj, res) \
            or any(o.lemma_.lower() in grammar().response_nouns for o in cl.prep_objects(verb, ("in",))):
        return []  # (a blow told "in response" or "in retaliation" answers the act before it)
    for other in (v for v in _linked(verb) if v.i < verb.i):  # the act told first, the weapon's blow after it
        trig = coder._match_verb(other)
        osubj = cl.subject_of(other)
        if trig is not None and trig.type == typ and osubj is not None:  # "X shelled Y, and a rocket hit Z"
            found = cl.actor_mentions(osubj, res)
        else:  # "X's strikes continued", "X intensified its bombardment": the act noun's doer
            found = []
            for noun in (*([osubj] if osubj is not None else []), *cl.children(other, cl.OBJ)):
                named = coder._match_noun(noun) if noun.pos_ == "NOUN" else None
                if named is not None and named.type == typ:
                    # the subject act noun's own doer; the object's by its modifiers ("stopped X's strikes",
                    # "halted Israeli strikes"), else the subject's ("intensified its bombardment")
                    found = cl.actor_mentions(noun, res) if noun is osubj else [
                        *(m for p in cl.children(noun, ("poss", "amod", "compound")) for m in cl.actor_mentions(p, res)),
                        *(cl.actor_mentions(osubj, res) if osubj is not None else [])][:1]
                    break
        if found and not any(cl.same_side(m.actor, t.actor) for m in found for t in targets):
            return found
    return []
