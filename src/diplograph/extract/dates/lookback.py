"""Texts that look back, and clauses that count from the narrative's time.

A retrospective (an analysis, a background piece) tells acts of years before its publication: each
date it tells ended long before it was written.  Its lead is not news; its undated past clauses take
the narrative's time where a date told it, and nothing where none did (:func:`looking_back`).  "Since
then", "has since expelled", "ever since" count from where the narrative stands: the act lies
between that time and the writing (:func:`since_then`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Sequence

from spacy.tokens import Doc

from diplograph.extract.dates.tense import orientation, predicate
from diplograph.extract.dates.timex import Timex, _pd
from diplograph.nlp.tokens import children
from diplograph.records import PartialDate

# a text whose latest date ended this long before its publication looks back (a retrospective)
_BYGONE_DAYS = 183


def looking_back(doc: Doc, timexes: Sequence[Timex], pub: PartialDate) -> bool:
    """Whether a text looks back: it tells times of acts, and each ended half a year or more before its
    publication ("In 2014 ... A year later ..."; not "in December" in a January article).  Its lead's
    past clauses tell that past, not news.  A date inside a name ("condemned the 2015 deal") tells
    no time of the text's."""
    ends = [_last_day(value) for tx in timexes if tx.kind in ("date", "range") and not tx.refers_back
            and not in_name(doc, tx) and not tx.text.lower().startswith("since ")  # "since 2021": up to now
            and (value := _pd(tx.end_value if tx.kind == "range" and tx.end_value else tx.reading("past"))) is not None]
    return bool(ends) and (_day(pub) - max(ends)).days >= _BYGONE_DAYS


def in_name(doc: Doc, tx: Timex) -> bool:
    """Whether a date modifies a common noun ("the 2015 deal", "the 2006 war")."""
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    out = [t for t in span if not span.start <= t.head.i < span.end]
    return all(t.dep_ in ("det", "nummod", "compound", "amod", "poss") and t.head.pos_ == "NOUN" for t in out)


def _last_day(d: PartialDate) -> date:
    if d.month is None:
        return date(d.year, 12, 31)
    if d.day is None:
        return date(d.year + d.month // 12, d.month % 12 + 1, 1) - timedelta(days=1)
    return date(d.year, d.month, d.day)


def _day(d: PartialDate) -> date:
    return date(d.year, d.month or 1, d.day or 1)


def since_then(doc: Doc, i: int) -> bool:
    """Whether the clause of the act at token ``i`` counts from the narrative's time: "since then",
    "since that time", "has since expelled", "ever since" (a "since" with no act or date of its own)."""
    kids = children(doc)
    verb = predicate(doc, i)
    heads = [verb]
    while heads[-1].dep_ == "conj" and heads[-1].head.i != heads[-1].i and len(heads) < 4 \
            and orientation(doc, heads[-1].head.i) == orientation(doc, verb.i):
        heads.append(heads[-1].head)  # "Since then, X has imposed ... and Y has expelled ...": both (same tense)
    for c in (c for h in heads for c in kids[h.i]):
        if c.lower_ != "since" or c.dep_ not in ("prep", "advmod") or c.head.i != verb.i and c.i > verb.i:
            continue
        objs = [o for o in kids[c.i] if o.dep_ in ("pobj", "pcomp")]
        if not objs or objs[0].lower_ == "then" or objs[0].lemma_.lower() == "time" \
                and any(d.lower_ in ("that", "this") for d in kids[objs[0].i]):
            return True
    return False
