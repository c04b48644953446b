"""Cross-document merging: boundaries, explanations, user overrides, and the store rebuild."""

from __future__ import annotations

from typer.testing import CliRunner

from diplograph import api
from diplograph.cli.main import app
from diplograph.store.merge_plan import MentionRow, Override, plan
from diplograph.store.database import Store

from helpers import ACTORS, _result


def row(mid, doc, date, text="Russia designated the Taliban a terrorist group", type_="SANCTION",
        src="RUS", tgt="TALIBAN", trigger="designated", neg=False):
    return MentionRow(mid, doc, type_, src, tgt, date, neg, "asserted", text, trigger)


def events_of(p):
    return {e for e, _ in p.values()}


def test_same_date_and_refined_dates_merge_with_reason():
    p = plan([row("a", "d1", "2003"), row("b", "d2", "2003"), row("c", "d3", "2003-05")])
    assert len(events_of(p)) == 1
    assert "2003" in p["a"][1] and "d1" in p["a"][1]


def test_incompatible_dates_do_not_merge():
    assert len(events_of(plan([row("a", "d1", "2003"), row("b", "d2", "2004")]))) == 2
    assert len(events_of(plan([row("a", "d1", "2021-07-23"), row("b", "d2", "2021-07-24")]))) == 2


def test_other_type_polarity_or_actors_do_not_merge():
    base = row("a", "d1", "2003")
    assert len(events_of(plan([base, row("b", "d2", "2003", type_="ACCUSE")]))) == 2
    assert len(events_of(plan([base, row("b", "d2", "2003", neg=True)]))) == 2
    assert len(events_of(plan([base, row("b", "d2", "2003", tgt="ISIS")]))) == 2


def test_undated_mention_joins_only_from_another_document_with_shared_content():
    dated = row("a", "d1", "2003")
    same_doc = row("b", "d1", None, text="officials updated the list in a later decree", trigger="listed")
    other = row("c", "d2", None, text="the Kremlin designated the Taliban a terrorist group years back")
    unrelated = row("d", "d3", None, text="Moscow banned the group from the market", trigger="banned")
    p = plan([dated, same_doc, other, unrelated])
    assert p["a"][0] == p["c"][0] != p["b"][0]
    assert p["d"][0] not in (p["a"][0], p["b"][0])


def test_one_sided_mentions_merge_only_on_the_same_precise_date():
    one = dict(tgt=None, type_="ASSAULT", trigger="strike")
    assert len(events_of(plan([row("a", "d1", "2022", **one), row("b", "d2", "2022", **one)]))) == 2
    assert len(events_of(plan([row("a", "d1", "2022-07-31", **one), row("b", "d2", "2022-07-31", **one)]))) == 1


def test_symmetric_types_merge_in_either_direction():
    a = row("a", "d1", "2021-07", type_="CONSULT", src="TALIBAN", tgt="RUS", trigger="talks")
    b = row("b", "d2", "2021-07", type_="CONSULT", src="RUS", tgt="TALIBAN", trigger="talks")
    assert len(events_of(plan([a, b]))) == 1


def test_user_split_and_merge_win():
    a, b = row("a", "d1", "2003"), row("b", "d2", "2003")
    assert len(events_of(plan([a, b], [Override("a", "b", "split")]))) == 2
    c = row("c", "d3", "1999")
    p = plan([a, c], [Override("a", "c", "merge")])
    assert p["a"][0] == p["c"][0] and "user" in p["a"][1]


def test_store_rebuild_and_cli_split(tmp_path):
    db = str(tmp_path / "m.duckdb")
    with Store(db) as s:
        s.write(_result("d1", "h1"), ACTORS)
        s.write(_result("d2", "h2", text="In 2003, Moscow banned the Taliban."), ACTORS)
        assert api.rebuild_events(s) == 1
        ids = [r["mention_id"] for r in s.query("SELECT mention_id FROM event_mentions ORDER BY doc_id")]
    result = CliRunner().invoke(app, ["split", ids[0], ids[1], "--db", db])
    assert result.exit_code == 0 and "2 events" in result.output
    with Store(db, read_only=True) as s:
        assert s.scalar("SELECT count(DISTINCT event_id) FROM event_mentions") == 2
    result = CliRunner().invoke(app, ["merge", ids[0], "em_nonexistent", "--db", db])
    assert result.exit_code == 2 and "no such event mention" in result.output


