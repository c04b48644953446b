"""Cross-document event merging: mentions of one real-world event become one event.

Two mentions are the same event when they have the same PLOVER type and
polarity, the same actors (a person counts for the state they act for) and
compatible dates (equal, or one a refinement of the other: ``2021-07`` and
``2021-07-23``).  An undated mention joins a dated one, or another undated one,
from another document when the sentences share enough content words.  Within one
document, a later mention that retells an act ("the takeover", "Russia's
invasion", the same trigger word) joins it (:mod:`diplograph.extract.events.remention`).
An event never holds two dates that disagree, whatever mentions bridge them.
Every merge carries a readable reason; users can force or forbid a merge
(``diplograph merge`` / ``diplograph split``), and those decisions win.

This module only plans; :meth:`diplograph.store.Store.apply_merges` writes.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, Iterator

from diplograph.store.merge_reasons import MentionRow, compatible_dates, why_same

# Either side may be the source: the pair is unordered.  plover.yaml's "undirected" class, written out here
# because commands that only read the store must not load YAML or the ontology (bench/startup.py);
# tests/store/test_merge.py checks that the two agree.
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})


@dataclass(frozen=True, slots=True)
class Override:
    a: str  # mention id
    b: str
    action: str  # "merge" | "split"


MAX_REASONS = 10  # merge reasons kept per event


def _group_key(m: MentionRow) -> tuple:
    pair: tuple = (m.source, m.target)
    if m.type in SYMMETRIC:
        pair = tuple(sorted(p or "" for p in pair))
    return (m.type, pair, m.negated, m.happened)


class _Clusters:
    """Union-find over mention ids, with each event's reasons and its most precise date (all its
    mentions' dates are that date or prefixes of it: a merge that would break this is refused)."""

    def __init__(self, ids: Iterable[str], dates: dict[str, str | None] | None = None,
                 published: dict[str, tuple[str | None, str]] | None = None) -> None:
        self.parent = {i: i for i in ids}
        self.members = {i: {i} for i in self.parent}
        self.reasons: dict[str, list[str]] = {i: [] for i in self.parent}
        self.dates: dict[str, str] = {i: d for i, d in (dates or {}).items() if d}
        # the earliest publication of each event's documents, and that document: no text tells as past an
        # act after it (``published``: each mention's publication date and document)
        self.bounds: dict[str, tuple[str, str]] = {i: p for i, p in (published or {}).items() if p[0]}  # type: ignore[misc]
        self.told_in = {i: p[1] for i, p in (published or {}).items()}  # the document of each event's date

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: str, b: str, reason: str, forbidden: set[frozenset[str]], *, user: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        da, db = self.dates.get(ra), self.dates.get(rb)
        if da and db and not user and not compatible_dates(da, db):
            return False  # an undated mention between "2015" and "2016" joins one of them only
        ba, bb = self.bounds.get(ra), self.bounds.get(rb)
        bound = min(ba or ("9999", ""), bb or ("9999", ""))
        date = max(da or "", db or "", key=len)
        dated_in = self.told_in.get(ra if date == da else rb)
        if date and not user and date[:len(bound[0])] > bound[0][:len(date)] and bound[1] != dated_in:
            return False  # a text of 2016 does not tell an act of July 2021 another text dates
        if forbidden and any(frozenset((x, y)) in forbidden for x in self.members[ra] for y in self.members[rb]):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        if da or db:
            self.told_in[ra] = dated_in  # type: ignore[assignment]
            self.dates[ra] = date
            self.dates.pop(rb, None)
        self.told_in.pop(rb, None)
        if ba or bb:
            self.bounds[ra] = bound
            self.bounds.pop(rb, None)
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.reasons[ra] += self.reasons.pop(rb) + [reason]
        return True


def _signature(m: MentionRow) -> tuple:
    """Everything :func:`why_same` reads of a mention but its document and sentence (of which only
    "the same or not" and, in one document, "which first")."""
    return (m.type, m.source, m.target, m.date, m.text, m.trigger, m.published, m.offset)


