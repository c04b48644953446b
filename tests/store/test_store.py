"""The DuckDB store: migrations, one-transaction writes, replacement, event identity."""

from __future__ import annotations

import duckdb
import pytest

from diplograph.records import Sentence
from diplograph.store.database import Store, StoreError, load_migrations
from diplograph.store.rows import new_actor_row
from helpers import ACTORS, _result, at_schema_1


def test_migrations_are_recorded_and_idempotent(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        assert s.schema_version() == len(load_migrations())
        names = [r["name"] for r in s.query("SELECT name FROM schema_migrations ORDER BY version")]
        assert names == [m.name for m in load_migrations()]
    with Store(path) as s:  # reopening applies nothing twice
        assert s.migrate() == []


def test_read_only_refuses_missing_and_newer(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    path = tmp_path / "s.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (999, 'future')")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_write_and_replace_document(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        s.write(_result(), ACTORS)
        assert s.counts()["documents"] == 1
        assert s.counts()["events"] == 1
        s.write(_result(h="h2", date="2004"), ACTORS)  # changed file replaces the old version
        c = s.counts()
        assert c["documents"] == 1 and c["event_mentions"] == 1 and c["events"] == 1
        assert s.scalar("SELECT date FROM events") == "2004"
        assert s.doc_with_hash("h2") == "d1" and s.doc_with_hash("h1") is None


def test_same_event_in_two_documents_is_one_event(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        s.write(_result("d1", "h1"), ACTORS)
        s.write(_result("d2", "h2"), ACTORS)
        assert s.counts()["events"] == 1
        assert s.counts()["event_mentions"] == 2
        s.delete_document("d1")
        assert s.counts()["events"] == 1  # still told by d2
        s.delete_document("d2")
        assert s.counts()["events"] == 0


def test_failed_write_rolls_back(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        s.write(_result(), ACTORS)
        bad = _result(h="h9")
        bad.sentences.append(Sentence(1, 0, 1, None))  # NOT NULL violation
        with pytest.raises(StoreError, match="could not store"):
            s.write(bad, ACTORS)
        assert s.counts()["documents"] == 1
        assert s.doc_with_hash("h1") == "d1"  # the earlier version is intact


def test_learned_actor_name_grows_to_fullest_form(tmp_path):
    from diplograph.records import NewActor
    with Store(tmp_path / "s.duckdb") as s:
        s.write(_result(), [new_actor_row(NewActor("PER_X", "Mantyskiy", "person", aliases=["Mantyskiy"]))])
        s.write(_result("d2", "h2"), [new_actor_row(NewActor("PER_X", "Alexander Mantyskiy", "person",
                                                              aliases=["Alexander Mantyskiy"]))])
        row = s.query("SELECT name, aliases FROM actors WHERE actor_id = 'PER_X'")[0]
        assert row["name"] == "Alexander Mantyskiy"
        assert set(row["aliases"]) == {"Mantyskiy", "Alexander Mantyskiy"}


def test_older_store_is_migrated_keeping_its_data(tmp_path):
    """A store written at schema 1 is brought up to date on open, nothing lost."""
    path = str(tmp_path / "old.duckdb")
    con = at_schema_1(path)
    con.execute("INSERT INTO documents (doc_id, content_hash, text) VALUES ('old', 'h0', 'kept')")
    con.close()
    with pytest.raises(StoreError, match="older"):
        Store(path, read_only=True)
    with Store(path) as s:
        assert s.schema_version() == len(load_migrations()) >= 2
        assert s.scalar("SELECT text FROM documents WHERE doc_id = 'old'") == "kept"
        cols = {r["column_name"] for r in s.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")}
        assert "act_type" in cols
