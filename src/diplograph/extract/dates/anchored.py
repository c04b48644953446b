"""Dates anchored on another act of the document: "after the raid", "since the coup", "following the
vote", "after police stormed the embassy", "two months after the invasion", "the day after the
earthquake struck on 6 February", "on the second anniversary of the coup".

An event whose clause has no time expression but a temporal preposition or conjunction naming
another act takes that act's date, wherever in the document the act is dated: "after X" gives X's date
to the month at most (the act came later, most often within days), "N units after X" gives X's date
moved by N units, "since X" gives X's date as the start of an open interval.  The named act's date is
a time expression inside the phrase that names it ("after the earthquake struck on 6 February"), else
the date of an event of the document with the same noun (the lemma, or the stem: "execution" /
"executed").

An act that is itself such a landmark or topic, named by a definite noun phrase ("since Russia's
invasion", "talks about the war"), is the same act as one the document dates with an expression of
its own; it takes that date (:func:`same_act`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from diplograph.extract.dates.dateline import within_week
from diplograph.extract.dates.known import known_at
from diplograph.extract.dates.nested import described_apart
from diplograph.extract.dates.resolve import _num, shifted
from diplograph.extract.dates.tense import predicate
from diplograph.extract.dates.timex import OPEN, Timex, shape_precision
from diplograph.nlp.tokens import children, tagged
from diplograph.records import Event, PartialDate, TimeRef

_AFTER = frozenset({"after", "following", "since"})
_BEFORE = "before"  # names an act only with a quantity: "three weeks before the vote"
UNITS = frozenset({"day", "week", "month", "year", "decade"})  # the time units a count of time is in
# a count of hours, or a word for "at once", puts an act on the day of the act it follows or precedes
# ("hours after the strike on Friday", "shortly after X bombed Y"): that day, not just its month
_HOURS = frozenset({"hour", "minute", "moment"})
_AT_ONCE = frozenset({"shortly", "immediately", "just", "moments", "minutes", "hours"})
_STEM = 5  # letters two words must share at the start to name the same act
_OWN = ("explicit", "relative")  # dates an event's own expression gave


def _same_word(a: Token, b: Token) -> bool:
    la, lb = a.lemma_.lower(), b.lemma_.lower()
    if la == lb:
        return True
    n = 0
    for x, y in zip(la, lb):
        if x != y:
            break
        n += 1
    # "execution" / "executed", "seizure" / "seize": most of the shorter word
    return n >= _STEM and n * 10 >= 7 * min(len(la), len(lb)) or n >= _STEM - 1 and n * 10 >= 8 * min(len(la), len(lb))


def _count(doc: Doc, tok: Token) -> Token | None:
    """The noun of a quantity that modifies ``tok`` ("two months after", "the day after")."""
    for c in children(doc)[tok.i]:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in UNITS:
            return c
    return None


def same_day(doc: Doc, tok: Token) -> bool:
    """Whether the preposition or clause ``tok`` ("after", "seized" of "hours after X seized Y") is
    counted in hours or told as immediate: the two acts share a day."""
    for c in children(doc)[tok.i]:
        if c.dep_ in ("npadvmod", "dep", "nmod") and c.lemma_.lower() in _HOURS:
            return True
        if c.dep_ == "advmod" and c.lower_ in _AT_ONCE:
            return True
    return False


def _counted(doc: Doc, verb: Token) -> list[tuple[str, Token, Token]]:
    """(preposition, act, quantity noun) for a quantity of time heading the phrase that names the act
    ("a week after the meeting, X ...", "three weeks before the vote, X ..."): the parse hangs the
    preposition on the quantity, and the quantity on the verb."""
    found = []
    for q in children(doc)[verb.i]:
        if q.dep_ != "npadvmod" or q.lemma_.lower() not in UNITS:
            continue
        for c in children(doc)[q.i]:
            if c.dep_ == "prep" and (c.lower_ in _AFTER or c.lower_ == _BEFORE):
                found.extend((c.lower_, o, q) for o in children(doc)[c.i] if o.dep_ in ("pobj", "pcomp"))
    return found


def counted_clause(doc: Doc, i: int) -> bool:
    """Whether the act at token ``i`` is told in a clause a quantity of time sets apart from the clause
    it modifies ("the meeting came days after jets bombed ...", "weeks before troops withdrew"): it
    lies near the narrative's time, but not on its day."""
    verb = predicate(doc, i)
    if verb.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in children(doc)[verb.i] if c.dep_ == "mark"]
    return bool(marks) and (marks[0] in _AFTER or marks[0] == _BEFORE) and _count(doc, verb) is not None


