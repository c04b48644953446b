"""What the verb governing an act noun says of the act's parties: whom the act is said to harm ("the
sanctions hit X", "X was crippled by the embargo") and whom a stance told as what an act went ahead
against is aimed at ("despite Chinese objections": the doer of the act that defied it)."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar


def affected(tok: Token) -> list[Token]:
    """What an act noun is said to harm (the grammar's ``impact_verbs``): the object of "the sanctions hit X"
    and the passive subject of "X was crippled by the sanctions", with their owners ("X's economy")."""
    verb = tok.head.head if tok.head.dep_ == "agent" else tok.head if tok.dep_ == "nsubj" else None
    if verb is None or verb.lemma_.lower() not in grammar().impact_verbs:
        return []
    if tok.dep_ == "nsubj":
        found = cl.children(verb, ("dobj",))
    else:
        found = cl.children(verb, cl.PASS_SUBJ) or (cl.children(verb.head, ("nsubj",)) if verb.dep_ == "acomp" else [])
    return [h for f in found for h in (f, *cl.children(f, ("poss",)))]


def defied(tok: Token, res, sources: list) -> list:
    """ "Japan released the water despite Chinese objections", "in spite of X's warnings": a stance told as
    what an act went ahead against (``concessive_preps``) is aimed at that act's doer."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    word = prep.lower_
    holder = prep.head
    if word == "of" and holder.lower_ == "spite" and holder.dep_ == "pobj" and holder.head.dep_ == "prep":
        word, holder = "in spite of", holder.head.head  # "in spite of": the phrase hangs on "spite"
    if word not in grammar().concessive_preps or holder.pos_ not in ("VERB", "AUX"):
        return []
    subj = cl.subject_of(holder)
    found = cl.actor_mentions(subj, res) if subj is not None else []
    return [m for m in found if not any(cl.same_side(m.actor, s.actor) for s in sources)][:1]
