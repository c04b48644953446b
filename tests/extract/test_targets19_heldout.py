"""Held-out sentences (branch targets19), written before any rule: the target (patient or recipient) of a
trigger in many shapes (prepositional recipients of verbs and nouns, light verbs, control, coordination,
relative clauses and appositions, possessives of act nouns, common-noun actors, venues not targets).
Rows live in heldout_targets19.jsonl: type (or any of any_type), source and target (None: anything),
and targets that must not be coded for that type (not_target)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import coded_events

ROWS = [json.loads(line) for line in (Path(__file__).parent / "heldout_targets19.jsonl").read_text().splitlines()
        if line.strip()]


def side(ref, code) -> bool:
    """The side is the actor named, or stands for its country (a head of state for the state)."""
    return code is None or (ref is not None and code in (ref.actor_id, ref.country, ref.via))


def row_holds(found, row) -> bool:
    types = set(row.get("any_type") or [row["type"]])
    hits = [e for e in found if e.type in types and side(e.source, row["source"]) and side(e.target, row["target"])]
    bad = [e for e in found if e.type in types and e.target is not None
           and any(side(e.target, c) for c in row.get("not_target") or [])]
    return bool(hits) and not bad


# rows the coder still misses, by index, with why (neither is a target miss: the target is right, the type not)
MISSED = {32: "'signed an agreement on border demarcation' is coded SUPPORT, not AGREE",
          49: "'freed hostages held by jihadists' is coded RETREAT on the hostages, not an act on the captors"}


@pytest.mark.parametrize("row", [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=MISSED[i])) if i in MISSED
                                 else r for i, r in enumerate(ROWS)], ids=[f"{i}" for i in range(len(ROWS))])
def test_heldout_target(res, row):
    found = coded_events(res, row["text"])
    assert row_holds(found, row), [(e.type, e.source, e.target) for e in found]
