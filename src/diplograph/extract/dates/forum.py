"""An act told as done at or in a gathering or address ("In a speech in July, X accused Y", "At a summit on
Sunday, X pledged ..."): the date of the forum is the act's.

The forum noun (``forum_nouns``) is the object of a place preposition (``place_preps``) hung on the act's own
predicate, and the time expression hangs on the noun.  The forum is often an act of its own (a trigger), which
the other rules of :mod:`.dating` keep the date to; here it frames the act told in it, which happened there
and then.
"""

from __future__ import annotations

from diplograph.nlp.grammar import grammar


def forum(attach, pred, trig) -> bool:
    """Whether ``attach`` is a forum noun that frames the predicate ``pred`` of the act at ``trig``."""
    g = grammar()
    if attach.pos_ != "NOUN" or attach.lemma_.lower() not in g.forum_nouns or attach.dep_ != "pobj":
        return False
    prep = attach.head
    return prep.lower_ in g.place_preps and prep.head.i == pred.i and trig not in attach.subtree
