"""Acts that open a relation, dated by a statement of when that relation began.

A report often tells that two parties opened a relation without a date ("This led Kenya to establish
diplomatic relations with the group") and gives the time in a statement of the relation's onset next
to it ("Kenya's relationship with the group began in 2009", "ties between the two date back to 2009",
"has kept contacts with them since 2009"), in the sentence before or after.  The onset statement is a
``relations_began`` claim of the document (its relation noun, the parties the noun names through a
possessor, "between" or "with", and an onset predicate with an explicit date); this module only
decides which undated act it dates:

* the act opens a relation: an opening verb whose object (or passive subject) is a relation noun
  (``opening_verbs``, ``opening_nouns`` in ``data/dates.yaml``: "established relations", "opened
  talks", "set up a dialogue", "entered into negotiations");
* its two sides are the claim's pair, in either order (a person counted as the state it acts for);
* it is told in the claim's sentence or an adjacent one of the same paragraph, as a fact (not
  negated, not future or hypothetical), and nothing else dated it.

The date's anchor is ``event``: it comes from another statement of the document, not from the act's
own clause.  Two statements at the same distance with different dates date nothing.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Token

from diplograph.extract.dates.presupposed import dates_data
from diplograph.extract.dates.resolve import _pd
from diplograph.extract.dates.timex import shape_precision
from diplograph.nlp.syntax import GENERIC_PREFIX
from diplograph.nlp.tokens import children, sents, text_of
from diplograph.records import ActorRef, Claim, Event, TimeRef

ONSET = "relations_began"  # the claim attribute (extract/claims/finder.py)
_FACTUAL = ("asserted", "reported")


def _party(ref: ActorRef | None) -> str | None:
    """The id an onset claim names a party by: the state a person acts for; no generic actor."""
    if ref is None or ref.actor_id.startswith(GENERIC_PREFIX):
        return None
    return ref.via or ref.actor_id


def _relation_object(doc: Doc, verb: Token, nouns: frozenset[str]) -> bool:
    kids = children(doc)
    for c in kids[verb.i]:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns:
            return True
        if c.dep_ == "prep":  # "entered into negotiations with X"
            if any(o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in kids[c.i]):
                return True
    return False


def opens_relation(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a verb that opens a relation: "established ties", "opened talks",
    "set up a dialogue", "entered into negotiations", "relations were established"."""
    data = dates_data()
    tok = doc[i]
    if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in data.opening_nouns:  # the noun is the trigger
        tok = tok.head.head if tok.dep_ == "pobj" and tok.head.pos_ == "ADP" else tok.head
        i = tok.i
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    particles = {c.lower_ for c in children(doc)[i] if c.dep_ in ("prt", "prep")}
    if lemma not in data.opening_verbs and not any(f"{lemma} {p}" in data.opening_verbs for p in particles):
        return False
    return _relation_object(doc, tok, data.opening_nouns)


def _same_paragraph(text: str, doc: Doc, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    ss = sents(doc)
    return "\n\n" not in text[ss[lo].start_char:ss[hi].start_char]


def _onset_for(ev: Event, onsets: Sequence[Claim], doc: Doc, text: str) -> Claim | None:
    pair = {_party(ev.source), _party(ev.target)}
    if None in pair or len(pair) != 2:
        return None
    near = [c for c in onsets if abs(c.sentence - ev.sentence) <= 1 and set(c.subject.split("|")) == pair
            and _same_paragraph(text, doc, c.sentence, ev.sentence)]
    if not near:
        return None
    best = min(abs(c.sentence - ev.sentence) for c in near)
    closest = [c for c in near if abs(c.sentence - ev.sentence) == best]
    if len({c.value for c in closest}) != 1:
        return None  # two onsets at the same distance: which one is not told
    return closest[0]


def _not_after(value: str, published: str | None) -> bool:
    pub, when = _pd(published), _pd(value)
    if pub is None or when is None:
        return True
    return (when.year, when.month or 0, when.day or 0) <= (pub.year, pub.month or 12, pub.day or 31)


def date_openings(doc: Doc, events: Sequence[Event], claims: Sequence[Claim], published: str | None) -> None:
    """Date, in place, each undated factual act that opens a relation between a pair whose onset an
    adjacent (or its own) sentence states."""
    onsets = [c for c in claims if c.attribute == ONSET and c.value and c.sentence >= 0 and "|" in c.subject]
    if not onsets:
        return
    text = text_of(doc)
    for ev in events:
        if ev.date.value is not None or ev.negated or ev.modality not in _FACTUAL or ev.token < 0:
            continue
        if not opens_relation(doc, ev.token):
            continue
        claim = _onset_for(ev, onsets, doc, text)
        if claim is None or not _not_after(claim.value, published):
            continue
        said = text[claim.start:claim.end] or claim.value
        ev.date = TimeRef(claim.value, shape_precision(claim.value), said, "event")
