"""Re-mentions within one document: when a later mention retells an act the text told before.

News tells one act several times: "the Taliban took Kabul on Sunday … the takeover stunned
Washington … since the Taliban's takeover, aid has stopped".  Two mentions of one document with the
same type, actors, polarity and assertedness (one merge group) and compatible times tell one act
when the later one is a *re-telling*:

* an anaphoric definite or possessive nominal: the trigger is an event noun of the lexicon
  introduced by a determiner ("the talks", "this visit") or a possessor ("Russia's invasion"),
  with at most a few modifiers between ("the full-scale invasion", "the two-day talks");
* the same trigger word (its first five letters, as across documents: "took" / "taking" no, "strike"
  / "strikes" yes);
* or most of the content words of the two sentences are shared (two sentences: one sentence
  shares all its words with itself).

Times are compatible when equal, when one refines the other ("2021" and "2021-08"), or when one or
both are missing.  Two dates of different precision are one act only on the stronger signs (a
definite or possessive re-mention, or shared wording): one text giving "2015" and "December 2015"
with the same verb often tells two acts.  Two different dates never merge.

A mention with a missing side says less: it joins another of the same document only with the same
actor (one group), the same trigger word or a definite or possessive nominal, and equal or missing
dates (refined dates only when the later one is a definite or possessive nominal).  It also joins a
mention of the same type that names both sides (:func:`why_rejoins`) when the side it names is the
same in the same role ("the Taliban took Kabul on Sunday … since the Taliban takeover, …"), on the
same signs: a definite or possessive nominal or the same trigger word, told later.

This module only judges pairs; :mod:`diplograph.extract.events.identity` links the mentions of one
document, :mod:`diplograph.store.merge_plan` clusters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol


class Told(Protocol):
    """What is read of a mention (:class:`diplograph.store.merge_plan.MentionRow`,
    :class:`diplograph.extract.events.identity.Told`)."""
    source: str | None
    target: str | None
    date: str | None
    text: str
    trigger: str
    sentence: int
    offset: int

SAME_DOC_SIMILARITY = 0.5  # share of content words that makes two sentences one telling
DETERMINERS = frozenset("the this these those its their his her our such".split())  # not "that": "said that talks …"
MAX_MODIFIERS = 3  # words allowed between the determiner or possessor and the event noun
# the shapes of prenominal modifiers ("full-scale", "two-day", "Russian", "military", "renewed"; a
# capitalised name is one too: :func:`_proper`)
MODIFIER = re.compile(r"^(?:\d[\w-]*|\w+-\w[\w-]*|\w+(?:al|ic|ive|ful|ous|ary|ian|an|ese|ish|ed|ing|est|ent)"
                      r"|new|last|next|first|second|third|recent|latest|surprise|joint)$", re.I)
WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """The head words of the lexicon's noun triggers ("talks" -> "talk", "air strike" -> "strike")."""
    from diplograph.extract.events.ontology import packaged_lexicon
    return frozenset(packaged_lexicon().nouns)


STOP = frozenset("""that this with from have has had been were was which their there about would could
their they them than then into over also after before since while where when what will more most some such
only other these those being between against because""".split())


@lru_cache(maxsize=1 << 16)
def content_words(text: str) -> frozenset[str]:
    """The content words of a sentence (four letters or more, a plural's "s" dropped)."""
    return frozenset(w[:-1] if w.endswith("s") and not w.endswith("ss") else w
                     for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in STOP)


