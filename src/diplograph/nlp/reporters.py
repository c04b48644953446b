"""A reporter's second act conjoined to the perfect it reports, mended with the other repairs
(:mod:`diplograph.nlp.repair`) before any stage reads the ``Doc``.

"X said Y had provoked the crisis, and accused Z of ..." is the reporter's second act, not the reported
subject's: the tenses tell the two clauses apart (the parser's conjunct would be a participle under the same
"had"). It goes to the reporting verb, when that verb comes first (a reporter told after the quote, "...,
stated X", reports the whole of it). A regular verb's past and participle are one form ("clashed",
"fired"), so the tagger's past tense tells nothing there: such a conjunct goes to the reporter only where
it is an act a reporter does by speaking (``trailing_reporters``, ``judging_verbs``, ``deed_verbs``, the
control verbs: "accused", "urged", "vowed"); "said Y had crossed the border and clashed with Z" shares "had".
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp.grammar import grammar

# a verb's own clause arguments: a verb that has one is no bare conjunct (repair.py reads them too)
OWN_ARGS = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass", "expl"})


def reporters_conjunct(verb: Token) -> None:
    """Mend one such conjunct (in place)."""
    reported = verb.head
    reporter = reported.head
    if reported.dep_ != "ccomp" or reported.tag_ != "VBN" or reporter.tag_ != "VBD" or reported.i > verb.i \
            or reporter.i > reported.i or not any(c.dep_ == "aux" and c.lower_ == "had" for c in reported.children) \
            or any(c.dep_ in OWN_ARGS for c in verb.children):
        return
    g = grammar()
    spoken = verb.lemma_.lower() in (*g.trailing_reporters, *g.judging_verbs, *g.deed_verbs, *g.object_control,
                                     *g.subject_control)
    if verb.lower_.endswith("ed") and not spoken:
        return  # ("had crossed the border and clashed with Z": the same "had")
    for c in [c for c in reported.children if c.dep_ in ("cc", "punct") and reported.i < c.i < verb.i]:
        c.head = reporter  # the "and" (and its comma) that joins the two acts
    verb.head = reporter
