"""data/actor_words.yaml is validated at load: a mapping the resolver reads with a fixed meaning fails with a
one-line error naming the key and the entry."""

from __future__ import annotations

import pytest

from diplograph.extract.actors import words


def _load_with(monkeypatch, **overrides):
    label, data = words.read_yaml("actor_words.yaml", words.ActorWordsError)
    monkeypatch.setattr(words, "read_yaml", lambda *a, **k: (label, {**data, **overrides}))
    return words._load()


def test_the_shipped_file_loads(monkeypatch):
    data = _load_with(monkeypatch)
    assert data["region_states"]["baltic"] == ["EST", "LVA", "LTU"] and data["vessel_participles"]["flagged"] == "flag"


@pytest.mark.parametrize("key, value, named", [
    ("vessel_participles", {"flagged": "flagg"}, "vessel_participles: flagged"),
    ("region_states", {"baltic": "LTU"}, "region_states: baltic"),
    ("region_states", {"gulf": ["qat"]}, "region_states: gulf"),
    ("hyphens", ["-", "--"], "hyphens: '--'"),
    ("hyphens", ["x"], "hyphens: 'x'"),
])
def test_a_malformed_mapping_is_a_one_line_error(monkeypatch, key, value, named):
    with pytest.raises(words.ActorWordsError, match=named):
        _load_with(monkeypatch, **{key: value})
