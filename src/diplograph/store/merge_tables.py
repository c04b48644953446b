"""The store's side of cross-document merging (methods of :class:`~diplograph.store.Store`).

:func:`diplograph.store.merge_plan.plan_stream` decides which event mentions tell one event;
this module feeds it (:meth:`MergeTables.grouped_mentions`, one merge group after
another) and writes what it decides (:meth:`MergeTables.apply_merges`: the mentions'
event ids, then a new events table swapped in for the old one), and keeps the
flag that says a merge is due (:meth:`MergeTables.merge_pending`).
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from diplograph.store.common import StoreError, key_sql
from diplograph.store.merge_plan import MentionRow, Override

if TYPE_CHECKING:
    import duckdb

PLAN_CHUNK = 50_000  # planned mentions stored at a time by apply_merges

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


class MergeTables:
    """The merge-related methods of :class:`~diplograph.store.Store` (a mixin: they use its connection)."""

    con: duckdb.DuckDBPyConnection
    path: str | Path
    if TYPE_CHECKING:  # Store's
        def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any: ...
        def _insert(self, table: str, rows: list[dict[str, Any]]) -> None: ...

    def _merge_pending(self, pending: bool) -> None:
        self.con.execute("UPDATE store_state SET value = ? WHERE key = 'merge_pending'", ["1" if pending else "0"])

    def merge_pending(self) -> bool:
        """Whether mentions were stored or removed since the cross-document merge was last planned."""
        return self.scalar("SELECT value FROM store_state WHERE key = 'merge_pending'") == "1"

    def grouped_mentions(self, symmetric: Iterable[str], chunk: int = 10_000) -> Iterator[MentionRow]:
        """Every event mention in the shape :func:`diplograph.store.merge_plan.plan_stream` reads, streamed
        ``chunk`` rows at a time, with the mentions of each merge group adjacent (ordered by the group
        key: type, polarity, assertedness, then the pair of actors, sorted for ``symmetric`` types)."""
        # a retelling (``retells``) is filed under the pair of the telling it retells, whose group it joins
        src = "CASE WHEN r.mention_id IS NULL THEN coalesce(m.source_via, m.source_id) " \
              "ELSE coalesce(r.source_via, r.source_id) END"
        tgt = "CASE WHEN r.mention_id IS NULL THEN coalesce(m.target_via, m.target_id) " \
              "ELSE coalesce(r.target_via, r.target_id) END"
        sym = "list_contains(?, m.type)"
        cur = self.con.cursor()  # its own connection: the caller may write meanwhile
        try:
            cur.execute(
                f"SELECT m.mention_id, m.doc_id, m.type, {src}, {tgt}, m.date, m.negated, m.modality, "
                "coalesce(s.text, ''), coalesce(m.trigger, ''), d.published, m.sentence, "
                "coalesce(m.start - s.start, -1), r.mention_id, m.retell_reason "
                "FROM event_mentions m LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence "
                "LEFT JOIN documents d ON d.doc_id = m.doc_id "
                "LEFT JOIN event_mentions r ON r.mention_id = m.retells AND r.doc_id = m.doc_id "
                f"ORDER BY ({src} IS NULL AND {tgt} IS NULL), m.type, coalesce(m.negated, false), "
                "coalesce(m.modality IN ('asserted', 'reported'), false), "
                f"CASE WHEN {sym} THEN least(coalesce({src}, ''), coalesce({tgt}, '')) ELSE coalesce({src}, '') END, "
                f"CASE WHEN {sym} THEN greatest(coalesce({src}, ''), coalesce({tgt}, '')) ELSE coalesce({tgt}, '') END",
                [sorted(symmetric)] * 2)
            while rows := cur.fetchmany(chunk):
                for r in rows:
                    yield MentionRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], r[9], r[10],
                                     r[11] or 0, r[12], r[13], r[14])
        finally:
            cur.close()

    def overrides(self) -> list[Override]:
        return [Override(a, b, action) for a, b, action in
                self.con.execute("SELECT a, b, action FROM merge_overrides ORDER BY created_at").fetchall()]

    def add_override(self, a: str, b: str, action: str) -> None:
        if action not in ("merge", "split"):
            raise StoreError(f"unknown merge action {action!r}")
        known = self.scalar("SELECT count(*) FROM event_mentions WHERE mention_id IN (?, ?)", [a, b])
        if known != 2:
            raise StoreError(f"{self.path}: no such event mention: {a if a else b}")
        self.con.execute("INSERT INTO merge_overrides (a, b, action) VALUES (?, ?, ?)", [a, b, action])

    def apply_merges(self, plan: dict[str, tuple[str, str | None]] | Iterable[tuple[str, str, str | None]]) -> None:
        """Give mentions their planned event ids and rebuild the events table, in one transaction.

        ``plan`` maps mention ids to ``(event_id, reason)``, or is a stream of
        ``(mention_id, event_id, reason)`` (:func:`diplograph.store.merge_plan.plan_stream`), stored
        ``PLAN_CHUNK`` rows at a time; mentions it leaves out keep their event.
        """
        rows = ((m, e, r) for m, (e, r) in plan.items()) if isinstance(plan, dict) else iter(plan)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("CREATE OR REPLACE TEMP TABLE _plan (mention_id VARCHAR, event_id VARCHAR, reason VARCHAR)")
            while chunk := list(islice(rows, PLAN_CHUNK)):
                self._insert("_plan", [{"mention_id": m, "event_id": e, "reason": r} for m, e, r in chunk])
            self.con.execute(f"UPDATE event_mentions SET event_id = p.event_id, event_ikey = {key_sql('p.event_id')} "
                             "FROM _plan p "
                             "WHERE event_mentions.mention_id = p.mention_id")
            # Into a new table, which then replaces the old one: deleting and re-inserting every row
            # under the primary key cost 13 of 17 s at 200,000 events, almost all of it in the commit.
            self._new_table_like("events", "_events_new")
            self.con.execute(f"""
                INSERT INTO _events_new (event_id, type, act_type, mode, context, source_id, source_via, target_id,
                    target_via, date, date_precision, date_text, date_anchor, date_end, date_end_precision, negated,
                    modality, intensity, quad, merge_reason)
                WITH e AS (SELECT b.event_id, b.type, b.act_type, b.mode, b.context, w.source_id, w.source_via,
                    w.target_id, w.target_via, b.date, b.date_precision, b.date_text, b.date_anchor, b.date_end,
                    b.date_end_precision, b.negated, b.modality, b.intensity, b.quad, b.reason
                FROM (SELECT m.*, p.reason, row_number() OVER (PARTITION BY m.event_id ORDER BY
                        m.date IS NULL, coalesce(m.date_anchor, '') IN ('discourse', 'publication'),
                        length(coalesce(m.date, '')) DESC, m.doc_id, m.start) AS rn
                      FROM event_mentions m LEFT JOIN _plan p USING (mention_id)) b
                -- the sides: of a mention that names both where one does (a retelling may leave one unsaid)
                JOIN (SELECT event_id, source_id, source_via, target_id, target_via,
                        row_number() OVER (PARTITION BY event_id ORDER BY
                            (source_id IS NULL)::INTEGER + (target_id IS NULL)::INTEGER, retells IS NOT NULL,
                            date IS NULL, coalesce(date_anchor, '') IN ('discourse', 'publication'),
                            length(coalesce(date, '')) DESC, doc_id, start) AS rn
                      FROM event_mentions) w ON w.event_id = b.event_id AND w.rn = 1
                WHERE b.rn = 1)
                {EVENT_ORDER_SQL}""")
            self._replace_table("events", "_events_new")
            self.con.execute("DROP TABLE _plan")
            self._merge_pending(False)
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: merging failed: {exc}".splitlines()[0]) from exc

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
