"""When an act told without a time expression of its own is *not* at the time of the discourse.

A news report's clauses without a date of their own mostly tell the news: they take the story's or
the narrative's time (:mod:`~diplograph.extract.dates.discourse`).  Some clauses do not tell an act at
that time, and the grammar says so:

* an aside that describes a participant: a relative clause or participle ("settlers who attacked
  villagers", "fishermen detained by the coast guard were freed on Monday");
* an act named as the landmark or topic of another ("after the invasion", "since the coup",
  "talks about the war", "amid anger over the arrest"): it lies before the clause's time, or at none;
* a concessive clause ("although X has been removed from the list", "even though Y supported Z"): it
  grants what the reader is taken to know, background to the news;
* a state described rather than an act told: an attitude in the simple present ("Russia believes",
  "the group seeks to"), an act noun as the subject of "be" ("the contacts were limited"), unless one act its doer owns;
* aspect that spreads the act over time or makes it a state or a record: duration and frequency
  ("for years", "on several occasions", "ever since", "still"), continuation ("has continued its
  dialogue", "continue to support", "tends to"), an unspecific plurality of acts ("has held several
  summits", "has refused to join any talks").

* a phase of another act names ("the end of the war in 2014": the date is the end's), or a frame it
  lies in ("has been destroyed during the war", in the body of an analysis).

Some clauses take a time near, not at, the discourse's: what an act brought about or what another act
answers ("the invasion brought condemnation", "countered the criticism": the narrative's month); an
act a disclosure reports ("revealed in December 2015 that X engaged in Y": that year); an act that
holds up to the writing ("to this day", "still": an open span from the story's year).

Such an act keeps a date only where the text gives it one (its own time expression, or the same act
dated elsewhere in the document: :mod:`~diplograph.extract.dates.anchored`).
"""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc, Token

from diplograph.extract.dates.anchored import UNITS
from diplograph.extract.dates.tense import RANKS, predicate, told_there
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import children

# prepositions whose object is an act at another time than the clause's ("after the invasion") or at
# none ("talks about the war", "amid fury over the arrest")
LANDMARK = frozenset({"after", "before", "since", "following", "until", "till", "prior", "ahead"})
TOPIC = frozenset({"about", "over", "regarding", "concerning", "amid", "amidst", "despite", "into"})
# nouns of a phase of an act: their date is the phase's, not the act's ("the end of the war in 2014")
PHASES = frozenset({"end", "aftermath", "eve", "wake", "close", "conclusion", "anniversary", "remainder", "rest"})
# prepositions whose object is an act that frames the clause's time ("destroyed during the war")
FRAME = frozenset({"during", "throughout"})
CONCESSIVE = frozenset({"although", "though", "despite", "notwithstanding"})
# verbs that make the act they govern a continuing state ("continue to support", "has kept talking")
CONTINUING = frozenset({"continue", "remain", "keep", "persist", "tend", "resume"})
# adverbs that spread an act over time or make it a record ("still", "ever", "traditionally")
SPREAD = frozenset({"still", "ever", "never", "once", "historically", "traditionally", "previously", "formerly",
                    "consistently", "continuously", "increasingly", "long", "longstanding"})
# nouns of spans: "for years", "over the decades", "on several occasions"
SPANS = frozenset({"year", "decade", "month", "week", "time", "occasion", "century", "generation", "while"})
# verbs of attitude: their simple present tells a standing state ("Russia believes", "it seeks to")
ATTITUDE = frozenset({"believe", "seek", "want", "wish", "hope", "view", "regard", "consider", "think", "see",
                      "hold", "deem", "expect", "fear", "doubt", "know", "aim", "strive", "intend"})
VAGUE = frozenset({"several", "many", "numerous", "multiple", "various", "countless", "any", "repeated",
                   "successive", "frequent"})


def modifier(doc: Doc, i: int, acts: Collection[str] = ()) -> Token | None:
    """The relative clause or participle that tells the act at token ``i`` as a description of a
    participant ("the settlers who attacked ...", "fishermen detained by ..."), or None.  Not a
    clause that restates an act its noun names ("the accusations that blamed ...", "a deal that
    halted the fighting": ``acts`` are the lemmas of such nouns), nor one in the progressive, which
    holds at the time of the clause around it ("Azerbaijan, which was fighting a war, ..."), nor the
    present participle of an authored text ("a statement urging ..."), which speaks when it is issued."""
    verb = predicate(doc, i)
    if verb.dep_ not in ("relcl", "acl") or verb.head.i == i or told_there(doc, verb):
        return None
    head = verb.head
    if head.lemma_.lower() in acts or head.lemma_.lower() in grammar().restating_words:
        return None  # ("X closed its border, a move Y condemned": the reaction is an act of its own)
    if verb.tag_ == "VB" and (head.lower_ in RANKS or any(c.lower_ in RANKS for c in children(doc)[head.i])):
        return None  # "the last soldier to leave": the act of the clause around it
    if verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in children(doc)[verb.i]):
        return None
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and head.lemma_.lower() in grammar().authored_nouns:
        return None  # "adopted a resolution demanding ...": the text says it when it is issued, no description
    return verb