class _Group:
    """One group's mentions as classes of equal signature (the copies of one story), with
    :func:`why_same` asked once per ordered pair of classes and relation of places (other
    documents; one document: in one sentence or not, and the first before, at or after the second)."""

    def __init__(self, members: list[MentionRow]) -> None:
        self.members = members
        self.ids = [m.mention_id for m in members]
        index: dict[tuple, int] = {}
        self.cls = [index.setdefault(_signature(m), len(index)) for m in members]
        self.positions: list[list[int]] = [[] for _ in index]  # each class's positions, ascending
        self.in_doc: dict[str, list[int]] = {}  # each document's positions, ascending
        for pos, c in enumerate(self.cls):
            self.positions[c].append(pos)
            self.in_doc.setdefault(members[pos].doc_id, []).append(pos)
        self._answers: dict[tuple[int, int, tuple[bool, int] | None], str | None] = {}
        self._positive: dict[int, list[int]] = {}
        self._positive_set: dict[int, frozenset[int]] = {}
        self._by_date: dict[str | None, list[int]] = {}  # the classes of each date (None: undated)
        for c, where in enumerate(self.positions):
            self._by_date.setdefault(members[where[0]].date, []).append(c)
        self._dates = sorted(d for d in self._by_date if d is not None)

    def _candidates(self, a: MentionRow) -> list[int]:
        """The classes :func:`why_same` may match with ``a`` from another document, ascending: from a
        dated mention no class of an incompatible date (and from a one-sided one only its own date, if
        it names the month), which spares comparing every story with every other in a large group."""
        if a.date is None:
            return list(range(len(self.positions)))
        d = a.date
        if a.source is None or a.target is None:
            return list(self._by_date.get(d, ())) if len(d) >= 7 else []
        found = list(self._by_date.get(None, ()))
        for k in range(1, len(d)):  # the dates d refines
            found += self._by_date.get(d[:k], ())
        at = bisect_left(self._dates, d)  # d and the dates that refine it
        while at < len(self._dates) and self._dates[at].startswith(d):
            found += self._by_date[self._dates[at]]
            at += 1
        return sorted(found)

    def answer(self, i: int, j: int) -> str | None:
        a, b = self.members[i], self.members[j]
        rel = None  # other documents
        if a.doc_id == b.doc_id:  # in one sentence or not, and which first
            pa, pb = (a.sentence, a.offset), (b.sentence, b.offset)
            rel = (a.sentence == b.sentence, (pa > pb) - (pa < pb))
        key = (self.cls[i], self.cls[j], rel)
        if key not in self._answers:
            self._answers[key] = why_same(a, b)
        return self._answers[key]

    def positive(self, i: int) -> list[int]:
        """The classes whose members may tell the same event as member ``i`` from another
        document (members of ``i``'s own document are each compared: :meth:`same_document`)."""
        ca = self.cls[i]
        if ca not in self._positive:
            a = self.members[i]
            found = []
            for cb in self._candidates(a):
                key = (ca, cb, None)
                if key not in self._answers:
                    self._answers[key] = why_same(a, self.members[self.positions[cb][0]], one_document=False)
                if self._answers[key]:
                    found.append(cb)
            self._positive[ca] = found
            self._positive_set[ca] = frozenset(found)
        return self._positive[ca]

    def same_document(self, i: int) -> list[int]:
        """The later members of ``i``'s document that :meth:`positive` leaves out."""
        where, skip = self.in_doc[self.members[i].doc_id], self._positive_set[self.cls[i]]
        return [j for j in where[bisect_right(where, i):] if self.cls[j] not in skip]


def _merge_group(members: list[MentionRow], clusters: _Clusters, forbidden: set[frozenset[str]]) -> None:
    """Compare the pairs of one group in order, merging those that tell one event.

    The same unions, in the same order, as comparing every later member with
    every earlier one; but only members of classes that can match from another
    document, and the member's own document, are visited, and a class whose
    members are all in one event already is skipped whole, so thousands of
    copies of one story (wire texts, syndication) stay cheap.
    """
    group = _Group(members)
    ids, find = group.ids, clusters.find
    together: dict[int, str] = {}  # class -> a member; all the class's members are in its event
    checked: dict[int, int] = {}  # class -> the union count when its togetherness was last checked
    unions = 0
    for i in range(len(members)):
        root = find(ids[i])
        later: list[int] = []
        for cb in group.positive(i):
            if cb in together and find(together[cb]) == root:
                continue
            where = group.positions[cb]
            later += where[bisect_right(where, i):]
            if cb not in together and checked.get(cb) != unions:
                checked[cb] = unions
                roots = {find(ids[p]) for p in where}
                if len(roots) == 1:
                    together[cb] = ids[where[0]]
        later += group.same_document(i)
        later.sort()
        for j in later:
            if find(ids[j]) == root:
                continue  # already one event: a reason would not be recorded anyway
            reason = group.answer(i, j)
            if reason and clusters.union(ids[i], ids[j], f"{members[i].doc_id} ~ {members[j].doc_id}: {reason}",
                                         forbidden):
                unions += 1
                root = find(ids[i])


