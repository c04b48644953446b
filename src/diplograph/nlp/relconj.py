"""A judgement coordinated with a relative clause inside the object of another judgement, mended with the other
repairs (:mod:`diplograph.nlp.repair`) before any stage reads the ``Doc``.

"X condemned the bombing that killed 12 people and accused Y of sheltering the bombers" is often parsed with
"accused" a conjunct of "killed", as though the bombing accused Y. Where a verb of judging (``judging_verbs``,
``deed_verbs``) with no subject of its own is coordinated with a relative clause opened by a relative pronoun
subject ("that", "which"), and that clause sits on the object of a verb of judging that has a subject, the
conjunct is the main verb's: the one who condemned also accused. A relative clause on a person ("the man who
killed 12 and accused ...") is left alone: only "that"/"which" open it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.nlp.grammar import grammar

_THING_RELATIVES = frozenset({"that", "which"})


def repair_relative_conjuncts(doc: Doc) -> None:
    """Mend such conjuncts (in place)."""
    judging = grammar().judging_verbs | grammar().deed_verbs
    for tok in doc:
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.lemma_.lower() not in judging:
            continue
        rel = tok.head
        if rel.dep_ != "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in _THING_RELATIVES for c in rel.children):
            continue
        obj, main = rel.head, rel.head.head
        if obj.dep_ != "dobj" or main.pos_ != "VERB" or main.lemma_.lower() not in judging \
                or not any(c.dep_ == "nsubj" for c in main.children):
            continue
        tok.head = main
