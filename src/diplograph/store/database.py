"""The DuckDB store: schema migrations and the one writer.

Only this module (with :mod:`diplograph.store.merge_tables` and :mod:`diplograph.store.watch_state`,
whose methods are the Store's) writes to the database.  Documents are written in batches of
whole documents, one transaction and one bulk (Arrow) insert per table per batch,
so a crash or a bad document never leaves half a document behind.
Reads go through :meth:`Store.query` (see :mod:`diplograph.analysis.queries`).

Concurrency: DuckDB lets one process hold a database file for writing, and no
reader may open it meanwhile.  So the ingest writer opens the store only to
write a batch of documents and closes it again (see :mod:`diplograph.api`), and
every open — read-only or not — waits up to ``lock_wait`` seconds for a lock
held by another process before giving up with a one-line "database is busy".
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from diplograph.store.alert_table import AlertTable
from diplograph.store.event_rows import event_key, event_rows, row_id  # noqa: F401 (event_key re-exported)
from diplograph.store.common import StoreError, key_sql, merge_key_sql

if TYPE_CHECKING:  # duckdb itself loads when a store is opened: `diplograph --help` never pays for it
    import duckdb
from diplograph.store.merge_tables import MergeTables
from diplograph.store.watch_state import WatchTables
from diplograph.records import DocResult, Event

MIGRATIONS_PACKAGE = "diplograph.data.migrations"
# Admiralty source reliability: A completely reliable, B usually reliable, C fairly reliable,
# D not usually reliable, E unreliable, F reliability cannot be judged (the default)
GRADES = ("A", "B", "C", "D", "E", "F")
LOCK_WAIT = 20.0  # seconds an open waits for another process's lock on the file
# integer lookup keys (migration 005) the writer derives from a string column of the same row
DERIVED_KEYS = {"event_mentions": {"event_ikey": "event_id"}, "sentences": {"doc_ikey": "doc_id"}}


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    """The ordered list of schema migrations shipped with the package."""
    found = []
    for entry in resources.files(MIGRATIONS_PACKAGE).iterdir():
        name = entry.name
        if not name.endswith(".sql"):
            continue
        prefix = name.split("_", 1)[0]
        if not prefix.isdigit():
            continue
        found.append(Migration(int(prefix), name[:-4], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migrations are not numbered 1..n: {versions}")
    return found


class Store(MergeTables, AlertTable, WatchTables):
    """A diplograph DuckDB database (created and migrated on open)."""

    def __init__(self, path: str | Path, *, read_only: bool = False, lock_wait: float = LOCK_WAIT) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database (run `diplograph ingest` first)")
        self.con = self._connect(lock_wait)
        if read_only:
            self._check_version()
        else:
            self.migrate()

    def _connect(self, lock_wait: float) -> duckdb.DuckDBPyConnection:
        """Connect, retrying while another process holds the file's lock."""
        import duckdb

        deadline = time.monotonic() + max(lock_wait, 0.0)
        pause = 0.02
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise StoreError(f"{self.path}: cannot open database: {exc}".splitlines()[0]) from exc
                if time.monotonic() >= deadline:
                    raise StoreError(f"{self.path}: database is busy: another process holds its lock "
                                     f"(waited {lock_wait:g} s); try again when it has finished") from exc
                time.sleep(pause)
                pause = min(pause * 1.5, 0.25)
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: cannot open database: {exc}".splitlines()[0]) from exc

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- migrations ------------------------------------------------------
    def schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()[0]
        if not exists:
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]

    def _check_version(self) -> None:
        have, want = self.schema_version(), len(load_migrations())
        if have > want:
            raise StoreError(f"{self.path}: written by a newer diplograph (schema {have} > {want})")
        if have < want:
            raise StoreError(
                f"{self.path}: schema {have} is older than {want}; open it once without read-only to migrate"
            )

    def migrate(self) -> list[str]:
        """Apply pending migrations in order, each in its own transaction."""
        migrations = load_migrations()
        if self.schema_version() == len(migrations):
            return []  # up to date: nothing to write (the writer opens the store once per batch)
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        have = self.schema_version()
        if have > len(migrations):
            raise StoreError(f"{self.path}: written by a newer diplograph (schema {have} > {len(migrations)})")
        applied = []
        for mig in migrations[have:]:
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(mig.sql)
                self.con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [mig.version, mig.name])
                self.con.execute("COMMIT")
            except sys.modules["duckdb"].Error as exc:  # loaded: the store is open
                self.con.execute("ROLLBACK")
                raise StoreError(f"{self.path}: migration {mig.name} failed: {exc}") from exc
            applied.append(mig.name)
        return applied

    # -- reads -----------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        row = self.con.execute(sql, params or []).fetchone()
        return row[0] if row else None

    def known_hashes(self) -> set[str]:
        """Content hashes of every stored document."""
        return {row[0] for row in self.con.execute("SELECT content_hash FROM documents").fetchall()}

    def doc_with_hash(self, content_hash: str) -> str | None:
        return self.scalar("SELECT doc_id FROM documents WHERE content_hash = ? LIMIT 1", [content_hash])

    def counts(self) -> dict[str, int]:
        tables = ("documents", "sentences", "actors", "actor_mentions", "events", "event_mentions", "quotes", "claims")
        return {t: self.scalar(f"SELECT count(*) FROM {t}") for t in tables}

    # -- the writer ------------------------------------------------------
    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        import pyarrow as pa  # only writes need it: commands that read start without it
        arrow = pa.Table.from_pylist(rows)
        self.con.register("_dg_rows", arrow)
        try:
            names = [f'"{c}"' for c in arrow.column_names]
            exprs = [f"m.{n}" for n in names]
            for key, source in DERIVED_KEYS.get(table, {}).items():
                names.append(key)
                exprs.append(key_sql(f'm."{source}"'))
            rows_sql = "_dg_rows m"
            if table == "event_mentions":  # their merge groups change: the next merge re-plans them
                # (a retelling is in the group of the telling it retells, a row of the same document)
                rows_sql += " LEFT JOIN _dg_rows r ON r.mention_id = m.retells AND r.doc_id = m.doc_id"
                names.append("merge_key")
                exprs.append(merge_key_sql())
                self.con.execute(f"INSERT INTO merge_dirty (merge_key) SELECT DISTINCT {merge_key_sql()} FROM {rows_sql}")
            self.con.execute(f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(exprs)} FROM {rows_sql}")
        finally:
            self.con.unregister("_dg_rows")

    def _delete_doc(self, doc_id: str) -> None:
        self._delete_docs([doc_id])

    def _delete_docs(self, doc_ids: list[str]) -> None:
        """Remove what is stored for these documents (a no-op for documents never stored)."""
        present = [r[0] for r in self.con.execute(
            "SELECT doc_id FROM documents WHERE list_contains(?, doc_id)", [doc_ids]).fetchall()]
        if not present:
            return
        untold = self._leaving(present)  # the events no other mention tells
        for table in ("sentences", "actor_mentions", "event_mentions", "quotes", "claims", "documents"):
            self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [present])
        if untold:
            self.con.execute("DELETE FROM events WHERE list_contains(?, event_id)", [untold])
        self._merge_pending(True)

    def delete_document(self, doc_id: str) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._delete_doc(doc_id)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def write(self, result: DocResult, actors: Iterable[dict[str, Any]] = ()) -> None:
        """Replace everything stored for ``result.doc`` in one transaction."""
        self.write_many([(result, list(actors))])

    def write_many(self, items: Sequence[tuple[DocResult, list[dict[str, Any]]]]) -> set[str]:
        """Replace what is stored for a batch of whole documents, in one transaction.

        One bulk (Arrow) insert per table for the whole batch.  Returns the ids of
        the documents that were stored before (replaced).  On error nothing of the
        batch is kept; the caller may retry the documents one by one.
        """
        if not items:
            return set()
        ids = [r.doc.doc_id for r, _ in items]
        self.con.execute("BEGIN TRANSACTION")
        try:
            existed = {r[0] for r in self.con.execute(
                "SELECT doc_id FROM documents WHERE list_contains(?, doc_id)", [ids]).fetchall()}
            if existed:
                self._delete_docs(sorted(existed))
            self._write_docs([r for r, _ in items])
            self._upsert_actors([a for _, rows in items for a in rows])
            self._merge_pending(True)
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            where = items[0][0].doc.path if len(items) == 1 else f"batch of {len(items)} documents"
            raise StoreError(f"{where}: could not store document: {exc}".splitlines()[0]) from exc
        return existed

    def _write_doc(self, r: DocResult) -> None:
        self._write_docs([r])

    def _write_docs(self, results: list[DocResult]) -> None:
        docs, sents, ments, quotes, claims = [], [], [], [], []
        canon: dict[str, dict[str, Any]] = {}
        ev_ments: dict[str, dict[str, Any]] = {}
        for r in results:
            d = r.doc
            docs.append({
                "doc_id": d.doc_id, "path": d.path, "content_hash": d.content_hash, "title": d.title,
                "author": d.author, "published": d.published, "published_how": d.published_how,
                "published_earliest": d.published_earliest, "published_latest": d.published_latest,
                "published_evidence": d.published_evidence,
                "fmt": d.fmt, "publication": d.publication, "n_chars": len(d.text), "n_sentences": len(r.sentences), "text": d.text,
            })
            sents += [{"doc_id": d.doc_id, "idx": s.idx, "start": s.start, "end": s.end, "text": s.text}
                      for s in r.sentences]
            ments += [{"doc_id": d.doc_id, "sentence": m.sentence, "start": m.start, "end": m.end,
                       "actor_id": m.actor_id, "text": m.text, "how": m.how} for m in r.mentions]
            event_rows(d.doc_id, r.events, canon, ev_ments)
            quotes += [
                {"quote_id": row_id("q_", d.doc_id, q.sentence, q.start), "doc_id": d.doc_id,
                 "sentence": q.sentence, "start": q.start, "end": q.end,
                 "speaker_id": q.speaker.actor_id if q.speaker else None,
                 "speaker_text": q.speaker.text if q.speaker else None, "text": q.text, "direct": q.direct,
                 "date": q.date}
                for q in r.quotes]
            claims += [
                {"claim_id": row_id("c_", d.doc_id, c.sentence, c.start, c.attribute), "doc_id": d.doc_id,
                 "sentence": c.sentence, "start": c.start, "end": c.end, "subject": c.subject,
                 "attribute": c.attribute, "value": c.value, "text": c.text,
                 "holder_id": c.holder.actor_id if c.holder else None}
                for c in r.claims]
        self._insert("documents", docs)
        self._insert("sentences", sents)
        self._insert("actor_mentions", ments)
        existing = {row[0] for row in self.con.execute(
            "SELECT event_id FROM events WHERE list_contains(?, event_id)", [list(canon)]).fetchall()} \
            if canon else set()
        self._insert("events", [row for key, row in canon.items() if key not in existing])
        self._insert("event_mentions", list(ev_ments.values()))
        self._insert("quotes", quotes)
        self._insert("claims", claims)

    def _write_events(self, doc_id: str, events: list[Event]) -> None:
        canon: dict[str, dict[str, Any]] = {}
        mentions: dict[str, dict[str, Any]] = {}
        event_rows(doc_id, events, canon, mentions)
        existing = {row[0] for row in self.con.execute(
            "SELECT event_id FROM events WHERE list_contains(?, event_id)", [list(canon)]).fetchall()} \
            if canon else set()
        self._insert("events", [row for key, row in canon.items() if key not in existing])
        self._insert("event_mentions", list(mentions.values()))

    def set_grade(self, source: str, grade: str) -> None:
        """Record the reliability grade (A-F) of a publication or document."""
        grade = grade.strip().upper()
        if grade not in GRADES:
            raise StoreError(f"grade must be one of {', '.join(GRADES)}, not {grade!r}")
        self.con.execute("INSERT OR REPLACE INTO source_grades (source, grade) VALUES (?, ?)",
                         [source.strip().lower(), grade])

    def _upsert_actors(self, actors: list[dict[str, Any]]) -> None:
        """Insert new actors and merge aliases (and a fuller learned name) into known ones, in bulk.

        Same result as upserting the rows one by one in order: aliases are unioned,
        and a learned (``origin = 'text'``) actor takes a strictly longer name.
        """
        if not actors:
            return
        ids = list(dict.fromkeys(a["actor_id"] for a in actors))
        stored = {r[0]: (r[1], set(r[2] or []), r[3]) for r in self.con.execute(
            "SELECT actor_id, name, aliases, origin FROM actors WHERE list_contains(?, actor_id)", [ids]).fetchall()}
        new: dict[str, dict[str, Any]] = {}
        changed: dict[str, tuple[str, set[str], str]] = {}
        for a in actors:
            aid = a["actor_id"]
            if aid not in stored and aid not in new:
                new[aid] = {**a, "aliases": sorted(set(a.get("aliases") or [])),
                            "roles": json.dumps(a.get("roles") or [])}
                continue
            if aid in new:
                row = new[aid]
                name, aliases, origin = row["name"], set(row["aliases"]), row["origin"]
            else:
                name, aliases, origin = changed.get(aid) or stored[aid]
            merged = aliases | set(a.get("aliases") or [])
            if origin == "text" and len(a["name"]) > len(name):
                name = a["name"]  # canonical name is the fullest form seen
            if aid in new:
                new[aid]["name"], new[aid]["aliases"] = name, sorted(merged)
            elif (name, merged) != stored[aid][:2] or aid in changed:
                changed[aid] = (name, merged, origin)
        self._insert("actors", list(new.values()))
        updates = [{"actor_id": aid, "name": name, "aliases": sorted(aliases)}
                   for aid, (name, aliases, _) in changed.items()
                   if (name, aliases) != stored[aid][:2]]
        if updates:
            import pyarrow as pa
            self.con.register("_dg_upd", pa.Table.from_pylist(updates))
            try:
                self.con.execute("UPDATE actors SET name = u.name, aliases = u.aliases FROM _dg_upd u "
                                 "WHERE actors.actor_id = u.actor_id")
            finally:
                self.con.unregister("_dg_upd")
