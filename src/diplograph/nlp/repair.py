"""Repairs of the parser's systematic slips, made on the ``Doc`` before any stage reads it.

Each repair moves an arc only where the slip is certain from the words around it; everything else of
the parse is left as the model made it.

* A past participle coordinated with a reduced relative clause ("talks hosted or attended by X", "the
  accord drafted and signed by Y") is often hung as a conjunct of a verb higher up, taking the agent with
  it: the conjunct (and its "and"/"or") goes back to the participle it follows, and the agent, which
  both participles share, to the first of them, where the noun's readers look for it.
* A finite past verb with a subject of its own hung as an adjective of the noun after it, that noun made
  the root ("Orban hosted Turkish President X in Budapest" read as "hosted X"): the verb becomes the root
  and the noun its object.
* A finite verb whose subject was tagged as a compound of it ("Lavrov assures that ...") is handled
  where subjects are read (:func:`diplograph.nlp.syntax.subject_of`), not here.
"""

from __future__ import annotations

from spacy.tokens import Doc

_COORDINATORS = frozenset({"and", "or"})


def repair(doc: Doc) -> Doc:
    """Repair ``doc``'s parse in place (before :mod:`diplograph.nlp.tokens` caches anything)."""
    for tok in doc:
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "hosted Turkish President X": the name the title is a compound of
        if tok.tag_ == "VBD" and tok.dep_ == "amod" and noun.dep_ == "ROOT" and noun.i > tok.i \
                and noun.pos_ in ("PROPN", "NOUN") and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            noun.head, noun.dep_ = tok, "dobj"
            tok.head, tok.dep_ = tok, "ROOT"
    for tok in doc:
        if tok.dep_ != "conj" or tok.tag_ != "VBN" or tok.i < 2:
            continue
        cc, first = doc[tok.i - 1], doc[tok.i - 2]
        if cc.lower_ not in _COORDINATORS or first.tag_ != "VBN" or first.dep_ != "acl" or tok.head.i == first.i:
            continue
        agents = [c for c in tok.children if c.dep_ == "agent"]
        if not agents or any(c.dep_ == "agent" for c in first.children):
            continue
        tok.head = first
        cc.head = first
        for agent in agents:
            agent.head = first
    return doc