def plan(mentions: Iterable[MentionRow], overrides: Iterable[Override] = ()) -> dict[str, tuple[str, str | None]]:
    """Map every mention id to ``(event_id, merge_reason)``."""
    return {mid: (event_id, reason)
            for mid, event_id, reason in plan_stream(sorted(mentions, key=_order_key), overrides)}


def _order_key(m: MentionRow) -> tuple:
    """An order in which the mentions of a group are adjacent (that of ``Store.grouped_mentions``)."""
    return (m.source is None and m.target is None,) + tuple(repr(x) for x in _group_key(m))


def plan_stream(mentions: Iterable[MentionRow], overrides: Iterable[Override] = (),
                ) -> Iterator[tuple[str, str, str | None]]:
    """``(mention_id, event_id, merge_reason)`` for every mention, one group at a time.

    The mentions must come with each group's (same type, pair of actors,
    polarity and assertedness: :func:`_group_key`) adjacent, in any order
    within the group; a mention without actors is a group of its own.  Only one
    group is held at a time, plus the groups that hold a mention of a user's
    merge, which are joined at the end: mentions merge only within their group,
    so the plan is the same as over all mentions at once.
    """
    overrides = list(overrides)
    forbidden = {frozenset((o.a, o.b)) for o in overrides if o.action == "split"}
    forced = {x for o in overrides if o.action == "merge" for x in (o.a, o.b)}
    kept = _Clusters(())  # the groups a user's merge may join
    for members in _groups(mentions):
        clusters = _Clusters((m.mention_id for m in members), {m.mention_id: m.date for m in members},
                             {m.mention_id: (m.published, m.doc_id) for m in members
                              if m.happened})
        if len(members) > 1:
            members.sort(key=lambda m: (m.date is None, -(len(m.date or "")), m.doc_id, m.mention_id))
            _join_retellings(members, clusters, forbidden)
            _merge_group(members, clusters, forbidden)
        if forced and not forced.isdisjoint(clusters.parent):
            kept.parent.update(clusters.parent)
            kept.members.update(clusters.members)
            kept.reasons.update(clusters.reasons)
            kept.dates.update(clusters.dates)
            kept.bounds.update(clusters.bounds)
            kept.told_in.update(clusters.told_in)
        else:
            yield from _planned(clusters)
    for o in overrides:
        if o.action == "merge" and o.a in kept.parent and o.b in kept.parent:
            kept.union(o.a, o.b, f"merged by the user ({o.a} + {o.b})", set(), user=True)
    yield from _planned(kept)


def _join_retellings(members: list[MentionRow], clusters: _Clusters, forbidden: set[frozenset[str]]) -> None:
    """Put each retelling with the telling it retells, as the extraction decided (its reason kept)."""
    present = set(clusters.parent)
    for m in members:
        if m.retells and m.retells in present:
            clusters.union(m.retells, m.mention_id, f"{m.doc_id}: {m.retell_reason or 'same act retold'}", forbidden)


def _groups(mentions: Iterable[MentionRow]) -> Iterator[list[MentionRow]]:
    """Runs of adjacent mentions with one group key; a mention without actors alone."""
    run: list[MentionRow] = []
    key: tuple | None = None
    for m in mentions:
        if m.source is None and m.target is None:
            yield [m]
            continue
        k = _group_key(m)
        if k != key and run:
            yield run
            run = []
        key = k
        run.append(m)
    if run:
        yield run


def _planned(clusters: _Clusters) -> Iterator[tuple[str, str, str | None]]:
    for root, members in clusters.members.items():
        event_id = "ev_" + hashlib.sha1(min(members).encode("utf-8")).hexdigest()[:16]
        reasons = clusters.reasons.get(root) or []
        if len(reasons) > MAX_REASONS:  # an event told by hundreds of copies: the first merges say why
            reasons = reasons[:MAX_REASONS] + [f"and {len(reasons) - MAX_REASONS} more merges"]
        reason = "; ".join(reasons) or None  # one string per event, shared by its mentions
        for mid in members:
            yield mid, event_id, reason
