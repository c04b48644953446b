"""Held-out sentences of branch doerless19 (tests/extract/heldout_doerless19.jsonl), written before any rule. ``keep``:
the text names no doer, and the act keeps its record with the doer unknown (type None: any type); ``drop``: the text
names a doer that resolves to no actor, and no record without a source is left toward the target (a half record)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import coded_pairs

ROWS = [json.loads(line) for line in (Path(__file__).parent / "heldout_doerless19.jsonl").read_text().splitlines()
        if line.strip()]
MISSED: dict[str, str] = {}  # text start -> why


def ok(res, row) -> bool:
    found = coded_pairs(res, row["text"])
    if "keep" in row:
        return all(any(all(w is None or w == g for g, w in zip(got, want)) for got in found) for want in row["keep"])
    src, tgt = row["drop"]
    return not any(s is None and t == tgt for _, s, t in found)


@pytest.mark.parametrize("row", [
    pytest.param(r, marks=pytest.mark.xfail(reason=why, strict=False)) if (why := next(
        (w for k, w in MISSED.items() if r["text"].startswith(k)), None)) else r for r in ROWS],
    ids=[r["text"][:40] for r in ROWS])
def test_heldout_row(res, row):
    assert ok(res, row), coded_pairs(res, row["text"])
