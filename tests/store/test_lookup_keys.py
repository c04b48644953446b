"""Integer lookup keys (migration 005): the writer keeps them equal to the key of their string id
through writes, replacements, deletions and merges; older stores get them on migration; and the
readers give the same answers even when keys collide."""

from __future__ import annotations

import duckdb

from diplograph import api
from diplograph import analysis
from diplograph.analysis import trajectory
from diplograph.analysis import queries
from diplograph.records import ActorRef, DocResult, Event, RawDocument, Sentence, TimeRef
from diplograph.store import database as store_mod
from diplograph.store import merge_tables
from diplograph.store.common import key_sql
from diplograph.store.database import Store, load_migrations
from diplograph.store.rows import actor_row

ACTORS = [actor_row("FRA", "France", "state", "FRA", "GOV", ["Paris"], [], "kb"),
          actor_row("MLI", "Mali", "state", "MLI", "GOV", ["Bamako"], [], "kb")]


def _ev(type_, src, tgt, sentence, start, date):
    return Event(type=type_, source=ActorRef(src, src, src, country=src), target=ActorRef(tgt, tgt, tgt, country=tgt),
                 sentence=sentence, start=start, end=start + 6, trigger="word",
                 date=TimeRef(date, ("day" if len(date) == 10 else "year") if date else None, date,
                              "explicit" if date else "none"))


def _doc(doc_id, h, text, events):
    sents = [Sentence(i, 0, len(s), s) for i, s in enumerate(text.split("|"))]
    raw = RawDocument(doc_id=doc_id, path=f"/x/{doc_id}.txt", text=text.replace("|", " "), content_hash=h)
    return DocResult(doc=raw, sentences=sents, events=events)


def _docs():
    return [
        _doc("d1", "h1", "France sent troops to Mali on 2013-01-11.|Paris later met Bamako in 2014.",
             [_ev("MOBILIZE", "FRA", "MLI", 0, 7, "2013-01-11"), _ev("CONSULT", "FRA", "MLI", 1, 12, "2014")]),
        _doc("d2", "h2", "On 2013-01-11 France deployed soldiers in Mali.",
             [_ev("MOBILIZE", "FRA", "MLI", 0, 14, "2013-01-11"), _ev("ACCUSE", "MLI", "FRA", 0, 30, "2015"),
              _ev("DEMAND", "MLI", "FRA", 0, 40, None)]),
    ]


def _keys_consistent(s: Store) -> bool:
    bad_m = s.scalar(f"SELECT count(*) FROM event_mentions WHERE event_ikey IS DISTINCT FROM {key_sql('event_id')}")
    bad_s = s.scalar(f"SELECT count(*) FROM sentences WHERE doc_ikey IS DISTINCT FROM {key_sql('doc_id')}")
    return bad_m == 0 and bad_s == 0


def test_keys_follow_writes_replacements_deletions_and_merges(tmp_path):
    with Store(str(tmp_path / "k.duckdb")) as s:
        s.write_many([(r, ACTORS) for r in _docs()])
        assert s.scalar("SELECT count(*) FROM event_mentions") == 5 and _keys_consistent(s)
        s.write(_doc("d1", "h1b", "France left Mali in 2022.", [_ev("RETREAT", "FRA", "MLI", 0, 7, "2022")]), ACTORS)
        assert s.scalar("SELECT count(*) FROM sentences WHERE doc_id = 'd1'") == 1 and _keys_consistent(s)
        s.write(_docs()[0], ACTORS)
        api.rebuild_events(s)  # apply_merges gives mentions new event ids
        assert _keys_consistent(s)
        first = s.query("SELECT mention_id FROM event_mentions ORDER BY mention_id")[0]["mention_id"]
        s.apply_merges({first: ("ev_moved", "test")})
        assert s.scalar("SELECT event_id FROM event_mentions WHERE mention_id = ?", [first]) == "ev_moved"
        assert _keys_consistent(s)
        s.delete_document("d2")
        assert s.scalar("SELECT count(*) FROM sentences WHERE doc_id = 'd2'") == 0 and _keys_consistent(s)


def test_store_at_schema_4_gets_the_keys_on_migration(tmp_path):
    path = str(tmp_path / "old.duckdb")
    with Store(path) as s:
        s.write_many([(r, ACTORS) for r in _docs()])
        before = analysis.timeline(s, actor="FRA")
    con = duckdb.connect(path)  # take the store back to schema 4, as an older diplograph left it
    con.execute("ALTER TABLE event_mentions DROP COLUMN event_ikey")
    con.execute("ALTER TABLE sentences DROP COLUMN doc_ikey")
    con.execute("DROP TABLE store_state")  # (migration 006)
    con.execute("DELETE FROM schema_migrations WHERE version >= 5")
    con.close()
    with Store(path) as s:
        assert s.schema_version() == len(load_migrations()) >= 5
        assert _keys_consistent(s)
        assert analysis.timeline(s, actor="FRA") == before


