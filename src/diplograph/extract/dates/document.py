"""Dating a whole document, sentence by sentence: each sentence's own time expressions date its events
(:mod:`~diplograph.extract.dates.dating`), the discourse (:mod:`~diplograph.extract.dates.discourse`)
dates the rest and moves its reference time, and acts anchored on other acts are dated once the whole
document is.  No act told as past ends up dated after the publication."""

from __future__ import annotations

from typing import Callable, Collection

from spacy.tokens import Doc, Token

from diplograph.extract.dates.anchored import anchored_on, names_act, same_act
from diplograph.extract.dates.background import landmark
from diplograph.extract.dates.dateline import dateline_day
from diplograph.extract.dates.backdrop import opens_back
from diplograph.extract.dates.dating import UNDATED, date_events, inherit_anaphoric
from diplograph.extract.dates.discourse import Discourse, after
from diplograph.extract.dates.known import known_event
from diplograph.extract.dates.refined import refine_days
from diplograph.extract.dates.tense import MEMO, future_in_past, orientation
from diplograph.extract.dates.timex import NarrativeDates, _pd, find_timexes
from diplograph.nlp.tokens import sents, text_of
from diplograph.records import Event, PartialDate, Quote

# a paragraph with a sentence this long (in tokens), or with two sentences, is the lead (a title is shorter)
_LEAD_WORDS = 15


def _present_sentence(doc: Doc, sent) -> bool:
    """Whether a sentence's main verb is in the present (analysis, comment): the narrative pauses."""
    root = sent.root
    return orientation(doc, root.i) in ("present", "progressive", "perfect", "habitual", "future", "modal")


def date_document(doc: Doc, events: list[Event], quotes: list[Quote], published: str | None,
                  event_nouns: Collection[str] = (), reporting: Collection[str] = (),
                  act_of: Callable[[Token], str | None] = lambda tok: None) -> None:
    """Set ``date`` on every event (and quote) of a document, in place.  ``event_nouns``: lemmas of the
    nouns that name acts (the lexicon's noun triggers); ``reporting``: lemmas of the reporting verbs;
    ``act_of``: the PLOVER type an act noun names."""
    doc.user_data[MEMO] = {}  # the predicate of each trigger, asked by every test below
    published = dateline_day(text_of(doc), published) or published  # "SUVA, Sept 16 - ... today": that day
    try:
        _date_document(doc, events, quotes, published, event_nouns, reporting, act_of)
    finally:
        doc.user_data.pop(MEMO, None)


