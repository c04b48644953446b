"""Test helpers shared across stages: small stored documents, an old-schema store, a process that must die."""

from __future__ import annotations

import os

import duckdb

from diplograph.records import ActorRef, DocResult, Event, RawDocument, Sentence, TimeRef
from diplograph.store.database import load_migrations
from diplograph.store.rows import actor_row


def _ref(aid, name, text):
    return ActorRef(aid, name, text, country=aid if len(aid) == 3 else None)


def _result(doc_id="d1", h="h1", date="2003", text="In 2003, Russia banned the Taliban."):
    raw = RawDocument(doc_id=doc_id, path=f"/x/{doc_id}.txt", text=text, content_hash=h)
    ev = Event(type="SANCTION", source=_ref("RUS", "Russia", "Russia"), target=_ref("TALIBAN", "Taliban", "the Taliban"),
               sentence=0, start=16, end=22, trigger="banned", date=TimeRef(date, "year", "In 2003", "explicit"))
    return DocResult(doc=raw, sentences=[Sentence(0, 0, len(text), text)], events=[ev])


ACTORS = [actor_row("RUS", "Russia", "state", "RUS", "GOV", ["Moscow"], [], "kb"),
          actor_row("TALIBAN", "Taliban", "group", "AFG", "INS", ["Islamic Emirate"], [], "kb")]


def at_schema_1(path: str) -> duckdb.DuckDBPyConnection:
    """A new store at ``path`` as the first diplograph left it (migration 1 only), still open."""
    first = load_migrations()[0]
    con = duckdb.connect(path)
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    con.execute(first.sql)
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (1, ?)", [first.name])
    return con


def dies_with_parent(code: str) -> None:
    """Run ``code`` (which leaves ``it``, a generator that forks a child once started) in a process,
    ``kill -9`` that process, and check that its child is gone within 10 s."""
    import signal
    import subprocess
    import sys
    import time
    code = ("import multiprocessing, time\n" + code + "next(it)\n"
            "print(*[p.pid for p in multiprocessing.active_children()], flush=True)\n"
            "time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        child = int(proc.stdout.readline().split()[0])
        os.kill(child, 0)  # alive while its parent lives
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(child, 0)
            except ProcessLookupError:
                break
            if open(f"/proc/{child}/stat").read().split()[2] == "Z":  # dead, not yet reaped
                break
            time.sleep(0.1)
        else:
            os.kill(child, signal.SIGKILL)
            raise AssertionError("the child process outlived its parent")
    finally:
        if proc.poll() is None:
            proc.kill()


def by_trigger(events, word: str):
    """The first event whose trigger starts with ``word`` (case-insensitive); fails naming what there is."""
    for e in events:
        if e.trigger.lower().startswith(word):
            return e
    raise AssertionError(f"no event on {word!r} in {[(e.type, e.trigger) for e in events]}")


def flat(events):
    """Events with the acts listed under them (``content``), depth first."""
    for e in events:
        yield e
        yield from flat(e.content)


def coded_flat(text: str, published: str = "2024-05-02"):
    """``diplograph.code`` of an invented sentence, the acts listed under a speech act included."""
    import diplograph
    return list(flat(diplograph.code(text, published=published)))


def side_is(ref, code) -> bool:
    """A side is ``code`` (an actor id or its country; ``"*"``: any actor; None: no side)."""
    if code is None:
        return ref is None
    if ref is None:
        return False
    return code == "*" or code in (ref.actor_id, ref.country)


def found(text: str, typ: str, source, target) -> bool:
    """Some act of the invented sentence has this type and these sides (see :func:`side_is`)."""
    return any(e.type == typ and side_is(e.source, source) and side_is(e.target, target) for e in coded_flat(text))


def assert_found(text, typ, source, target):
    assert found(text, typ, source, target), [(e.type, e.source and e.source.actor_id,
                                               e.target and e.target.actor_id) for e in coded_flat(text)]


def coded_events(res, text: str, published: str = "2024-03-10") -> list:
    """``diplograph.code`` of an invented sentence with the session's resources."""
    import diplograph
    return list(diplograph.code(text, resources=res, published=published))


def coded_pairs(res, text: str, published: str = "2024-03-10") -> set:
    """The (type, source id, target id) rows of an invented sentence."""
    return {(e.type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            for e in coded_events(res, text, published)}


def coded_rows(res, text: str, published: str = "2024-03-10") -> set:
    """The (type, source id, target id, modality) rows of an invented sentence."""
    return {(e.type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None, e.modality)
            for e in coded_events(res, text, published)}


def assert_rows(found, must, must_not, text: str = "") -> None:
    """Every ``must`` row is among ``found`` and no ``must_not`` row is; a ``None`` field in a wanted row
    matches anything (rows of (type, source, target, modality))."""
    def match(row, want):
        return all(w is None or w == r for r, w in zip(row, want))
    for want in must:
        assert any(match(r, want) for r in found), (text, want, found)
    for bad in must_not:
        assert not any(match(r, bad) for r in found), (text, bad, found)


def find_event(events, type_, src=None, tgt=None):
    """The first event of the type whose sides are (or stand for) the ids given; fails naming what was coded."""
    for e in events:
        if e.type == type_ and (src is None or (e.source and src in (e.source.actor_id, e.source.via))) \
                and (tgt is None or (e.target and tgt in (e.target.actor_id, e.target.via))):
            return e
    raise AssertionError(f"no {type_} {src}->{tgt} in {[(e.type, e.source, e.target) for e in events]}")
