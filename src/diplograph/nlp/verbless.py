"""A sentence parsed with no verb, its only finite verb read as an adjective inside a noun's phrase, mended with the
other repairs (:mod:`diplograph.nlp.repair`) before any stage reads the ``Doc``.

"The Russian attack on Kharkiv angered Germany" is sometimes parsed as one noun phrase: the act noun the root,
"angered" (tagged a finite past verb) an adjective of "Germany", and "Germany" the object of "on", with "Kharkiv"
hung loose before the verb. A finite past verb (VBD) has no place as an adjective: where it is the sentence's only
verb, it is the root, the noun phrase before it its subject, the name right before it the object of the preposition
it was cut from, and the noun it modified its object. So is a lower-case "-ed" word between two names that the
tagger read as part of one ("Spain's support for Morocco angered Algeria").

"Chad's army, backed by French jets, bombed rebel positions" is sometimes parsed the same way after an aside set
off by commas: the subject noun the root, the aside its participle, and "bombed" (a past form) an adjective of its
own object, hung inside the aside. A past form right after the aside's closing comma, the sentence's only verb
outside the aside, is the root, the noun before the aside its subject, the noun it modified its object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_LOOSE = ("npadvmod", "nmod", "compound")


def repair_verbless(doc: Doc) -> None:
    """Mend such sentences (in place)."""
    for tok in doc:
        if 0 < tok.i < tok.head.i and (tok.tag_ == "VBD" and tok.dep_ == "amod" or _past_form(tok)):
            _verb_in_phrase(doc, tok)
        elif tok.tag_ in ("VBD", "VBN") and tok.dep_ == "amod" and 0 < tok.i and tok.head.i > tok.i \
                and doc[tok.i - 1].text == ",":
            _verb_after_aside(doc, tok)


def _verb_after_aside(doc: Doc, verb: Token) -> None:
    root, obj = verb.sent.root, verb.head
    asides = [a for a in root.children if a.dep_ in ("acl", "appos") and root.i < a.i < verb.i
              and doc[a.left_edge.i - 1].text == ","]
    if root.pos_ not in ("NOUN", "PROPN") or not asides or obj.pos_ not in ("NOUN", "PROPN") \
            or not any(obj.i in (t.i for t in a.subtree) for a in asides):
        return
    inside = {t.i for a in asides for t in a.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.i not in inside for t in verb.sent):
        return
    later = [c for c in root.children if c.i > verb.i]  # (the closing punctuation)
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for c in later:
        c.head = verb


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
