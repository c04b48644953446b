"""Invented headlines and headline-like lines (present tense, no article, no final period): predicates
coordinated with a comma share the subject ("X expels envoy, shuts border post"), also in full sentences;
names listed with a comma are both subjects ("Japan, Philippines sign pact"); a named subject hung loose on
its verb or on a bare infinitive is its subject; a headline's "X to <verb>" is an announced act of X
(nlp/headline.py); "shut" a border post is closing it (triggers.yaml)."""

from __future__ import annotations

import pytest
from helpers import assert_rows, coded_rows

import diplograph.nlp.grammar as grammar_mod


@pytest.mark.parametrize("text, rows", [
    ("Kenya expels Somali envoy, shuts border post as clashes flare",
     [("SANCTION", "KEN", "SOM", "asserted"), ("COERCE", "KEN", "SOM", "asserted")]),
    ("Chad recalls ambassador to Sudan over cross-border raid, demands probe",
     [("SANCTION", "TCD", "SDN", "asserted"), ("REQUEST", "TCD", "SDN", "asserted")]),
    ("Ghana recalls envoy from Togo, summons Togolese ambassador over border shooting",
     [("SANCTION", "GHA", "TGO", "asserted"), ("ACCUSE", "GHA", "TGO", "asserted")]),
    ("Russia expels Moldovan diplomat, bans entry to officials",
     [("SANCTION", "RUS", "MDA", "asserted"), ("COERCE", "RUS", "MDA", "asserted")]),
    ("Kenya expelled a Somali envoy on Monday, shut a border post and demanded a probe.",
     [("SANCTION", "KEN", "SOM", "asserted"), ("COERCE", "KEN", "SOM", "asserted"),
      ("REQUEST", "KEN", "SOM", "asserted")]),
])
def test_comma_coordinated_predicates_share_the_subject(res, text, rows):
    assert_rows(coded_rows(res, text), rows, [], text)


def test_the_second_predicate_has_no_subjectless_copy(res):
    found = coded_rows(res, "Chad recalls ambassador to Sudan over cross-border raid, demands probe")
    assert not any(r[0] == "REQUEST" and r[1] is None for r in found), found


@pytest.mark.parametrize("text, kind, pair", [
    ("Japan, Philippines sign troop access pact", "SUPPORT", ("JPN", "PHL")),
    ("Greece and Turkey sign coastal patrol accord", "SUPPORT", ("GRC", "TUR")),
    ("Morocco, Spain reopen land border", "RETREAT", ("MAR", "ESP")),
    ("South Korea, North Korea exchange fire", "ASSAULT", ("KOR", "PRK")),
])
def test_names_listed_before_a_verb_are_its_subjects(res, text, kind, pair):
    found = coded_rows(res, text)
    a, b = pair
    assert (kind, a, b, "asserted") in found and (kind, b, a, "asserted") in found, found


