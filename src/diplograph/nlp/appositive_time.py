"""A repair of the parse of a time phrase told after an appositive place, made with the other repairs
(:mod:`diplograph.nlp.repair`) before any stage reads the ``Doc``.

* In a phrase set before the subject, a place with its country in apposition ("After talks in Accra,
  Ghana, on Sunday, X said ...") cuts the time phrase off from the noun it modifies: the parser hangs
  "on Sunday" on the main verb, where without the appositive it hangs it on the noun ("After talks in
  Accra on Sunday").  The time phrase closes the fronted phrase, so it goes back to that phrase's noun:
  the talks are of Sunday.
"""

from __future__ import annotations

from spacy.tokens import Doc

_TIMES = frozenset({"DATE", "TIME"})


def repair_appositive_time(doc: Doc) -> None:
    """Re-hang each such time phrase on the noun of the fronted phrase (in place)."""
    for prep in doc:
        verb = prep.head
        if prep.dep_ != "prep" or prep.pos_ != "ADP" or prep.i < 3 or verb.pos_ not in ("VERB", "AUX") \
                or verb.i < prep.i:
            continue
        if not any(c.dep_ == "pobj" and c.ent_type_ in _TIMES for c in prep.children):
            continue
        comma, appos = doc[prep.i - 1], doc[prep.i - 2]
        if comma.text != "," or appos.dep_ != "appos":
            continue
        place = appos.head
        where = place.head
        noun = where.head
        if place.dep_ != "pobj" or where.dep_ != "prep" or noun.pos_ != "NOUN" or not noun.i < place.i:
            continue
        if not any(a.i == verb.i for a in noun.ancestors) or any("subj" in c.dep_ and c.i < prep.i
                                                                for c in verb.children):
            continue  # the noun's phrase must stand before the verb's subject, under the verb
        prep.head = noun
