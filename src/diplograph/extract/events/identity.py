"""One event per act within a document: which event mentions of one text tell the same act.

A text tells one act several times, and not always with both sides:

* in one sentence, by two words of one clause: a result told by a participle ("X launched rockets
  into Y, killing two soldiers"), a clause describing an event noun ("the accusations that blamed
  Y"), an event noun that is the subject of the verb ("the attack killed ten") or a verb whose
  "in"-phrase names the event ("soldiers were killed in a clash with X");
* across sentences, by a re-mention: a definite or possessive nominal ("the takeover", "Russia's
  invasion") or the same trigger word, later in the text (:mod:`.remention` judges the pair).  A
  mention that names one side joins the mention naming both when the side it names is the same, in
  the same role, and the text offers one such pair of actors (two would make it ambiguous);
* an ongoing relation (talks, contacts) retold with a side unsaid, named by an open description
  ("the Afghan militants") or by the state its rulers govern at the time ("the new Afghan
  government"): the one relation of its type the text tells between actors it may stand for;
* a stance said again near by in other words ("X praised Y … X maintains that Y is reasonable");
* in one clause, an act that happened in or during another, and what a speech verb of the same type
  says it is (:mod:`.tellings`).  (The two sides of a joint act, "A and B met", are one event from
  the start: :func:`~.pairs._pairs`.)

Each retelling gets ``retells`` (the index of the first telling of the act in the document's event
list, never itself a retelling) and ``retell_reason``.  Only mentions of the same type, polarity and
assertedness are ever one act.  Reactions are then aimed at the doer of the act (:mod:`.reactions`).  The store merges by these links (:mod:`diplograph.store.merge_plan`);
:func:`~.folding.fold` gives ``diplograph.code()`` one event per act.  Grammar only: which words are triggers
and of what type is the lexicon's business.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from spacy.tokens import Doc, Token

from diplograph.extract.events.remention import (DISCRETE, ONGOING, nominal_cue, similarity, why_ongoing, why_rejoins,
                                                 why_restated, why_retold, why_same_content)
from diplograph.extract.actors.regimes import NOW_DATE, OPEN_WORLD
from diplograph.extract.actors.words import STATE_FORCES
from diplograph.extract.events.ontology import types_in
from diplograph.extract.events.reactions import aim_reactions
from diplograph.extract.events.tellings import (clause_link, means_of, content_nouns, by_verb, doer_unsaid, headings, said_stance,
                                                side_written)
from diplograph.nlp.tokens import text_of
from diplograph.records import ActorRef, Event, TimeRef

SYMMETRIC = types_in("undirected")
STANCES = frozenset({"ACCUSE", "SUPPORT"})  # said of an actor: told again in other words near by
NOW = frozenset({"new", "current", "present", "incumbent"})  # a government named as the one in place now
NEAR = 2  # sentences apart within which a stance said again is the same stance
VIOLENT = frozenset({"ASSAULT"})
SPEECH = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})  # acts with a content: what is asked, alleged
WEAK_DATES = ("publication", "discourse", "none")  # dates not told of the act itself
GENERIC = "GEN_"  # unnamed actors ("three soldiers", "civilians"): in one clause, the victims of the act
_HAPPENED = ("asserted", "reported")
ASKED = "question"


@dataclass(frozen=True, slots=True)
class Told:
    """An event mention as :mod:`.remention` reads it."""
    source: str | None
    target: str | None
    date: str | None
    text: str
    trigger: str
    sentence: int
    offset: int
    kin: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # whom each side may stand for
    sectors: tuple[str | None, str | None] = (None, None)  # each side's sector ("police": COP)


Kin = Callable[[ActorRef, "str | None"], frozenset[str]]


def _own(ref: ActorRef, date: str | None) -> frozenset[str]:
    return frozenset({_side(ref)})  # type: ignore[arg-type]


def _side(ref: ActorRef | None) -> str | None:
    """The actor a side counts as (a person acting for a state counts as the state, as in the store)."""
    return None if ref is None else (ref.via or ref.actor_id)


def _told(ev: Event, sentences: list[tuple[int, str]], kin: Kin = _own) -> Told:
    """What the judges read; a date the text does not give the act itself (the publication's, the
    narrative's) says nothing about which act it is.  ``kin`` gives the actors a side may stand for in
    an ongoing relation (:func:`diplograph.extract.actors.regimes.kinship`), at the act's date."""
    start, text = sentences[ev.sentence] if 0 <= ev.sentence < len(sentences) else (0, "")
    date = None if ev.date.anchor in WEAK_DATES else ev.date.value
    kins = tuple(frozenset() if ref is None else
                 kin(ref, date or (_now(ref, text[:max(0, ref.start - start)]) and (ev.date.value or NOW_DATE)) or None)
                 for ref in (ev.source, ev.target))
    return Told(_side(ev.source), _side(ev.target), date, text, ev.trigger, ev.sentence,
                ev.start - start if ev.start >= start else -1, kins,  # type: ignore[arg-type]
                tuple(None if ref is None else ref.sector for ref in (ev.source, ev.target)))  # type: ignore[arg-type]


def _now(ref: ActorRef, before: str) -> bool:
    """The side names a government as the one in place when the text is written ("the new Afghan
    government", "the current rulers"; ``before``: the sentence's text before the mention): the
    text's own date is its date (:data:`NOW_DATE` without one)."""
    words = (before.lower().split()[-2:] if ref.start >= 0 else []) + ref.text.lower().split()
    return any(w in NOW for w in words)


def _generic(side: str | None) -> bool:
    return side is not None and side.startswith(GENERIC)


def _same_pair(a: Told, b: Told) -> bool:
    """The same two sides, an unnamed state force as a named state's of its sector ("police broke in ...
    Ecuadorian police broke through its doors")."""
    def same(x, y, sx, sy) -> bool:
        return x == y or (x is not None and y is not None and _generic(x) != _generic(y) and sx == sy
                          and sx in STATE_FORCES)
    return same(a.source, b.source, *a.sectors[:1], *b.sectors[:1]) and \
        same(a.target, b.target, a.sectors[1], b.sectors[1])


def _kind(ev: Event) -> tuple:
    return ev.type, ev.negated, ev.modality in _HAPPENED


def _sides(t: Told) -> int:
    return (t.source is not None) + (t.target is not None)


def _compatible(a: Told, b: Told, type_: str, loose: bool = False) -> bool:
    """Each side the same or left unsaid in one of them (either way round for symmetric types);
    at least one side named and shared.  ``loose`` (two words of one clause, whose grammar already
    says they tell one act): an unnamed actor fits any, and no side need be shared."""
    def fits(x: str | None, y: str | None) -> bool:
        return x is None or y is None or x == y or (loose and (_generic(x) or _generic(y)))

    def shares(s: str | None, t: str | None) -> bool:
        return (s is not None and s == b.source) or (t is not None and t == b.target)

    if fits(a.source, b.source) and fits(a.target, b.target) and (loose or shares(a.source, a.target)):
        return True
    return type_ in SYMMETRIC and fits(a.source, b.target) and fits(a.target, b.source) and \
        ((a.source is not None and a.source == b.target) or (a.target is not None and a.target == b.source))


def identify(events: list[Event], doc: Doc, sentences: list[tuple[int, str]],
             act_of: Callable[[Token], str | None] = lambda tok: None, kin: Kin = _own) -> None:
    """Link every retelling in ``events`` (one document's, in text order) to the telling of its act
    that names it best; ``sentences`` are the document's (start offset, text) pairs; ``act_of`` the
    PLOVER type an event noun names (the lexicon's), for reactions to an act told before; ``kin`` whom
    a side may stand for (:func:`_told`)."""
    told = [_told(ev, sentences, kin) for ev in events]
    heads = headings(sentences, text_of(doc))
    root = list(range(len(events)))
    dates: dict[int, str] = {k: t.date for k, t in enumerate(told) if t.date}  # each act's told date

    def find(k: int) -> int:
        while root[k] != k:
            k = root[k]
        return k

    def link(part: int, whole: int, reason: str, yields: bool = False) -> None:
        if yields:  # the part's date was not its own: it takes the act's
            dates.pop(find(part), None)
            events[part].date = TimeRef(None, None, None, "none")
        rp, rw = find(part), find(whole)
        da, db = dates.get(rp), dates.get(rw)
        if rp == rw or (da and db and not (da.startswith(db) or db.startswith(da))):
            return  # one act is never told with two dates that disagree
        if da or db:
            dates[rw] = max(da or "", db or "", key=len)
        root[rp] = rw
        events[part].retell_reason = reason

    by_sentence: dict[int, list[int]] = {}
    for k, ev in enumerate(events):
        by_sentence.setdefault(ev.sentence, []).append(k)
    for ks in by_sentence.values():  # one clause, two words for one act
        for x in ks:
            for y in ks:
                if x == y or _kind(events[x]) != _kind(events[y]) or events[x].token < 0 or events[y].token < 0:
                    continue
                a, b = told[x], told[y]
                if not (_compatible(a, b, events[x].type, True) or _compatible(b, a, events[x].type, True)):
                    if events[x].type in VIOLENT and a.source in (None, b.source) and b.target is not None \
                            and find(x) == x and means_of(doc, events[x].token, events[y].token):
                        # "killed a commander of X in an air strike in Y": whom the strike hit is the verb's
                        link(x, y, f"same act told twice in one sentence: {events[y].trigger!r} done in {events[x].trigger!r}")
                    continue
                how = clause_link(doc, events[x].token, events[y].token,
                                  events[y].type in VIOLENT and _generic(b.target) and not _generic(a.target))
                if how is None or find(x) == find(y):
                    continue
                part, whole = (y, x) if _sides(b) <= _sides(a) else (x, y)
                if find(part) == part:
                    link(part, whole, f"same act told twice in one sentence: {how}")
    for k in range(len(events)):  # re-mentions across the text
        if find(k) == k and _sides(told[k]):
            found = _retold(k, events, told, root, heads, doc)
            if found is not None:
                link(k, *found)
    for k, ev in enumerate(events):  # a heading's question about an act the text tells as fact
        if find(k) == k and ev.modality == ASKED and ev.sentence in heads and _sides(told[k]):
            found = _asked(k, events, told, heads, find)
            if found is not None:
                link(k, *found)
    _settle(events, [find(k) for k in range(len(events))])
    aim_reactions(events, doc, act_of)


def _settle(events: list[Event], roots: list[int]) -> None:
    """Point each retelling at its act's first telling (the group's root, which names the most sides)
    and give the tellings that carry no date of their own the act's date."""
    groups: dict[int, list[int]] = {}
    for k, r in enumerate(roots):
        groups.setdefault(r, []).append(k)
    for members in groups.values():
        if len(members) == 1:
            continue
        why = next((events[k].retell_reason for k in members if events[k].retell_reason), None)
        first = min(members, key=lambda k: (events[k].modality not in _HAPPENED,  # a question is never the act
                                            -(events[k].source is not None) - (events[k].target is not None),
                                            _generic(_side(events[k].source)) + _generic(_side(events[k].target)), k))
        told = [events[k].date for k in members if events[k].date.value and events[k].date.anchor not in WEAK_DATES]
        best = max(told, key=lambda d: len(d.value or ""), default=None)
        for k in members:
            ev = events[k]
            ev.retells = None if k == first else first
            if k != first:
                _take_sides(ev, events[first])
            if k == first:
                ev.retell_reason = None
            elif ev.retell_reason is None:
                ev.retell_reason = why or "same act retold in the document"
            if best is not None and (not ev.date.value or ev.date.anchor in WEAK_DATES):
                # a retelling happened when the act did ("since the takeover" is not of the news day)
                ev.date = TimeRef(best.value, best.precision, best.text, "event", best.end, best.end_precision)


def _take_sides(ev: Event, first: Event) -> None:
    """A retelling that leaves a side unsaid has the side of the act's first telling (implied), as the
    store's merged event does: "the clash … troops who were injured" (by the other side)."""
    if ev.source is None and first.source is not None and (ev.target is None or _side(ev.target) == _side(first.target)):
        ev.source = replace(first.source, start=-1, end=-1, implied=True)
    elif ev.target is None and first.target is not None and ev.source is not None and \
            _side(ev.source) == _side(first.source):
        ev.target = replace(first.target, start=-1, end=-1, implied=True)


def _retold(k: int, events: list[Event], told: list[Told], root: list[int],
            heads: set[int], doc: Doc) -> tuple[int, str, bool] | None:
    """:func:`_retold_as`, and (third) whether the mention's date yields to the act's: a definite or
    possessive re-mention of a discrete act ("following the execution of X") whose date the text does
    not write in it (a clause's time read onto the noun) retells the one act it fits when read undated."""
    a = told[k]
    found = _retold_as(k, a, events, told, root, heads, doc)
    if found is not None:
        return (*found, False)
    ev = events[k]
    if a.date is None or ev.type not in DISCRETE or ev.date.anchor == "explicit" or \
            not nominal_cue(a.text, a.trigger, a.offset) or _own_time(ev, doc):
        return None
    found = _retold_as(k, replace(a, date=None), events, told, root, heads, doc)
    if found is None:
        return None
    return found[0], f"{found[1]}; its date {a.date} (not written in it) yields to the act's", True


def _own_time(ev: Event, doc: Doc) -> bool:
    """The noun's phrase writes its date ("the arrest of a reporter in May"): the noun's own time."""
    if ev.token < 0 or not ev.date.text:
        return False
    tok = doc[ev.token]
    return ev.date.text.lower() in doc[tok.left_edge.i:tok.right_edge.i + 1].text.lower()


def _retold_as(k: int, a: Told, events: list[Event], told: list[Told], root: list[int],
               heads: set[int], doc: Doc) -> tuple[int, str] | None:
    """The telling that mention ``k`` retells, and why: the one mention naming both sides it may
    leave one of unsaid (one pair of actors only), else the first of its own pair of actors.  The
    telling comes first, unless ``k`` is in a heading (:func:`headings`) and it in the body.  An
    outcome told of unnamed victims with the doer unsaid ("three soldiers were killed") tells the act
    of its type told before it when the text tells such acts between one pair of actors only."""
    ev = events[k]
    heading = ev.sentence in heads
    outcome = ev.type in DISCRETE and doer_unsaid(doc, ev)
    full: dict[tuple, tuple[int, str]] = {}
    victims: dict[frozenset, tuple[int, str]] = {}
    same: tuple[int, str] | None = None
    half: tuple[int, str] | None = None
    own_kind = _kind(ev)  # (the same for every j)
    for j, other in enumerate(events):
        if j == k or root[j] != j or _kind(other) != own_kind:
            continue
        b = told[j]
        ahead = heading and j > k and other.sentence not in heads  # a heading sums up the body
        if _same_pair(a, b) or (
                ev.type in SYMMETRIC and {a.source, a.target} == {b.source, b.target}):
            if (j < k or ahead) and same is None:
                why = why_retold(b, a, similarity(a.text, b.text), retelling=a, discrete=ev.type in DISCRETE)
                if not why and ev.type in ONGOING and not ahead and ev.modality in _HAPPENED:
                    why = why_ongoing(b, a)  # an ongoing relation told as fact, both sides named
                if not why and ev.type in SPEECH and not ahead:
                    shared = content_nouns(doc, ev) & content_nouns(doc, other)
                    why = why_same_content(b, a, min(shared)) if shared else None
                if not why and ev.type in STANCES and not ahead and a.sentence - b.sentence <= NEAR and \
                        said_stance(doc, ev) and by_verb(doc, other):
                    why = why_restated(b, a)  # "X praised Y … X maintains that Y's conduct has been good"
                if why:
                    same = (j, why)
        elif _sides(a) == 1 and _sides(b) == 2 and _compatible(a, b, ev.type):
            # a discrete act, or one of the same named kind ("arrived" and "her visit": both visits)
            kind = ev.type in DISCRETE or (ev.mode is not None and ev.mode == other.mode)
            why = why_rejoins(a, b, heading=ahead, discrete=kind, outcome=outcome)
            if not why and ev.type in DISCRETE and j > k and not ahead:  # "X raided a camp … the raid killed 12"
                why = next((w for x in range(k + 1, len(events)) if (x == j or root[x] == j) and
                            (w := why_rejoins(a, told[x], discrete=True))), None)
            if not why and ev.type in SPEECH and j < k:
                shared = content_nouns(doc, ev) & content_nouns(doc, other)
                why = why_same_content(b, a, min(shared)) if shared else None
            pair = tuple(sorted((b.source, b.target), key=str)) if ev.type in SYMMETRIC else (b.source, b.target)
            if why and pair not in full:
                full[pair] = (j, why)
        elif outcome and a.source is None and _generic(a.target) and _sides(b) == 2 and \
                not _generic(b.source) and not _generic(b.target) and (b.sentence, b.offset) < (a.sentence, a.offset):
            why = why_rejoins(a, b, discrete=True, outcome=True)
            pair = frozenset((b.source, b.target))
            if why and pair not in victims:
                victims[pair] = (j, why.replace("one side left unsaid", "its victims unnamed"))
        elif ev.type in SPEECH and _sides(a) == _sides(b) == 1 and (a.source is None) != (b.source is None) and j < k:
            shared = content_nouns(doc, ev) & content_nouns(doc, other)  # "X pressed for a ceasefire … I appealed to Y for a ceasefire"
            why = why_same_content(b, a, min(shared)) if shared else None
            if why:
                victims.setdefault(frozenset((b.source, b.target, "halves")), (j, f"{why}; each names one side"))
        elif ev.type in SPEECH and _sides(a) == 2 and _sides(b) == 1 and b.target is None and b.source == a.source \
                and j < k and half is None and all(root[x] != j for x in range(len(events)) if x != j):
            # "X spoke with Y, pressing for a truce … 'I appealed to Y for a truce'": the first telling
            # leaves the addressee unsaid (one retelling only: it takes one addressee)
            shared = content_nouns(doc, ev) & content_nouns(doc, other)
            why = why_same_content(b, a, min(shared)) if shared else None
            half = (j, f"{why}; the first telling leaves the addressee unsaid") if why else None
    if len(full) == 1:
        return next(iter(full.values()))
    if not full and same is None and len(victims) == 1:
        return next(iter(victims.values()))
    if not full and same is None and ev.type in ONGOING and ev.modality in _HAPPENED and not heading:
        return _kin_relation(k, a, events, told, root, doc)
    if not full and same is None and not victims and half is not None:
        return half
    return same if not full else None


def _asked(k: int, events: list[Event], told: list[Told], heads: set[int],
           find: Callable[[int], int]) -> tuple[int, str] | None:
    """The act that mention ``k``, a question in a heading ("Why is X reaching out to Y?"), asks about,
    and why: an act of its type and polarity that the body (below the headings) tells as fact, between
    the same actors (either way round for symmetric types; or one side unsaid in the question, the side
    it names the same, in the same role), by the rules that join a heading to the body
    (:func:`why_retold`, :func:`why_rejoins`), or, for an ongoing relation, :func:`why_ongoing`.  The
    text must tell such acts between one pair of actors only.  The question is a mention of that act; it
    never makes an act of its own told as fact (a question with no such telling stays a question)."""
    ev, a = events[k], told[k]
    found: dict[tuple, tuple[int, str]] = {}
    for j, other in enumerate(events):
        b = told[j]
        if j == k or other.modality not in _HAPPENED or (other.type, other.negated) != (ev.type, ev.negated) or \
                other.sentence in heads or _sides(b) < 2 and _sides(a) < 2:
            continue
        pair = (b.source, b.target)
        if ev.type in SYMMETRIC:
            pair = tuple(sorted(pair, key=str))  # type: ignore[assignment]
        if pair in found:
            continue
        discrete = ev.type in DISCRETE
        if _same_pair(a, b) or (
                ev.type in SYMMETRIC and {a.source, a.target} == {b.source, b.target}):
            why = why_retold(b, a, similarity(a.text, b.text), retelling=a, discrete=discrete)
            if not why and ev.type in ONGOING:
                why = why_ongoing(b, a)
        elif _sides(a) == 1 and _compatible(a, b, ev.type):
            why = why_rejoins(a, b, heading=True, discrete=discrete or (ev.mode is not None and ev.mode == other.mode))
        else:
            continue
        if why:
            found[pair] = (find(j), f"a question in a heading asks about the act the text tells: {why}")
    return next(iter(found.values())) if len(found) == 1 else None


def _kin_relation(k: int, a: Told, events: list[Event], told: list[Told], root: list[int],
                  doc: Doc) -> tuple[int, str] | None:
    """The one ongoing relation (:data:`ONGOING`) of the document that mention ``k`` retells with a
    side unsaid, named by an open description ("the Afghan militants") or by the state the other
    actor governs at the time ("the new Afghan government"): a telling of its type that names both
    sides as the knowledge base knows them, each side of ``k`` unsaid or standing for it (its kin),
    and times as :func:`why_ongoing` takes them.  A side is unsaid only where its clause has no word
    for it (:func:`~.tellings.side_written`: "six states received Taliban envoys" names its doers)."""
    if (a.source is None and side_written(doc, events[k], "source")) or \
            (a.target is None and side_written(doc, events[k], "target")):
        return None
    found: dict[frozenset, tuple[int, str]] = {}
    for j, other in enumerate(events):
        b = told[j]
        if j == k or root[j] != j or _kind(other) != _kind(events[k]) or _sides(b) < 2 or \
                OPEN_WORLD in b.kin[0] | b.kin[1] or {a.source, a.target} == {b.source, b.target}:
            continue
        for mine, theirs in ((a.kin, b.kin), ((a.kin[1], a.kin[0]), b.kin)):
            if all(not m or m & t for m, t in zip(mine, theirs)):
                why = why_ongoing(b, a)
                if why:
                    found.setdefault(frozenset((b.source, b.target)), (j, why.replace(
                        "the same actors", "actors it names by kin or leaves unsaid")))
                break
    return next(iter(found.values())) if len(found) == 1 else None
