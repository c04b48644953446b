"""A sentence's subject hung loose before an aside, mended with the other repairs (:mod:`diplograph.nlp.repair`).

"Azerbaijan, citing security concerns, closed the corridor" is sometimes parsed with "Azerbaijan" a loose
modifier of the verb (``npadvmod``) and the verb without a subject. A noun or name opening its sentence and set
off by a comma, hung loose on a finite verb that has no subject, is that verb's subject (not a time: "Monday,
...").
"""

from __future__ import annotations

from spacy.tokens import Doc

_LOOSE = ("npadvmod", "dep", "nmod")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_TIMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")


def repair_loose_subjects(doc: Doc) -> None:
    """Mend such clauses (in place)."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") \
                or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        loose = next((c for c in verb.children if c.dep_ in _LOOSE and c.i < verb.i), None)
        if loose is None or loose.pos_ not in ("PROPN", "NOUN") or loose.ent_type_ in _TIMES \
                or loose.left_edge.i != verb.sent.start or loose.right_edge.i + 1 >= verb.i \
                or doc[loose.right_edge.i + 1].text != ",":
            continue
        loose.dep_ = "nsubj"