def test_short_sentence_retold_inside_a_long_one_merges():
    dated = row("a", "d1", "2003", text="In 2003, Russia formally designated the Taliban a terrorist group.")
    long = row("b", "d2", None, trigger="placed",
               text="Formally, the Taliban movement was placed by Russia on its register of terrorist "
                    "groups, and every newspaper that names it must print a warning to its readers.")
    p = plan([dated, long])
    assert p["a"][0] == p["b"][0] and "shorter sentence" in p["b"][1]
    # too few shared words, or a dated pair that disagrees, never merge this way
    thin = row("c", "d3", None, trigger="placed", text="Russia acted against the Taliban in many ways.")
    assert plan([dated, thin])["c"][0] != plan([dated, thin])["a"][0]
    both_undated = plan([row("d", "d4", None, text=dated.text), long])
    assert both_undated["d"][0] != both_undated["b"][0]
def test_an_event_told_by_many_copies_keeps_a_short_reason():
    p = plan([row(f"m{i:02d}", f"d{i:02d}", "2003") for i in range(15)])
    assert len(events_of(p)) == 1
    reason = p["m00"][1]
    assert reason.count("same type, actors and date") == 10 and reason.endswith("and 4 more merges")
    assert all(r is reason for _, r in p.values())  # one string shared by all mentions


def test_refined_dates_in_one_document_stay_apart():
    p = plan([row("a", "d1", "2015-12"), row("b", "d1", "2015")])
    assert len(events_of(p)) == 2
    assert len(events_of(plan([row("a", "d1", "2015-12"), row("b", "d2", "2015")]))) == 1


def test_undated_report_of_a_discrete_act_just_after_its_date_merges():
    from dataclasses import replace
    took = row("a", "d1", "2021-08", type_="COERCE", src="TALIBAN", tgt="AFG", trigger="took",
               text="A year ago the movement took the capital.")
    later = replace(row("b", "d2", None, type_="COERCE", src="TALIBAN", tgt="AFG", trigger="take",
                        text="Nobody expected the fighters to take control so fast."), published="2021-09")
    p = plan([took, later])
    assert p["a"][0] == p["b"][0] and "published 2021-09" in p["b"][1]
    # published months later, or an ongoing kind of act, or a text published before the date: apart
    assert len(events_of(plan([took, replace(later, published="2022-03")]))) == 2
    assert len(events_of(plan([replace(took, type="CONSULT"), replace(later, type="CONSULT")]))) == 2
    assert len(events_of(plan([took, replace(later, published="2021-07")]))) == 2


def _plan_pair_by_pair(mentions, overrides=()):
    """The reference planner: every later member of a group compared with every earlier one."""
    import hashlib
    from diplograph.store import merge_plan as merge
    overrides = list(overrides)
    forbidden = {frozenset((o.a, o.b)) for o in overrides if o.action == "split"}
    clusters = merge._Clusters((m.mention_id for m in mentions), {m.mention_id: m.date for m in mentions},
                               {m.mention_id: (m.published, m.doc_id) for m in mentions
                                if m.modality in ("asserted", "reported")})
    groups: dict = {}
    for m in mentions:
        if m.source is not None or m.target is not None:
            groups.setdefault(merge._group_key(m), []).append(m)
    for members in groups.values():
        members.sort(key=lambda m: (m.date is None, -(len(m.date or "")), m.doc_id, m.mention_id))
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if clusters.find(a.mention_id) != clusters.find(b.mention_id):
                    reason = merge.why_same(a, b)
                    if reason:
                        clusters.union(a.mention_id, b.mention_id, f"{a.doc_id} ~ {b.doc_id}: {reason}", forbidden)
    for o in overrides:
        if o.action == "merge":
            clusters.union(o.a, o.b, f"merged by the user ({o.a} + {o.b})", set(), user=True)
    out = {}
    for root, members in clusters.members.items():
        reasons = clusters.reasons[root]
        if len(reasons) > merge.MAX_REASONS:
            reasons = reasons[:merge.MAX_REASONS] + [f"and {len(reasons) - merge.MAX_REASONS} more merges"]
        for mid in members:
            out[mid] = ("ev_" + hashlib.sha1(min(members).encode()).hexdigest()[:16], "; ".join(reasons) or None)
    return out


