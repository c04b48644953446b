"""Acts the text names as well-known dated events: "the Taliban takeover", "Russia's full-scale
invasion of Ukraine", "the annexation of Crimea".

A re-mention of a known event carries no time expression, and the discourse's time is the wrong
one for it: "In July, X held a conference ... In the meantime, the Taliban seized power in Kabul"
tells the takeover of August, not an act of July.  An event whose trigger lies inside a phrase that
names one of the well-known events of ``data/landmarks.yaml`` (the list the publication-date guess
uses) takes that event's date (``event`` anchor), unless the event lies after the publication (a
text cannot tell as past what had not happened: the phrase then names something else).
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.extract.dates.pubdate import landmarks
from diplograph.extract.dates.timex import shape_precision
from diplograph.extract.prefilter import could_match, fold
from diplograph.nlp.tokens import sentence_of, text_of
from diplograph.records import Event, PartialDate, TimeRef


def known_event(doc: Doc, ev: Event, published: PartialDate | None) -> TimeRef | None:
    """The date of the well-known event whose name the trigger of ``ev`` stands in, or None."""
    if ev.token < 0 or ev.negated:
        return None
    trig = doc[ev.token]
    if ev.modality not in ("asserted", "reported") and not _definite(trig):
        return None  # "a takeover could follow": not the known one; "in the wake of the takeover" is, whatever the clause
    return known_at(doc, trig, published)


def known_at(doc: Doc, trig, published: PartialDate | None) -> TimeRef | None:
    """The date of the well-known event whose name the token ``trig`` stands in ("since Ghani fled"), or None."""
    sent = sentence_of(trig)
    text = text_of(doc)[sent.start_char:sent.end_char]
    folded = fold(text)
    at = trig.idx - sent.start_char
    for lm in landmarks():
        for pat in lm.patterns:
            if not could_match(pat, folded):
                continue
            for m in pat.finditer(text):
                if not m.start() <= at < m.end():
                    continue
                when = PartialDate.parse(lm.date)
                if published is not None and (when.year, when.month or 1, when.day or 1) > \
                        (published.year, published.month or 12, published.day or 31):
                    continue
                return TimeRef(lm.date, shape_precision(lm.date), f"{m.group(0)} ({lm.name})", "event")
    return None


def _definite(noun) -> bool:
    """Whether an act noun refers to one known act ("the Taliban takeover", "Russia's invasion"): a noun
    with a definite article or a possessive, whatever the modality of the clause around it."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
