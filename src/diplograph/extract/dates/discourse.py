"""Dating a whole document: each clause's own time expressions first, then the discourse's time.

A report moves through time.  Its *story time* is the time of the news it reports: the day the lead
names ("... announced on Sunday"), when it lies in the days before the publication, or else the
publication date to the month (a clause without a date of its own does not say which day the news
happened).  Its *reference time* is where the narrative stands: set by a
date told in a main clause ("In 2014, the two sides met."), kept by the sentences that go on in the
past tense ("They signed ... They agreed ..."), and given back to the story time at a paragraph break
or when the text leaves the narrative for the present ("The move is a blow to ...").

An event whose clause has no time expression of its own is dated by its tense and aspect
(:mod:`~diplograph.extract.dates.tense`):

* simple past: the reference time (``discourse``); past perfect ("had met", before the reference
  time): the same, to the month at most, where a date told the narrative's time; none where only the
  story's time stands (a past before the news, its time unknown);
* present perfect ("has expelled"), present progressive ("are exchanging fire") and the present of a
  spoken act ("accuses", "urges"): the story time (``publication``): what a news report tells now;
* the future, a modal, a habit ("regularly harass"), a generic present: no date.

Before the tense, an act the text names as a well-known event ("the Taliban seized power in Kabul")
takes that event's date (:mod:`~diplograph.extract.dates.known`), and an event anchored on another act of the document ("after the raid", "since the
coup") takes that act's date (:mod:`~diplograph.extract.dates.anchored`).  No act told as past ends up
dated after the publication.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Collection, Sequence

from spacy.tokens import Doc

from diplograph.extract.dates.anchored import anchored_on, counted_clause, names_act
from diplograph.extract.dates.background import RESULTS, spanned, concessive, consequence, frame, landmark, modifier, spread, stative, \
    to_now
from diplograph.extract.dates.dating import UNDATED, attachment, compared, intent, timex_root
from diplograph.extract.dates.lookback import looking_back, since_then
from diplograph.extract.dates.presupposed import bygone, dates_data, scattered, topic
from diplograph.extract.dates.tense import background, main_clause, orientation, predicate, purpose, statement
from diplograph.extract.dates.timex import OPEN, Timex, _pd, shape_precision
from diplograph.nlp.tokens import text_of
from diplograph.records import Event, PartialDate, TimeRef

# quadrants of verbal acts (PLOVER quad 1: verbal cooperation, 3: verbal conflict): their present
# tense in a report tells what was said now ("Iran accuses ...", "the EU urges ...")
_VERBAL = (1, 3)
# a day the lead names is the story's day when it lies at most this many days before the publication
_NEWS_DAYS = 7
# a text that names a day this close to its publication reports news
_RECENT_DAYS = 14
# a headline's present act, its day unnamed, falls this many days before the publication at the earliest
_HEADLINE_DAYS = 1


def _coarse(ref: TimeRef, precision: str = "month") -> TimeRef:
    """``ref`` at ``precision`` (``month`` or ``year``) at most."""
    size = {"month": 7, "year": 4}[precision]
    if ref.value is None or len(ref.value) <= size:
        return ref
    return TimeRef(ref.value[:size], precision, ref.text, ref.anchor)


class Discourse:
    """The story time and the moving reference time of one document."""

    def __init__(self, published: str | None, acts: Collection[str] = (), reporting: Collection[str] = ()) -> None:
        self.acts = acts  # lemmas of the nouns that name acts
        self.reporting = reporting  # lemmas of the reporting verbs
        pub = _pd(published)
        self.pub = pub
        self.story: TimeRef | None = None
        if pub is not None and pub.month is not None:
            self.story = TimeRef(f"{pub.year:04d}-{pub.month:02d}", "month", "publication date", "publication")
        self.ref = self.story
        self.lead = 2  # sentences of the lead still to come
        self.in_lead = True  # up to the end of the first paragraph of full sentences
        self.recent = False  # whether the text names a day of the last two weeks
        self.current_para = False  # whether the paragraph so far names a date next to the publication
        self.before: TimeRef | None = None  # the reference time before the sentence's present left it
        self.looking_back = False  # whether every date the text names lies years before the publication

    def _of_act(self, verb) -> bool:
        """Whether a date hangs on a clause that describes an act noun ("the missile test carried out on
        Monday", "the strike that killed 20 people on Monday"): the day of that act, not of the story."""
        return verb is not None and verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBN", "VBD") \
            and verb.head.lemma_.lower() in self.acts  # not an infinitive: "an ultimatum to leave on Monday"

    def _described(self, doc: Doc, ev: Event, timexes: Sequence[Timex]) -> bool:
        """Whether an act noun's date is told by a clause that describes it, below the verb of another act."""
        return doc[ev.token].pos_ in ("NOUN", "PROPN") and any(
            tx.text == ev.date.text and self._of_act(attachment(doc, tx)) for tx in timexes)

    def news_peg(self, timexes: Sequence[Timex]) -> None:
        """A day the lead names in the days before the publication is the day of the story."""
        if self.pub is None or self.pub.day is None or not self.lead:
            return
        for tx in timexes:
            value = _pd(tx.reading("past"))
            if tx.kind == "date" and value is not None and value.day is not None and not tx.refers_back \
                    and 0 <= (_day(self.pub) - _day(value)).days <= _NEWS_DAYS:
                self.story = TimeRef(value.iso, "day", tx.text, "publication")
                if self.ref is None or self.ref.anchor == "publication":
                    self.ref = self.story
                self.lead = 0
                return

    def news_window(self, doc: Doc, timexes: Sequence[Timex]) -> None:
        """When the lead names no day, the story's day is the latest day the report names in the days
        before its publication ("... late Friday", "On Monday night, ..."): a report written the day of
        the news names that day somewhere, and its lead's present perfect tells the newest of them.  A
        day a clause looks ahead to ("will meet on Friday") is not one."""
        if self.pub is None or self.story is None:
            return
        self.looking_back = looking_back(doc, [tx for tx in timexes if not _ahead(doc, tx)], self.pub)
        if self.pub.day is None:
            return
        best: tuple[date, Timex] | None = None
        for tx in timexes:
            if tx.kind not in ("date", "range") or tx.precision != "day" or tx.refers_back:
                continue
            value = _pd(tx.reading("past"))
            if value is None or value.day is None or not 0 <= (_day(self.pub) - _day(value)).days <= _RECENT_DAYS:
                continue
            self.recent = True  # it reports acts of the last days or weeks: news
            if tx.kind != "date" or (_day(self.pub) - _day(value)).days > _NEWS_DAYS or self.story.precision == "day":
                continue
            if _ahead(doc, tx):
                continue
            if text_of(doc)[tx.end:tx.end + 2] in ("'s", "’s"):
                continue  # "Sunday's shelling": the day of that act, not of the story
            if best is None or _day(value) > best[0]:
                best = (_day(value), tx)
        if best is not None:
            self.story = TimeRef(best[0].isoformat(), "day", best[1].text, "publication")
            if self.ref is None or self.ref.anchor == "publication":
                self.ref = self.story

    def _told(self, date: TimeRef) -> None:
        """A main clause told this date: the narrative now stands there."""
        value = _pd(date.value)
        if value is None or self.pub is None or after(value, self.pub):
            return
        end = date.end if date.end != OPEN else None  # a span the clause told goes on; "since X" does not
        self.ref = TimeRef(date.value, date.precision, date.text, "discourse", end, date.end_precision if end else None)

    def sentence(self, doc: Doc, events: Sequence[Event], timexes: Sequence[Timex],
                 everywhere: Sequence[Timex] = (), all_events: Sequence[Event] = ()) -> None:
        """Update the reference time from a sentence whose events are dated by their own expressions,
        else by the act an "after/following" phrase of the main line names ("After the 2013 coup, Turkey
        condemned ...": the narrative stands just after it).  ``everywhere``: the document's time
        expressions; ``all_events``: its events."""
        told = [ev for ev in events if ev.date.anchor in ("explicit", "relative") and ev.date.value
                and ev.modality not in ("future", "hypothetical") and ev.token >= 0
                and (doc[ev.token].pos_ in ("VERB", "AUX") or _adverbial_date(doc, ev, timexes))
                and main_clause(predicate(doc, ev.token))]
        if told:
            # "condemned the strike carried out on 12 March": the narrative stands near the strike, not on its day
            self._told(_coarse(told[0].date) if self._described(doc, told[0], timexes) else told[0].date)
            return
        for tx in timexes:
            if tx.value and tx.kind in ("date", "range") and not tx.refers_back and tx.precision in ("year", "month", "day") \
                    and not compared(doc, tx):
                verb = attachment(doc, tx)
                line = None if verb is None or verb.pos_ not in ("VERB", "AUX") or _ahead(doc, tx) \
                    else _narrative_line(verb)  # not "will meet in May"
                if line is not None:
                    end = tx.end_value if tx.kind == "range" else None  # "Last week, X ...": the span
                    ref = TimeRef(tx.reading("past"), tx.precision, tx.text, "relative", end, shape_precision(end))
                    self._told(_coarse(ref) if line == "after" else ref)
                    return
        for ev in events:
            if ev.date.value is None and ev.token >= 0 and ev.modality not in ("future", "hypothetical") \
                    and main_clause(predicate(doc, ev.token)) and names_act(doc, ev):
                d = anchored_on(doc, ev, all_events, everywhere, self.pub)
                if d is not None and d.value and d.end is None and not (
                        self.ref is not None and self.ref.value and self.ref.value.startswith(d.value)):
                    self._told(_coarse(d))  # not a day told before it in the same month ("after the raid on Friday")
                return

    def leave_narrative(self) -> None:
        """A paragraph break, or a sentence in the present: back to the story time."""
        self.ref = self.story

    def note_current(self, timexes: Sequence[Timex]) -> None:
        """A paragraph that names a day or month next to the publication's tells current affairs: its
        past clauses take the story's time even in the body of an analysis."""
        if self.pub is None or self.pub.month is None:
            return
        for tx in timexes:
            value = _pd(tx.value)
            if value is not None and value.month is not None and not tx.refers_back \
                    and abs((value.year * 12 + value.month) - (self.pub.year * 12 + self.pub.month)) <= 1:
                self.current_para = True
                return

    @property
    def news(self) -> bool:
        """Whether the document reports news of a day it names (a lead's "on Sunday", a "late Friday"
        in the days before the publication): its clauses without a date tell that story."""
        return self.story is not None and (self.story.precision == "day" or self.recent)

    def inherit(self, doc: Doc, ev: Event, headline: bool = False) -> TimeRef:
        """The date an event without a time expression of its own takes from the discourse.

        Past clauses take the narrative's time where a date told it (``discourse``); else the story's
        where the document reports news or the clause is in its lead, and none in the body of an
        analysis (its past is background).  A present perfect, a progressive or a present spoken act
        takes the story's time in a news report or a lead, and its year in the body of an analysis (a
        current act, its month unknown).  A headline's present tells the news.  Background, per
        :mod:`~diplograph.extract.dates.background`, takes nothing."""
        if ev.token < 0 or ev.negated or background(doc, ev.token) or purpose(doc, ev.token):
            return UNDATED
        if ev.modality in ("hypothetical", "question") and not intent(ev):
            return UNDATED
        i = ev.token
        now = to_now(doc, i)
        if now is not None and self.story is not None and orientation(doc, i) in ("present", "progressive", "perfect"):
            year = _coarse(self.story, "year")  # "to this day, contact is conducted via ...": open up to now
            return TimeRef(year.value, year.precision, now, "publication", OPEN, None)
        ref = self.before
        if ref is not None and ref.anchor == "discourse" and ref.value and since_then(doc, i) \
                and orientation(doc, i, ev.modality) in ("perfect", "past", "pluperfect", "progressive"):
            # "Since then, Washington has imposed sanctions": between the narrative's time and now
            return TimeRef(ref.value, ref.precision, f"since then ({ref.text})", "discourse", OPEN, None)
        if spanned(doc, i):  # "six weeks of fighting": the year of the narrative's time at most
            return _coarse(self.ref, "year") if self.ref is not None and self.ref.value else UNDATED
        if modifier(doc, i, self.acts) or landmark(doc, i) or concessive(doc, i) or spread(doc, i) or stative(doc, i):
            return UNDATED
        if bygone(doc, i) is not None or topic(doc, i, self.reporting) is not None:
            return UNDATED  # "engaging with the now departed government"; "highlighted Moscow's support"
        said = statement(doc, i) if intent(ev) else None
        orient = orientation(doc, i, ev.modality) if said is None else orientation(doc, said.i)  # the intent's telling
        current = self.news or self.in_lead and not self.looking_back or self.current_para
        if not (self.news or self.in_lead) and frame(doc, i) is not None:
            return UNDATED  # an analysis's "has been destroyed during the war": the war's time, not the text's
        if orient == "pluperfect" and (self.ref is None or self.ref.anchor != "discourse") and not _reported(doc, i):
            return UNDATED  # "had vetoed", with no date the narrative told: before the news, when unknown
        if orient in ("past", "pluperfect") and self.ref is not None and (self.ref.anchor == "discourse" or current):
            ref = TimeRef(self.ref.value, self.ref.precision, self.ref.text, "discourse", self.ref.end,
                          self.ref.end_precision)
            if orient == "past" and not consequence(doc, i) and not counted_clause(doc, i):
                return ref
            if orient == "past" and doc[i].head.lemma_.lower() in RESULTS and ref.precision == "day" \
                    and self.pub is not None and self.pub.day is not None \
                    and 0 <= (_day(self.pub) - _day(_pd(ref.value))).days <= _NEWS_DAYS:
                # "the expulsion on Wednesday drew a protest from Tripoli" (this week's news): after it, by the
                # writing; an older act's ("the war brought condemnation"), its month
                return TimeRef(ref.value, "day", ref.text, "discourse", self.pub.iso, "day")
            return _coarse(ref)  # "had met": before it; "brought condemnation": after it; the same month at most
        if self.story is None:
            return UNDATED
        if orient in ("perfect", "progressive") or orient == "present" and (ev.quad in _VERBAL or headline):
            if not current and orient == "perfect" and _passive(doc, i):
                return UNDATED  # an analysis's "X has been included on the list": a standing status, its act undated
            if orient == "perfect" and not (self.in_lead or self.current_para or headline) and scattered(doc, i):
                return UNDATED  # the body's "has deployed troops to several parts of X": a record of acts, not the news
            if headline and orient == "present" and self.story.precision == "month" \
                    and self.pub is not None and self.pub.day is not None:
                return self._headline_window()
            return self.story if current or headline else _coarse(self.story, "year")
        return UNDATED

    def _headline_window(self) -> TimeRef:
        """A headline's simple present act, its day unnamed: the day before the publication up to it (the news
        of a wire day), not the publication's exact day nor its whole month (a headline's "are mending ties",
        "has sent": a process or a record, keeps the month)."""
        first = _day(self.pub) - timedelta(days=_HEADLINE_DAYS)
        return TimeRef(first.isoformat(), "day", "publication date", "publication", self.pub.iso, "day")


def _narrative_line(verb) -> str | None:
    """How a verb a date modifies stands to the sentence's main line: ``main`` for the root, a conjunct,
    a reported content or the complement of a phase verb ("began to change in 2021"); ``at`` for a clause of the
    same time ("when ..."), ``after`` for a clause the main line follows ("After the army removed the
    president in 2013, Turkey condemned ..."): the narrative stands at that date, or just after it.
    None for a clause that does not move the narrative (a relative clause, "before ...", "if ...")."""
    line = "main"
    tok = verb
    for _ in range(6):
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return line
        if tok.dep_ == "advcl":
            mark = next((c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod") and c.i < tok.i), None)
            if mark in _AT:
                line = "at" if line == "main" else line
            elif mark in _FOLLOWED:
                line = "after"
            else:
                return None
        elif tok.dep_ == "xcomp":
            if tok.head.lemma_.lower() not in dates_data().phase_verbs:
                return None  # "agreed to withdraw in May", "invited X to join talks on 20 October": ahead of it
        elif tok.dep_ not in ("conj", "ccomp"):
            return None
        tok = tok.head
    return None


# conjunctions of a clause whose time the main clause shares or follows
_AT = frozenset({"when", "as", "while", "once"})
_FOLLOWED = frozenset({"after", "following"})


def _ahead(doc: Doc, tx: Timex) -> bool:
    """Whether a time expression dates a clause that looks ahead ("will meet on Friday", "would
    deploy in January"): no time the narrative stands at, nor one the text looks back to."""
    verb = attachment(doc, tx)
    return verb is not None and verb.pos_ in ("VERB", "AUX") and orientation(doc, verb.i) in ("future", "modal")


def _reported(doc: Doc, i: int) -> bool:
    """Whether the act at token ``i`` is told in the complement of a verb before it ("revealed he had
    spoken with X"): a past perfect there is the telling's tense shifted back, not a past before the news."""
    pred = predicate(doc, i)
    return pred.dep_ == "ccomp" and pred.head.i < pred.i


def _passive(doc: Doc, i: int) -> bool:
    """Whether the predicate of the act at token ``i`` is in the passive ("has been included")."""
    return any(c.dep_ == "auxpass" for c in predicate(doc, i).children)


def _adverbial_date(doc: Doc, ev: Event, timexes: Sequence[Timex]) -> bool:
    """Whether a noun's date is a phrase of time in its clause ("negotiated the release of the hostages
    in 1996"), not a modifier inside its name ("condemned the 2015 deal"): only the first tells the
    narrative's time."""
    for tx in timexes:
        if tx.text == ev.date.text:
            root = timex_root(doc, tx)
            return root is not None and (root.pos_ == "ADP" or root.head.pos_ == "ADP")
    return False


def _day(d: PartialDate) -> date:
    return date(d.year, d.month or 1, d.day or 1)


def after(a: PartialDate, b: PartialDate) -> bool:
    """Whether ``a`` starts after ``b`` ends (at ``b``'s precision)."""
    return (a.year, a.month or 1, a.day or 1) > (b.year, b.month or 12, b.day or 31)
