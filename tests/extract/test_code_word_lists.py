"""Word lists the code once carried as literals are data, validated at load: grammar's ``foe_preps`` and
``helping_types`` (data/grammar.yaml), and the generic actor that stands for a gathering's people
(``gathering_participants`` in data/actors/generic.yaml, an id of one of that file's entries)."""

from __future__ import annotations

import pytest

import diplograph.data as data_mod
from diplograph.extract.actors import loading
from diplograph.extract.actors.kb import KBError
from diplograph.nlp import grammar as grammar_mod


def test_the_lists_load_from_grammar_yaml():
    words = grammar_mod.grammar()
    assert {"on", "against", "to"} <= words.foe_preps and "with" in words.foe_preps
    assert words.helping_types == frozenset({"AID", "SUPPORT", "COOPERATE"})


@pytest.mark.parametrize("key", ["foe_preps", "helping_types", "go_between_modes", "sharing_preps",
                                 "happening_objects", "territory_acts", "placeless_modes", "harm_verbs",
                                 "stopping_verbs", "projectile_nouns", "result_types"])
def test_a_missing_list_is_a_one_line_error(monkeypatch, key):
    real = data_mod.read_yaml
    label, data = real("grammar.yaml", grammar_mod.GrammarError)
    grammar_mod.grammar.cache_clear()
    monkeypatch.setattr(data_mod, "read_yaml", lambda name, err: (label, {k: v for k, v in data.items() if k != key}))
    with pytest.raises(grammar_mod.GrammarError, match=key):
        grammar_mod.grammar()
    grammar_mod.grammar.cache_clear()
    monkeypatch.undo()
    assert getattr(grammar_mod.grammar(), key)


def test_the_gathering_participants_are_an_entry_of_generic_yaml():
    who = loading.generic_role("gathering_participants")
    assert (who.id, who.kind, who.sector) == ("GEN_PROTESTERS", "group", "OPP")
    assert who.name == loading.load_kb().get("GEN_PROTESTERS").name


def test_a_role_naming_no_entry_of_the_file_is_a_one_line_error(monkeypatch):
    texts = [(p, t.replace("gathering_participants: GEN_PROTESTERS", "gathering_participants: GEN_NOBODY"))
             for p, t in loading._package_texts()]
    monkeypatch.setattr(loading, "_package_texts", lambda: iter(texts))
    loading.generic_role.cache_clear()
    try:
        with pytest.raises(KBError, match="gathering_participants: 'GEN_NOBODY'"):
            loading.load_kb()
    finally:
        loading.generic_role.cache_clear()
