"""Loading the ontology and lexicon: validation and user extension files."""

from __future__ import annotations

import pytest

from diplograph.extract.events.ontology import OntologyError, load_lexicon, load_ontology


def test_all_types_have_quad_and_intensity():
    onto = load_ontology()
    assert len(onto.types) == 16
    assert onto.quad("ASSAULT") == 4 and onto.intensity("ASSAULT") < 0 < onto.intensity("AGREE")


def test_user_trigger_file_takes_precedence(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("verbs:\n  - {lemma: snub, type: REJECT}\n  - {lemma: sign, type: AGREE}\n", encoding="utf-8")
    lex = load_lexicon([f])
    assert lex.verbs["snub"][0].type == "REJECT"
    assert lex.verbs["sign"][0].type == "AGREE"  # user entries come first


@pytest.mark.parametrize("body,problem", [
    ("verbs:\n  - {lemma: snub, type: SNUB}\n", "unknown event type"),
    ("verbs:\n  - {lemma: snub, type: REJECT, mode: nonsense}\n", "has no mode"),
    ("verbs:\n  - {lemma: snub, type: REJECT, preps: [on]}\n", "must be words"),
    ("verbs: [\n", "invalid YAML"),
    ("verbs:\n  - {lemma: ring, type: CONSULT, objects: [x], object_entities: [PLANET]}\n", "object_entities must be among"),
    ("nouns:\n  - {lemma: ring, type: CONSULT, object_entities: [PERSON]}\n", "on verbs only"),
    ("verbs:\n  - {lemma: quit, type: SANCTION, object_kinds: [planet]}\n", "object_kinds (among"),
    ("nouns:\n  - {lemma: exit, type: SANCTION, subject_kinds: [state]}\n", "are for verbs only"),
    ("nouns:\n  - {lemma: release, type: RETREAT, not_beside: [storm]}\n", "are for verbs only"),
])
def test_bad_trigger_file_is_one_line_error_naming_the_file(tmp_path, body, problem):
    f = tmp_path / "bad.yaml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(OntologyError) as info:
        load_lexicon([f])
    assert str(f) in str(info.value) and problem in str(info.value)
    assert "\n" not in str(info.value)