RANDOM_TEXTS = ["Ruritania and Borduria signed a border treaty in the capital on Monday",
                "The border treaty between Ruritania and Borduria was signed after long talks",
                "Borduria welcomed the signing of the treaty with Ruritania",
                "Officials said the fishing accord would be signed next spring",
                "Ruritania's signing of the treaty angered the opposition",
                "The talks in the capital ended without a statement"]
RANDOM_TRIGGERS = ["signed", "sign", "welcomed", "signing", "talks"]


def _offset(text, trigger):
    return text.lower().find(trigger)


def test_copies_are_compared_by_class_with_the_same_result_as_pair_by_pair():
    import random
    for docs, sentences in ((120, 40), (12, 6)):  # few documents: many mentions of one group in one
        rng = random.Random(7)
        rows = []
        for n in range(600):
            text, trigger = rng.choice(RANDOM_TEXTS), rng.choice(RANDOM_TRIGGERS)
            rows.append(MentionRow(
                f"m{n:04d}", f"d{rng.randrange(docs):03d}", rng.choice(["AGREE", "CONSULT", "ASSAULT"]),
                rng.choice(["RUR", "BOR", None]), rng.choice(["BOR", "RUR"]),
                rng.choice([None, None, "2019", "2019-05", "2019-05-06", "2020"]), False,
                rng.choice(["asserted", "reported"]), text, trigger,
                rng.choice([None, "2019-05", "2019-06"]), rng.randrange(sentences), _offset(text, trigger)))
        splits = [Override(rows[i].mention_id, rows[j].mention_id, "split") for i, j in ((3, 40), (8, 9), (12, 500))]
        for given in ([], splits + [Override(rows[5].mention_id, rows[77].mention_id, "merge")]):
            got = plan(rows, given)
            assert got == _plan_pair_by_pair(rows, given)
        assert len({e for e, _ in got.values()}) < len(rows) / 3  # the copies did merge
        assert any("retold in the document" in (r or "") for _, r in got.values())


def test_the_class_cache_tells_one_sentence_from_two():
    """The same two tellings in two documents, once in two sentences and once in one: the answer
    cached for a pair of classes must not carry over from one document to the other."""
    from diplograph.store import merge_plan as merge
    text = "Ruritania closed the border and shut the crossings to Borduria"
    rows = []
    for doc, second in (("d1", 4), ("d2", 0)):
        rows += [MentionRow(f"{doc}a", doc, "COERCE", "RUR", "BOR", None, False, "asserted", text, "closed",
                            None, 0, text.find("closed")),
                 MentionRow(f"{doc}b", doc, "COERCE", "RUR", "BOR", None, False, "asserted", text, "shut",
                            None, second, text.find("shut"))]
    group = merge._Group(rows)
    for i, j in ((0, 1), (2, 3), (1, 0), (3, 2), (0, 3), (2, 1)):
        assert group.answer(i, j) == merge.why_same(rows[i], rows[j])
    # two sentences with the same words retell; one sentence shares its words with itself and says nothing
    assert group.answer(0, 1) and not group.answer(2, 3)


