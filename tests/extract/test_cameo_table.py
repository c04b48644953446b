"""Table-driven: every line of the 2021 CAMEO->PLOVER table that names a CAMEO code with a PLOVER type
has an invented sentence of ours (cameo2021.yaml) that must code to that type."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import diplograph

HERE = Path(__file__).resolve().parent
TABLE = HERE.parents[2] / "shared" / "data" / "CAMEO2PLOVER-2021.txt"
LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\b")
DATA = yaml.safe_load((HERE / "cameo2021.yaml").read_text(encoding="utf-8"))
SENTENCES = DATA["sentences"]
# other words of a code's family: (key, sentence) pairs
ALTERNATES = [(k, s) for k, sents in (DATA.get("alternates") or {}).items() for s in sents]


def table() -> list[str]:
    """ "CODE TYPE" for every line of the table that gives a code a PLOVER type, in table order."""
    keys = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        m = LINE.match(line)
        if m and f"{m.group(1)} {m.group(2)}" not in keys:
            keys.append(f"{m.group(1)} {m.group(2)}")
    return keys


needs_table = pytest.mark.skipif(not TABLE.exists(), reason=f"{TABLE} not present")


@needs_table
def test_every_line_of_the_table_has_a_sentence():
    keys = table()
    assert len(keys) > 250
    missing = [k for k in keys if k not in SENTENCES]
    assert not missing, missing
    stray = [k for k in SENTENCES if k not in keys]
    assert not stray, stray


def test_the_sentences_are_one_each_and_distinct():
    assert len(set(SENTENCES.values())) == len(SENTENCES)
    every = list(SENTENCES.values()) + [s for _, s in ALTERNATES]
    assert len(set(every)) == len(every)


def test_alternates_belong_to_lines_of_the_table():
    assert ALTERNATES and all(k in SENTENCES for k, _ in ALTERNATES)


@pytest.mark.parametrize("key", sorted(SENTENCES))
def test_the_sentence_codes_to_the_table_s_type(res, key):
    type_ = key.split()[1]
    events = diplograph.code(SENTENCES[key], resources=res, published="2024-05-02")
    assert type_ in {e.type for e in events}, (key, SENTENCES[key], [(e.type, e.trigger) for e in events])


@pytest.mark.parametrize("key, sentence", ALTERNATES)
def test_an_alternate_codes_to_the_table_s_type(res, key, sentence):
    type_ = key.split()[1]
    events = diplograph.code(sentence, resources=res, published="2024-05-02")
    assert type_ in {e.type for e in events}, (key, sentence, [(e.type, e.trigger) for e in events])
