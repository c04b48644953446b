"""A sentence parsed with no verb, its only finite verb read as an adjective inside a noun's phrase, mended with the
other repairs (:mod:`diplograph.nlp.repair`) before any stage reads the ``Doc``.

"The Russian attack on Kharkiv angered Germany" is sometimes parsed as one noun phrase: the act noun the root,
"angered" (tagged a finite past verb) an adjective of "Germany", and "Germany" the object of "on", with "Kharkiv"
hung loose before the verb. A finite past verb (VBD) has no place as an adjective: where it is the sentence's only
verb, it is the root, the noun phrase before it its subject, the name right before it the object of the preposition
it was cut from, and the noun it modified its object. So is a lower-case "-ed" word between two names that the
tagger read as part of one ("Spain's support for Morocco angered Algeria").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_LOOSE = ("npadvmod", "nmod", "compound")


def repair_verbless(doc: Doc) -> None:
    """Mend such sentences (in place)."""
    for tok in doc:
        if 0 < tok.i < tok.head.i and (tok.tag_ == "VBD" and tok.dep_ == "amod" or _past_form(tok)):
            _verb_in_phrase(doc, tok)


def _past_form(tok: Token) -> bool:
    """A lower-case "-ed" word the tagger took for a name or an adjective inside a run of names ("support for Morocco
    angered Algeria": compound, NNP; "for Azerbaijan angered Armenia": amod, JJ)."""
    return tok.dep_ in ("amod", "compound") and tok.tag_ in ("NNP", "JJ", "VBN") and tok.text.islower() \
        and tok.text.endswith("ed") and _name(tok.nbor(-1)) and _name(tok.head)


def _name(tok: Token) -> bool:
    """A capitalised proper noun."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _verb_in_phrase(doc: Doc, verb: Token) -> None:
    obj, loose = verb.head, doc[verb.i - 1]
    prep = obj.head
    root = prep.head
    sent = verb.sent
    if obj.dep_ != "pobj" or prep.dep_ != "prep" or root.dep_ != "ROOT" or root.pos_ != "NOUN" or root.i > prep.i \
            or loose.dep_ not in _LOOSE or loose.head.i not in (verb.i, obj.i) or loose.pos_ not in ("PROPN", "NOUN") \
            or any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in sent):
        return
    later = [c for c in root.children if c.i > obj.i]  # (the closing punctuation)
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    loose.head, loose.dep_ = prep, "pobj"
    obj.head, obj.dep_ = verb, "dobj"
    for c in later:
        c.head = verb