def _random_rows(n=600, seed=7, docs=120):
    import random
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        text, trigger = rng.choice(RANDOM_TEXTS), rng.choice(RANDOM_TRIGGERS)
        rows.append(MentionRow(f"m{k:04d}", f"d{rng.randrange(docs):03d}", rng.choice(["AGREE", "CONSULT", "ASSAULT"]),
                               rng.choice(["RUR", "BOR", None]), rng.choice(["BOR", "RUR", None]),
                               rng.choice([None, None, "2019", "2019-05", "2019-05-06", "2020"]), rng.random() < 0.1,
                               rng.choice(["asserted", "reported", "hypothetical", None]), text, trigger, None,
                               k, _offset(text, trigger)))
    return rows


def test_the_store_streams_each_merge_group_together_and_the_plan_is_the_same(tmp_path):
    """``Store.grouped_mentions`` orders the mentions so that each group is one run, and planning the
    stream one group at a time gives what the pair-by-pair planner gives over all of them."""
    from diplograph.store import merge_plan as merge
    for docs in (120, 15):
        _stream_and_compare(merge, _random_rows(docs=docs), str(tmp_path / f"g{docs}.duckdb"))


def _stream_and_compare(merge, rows, db):
    with Store(db) as s:
        docs = sorted({r.doc_id for r in rows})
        s.con.executemany("INSERT INTO documents (doc_id, content_hash) VALUES (?, ?)", [[d, d] for d in docs])
        s.con.executemany("INSERT INTO sentences (doc_id, idx, start, \"end\", text) VALUES (?, ?, ?, ?, ?)",
                          [[r.doc_id, r.sentence, 1000 * k, 1000 * k + 999, r.text] for k, r in enumerate(rows)])
        s.con.executemany(
            "INSERT INTO event_mentions (mention_id, event_id, doc_id, sentence, start, \"end\", trigger, type, "
            "source_id, target_id, negated, modality, date) VALUES (?, 'ev', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [[r.mention_id, r.doc_id, r.sentence, 1000 * k + r.offset, 1000 * k + r.offset + 1, r.trigger, r.type,
              r.source, r.target,
              r.negated or (None if k % 7 == 0 else False), r.modality, r.date]  # NULL negated reads as False
             for k, r in enumerate(rows)])
        streamed = list(s.grouped_mentions(merge.SYMMETRIC, chunk=37))
        assert sorted(streamed, key=lambda m: m.mention_id) == rows
        closed, last = set(), None
        for m in streamed:
            key = None if m.source is None and m.target is None else merge._group_key(m)
            if key != last:
                assert key is None or key not in closed, f"group {key} is split in the stream"
                closed.add(last)
                last = key
        splits = [Override(rows[i].mention_id, rows[j].mention_id, "split") for i, j in ((3, 40), (8, 9))]
        merges = [Override(rows[5].mention_id, rows[77].mention_id, "merge"),
                  Override(rows[77].mention_id, rows[300].mention_id, "merge")]
        for given in ([], splits + merges):
            got = {m: (e, r) for m, e, r in merge.plan_stream(s.grouped_mentions(merge.SYMMETRIC, chunk=37), given)}
            assert got == _plan_pair_by_pair(rows, given) == plan(list(reversed(rows)), given)
        s.apply_merges(merge.plan_stream(s.grouped_mentions(merge.SYMMETRIC), merges))
        planned = _plan_pair_by_pair(rows, merges)
        stored = dict(s.con.execute("SELECT mention_id, event_id FROM event_mentions").fetchall())
        assert stored == {m: e for m, (e, _) in planned.items()}
        assert s.scalar("SELECT count(*) FROM events") == len(set(stored.values()))


