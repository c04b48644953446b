"""The content of a speech act: what a demand asks, an invitation or offer proposes, a threat
threatens, an accusation alleges.

"Moscow demanded that Tbilisi withdraw its forces" tells one act, the demand; the withdrawal is
what was demanded, not a second act (:mod:`.factuality` gives it its value: hypothetical, future,
threatened).  Here such an act, coded on a word the speech act's trigger governs in its sentence,
is linked to the speech act as its content (``content_of``: the speech act's index in the
document's event list).  It stays an event of its own, with its value, so it can still be asked
for; ``diplograph.code()`` lists it under the speech act (``content``) instead of beside it.
Grammar only: which words are speech acts is the lexicon's business (their PLOVER types).
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.nlp.tokens import sentence_ids, tokens
from diplograph.records import Event

SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "AGREE", "ACCUSE", "REJECT"})
CONTENT_VALUES = frozenset({"future", "hypothetical", "threatened"})  # not told as done
_MAX_STEPS = 8


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
