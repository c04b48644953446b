"""A time expression inside a noun phrase that names another event, nested in an adjunct of an act.

"Prosecutors are investigating the minister after a flood in 2012 that killed hundreds": the year hangs
on "flood", the object of a preposition of the investigating, and the flood has a clause of its own
("that killed hundreds") after the year.  Such a noun phrase names an event of its own, and the date
is that event's: it dates what the clause tells and nothing of the act the phrase is an adjunct of.
A bare "after a flood in 2012" (no clause of its own) is left to the other rules.
"""

from __future__ import annotations

_OWN = frozenset({"relcl", "acl"})


def other_event(root, attach, trig) -> bool:
    """Whether the time expression rooted at ``root`` dates the noun ``attach`` as an event of its own
    that ``trig`` (the act's word) is outside of: ``attach`` is a preposition's object inside an adjunct
    and carries a relative clause or participle, with a verb of its own, after the expression."""
    if attach is None or attach.pos_ not in ("NOUN", "PROPN") or attach.dep_ != "pobj":
        return False
    if trig.i == attach.i or trig in attach.subtree:
        return False
    if attach.head.pos_ != "ADP" or not root.i > attach.i:
        return False
    return any(c.i > root.i for c in _own_clauses(attach))


def described_apart(word, timexes) -> bool:
    """Whether the act noun ``word`` an "after X" phrase names carries a date of its own followed by a
    clause of its own ("after a flood in 2012 that killed hundreds"): an event told as background, its
    date no bound on when the act that follows it took place (not days after it, as "after the raid")."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(tx.value and word.idx <= tx.start < c.idx for c in _own_clauses(word) for tx in timexes)


def _own_clauses(noun) -> list:
    """The relative clauses and participles, each with a verb of its own, after ``noun``."""
    return [c for c in noun.children if c.dep_ in _OWN and c.pos_ == "VERB" and c.i > noun.i]
