"""What `diplograph watch` saw of each source and item (methods of :class:`~diplograph.store.Store`).

Tables of migration 010: ``watch_sources`` (a folder or feed, the feed's ETag and
Last-Modified, the last round's result) and ``watch_items`` (a page URL or file
path: its ETag/Last-Modified or mtime and size, the hash of its content, the
document it became, when it was checked and changed, the last result or error).
The watch writes an item's row only once its document is committed (the same
open store, right after the batch), so a round killed at any moment leaves rows
that never name a document the store lacks; the next round fetches again what
has no row, and finds by its hash what was stored but not yet recorded.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from diplograph.store.common import StoreError

SOURCE_COLUMNS = ("source", "kind", "etag", "last_modified", "added_at", "checked_at", "result", "error")
ITEM_COLUMNS = ("source", "item", "listed", "title", "published", "updated", "etag", "last_modified", "mtime_ns",
                "size", "content_hash", "doc_id", "result", "error", "retry", "first_seen", "checked_at", "changed_at")
KINDS = ("feed", "folder")


class WatchTables:
    """The watch-state methods of :class:`~diplograph.store.Store` (a mixin: they use its connection)."""

    con: Any

    def watch_sources(self) -> list[dict[str, Any]]:
        """Every watched source, in the order they were added."""
        cur = self.con.execute(f"SELECT {', '.join(SOURCE_COLUMNS)} FROM watch_sources ORDER BY added_at, source")
        return [dict(zip(SOURCE_COLUMNS, row)) for row in cur.fetchall()]

    def watch_items(self, source: str) -> dict[str, dict[str, Any]]:
        """The items seen of one source, by item (URL or path)."""
        cur = self.con.execute(f"SELECT {', '.join(ITEM_COLUMNS)} FROM watch_items WHERE source = ?", [source])
        return {row[1]: dict(zip(ITEM_COLUMNS, row)) for row in cur.fetchall()}

    def add_watch_source(self, source: str, kind: str, when: Any) -> bool:
        """Record a source to watch; False when it was already watched."""
        if kind not in KINDS:
            raise StoreError(f"unknown kind of watched source {kind!r} ({' or '.join(KINDS)})")
        if self.con.execute("SELECT count(*) FROM watch_sources WHERE source = ?", [source]).fetchone()[0]:
            return False
        self.con.execute("INSERT INTO watch_sources (source, kind, added_at) VALUES (?, ?, ?)", [source, kind, when])
        return True

    def forget_watch_source(self, source: str) -> bool:
        """Stop watching a source (its documents stay); False when it was not watched."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            found = self.con.execute("SELECT count(*) FROM watch_sources WHERE source = ?", [source]).fetchone()[0]
            self.con.execute("DELETE FROM watch_items WHERE source = ?", [source])
            self.con.execute("DELETE FROM watch_sources WHERE source = ?", [source])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return bool(found)

    def stored_documents(self, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of these (doc_id, content_hash) pairs the store holds."""
        pairs = list(pairs)
        if not pairs:
            return set()
        rows = self.con.execute(
            "SELECT d.doc_id, d.content_hash FROM documents d JOIN (SELECT unnest(?::VARCHAR[]) AS id, "
            "unnest(?::VARCHAR[]) AS h) p ON d.doc_id = p.id AND d.content_hash = p.h",
            [[p[0] for p in pairs], [p[1] for p in pairs]]).fetchall()
        return {(r[0], r[1]) for r in rows}

    def doc_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT doc_id FROM documents").fetchall()}

    def record_watch(self, items: Sequence[dict[str, Any]] = (), sources: Sequence[dict[str, Any]] = ()) -> None:
        """Replace the rows of these items and sources, in one transaction (missing keys are null)."""
        if not items and not sources:
            return
        import pyarrow as pa
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, cols, keys, rows in (("watch_items", ITEM_COLUMNS, ("source", "item"), items),
                                            ("watch_sources", SOURCE_COLUMNS, ("source",), sources)):
                if not rows:
                    continue
                arrow = pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in rows],
                                             schema=_schema(pa, cols))
                self.con.register("_dg_watch", arrow)
                try:
                    match = " AND ".join(f"t.{k} = w.{k}" for k in keys)
                    self.con.execute(f"DELETE FROM {table} t WHERE EXISTS (SELECT 1 FROM _dg_watch w WHERE {match})")
                    self.con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM _dg_watch")
                finally:
                    self.con.unregister("_dg_watch")
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{getattr(self, 'path', 'store')}: could not record the watch state: {exc}"
                             .splitlines()[0]) from exc


def _schema(pa: Any, cols: Sequence[str]) -> Any:
    types = {"listed": pa.bool_(), "retry": pa.bool_(), "mtime_ns": pa.int64(), "size": pa.int64()}
    for c in ("added_at", "checked_at", "first_seen", "changed_at"):
        types[c] = pa.timestamp("us", tz="UTC")
    return pa.schema([(c, types.get(c, pa.string())) for c in cols])
