"""Dates anchored on another act of the document: "after the raid", "since the coup", "following the
vote", "after police stormed the embassy".

An event whose clause has no time expression but a temporal preposition or conjunction naming
another act takes that act's date when the document has already dated it: "after X" gives X's date to
the month at most (the act came later, most often within days), "since X" gives X's date as the start
of an open interval.  The named act is found by its word: the noun or verb after the preposition has
the lemma (or the stem: "execution" / "executed") of an earlier event's trigger.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Token

from diplograph.extract.dates.tense import predicate
from diplograph.extract.dates.timex import OPEN
from diplograph.nlp.tokens import children
from diplograph.records import Event, TimeRef

_AFTER = frozenset({"after", "following", "since"})
_STEM = 5  # letters two words must share at the start to name the same act


def _same_act(a: Token, b: Token) -> bool:
    la, lb = a.lemma_.lower(), b.lemma_.lower()
    if la == lb:
        return True
    n = 0
    for x, y in zip(la, lb):
        if x != y:
            break
        n += 1
    return n >= _STEM and n * 10 >= 7 * min(len(la), len(lb))


def _named_acts(doc: Doc, verb: Token) -> list[tuple[str, Token]]:
    """(preposition, head word of the act it names) for the temporal phrases of a clause."""
    found = []
    for c in children(doc)[verb.i]:
        word = c.lower_
        if c.dep_ == "prep" and word in _AFTER:
            objs = [o for o in children(doc)[c.i] if o.dep_ in ("pobj", "pcomp")]
            found.extend((word, o) for o in objs)
        elif c.dep_ == "advcl":
            marks = [m.lower_ for m in children(doc)[c.i] if m.dep_ == "mark"]
            if marks and marks[0] in _AFTER:
                found.append((marks[0], c))
    return found


def anchored_on(doc: Doc, ev: Event, earlier: Sequence[Event]) -> TimeRef | None:
    """The date ``ev`` takes from an earlier dated act its clause names, or None."""
    if ev.token < 0 or not earlier:
        return None
    verb = predicate(doc, ev.token)
    for prep, word in _named_acts(doc, verb):
        for other in reversed(earlier):
            if other.date.value is None or other.token < 0 or other is ev:
                continue
            if not _same_act(word, doc[other.token]):
                continue
            d = other.date
            text = f"{prep} {word.text} ({d.text})"
            if prep == "since":
                return TimeRef(d.value, d.precision, text, "event", OPEN, None)
            if d.precision == "day":
                return TimeRef(d.value[:7], "month", text, "event")  # type: ignore[index]
            return TimeRef(d.value, d.precision, text, "event")
    return None