def similarity(a: str, b: str) -> float:
    """The share of content words two sentences share."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def _is_event_noun(word: str) -> bool:
    w = word.lower()
    nouns = _event_nouns()
    return w in nouns or (w.endswith("s") and (w[:-1] in nouns or (w.endswith("es") and w[:-2] in nouns)))


@lru_cache(maxsize=1 << 16)
def nominal_cue(text: str, trigger: str, offset: int = -1) -> str | None:
    """The phrase that makes the trigger a definite or possessive nominal ("the takeover",
    "Russia's invasion"), or None: a verb, or a bare noun ("talks between X and Y")."""
    if not trigger or not _is_event_noun(trigger.split()[-1]):
        return None
    if not (0 <= offset and text[offset:offset + len(trigger)].lower() == trigger.lower()):
        offset = text.lower().find(trigger.lower())
        if offset < 0:
            return None
    before = WORD.findall(text[:offset])
    for back, word in enumerate(reversed(before[-(MAX_MODIFIERS + 1):])):
        low = word.lower()
        if low in DETERMINERS or (low.endswith(("'s", "’s", "s'", "s’")) and len(low) > 3):
            return " ".join(before[len(before) - back - 1:] + [trigger])
        if not (MODIFIER.match(word) or _proper(word, before, back)):
            return None
    return None


def _proper(word: str, before: list[str], back: int) -> bool:
    """A capitalised modifier inside the sentence: a people's or a place's name before the noun ("the
    Israeli strikes", "the Saudi execution", "the Gaza raid"), not the sentence's first word."""
    return word[:1].isupper() and not word.isupper() and back < len(before) - 1


def _same_trigger(a: Told, b: Told) -> bool:
    return bool(a.trigger) and a.trigger.lower()[:5] == b.trigger.lower()[:5]


def _times(a: Told, b: Told) -> str | None:
    """How the two times agree ("dates 2021 and 2021-08 agree", "one undated"), or None when they
    disagree; equal dates are the caller's business."""
    if a.date and b.date:
        if a.date.startswith(b.date) or b.date.startswith(a.date):
            return f"dates {min(a.date, b.date, key=len)} and {max(a.date, b.date, key=len)} agree"
        return None
    return "one undated" if (a.date or b.date) else "both undated"


# material acts that happen once ("took Kabul", "the invasion"): a definite or possessive nominal of
# another word may retell them; a pledge, a meeting or praise recurs, so only the same word retells it
DISCRETE = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT"})
# standing relations between two actors ("the dialogue", "contacts", "counter-terrorism cooperation"):
# an analysis tells one ongoing relation in several sentences and words; only a new date parts them
ONGOING = frozenset({"CONSULT", "COOPERATE"})


def why_retold(a: Told, b: Told, similarity: float, retelling: Told | None = None,
               discrete: bool = False) -> str | None:
    """Why two mentions of one group and one document tell one act, or None.

    ``similarity`` is the share of content words the two sentences share.  The re-telling is the
    later of the two in the text (by sentence, then position); a definite or possessive nominal of a
    ``discrete`` act names a known act wherever it stands ("in the wake of the takeover … seized").  Of the places only the order and
    whether the sentence is one are read.
    """
    times = _times(a, b)
    if times is None:
        return None
    head = "same act retold in the document"
    earlier, later = (a, b) if (a.sentence, a.offset) <= (b.sentence, b.offset) else (b, a)
    if retelling is not None:  # a heading retells what the body tells below it
        earlier, later = (b, a) if retelling is a else (a, b)
    cue = nominal_cue(later.text, later.trigger, later.offset)
    if cue is None and discrete and (a.source is not None and a.target is not None):
        first = nominal_cue(earlier.text, earlier.trigger, earlier.offset)  # "since the takeover … seized Kabul"
        if first:
            return f"{head}: {first!r} names the act {later.trigger!r} tells; {_times(a, b)}"
    refined = bool(a.date and b.date and a.date != b.date)  # "2015" and "December 2015": often two acts
    if a.source is None or a.target is None:  # one group: b lacks the same side
        if _same_trigger(a, b) and (cue or not refined):
            return f"{head}: same actor and trigger ({later.trigger!r}); {times}"
        if cue and discrete and not _same_trigger(a, b):
            return f"{head}: {cue!r} refers back to {earlier.trigger!r} by the same actor; {times}"
        return None
    if cue:
        return f"{head}: {cue!r} refers back to {earlier.trigger!r}; {times}"
    if similarity >= SAME_DOC_SIMILARITY and a.sentence != b.sentence:
        return f"{head}: {similarity:.0%} of content words shared; {times}"
    if _same_trigger(a, b) and not refined:
        return f"{head}: same trigger ({later.trigger!r}); {times}"
    return None


def why_ongoing(a: Told, b: Told) -> str | None:
    """Why two mentions of one document, of an ongoing relation (:data:`ONGOING`) between the same two
    actors, tell one relation, or None: at most one of them has a date of its own.  Two dated tellings
    are two occasions, even when one date refines the other."""
    times = _times(a, b)
    if times is None or (a.date and b.date):
        return None  # two tellings each dated by the text are two occasions ("talks in 2019 … met in March 2019")
    return f"same ongoing relation between the same actors retold in the document; {times}"


def why_restated(a: Told, b: Told) -> str | None:
    """Why two stances of one document by the same actor on the same actor (praise, criticism), told
    near each other, the later one in what the actor says, are one stance, or None: times as in
    :func:`why_ongoing` (a stance said again on another date is another act)."""
    times = _times(a, b)
    if times is None or (a.date and b.date):
        return None
    return f"same stance said again near by, in other words; {times}"


def why_same_content(a: Told, b: Told, word: str) -> str | None:
    """Why two speech acts of one document by the same actor to the same actor, asking, alleging or
    threatening the same thing (``word``, a content word both name), tell one act, or None: their
    times agree, as in :func:`why_ongoing`."""
    times = _times(a, b)
    if times is None:
        return None
    return f"same act retold in the document: both about {word!r}; {times}"


def why_rejoins(part: Told, full: Told, heading: bool = False, discrete: bool = False,
                outcome: bool = False) -> str | None:
    """Why ``part``, a mention that names one side, retells ``full``, a mention of the same
    document, type and polarity that names both (the caller checks those and that the side
    ``part`` names is the same, in the same role), or None.

    ``part`` must come later (or be a ``heading``'s summing up of the body; or, for a ``discrete`` act,
    ``full`` a definite or possessive nominal in a later sentence that names the side ``part`` left
    unsaid: "X raided a camp … the raid killed 12 fighters") and use the same trigger
    word, or, for a ``discrete`` act (:data:`DISCRETE`), be a definite or possessive nominal ("since
    the Taliban takeover") or an ``outcome`` told of its patient with the doer left unsaid ("20 soldiers
    were killed", "troops who were injured"); times as in :func:`why_retold`, a refined date only with
    a nominal."""
    times = _times(part, full)
    if times is not None and discrete and not heading and (part.sentence, part.offset) < (full.sentence, full.offset):
        back = nominal_cue(full.text, full.trigger, full.offset)  # "X raided a camp … the raid killed 12 fighters"
        refined = bool(part.date and full.date and part.date != full.date)
        return None if not back or refined or part.sentence == full.sentence else \
            f"same act retold in the document, a side said later: {back!r} refers back to {part.trigger!r}; {times}"
    if times is None or (not heading and (part.sentence, part.offset) <= (full.sentence, full.offset)):
        return None
    cue = nominal_cue(part.text, part.trigger, part.offset)
    refined = bool(part.date and full.date and part.date != full.date)
    head = "same act retold in the document, one side left unsaid"
    if cue and (discrete or _same_trigger(part, full)):
        return f"{head}: {cue!r} refers back to {full.trigger!r}; {times}"
    if _same_trigger(part, full) and not refined:
        return f"{head}: same actor and trigger ({part.trigger!r}); {times}"
    if outcome and discrete and not refined:
        return f"{head}: {part.trigger!r} tells what {full.trigger!r} did, its doer unsaid; {times}"
    return None
