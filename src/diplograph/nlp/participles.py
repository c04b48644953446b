"""A participle after a person's name and a comma, hung on a noun higher up, mended with the other repairs
(:mod:`diplograph.nlp.repair`) before any stage reads the ``Doc``.

"called for the release of the opposition leader X, held by the army since May" is often parsed with "held" a
reduced relative clause on "release", not on X. A past participle that opens a comma-bounded aside right after a
person's name describes that person ("X, detained since May", "Y, accused of graft"): it goes to the name, so the
act it tells (a detention) is read as a fact about X, not as part of what the noun above it asks or plans.
Only persons: after a place or organisation ("the sanctions on Iran, imposed in 2018") the participle may belong to
the noun above.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def repair_participles(doc: Doc) -> None:
    """Mend such participles (in place)."""
    for tok in doc:
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i > 1 and doc[tok.i - 1].text == ",":
            _to_name(doc, tok)


def _to_name(doc: Doc, part: Token) -> None:
    name = doc[part.i - 2]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or part.head.pos_ != "NOUN" or part.head.i >= name.i:
        return
    if name.dep_ in ("compound", "flat") and name.head.i > name.i and name.head.ent_type_ == "PERSON":
        return  # (the name goes on past the comma: not the name's end)
    if part.head.sent.start == name.sent.start:
        part.head = name