@pytest.mark.parametrize("text, row", [
    ("Turkey to buy fighter jets from US", ("COOPERATE", "TUR", "USA", "future")),
    ("US to impose sanctions on Russian banks", ("COERCE", "USA", "RUS", "future")),
    ("EU foreign ministers to meet Ukrainian counterpart", ("CONSULT", "EU", "UKR", "future")),
    ("Iran to expel British diplomats", ("SANCTION", "IRN", "GBR", "future")),
    ("Mali junta to expel French ambassador", ("SANCTION", "MLI", "FRA", "future")),
])
def test_a_headline_infinitive_is_the_named_actors_announced_act(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


@pytest.mark.parametrize("text, row", [
    ("Mali junta suspends French broadcaster", ("COERCE", "MLI", "FRA", "asserted")),
    ("Kenya shut the border with Somalia.", ("COERCE", "KEN", "SOM", "asserted")),
    ("Somalia closes border post with Kenya", ("COERCE", "SOM", "KEN", "asserted")),
])
def test_single_headline_acts(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


@pytest.mark.parametrize("text, row", [
    # a second clause with a subject of its own keeps it
    ("Hamas fires rockets, Israel strikes Gaza", ("ASSAULT", "ISR", "PSE", "asserted")),
    ("Israel strikes Gaza, Hamas fires rockets", ("ASSAULT", "ISR", "PSE", "asserted")),
    # a reporter after the comma is no second act of the subject
    ("Kenya expels Somali envoy, says foreign ministry", ("SANCTION", "KEN", "SOM", "asserted")),
    ("Germany recalled its ambassador to Russia, a spokesman said.", ("SANCTION", "DEU", "RUS", "asserted")),
])
def test_separate_clauses_stay_apart(res, text, row):
    found = coded_rows(res, text)
    assert_rows(found, [row], [], text)
    assert not any(r[0] == "ASSAULT" and r[1] == "ISR" and r[2] == "ISR" for r in found), found


@pytest.mark.parametrize("text", [
    "Hamas fires rockets, Israel strikes Gaza",
    "Israel strikes Gaza, Hamas fires rockets",
])
def test_each_clause_keeps_its_own_subject(res, text):
    found = coded_rows(res, text)
    assert not any(r[1] == "HAMAS" and r[2] == "PSE" and r[0] == "ASSAULT" for r in found), found
    assert not any(r[1] == "ISR" and r[0] == "ASSAULT" and r[2] != "PSE" for r in found), found


def test_a_date_before_the_subject_is_no_listed_name(res):
    found = coded_rows(res, "Monday, Russia expelled two Polish diplomats.")
    assert found == {("SANCTION", "RUS", "POL", "asserted")}, found


def test_an_apposition_after_the_name_is_no_second_subject(res):
    found = coded_rows(res, "Ukraine, Russia's neighbour, seeks talks with NATO")
    assert not any(r[1] == "RUS" for r in found), found


@pytest.mark.parametrize("text, row", [
    ("Chad to recall ambassador to Sudan", ("SANCTION", "TCD", "SDN", "future")),
])
def test_an_infinitive_hung_as_an_adverbial_clause_on_the_name(res, text, row):
    assert_rows(coded_rows(res, text), [row], [], text)


def test_both_acts_of_a_headline_span_the_day_before_the_publication_up_to_it(res):
    from helpers import coded_events
    evs = coded_events(res, "Chad recalls ambassador to Sudan over cross-border raid, demands probe", "2024-03-12")
    dates = {e.type: (e.date.value, e.date.end) for e in evs}
    assert dates.get("SANCTION") == ("2024-03-11", "2024-03-12") and dates.get("REQUEST") == dates["SANCTION"], dates


def test_a_full_sentence_is_not_dated_as_a_headline(res):
    from helpers import coded_events
    evs = coded_events(res, "Chad recalls its ambassador to Sudan.", "2024-03-12")
    assert all(e.date.end is None for e in evs), [(e.type, e.date) for e in evs]


@pytest.mark.parametrize("text, kind, pair", [
    ("Serbia, Kosovo trade accusations over border clash", "ACCUSE", ("SRB", "XKX")),
    ("India, Pakistan exchange fire across Kashmir line", "ASSAULT", ("IND", "PAK")),
    ("Sudan, South Sudan trade blame over oil pipeline", "ACCUSE", ("SDN", "SSD")),
    ("Russia, Ukraine swap bodies of soldiers", "RETREAT", ("RUS", "UKR")),
    ("India and Pakistan exchange fire across Kashmir line", "ASSAULT", ("IND", "PAK")),
])
def test_a_verb_a_headline_tagger_read_as_a_noun_after_listed_names(res, text, kind, pair):
    found = coded_rows(res, text)
    a, b = pair
    assert (kind, a, b, "asserted") in found and (kind, b, a, "asserted") in found, found


@pytest.mark.parametrize("text", ["US, China trade talks", "US, China trade war", "India, Pakistan trade ties"])
def test_a_noun_phrase_headline_keeps_its_modifier(res, text):
    found = coded_rows(res, text)
    assert not any(r[0] == "COOPERATE" for r in found), found


@pytest.mark.parametrize("text, pair", [
    ("Ethiopia, Somalia agree to restore diplomatic ties", ("ETH", "SOM")),
    ("Thailand, Cambodia agree to ceasefire after border fighting", ("THA", "KHM")),
    ("Armenia, Turkey agree to normalise ties after talks", ("ARM", "TUR")),
])
def test_both_listed_names_of_an_agreement_are_its_parties(res, text, pair):
    found = coded_rows(res, text)
    assert any(r[0] == "AGREE" and {r[1], r[2]} == set(pair) for r in found), found


def test_an_apposition_with_a_possessive_is_no_listed_name(res):
    found = coded_rows(res, "Kenya, Somalia's neighbour, closes border")
    assert ("COERCE", "KEN", None, "asserted") in found and not any(r[1] == "SOM" for r in found), found


def test_a_headline_verb_without_objects_is_a_one_line_error(monkeypatch):
    import diplograph.data as data_mod
    real = data_mod.read_yaml
    label, data = real("grammar.yaml", grammar_mod.GrammarError)
    grammar_mod.grammar.cache_clear()
    monkeypatch.setattr(data_mod, "read_yaml", lambda name, err: (label, {**data, "headline_verbs": ["trade"]}))
    with pytest.raises(grammar_mod.GrammarError, match="headline_verbs: 'trade'"):
        grammar_mod.grammar()
    grammar_mod.grammar.cache_clear()
    monkeypatch.undo()
    assert grammar_mod.grammar().headline_verbs
