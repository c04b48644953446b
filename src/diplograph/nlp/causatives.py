"""A repair of the parse of causatives, made with the other repairs (:mod:`diplograph.nlp.repair`) before any
stage reads the ``Doc``.

* The "to"-infinitive after the object of a verb of causing (``provocation_verbs`` that are also
  ``object_control``: "..., prompting ECOWAS to impose sanctions", "forcing Y to withdraw") is sometimes hung
  as an adverbial clause of purpose, which leaves it no subject: it is the verb's complement (``xcomp``), its
  subject the object.
* The participle right after the object of a verb of result (``resultative_verbs``: "the cut has left the
  government struggling to pay wages") is sometimes hung as an adverbial clause: it is the object's
  predicate (``xcomp``), and the verb tells a result, no departure (a participle after a comma is one:
  "troops left the town, heading north").
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.nlp.grammar import grammar


def repair_causatives(doc: Doc) -> None:
    """Hang each such infinitive as its causing verb's complement (in place)."""
    g = grammar()
    causing = g.provocation_verbs & g.object_control
    for tok in doc:
        head = tok.head
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.lemma_.lower() in g.resultative_verbs and head.i < tok.i \
                and any(c.dep_ == "dobj" and c.right_edge.i == tok.i - 1 for c in head.children):
            tok.dep_ = "xcomp"  # "left the government struggling"
            continue
        if tok.dep_ != "advcl" or head.lemma_.lower() not in causing or head.i > tok.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
            continue
        to = doc[tok.i - 1]
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if to.lower_ == "to" and to.head.i == tok.i and obj is not None and obj.right_edge.i == to.i - 1:
            tok.dep_ = "xcomp"
