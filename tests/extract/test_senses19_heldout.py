"""Held-out sentences for brief senses19 (the PLOVER type of a trigger by its complement and argument kind), in
heldout_senses19.jsonl, written before the rules and not tuned on: support or backing that is material (military,
financial, economic, humanitarian; "backs X with weapons") is aid (CAMEO 071-073, AID), not diplomatic support (051);
a warning of a third party's act voices a concern (ACCUSE), a warning to the addressee threatens it (THREATEN); a
person called to discuss or congratulate is a telephone call (CAMEO 041, CONSULT); a thing released (water, a report)
is no release of persons or property (RETREAT)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import assert_rows, coded_rows

ROWS = [json.loads(line) for line in (Path(__file__).parent / "heldout_senses19.jsonl").read_text().splitlines()
        if line.strip()]


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:40] for r in ROWS])
def test_heldout(res, row):
    assert_rows(coded_rows(res, row["text"]), [tuple(m) for m in row["must"]], [tuple(m) for m in row["must_not"]],
                row["text"])
