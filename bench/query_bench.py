"""Do the read-side queries stay fast as the store grows?  (target: each under 200 ms)

Usage: python bench/query_bench.py [--events N] [--repeat K] [--db PATH]

Bulk-loads a temporary store with DuckDB alone (``range()`` and SQL, no Python
loops): N synthetic events (default 1,000,000), one mention and one sentence
each, a document per ten events, one actor mention per event, and 20,000 actors
with aliases.  Sources and targets are skewed (a few actors are very busy, as in
news).  The events table is written by ``Store.apply_merges``, in the store's own
order.  Then times, each K times (first run and median wall time, median CPU time):

  dyad trajectory   analysis.dyad_trajectory for the busiest dyad;
  timeline dyad     analysis.timeline for the same dyad;
  timeline actor    analysis.timeline for an actor with about a thousand events;
  actor search      queries.find_actor by name, by alias and by a name fragment.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from diplograph import analysis
from diplograph.analysis import queries
from diplograph.store.common import key_sql
from diplograph.store.database import Store

ACTORS = 20_000
TYPES = ["CONSULT", "AGREE", "SUPPORT", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
         "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "CONCEDE", "INVESTIGATE", "DEMAND", "DISAPPROVE", "YIELD",
         "COOPERATE"]


def load(store: Store, n_events: int) -> None:
    con = store.con
    n_docs = max(1, n_events // 10)
    con.execute("SELECT setseed(0.42)")
    con.execute(f"""INSERT INTO actors (actor_id, name, kind, country, sector, aliases, roles, origin)
        SELECT 'A' || lpad(i::VARCHAR, 5, '0'), 'Actor ' || i || ' ' || md5(i::VARCHAR)[:6],
               CASE WHEN i % 10 = 0 THEN 'person' ELSE 'state' END, 'C' || (i % 200), NULL,
               ['Alias ' || i, 'A' || i || ' of ' || (i % 200)], '[]', CASE WHEN i % 3 = 0 THEN 'text' ELSE 'kb' END
        FROM range({ACTORS}) t(i)""")
    con.execute(f"""INSERT INTO documents (doc_id, path, content_hash, title, published, published_how, fmt,
                                           n_chars, n_sentences, text)
        SELECT 'd' || i, '/corpus/d' || i || '.txt', md5(i::VARCHAR), 'Title ' || i,
               strftime(DATE '1990-01-01' + (i * 12000 // {n_docs})::INTEGER, '%Y-%m-%d'), 'metadata', 'txt',
               600, 10, 'Synthetic document ' || i
        FROM range({n_docs}) t(i)""")
    # the events' columns, made once: a skewed source and target, a date, a type
    con.execute(f"""CREATE TEMP TABLE _ev AS
        SELECT i, 'ev' || i AS event_id, 'd' || (i // 10) AS doc_id, (i % 10)::INTEGER AS sentence,
               'A' || lpad(least(floor(pow(random(), 3) * {ACTORS}), {ACTORS - 1})::INTEGER::VARCHAR, 5, '0') AS src,
               'A' || lpad(least(floor(pow(random(), 3) * {ACTORS}), {ACTORS - 1})::INTEGER::VARCHAR, 5, '0') AS tgt,
               {TYPES!r}[1 + (i % {len(TYPES)})] AS type,
               strftime(DATE '1990-01-01' + ((i // 10) * 12000 // {n_docs})::INTEGER, '%Y-%m-%d') AS date,
               round(random() * 20 - 10, 1) AS intensity, (1 + i % 4)::INTEGER AS quad
        FROM range({n_events}) t(i)""")
    # the integer lookup keys (migration 005) are made by the same SQL the store's writer uses
    con.execute(f"""INSERT INTO sentences (doc_id, idx, start, "end", text, doc_ikey)
        SELECT doc_id, sentence, sentence * 60, sentence * 60 + 59, 'Sentence ' || sentence || ' of event ' || i,
               {key_sql('doc_id')}
        FROM _ev""")
    con.execute(f"""INSERT INTO event_mentions (mention_id, event_id, doc_id, sentence, start, "end", trigger, type,
                                               mode, context, source_id, source_text, source_sector, source_via,
                                               target_id, target_text, target_sector, target_via, negated, modality,
                                               reported_by, date, date_precision, date_text, date_anchor,
                                               intensity, quad, act_type, event_ikey)
        SELECT 'em' || i, event_id, doc_id, sentence, sentence * 60 + 5, sentence * 60 + 20, 'met', type, NULL,
               'diplomatic', src, src, NULL, NULL, tgt, tgt, NULL, NULL, i % 17 = 0,
               CASE WHEN i % 5 = 0 THEN 'reported' ELSE 'asserted' END, NULL, date, 'day', date, 'explicit',
               intensity, quad, NULL, {key_sql('event_id')}
        FROM _ev""")
    con.execute("""INSERT INTO actor_mentions (doc_id, sentence, start, "end", actor_id, text, how)
        SELECT doc_id, sentence, sentence * 60, sentence * 60 + 4, src, src, 'name' FROM _ev""")
    con.execute("DROP TABLE _ev")
    # the events table as the store makes it after every ingest: one event per mention, in the store's
    # physical order (store_merge.EVENT_ORDER_SQL)
    t0 = time.perf_counter()
    store.apply_merges({})
    print(f"apply_merges (rebuilds the events table) in {time.perf_counter() - t0:.1f} s")
    con.execute("CHECKPOINT")


def timed(fn, repeat: int) -> tuple[float, float, float, object]:
    """First and median wall time, and median CPU time of the process (all threads: steadier than wall
    time when other jobs share the cores), in ms."""
    times, cpu, out = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return times[0], statistics.median(times), statistics.median(cpu), out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--db", help="keep the store here (default: a temporary file)")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="dg-qbench-"))
    db = args.db or str(tmp / "q.duckdb")
    try:
        with Store(db) as store:
            if not store.scalar("SELECT count(*) FROM events"):
                t0 = time.perf_counter()
                load(store, args.events)
                print(f"loaded in {time.perf_counter() - t0:.1f} s: " +
                      ", ".join(f"{k} {v:,}" for k, v in store.counts().items()))
            a, b, n_dyad = store.con.execute(
                "SELECT least(source_id, target_id), greatest(source_id, target_id), count(*) AS n FROM events "
                "WHERE source_id <> target_id GROUP BY ALL ORDER BY n DESC, 1, 2 LIMIT 1").fetchone()
            actor, n_actor = store.con.execute(
                "SELECT id, count(*) AS n FROM (SELECT source_id AS id FROM events UNION ALL "
                "SELECT target_id FROM events) GROUP BY id ORDER BY abs(n - 1000), id LIMIT 1").fetchone()
            name = store.scalar("SELECT name FROM actors WHERE actor_id = ?", [actor])
            alias = f"Alias {int(actor[1:])}"
            cases = [
                (f"dyad trajectory ({n_dyad} events)", lambda: analysis.dyad_trajectory(store, a, b)),
                (f"timeline dyad ({n_dyad} events)", lambda: analysis.timeline(store, dyad=(a, b))),
                (f"timeline actor ({n_actor} events)", lambda: analysis.timeline(store, actor=actor)),
                ("actor search: name", lambda: queries.find_actor(store, name)),
                ("actor search: alias", lambda: queries.find_actor(store, alias)),
                ("actor search: fragment", lambda: queries.find_actor(store, name.split()[-1])),
            ]
            worst = 0.0
            for label, fn in cases:
                first, median, cpu, _ = timed(fn, args.repeat)
                worst = max(worst, median)
                print(f"{label:34s} first {first:8.1f} ms   median {median:8.1f} ms   cpu {cpu:8.1f} ms", flush=True)
            print(f"slowest median {worst:.1f} ms ({'under' if worst < 200 else 'OVER'} 200 ms)")
        return 0
    finally:
        if not args.db:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
