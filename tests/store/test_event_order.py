"""The events table's physical order (store_merge.EVENT_ORDER_SQL): apply_merges writes the events of one
pair of actors together, under the more active of the two, in date order; the order holds after
replacements and merges; and no answer depends on it (a dyad named through a `via` state is found)."""

from __future__ import annotations

from diplograph import api
from diplograph import analysis
from diplograph.analysis import queries
from diplograph.records import ActorRef, DocResult, Event, RawDocument, Sentence, TimeRef
from diplograph.store.database import Store
from diplograph.store.rows import actor_row

ACTORS = [actor_row(a, a, "state", a, "GOV", [], [], "kb") for a in ("AAA", "BBB", "CCC", "DDD")]
ACTORS.append(actor_row("PER", "Per Son", "person", "CCC", "GOV", [], [], "kb"))


def _ev(type_, src, tgt, sentence, start, date, via=None):
    return Event(type=type_, source=ActorRef(src, src, src, country=src, via=via),
                 target=ActorRef(tgt, tgt, tgt, country=tgt), sentence=sentence, start=start, end=start + 4,
                 trigger="word", date=TimeRef(date, "day" if date else None, date, "explicit" if date else "none"))


def _doc(doc_id, h, events):
    text = "|".join(f"Sentence {i} of {doc_id} says who did what." for i in range(4))
    sents = [Sentence(i, 0, len(s), s) for i, s in enumerate(text.split("|"))]
    raw = RawDocument(doc_id=doc_id, path=f"/x/{doc_id}.txt", text=text.replace("|", " "), content_hash=h)
    return DocResult(doc=raw, sentences=sents, events=events)


def _docs():
    # DDD is the busiest actor, then AAA, then BBB and CCC; types differ so that no events merge
    return [
        _doc("d1", "h1", [_ev("CONSULT", "BBB", "DDD", 0, 0, "2020-03-01"), _ev("ACCUSE", "AAA", "BBB", 1, 0, "2019-01-01"),
                          _ev("DEMAND", "DDD", "AAA", 2, 0, None), _ev("THREATEN", "CCC", "DDD", 3, 0, "2018-05-05")]),
        _doc("d2", "h2", [_ev("AID", "DDD", "BBB", 0, 0, "2017-02-02"), _ev("REJECT", "AAA", "DDD", 1, 0, "2021-01-01"),
                          _ev("PROTEST", "BBB", "AAA", 2, 0, "2016-06-06"), _ev("SANCTION", "DDD", "CCC", 3, 0, "2022-02-02")]),
        _doc("d3", "h3", [_ev("SUPPORT", "PER", "AAA", 0, 0, "2015-01-01", via="CCC"),
                          _ev("AGREE", "CCC", "BBB", 1, 0, "2014-04-04")]),
    ]


def _expected_order(s: Store) -> list[str]:
    rows = s.query("SELECT event_id, source_id, target_id, date FROM events")
    n: dict[str, int] = {}
    for r in rows:
        for k in ("source_id", "target_id"):
            if r[k]:
                n[r[k]] = n.get(r[k], 0) + 1

    def key(r):
        a, b = r["source_id"], r["target_id"]
        first = b is None or (a is not None and (n[a] > n[b] or (n[a] == n[b] and a <= b)))
        k1, k2 = (a, b) if first else (b, a)
        return (k1 is None, k1 or "", k2 is None, k2 or "", r["date"] is None, r["date"] or "", r["event_id"])
    return [r["event_id"] for r in sorted(rows, key=key)]


def _physical_order(s: Store) -> list[str]:
    return [r[0] for r in s.con.execute("SELECT event_id FROM events ORDER BY rowid").fetchall()]


def test_events_are_clustered_by_actor_pair_through_replacements_and_merges(tmp_path):
    with Store(str(tmp_path / "o.duckdb")) as s:
        s.write_many([(r, ACTORS) for r in _docs()])
        api.rebuild_events(s)
        order = _physical_order(s)
        assert order == _expected_order(s) and len(order) == 10
        pairs = [tuple(sorted((r["source_id"], r["target_id"]))) for r in
                 s.query("SELECT source_id, target_id FROM events ORDER BY rowid")]
        # under AAA (5 events; ties BBB by id) its pairs with BBB and PER, under BBB (5) the one with
        # CCC (3), under DDD (6) all of DDD's
        assert pairs == [("AAA", "BBB")] * 2 + [("AAA", "PER"), ("BBB", "CCC")] + \
            [("AAA", "DDD")] * 2 + [("BBB", "DDD")] * 2 + [("CCC", "DDD")] * 2
        s.write(_doc("d2", "h2b", [_ev("RETREAT", "CCC", "AAA", 0, 0, "2023-03-03"),
                                   _ev("COERCE", "AAA", "CCC", 1, 0, "2013-03-03")]), ACTORS)
        api.rebuild_events(s)
        assert _physical_order(s) == _expected_order(s)
        first = s.query("SELECT mention_id FROM event_mentions ORDER BY mention_id")[0]["mention_id"]
        s.apply_merges({first: ("ev_moved", "test")})
        assert "ev_moved" in _physical_order(s) and _physical_order(s) == _expected_order(s)


def test_answers_do_not_depend_on_the_physical_order(tmp_path):
    with Store(str(tmp_path / "p.duckdb")) as s:
        s.write_many([(r, ACTORS) for r in _docs()])
        api.rebuild_events(s)
        calls = [lambda: analysis.timeline(s, actor="AAA"), lambda: analysis.timeline(s, dyad=("CCC", "AAA")),
                 lambda: analysis.timeline(s, dyad=("AAA", "DDD")), lambda: analysis.dyad_trajectory(s, "BBB", "DDD"),
                 lambda: queries.events(s, dyad=("AAA", "CCC")), lambda: queries.events(s, actor="CCC", dyad=("CCC", "BBB"))]
        before = [f() for f in calls]
        # the person acting for CCC: the dyad (CCC, AAA) finds the event through source_via
        assert [e["id"] for e in before[4]] and all(e["source"]["via"] == "CCC" for e in before[4])
        s.con.execute("CREATE TEMP TABLE _e AS SELECT * FROM events ORDER BY rowid DESC")
        s.con.execute("DELETE FROM events")
        s.con.execute("INSERT INTO events SELECT * FROM _e")
        assert _physical_order(s) == list(reversed(_expected_order(s)))
        assert [f() for f in calls] == before
