"""The incremental merge (migration 012): after any sequence of documents added, replaced and removed,
and of users' merges and splits, re-planning only the merge groups that changed gives exactly the
events a whole-store rebuild gives; it re-plans only those groups; and `merge --rebuild`, a store
migrated with a merge pending and a mention stored without its key take the whole-store path."""

from __future__ import annotations

import duckdb
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from diplograph import api
from diplograph.cli.main import app
from diplograph.records import ActorRef, DocResult, Event, RawDocument, Sentence, TimeRef
from diplograph.store import merge_plan
from diplograph.store.common import merge_key_sql
from diplograph.store.database import Store, load_migrations
from diplograph.store.rows import actor_row

ACTORS = [actor_row(a, a, "state", a, "GOV", [], [], "kb") for a in ("RUR", "BOR", "KRA")] + \
    [actor_row("PER", "Per Son", "person", "RUR", "GOV", [], [], "kb")]
# sentences that share words in several ways (so that undated tellings merge across documents)
SENTENCES = ["Ruritania and Borduria signed the border treaty after long talks.",
             "The border treaty between Ruritania and Borduria was signed after long talks.",
             "Borduria welcomed the signing of the treaty with Ruritania.",
             "Ruritanian troops shelled the border town, officials in Borduria said.",
             "The shelling of the border town was condemned in Kravia.",
             "Ruritania's signing of the treaty angered the opposition."]
TRIGGERS = ["signed", "signing", "talks", "shelled", "shelling", "condemned", "welcomed"]
SIDES = {"RUR": ("RUR", None), "BOR": ("BOR", None), "KRA": ("KRA", None), "PER": ("PER", "RUR")}

events_st = st.fixed_dictionaries({
    "type": st.sampled_from(["AGREE", "CONSULT", "ASSAULT", "ACCUSE"]),
    "source": st.sampled_from(["RUR", "BOR", "PER", None]),
    "target": st.sampled_from(["BOR", "RUR", "KRA", None]),
    "date": st.sampled_from([None, None, "2019", "2019-05", "2019-05-06", "2020"]),
    "negated": st.sampled_from([False, False, False, True]),
    "modality": st.sampled_from(["asserted", "reported", "hypothetical"]),
    "sentence": st.integers(0, 2),
    "trigger": st.sampled_from(TRIGGERS),
    "retells": st.sampled_from([None, None, 0, 1]),  # an earlier event of the document this one retells
})
docs_st = st.fixed_dictionaries({
    "sentences": st.lists(st.sampled_from(SENTENCES), min_size=3, max_size=3),
    "published": st.sampled_from([None, "2019-05-20", "2019-06-02"]),
    "events": st.lists(events_st, max_size=5),
})
ops_st = st.lists(st.one_of(
    st.tuples(st.just("write"), st.integers(0, 5), docs_st),
    st.tuples(st.just("delete"), st.integers(0, 5)),
    st.tuples(st.sampled_from(["merge", "split"]), st.integers(0, 10_000), st.integers(0, 10_000)),
    st.tuples(st.just("plan")),
), min_size=1, max_size=12)


def _ref(key):
    actor, via = SIDES[key]
    return ActorRef(actor, actor, actor, country=via or actor, via=via)


def _result(doc_id: str, version: int, spec: dict) -> DocResult:
    sents, start = [], 0
    for i, text in enumerate(spec["sentences"]):
        sents.append(Sentence(i, start, start + len(text), text))
        start += len(text) + 1
    raw = RawDocument(doc_id=doc_id, path=f"/x/{doc_id}.txt", text=" ".join(spec["sentences"]),
                      content_hash=f"{doc_id}-{version}", published=spec["published"])
    events = []
    for k, e in enumerate(spec["events"]):
        s = sents[e["sentence"]]
        at = max(s.text.lower().find(e["trigger"]), 0) + s.start + k  # distinct places, mostly at the word
        date = TimeRef(e["date"], {4: "year", 7: "month", 10: "day"}[len(e["date"])] if e["date"] else None,
                       e["date"], "explicit" if e["date"] else "none")
        events.append(Event(type=e["type"], source=_ref(e["source"]) if e["source"] else None,
                            target=_ref(e["target"]) if e["target"] else None, sentence=e["sentence"], start=at,
                            end=at + len(e["trigger"]), trigger=e["trigger"], date=date, negated=e["negated"],
                            modality=e["modality"]))
        if e.get("retells") is not None and e["retells"] < k:  # filed under the pair of the telling it retells
            events[-1].retells, events[-1].retell_reason = e["retells"], "the same act retold (test)"
    return DocResult(doc=raw, sentences=sents, events=events)