def _date_document(doc: Doc, events: list[Event], quotes: list[Quote], published: str | None,
                   event_nouns: Collection[str], reporting: Collection[str],
                   act_of: Callable[[Token], str | None]) -> None:
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sentence, []).append(ev)
    quotes_by_sentence: dict[int, list[Quote]] = {}
    for q in quotes:
        quotes_by_sentence.setdefault(q.sentence, []).append(q)
    narrative = NarrativeDates(published)
    discourse = Discourse(published, event_nouns, reporting)
    previous: list = []
    later: list[tuple[Event, TimeRef]] = []
    text = text_of(doc)
    spans = [(sent.start_char, sent.end_char) for sent in sents(doc)]
    known = [find_timexes(text[a:b], published=published, offset=a) for a, b in spans]
    everywhere = [tx for found in known for tx in found]
    discourse.news_window(doc, everywhere)
    told_here, long_here = 0, False  # sentences of the paragraph so far; whether one is a full one
    for i, (a, b) in enumerate(spans):
        sent, sent_text = sents(doc)[i], text[a:b]  # = sent.text, without a pass over its tokens
        if discourse.ref is not None and discourse.ref.anchor == "discourse" and discourse.ref.value:
            narrative.anchor = discourse.ref.value  # "a day later" counts from where the narrative stands
        narrative.standing = discourse.ref.value if discourse.ref is not None and discourse.ref.anchor == "discourse" \
            else None  # "In May": that year's only while the narrative stands in it
        timexes = narrative.sentence(sent_text, offset=a, known=known[i])
        here = by_sentence.get(i, [])
        discourse.news_peg(timexes)
        discourse.note_current(timexes)
        if here:
            date_events(doc, here, timexes, event_nouns, reporting)
            inherit_anaphoric(here, sent_text, previous)
        discourse.sentence(doc, here, timexes, everywhere, events)
        discourse.before = discourse.ref  # "since then" counts from here, though the present leaves the story
        if not timexes and _present_sentence(doc, sent):
            discourse.leave_narrative()  # "X has withdrawn ..., and Y seized ...": the present's frame, not the story told before
        headline = _headline(sent_text)
        # "At the time, X armed Y" with no date told before: a past the text does not date, not the story's
        back = opens_back(sent_text) and not (discourse.ref is not None and discourse.ref.anchor == "discourse")
        for ev in here:
            if ev.date.value is None:
                ev.date = known_event(doc, ev, discourse.pub) or UNDATED  # "the Taliban takeover": its known date
            if ev.date.value is None:
                inherited = discourse.inherit(doc, ev, headline)
                if names_act(doc, ev) or landmark(doc, ev.token):
                    later.append((ev, inherited))  # its anchor may be dated further on
                else:
                    ev.date = UNDATED if back else inherited
            _not_after_publication(doc, ev, discourse.pub)
        paragraph_end = "\n\n" in (sent_text + doc[sent.end - 1].whitespace_)[-3:]
        discourse.lead = 0 if paragraph_end else max(discourse.lead - 1, 0)
        told_here += 0 if headline else 1
        long_here = long_here or not headline and sent.end - sent.start >= _LEAD_WORDS
        if paragraph_end and (told_here > 1 or long_here):
            discourse.in_lead = False  # the lead was this paragraph; titles, bylines and captions come before it
        if paragraph_end:
            discourse.current_para = False
            told_here, long_here = 0, False
        if paragraph_end:
            previous = []  # a new paragraph: nothing to point back to
            discourse.leave_narrative()
        else:
            if timexes:
                previous = timexes
            if not timexes and _present_sentence(doc, sent):
                discourse.leave_narrative()
        if i in quotes_by_sentence:
            dated = [tx for tx in timexes if tx.value and tx.kind != "duration" and not tx.refers_back]
            for q in quotes_by_sentence[i]:
                q.date = dated[0].value if dated else None
    refine_days(doc, events, everywhere, act_of)  # "expelled X in March. The expulsion on 4 March ...": that day
    for ev, inherited in later:  # acts timed from another act, once the whole document is dated
        ev.date = anchored_on(doc, ev, events, everywhere, discourse.pub, inherited) or same_act(doc, ev, events) \
            or inherited
        _not_after_publication(doc, ev, discourse.pub)


def _headline(sentence: str) -> bool:
    """Whether a sentence is a headline or title: no closing punctuation."""
    s = sentence.rstrip()
    return bool(s) and s[-1] not in ".!?\"'”’:;)…"


def _not_after_publication(doc: Doc, ev: Event, pub: PartialDate | None) -> None:
    """Only an act told as future can start after the text was written: a past or present act cannot,
    and a hypothetical one ("must hand over the area by 1 December") has no date of its own; the
    deadline is its content's."""
    if pub is None or ev.date.value is None or ev.modality == "future":
        return
    if ev.token >= 0 and future_in_past(doc, ev.token):
        return  # "said it would send troops in January": a future, whatever its modality says
    if ev.modality not in ("hypothetical", "threatened") and ev.token >= 0 \
            and orientation(doc, ev.token, ev.modality) == "future":
        return  # "will meet in May ... to coordinate": the purpose lies ahead too
    value = _pd(ev.date.value)
    if value is not None and after(value, pub):
        if ev.modality in ("asserted", "reported") and ev.date.anchor in ("explicit", "relative") and not ev.negated \
                and ev.token >= 0 and doc[ev.token].pos_ == "NOUN":
            ev.modality = "future"  # "(before) the summit in October": an act its own date puts ahead
        else:
            ev.date = UNDATED
