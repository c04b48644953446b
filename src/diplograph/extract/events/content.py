"""The content of a speech act: what a demand asks, an invitation or offer proposes, a threat
threatens, an accusation alleges.

"Moscow demanded that Tbilisi withdraw its forces" tells one act, the demand; the withdrawal is
what was demanded, not a second act (:mod:`.factuality` gives it its value: hypothetical, future,
threatened).  Here such an act, coded on a word the speech act's trigger governs in its sentence,
is linked to the speech act as its content (``content_of``: the speech act's index in the
document's event list).  It stays an event of its own, with its value, so it can still be asked
for; ``diplograph.code()`` lists it under the speech act (``content``) instead of beside it.  Where it
is its own doer's act announced by a threat or promise toward the same party ("X threatened to strike
Y"), it is only listed there (:mod:`.fragments`): the threat is the one row.
Grammar only: which words are speech acts is the lexicon's business (their PLOVER types).
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.nlp.tokens import sentence_ids, tokens
from diplograph.records import Event

SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "AGREE", "ACCUSE", "REJECT"})
CONTENT_VALUES = frozenset({"future", "hypothetical", "threatened"})  # not told as done
_MAX_STEPS = 8
ASIDE_ACTS = frozenset({"REQUEST", "ACCUSE"})  # speech acts whose addressee an aside leaves to its main clause
DENYING = frozenset({"REJECT"})  # acts an aside's allegation or request is answered by (aimed at its speaker)
ASIDE_MARKS = frozenset({"as"})  # "..., as Rome has requested": the clause names what the main clause tells


def attach_contents(events: list[Event], doc: Doc) -> None:
    """Set ``content_of`` on every event that is the content of a speech act of its sentence: an
    act not told as done whose trigger the speech act's trigger governs."""
    toks = tokens(doc)
    sent_of = sentence_ids(doc)
    speech: dict[int, int] = {}
    for k, ev in enumerate(events):
        if ev.type in SPEECH_ACTS and ev.token >= 0 and ev.modality in ("asserted", "reported") \
                and ev.retells is None:
            speech.setdefault(ev.token, k)
    if not speech:
        return
    for k, ev in enumerate(events):
        if ev.token < 0 or ev.modality not in CONTENT_VALUES or ev.token in speech:
            continue
        tok = toks[ev.token]
        for _ in range(_MAX_STEPS):
            head = tok.head
            if head.i == tok.i or sent_of[head.i] != sent_of[ev.token]:
                break
            if head.i in speech:
                ev.content_of = speech[head.i]
                break
            tok = head


def aim_asides(events: list[Event], doc: Doc) -> None:
    """A speech act told in an aside on another act ("Should X extradite him, as Rome has requested?",
    "Y denied it, as Z had alleged") is addressed to that act's doer: what was asked or alleged is
    that act.  Fills the target such a speech act lacks with the doer of the act its clause is
    attached to (the nearest act above it in the sentence with a source)."""
    toks = tokens(doc)
    by_token: dict[int, list[Event]] = {}
    for ev in events:
        if ev.token >= 0:
            by_token.setdefault(ev.token, []).append(ev)
    for ev in events:
        if ev.type not in ASIDE_ACTS or ev.source is None or ev.token < 0:
            continue
        tok = toks[ev.token]
        if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in tok.children):
            continue
        node = tok.head
        for _ in range(_MAX_STEPS):
            doers = [e.source for e in by_token.get(node.i, ()) if e.source is not None]
            if doers:
                if doers[0].actor_id != ev.source.actor_id and ev.target is None:
                    ev.target = doers[0]
                break
            if node.head.i == node.i:
                break
            node = node.head
        node = tok.head
        for _ in range(_MAX_STEPS):  # "Y denied it was doing X, as Z had alleged": the denial answers Z
            denials = [e for e in by_token.get(node.i, ()) if e.type in DENYING and e.source is not None]
            if denials:
                for denial in denials:
                    if denial.target is None and denial.source.actor_id != ev.source.actor_id:
                        denial.target = ev.source
                break
            if node.head.i == node.i:
                break
            node = node.head