def landmark(doc: Doc, i: int) -> str | None:
    """The preposition that makes the act at token ``i`` (a noun, or the verb of a clause it
    introduces) the landmark or topic of another act ("since the takeover", "talks about the war",
    "before police stormed the embassy"), or None.  A clause "after X did Y" tells what came just
    before: it keeps the discourse's time."""
    tok = doc[i]
    if tok.pos_ in ("NOUN", "PROPN"):
        cur = tok
        for _ in range(3):  # "after the invasion", "since Russia's full-scale invasion of Ukraine"
            if cur.dep_ in ("pobj", "pcomp") and cur.head.lower_ in LANDMARK | TOPIC:
                return cur.head.lower_
            if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in PHASES \
                    and cur.head.head.pos_ == "NOUN":
                return "of"  # "the end of the war", "on the eve of the summit": a phase's time, not the act's
            if cur.dep_ not in ("conj", "appos") or cur.head.i == cur.i:
                break
            cur = cur.head
        before = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        if before is not None and before.tag_ == "IN" and before.lower_ in LANDMARK | TOPIC and before.head.i != tok.i:
            return before.lower_  # the parse made "Since" a conjunction and the act the subject
        return None
    verb = predicate(doc, i)
    if verb.dep_ in ("advcl", "pcomp"):
        marks = [c.lower_ for c in children(doc)[verb.i] if c.dep_ == "mark"]
        if verb.dep_ == "pcomp":
            marks.append(verb.head.lower_)
        for m in marks:
            if m in LANDMARK and m not in ("after", "following"):
                return m
    return None


def frame(doc: Doc, i: int) -> Token | None:
    """The act noun that frames the clause of token ``i`` ("has been destroyed during the war": the war),
    or the act at ``i`` itself when it is such a frame; None when there is none.  A frame spans more
    than the clause's time: neither takes the discourse's time (the frame's own date, where the
    document gives it, dates both: :mod:`~diplograph.extract.dates.anchored`)."""
    tok = doc[i]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in FRAME:
        return tok
    verb = predicate(doc, i)
    kids = children(doc)
    for c in kids[verb.i]:
        if c.dep_ == "prep" and c.lower_ in FRAME:
            for o in kids[c.i]:
                if o.dep_ == "pobj" and o.pos_ == "NOUN" and not any(
                        d.dep_ == "det" and d.lower_ in ("this", "that", "these", "those") for d in kids[o.i]):
                    return o
    return None


# verbs that tell what an act brought about ("the invasion brought condemnation", "drew protests")
RESULTS = frozenset({"bring", "draw", "trigger", "prompt", "spark", "provoke", "cause", "earn", "attract",
                     "unleash", "elicit"})


# phrases that say an act or state holds up to the time of writing: an open span
_TO_NOW = {"to": {"day", "date", "present"}, "until": {"now", "today", "present"}, "up": {"now"},
           "till": {"now", "today"}}


def to_now(doc: Doc, i: int) -> str | None:
    """The phrase that says the act at token ``i`` holds up to the time of writing ("to this day",
    "to date", "until now", "still"), or None."""
    verb = predicate(doc, i)
    kids = children(doc)
    for c in kids[verb.i]:
        if c.dep_ == "advmod" and c.lower_ == "still" and c.i < verb.i:
            return c.text  # "Russia still keeps its embassy open": it held before, and holds now
        ends = _TO_NOW.get(c.lower_) if c.dep_ in ("prep", "advmod") else None
        if not ends:
            continue
        for o in kids[c.i]:
            if o.lower_ in ends or o.dep_ == "pcomp" and any(g.lower_ in ends for g in kids[o.i]):
                return doc[c.i:o.right_edge.i + 1].text
    return None


# verbs of disclosure: the act they report was hidden until their date ("revealed", "reported that")
DISCLOSE = frozenset({"reveal", "disclose", "uncover", "expose", "report", "leak", "admit"})


def disclosed(trig: Token, verb: Token) -> bool:
    """Whether ``trig`` stands in the content clause of a verb of disclosure ("revealed that X engaged in
    Y")."""
    if verb.lemma_.lower() not in DISCLOSE:
        return False
    cur = trig
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.head.i == verb.i:
            return cur.dep_ == "ccomp"
        cur = cur.head
    return False




# verbs that answer an act told as their object ("countered the criticism", "rejected the accusations")
RESPONSES = frozenset({"counter", "rebut", "reject", "deny", "dismiss", "refute", "answer", "rebuff", "denounce"})


