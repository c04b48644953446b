"""Whom a demand for a release is addressed to, or a negotiation of one held with: the one who holds the
captives.

"The African Union called for Bongo's release" asks whoever holds Bongo to free him; Bongo is no
addressee.  A demand (REQUEST) whose content (:mod:`.content`) is a release of the very actor the parse
gave as its target is addressed instead to the captor: the releaser the content names ("urged Hamas to
free the hostages"), else the doer of the act that took or holds the captives, in the same sentence ("the
hostages held by Hamas") or the nearest earlier one ("soldiers detained Bongo ... the AU called for his
release", implied).  With no captor told, the demand keeps no target: a side left empty is better than
the captive named as the one asked.  Grammar-free: it reads the events' types, modes and sides only.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Collection

from spacy.tokens import Doc

from diplograph.nlp.syntax import patients_of, prep_objects
from diplograph.records import ActorRef, Event

_TAKING = frozenset({"COERCE", "ASSAULT"})  # detentions, arrests, abductions, hostage-taking
_RELEASE = "release"
# a demand for a release ("called for the release of X") and a negotiation of one ("negotiated the release of
# X"): each is addressed to, or held with, whoever holds the captives
_ASKING = frozenset({"REQUEST", "CONSULT"})


def _party(a: ActorRef | None) -> str | None:
    return None if a is None else (a.via or a.actor_id)


def address_demands(events: list[Event], doc: Doc, release_nouns: Collection[str] = ()) -> None:
    """Re-aim, in place, every demand for the release of its own target at the captives' holder
    (``release_nouns``: the lexicon's nouns of a release, for a demand whose verb takes one as its object:
    "demanded the release of X")."""
    for k, ev in enumerate(events):
        if ev.type not in _ASKING or ev.target is None or ev.modality not in ("asserted", "reported"):
            continue
        captive = _party(ev.target)
        asked = [c for c in events if c.content_of == k and c.mode == _RELEASE and _party(c.target) == captive]
        if not asked and not _asks_release_of_target(doc, ev, release_nouns):
            continue
        if ev.type == "CONSULT":  # "negotiated the release of X from Y": the release its sentence tells
            asked = [c for c in events if c.sentence == ev.sentence and c is not ev and c.mode == _RELEASE
                     and _party(c.target) == captive]
        captor = next((c.source for c in asked if c.source is not None and _party(c.source) != captive), None)
        if captor is None:
            captor = _holder(events, ev, captive)
        if captor is not None and _party(captor) == _party(ev.source):
            captor = None  # (a state asking for those it holds itself: no addressee told)
        ev.target = captor
        for c in asked:
            if c.source is None and captor is not None:
                c.source = captor


def _holder(events: list[Event], demand: Event, captive: str) -> ActorRef | None:
    """The doer of the nearest act, before the demand or in its sentence, that took or holds ``captive``."""
    best = None
    for ev in events:
        if ev.sentence > demand.sentence or ev is demand:
            continue
        if ev.type in _TAKING and ev.source is not None and _party(ev.target) == captive \
                and _party(ev.source) != captive and (best is None or ev.sentence >= best.sentence):
            best = ev
    if best is None:
        return None
    if best.sentence == demand.sentence:
        return best.source
    return replace(best.source, start=-1, end=-1, implied=True)


def _asks_release_of_target(doc: Doc, ev: Event, release_nouns: Collection[str]) -> bool:
    """ "demanded the release of X": the demand's object is a release noun whose "of" phrase holds the target."""
    if ev.token < 0 or ev.target is None or ev.target.start < 0:
        return False
    for obj in patients_of(doc[ev.token]):
        if obj.lemma_.lower() in release_nouns:
            for pobj in prep_objects(obj, ("of",)):
                span = doc[pobj.left_edge.i:pobj.right_edge.i + 1]
                between = [t for p in pobj.children if p.dep_ == "prep" and p.lower_ == "between" for t in p.subtree]
                if span.start_char <= ev.target.start < span.end_char and not any(  # ("an exchange of prisoners
                        t.idx <= ev.target.start < t.idx + len(t) for t in between):  # between X and Y": the parties)
                    return True
    return False
