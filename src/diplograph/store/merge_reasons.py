"""Whether two mentions of one merge group tell the same event, and why (:func:`why_same`): the same
type, polarity and actors with compatible dates, or, undated, enough shared content; within one
document, a retelling (:mod:`diplograph.extract.events.remention`).  :mod:`.merge_plan` asks it."""

from __future__ import annotations

from dataclasses import dataclass

from diplograph.extract.events.remention import DISCRETE, content_words, similarity, why_retold

UNDATED_SIMILARITY = 0.34
SAME_TRIGGER_SIMILARITY = 0.12
BOTH_UNDATED_SIMILARITY = 0.5
CONTAINED_SHARE = 0.75  # one undated mention whose sentence holds most of the other's words
CONTAINED_MIN = 4
HAPPENED = ("asserted", "reported")  # the modalities of acts told as fact


@dataclass(frozen=True, slots=True)
class MentionRow:
    mention_id: str
    doc_id: str
    type: str
    source: str | None  # actor id, persons folded into the state they act for
    target: str | None
    date: str | None
    negated: bool
    modality: str
    text: str
    trigger: str = ""
    published: str | None = None  # the publication date of the mention's document
    sentence: int = 0  # the mention's sentence in its document
    offset: int = -1  # where the trigger starts in ``text`` (-1: unknown)
    retells: str | None = None  # the mention of the first telling this one retells (same document)
    retell_reason: str | None = None  # why (extract/events/identity.py)
    # whether the act counts as told as fact: the mention's own modality, or, for a retelling, the
    # telling's (a headline's question about an act the body tells is a mention of the body's event)
    told_modality: str | None = None

    @property
    def happened(self) -> bool:
        return (self.told_modality or self.modality) in HAPPENED


def containment(a: str, b: str) -> tuple[float, int]:
    """Share of the shorter sentence's content words found in the other one, and their number:
    a short sentence retold inside a long one ("X designated Y a terrorist organization")."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0, 0
    shared = len(wa & wb)
    return shared / min(len(wa), len(wb)), shared


def compatible_dates(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and (a.startswith(b) or b.startswith(a))


def why_same(a: MentionRow, b: MentionRow, one_document: bool | None = None) -> str | None:
    """The reason two mentions of one group tell the same event, or None.

    Of the mentions' documents only whether they are one is read (``one_document``, when given, says
    it instead), and of their places in it (``sentence``, ``offset``) only which comes first and
    whether the sentence is one, and only when the document is one."""
    same_doc = a.doc_id == b.doc_id if one_document is None else one_document
    one_sided = a.source is None or a.target is None
    if one_sided:  # a single actor says too little: only the very same, precisely dated event
        if same_doc:
            return why_retold(a, b, 0.0, discrete=a.type in DISCRETE)
        if a.date and a.date == b.date and len(a.date) >= 7:
            return f"same type and actor, same date ({a.date})"
        return None
    if a.date and a.date == b.date:
        return f"same type, actors and date ({a.date})"
    if same_doc:  # (one text giving "2015" and "December 2015" often tells two acts)
        return why_retold(a, b, similarity(a.text, b.text))
    if a.date and b.date:
        if not compatible_dates(a.date, b.date):
            return None
        if min(len(a.date), len(b.date)) > 4 or _alike(a, b, UNDATED_SIMILARITY):
            return f"same type and actors; dates {a.date} and {b.date} agree"
        return None  # a year says little: "engaged with X" (2021) is not "hosted X in March" (2021-03)
    sim = similarity(a.text, b.text)
    need = BOTH_UNDATED_SIMILARITY if not (a.date or b.date) else UNDATED_SIMILARITY
    if a.trigger and a.trigger.lower()[:5] == b.trigger.lower()[:5]:
        need = SAME_TRIGGER_SIMILARITY  # "praised the Taliban" told twice
    dated = a.date or b.date
    recent = _recent_report(a, b)
    if recent:
        return recent
    share, shared = containment(a.text, b.text)
    if dated and share >= CONTAINED_SHARE and shared >= CONTAINED_MIN:
        return (f"same type and actors; one undated, {share:.0%} of the shorter sentence's "
                f"{shared if share == 1 else round(shared / share)} content words in the other")
    if sim >= need:
        return (f"same type and actors; {'one undated' if dated else 'both undated'}, "
                f"{sim:.0%} of content words shared")
    return None


def _alike(a: MentionRow, b: MentionRow, need: float) -> bool:
    """Whether two mentions tell alike: the same trigger word with some shared content, or enough
    shared content words, or one sentence held in the other."""
    if a.trigger and a.trigger.lower()[:5] == b.trigger.lower()[:5]:
        need = SAME_TRIGGER_SIMILARITY
    if similarity(a.text, b.text) >= need:
        return True
    share, shared = containment(a.text, b.text)
    return share >= CONTAINED_SHARE and shared >= CONTAINED_MIN


def _month_before(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{y - (m == 1):04d}-{12 if m == 1 else m - 1:02d}"


def _recent_report(a: MentionRow, b: MentionRow) -> str | None:
    """An undated telling of a discrete act in a text published in the month of, or the month
    after, a dated telling of the same act by the same actors (news tells what just happened)."""
    dated, undated = (a, b) if a.date else (b, a)
    if a.type not in DISCRETE or undated.date or not dated.date or len(dated.date) < 7:
        return None
    pub = undated.published
    if not pub or len(pub) < 7 or dated.date[:len(pub)] > pub:
        return None
    if dated.date[:7] not in (pub[:7], _month_before(pub[:7])):
        return None
    return (f"same type and actors; one undated, in a text published {pub}, just after the "
            f"other's date ({dated.date})")
