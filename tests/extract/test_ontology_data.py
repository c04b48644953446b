"""Consistency checks for the packaged PLOVER ontology and trigger lexicon."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parents[2] / "src/diplograph/data"

TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST "
    "ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()
MODALITIES = {"asserted", "reported", "future", "hypothetical", "negated", "threatened", "question", "habitual"}
TARGETS = {"dobj", "prep", "none"}


@pytest.fixture(scope="module")
def ontology() -> dict:
    return yaml.safe_load((DATA / "plover.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def triggers() -> dict:
    return yaml.safe_load((DATA / "triggers.yaml").read_text(encoding="utf-8"))


def _is_word(value) -> bool:
    # Catches YAML 1.1 surprises such as unquoted on/off/yes/no turning into booleans.
    return isinstance(value, str) and value == value.strip() and value != "" and value == value.lower()


# --------------------------------------------------------------------------- ontology


def test_ontology_header(ontology):
    assert ontology["kind"] == "ontology"
    assert isinstance(ontology["version"], str)


def test_all_sixteen_types(ontology):
    types = ontology["event_types"]
    assert set(types) == set(TYPES)
    for name, spec in types.items():
        assert spec["quad_class"] in (1, 2, 3, 4), name
        assert isinstance(spec["intensity"], (int, float)), name
        assert -10 <= spec["intensity"] <= 10, name
        assert isinstance(spec["description"], str) and spec["description"], name
        roots = spec["cameo_root"]
        roots = [roots] if isinstance(roots, str) else roots
        assert roots and all(isinstance(r, str) and r.isdigit() and len(r) == 2 for r in roots), name
        assert isinstance(spec.get("modes") or {}, dict), name
        for mode, mspec in (spec.get("modes") or {}).items():
            assert isinstance(mode, str) and mode, name
            assert isinstance(mspec["description"], str) and mspec["description"], (name, mode)
            if "intensity" in mspec:
                assert -10 <= mspec["intensity"] <= 10, (name, mode)


def test_quad_classes_match_plover(ontology):
    quads = {name: spec["quad_class"] for name, spec in ontology["event_types"].items()}
    assert {t for t, q in quads.items() if q == 1} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert {t for t, q in quads.items() if q == 2} == {"COOPERATE", "AID", "RETREAT"}
    assert {t for t, q in quads.items() if q == 3} == {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
    # cooperative types score above zero, conflictual ones below
    for name, spec in ontology["event_types"].items():
        assert (spec["intensity"] > 0) == (spec["quad_class"] in (1, 2)), name


def test_plover_mode_names(ontology):
    modes = {name: set(spec.get("modes") or {}) for name, spec in ontology["event_types"].items()}
    assert {"visit", "third-party", "multilateral", "phone"} <= modes["CONSULT"]
    assert {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"} <= modes["RETREAT"]
    assert {"disapprove", "investigate", "allege"} == modes["ACCUSE"]
    assert modes["REQUEST"] == modes["REJECT"] == {"assist", "change", "yield", "meet"}
    assert {"demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"} == modes["PROTEST"]
    assert {"convict", "expel", "withdraw", "discontinue"} == modes["SANCTION"]
    assert {"troops", "weapons", "police", "militia"} == modes["MOBILIZE"]
    assert {"arrest", "deport", "censor", "curfew", "martial-law", "confiscate", "ban", "restrict", "withhold"} <= modes["COERCE"]
    assert {"abduct", "torture", "assassinate", "firearms", "explosives", "heavy-weapons", "unconventional", "sexual"} <= modes["ASSAULT"]
    assert {"violence", "restrict", "relations", "territory"} <= modes["THREATEN"]


def test_exactly_37_contexts(ontology):
    contexts = ontology["contexts"]
    assert len(contexts) == 37
    for name, description in contexts.items():
        assert _is_word(name), name
        assert isinstance(description, str) and description, name
    assert {"military", "terrorism", "illegal_drugs", "diplomatic", "economic", "cbrn", "cyber"} <= set(contexts)


def test_modalities(ontology):
    modalities = ontology["modalities"]
    assert set(modalities) == MODALITIES
    for name, spec in modalities.items():
        assert isinstance(spec["counts_as_happened"], bool), name
        assert isinstance(spec["description"], str) and spec["description"], name
        ctx = spec.get("plover_context")
        assert ctx is None or ctx in ontology["contexts"], name
    assert modalities["asserted"]["counts_as_happened"] is True
    for name in ("future", "hypothetical", "negated", "threatened", "question"):
        assert modalities[name]["counts_as_happened"] is False


# --------------------------------------------------------------------------- triggers


def _check_entry(entry, ontology, where):
    types = ontology["event_types"]
    assert _is_word(entry["lemma"]), where
    assert entry["type"] in types, where
    mode = entry.get("mode")
    if mode is not None:
        assert mode in (types[entry["type"]].get("modes") or {}), (where, mode)
    context = entry.get("context")
    if context is not None:
        assert context in ontology["contexts"], (where, context)
    for key in ("objects", "not_objects", "preps", "not_preps"):
        value = entry.get(key)
        if value is not None:
            assert isinstance(value, list), (where, key)
            assert all(_is_word(v) for v in value), (where, key, value)


def test_trigger_header(triggers):
    assert triggers["kind"] == "triggers"
    assert isinstance(triggers["version"], str)


def test_verb_entries_valid(triggers, ontology):
    allowed = {"lemma", "type", "mode", "context", "particle", "objects", "not_objects", "target", "preps", "not_dependents",
               "subjects", "require_prep", "not_preps", "own_state", "joint", "object_entities", "not_object_entities", "complements",
               "partner", "dependents", "not_subjects", "receiver", "aimed_entities", "aimed_objects", "subject_kinds",
               "object_kinds", "not_beside", "abroad"}
    for i, entry in enumerate(triggers["verbs"]):
        where = f"verbs[{i}] {entry.get('lemma')}"
        assert set(entry) <= allowed, (where, set(entry) - allowed)
        _check_entry(entry, ontology, where)
        assert " " not in entry["lemma"], where
        particle = entry.get("particle")
        assert particle is None or _is_word(particle), where
        target = entry.get("target", "dobj")
        assert target in TARGETS, where
        if target == "prep":
            assert entry.get("preps"), f"{where}: target prep needs preps"
        if entry.get("objects") is not None:
            assert entry["objects"], f"{where}: empty objects list"


def test_noun_entries_valid(triggers, ontology):
    allowed = {"lemma", "type", "mode", "context", "preps", "needs_agent", "not_objects", "patient_possessor", "own_state",
               "require_prep", "joint", "complements"}
    for i, entry in enumerate(triggers["nouns"]):
        where = f"nouns[{i}] {entry.get('lemma')}"
        assert set(entry) <= allowed, (where, set(entry) - allowed)
        _check_entry(entry, ontology, where)
        assert entry.get("preps"), f"{where}: nouns need participant prepositions"


def test_no_duplicate_verb_entries(triggers):
    keys = Counter(
        (e["lemma"], e.get("particle"), tuple(sorted(e["objects"])) if e.get("objects") else None,
         tuple(sorted(e["subjects"])) if e.get("subjects") else None, tuple(e.get("dependents") or ()),
         tuple(sorted(e.get("complements") or ())),  # complements tell senses apart ("ordered troops to leave")
         tuple(e.get("object_kinds") or ()))  # and the kinds of actor left ("quit ECOWAS": a body)
        for e in triggers["verbs"]
    )
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, dupes


def test_no_duplicate_noun_entries(triggers):
    keys = Counter((e["lemma"], tuple(e.get("preps") or ()), tuple(e.get("complements") or ())) for e in triggers["nouns"])
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, dupes


def test_verb_entries_most_specific_first(triggers):
    """Within a lemma: particle+objects, particle, objects, then the unconstrained entry."""

    def rank(e):
        has_p = e.get("particle") is not None
        has_o = any(e.get(k) is not None for k in ("objects", "subjects", "object_kinds"))
        return 0 if has_p and has_o else 1 if has_p else 2 if has_o else 3

    seen: dict[str, int] = {}
    for i, entry in enumerate(triggers["verbs"]):
        r = rank(entry)
        assert r >= seen.get(entry["lemma"], 0), f"verbs[{i}] {entry['lemma']} shadowed by a less specific entry"
        seen[entry["lemma"]] = r


def test_multiword_nouns_precede_their_head(triggers):
    first_single = {}
    for i, entry in enumerate(triggers["nouns"]):
        if " " not in entry["lemma"]:
            first_single.setdefault(entry["lemma"], i)
    for i, entry in enumerate(triggers["nouns"]):
        head = entry["lemma"].split()[-1]
        if " " in entry["lemma"] and head in first_single:
            assert i < first_single[head], f"nouns[{i}] {entry['lemma']} comes after '{head}'"


@pytest.mark.parametrize("event_type", TYPES)
def test_each_type_has_verb_triggers(triggers, event_type):
    count = sum(1 for e in triggers["verbs"] if e["type"] == event_type)
    assert count >= 8, f"{event_type}: only {count} verb triggers"


def test_nouns_cover_every_type(triggers):
    assert {e["type"] for e in triggers["nouns"]} == set(TYPES)


def test_word_lists(triggers):
    for key in ("light_verbs", "reporting_verbs"):
        words = triggers[key]
        assert isinstance(words, list) and words, key
        assert all(_is_word(w) and " " not in w for w in words), key
        assert len(words) == len(set(words)), f"{key} has duplicates"


def test_modality_cues(triggers, ontology):
    cues = triggers["modality_cues"]
    names = {"reported", "hypothetical", "future", "threatened", "negation"}
    assert set(cues) == names
    for name, words in cues.items():
        assert isinstance(words, list) and words, name
        assert all(isinstance(w, str) and w.strip() == w and w for w in words), name
        assert len(words) == len(set(words)), f"{name} has duplicates"


def test_context_cues(triggers, ontology):
    cues = triggers["context_cues"]
    assert set(cues) <= set(ontology["contexts"]), set(cues) - set(ontology["contexts"])
    special = {"future", "hypothetical", "negation"}
    assert set(ontology["contexts"]) - set(cues) <= special
    for name, words in cues.items():
        assert isinstance(words, list) and words, name
        assert all(_is_word(w) for w in words), (name, [w for w in words if not _is_word(w)])


def test_a_noun_that_requires_a_preposition_names_its_prepositions(triggers):
    # require_prep on a noun names a sense that is an event only with one of its preps: a compound's
    # ("press conference" + with) or an agent noun's ("mediator" + between)
    for i, entry in enumerate(triggers["nouns"]):
        if entry.get("require_prep"):
            assert entry.get("preps"), f"nouns[{i}] {entry['lemma']}"


def test_not_subjects_must_be_words(tmp_path):
    from diplograph.extract.events.ontology import OntologyError, load_lexicon, load_ontology
    extra = tmp_path / "mine.yaml"
    extra.write_text("kind: triggers\nversion: '1'\nverbs:\n  - {lemma: snub, type: REJECT, not_subjects: [1, 2]}\n")
    with pytest.raises(OntologyError, match="not_subjects"):
        load_lexicon([extra], load_ontology())


def test_type_classes_are_read_from_the_ontology_and_checked() -> None:
    from diplograph.extract.events.ontology import TYPE_CLASSES, load_ontology, types_in
    onto = load_ontology()
    for cls in TYPE_CLASSES:  # every class the coder reads names at least one type, and only types that have it
        assert types_in(cls) and all(cls in onto.types[t].classes for t in types_in(cls))
    assert not types_in("material") & types_in("stance")  # a type is done or said, not both
    assert types_in("undirected") <= types_in("together")  # who meets with whom has no direction
    with pytest.raises(ValueError, match="unknown type class"):
        types_in("friendly")
