"""A repair of the parse of clauses set side by side with a semicolon, made with the other repairs
(:mod:`diplograph.nlp.repair`) before any stage reads the ``Doc``.

* A clause with a subject of its own, told before a semicolon, is sometimes hung as the clausal complement
  of the verb after it ("China seized a boat; Vietnam protested" read as "Vietnam protested that China seized
  a boat"): a complement is never cut off from its verb by a semicolon, so the clause is the verb's paratactic
  neighbour (``parataxis``), told on its own, not the content of a protest, a report or a claim.
"""

from __future__ import annotations

from spacy.tokens import Doc


def repair_juxtaposed(doc: Doc) -> None:
    """Relabel each such complement ``parataxis`` (in place)."""
    for tok in doc:
        head = tok.head
        if tok.dep_ != "ccomp" or head.i <= tok.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        if any(doc[i].text == ";" and doc[i].head.i in (head.i, tok.i) for i in range(tok.i + 1, head.i)):
            tok.dep_ = "parataxis"