def in_landmark(tok: Token, pred: Token) -> bool:
    """Whether ``tok`` stands inside the phrase that a quantity of time before or after it names, below
    ``pred`` ("three weeks before the vote on 30 April, X warned ..."): a date there is the named act's,
    the clause's lies that far from it."""
    cur = tok
    for _ in range(8):
        if cur.i == pred.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and (cur.lower_ in _AFTER or cur.lower_ == _BEFORE) and cur.i != tok.i and (
                cur.head.dep_ == "npadvmod" and cur.head.lemma_.lower() in UNITS or _count(cur.doc, cur) is not None):
            return True
        cur = cur.head
    return False


def _named_acts(doc: Doc, verb: Token) -> list[tuple[str, Token, Token | None]]:
    """(preposition, head word of the act it names, quantity noun or None) for the temporal phrases
    of a clause."""
    found = []
    for c in children(doc)[verb.i]:
        word = c.lower_
        if c.dep_ == "prep" and (word in _AFTER or word == _BEFORE and _count(doc, c) is not None):
            objs = [o for o in children(doc)[c.i] if o.dep_ in ("pobj", "pcomp")]
            found.extend((word, o, _count(doc, c)) for o in objs)
        elif c.dep_ == "advcl":
            marks = [m.lower_ for m in children(doc)[c.i] if m.dep_ == "mark"]
            if marks and (marks[0] in _AFTER or marks[0] == _BEFORE and _count(doc, c) is not None):
                found.append((marks[0], c, _count(doc, c)))
    found.extend(_counted(doc, verb))
    found.extend(("anniversary", act, mark) for act, mark in _anniversaries(doc, verb))
    return found


_MARKING = frozenset({"mark", "commemorate", "celebrate", "observe"})
_ORDINALS = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)}


