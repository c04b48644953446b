"""An act told to the month or year and named again with its day: the day is the act's.

"Serbia expelled the Croatian ambassador in March. The expulsion on 4 March was condemned by the EU":
the definite noun ("the expulsion", "that seizure") re-mentions the act told before, and the day its
own phrase writes ("on 4 March", "the 4 March expulsion") dates that act, not only the clause around
the noun.  Only a noun that is no event of its own (an event is matched to its act by
:mod:`~diplograph.extract.events.identity`), of the same word as the act's trigger ("expulsion" /
"expelled", or a noun of the act's type), whose day falls within the act's date; two different days leave the act as it is.
"""

from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Doc, Token

from diplograph.extract.dates.anchored import _same_word, _within
from diplograph.extract.dates.timex import Timex
from diplograph.nlp.tokens import children, tagged
from diplograph.records import Event, TimeRef

_OWN = ("explicit", "relative")  # dates an event's own expression gave
_DEFINITE = frozenset({"the", "that", "this"})


def refine_days(doc: Doc, events: Sequence[Event], timexes: Sequence[Timex],
                act_of: Callable[[Token], str | None] = lambda tok: None) -> None:
    """Give an act dated to its month or year the day a definite re-mention of it writes, in place.
    ``act_of``: the PLOVER type an act noun names (the lexicon's), for a noun of another stem ("the
    expulsion" of "expelled")."""
    triggers = {ev.token for ev in events if ev.token >= 0}
    nouns = [tok for tok in tagged(doc, ("NOUN",)) if tok.i not in triggers
             and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children(doc)[tok.i])]
    if not nouns:
        return
    for ev in events:
        if ev.token < 0 or ev.date.anchor not in _OWN or ev.date.value is None or ev.date.end is not None \
                or ev.date.precision not in ("month", "year"):
            continue
        days = set()
        for noun in nouns:
            if noun.i <= doc[ev.token].right_edge.i and noun.i >= doc[ev.token].left_edge.i:
                continue  # inside the act's own phrase
            if not (_same_word(noun, doc[ev.token]) or doc[ev.token].pos_ == "VERB" and act_of(noun) == ev.type):
                continue
            d = _within(noun, timexes)
            if d is not None and d.value and d.precision == "day" and d.value.startswith(ev.date.value):
                days.add((d.value, d.text))
        if len(days) == 1:
            value, text = days.pop()
            ev.date = TimeRef(value, "day", text, ev.date.anchor)