def merged(s: Store) -> tuple[set, set]:
    """The merged events as canonical tuples: every column of every event, and which event each mention tells."""
    events = set(s.con.execute("SELECT * FROM events").fetchall())
    told = set(s.con.execute("SELECT mention_id, event_id FROM event_mentions").fetchall())
    return events, told


def _apply(op, stores, version):
    kind = op[0]
    if kind == "write":
        result = _result(f"d{op[1]}", version, op[2])
        for s in stores:
            s.write_many([(result, ACTORS)])
    elif kind == "delete":
        for s in stores:
            s.delete_document(f"d{op[1]}")
    elif kind in ("merge", "split"):
        ids = [r[0] for r in stores[0].con.execute("SELECT mention_id FROM event_mentions ORDER BY mention_id").fetchall()]
        if len(ids) >= 2 and ids[op[1] % len(ids)] != ids[op[2] % len(ids)]:
            for s in stores:
                s.add_override(ids[op[1] % len(ids)], ids[op[2] % len(ids)], kind)


_STORES: list[Store] = []
TABLES = ("documents", "sentences", "actors", "actor_mentions", "events", "event_mentions", "quotes", "claims",
          "merge_overrides", "merge_dirty")


def _empty_stores() -> tuple[Store, Store]:
    """Two empty in-memory stores (made and migrated once, emptied for each history)."""
    if not _STORES:
        _STORES.extend([Store(":memory:"), Store(":memory:")])
    for s in _STORES:
        for table in TABLES:
            s.con.execute(f"DELETE FROM {table}")
        s.con.execute("UPDATE store_state SET value = '0'")
    return _STORES[0], _STORES[1]


def _incremental_equals_rebuild(ops) -> tuple[int, int]:
    """Apply ``ops`` to two stores; after every "plan" (and at the end) merge one incrementally and
    rebuild the other, and compare.  Returns how many merges re-planned part of the store, and how many
    merges there were."""
    partial = plans = 0
    inc, full = _empty_stores()
    if True:
        for version, op in enumerate(list(ops) + [("plan",)]):
            if op[0] != "plan":
                _apply(op, (inc, full), version)
                continue
            plans += 1
            partial += inc.merge_scope() is not None
            api.update_events(inc)
            api.rebuild_events(full)
            assert merged(inc) == merged(full)
            assert not inc.merge_pending() and inc.merge_scope() == []
    return partial, plans


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops_st)
def test_incremental_merge_gives_the_events_of_a_full_rebuild(ops):
    _incremental_equals_rebuild(ops)


def test_a_fixed_history_with_replacements_removals_and_user_merges():
    """A history long enough that groups grow, shrink, are joined by a user's merge and then touched again."""
    import random
    rng = random.Random(11)
    event = lambda: {k: rng.choice(v) for k, v in {  # noqa: E731
        "type": ["AGREE", "CONSULT", "ASSAULT"], "source": ["RUR", "BOR", "PER"], "target": ["BOR", "RUR", None],
        "date": [None, None, "2019", "2019-05", "2019-05-06"], "negated": [False], "modality": ["asserted", "reported"],
        "sentence": [0, 1, 2], "trigger": TRIGGERS, "retells": [None, None, None, 0]}.items()}
    doc = lambda: {"sentences": [rng.choice(SENTENCES) for _ in range(3)],  # noqa: E731
                   "published": rng.choice([None, "2019-05-20"]), "events": [event() for _ in range(rng.randrange(2, 7))]}
    ops = [("write", d, doc()) for d in range(6)] + [("plan",)]
    for _ in range(40):
        roll = rng.random()
        if roll < 0.5:
            ops.append(("write", rng.randrange(8), doc()))
        elif roll < 0.65:
            ops.append(("delete", rng.randrange(8)))
        elif roll < 0.8:
            ops.append((rng.choice(["merge", "split"]), rng.randrange(1000), rng.randrange(1000)))
        ops.append(("plan",)) if rng.random() < 0.5 else None
    partial, plans = _incremental_equals_rebuild(ops)
    assert partial == plans > 15  # all of them incrementally (a small store)


