"""The store's side of cross-document merging (methods of :class:`~diplograph.store.Store`).

:func:`diplograph.store.merge_plan.plan_stream` decides which event mentions tell one event;
this module feeds it (:meth:`MergeTables.grouped_mentions`, one merge group after
another) and writes what it decides (:meth:`MergeTables.apply_merges`: the mentions'
event ids, then the events), and keeps the flag that says a merge is due
(:meth:`MergeTables.merge_pending`).

Incremental merge: mentions merge only within a merge group, and every group lies inside
one *merge key* (:func:`diplograph.store.common.merge_key_sql`, stored with each mention).
The writer records the keys of the mentions it stores or removes (``merge_dirty``);
:meth:`MergeTables.merge_scope` adds the keys a user's merge ties to them, and the merge
re-plans the mentions of those keys only, replacing just their events.  A group's plan
depends on its own mentions alone, so the events are those a whole-store rebuild makes.
The whole store is re-planned, and the events table rewritten in its order, when the
changed mentions are many (``FULL_SHARE``), when appended events have piled up
(``REORDER_SHARE``), or when ``merge_full`` is set (a migration, a store merged by an
older diplograph).
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from diplograph.store.common import StoreError, key_sql, merge_key_sql
from diplograph.store.merge_plan import MentionRow, Override

if TYPE_CHECKING:
    import duckdb

PLAN_CHUNK = 50_000  # planned mentions stored at a time by apply_merges
FULL_SHARE = 0.25  # re-plan the whole store when the changed groups hold more of its mentions than this
REORDER_SHARE = 0.10  # ... or when the events appended out of order would exceed this share of the events
SMALL_STORE = 20_000  # below this many mentions the shares are not applied: always incremental

# The order apply_merges writes the events table in (``e``: the events, as a CTE): the events of one
# pair of actors together, filed under the more active of the two (more events as source or target;
# ties by id), in date order.  A dyad's events, and the events of an actor with its less active
# partners, then sit together, so that fetching their rows by rowid touches a few column segments
# instead of one per row.  Rows only: no query's answer depends on it.
EVENT_ORDER_SQL = """
    , n AS (SELECT id, count(*) AS n FROM (SELECT source_id AS id FROM e UNION ALL SELECT target_id FROM e)
            WHERE id IS NOT NULL GROUP BY id)
    SELECT e.* EXCLUDE (first) FROM (
        SELECT e.*, e.target_id IS NULL OR (e.source_id IS NOT NULL AND
               (ns.n > nt.n OR (ns.n = nt.n AND e.source_id <= e.target_id))) AS first
        FROM e LEFT JOIN n ns ON ns.id = e.source_id LEFT JOIN n nt ON nt.id = e.target_id) e
    ORDER BY CASE WHEN first THEN e.source_id ELSE e.target_id END NULLS LAST,
             CASE WHEN first THEN e.target_id ELSE e.source_id END NULLS LAST, e.date NULLS LAST, e.event_id"""


EVENT_COLUMNS = """event_id, type, act_type, mode, context, source_id, source_via, target_id, target_via, date,
    date_precision, date_text, date_anchor, date_end, date_end_precision, negated, modality, intensity, quad"""


def _events_from(mentions: str, plain: str) -> str:
    """SQL for one row per event of ``mentions`` (``m``, with the plan ``p``; ``plain``: the same mentions
    without the plan): its best-dated mention's columns (dated first, then not dated by the discourse or
    the publication, the most precise date, the first document and place, the mention id), where a
    mention dated only by its tense (the discourse's or the publication's time) that follows an undated
    telling of the act in its document counts as undated (its clause's time is the retelling's, as in
    :func:`~diplograph.extract.events.identity.identify`), the sides
    of a mention that names both where one does (a retelling may leave one unsaid), and the plan's
    reason.  A mention told as fact comes first: a headline's question about the act is one of its
    mentions, and the act stays asserted; an act one mention asserts is asserted though its best-dated
    mention only reports it."""
    return f"""SELECT b.event_id, b.type, b.act_type, b.mode, b.context, w.source_id, w.source_via,
            w.target_id, w.target_via, b.date, b.date_precision, b.date_text, b.date_anchor, b.date_end,
            b.date_end_precision, b.negated,
            CASE WHEN b.modality = 'reported' AND b.any_asserted THEN 'asserted' ELSE b.modality END AS modality,
            b.intensity, b.quad, b.reason
        FROM (SELECT *, row_number() OVER (PARTITION BY event_id ORDER BY
                coalesce(modality NOT IN ('asserted', 'reported'), true), date IS NULL OR weak_retold, coalesce(date_anchor, '') IN ('discourse', 'publication'),
                length(coalesce(date, '')) DESC, doc_id, start, mention_id) AS rn
              FROM (SELECT m.*, p.reason,
                      coalesce(bool_or(m.modality = 'asserted') OVER (PARTITION BY m.event_id), false) AS any_asserted,
                      coalesce(m.date_anchor, '') IN ('discourse', 'publication') AND m.start > coalesce(min(
                          CASE WHEN m.date IS NULL THEN m.start END) OVER (PARTITION BY m.event_id, m.doc_id),
                          m.start) AS weak_retold
                    FROM {mentions})) b
        JOIN (SELECT event_id, source_id, source_via, target_id, target_via,
                row_number() OVER (PARTITION BY event_id ORDER BY
                    (source_id IS NULL)::INTEGER + (target_id IS NULL)::INTEGER, retells IS NOT NULL,
                    date IS NULL, coalesce(date_anchor, '') IN ('discourse', 'publication'),
                    length(coalesce(date, '')) DESC, doc_id, start, mention_id) AS rn
              FROM {plain}) w ON w.event_id = b.event_id AND w.rn = 1
        WHERE b.rn = 1"""


class MergeTables:
    """The merge-related methods of :class:`~diplograph.store.Store` (a mixin: they use its connection)."""

    con: duckdb.DuckDBPyConnection
    path: str | Path
    if TYPE_CHECKING:  # Store's
        def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any: ...
        def _insert(self, table: str, rows: list[dict[str, Any]]) -> None: ...

    def _merge_pending(self, pending: bool) -> None:
        self._set_state("merge_pending", "1" if pending else "0")

    def _merge_full(self, full: bool) -> None:
        self._set_state("merge_full", "1" if full else "0")

    def _set_state(self, key: str, value: str) -> None:
        self.con.execute("UPDATE store_state SET value = ? WHERE key = ?", [value, key])

    def merge_pending(self) -> bool:
        """Whether mentions were stored or removed since the cross-document merge was last planned."""
        return self.scalar("SELECT value FROM store_state WHERE key = 'merge_pending'") == "1"

    def _leaving(self, doc_ids: list[str]) -> list[str]:
        """Before the mentions of ``doc_ids`` are removed: record, for the next merge, their events (to be
        rewritten) and the merge keys of those events' mentions (the groups they leave, and any group a
        user's merge joined to one of those events, to be re-planned); returns the events no other
        mention tells.  A mention stored without its merge key (by something other than the writer)
        makes the next merge re-plan the whole store."""
        events = sorted({r[0] for r in self.con.execute(
            "SELECT event_id FROM event_mentions WHERE list_contains(?, doc_id)", [doc_ids]).fetchall()})
        told = self.con.execute("SELECT event_id, merge_key, list_contains(?, doc_id) FROM event_mentions "
                                "WHERE list_contains(?, event_id)", [doc_ids, events]).fetchall()
        keys = {k for _, k, _ in told}
        if None in keys:
            self._merge_full(True)
        if keys - {None}:
            self.con.execute("INSERT INTO merge_dirty (merge_key) SELECT unnest(?::BIGINT[])", [sorted(keys - {None})])
        if events:
            self.con.execute("INSERT INTO merge_dirty (event_id) SELECT unnest(?::VARCHAR[])", [events])
        return sorted(set(events) - {e for e, _, leaving in told if not leaving})

    def merge_scope(self, *, full_share: float = FULL_SHARE, reorder_share: float = REORDER_SHARE,
                    small: int = SMALL_STORE) -> list[int] | None:
        """The merge keys the next merge re-plans, or None when it must re-plan the whole store.

        The keys the writer recorded since the last merge, and every key a user's merge ties to one of
        them, however indirectly (the groups it joins are planned together).  None when ``merge_full``
        is set, a mention has no merge key (stored by something other than the writer), or, in a store
        of ``small`` mentions or more, the keys hold more than ``full_share`` of the mentions or the
        events appended out of order (counting each changed mention as one) would exceed ``reorder_share``
        of the events.
        """
        if self.scalar("SELECT value FROM store_state WHERE key = 'merge_full'") == "1" or \
                self.scalar("SELECT count(*) FROM event_mentions WHERE merge_key IS NULL"):
            return None
        keys = self._tied({r[0] for r in self.con.execute(
            "SELECT DISTINCT merge_key FROM merge_dirty WHERE merge_key IS NOT NULL").fetchall()})
        if not keys:
            return []
        total = self.scalar("SELECT count(*) FROM event_mentions")
        if total >= small:
            changed = self.scalar("SELECT count(*) FROM event_mentions WHERE merge_key IN (SELECT unnest(?::BIGINT[]))",
                                  [sorted(keys)])
            unordered = int(self.scalar("SELECT value FROM store_state WHERE key = 'merge_unordered'") or 0)
            events = self.scalar("SELECT count(*) FROM events")
            if changed > full_share * total or unordered + changed > reorder_share * events:
                return None
        return sorted(keys)

    def _tied(self, keys: set[int]) -> set[int]:
        """``keys`` and the merge keys a user's merge ties to them, through any chain of user merges."""
        pairs = [(o.a, o.b) for o in self.overrides() if o.action == "merge"]
        if not keys or not pairs:
            return keys
        key_of = dict(self.con.execute("SELECT mention_id, merge_key FROM event_mentions WHERE list_contains(?, mention_id)",
                                       [sorted({x for p in pairs for x in p})]).fetchall())
        linked: dict[int, set[int]] = {}
        for a, b in pairs:
            if a in key_of and b in key_of:
                linked.setdefault(key_of[a], set()).add(key_of[b])
                linked.setdefault(key_of[b], set()).add(key_of[a])
        found, todo = set(keys), list(keys)
        while todo:
            for k in linked.get(todo.pop(), ()):
                if k not in found:
                    found.add(k)
                    todo.append(k)
        return found

    def grouped_mentions(self, symmetric: Iterable[str], chunk: int = 10_000,
                         keys: Sequence[int] | None = None) -> Iterator[MentionRow]:
        """Every event mention in the shape :func:`diplograph.store.merge_plan.plan_stream` reads, streamed
        ``chunk`` rows at a time, with the mentions of each merge group adjacent (ordered by the group
        key: type, polarity, assertedness, then the pair of actors, sorted for ``symmetric`` types).
        ``keys``: only the mentions with these merge keys (:meth:`merge_scope`)."""
        # a retelling (``retells``) is filed under the pair and assertedness of the telling it retells,
        # whose group it joins
        src = "CASE WHEN r.mention_id IS NULL THEN coalesce(m.source_via, m.source_id) " \
              "ELSE coalesce(r.source_via, r.source_id) END"
        tgt = "CASE WHEN r.mention_id IS NULL THEN coalesce(m.target_via, m.target_id) " \
              "ELSE coalesce(r.target_via, r.target_id) END"
        told = "coalesce(CASE WHEN r.mention_id IS NULL THEN m.modality ELSE r.modality END IN ('asserted', 'reported'), false)"
        sym = "list_contains(?, m.type)"
        mentions, params = "event_mentions", [sorted(symmetric)] * 2
        if keys is not None:  # the few mentions first, so that the joins start from them
            mentions = "(SELECT * FROM event_mentions WHERE merge_key IN (SELECT unnest(?::BIGINT[])))"
            params = [sorted(keys)] + params
        cur = self.con.cursor()  # its own connection: the caller may write meanwhile
        try:
            cur.execute(
                f"SELECT m.mention_id, m.doc_id, m.type, {src}, {tgt}, m.date, m.negated, m.modality, "
                "coalesce(s.text, ''), coalesce(m.trigger, ''), d.published, m.sentence, "
                "coalesce(m.start - s.start, -1), r.mention_id, m.retell_reason, r.modality "
                f"FROM {mentions} m LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence "
                "LEFT JOIN documents d ON d.doc_id = m.doc_id "
                "LEFT JOIN event_mentions r ON r.mention_id = m.retells AND r.doc_id = m.doc_id "
                f"ORDER BY ({src} IS NULL AND {tgt} IS NULL), m.type, coalesce(m.negated, false), {told}, "
                f"CASE WHEN {sym} THEN least(coalesce({src}, ''), coalesce({tgt}, '')) ELSE coalesce({src}, '') END, "
                f"CASE WHEN {sym} THEN greatest(coalesce({src}, ''), coalesce({tgt}, '')) ELSE coalesce({tgt}, '') END",
                params)
            while rows := cur.fetchmany(chunk):
                for r in rows:
                    yield MentionRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], r[9], r[10],
                                     r[11] or 0, r[12], r[13], r[14], r[15])
        finally:
            cur.close()

    def overrides(self) -> list[Override]:
        return [Override(a, b, action) for a, b, action in
                self.con.execute("SELECT a, b, action FROM merge_overrides ORDER BY created_at").fetchall()]

    def add_override(self, a: str, b: str, action: str) -> None:
        if action not in ("merge", "split"):
            raise StoreError(f"unknown merge action {action!r}")
        keys = [r[0] for r in self.con.execute(
            "SELECT merge_key FROM event_mentions WHERE mention_id IN (?, ?)", [a, b]).fetchall()]
        if len(keys) != 2:
            raise StoreError(f"{self.path}: no such event mention: {a if a else b}")
        self.con.execute("INSERT INTO merge_overrides (a, b, action) VALUES (?, ?, ?)", [a, b, action])
        if None in keys:
            self._merge_full(True)
        else:  # the groups of both mentions are re-planned by the next merge
            self.con.execute("INSERT INTO merge_dirty (merge_key) SELECT unnest(?::BIGINT[])", [keys])
        self._merge_pending(True)

    def apply_merges(self, plan: dict[str, tuple[str, str | None]] | Iterable[tuple[str, str, str | None]],
                     keys: Sequence[int] | None = None) -> None:
        """Give mentions their planned event ids and write their events, in one transaction.

        ``plan`` maps mention ids to ``(event_id, reason)``, or is a stream of
        ``(mention_id, event_id, reason)`` (:func:`diplograph.store.merge_plan.plan_stream`), stored
        ``PLAN_CHUNK`` rows at a time.  Without ``keys``, a new events table is written in
        ``EVENT_ORDER_SQL`` order and swapped in, and mentions the plan leaves out keep their event.
        With ``keys`` (:meth:`merge_scope`), the plan covers exactly the mentions of those merge keys:
        only their events are replaced, the new ones appended.
        """
        rows = ((m, e, r) for m, (e, r) in plan.items()) if isinstance(plan, dict) else iter(plan)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("CREATE OR REPLACE TEMP TABLE _plan (mention_id VARCHAR, event_id VARCHAR, reason VARCHAR)")
            while chunk := list(islice(rows, PLAN_CHUNK)):
                self._insert("_plan", [{"mention_id": m, "event_id": e, "reason": r} for m, e, r in chunk])
            if keys is None:
                self._rewrite_events()
            else:
                self._replace_events(keys)
            self.con.execute("DROP TABLE _plan")
            self.con.execute("DELETE FROM merge_dirty")
            self._merge_pending(False)
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: merging failed: {exc}".splitlines()[0]) from exc

    def _set_planned_ids(self) -> None:
        self.con.execute(f"UPDATE event_mentions SET event_id = p.event_id, event_ikey = {key_sql('p.event_id')} "
                         "FROM _plan p WHERE event_mentions.mention_id = p.mention_id "
                         "AND event_mentions.event_id IS DISTINCT FROM p.event_id")

    def _rewrite_events(self) -> None:
        """The whole events table, from every mention (those the plan leaves out keep their event)."""
        self.con.execute(f"UPDATE event_mentions SET merge_key = k.key FROM (SELECT m.mention_id, {merge_key_sql()} AS key "
                         "FROM event_mentions m LEFT JOIN event_mentions r ON r.mention_id = m.retells "
                         "AND r.doc_id = m.doc_id WHERE m.merge_key IS NULL) k "
                         "WHERE event_mentions.mention_id = k.mention_id")
        self._set_planned_ids()
        # Into a new table, which then replaces the old one: deleting and re-inserting every row
        # under the primary key cost 13 of 17 s at 200,000 events, almost all of it in the commit.
        self._new_table_like("events", "_events_new")
        self.con.execute(f"""
            INSERT INTO _events_new ({EVENT_COLUMNS}, merge_reason)
            WITH e AS ({_events_from('event_mentions m LEFT JOIN _plan p USING (mention_id)', 'event_mentions')})
            {EVENT_ORDER_SQL}""")
        self._replace_table("events", "_events_new")
        self._merge_full(False)
        self._set_state("merge_unordered", "0")

    def _replace_events(self, keys: Sequence[int]) -> None:
        """The events of the mentions of ``keys`` only.  An event keeps its row when its mentions are the
        ones it had (none joined, left or was removed since); the others' rows are replaced, the new ones
        appended.  (An event's row is a function of its mentions, and so is its reason: the unions that
        joined them, in the group's order, which other mentions of the group do not change.)"""
        self.con.execute("CREATE OR REPLACE TEMP TABLE _now AS SELECT m.rowid AS rid, m.mention_id, "
                         "m.event_id AS old_id, p.event_id AS new_id, p.reason FROM event_mentions m "
                         "JOIN _plan p USING (mention_id) WHERE m.merge_key IN (SELECT unnest(?::BIGINT[]))",
                         [sorted(keys)])
        changed = sorted({r[0] for r in self.con.execute(
            "SELECT old_id FROM _now WHERE old_id <> new_id UNION SELECT new_id FROM _now WHERE old_id <> new_id "
            "UNION SELECT event_id FROM merge_dirty WHERE event_id IS NOT NULL").fetchall()})
        self.con.execute(f"UPDATE event_mentions SET event_id = n.new_id, event_ikey = {key_sql('n.new_id')} "
                         "FROM _now n WHERE event_mentions.mention_id = n.mention_id AND n.old_id <> n.new_id")
        if changed:
            self.con.execute("DELETE FROM events WHERE list_contains(?, event_id)", [changed])
        rows = [r[0] for r in self.con.execute("SELECT rid FROM _now WHERE list_contains(?, new_id)",
                                               [changed]).fetchall()]
        if rows:  # the mentions of the events to write, by rowid (a few, scattered over the table)
            self.con.execute(f"""
                INSERT INTO events ({EVENT_COLUMNS}, merge_reason)
                WITH e AS ({_events_from('event_mentions m JOIN _now p ON p.rid = m.rowid '
                                         'WHERE m.rowid IN (SELECT unnest(?::BIGINT[]))',
                                         '(SELECT * FROM event_mentions WHERE rowid IN (SELECT unnest(?::BIGINT[])))')})
                {EVENT_ORDER_SQL}""", [rows, rows])
            added = self.scalar("SELECT count(DISTINCT new_id) FROM _now WHERE list_contains(?, new_id)", [changed])
            self.con.execute("UPDATE store_state SET value = (value::BIGINT + ?)::VARCHAR "
                             "WHERE key = 'merge_unordered'", [added])
        self.con.execute("DROP TABLE _now")

    def _new_table_like(self, table: str, new: str) -> None:
        """Create the empty table ``new`` with ``table``'s columns and constraints."""
        ddl = self.scalar("SELECT sql FROM duckdb_tables() WHERE table_name = ? AND NOT temporary", [table])
        head = f"CREATE TABLE {table}("
        if not ddl or not ddl.startswith(head):
            raise StoreError(f"{self.path}: cannot read the definition of table {table}")
        self.con.execute(f"DROP TABLE IF EXISTS {new}")
        self.con.execute(f"CREATE TABLE {new}(" + ddl[len(head):])

    def _replace_table(self, table: str, new: str) -> None:
        """Put ``new`` in the place of ``table``, with ``table``'s indexes (within the caller's transaction)."""
        indexes = [r[0] for r in self.con.execute(
            "SELECT sql FROM duckdb_indexes() WHERE table_name = ? AND sql IS NOT NULL", [table]).fetchall()]
        self.con.execute(f"DROP TABLE {table}")
        self.con.execute(f"ALTER TABLE {new} RENAME TO {table}")
        for sql in indexes:
            self.con.execute(sql)
