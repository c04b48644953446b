"""A purpose infinitive after a comma-set apposition on a verb's object, hung on that object as a relative
clause, mended with the other repairs (:mod:`diplograph.nlp.repair`) before any stage reads the ``Doc``.

"X summoned the Russian ambassador, Alexei Petrov, to protest remarks by ..." (or "the Swiss ambassador, who
represents US interests, to protest ...": a comma-set relative clause) is often parsed with "to protest"
a relative clause of "ambassador", so the ambassador would protest. After the apposition's closing comma the
infinitive tells why the verb's subject acted (as it does with no apposition: "summoned the ambassador to
protest"): it goes to the verb as an adverbial clause. Not for a verb whose object is the infinitive's
understood subject (``object_control``: "urged the envoy, X, to leave") or whose subject is by its own
meaning (``subject_control``), which their own readers handle.
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.nlp.grammar import grammar


def repair_purposes(doc: Doc) -> None:
    """Mend such infinitives (in place)."""
    for tok in doc:
        if tok.dep_ not in ("relcl", "acl") or tok.tag_ != "VB" or tok.i < 3 or doc[tok.i - 1].lower_ != "to" \
                or doc[tok.i - 2].text != ",":
            continue
        obj, verb = tok.head, tok.head.head
        if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" \
                or verb.lemma_.lower() in (*grammar().object_control, *grammar().subject_control):
            continue
        if any(c.dep_ in ("appos", "relcl") and obj.i < c.i < tok.i for c in obj.children) and tok.sent.start == verb.sent.start:
            tok.head = verb
            tok.dep_ = "advcl"