def _three_groups():
    spec = lambda type_, src, tgt, date: {"sentences": SENTENCES[:3], "published": None, "events": [  # noqa: E731
        {"type": type_, "source": src, "target": tgt, "date": date, "negated": False, "modality": "asserted",
         "sentence": 0, "trigger": "signed"}]}
    return spec


def test_only_the_touched_groups_are_re_planned(tmp_path, monkeypatch):
    spec = _three_groups()
    with Store(str(tmp_path / "t.duckdb")) as s:
        for n, (t, a, b) in enumerate([("AGREE", "RUR", "BOR"), ("ACCUSE", "BOR", "KRA"), ("ASSAULT", "RUR", "KRA")] * 3):
            s.write(_result(f"d{n}", 0, spec(t, a, b, "2019-05")), ACTORS)
        api.update_events(s)
        assert s.scalar("SELECT count(*) FROM events") == 3  # each group told three times: one event each
        planned: list[str] = []
        real = s.grouped_mentions

        def spy(*args, **kw):
            for m in real(*args, **kw):
                planned.append(m.type)
                yield m
        monkeypatch.setattr(s, "grouped_mentions", spy)
        s.write(_result("new", 0, spec("AGREE", "BOR", "RUR", "2019-05-06")), ACTORS)  # symmetric: either order
        api.update_events(s)
        assert planned == ["AGREE"] * 4
        assert s.scalar("SELECT count(*) FROM events") == 3
        planned.clear()
        s.delete_document("d1")  # an ACCUSE telling
        api.update_events(s)
        assert planned == ["ACCUSE"] * 2
        planned.clear()
        assert api.update_events(s) == 3 and planned == []  # nothing changed: nothing planned


def test_a_users_merge_ties_groups_that_are_then_re_planned_together(tmp_path):
    spec = _three_groups()
    with Store(str(tmp_path / "u.duckdb")) as s:
        s.write(_result("a", 0, spec("AGREE", "RUR", "BOR", "2019")), ACTORS)
        s.write(_result("b", 0, spec("ACCUSE", "BOR", "KRA", "2019")), ACTORS)
        s.write(_result("c", 0, spec("ASSAULT", "RUR", "KRA", "2020")), ACTORS)
        api.update_events(s)
        ids = dict(s.con.execute("SELECT type, mention_id FROM event_mentions").fetchall())
        s.add_override(ids["AGREE"], ids["ACCUSE"], "merge")
        assert api.update_events(s) == 2
        keys = dict(s.con.execute("SELECT type, merge_key FROM event_mentions").fetchall())
        s.write(_result("a2", 0, spec("AGREE", "RUR", "BOR", "2019-03")), ACTORS)  # touches AGREE only
        assert sorted(s.merge_scope()) == sorted([keys["AGREE"], keys["ACCUSE"]])  # and what the merge ties to it
        api.update_events(s)
        assert s.scalar("SELECT count(DISTINCT event_id) FROM event_mentions WHERE type IN ('AGREE', 'ACCUSE')") == 1
        events = merged(s)
        api.rebuild_events(s)
        assert merged(s) == events


