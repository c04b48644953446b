"""Config keys that tune the ingest: read from the TOML file, validated, and obeyed."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph import api
from diplograph._ingest import _Writer
from diplograph.config import ConfigError, load_settings
from diplograph.engines.workers import local_outcomes
from diplograph.records import RawDocument


def test_write_every_is_read_and_validated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "d.toml"
    monkeypatch.setenv("DIPLOGRAPH_CONFIG", str(cfg))
    cfg.write_text("write_every = 2.5\n")
    assert load_settings().write_every == 2.5
    cfg.write_text("write_every = -1\n")
    with pytest.raises(ConfigError, match="write_every must be a positive number"):
        load_settings()
    monkeypatch.delenv("DIPLOGRAPH_CONFIG")
    assert load_settings(db=str(tmp_path / "x.duckdb")).write_every == 20.0


def _outcomes(res, n: int):
    raws = [RawDocument(doc_id=f"d{i}", path=f"d{i}.txt", content_hash=f"h{i}",
                        text=f"Envoys of Peru and Chile met in Lima on Monday ({i}).") for i in range(n)]
    return list(local_outcomes(raws, res))


def test_the_writer_writes_when_write_every_has_passed(tmp_path: Path, res) -> None:
    outcomes = _outcomes(res, 3)
    for every, after_each in ((0.0, [1, 2, 3]), (3600.0, [0, 0, 0])):
        report = api.IngestReport()
        writer = _Writer(str(tmp_path / f"w{every:g}.duckdb"), report, None, every)
        stored = []
        for outcome in outcomes:
            writer.add(outcome)
            stored.append(report.stored)
        writer.flush()
        assert stored == after_each and report.stored == 3
