"""Reading ahead in a forked reader process gives exactly what reading in place gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import dies_with_parent

from diplograph.reading import readahead
from diplograph.config import load_settings
from diplograph.reading.files import discover

pytestmark = pytest.mark.skipif(not readahead.can_fork(), reason="read-ahead forks (Linux only)")

PARA = ("The foreign minister of Norway met her Chilean counterpart in Oslo on Tuesday to discuss "
        "fishing quotas, and the two governments agreed to meet again before the end of the year.")


def _folder(tmp_path: Path, n: int = 12) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"doc_{i:02d}.txt").write_text(f"Talks number {i}\n\n{PARA}\n\n{PARA} ({i})\n", encoding="utf-8")
    (folder / "doc_03_copy.txt").write_text((folder / f"doc_{min(3, n - 1):02d}.txt").read_text(), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nul.txt").write_bytes(b"abc\x00def" * 10)
    return folder


def _summary(items: list[readahead.Read]) -> list[tuple]:
    return [(Path(i.path).name, i.doc.text if i.doc else None, i.doc.content_hash if i.doc else None,
             i.skipped, i.unchanged) for i in items]


def test_read_ahead_equals_reading_here(tmp_path: Path) -> None:
    paths = discover([_folder(tmp_path)])
    settings = load_settings()
    known_here: set[str] = set()
    here = list(readahead.read_here(paths, known_here, settings, None))
    known_ahead: set[str] = set()
    ahead = list(readahead.read_ahead(paths, known_ahead, settings, "2020-05"))
    assert len(ahead) == len(paths) == 15
    assert _summary(ahead) == _summary(here)
    assert known_ahead == known_here  # the consumer learns the reader's hashes
    unchanged = [Path(i.path).name for i in ahead if i.unchanged]
    assert unchanged == ["doc_03_copy.txt"]  # the same content twice is read once
    assert {Path(i.path).name: i.skipped for i in ahead if i.skipped} == {
        "empty.txt": "empty file", "nul.txt": "binary file (contains NUL bytes)"}
    assert all(i.doc.published == "2020-05" and i.doc.published_how == "user" for i in ahead if i.doc)


def test_known_hashes_are_not_read_again(tmp_path: Path) -> None:
    paths = discover([_folder(tmp_path)])
    known = {readahead.hash_file(p) for p in paths[:5]}
    items = list(readahead.read_ahead(paths, known, load_settings(), None))
    assert [i.unchanged for i in items[:5]] == [True] * 5
    assert items[5].doc is not None


def test_a_reader_that_dies_leaves_the_rest_to_this_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = discover([_folder(tmp_path)])
    settings = load_settings()
    real = readahead._reader

    def dies_after_four(paths, known, settings, published, out, parent):  # runs in the forked reader
        real(paths[:4], known, settings, published, out, parent)
        out.close()
        out.join_thread()
        os._exit(3)

    monkeypatch.setattr(readahead, "_reader", dies_after_four)
    monkeypatch.setattr(readahead, "POLL_SECONDS", 0.1)
    items = list(readahead.read_ahead(paths, set(), settings, None))
    expected = list(readahead.read_here(paths, set(), settings, None))
    assert _summary(items) == _summary(expected)


def test_few_files_are_read_in_this_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = discover([_folder(tmp_path, 2)])

    def no_reader(*a, **k):
        raise AssertionError("no reader process for a handful of files")

    monkeypatch.setattr(readahead, "_reader", no_reader)
    items = list(readahead.read_ahead(paths, set(), load_settings(), None))
    assert len(items) == 5 and sum(i.doc is not None for i in items) == 2 and items[2].unchanged


def test_the_reader_dies_with_its_parent(tmp_path: Path) -> None:
    """After ``kill -9`` of the ingesting process its reader does not linger, blocked on a full queue."""
    folder = _folder(tmp_path, 60)
    dies_with_parent("from diplograph.reading import readahead\n"
                     "from diplograph.config import load_settings\n"
                     "from diplograph.reading.files import discover\n"
                     f"it = readahead.read_ahead(discover([{str(folder)!r}]), set(), load_settings(), None)\n")


