"""Attach resolved time expressions to the events of a sentence.

A time expression dates an event when it hangs off the event's clause: the
expression's syntactic attachment point is the trigger or one of the trigger's
governing words ("In 2003, Russia designated ...", "Lavrov said in July that
...").  An expression attached inside another phrase ("a 2015 interview") dates
only the events inside that phrase.  Events with no such expression stay
undated; nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Collection, Sequence

from spacy.tokens import Doc, Span

from diplograph.nlp.clauses import ancestors, controls_object
from diplograph.records import Event, PartialDate, TimeRef
from diplograph.extract.dates.anchored import in_landmark, named_after, rebased, same_day
from diplograph.extract.dates.background import PHASES, concessive, disclosed, landmark, modifier, spanned
from diplograph.extract.dates.forum import forum
from diplograph.extract.dates.nested import other_event
from diplograph.extract.dates.presupposed import dates_data, described, issued_by, occurrence, role_period, topic
from diplograph.extract.dates.tense import background, orientation, predicate, statement
from diplograph.extract.dates.timex import OPEN, Timex, shape_precision
from diplograph.extract.dates.paths import (_across_list, _adverbial, _first_since, _before_subject, _content_of, _other_tense,
                                            _own_clause, _semicolon_between, _through_goal, _when_after, _when_clause, framed,
                                            _when_of, _clause_between)

UNDATED = TimeRef(None, None, None, "none")
# how a time expression was resolved -> how the event's date was obtained
_ANCHOR = {"explicit": "explicit", "publication": "relative", "narrative": "relative"}
# a comparison names another time than the clause's: "like in 2022, ... in 2014 Russia saw", "as in 2019"
_COMPARE = frozenset({"like", "unlike", "as", "than"})


def timeref(tx: Timex, value: str | None, text: str | None = None, anchor: str | None = None) -> TimeRef:
    """The event date a time expression gives, read as ``value``."""
    precision = tx.precision if value == tx.value else shape_precision(value)
    end = tx.end_value if tx.kind == "range" else None
    if end and value and tx.value and value != tx.value and len(end) >= 4:
        precision = tx.precision  # another reading of a span ("in the spring" of a coming act): its end moves too
        end = f"{int(end[:4]) + int(value[:4]) - int(tx.value[:4]):04d}{end[4:]}"
    if end is None and tx.text.lower().startswith("since "):
        end = OPEN  # "since 2015": from then on
    return TimeRef(value, precision, text or tx.text, anchor or _ANCHOR.get(tx.anchor, "relative"),
                   end, shape_precision(end))


def _reading(tx: Timex, orient: str) -> str | None:
    if orient in ("future", "modal", "present", "progressive"):
        return tx.reading("future")  # "will meet in May", "would deploy in May", "talks resume on 2 May"
    if orient in ("past", "pluperfect", "perfect"):
        return tx.reading("past")
    return tx.value

# phrases that point back to the time of an event told just before
ANAPHORIC = re.compile(
    r"\b(?:during|at|after|on|in the course of|following) (?:that|this|the same|the) "
    r"(?:visit|meeting|summit|trip|conference|forum|session|talks|day|week|occasion|event|ceremony)\b"
    r"|^\s*(?:Then|That day|The same day|At the time|On the same day)\b", re.IGNORECASE)


_COUNTED = re.compile(r"\b(?:days?|weeks?|months?|years?)\s*$", re.IGNORECASE)


def inherit_anaphoric(events: Sequence[Event], sentence: str, previous: Sequence[Timex]) -> None:
    """ "During that visit, X and Y signed ..." takes the date of the sentence before."""
    m = ANAPHORIC.search(sentence)
    if m is None or _COUNTED.search(sentence[:m.start()]):
        return  # "a week after that meeting": counted from the act (anchored.anchored_on)
    dated = [tx for tx in previous if tx.value and tx.kind != "duration" and not tx.refers_back]
    if not dated:
        return
    tx = dated[-1]
    for ev in events:
        if ev.date.value is None:
            ev.date = timeref(tx, tx.value, f"{m.group(0).strip()} ({tx.text})", "discourse")


def compared(doc: Doc, tx: Timex) -> bool:
    """Whether a time expression stands in a comparison ("like in 2022", "as in 2019", "than in May"):
    it names the time of the thing compared, not of the clause."""
    root = timex_root(doc, tx)
    if root is None:
        return False
    prep = root if root.pos_ == "ADP" else root.head if root.dep_ == "pobj" else None
    if prep is None or prep.pos_ != "ADP":
        return False
    return prep.head.i != prep.i and prep.head.lower_ in _COMPARE and prep.head.pos_ in ("ADP", "SCONJ") \
        and prep.dep_ in ("prep", "pobj", "pcomp")


def timex_root(doc: Doc, tx: Timex):
    span: Span | None = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _attachment(root) -> object:
    """The word a time expression modifies (through its preposition, if any)."""
    cur = root
    noun = root.head
    prep = _stranded(root)
    if prep is not None:
        return prep.head  # "In 2019 Colombia recognised ...": the parse makes the year a modifier of the name
    if root.dep_ in ("nummod", "compound", "amod", "det") and noun.pos_ == "NOUN" and noun.dep_ == "pobj" \
            and noun.head.lower_ in ("in", "during", "throughout") and noun.head.head.i != noun.head.i:
        return noun.head.head  # "in the 1988 earthquake", "during the 2006 war": the time of the clause
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return cur
        if cur.dep_ == "compound" and head.pos_ in ("NOUN", "PROPN"):
            cur = head  # "on Saturday night", "on Friday morning"
            continue
        if head.pos_ == "ADP" or head.dep_ in ("prep", "npadvmod") and head.pos_ not in ("VERB", "AUX", "NOUN") \
                or head.pos_ == "ADV" and head.dep_ == "advmod":  # "as early as 2018", "shortly after"
            cur = head
            continue
        if head.dep_ == "pobj" and head.lemma_.lower() in dates_data().period_nouns and head.head.pos_ == "ADP":
            cur = head  # "in the years from 2010 to 2012": the clause's time, as "from 2010 to 2012" alone
            continue
        return head
    return cur.head


def _stranded(root):
    """The preposition a fronted date was cut from when no comma follows it ("In 2019 Colombia
    recognised ..."): a preposition of time with no object right before a number the parse hangs on
    the next name; None otherwise."""
    if root.dep_ not in ("nummod", "compound", "nmod") or root.i == 0 or root.head.i <= root.i:
        return None
    k = root.i - 1  # "On 1 October 2022 Azerbaijan accused": the parse hangs day and month on the name
    while k > 0 and root.doc[k].head.i == root.head.i and root.doc[k].dep_ in ("nummod", "compound", "nmod"):
        k -= 1
    prep = root.doc[k]
    if prep.pos_ != "ADP" or prep.lower_ not in ("in", "on", "by", "during") or prep.dep_ != "prep" \
            or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if objects and not (objects == [root.head] and (root.head.pos_ == "PROPN" or any(
            c.dep_ == "poss" and c.i > root.i for c in root.head.children))):
        return None  # "in 2015 talks": the year of the noun; "In 2019 Colombia", "On 9 April Ghana's army":
        # the name the parse made its object
    return prep


def attachment(doc: Doc, tx: Timex):
    """The word a time expression modifies, or None."""
    root = timex_root(doc, tx)
    return None if root is None else framed(_before_subject(root, _past_parenthesis(doc, root, _attachment(root))))


def _past_parenthesis(doc: Doc, root, attach):
    """A date after a parenthetical participle clause set off by a comma ("agreed to X, frozen since
    1980, in May 2012") belongs to the clause around it, not to the participle the parse hangs it on."""
    if attach.dep_ in ("advcl", "acl") and attach.tag_ in ("VBN", "VBG") and attach.i < root.i:
        between = doc[attach.i + 1:root.i]
        if any(t.text == "," and t.head.i == attach.i for t in between):
            return attach.head
    return attach


def _since_clause(doc: Doc, tx: Timex):
    """The verb of the clause a "... years since" expression introduces, or None."""
    if not tx.text.lower().endswith(" since"):
        return None
    span = doc.char_span(tx.end - 5, tx.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    since = span[-1]
    if since.lower_ != "since":
        return None
    return since.head if since.dep_ == "mark" else None


def date_events(doc: Doc, events: Sequence[Event], timexes: Sequence[Timex],
                event_nouns: Collection[str] = (), reporting: Collection[str] = ()) -> None:
    """Set ``event.date`` in place for events of one sentence.  ``event_nouns``: lemmas of nouns that
    name acts ("talks", "summit"): a date on one of them reached through a preposition of goal is the
    date of that act, not of the verb ("invited X to talks on May 3").  ``reporting``: lemmas of the
    reporting verbs: an act named with its doer as the object of one is not dated by the telling's
    date ("highlighted over the past year Moscow's support")."""
    usable = [tx for tx in timexes if (tx.value or tx.shift and (tx.refers_back or tx.shift[0] < 0)) and tx.kind != "duration"
              and not compared(doc, tx)]
    if not usable or not events:
        return
    anchors = []
    for tx in usable:
        root = timex_root(doc, tx)
        if root is None:
            continue
        anchors.append((tx, root, framed(_before_subject(root, _past_parenthesis(doc, root, _attachment(root))))))
    triggers = {ev.token for ev in events}
    for ev in events:
        if ev.token < 0:
            continue
        trig = doc[ev.token]
        best = None
        aside = background(doc, ev.token)
        pred = predicate(doc, ev.token)
        aside_clause = modifier(doc, ev.token, event_nouns)
        named = trig.pos_ in ("NOUN", "PROPN") and landmark(doc, ev.token) is not None
        granted = concessive(doc, ev.token)
        talked_of = topic(doc, ev.token, reporting) is not None
        # the statement of an intent ("said on Monday it will deliver ... in March") is dated by the
        # saying, not by the time its content names
        stated = statement(doc, ev.token) if intent(ev) else None
        phase = trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in PHASES \
            and trig.head.head.pos_ == "NOUN"
        lasting = spanned(doc, ev.token)  # "a deal that ended six weeks of fighting": an act told as lasting a span
        for tx, root, attach in anchors:
            if phase and root.i > trig.i:
                continue  # "the end of the war in Libya in 2011": the date after it is the end's
            if stated is not None and root in pred.subtree:
                continue
            if in_landmark(root, pred) or other_event(root, attach, trig):
                continue  # "three weeks before the vote on 30 April, X warned": the vote's date
            if role_period(root, attach) and trig not in attach.subtree:
                continue  # "as ASEAN chair for 2025, Malaysia invited ...": the term of the role
            clause = _since_clause(doc, tx)
            if clause is not None:
                # "It is one year since X took Y": dates what the since-clause tells
                if trig.i == clause.i or trig in clause.subtree:
                    best = (-2, tx, None, False)
                continue
            if tx.refers_back or tx.shift is not None and tx.shift[0] < 0 and _counted_from(tx, usable) \
                    and named_after(doc, tx) is not None:
                # "ten years after an invasion": dates the noun phrase that follows, counted back from the
                # date of the clause it modifies ("expelled on Friday, a day after X accused Y"); so does
                # "met on 4 March, a day before X and Y restored ties", counted on from it
                named = named_after(doc, tx)
                if named is not None and trig in named.subtree and (best is None or best[0] > 1.5):
                    moved = rebased(tx, usable)
                    if moved.value and (moved is not tx or not _definite(named) or any(
                            not o.refers_back and o.value for o in usable)):
                        # counted back from the clause's date; not "three days after the talks, X ...", whose
                        # talks are an act told before: the clause counts from them (anchored.anchored_on)
                        best = (1.5, moved, None, False)
                continue
            if tx.value is None:
                continue  # "a day before X ..." with nothing told before it to count from
            if (decided := _decided(attach, triggers)) is not None:
                # "the 2001 decision to overthrow X", "X's decision on Tuesday to expel Y": the decision's date
                # is the act's it decides, not the date of a verb that governs the decision
                if decided.i == trig.i and (best is None or best[0] > 0.5):
                    best = (0.5, tx, attach, False)
                continue
            if root not in pred.subtree and (pred.dep_ == "relcl" and (
                    tx.start <= pred.head.idx < tx.end or _when_of(doc, pred, root)) or
                    pred.dep_ in ("relcl", "advcl") and _when_after(doc, pred, tx)):
                # "in October 1975, when troops ambushed a patrol"; "since May 1987 when troops shelled a
                # post": the clause tells what happened at that time (a point, not the "since" range)
                best = (1, tx, pred, True)
                continue
            if _first_since(tx, trig):
                continue  # "the first clash with X since 1987": the clash is not of 1987
            if aside and not (root in trig.subtree or root in pred.subtree):
                continue  # a relative clause aside keeps its own time
            if granted and root not in pred.subtree:
                continue  # "although X had expelled Y, Z signed ... on Monday": Monday is the signing's
            if named and root not in trig.subtree:
                continue  # "since the takeover, Moscow spent the winter of 2021 ...": not the takeover's date
            if talked_of and root not in trig.subtree:
                continue  # "highlighted over the past year Moscow's support for X": the highlighting's date
            if root not in trig.subtree and _semicolon_between(doc, trig, root):
                continue  # "... has already started; X had opened talks as early as 2018": another clause
            if aside_clause is not None and root not in aside_clause.subtree:
                continue  # "fishermen detained by X were freed on Monday": Monday is the release's
            if (root.i == trig.i or root in trig.subtree and root.head.i == trig.i) and attach not in trig.ancestors:
                score = 0  # (not a date the parse hangs on the act but :func:`_before_subject` gives the saying)
            elif attach.dep_ in ("relcl", "acl") and attach.head.i == trig.i:
                # "clashes that escalated on Thursday", "the deal signed on 9 November": the act's own clause,
                # before the verb that governs its noun ("condemned on Tuesday the strike carried out on Monday")
                score = 0.5
            elif attach.dep_ == "relcl" and occurrence(attach) and (held := described(attach, event_nouns)) is not None \
                    and (held.i == trig.i or held.dep_ == "pobj" and held.head.head.i == trig.i):
                # "a summit on the country that took place on 12 May" (the parse hangs it on the country),
                # "met at a meeting which was held on 12 April": the date of the act noun it describes
                score = 2
            elif attach.dep_ == "dobj" and attach.head.i == trig.i and attach.i in triggers and _adverbial(root, attach) \
                    and _same_act(ev, attach.i, events):
                # "will host the summit in November", "held talks on Monday": the object names the act the
                # verb performs, and its date is the verb's
                score = 0.5
            elif attach.dep_ == "xcomp" and attach.head.i == trig.i:
                if controls_object(trig):
                    continue  # "invited X to talk on May 3", "urged X to leave by Friday": the content's date
                if root.head.dep_ == "prep" and root.head.lower_ in _DEADLINE or root.dep_ == "prep" \
                        and root.lower_ in _DEADLINE:
                    continue  # "agreed to exchange detainees before the end of the month": the content's deadline
                score = 1  # "threatened to bomb ... in May 2000": the threat dates with its content
            elif attach.dep_ == "conj" and attach.head.i == trig.i and root.i > attach.i:
                score = 5  # "armed X and trained Y in 2001": a date at the end of coordinated predicates
            else:
                chain = ancestors(trig)
                if attach in chain and _other_tense(doc, pred, attach, root):
                    continue  # "negotiated X in 2019, and seeks Y now": the date is the first conjunct's
                if attach in chain and attach.i != trig.i and attach.lemma_.lower() in PHASES \
                        and attach.pos_ == "NOUN":
                    continue  # "the end of the war in 2014": the end's date, not the war's
                if attach in chain:
                    score = chain.index(attach) + 1
                elif attach.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "NUM") and (attach.i not in triggers or forum(attach, pred, trig)) \
                        and pred.pos_ in ("VERB", "AUX") and _own_clause(attach, pred) and _adverbial(root, attach) \
                        and pred in chain and not _across_list(attach, trig, event_nouns) \
                        and not (attach.lemma_.lower() in event_nouns and _through_goal(attach, trig)):
                    # "said on Monday that he had spoken with his counterpart on Sunday": the parse hangs
                    # the date on a noun of the act's own clause, which it dates before any clause above
                    score = chain.index(pred) + 1.5
                elif (teller := issued_by(attach)) is not None and teller in chain:
                    score = chain.index(teller) + 1  # "the statement issued on Tuesday said ...": the saying's date
                elif trig in attach.subtree and attach.pos_ in ("NOUN", "PROPN"):
                    score = 50
                elif (when := _when_clause(root)) is not None and when.head in chain and trig not in when.subtree:
                    score = 20 + chain.index(when.head)  # "When X was leaving Y in 1989, Z armed W"
                elif (("ADP" in (root.pos_, root.head.pos_) or root.dep_ in ("npadvmod", "prep")) and attach in trig.subtree
                      and (attach.pos_ in ("NOUN", "PROPN") or attach.dep_ in ("dobj", "pobj"))  # (a noun tagged a verb)
                      and attach.i not in triggers and not _across_list(attach, trig, event_nouns)
                      and not (attach.lemma_.lower() in event_nouns and _through_goal(attach, trig))
                      and not _clause_between(attach, trig)):
                    score = 60  # "added X to its list of groups in 2003": the parse hangs the date on a noun
                else:
                    continue
            if best is None or score < best[0]:
                best = (score, tx, attach, False)
        if best is not None:
            tx, attach, point = best[1], best[2], best[3]
            # the tense of the verb the expression modifies decides its reading ("said on Monday that
            # X would ...": last Monday; "broke in late Friday to arrest X": the Friday before)
            if attach is None or attach.pos_ not in ("VERB", "AUX") or attach.i == ev.token:
                orient = orientation(doc, ev.token, ev.modality)
            elif trig is not None and trig.head.i == attach.i and trig.dep_ in ("dobj", "nsubjpass"):
                orient = orientation(doc, attach.i, ev.modality)  # ("agreed to hold talks in March": the act's own verb)
            else:
                orient = orientation(doc, attach.i)
                if ev.modality in _AHEAD and orient in _TOLD and _content_of(trig, attach) and not intent(ev):
                    continue  # "agreed on Monday to withdraw": Monday is the agreement's, the withdrawal lies ahead
            ev.date = timeref(tx, _reading(tx, orient))
            if tx.anchor in ("publication", "narrative") and _NIGHT.match(tx.text):
                ev.date = _night_before_saying(doc, ev, tx, anchors) or ev.date
            if lasting and ev.date.value and (attach is None or attach.i != ev.token):
                ev.date = replace(ev.date, value=ev.date.value[:4], precision="year", end=None, end_precision=None)
            if point and ev.date.end == OPEN:
                ev.date = replace(ev.date, end=None, end_precision=None)
            if attach is not None and ev.date.precision == "day" and attach not in pred.subtree and _sequenced(pred):
                # "struck on 19 April, days after Iran launched drones": not that day; its month at most
                ev.date = replace(ev.date, value=ev.date.value[:7], precision="month", end=None, end_precision=None)
            if attach is not None and attach.i != ev.token and ev.date.precision in ("month", "season") \
                    and disclosed(trig, attach):
                # "revealed in December 2015 that Moscow engaged in ...": the act came to light then; it
                # happened that year or before, not in the month of its disclosure
                ev.date = replace(ev.date, value=ev.date.value[:4], precision="year")

def _decided(noun, triggers):
    """The act a noun of resolve is to do, when it is one of the sentence's acts: "decision", "plan",
    "move", "order" with an infinitive clause ("the decision to expel X"; ``resolve_nouns``); None otherwise."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in dates_data().resolve_nouns:
        return None
    return next((c for c in noun.children if c.dep_ in ("acl", "xcomp") and c.i in triggers
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


_AHEAD = frozenset({"future", "hypothetical", "threatened"})
_DEADLINE = frozenset({"by", "before", "until", "till", "within"})  # a time its content must be done by
_NIGHT = re.compile(r"(?:late )?(?:overnight|last night)$|the (?:previous|preceding) (?:day|night|evening)$",
                    re.IGNORECASE)


def _night_before_saying(doc: Doc, ev: Event, night: Timex, anchors) -> TimeRef | None:
    """ "said on Monday that X had fired on Y overnight", "X was recalled the previous day, the ministry
    said on Saturday": the night or day before the saying's day, not before the publication's."""
    say = statement(doc, ev.token)
    if say is None:
        return None
    for tx, root, attach in anchors:
        if tx is night or tx.precision != "day" or tx.kind == "range" or attach.i != say.i:
            continue
        day = PartialDate.parse(tx.reading("past") or "")
        if day is None or day.day is None:
            continue
        before = (date(day.year, day.month, day.day) - timedelta(days=1)).isoformat()
        return TimeRef(before, "day", f"{night.text} ({tx.text})", "relative")
    return None


def _counted_from(tx: Timex, usable: Sequence[Timex]) -> bool:
    """Whether a date told before ``tx`` in its sentence is the one it counts from."""
    return any(o is not tx and o.value and not o.refers_back and o.kind == "date" and o.end <= tx.start
               and o.precision in ("year", "month", "day") for o in usable)


def _sequenced(pred) -> bool:
    """Whether a predicate tells a clause the clause above it follows or precedes ("after X did Y",
    "before X did Y"): another time than that clause's."""
    return pred.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in pred.children) \
        and not same_day(pred.doc, pred)  # "on Monday, hours after X seized Y": the same day


def _same_act(ev: Event, i: int, events: Sequence[Event]) -> bool:
    """Whether the act noun at token ``i`` codes the act ``ev`` codes (the same PLOVER type, or the act
    an intent announces)."""
    kinds = {ev.type, ev.act_type} - {None}
    return any(o.token == i and ({o.type, o.act_type} & kinds) for o in events)


def _definite(noun) -> bool:
    """Whether a noun names an act already told ("the talks", "that meeting"), not a new one."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those")
                                       for c in noun.children)
_TOLD = frozenset({"past", "pluperfect", "perfect"})


def intent(ev: Event) -> bool:
    """Whether the event codes the statement of an intent, threat or demand about its act (``type``
    AGREE for an act promised: "said it would provide aid"): dated as that statement."""
    return ev.act_type is not None and ev.act_type != ev.type
