"""What does the merge cost when documents are added to, or replaced in, a large store?  (target: <= 2 s)

Usage: python bench/incremental_merge.py [--events N] [--docs K] [--db PATH]

Loads a store of N synthetic events (default 1,000,000) the way ``bench/query_bench.py`` does
(DuckDB alone: one mention and one sentence per event, skewed actors), then plans its merges over
the whole store once (``api.rebuild_events``: what every ingest paid before the incremental merge).
Then, twice, K documents (default 10) of 8 events each, made as the pipeline's records
(``DocResult``: what parsing and extraction hand to the store), are written by the store's writer
and merged by ``api.update_events``, the step an ingest ends with: first K new documents, then K
stored documents replaced by new versions.  Their events fall in the busiest merge groups of the
store (the same type and actors, compatible or missing dates, so that they merge with stored
events) and in new ones.  Prints the time of the write and of the merge (what the documents cost
beyond their own parse and extraction), the mentions re-planned, and then re-plans the whole store
and checks that the merged events (every column of every event, and each mention's event) are
identical to the incremental result: "identical: yes/no".
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_bench import load  # noqa: E402

from diplograph import api  # noqa: E402
from diplograph.records import ActorRef, DocResult, Event, RawDocument, Sentence, TimeRef  # noqa: E402
from diplograph.store.database import Store  # noqa: E402
from diplograph.store.rows import actor_row  # noqa: E402

EVENTS_PER_DOC = 8
WORDS = ["talks", "border", "agreement", "troops", "sanctions", "envoy", "ceasefire", "capital", "statement"]


def busiest_groups(store: Store, n: int) -> list[tuple]:
    """(type, source, target, negated, modality, a stored date) of the ``n`` largest merge groups."""
    return store.con.execute("""
        SELECT any_value(type), any_value(source_id), any_value(target_id), any_value(negated),
               any_value(modality), any_value(date), count(*) AS n
        FROM event_mentions GROUP BY merge_key ORDER BY n DESC, 1, 2, 3 LIMIT ?""", [n]).fetchall()


def documents(groups: list[tuple], k: int, tag: str, ids: list[str] | None, rng: random.Random) -> list[DocResult]:
    """``k`` documents whose events tell acts of ``groups`` (a stored date, its month, its year or none)
    and, one in four, of a pair of actors the store has not seen together."""
    out = []
    for d in range(k):
        sents, events, start = [], [], 0
        for s in range(EVENTS_PER_DOC):
            type_, src, tgt, neg, modality, date, _ = rng.choice(groups)
            if s % 4 == 3:
                src, tgt = f"A{rng.randrange(20_000):05d}", f"A{rng.randrange(20_000):05d}"
            text = f"Sentence {s} of the {tag} document {d}: {src} met {tgt} about the {rng.choice(WORDS)}."
            sents.append(Sentence(s, start, start + len(text), text))
            at = start + text.index(" met ") + 1
            date = rng.choice([date, date and date[:7], date and date[:4], None])
            events.append(Event(type=type_, source=ActorRef(src, src, src, country=src),
                                target=ActorRef(tgt, tgt, tgt, country=tgt), sentence=s, start=at, end=at + 3,
                                trigger="met", negated=bool(neg), modality=modality,
                                date=TimeRef(date, {4: "year", 7: "month", 10: "day"}.get(len(date or "")),
                                             date, "explicit" if date else "none")))
            start += len(text) + 1
        doc_id = ids[d] if ids else f"{tag}{d}"
        raw = RawDocument(doc_id=doc_id, path=f"/new/{doc_id}.txt", text=" ".join(s.text for s in sents),
                          content_hash=f"{tag}-{d}", published="2021-05-01", published_how="metadata")
        out.append(DocResult(doc=raw, sentences=sents, events=events))
    return out


def add(store: Store, docs: list[DocResult], label: str) -> None:
    """Write ``docs`` with the store's writer and merge incrementally, timing both."""
    actors = [actor_row(a, a, "state", None, None, [], [], "kb")
              for a in sorted({e.source.actor_id for d in docs for e in d.events} |
                              {e.target.actor_id for d in docs for e in d.events})]
    t0, c0 = time.perf_counter(), time.process_time()
    store.write_many([(d, actors) for d in docs])
    t1, c1 = time.perf_counter(), time.process_time()
    keys = store.merge_scope()
    replanned = store.scalar("SELECT count(*) FROM event_mentions WHERE merge_key IN (SELECT unnest(?::BIGINT[]))",
                             [keys]) if keys is not None else None
    t2 = time.perf_counter()
    n = api.update_events(store)
    t3, c3 = time.perf_counter(), time.process_time()
    how = f"{replanned:,} mentions of {len(keys):,} merge keys re-planned" if keys is not None else "WHOLE STORE re-planned"
    print(f"{label}: write {t1 - t0:.2f} s, merge {t3 - t1:.2f} s ({how}; the scope {t2 - t1:.2f} s of it); "
          f"write + merge {t3 - t0:.2f} s ({'within' if t3 - t0 <= 2 else 'OVER'} 2 s), CPU {c3 - c0:.2f} s "
          f"(write {c1 - c0:.2f} s); {n:,} events", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--docs", type=int, default=10)
    ap.add_argument("--db", help="keep the loaded and merged store here (default: a temporary file)")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="dg-incbench-"))
    db = args.db or str(tmp / "inc.duckdb")
    rng = random.Random(21)
    try:
        with Store(db) as store:
            if not store.scalar("SELECT count(*) FROM events"):
                t0 = time.perf_counter()
                load(store, args.events)
                print(f"loaded in {time.perf_counter() - t0:.1f} s: " +
                      ", ".join(f"{k} {v:,}" for k, v in store.counts().items()), flush=True)
                t0 = time.perf_counter()
                n = api.rebuild_events(store)
                print(f"whole-store merge (every ingest before): {time.perf_counter() - t0:.1f} s, {n:,} events",
                      flush=True)
                store.con.execute("CHECKPOINT")
            groups = busiest_groups(store, 50)
            print(f"busiest merge groups: {groups[0][-1]} to {groups[-1][-1]} mentions", flush=True)
            add(store, documents(groups, args.docs, "new", None, rng), f"{args.docs} new documents")
            stored = [r[0] for r in store.con.execute(
                "SELECT doc_id FROM documents WHERE doc_id LIKE 'd%' ORDER BY hash(doc_id) LIMIT ?",
                [args.docs]).fetchall()]
            add(store, documents(groups, args.docs, "changed", stored, rng), f"{args.docs} documents replaced")
            store.con.execute("CREATE TEMP TABLE _inc_events AS SELECT * FROM events")
            store.con.execute("CREATE TEMP TABLE _inc_told AS SELECT mention_id, event_id FROM event_mentions")
            t0 = time.perf_counter()
            api.rebuild_events(store)
            print(f"whole-store merge for the check: {time.perf_counter() - t0:.1f} s", flush=True)
            differ = store.scalar("""SELECT (SELECT count(*) FROM (SELECT * FROM _inc_events EXCEPT ALL SELECT * FROM events))
                + (SELECT count(*) FROM (SELECT * FROM events EXCEPT ALL SELECT * FROM _inc_events))
                + (SELECT count(*) FROM (SELECT * FROM _inc_told EXCEPT ALL SELECT mention_id, event_id FROM event_mentions))
                + (SELECT count(*) FROM (SELECT mention_id, event_id FROM event_mentions EXCEPT ALL SELECT * FROM _inc_told))""")
            merged = store.scalar("SELECT count(*) FROM (SELECT event_id FROM event_mentions "
                                  "WHERE doc_id LIKE 'new%' OR doc_id IN (SELECT unnest(?::VARCHAR[])) "
                                  "INTERSECT SELECT event_id FROM event_mentions WHERE doc_id NOT LIKE 'new%' "
                                  "AND doc_id NOT IN (SELECT unnest(?::VARCHAR[])))", [stored, stored])
            print(f"events of the added documents merged with stored ones: {merged}")
            print(f"identical: {'yes' if differ == 0 else 'no'} ({differ} rows differ)")
            return 0 if differ == 0 else 1
    finally:
        if not args.db:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
