"""Held-out sentences (branch targets19), written before any rule: the target (patient or recipient) of a
trigger in many shapes (prepositional recipients of verbs and nouns, light verbs, control, coordination,
relative clauses and appositions, possessives of act nouns, common-noun actors, venues not targets).
Rows live in heldout_targets19.jsonl: type (or any of any_type), source and target (None: anything),
and targets that must not be coded for that type (not_target)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import coded_rows

ROWS = [json.loads(line) for line in (Path(__file__).parent / "heldout_targets19.jsonl").read_text().splitlines()
        if line.strip()]


def row_holds(found, row) -> bool:
    types = set(row.get("any_type") or [row["type"]])
    hits = [r for r in found if r[0] in types and (row["source"] is None or r[1] == row["source"])
            and (row["target"] is None or r[2] == row["target"])]
    bad = [r for r in found if r[0] in types and r[2] in set(row.get("not_target") or [])]
    return bool(hits) and not bad


@pytest.mark.parametrize("row", ROWS, ids=[f"{i}" for i in range(len(ROWS))])
def test_heldout_target(res, row):
    found = coded_rows(res, row["text"])
    assert row_holds(found, row), found