def _answers(path):
    with Store(path) as s:
        s.write_many([(r, ACTORS) for r in _docs()])
        api.rebuild_events(s)
        return (queries.events(s, actor="Mali"), analysis.timeline(s, dyad=("FRA", "MLI")),
                analysis.dyad_trajectory(s, "France", "Bamako"), analysis.timeline(s, actor="FRA"))


def test_colliding_keys_do_not_change_answers(tmp_path, monkeypatch):
    before = _answers(str(tmp_path / "a.duckdb"))
    assert sum(len(e["mentions"]) for e in before[0]) == 5
    assert all(m["text"] for e in before[0] for m in e["mentions"])
    # a key that collides for every id of the same length (all the events here, both documents)
    coarse = lambda expr: f"length({expr})::BIGINT"  # noqa: E731
    monkeypatch.setattr(store_mod, "key_sql", coarse)
    monkeypatch.setattr(queries, "key_sql", coarse)
    monkeypatch.setattr(merge_tables, "key_sql", coarse)
    assert _answers(str(tmp_path / "b.duckdb")) == before


def test_many_rows_are_read_by_a_scan_with_the_same_answers(tmp_path, monkeypatch):
    before = _answers(str(tmp_path / "a.duckdb"))
    monkeypatch.setattr(queries, "LOOKUP_MAX", 0)  # every filtered read takes the scan path
    assert _answers(str(tmp_path / "b.duckdb")) == before


def test_trajectory_lists_events_apart_with_their_mentions(tmp_path):
    """The trajectory reads events without mentions; those it lists apart get theirs."""
    with Store(str(tmp_path / "t.duckdb")) as s:
        s.write_many([(r, ACTORS) for r in _docs()])
        traj = analysis.dyad_trajectory(s, "France", "Mali", period="month")
        full = {e["id"]: e for e in queries.events(s, dyad=("FRA", "MLI"))}
        apart = traj["imprecise"] + traj["undated"]
        assert len(traj["imprecise"]) == 2 and len(traj["undated"]) == 1
        for item in apart:
            e = full[item["id"]]
            assert item == trajectory._brief(e) | {"direction": analysis.dyad_direction(e, "FRA", "MLI")}
            assert item["doc"] and item["sentence"]
        order = sorted((i["id"] for i in apart),
                       key=lambda i: (full[i]["date"] is None, full[i]["date"] or "", full[i]["type"], i))
        assert queries.events_by_id(s, [i["id"] for i in apart]) == [full[i] for i in order]


def test_brief_mentions_keep_what_a_timeline_shows(tmp_path):
    with Store(str(tmp_path / "b.duckdb")) as s:
        s.write_many([(r, ACTORS) for r in _docs()])
        for filters in ({"actor": "FRA"}, {"dyad": ("MLI", "FRA")}):
            full, brief = queries.events(s, **filters), queries.events(s, **filters, mentions="brief")
            assert [e["id"] for e in brief] == [e["id"] for e in full]
            for f, b in zip(full, brief):
                assert [(m["doc"], m["sentence"], m["start"], m["text"]) for m in b["mentions"]] == \
                       [(m["doc"], m["sentence"], m["start"], m["text"]) for m in f["mentions"]]
                assert {k: v for k, v in b["source"].items() if k not in ("text", "sector")} == \
                       {k: v for k, v in f["source"].items() if k not in ("text", "sector")}
                assert b["date"] == f["date"] and b["modality"] == f["modality"]


def test_timeline_and_trajectory_same_as_with_full_events(tmp_path, monkeypatch):
    with Store(str(tmp_path / "f.duckdb")) as s:
        s.write_many([(r, ACTORS) for r in _docs()])
        runs = lambda: [analysis.timeline(s, actor="FRA"), analysis.timeline(s, dyad=("FRA", "MLI")),  # noqa: E731
                        analysis.dyad_trajectory(s, "FRA", "MLI"), analysis.dyad_trajectory(s, "MLI", "FRA", "month")]
        lean = runs()
        whole = queries.events
        monkeypatch.setattr(queries, "events", lambda store, **kw: whole(store, **{k: v for k, v in kw.items()
                                                                                   if k != "mentions"}))
        assert runs() == lean
