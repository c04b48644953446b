"""Those a coercive act on a gathering falls on: "police dispersed the rally", "the crackdown on
protests", "security forces, who have been breaking up demonstrations for a week".

A protest, a rally or a march is an event, not an actor; what is done to it (dispersing, banning,
firing on it) is done to the people taking part, whom the text leaves unnamed: the generic protesters
of the knowledge base (the entry ``data/actors/generic.yaml`` names its ``gathering_participants``), as
"dispersed protesters" would name them.  The nouns of a gathering and the types of act that fall on its
people are data (grammar's ``gathering_nouns`` and ``gathering_types``); the gathering must be the
act's patient (its object, its passive subject, the object of one of the trigger's own prepositions, or
for an act noun its "of" phrase).  A gathering a named actor holds ("an opposition rally", "Hamas's march") falls on that actor;
a place named for the gathering ("dispersed rallies in Nairobi") is where it was, not whom the act is on.

A crowd's own act (grammar's ``crowd_types``: a march, a strike, a blockade) at or on a boundary
(``boundary_nouns``: "blocking border crossings with X", "crossings on the Hungarian border") is where the
crowd stands: the states named on the boundary are no target (with none left, the coder aims the act at
the crowd's own state).
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.actors.loading import generic_role
from diplograph.extract.actors.resolve import ResolvedMention
from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids, sentence_ids
from diplograph.records import ActorRef

AIMED = ("at", "on", "against")  # where an act with no prepositions of its own is aimed ("fired tear gas at")


def gathering_people(tok: Token, type_: str, preps, res) -> list[ResolvedMention]:
    """The unnamed participants of the gathering that the act ``tok`` (a verb or an event noun of PLOVER
    type ``type_``, taking its recipient with ``preps``) is done to, or none."""
    words = grammar()
    if type_ not in words.gathering_types:
        return []
    if tok.pos_ in ("VERB", "AUX"):
        held = [*cl.patients_of(tok), *cl.prep_objects(tok, tuple(preps or AIMED))]
    else:
        held = cl.prep_objects(tok, ("of", *[p for p in preps if p not in ("by", "between", "with")]))
    for g in held:
        if g.pos_ != "NOUN" or g.lemma_.lower() not in words.gathering_nouns or res.at_token(g.i) is not None:
            continue
        holders = [m for c in kids(g) if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < g.i
                   for m in cl.actor_mentions(c, res)]
        if holders:
            return holders  # "dispersed an opposition rally", "attacked a Hamas rally": those who hold it
        who = generic_role("gathering_participants")
        ref = ActorRef(who.id, who.name, g.text, g.idx, g.idx + len(g.text), None, who.sector, who.kind)
        return [ResolvedMention(ref, g.i, g.i + 1, sentence_ids(g.doc)[g.i], "described")]
    return []


def placed(tok: Token, preps) -> set[int]:
    """The tokens of the place phrases on the act and on what it is done to ("dispersed rallies in
    Nairobi", "cracked down on protests in Tehran"): where a gathering was, not whom the act fell on."""
    held = (tok, *cl.patients_of(tok), *cl.prep_objects(tok, tuple(preps or AIMED)))
    return {t.i for h in held for p in cl.prep_objects(h, ("in", "inside", "outside")) for t in p.subtree}


def boundary_places(tok: Token, preps) -> set[int]:
    """The tokens of the boundaries the crowd's act ``tok`` is done on or at (its objects and the objects of
    its prepositions that are ``boundary_nouns``, with what they name): places, not whom the act is aimed at."""
    words = grammar().boundary_nouns
    objects = {p.i for p in cl.patients_of(tok)}
    held = (*cl.patients_of(tok), *cl.prep_objects(tok, ("at", "on", "near", "along", "across", *(preps or ()))))
    bounds = [h for h in held if _boundary(h, words)]
    if any(h.i in objects for h in bounds):  # "blocking the border with X", "with" on the verb
        bounds += cl.prep_objects(tok, ("with",))
    return {t.i for h in bounds for t in h.subtree}


def _boundary(tok: Token, words) -> bool:
    lemma = tok.lemma_.lower()
    before = [c.lemma_.lower() for c in kids(tok) if c.dep_ == "compound" and c.i < tok.i]
    return lemma in words or " ".join((*before, lemma)) in words