def test_the_writer_and_migration_012_give_the_same_merge_keys(tmp_path):
    path = str(tmp_path / "k.duckdb")
    spec = _three_groups()
    with Store(path) as s:
        s.write(_result("a", 0, spec("AGREE", "PER", "BOR", "2019")), ACTORS)
        s.write(_result("b", 0, spec("ACCUSE", None, None, None)), ACTORS)
        c = spec("ASSAULT", "KRA", "BOR", "2020")
        c["events"].append({**c["events"][0], "target": None, "sentence": 2})  # 'the shelling', one-sided
        told = _result("c", 0, c)
        told.events[1].retells = 0  # ... retells the first: it is filed under KRA -> BOR
        s.write(told, ACTORS)
        written = dict(s.con.execute("SELECT mention_id, merge_key FROM event_mentions").fetchall())
        assert len(written) == 4 and len(set(written.values())) == 3 and None not in written.values()
        assert written == dict(s.con.execute(
            f"SELECT m.mention_id, {merge_key_sql()} FROM event_mentions m LEFT JOIN event_mentions r "
            "ON r.mention_id = m.retells AND r.doc_id = m.doc_id").fetchall())
        grouped = {m.mention_id: (m.source, m.target) for m in s.grouped_mentions(merge_plan.SYMMETRIC)}
        assert list(grouped.values()).count(("KRA", "BOR")) == 2  # the retelling's group is the telling's
        # a merge pending when the store is migrated: its dirty keys were never recorded
        s.con.execute("UPDATE store_state SET value = '1' WHERE key = 'merge_pending'")
    con = duckdb.connect(path)  # back to schema 11, as the diplograph before this one left it
    con.execute("ALTER TABLE event_mentions DROP COLUMN merge_key")
    con.execute("DROP TABLE merge_dirty")
    con.execute("DELETE FROM store_state WHERE key IN ('merge_full', 'merge_unordered')")
    con.execute("DELETE FROM schema_migrations WHERE version >= 12")
    con.close()
    with Store(path) as s:
        assert s.schema_version() == len(load_migrations()) >= 12
        assert dict(s.con.execute("SELECT mention_id, merge_key FROM event_mentions").fetchall()) == written
        assert s.merge_scope() is None  # the whole store is re-planned
        api.update_events(s)
        assert s.merge_scope() == [] and not s.merge_pending()


def test_a_mention_without_its_merge_key_makes_the_merge_whole(tmp_path):
    spec = _three_groups()
    with Store(str(tmp_path / "n.duckdb")) as s:
        s.write(_result("a", 0, spec("AGREE", "RUR", "BOR", "2019")), ACTORS)
        api.update_events(s)
        s.con.execute("UPDATE event_mentions SET merge_key = NULL")  # as a bulk loader might leave it
        assert s.merge_scope() is None
        api.update_events(s)
        assert s.scalar("SELECT count(*) FROM event_mentions WHERE merge_key IS NULL") == 0


def test_many_changes_or_many_appended_events_take_the_whole_store_path(tmp_path):
    spec = _three_groups()
    with Store(str(tmp_path / "w.duckdb")) as s:
        for n in range(10):
            s.write(_result(f"d{n}", 0, spec("ASSAULT", "RUR", "KRA", f"20{10 + n}")), ACTORS)
        api.rebuild_events(s)  # the events table in its order: none appended
        s.write(_result("x", 0, spec("AGREE", "RUR", "BOR", "2019")), ACTORS)
        assert s.merge_scope(small=0) is not None  # 1 of 11 mentions: under the shares
        assert s.merge_scope(small=0, full_share=0.05) is None
        assert s.merge_scope(small=0, reorder_share=0.05) is None
        assert s.merge_scope() is not None  # a small store is always merged incrementally


def test_cli_merge_rebuild(tmp_path):
    db = str(tmp_path / "c.duckdb")
    spec = _three_groups()
    with Store(db) as s:
        s.write(_result("a", 0, spec("AGREE", "RUR", "BOR", "2019")), ACTORS)
        s.write(_result("b", 0, spec("AGREE", "BOR", "RUR", "2019-05")), ACTORS)
        api.update_events(s)
        s.con.execute("UPDATE store_state SET value = '7' WHERE key = 'merge_unordered'")
        before = merged(s)
    result = CliRunner().invoke(app, ["merge", "--rebuild", "--db", db])
    assert result.exit_code == 0 and "rebuilt; 1 event" in result.output
    with Store(db) as s:
        assert merged(s) == before
        assert s.scalar("SELECT value FROM store_state WHERE key = 'merge_unordered'") == "0"
    bad = CliRunner().invoke(app, ["merge", "em_x", "--db", db])
    assert bad.exit_code == 2 and "two mention ids" in bad.output
    assert merge_plan.SYMMETRIC >= {"AGREE", "CONSULT"}  # the symmetric types the histories above exercise
