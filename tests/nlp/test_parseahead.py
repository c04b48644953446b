"""Parsing ahead in a forked parser process gives exactly the Docs, and the store, that parsing here gives."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

import diplograph
from diplograph.nlp import parseahead
from diplograph.config import ConfigError, load_settings
from diplograph.nlp.model import parse_many
from diplograph.reading.readahead import can_fork

from helpers import dies_with_parent

pytestmark = pytest.mark.skipif(not can_fork(), reason="parse-ahead forks (Linux only)")

TEXTS = [
    "Norway and Iceland signed a fisheries agreement in Reykjavik on Tuesday.\n\nThe deal runs to 2030.",
    "Armenia accused Azerbaijan of shelling villages near the border. Baku denied it.",
    "Vietnam hosted talks with Japan in March 2019, and Tokyo promised loans to Hanoi.",
    "Canada imposed sanctions on Belarus.\n\nMinsk said it would expel two Canadian diplomats.",
    "The African Union urged Sudan's generals to agree a ceasefire before the rainy season.",
    "Chile and Peru will hold joint naval exercises next year, the defence ministry in Lima said.",
    "Turkey's president met the Swedish prime minister in Vilnius to discuss NATO membership.",
    "India and China agreed to pull back troops from two points on their disputed frontier.",
    "Mexico recalled its ambassador from Bolivia after a dispute over asylum for politicians.",
    "Kenyan police officers arrived in Haiti to lead a multinational security mission.",
    "Egypt mediated between Israel and Hamas, officials in Cairo said on Monday.",
]


def _view(doc) -> dict:
    return doc.to_json()  # text, tokens (tag, pos, morph, lemma, dep, head), entities, sentences


def test_parsing_ahead_gives_the_docs_parsing_here_gives(res) -> None:
    pairs = [(t, i) for i, t in enumerate(TEXTS)]
    here = list(parse_many(res.nlp, pairs, batch_size=4))
    seen: list[int] = []
    ahead = []
    for doc, ctx in parseahead.parse_ahead(res.nlp, pairs, batch_size=4):
        seen.append(len([p for p in multiprocessing.active_children() if p.name == "diplograph-parser"]))
        ahead.append((doc, ctx))
    assert [ctx for _, ctx in ahead] == list(range(len(TEXTS)))  # input order, contexts kept
    assert [_view(d) for d, _ in ahead] == [_view(d) for d, _ in here]
    assert [[t.is_sent_start for t in d] for d, _ in ahead] == [[t.is_sent_start for t in d] for d, _ in here]
    assert all(d.vocab is res.nlp.vocab for d, _ in ahead)
    assert seen[0] == 1  # a parser process did the work
    assert not [p for p in multiprocessing.active_children() if p.name == "diplograph-parser"]  # and is gone


def test_few_documents_are_parsed_here(res, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parser(*a, **k):
        raise AssertionError("no parser process for a handful of documents")

    monkeypatch.setattr(parseahead, "_parser", no_parser)
    out = list(parseahead.parse_ahead(res.nlp, [(t, None) for t in TEXTS[:3]], batch_size=4))
    assert [d.text for d, _ in out] == TEXTS[:3]


def test_a_parser_that_dies_leaves_the_rest_to_this_process(res, monkeypatch: pytest.MonkeyPatch) -> None:
    real = parseahead._parser

    def dies_after_some(nlp, batch_size, texts, parsed, parent):  # runs in the forked parser
        original = parsed.put
        sent = []

        def put(data):
            if len(sent) == 5:
                parsed.close()
                parsed.join_thread()
                os._exit(3)
            sent.append(1)
            original(data)

        parsed.put = put
        real(nlp, batch_size, texts, parsed, parent)

    monkeypatch.setattr(parseahead, "_parser", dies_after_some)
    monkeypatch.setattr(parseahead, "POLL_SECONDS", 0.1)
    pairs = [(t, i) for i, t in enumerate(TEXTS)]
    out = list(parseahead.parse_ahead(res.nlp, pairs, batch_size=2))
    assert [ctx for _, ctx in out] == list(range(len(TEXTS)))
    assert [_view(d) for d, _ in out] == [_view(d) for d, _ in parse_many(res.nlp, pairs, batch_size=2)]


def test_a_consumer_that_stops_early_stops_the_parser(res) -> None:
    it = parseahead.parse_ahead(res.nlp, [(t, None) for t in TEXTS * 3], batch_size=2)
    next(it)
    parsers = [p for p in multiprocessing.active_children() if p.name == "diplograph-parser"]
    assert len(parsers) == 1
    it.close()
    assert not parsers[0].is_alive()


def test_the_parser_dies_with_its_parent() -> None:
    """After ``kill -9`` of the ingesting process its parser does not linger, waiting for texts."""
    dies_with_parent("import spacy\n"
                     "from diplograph.nlp import parseahead\n"
                     "it = parseahead.parse_ahead(spacy.blank('en'), ((f'text {i}', i) for i in range(10**9)),"
                     " batch_size=2)\n")


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"doc_{i:02d}.txt").write_text(f"Report {i}\n\n12 May 2023\n\n{text}\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01" * 50)
    return folder


def _rows(db: str) -> dict[str, list]:
    from diplograph.store.database import Store
    with Store(db, read_only=True) as s:
        return {t: s.con.execute(f"SELECT * EXCLUDE (ingested_at) FROM {t} ORDER BY ALL").fetchall()
                if t == "documents" else s.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("documents", "sentences", "actor_mentions", "events", "event_mentions", "quotes")}


def test_ingest_parsing_ahead_stores_what_parsing_here_stores(res, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path / "in")
    off = diplograph.ingest([corpus], db=str(tmp_path / "off.duckdb"), settings=load_settings(parse_ahead=False),
                            resources=res)

    def not_here(*a, **k):
        raise AssertionError("parse-ahead parsed in this process")

    monkeypatch.setattr(parseahead, "parse_many", not_here)
    on = diplograph.ingest([corpus], db=str(tmp_path / "on.duckdb"), resources=res)
    assert on.stored == off.stored == len(TEXTS) and on.events == off.events > 5
    assert on.skipped == off.skipped and len(on.skipped) == 1
    assert _rows(str(tmp_path / "on.duckdb")) == _rows(str(tmp_path / "off.duckdb"))


def test_parse_ahead_setting_must_be_a_boolean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "diplograph.toml"
    cfg.write_text("parse_ahead = false\n", encoding="utf-8")
    monkeypatch.setenv("DIPLOGRAPH_CONFIG", str(cfg))
    assert load_settings().parse_ahead is False
    cfg.write_text('parse_ahead = "no"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="parse_ahead must be true or false"):
        load_settings()
