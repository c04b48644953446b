"""The noun a relative "whose" stands for: "X, whose arrest Y ordered", "X, whose expulsion Y demanded".

A possessive "whose" opens a relative clause on a noun; what it owns is what that noun names, as "X's arrest" is
X's: the coreference (extract/actors/coref.py) gives "whose" the actor of that noun, so an act noun it owns is
read as one with a named possessor.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp.syntax import relative_anchor


def anchor(tok: Token) -> Token:
    """The noun ``tok`` stands for where it is a relative "whose" (its clause's anchor), else ``tok`` itself."""
    if tok.lower_ != "whose":
        return tok
    cur = tok
    for _ in range(6):  # whose -> its noun -> (a preposition's object ->) the relative clause's verb
        if cur.dep_ == "relcl":
            return relative_anchor(cur.head)
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return tok
