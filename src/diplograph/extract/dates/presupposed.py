"""Acts a clause names without telling them at its time, and clauses that tell an act noun's time.

* an act named with its doer as the object of a verb of telling or judging ("Putin has highlighted
  Moscow's support for Assad", "condemned Russia's invasion"): the clause's time is the telling's;
  the act it talks about lies before, at a time the clause does not give (:func:`topic`);
* an act with a participant marked as of another time ("engaging with the now departed government",
  "met the then president"): not at the time of writing, whatever its tense (:func:`bygone`);
* a relative clause of occurrence ("a summit on the country that took place on 12 May"): it dates
  the act noun it describes, even where the parse hangs it on a noun of the act's own phrase
  (:func:`occurrence`).

Word lists in ``data/dates.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Collection

from spacy.tokens import Doc, Token

from diplograph.data import read_word_lists
from diplograph.nlp.clauses import responds
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import children
from diplograph.extract.dates.background import VAGUE
from diplograph.extract.dates.tense import predicate

KEYS = ("occurrence_verbs", "bygone_adverbs", "topic_verbs", "phase_verbs", "opening_verbs", "opening_nouns", "role_nouns",
        "resolve_nouns", "period_nouns", "lasting_verbs", "bygone_openers")


class DatesDataError(ValueError):
    """``data/dates.yaml`` is malformed (one-line message)."""


@dataclass(frozen=True, slots=True)
class DatesData:
    occurrence_verbs: frozenset[str]
    bygone_adverbs: frozenset[str]
    topic_verbs: frozenset[str]
    phase_verbs: frozenset[str]
    opening_verbs: frozenset[str]
    opening_nouns: frozenset[str]
    role_nouns: frozenset[str]
    resolve_nouns: frozenset[str]
    period_nouns: frozenset[str]
    lasting_verbs: frozenset[str]
    bygone_openers: frozenset[str]


@lru_cache(maxsize=1)
def dates_data() -> DatesData:
    """The validated word lists (loaded once per process)."""
    return DatesData(**read_word_lists("dates.yaml", "dates", KEYS, DatesDataError))


def topic(doc: Doc, i: int, reporting: Collection[str] = ()) -> Token | None:
    """The verb that names the act noun at token ``i`` as what it talks about: the noun, with a named
    doer in a possessive ("Moscow's support"), is the object of a verb of telling (``reporting``, the
    lexicon's) or of judging ("highlighted Moscow's support", "condemned Russia's invasion").  Not a
    light verb that performs the act ("launched its offensive", "continued Moscow's support"), nor an
    act owned by a pronoun ("announced its withdrawal": the announcement performs it)."""
    tok = doc[i]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == tok.i:
        return None
    lemma = verb.lemma_.lower()
    if responds(verb) and lemma not in grammar().noun_control_verbs and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(doc)[i]):
        return verb  # "Beijing rejected the protest": an answer to an act told before, not at the answer's time
    if lemma in grammar().noun_control_verbs or lemma not in reporting and lemma not in dates_data().topic_verbs:
        return None
    owners = [c for c in children(doc)[i] if c.dep_ == "poss"]
    if not owners or all(o.tag_ == "PRP$" or o.pos_ == "PRON" for o in owners):
        return None
    return verb


def bygone(doc: Doc, i: int) -> Token | None:
    """The adverb that marks a participant of the act at token ``i`` as of another time than the
    writing ("the now departed government", "the then president"), or None.  Read in the trigger's
    own phrase (its objects and prepositional phrases), never on the verb itself ("has now met")."""
    trig = doc[i]
    words = dates_data().bygone_adverbs
    kids = children(doc)
    stack = [c for c in kids[i] if c.dep_ not in ("nsubj", "nsubjpass", "aux", "auxpass", "advmod", "mark",
                                                   "ccomp", "advcl", "xcomp", "conj", "cc", "punct")]
    seen = 0
    while stack and seen < 60:
        t = stack.pop()
        seen += 1
        if t.lower_ in words and t.dep_ in ("advmod", "amod", "npadvmod") and t.head.i != trig.i \
                and (t.head.pos_ in ("NOUN", "PROPN") or t.head.dep_ in ("amod", "compound")):
            return t
        stack.extend(c for c in kids[t.i] if c.dep_ not in ("relcl", "acl", "ccomp", "advcl"))
    return None


def issued_by(participle: Token) -> Token | None:
    """The verb a dated participle on its subject dates: "the statement issued on Tuesday said ...", "a
    communique released late Friday accused ...": an authored noun (a statement, a letter) speaks when it
    is issued, so the date of its issuing is the date of what it says.  None for anything else."""
    if participle.dep_ not in ("acl", "relcl") or participle.tag_ not in ("VBN", "VBD"):
        return None
    noun = participle.head
    if noun.dep_ != "nsubj" or noun.lemma_.lower() not in grammar().authored_nouns:
        return None
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != noun.i else None


def scattered(doc: Doc, i: int) -> bool:
    """Whether the act at token ``i`` is spread over an unspecific plurality of places or parties named
    in its prepositional phrases ("has deployed troops to several parts of the region", "has sent aid to
    many countries"): a record of acts, with no one time."""
    verb = predicate(doc, i)
    kids = children(doc)
    for p in kids[verb.i]:
        if p.dep_ != "prep":
            continue
        for o in kids[p.i]:
            if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") and any(
                    c.dep_ in ("amod", "det", "nummod", "quantmod") and c.lower_ in VAGUE for c in kids[o.i]):
                return True
    return False


def occurrence(verb: Token) -> bool:
    """Whether a verb tells that something happened ("took place", "was held", "occurred")."""
    verbs = dates_data().occurrence_verbs
    lemma = verb.lemma_.lower()
    if lemma in verbs:
        return True
    if any(c.dep_ == "auxpass" for c in verb.children) and f"be {verb.lower_}" in verbs:  # "was held"
        return True
    return any(f"{lemma} {c.lower_}" in verbs for c in verb.children if c.dep_ in ("dobj", "prt"))


def described(clause: Token, acts: Collection[str]) -> Token | None:
    """The act noun a relative clause of occurrence describes: the noun it hangs on, or the nearest act
    noun above it through prepositional phrases ("a summit on the country that took place ..."), or None."""
    cur = clause.head
    for _ in range(4):
        if cur.pos_ in ("NOUN", "PROPN") and cur.lemma_.lower() in acts:
            return cur
        if cur.dep_ not in ("pobj", "prep") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def role_period(root: Token, attach: Token) -> bool:
    """Whether a time expression (its root word and the word it modifies) names the period of a role
    or capacity ("in its capacity as chair for 2025", "the ASEAN chair for 2023", "the 2025 chair",
    "its presidency for 2022"): the term of the role, not the time of the clause's act.  Only "for"
    and a modifier of the noun: "chair in 2019" may well date the act."""
    if attach.pos_ not in ("NOUN", "PROPN") or attach.lemma_.lower() not in dates_data().role_nouns:
        return False
    if root.head.i == attach.i and root.dep_ in ("nummod", "compound", "amod") and root.i < attach.i:
        return True  # "the 2025 chair"
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "for" and prep.head.i == attach.i
