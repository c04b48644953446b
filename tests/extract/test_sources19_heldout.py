"""Held-out sentences of branch sources19 (tests/extract/heldout_sources19.jsonl), written before any rule: every
expected (type, source, target) row is coded. The rows missed when the branch ended are marked, with why (21/26 coded then, 20/26 before any rule)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import coded_pairs

ROWS = [json.loads(line) for line in (Path(__file__).parent / "heldout_sources19.jsonl").read_text().splitlines()
        if line.strip()]
MISSED = {  # text start -> why (not rules written against these sentences: what is left)
    "EU ministers met": "'imposed fresh sanctions' is typed COERCE (sanctions with no object list)",
    "Kazakhstan and Uzbekistan": "'signed a border agreement' is typed SUPPORT",
    "Armenian and Azerbaijani officials": "'They agreed' gives one direction only",
    "Armenia received two air defence": "'systems' is not among the things received: read as hosting",
    "Somalia secured military aid": "the receiver is lost as the target",
}


@pytest.mark.parametrize("row", [
    pytest.param(r, marks=pytest.mark.xfail(reason=why, strict=False)) if (why := next(
        (w for k, w in MISSED.items() if r["text"].startswith(k)), None)) else r for r in ROWS],
    ids=[r["text"][:40] for r in ROWS])
def test_heldout_row(res, row):
    found = coded_pairs(res, row["text"])
    for want in row["rows"]:
        assert any(all(w is None or w == g for g, w in zip(got, want)) for got in found), (want, found)