def test_an_ingest_stopped_before_its_merge_is_merged_by_the_next_one(tmp_path):
    from diplograph.config import load_settings
    from diplograph.reading.files import read_document
    from diplograph.engines.workers import local_outcomes
    from diplograph.pipeline import load_resources
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("In March 2019, Peru accused Chile of violating the border.\n")
    (folder / "b.txt").write_text("On 3 March 2019, Peru accused Chile of violating the maritime border.\n")
    db = str(tmp_path / "s.duckdb")
    res = load_resources(load_settings())
    # what an ingest killed after writing its batch leaves: mentions stored, merge never planned
    with Store(db) as s:
        assert not s.merge_pending()
        s.write_many([(r, []) for _, r, _ in local_outcomes([read_document(p) for p in sorted(folder.iterdir())], res)])
        assert s.merge_pending()
        unmerged = s.scalar("SELECT count(*) FROM events WHERE type = 'ACCUSE'")
    report = api.ingest([folder], db=db, resources=res)
    assert report.stored == 0 and report.unchanged == 2
    with Store(db) as s:
        assert not s.merge_pending()
        assert unmerged == 2 and s.scalar("SELECT count(*) FROM events WHERE type = 'ACCUSE'") == 1


def test_the_rebuilt_events_table_keeps_its_key_and_indexes(tmp_path):
    """``apply_merges`` writes a new events table and swaps it in: the primary key and any index on the
    old one are there after, and nothing else is left behind."""
    import duckdb
    import pytest
    db = str(tmp_path / "k.duckdb")
    with Store(db) as s:
        s.write(_result("d1", "h1"), ACTORS)
        s.write(_result("d2", "h2", date="2004", text="In 2004, Russia banned the Taliban."), ACTORS)
        s.con.execute("CREATE INDEX events_by_type ON events (type)")
        tables = sorted(r[0] for r in s.con.execute("SELECT table_name FROM duckdb_tables()").fetchall())
        assert api.rebuild_events(s) == 2
        assert sorted(r[0] for r in s.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()) == tables
        assert [r[0] for r in s.con.execute(
            "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'events'").fetchall()] == ["events_by_type"]
        first = s.scalar("SELECT event_id FROM events LIMIT 1")
        with pytest.raises(duckdb.ConstraintException):
            s.con.execute("INSERT INTO events (event_id, type) VALUES (?, 'X')", [first])
    with Store(db, read_only=True) as s:  # and it all survives reopening
        assert s.scalar("SELECT count(*) FROM events") == 2



def test_a_text_does_not_tell_an_act_dated_after_its_publication():
    """An undated mention in a text of 2016 does not join an event of July 2021, even through an
    undated mention of 2021 that would join both."""
    text = "Ruritania held talks with Borduria on trade and border security"
    rows = [MentionRow("a", "d2021a", "CONSULT", "RUR", "BOR", "2021-07", False, "asserted", text, "talks", "2021-08"),
            MentionRow("b", "d2021b", "CONSULT", "RUR", "BOR", None, False, "asserted", text, "talks", "2021-09"),
            MentionRow("c", "d2016", "CONSULT", "RUR", "BOR", None, False, "asserted", text, "talks", "2016-12-31")]
    got = plan(rows, [])
    assert got["a"][0] == got["b"][0]
    assert got["c"][0] != got["a"][0]


def test_a_year_alone_does_not_make_two_other_acts_one():
    a = row("a", "d1", "2021", type_="CONSULT", text="Russia has hedged by engaging with the Taliban leadership",
            trigger="engaging")
    b = row("b", "d2", "2021-03", type_="CONSULT", text="The Kremlin hosted an international conference in March",
            trigger="hosted")
    assert len(events_of(plan([a, b]))) == 2
    c = row("c", "d3", "2021-03", type_="CONSULT", text="Russia engaged with the Taliban leadership in March",
            trigger="engaged")
    assert len(events_of(plan([a, c]))) == 1


def test_unordered_pair_types_are_the_ontologys_undirected_class():
    from diplograph.extract.events.ontology import types_in
    from diplograph.store.merge_plan import SYMMETRIC

    assert SYMMETRIC == types_in("undirected")
    assert "ACCUSE" not in SYMMETRIC  # a directed type: its pair keeps its order
