"""Stores for the alert tests, built from invented one-line articles as hand-made records (no parse).

``add(db, doc_id, lines, at=...)`` stores one document whose sentences are ``lines``; a line is a
sentence, or ``(sentence, event)`` with ``event = (TYPE, source id, target id, date, intensity, quad)``,
or ``(sentence, claim)`` with ``claim = Claim-like (subject, attribute, value)`` tagged ``"claim"``.
``at`` sets the document's ``ingested_at`` (an aware datetime), so "new since" is exact.
"""

from __future__ import annotations

from datetime import datetime, timezone

from diplograph import api
from diplograph.records import ActorRef, Claim, DocResult, Event, RawDocument, Sentence, TimeRef
from diplograph.store.database import Store
from diplograph.store.rows import actor_row

NAMES = {"RUS": ("Russia", "state", "RUS", "GOV"), "TALIBAN": ("Taliban", "group", "AFG", "INS"),
         "PAK": ("Pakistan", "state", "PAK", "GOV"), "CHN": ("China", "state", "CHN", "GOV")}
ACTORS = [actor_row(aid, name, kind, country, sector, [], [], "kb")
          for aid, (name, kind, country, sector) in NAMES.items()]
T0 = datetime(2026, 1, 1, 8, 0, tzinfo=timezone.utc)   # the first documents arrive
T1 = datetime(2026, 2, 1, 8, 0, tzinfo=timezone.utc)   # the next round
T2 = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)


def ref(aid: str) -> ActorRef:
    return ActorRef(aid, NAMES[aid][0], NAMES[aid][0], country=NAMES[aid][2])


def result(doc_id: str, lines: list, title: str | None = None) -> DocResult:
    sents, events, claims, pos = [], [], [], 0
    for i, line in enumerate(lines):
        text, what = (line, None) if isinstance(line, str) else line
        sents.append(Sentence(i, pos, pos + len(text), text))
        if what and what[0] == "claim":
            _, subject, attribute, value = what
            claims.append(Claim(subject=subject, attribute=attribute, value=value, text=text, sentence=i,
                                start=pos, end=pos + len(text)))
        elif what:
            type_, src, tgt, date, intensity, quad = what
            events.append(Event(type=type_, source=ref(src), target=ref(tgt) if tgt else None, sentence=i,
                                start=pos, end=pos + 4, trigger=text.split()[2],
                                date=TimeRef(date, {4: "year", 7: "month", 10: "day"}[len(date)], date, "explicit"),
                                intensity=intensity, quad=quad))
        pos += len(text) + 1
    raw = RawDocument(doc_id=doc_id, path=f"/news/{doc_id}.txt", text=" ".join(s.text for s in sents),
                      content_hash="h_" + doc_id, title=title or f"Article {doc_id}")
    return DocResult(doc=raw, sentences=sents, events=events, claims=claims)


def add(db: str, doc_id: str, lines: list, at: datetime) -> None:
    """Store one document as stored at ``at`` and re-plan the merge, as an ingest does."""
    with Store(db) as s:
        s.write_many([(result(doc_id, lines), ACTORS)])
        s.con.execute("UPDATE documents SET ingested_at = (?::TIMESTAMPTZ)::TIMESTAMP WHERE doc_id = ?", [at, doc_id])
        api.rebuild_events(s)


def rules(tmp_path, text: str) -> str:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)
