"""The "with" absolute: "With X seizing the town, Y recalled its envoy", "..., with X massing troops nearby".

The parser often hangs the "-ing" form on the noun as a participle of it ("rebels seizing the town"), leaving the
noun the object of "with", where the readers of a verb's "with" phrase take a partner or a party ("recalled its
envoy ... with X"). A "with" that opens its sentence or follows a comma, whose only object carries a gerund
participle after it, introduces a clause of its own: the noun is that clause's subject and the "-ing" form its
verb, the complement of "with" (the shape the parser gives where it reads the clause right).
"""

from __future__ import annotations

from spacy.tokens import Doc


def repair_absolutes(doc: Doc) -> None:
    """Re-hang each "with" absolute read as a noun with a participle (in place)."""
    for prep in doc:
        if prep.lower_ != "with" or prep.dep_ != "prep" or not (prep.is_sent_start or (
                prep.i > 0 and doc[prep.i - 1].text == ",")):
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) != 1:
            continue
        noun = objects[0]
        parts = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > noun.i]
        if len(parts) != 1:
            continue
        part = parts[0]
        part.head, part.dep_ = prep, "pcomp"  # (first, so that no circle forms)
        noun.head, noun.dep_ = part, "nsubj"
