"""The noun a relative "whose", or a preposition's relative "which"/"whom", stands for: "X, whose arrest Y ordered",
"X, on which Y imposed sanctions", "X, with whom Y held talks".

A possessive "whose" opens a relative clause on a noun; what it owns is what that noun names, as "X's arrest" is
X's: the coreference (extract/actors/coref.py) gives "whose" the actor of that noun, so an act noun it owns is
read as one with a named possessor.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp.syntax import relative_anchor


def anchor(tok: Token) -> Token:
    """The noun ``tok`` stands for where it is a relative "whose" or a preposition's relative "which"/"whom" (its
    clause's anchor), else ``tok`` itself."""
    if tok.lower_ != "whose" and not (tok.lower_ in ("which", "whom") and tok.dep_ == "pobj"):
        return tok  # (a relative pronoun as subject or object is read by nlp/syntax.py)
    cur = tok
    for _ in range(6):  # whose -> its noun -> (a preposition's object ->) the relative clause's verb
        if cur.dep_ == "relcl":
            return relative_anchor(cur.head)
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return tok
