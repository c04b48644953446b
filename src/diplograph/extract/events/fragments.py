"""Fragments: acts not told as done whose parties the text does not give.

An event record says who did what to whom. An act told as done keeps its record even with one side
("North Korea fired a missile", "crowds stormed the ministry"): something happened, and the side the
text names is a party to it. An act with no source found is a *half record* where the text names a
particular doer the coder did not resolve to an actor -- a definite subject, a pronoun, a name, a by-agent,
a possessor ("the foreign ministry condemned X" with no state told, "they accused X", "the council's
sanctions on X") -- and is left out: on invented and real text alike such records were mostly wrong, and
leaving them out lost no gold act. Where the text names no particular doer -- an agentless passive ("two
journalists were arrested"), an act noun without possessor or agent ("an attack on a police post"), a
possessor that underwent the act ("X's arrest") -- the record is genuine, its doer unknown, and kept; for
harm (``doerless`` in ``plover.yaml``) so is one whose doer is told only as anyone of a kind ("a mob beat
two men", "a roadside bomb killed five soldiers"). Which is which is read off the parse (doer_named.py);
a retelling is never a half record, its sides join its first telling's. An act *not* told as done --
wanted, offered, feared, asked, denied, questioned ("X urged both sides to stand down", "Y could help
rebuild it", "recognition is not on the agenda") -- that lacks a side records no relation at all: it is a proposition with a gap. Where
it is what a speech act asks, offers or alleges, that speech act is the record ("X urged Y to ...":
X REQUEST Y); elsewhere it is talk about a possibility. Such fragments are left out of the
document's events; one that is what a speech act asks, offers or alleges is listed under it
(``content``, which ``diplograph.code()`` shows and the store does not keep).  So is the act a doer's
own threat or promise announces toward the same party ("X threatened to strike Y", "X promised to send
troops to Y"): the threat or promise is the record, the act its content; an act agreed on that the parties
do with each other ("X agreed to hold talks with Y") is itself coming, a row of its own beside the agreement.

Indices into the event list (``retells``, ``content_of``) are renumbered; a retelling of a
fragment that has both sides itself becomes a first telling.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from diplograph.extract.events.ontology import types_in
from diplograph.extract.events.doer_named import doer_named
from diplograph.extract.events.whole import whole_alone
from diplograph.records import Event

# told as done (habitual: done again and again); a threatened act stands for the threat, which was made
DONE = frozenset({"asserted", "reported", "habitual", "threatened"})
STANCES = frozenset({"THREATEN", "AGREE"})  # speech acts whose own doer's announced act is their content
TOGETHER = types_in("together")  # acts the parties do with each other (plover.yaml): talks, a visit, a pact
DOERLESS = types_in("doerless")  # harm (plover.yaml): a doer told as anyone of a kind counts as none


def fragment(ev: Event, doc: Doc | None = None, belief: frozenset[str] = frozenset(),
             acts: frozenset[int] = frozenset(), reception: frozenset[str] = frozenset()) -> bool:
    """A half record (see the module: no source found where the text names a particular doer), or an
    act not told as done (negated, future, hypothetical, asked) with a side missing. An act
    coded as the threat it makes ("will boycott the vote unless ...": THREATEN), or a doer's future
    act coded as its intent ("will hold a summit": AGREE), is an announcement, which was made; an act
    whole with its doer alone ("the bloc's ministers will meet", "must leave the zone": whole.py) has no gap.
    ``acts``: the trigger tokens of the document's acts (an act noun another act takes as object is not
    carried by it: doer_named.py; ``reception``: verbs whose object's act falls on their subject)."""
    coded = ev.act_type is not None and ev.act_type != ev.type
    intent = coded and (ev.type == "THREATEN" or (ev.modality == "future" and ev.source is not None))
    if half(ev, doc, acts, reception) and not whole_alone(ev, doc, belief):
        return True
    return (ev.negated or ev.modality not in DONE) and not (intent and not ev.negated) \
        and (ev.source is None or ev.target is None) and not whole_alone(ev, doc, belief)


def half(ev: Event, doc: Doc | None, acts: frozenset[int] = frozenset(), reception: frozenset[str] = frozenset()) -> bool:
    """No source found, where the text names a particular doer (doer_named.py); a retelling is not one, its
    sides join its first telling's ("Malaysia pressed for a ceasefire ... 'we appealed to Myanmar'")."""
    target = (ev.target.start, ev.target.end) if ev.target is not None else None
    return ev.source is None and ev.retells is None and doer_named(doc, ev.token, ev.type in DOERLESS, target, acts,
                                                                     reception)


def _stance_content(ev: Event, events: list[Event]) -> bool:
    """The act its doer's own threat or promise announces ("X threatened to strike Y", "X promised to
    send troops to Y"), with the speech act's parties: the threat or promise is the record, the act
    its content, not a second row beside it."""
    k = ev.content_of
    if k is None or not 0 <= k < len(events) or ev.negated or ev.modality not in ("threatened", "future"):
        return False
    speech = events[k]
    if speech.type not in STANCES or speech.source is None or ev.source is None \
            or speech.source.actor_id != ev.source.actor_id:
        return False
    if speech.type == "AGREE" and ev.type in TOGETHER - STANCES:
        # ("agreed to hold talks with Y"): an act agreed on between the parties is itself coming; hosting or
        # mediating others' talks ("agreed to host talks between Y and Z") is the agreeing side's offer
        return ev.mode == "third-party"
    return ev.target is None or (speech.target is not None and speech.target.actor_id == ev.target.actor_id)


def drop_fragments(events: list[Event], doc: Doc | None = None, belief: frozenset[str] = frozenset(),
                   reception: frozenset[str] = frozenset()) -> list[Event]:
    """``events`` (one document, in order) without fragments, with list indices renumbered; a fragment
    that is a kept speech act's content is listed under it. Without the parsed ``doc`` no act is read as
    whole with one side (whole.py; ``belief``: the verbs of belief whose complement is only believed;
    ``reception``: the lexicon's ``reception_verbs``, "drew condemnation": no doer named)."""
    acts = frozenset(ev.token for ev in events if ev.token >= 0)
    keep = [not fragment(ev, doc, belief, acts, reception) and not _stance_content(ev, events) for ev in events]
    if all(keep):
        return events
    new_index: dict[int, int] = {}
    asked: dict[int, list[Event]] = {}
    for k, ev in enumerate(events):
        if keep[k]:
            new_index[k] = len(new_index)
        elif ev.content_of is not None and 0 <= ev.content_of < len(events) and keep[ev.content_of]:
            asked.setdefault(ev.content_of, []).append(ev)  # what the speech act asks, offers or alleges
    out: list[Event] = []
    for k, ev in enumerate(events):
        if not keep[k]:
            continue
        retells = new_index.get(ev.retells) if ev.retells is not None else None
        content_of = new_index.get(ev.content_of) if ev.content_of is not None else None
        if retells != ev.retells or content_of != ev.content_of or k in asked:
            ev = replace(ev, retells=retells, content_of=content_of, content=[*ev.content, *asked.get(k, [])],
                         retell_reason=ev.retell_reason if retells is not None else None)
        out.append(ev)
    return out