def _anniversaries(doc: Doc, verb: Token) -> list[tuple[Token, Token]]:
    """(act, "anniversary" token) for "on the (second) anniversary of X", "to mark the anniversary of X"."""
    kids = children(doc)
    heads = [verb] + [c for c in kids[verb.i] if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _MARKING]
    found = []
    for h in heads:
        for c in kids[h.i]:
            nouns = [o for o in kids[c.i] if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "on" else \
                [c] if c.dep_ == "dobj" and h.lemma_.lower() in _MARKING else []
            for n in nouns:
                if n.lemma_.lower() != "anniversary":
                    continue
                for of in kids[n.i]:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        found.extend((o, n) for o in kids[of.i] if o.dep_ == "pobj")
    return found


def _anniversary(d: TimeRef, mark: Token, published: PartialDate | None) -> TimeRef | None:
    """The day or month an anniversary of an act dated ``d`` falls on: its ordinal's year ("the
    second anniversary"), else the last one before the publication."""
    start = PartialDate.parse(d.value) if d.value else None
    if start is None or start.month is None:
        return None
    nth = next((_ORDINALS.get(c.lower_) or _num(c.lower_.rstrip("stndrh")) for c in mark.children
                if c.dep_ in ("amod", "nummod")), None)
    if nth:
        year = start.year + nth
    elif published is not None and published.month is not None:
        year = published.year - (1 if (start.month, start.day or 1) > (published.month, published.day or 31) else 0)
    else:
        return None
    value = f"{year:04d}{d.value[4:]}"  # type: ignore[index]
    return TimeRef(value, d.precision, f"the anniversary of {d.text}", "event")


def _hours_phrase(doc: Doc, word: Token) -> bool:
    """Whether the preposition above the act noun ``word`` is counted in hours ("hours after the vote")."""
    prep = word.head
    return word.dep_ in ("pobj", "pcomp") and prep.dep_ == "prep" and (
        same_day(doc, prep) or prep.head.dep_ in ("npadvmod", "dep") and prep.head.lemma_.lower() in _HOURS
        or prep.i > 0 and doc[prep.i - 1].head.i == prep.head.i and doc[prep.i - 1].dep_ in ("npadvmod", "dep")
        and doc[prep.i - 1].lemma_.lower() in _HOURS)  # "Minutes after X, Y ...": the count beside the preposition


def names_act(doc: Doc, ev: Event) -> bool:
    """Whether ``ev``'s clause names another act it is timed from ("after the raid", "since X")."""
    return ev.token >= 0 and bool(_named_acts(doc, predicate(doc, ev.token)))


def _within(word: Token, timexes: Sequence[Timex]) -> TimeRef | None:
    """The date a time expression inside the phrase of ``word`` gives ("the coup of 1 February")."""
    lo, hi = word.left_edge.idx, word.right_edge.idx + len(word.right_edge.text)
    inside = [tx for tx in timexes if tx.value and tx.kind == "date" and not tx.refers_back and lo <= tx.start < hi]
    if not inside:
        return None
    tx = inside[0]
    value = tx.reading("past")
    return TimeRef(value, tx.precision if value == tx.value else shape_precision(value), tx.text, "explicit")


def _landmark_date(doc: Doc, word: Token, timexes: Sequence[Timex], events: Sequence[Event],
                   ev: Event, published: PartialDate | None = None) -> TimeRef | None:
    """The date of the act ``word`` names: a time expression inside its phrase, else a dated event
    of the document with the same word (one dated by its own expression first, then the nearest), else
    the same noun with a date of its own elsewhere ("the coup of 1 February 2021"); a clause's verb that tells
    no event of the document dates by the well-known event it names (``known_at``: "since Ghani fled")."""
    found = _within(word, timexes)
    if found is not None:
        return found
    if word.pos_ not in ("NOUN", "PROPN"):
        # a clause with no date of its own ("after the minister spoke"): its verb names no one act, unless
        # the document dated the act it tells ("since Ghani fled": a known event)
        told = [o for o in events if o is not ev and o.token == word.i and o.date.value and o.date.end is None]
        return told[0].date if told else known_at(doc, word, published)  # (no event: "since Ghani fled")
    same = [o for o in events if o is not ev and o.token >= 0 and o.date.value and o.date.end is None
            and _same_word(word, doc[o.token])]
    if same:
        same.sort(key=lambda o: (o.date.anchor not in _OWN, abs(o.token - word.i)))
        return same[0].date
    lemma = word.lemma_.lower()
    for tok in tagged(doc, ("NOUN",)):
        if tok.i != word.i and tok.lemma_.lower() == lemma:
            found = _within(tok, timexes)
            if found is not None:
                return found
    return None


def anchored_on(doc: Doc, ev: Event, events: Sequence[Event], timexes: Sequence[Timex] = (),
                published: PartialDate | None = None, narrative: TimeRef | None = None) -> TimeRef | None:
    """The date ``ev`` takes from a dated act its clause names, or None.  ``timexes``: the document's
    time expressions.  ``narrative``: the time the narrative stands at, which a count from an act the
    document does not date starts from ("held elections on 23 August. Two days after the vote, ...")."""
    if ev.token < 0:
        return None
    verb = predicate(doc, ev.token)
    for prep, word, count in _named_acts(doc, verb):
        d = _landmark_date(doc, word, timexes, events, ev, published)
        if d is None and count is not None and prep in ("after", _BEFORE) and narrative is not None \
                and narrative.anchor == "discourse":
            d = narrative
        if d is None or d.value is None:
            continue
        if prep == "anniversary":
            return _anniversary(d, count, published)  # type: ignore[arg-type]
        if doc[ev.token] in word.subtree:
            return d  # "three days after the talks": the talks themselves are the act counted from
        text = f"{prep} {word.text} ({d.text})"
        if prep == "since":
            return TimeRef(d.value, d.precision, text, "event", OPEN, None)
        if count is not None:
            n = next((c for c in children(doc)[count.i] if c.dep_ == "nummod"), None)
            k = 1 if n is None else _num(n.lower_)
            unit = count.lemma_.lower()
            if k is not None:
                k, unit = (k * 10, "year") if unit == "decade" else (k, unit)
                k = -k if prep == _BEFORE else k
                value = shifted(d.value, (k, unit))
                if value is not None:
                    return TimeRef(value, shape_precision(value), f"{count.text} {text}", "event")
        if prep == _BEFORE or prep != "since" and described_apart(word, timexes):
            continue  # "before X" with no count: some time before it; "after a flood in 2012 that killed ...": background
        if d.precision == "day" and prep == "after" and (same_day(doc, word) or _hours_phrase(doc, word)):
            return TimeRef(d.value, d.precision, text, "event")  # "hours after X struck on Friday": Friday
        if d.precision == "day" and prep == "after" and d.anchor in _OWN and within_week(d.value, published) \
                and not _counted_before(doc, word):
            # "After meeting X on Friday, Y dropped ...": between that day (told, not the story's) and the writing
            return TimeRef(d.value, "day", text, "event", published.iso, "day")  # type: ignore[union-attr]
        if d.precision == "day":
            return TimeRef(d.value[:7], "month", text, "event")
        return TimeRef(d.value, d.precision, text, "event")
    return None


def _counted_before(doc: Doc, word: Token) -> bool:
    """Whether a quantity of time stands right before the preposition or conjunction that names the act
    ``word`` ("Weeks after Monday's clash"): the count, not the writing, bounds the act."""
    lead = word.head if word.dep_ in ("pobj", "pcomp") else next(
        (m for m in children(doc)[word.i] if m.dep_ == "mark"), word)
    before = doc[lead.i - 1] if lead.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in UNITS | _HOURS


def same_act(doc: Doc, ev: Event, events: Sequence[Event]) -> TimeRef | None:
    """For an act named as a landmark or topic ("since Russia's invasion", "amid anger over the
    arrest"): the date the document gives the same act with an expression of its own (same type and
    word, no conflicting side), or None."""
    if ev.token < 0:
        return None
    trig = doc[ev.token]
    for o in events:
        if o is ev or o.token < 0 or o.type != ev.type or o.date.anchor not in _OWN or not o.date.value:
            continue
        if not _same_word(trig, doc[o.token]) or _conflict(ev, o):
            continue
        return TimeRef(o.date.value, o.date.precision, f"{trig.text} ({o.date.text})", "event",
                       o.date.end, o.date.end_precision)
    return None


def _conflict(a: Event, b: Event) -> bool:
    """Whether two events name different actors on the same side."""
    for x, y in ((a.source, b.source), (a.target, b.target)):
        if x is not None and y is not None and x.actor_id and y.actor_id and x.actor_id != y.actor_id:
            return True
    return False


def named_after(doc: Doc, tx: Timex):
    """The phrase a "N units after" expression names: the object of its preposition or the clause its
    conjunction introduces."""
    span: Span | None = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None or not len(span) or span[-1].lower_ not in ("after", "before"):
        return None
    after = span[-1]
    if after.dep_ == "mark":
        return after.head
    return next((c for c in after.children if c.dep_ in ("pobj", "pcomp")), None)


def rebased(tx: Timex, usable: Sequence[Timex]) -> Timex:
    """A "N units after" expression counted from the date told before it in the sentence, if any."""
    bases = [o for o in usable if o is not tx and not o.refers_back and o.kind == "date" and o.end <= tx.start
             and o.precision in ("year", "month", "day")]
    if not bases or tx.shift is None:
        return tx
    base = bases[-1]
    value = shifted(base.reading("past"), (-tx.shift[0], tx.shift[1]))
    if value is None:
        return tx
    return replace(tx, value=value, precision=shape_precision(value), past=None, future=None)
