"""The modality cue lists are data (triggers.yaml ``modality``): validated at load, extended by user files."""

from __future__ import annotations

import pytest

from diplograph.extract.events.coder import EventCoder
from diplograph.extract.events.modality import KEYS, Modality, packaged
from diplograph.extract.events.ontology import OntologyError, load_lexicon, load_ontology


def test_the_packaged_lexicon_gives_every_list():
    lex = load_lexicon()
    assert set(KEYS) <= set(lex.modality)
    assert "would" in lex.modality["hypothetical_modals"] and "unless" in lex.modality["ultimatum_marks"]
    assert packaged().hyp_modals == lex.modality["hypothetical_modals"]


def test_no_cue_word_is_left_in_python():
    import inspect

    from diplograph.extract.events import modality
    source = inspect.getsource(modality)
    for word in ('"reportedly"', '"mull"', '"unless"', '"refuse"', '"ought"', '"willing"'):
        assert word not in source, word


@pytest.mark.parametrize("body, problem", [
    ("modality:\n  guessing_heads: [guess]\n", "unknown cue list"),
    ("modality:\n  considering_heads: ponder\n", "must be a list of words"),
    ("modality: [ponder]\n", "must be a mapping"),
])
def test_a_bad_modality_section_is_refused_naming_the_file(tmp_path, body, problem):
    f = tmp_path / "mine.yaml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(OntologyError) as info:
        load_lexicon([f])
    assert str(f) in str(info.value) and problem in str(info.value)


def test_a_modality_without_a_list_is_refused():
    with pytest.raises(ValueError):
        Modality({"hypothetical_modals": frozenset({"would"})})


def test_a_user_file_extends_the_lists(tmp_path, res):
    f = tmp_path / "mine.yaml"
    f.write_text("modality:\n  considering_heads: [ponder]\n", encoding="utf-8")
    lex = load_lexicon([f])
    assert lex.modality["considering_heads"] >= {"ponder", "mull"}  # added to, not replaced
    text = "Ghana is pondering to expel the envoy."
    doc = res.nlp(text)
    expel = next(t for t in doc if t.lemma_ == "expel")
    assert packaged().modality(expel, text.lower(), None) == "asserted"
    assert Modality(lex.modality).modality(expel, text.lower(), None) == "hypothetical"
    assert EventCoder(lex, load_ontology()).mod.considering >= {"ponder"}
