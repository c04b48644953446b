"""Paths through the parse between a time expression and a predicate (helpers of :mod:`.dating`).

Whether a date reaches an act depends on the words between them: a "when" clause, a preposition of
goal ("invited X to talks on May 3"), a coordinated item or another act's noun, a semicolon, a verb of
another tense.  These are pure questions about the dependency tree.
"""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc

from diplograph.nlp.tokens import text_of
from diplograph.extract.dates.tense import orientation
from diplograph.extract.dates.timex import Timex

# prepositions of goal or purpose: what they introduce comes after the act ("invited X to talks on May 3")
_GOAL = frozenset({"to", "for", "toward", "towards"})
_WHEN = frozenset({"when", "while", "as", "whilst"})


def _content_of(trig, verb) -> bool:
    """Whether ``trig`` is (in) the complement a verb takes ("agreed to withdraw", "said it would
    send"), as opposed to a purpose clause of its act ("broke in to arrest X")."""
    cur = trig
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.head.i == verb.i:
            return cur.dep_ in ("xcomp", "ccomp")
        cur = cur.head
    return False


def _when_after(doc: Doc, clause, tx: Timex) -> bool:
    """Whether a relative clause opens with "when" right after the time expression ("since October
    1975 when troops ambushed ..."), whatever noun the parse hangs it on."""
    first = doc[clause.left_edge.i]
    return first.lower_ == "when" and 0 <= first.idx - tx.end <= 2


def _first_since(tx: Timex, noun) -> bool:
    """Whether a "since" date follows an act noun told as the first or the most of its kind since then
    ("the first clash since May 1987", "the deadliest attack since 2015"), wherever the parse hangs the
    date: that act is not at that time (it is the first after it)."""
    return tx.text.lower().startswith("since ") and noun.pos_ in ("NOUN", "PROPN") and noun.idx < tx.start \
        and any(c.dep_ == "amod" and (c.lower_ == "first" or c.tag_ == "JJS") for c in noun.children)


def _adverbial(root, attach) -> bool:
    """Whether a time expression hangs from the word it modifies through a preposition or as a bare
    noun phrase of time ("in Pretoria last week"), not as a modifier inside a name ("the 2015 deal")."""
    cur = root
    for _ in range(4):
        if cur.pos_ == "ADP" or cur.dep_ in ("npadvmod", "prep") or cur.head.pos_ == "ADP":  # ("since": SCONJ)
            return True
        if cur.head.i == attach.i or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _across_list(tok, trig, acts: Collection[str]) -> bool:
    """Whether ``tok`` hangs below ``trig`` through a coordinated item or another act's noun ("the
    agreements with Reagan or the failure of the coup of thirty years ago": the coup's date)."""
    cur = tok
    for _ in range(10):
        if cur.i == trig.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "conj" or cur.i != tok.i and cur.pos_ != "ADP" and cur.lemma_.lower() in acts:  # (not "sit-in"'s "in")
            return True
        cur = cur.head
    return False


def _semicolon_between(doc: Doc, a, b) -> bool:
    lo, hi = sorted((a.idx, b.idx))
    return ";" in text_of(doc)[lo:hi]


def _other_tense(doc: Doc, pred, attach, root) -> bool:
    """Whether ``pred`` is a later conjunct of the verb a date inside the first conjunct modifies, told
    in another tense ("negotiated ... in 2019, and seeks ... now"; "In the 1990s, X stationed troops there,
    and it has kept them since")."""
    if pred.dep_ != "conj" or pred.head.i != attach.i or not root.i < pred.i:
        return False
    return orientation(doc, pred.i) != orientation(doc, attach.i)


def _when_of(doc: Doc, clause, root) -> bool:
    """Whether a "when" relative clause hangs on a noun the time expression dates ("the 1988 earthquake,
    when rescuers crossed ...")."""
    return doc[clause.left_edge.i].lower_ == "when" and root in clause.head.subtree


def _own_clause(tok, pred) -> bool:
    """Whether ``tok`` hangs from the predicate ``pred`` through nouns and prepositions only (no
    other verb between)."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == pred.i:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


def _when_clause(tok):
    """The "when"/"while"/"as" clause ``tok`` stands in, if any: what dates it, the clause it hangs
    on happened at too."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN and c.i < cur.i
                                       for c in cur.children):
            return cur
        if cur.head.i == cur.i or cur.dep_ in ("ROOT", "ccomp", "relcl"):
            return None
        cur = cur.head
    return None


def _through_goal(noun, trig) -> bool:
    """Whether ``noun`` hangs from ``trig`` through a preposition of goal ("invited X to talks")."""
    cur = noun
    for _ in range(6):
        if cur.i == trig.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in _GOAL:
            return True
        cur = cur.head
    return False


def _before_subject(root, attach):
    """The verb a date placed between a verb of saying and its complement's subject modifies ("said on
    Thursday it will deliver ... in March"): the saying's, though the parse hangs the date on the
    complement.  ``attach`` otherwise."""
    if attach.dep_ != "ccomp" or attach.pos_ not in ("VERB", "AUX") or not attach.head.i < root.i < attach.i:
        return attach
    subject = next((c for c in attach.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    prep = root if root.pos_ == "ADP" else root.head
    if subject is None or not prep.i < subject.left_edge.i or prep.head.i != attach.i:
        return attach
    if any(c.dep_ == "mark" and c.i < prep.i for c in attach.children):
        return attach  # "said that on Thursday it will ...": inside the complement
    return attach.head


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "pcomp"})


def _clause_between(tok, top) -> bool:
    """Whether a verb of another clause stands between ``tok`` and ``top`` above it ("Georgia, which had
    tried to recover land lost in a war in the 2000s, welcomed ...": the decade is the war's clause's)."""
    cur = tok.head
    for _ in range(12):
        if cur.i == top.i or cur.head.i == cur.i:
            return False
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in _CLAUSES:
            return True
        cur = cur.head
    return False


# prepositions whose object is a regime or a period the clause takes place under ("Under the junta, ...")
_FRAMING = frozenset({"under", "during", "throughout"})


def framed(attach):
    """The verb of the clause a relative clause's span frames: "Under the junta, which ruled from 1994 to
    1999, soldiers arrested ...", "During the war, which lasted from 1992 to 1995, X shelled ...": what
    happened under the regime or during the period happened in its span.  Only a verb of lasting
    (``lasting_verbs``) on the object of such a preposition; ``attach`` itself otherwise."""
    from diplograph.extract.dates.presupposed import dates_data
    if attach is None or attach.dep_ != "relcl" or attach.lemma_.lower() not in dates_data().lasting_verbs:
        return attach
    noun = attach.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _FRAMING and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return attach