def consequence(doc: Doc, i: int) -> bool:
    """Whether the act noun at token ``i`` is told as what another act brought about ("the war brought
    near-universal condemnation") or as what another act answers ("countered international criticism"):
    it lies near that act, but not on its day (after it, or before it)."""
    tok = doc[i]
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in RESULTS | RESPONSES


def concessive(doc: Doc, i: int) -> bool:
    """Whether the act at token ``i`` is told in a concessive clause ("although ...", "even though
    ...") or phrase ("despite ...")."""
    cur = predicate(doc, i)
    for _ in range(4):
        if cur.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in children(doc)[cur.i])
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


_SPAN_UNITS = UNITS | {"hour"}
_ONSETS = frozenset({"begin", "start", "launch", "open", "commence", "resume", "kick"})


def spanned(doc: Doc, i: int) -> bool:
    """Whether the act noun at token ``i`` is told as lasting a span ("a deal that ended six weeks of
    fighting", "after years of war"): no point in time is its date, the year of the clause's at most."""
    trig = doc[i]
    if not (trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "of"
            and trig.head.head.lemma_.lower() in _SPAN_UNITS and trig.head.head.tag_ == "NNS"):
        return False
    return trig.head.head.head.lemma_.lower() not in _ONSETS  # "began four days of drills on Thursday": their start


def spread(doc: Doc, i: int) -> bool:
    """Whether the clause of the act at token ``i`` spreads it over time, makes it a state or a
    record of unspecified acts ("has long accused", "for years", "on several occasions", "continue
    to support", "has held several summits")."""
    verb = predicate(doc, i)
    kids = children(doc)
    heads = [verb]
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        heads.append(verb.head)  # "continue to support": the governing verb's aspect
    for v in heads:
        if v.lemma_.lower() in CONTINUING:
            return True
        for c in kids[v.i]:
            if c.dep_ in ("advmod", "npadvmod", "amod") and c.lower_ in SPREAD:
                return True
            if c.dep_ == "prep" and c.lower_ in ("for", "over", "on", "at", "throughout") and _span(doc, c):
                return True
            if c.lower_ == "since" and c.dep_ in ("prep", "advmod") or c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ == "since" for m in kids[c.i]):
                return True  # "ever since", "since X" with no date the text gives
    trig = doc[i]
    if verb.tag_ == "VBD" and trig.pos_ in ("VERB", "AUX"):
        return False  # "signed a number of agreements": told in the simple past, one occasion, not a record
    objects = [c for c in kids[verb.i] if c.dep_ in ("dobj", "attr", "nsubjpass")]
    for v in [c for c in kids[verb.i] if c.dep_ == "xcomp"]:  # "refused to take part in any talks"
        objects += [o for c in kids[v.i] if c.dep_ in ("dobj", "prep") for o in [c, *kids[c.i]]
                    if o.dep_ in ("dobj", "pobj")]
    if trig.pos_ in ("NOUN", "PROPN"):
        objects.append(trig)
    return any(_vague(doc, o) for o in objects)


def stative(doc: Doc, i: int) -> bool:
    """Whether the clause of the act at token ``i`` describes a state rather than telling an act: a
    verb of attitude in the simple present ("Russia believes ...", "it seeks to ...", "X tends to"), or
    an act noun that is the subject of "be" ("Moscow's contacts were limited", "recognition is not on
    the agenda")."""
    verb = predicate(doc, i)
    if verb.lemma_.lower() in ATTITUDE and verb.tag_ in ("VBZ", "VBP") \
            and not any(a.dep_ in ("aux", "auxpass") for a in children(doc)[verb.i]):
        return True
    trig = doc[i]
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ not in ("nsubj", "nsubjpass") or trig.head.lemma_ != "be":
        return False
    # "the contacts were limited", "recognition is not on the agenda"; not one act its doer owns ("Iran's
    # criticism of the execution is interference")
    return trig.tag_ in ("NNS", "NNPS") or not any(c.dep_ == "poss" for c in children(doc)[i])


def _span(doc: Doc, prep: Token) -> bool:
    """ "for years", "over the decades", "on several occasions", "for a long time", "at times"."""
    for o in children(doc)[prep.i]:
        if o.dep_ == "pobj" and o.lemma_.lower() in SPANS and (o.tag_ in ("NNS", "NNPS") or _vague(doc, o)
                                                                or any(c.lower_ == "long" for c in o.children)):
            return not any(c.dep_ in ("det", "amod") and c.lower_ in ("this", "that", "last", "past", "next", "the")
                           and o.tag_ == "NN" for c in o.children)
    return False


def _vague(doc: Doc, noun: Token) -> bool:
    """Whether a noun phrase counts its referents vaguely ("several summits", "any talks", "a number of
    meetings")."""
    for c in children(doc)[noun.i]:
        if c.dep_ in ("amod", "det", "nummod", "quantmod") and c.lower_ in VAGUE:
            return True
    if noun.lower_ in ("number", "series") and any(c.dep_ == "det" and c.lower_ == "a" for c in noun.children):
        return True
    return False
