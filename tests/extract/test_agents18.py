"""Invented sentences (branch agents18): an act of force told in a clause on a weapon another actor stopped.

"X intercepted the missiles that Y fired", "X shot down 20 of the drones launched by Y", "the rockets Y fired were
intercepted by X": the act is Y's and falls on X, the one the weapons were fired at (extract/events/intercepted.py,
``stopping_verbs`` and ``projectile_nouns`` in grammar.yaml). Only where the firing clause names no target itself."""

from __future__ import annotations

import pytest
from helpers import coded_pairs

from diplograph.nlp import grammar as grammar_mod


@pytest.mark.parametrize("text, pair", [
    # a relative clause with "that", and without
    ("Moldova shot down two drones that Russia launched on Monday.", ("RUS", "MDA")),
    ("Chad intercepted the shells Sudanese forces fired.", ("SDN", "TCD")),
    # a participle with its "by" agent
    ("Georgia intercepted missiles fired by Russian forces.", ("RUS", "GEO")),
    # a part of the weapons counted
    ("Latvian air defences destroyed 20 of the 35 missiles Russia fired at dawn.", ("RUS", "LVA")),
    # the stopper named by a pronoun in a reported clause
    ("Lebanon's army said it had intercepted a drone launched by Israel.", ("ISR", "LBN")),
    # the stopper as the agent of a passive
    ("Several of the rockets Hezbollah fired on Sunday were shot down by Cyprus.", ("HEZBOLLAH", "CYP")),
])
def test_the_stopper_is_the_target(res, text, pair):
    assert ("ASSAULT", *pair) in coded_pairs(res, text)


@pytest.mark.parametrize("text, bad", [
    # a verb that does not stop the weapons: no target
    ("French monitors filmed the missiles that Syria fired on Monday.", ("ASSAULT", "SYR", "FRA")),
    # not a weapon: whoever destroys what was shelled is not whom the shelling fell on
    ("Mali destroyed the bridge that Algerian forces shelled.", ("ASSAULT", "DZA", "MLI")),
    # the firing clause names its own target: kept, the stopper is not put in its place
    ("Egypt shot down a drone the Houthis launched at Israel.", ("ASSAULT", "HOUTHIS", "EGY")),
])
def test_no_stopper_guessed(res, text, bad):
    assert bad not in coded_pairs(res, text)


def test_firing_target_kept(res):
    assert ("ASSAULT", "HOUTHIS", "ISR") in coded_pairs(res, "Egypt shot down a drone the Houthis launched at Israel.")


def test_word_lists_loaded():
    words = grammar_mod.grammar()
    assert "shoot down" in words.stopping_verbs and "missile" in words.projectile_nouns


# -- the participle of a result (results.py, ``result_types``) ------------------------------------------------------

@pytest.mark.parametrize("text, row", [
    ("Myanmar's military carried out airstrikes on Sunday, killing 12 civilians in Sagaing.",
     ("ASSAULT", "MMR", "GEN_CIVILIANS")),
    ("The Pakistani army conducted raids in the northwest, killing 8 Taliban fighters.", ("ASSAULT", "PAK", "TALIBAN")),
    # the result is another act of force: the first falls on its patient too
    ("Azerbaijani forces attacked, seizing several Armenian positions.", ("ASSAULT", "AZE", "ARM")),
])
def test_the_result_participle_names_the_target(res, text, row):
    found = coded_pairs(res, text)
    assert row in found and (row[0], row[1], None) not in found, found


@pytest.mark.parametrize("text, bad", [
    # a participle that is no act of force
    ("Armenian forces attacked the village, blaming Azerbaijani provocations.", ("ASSAULT", "ARM", "AZE")),
    # a participle with a subject of its own is no result of the act
    ("Malian troops attacked at dawn, Burkinabe officials saying nothing.", ("ASSAULT", "MLI", "BFA")),
])
def test_no_result_target_guessed(res, text, bad):
    assert bad not in coded_pairs(res, text)


def test_an_own_target_is_kept(res):
    found = coded_pairs(res, "Eritrean troops shelled Ethiopian positions, killing two Sudanese traders.")
    assert ("ASSAULT", "ERI", "ETH") in found, found


# -- the "with" absolute (nlp/absolutes.py) ------------------------------------------------------------------------

def test_a_with_absolute_is_a_clause_of_its_own(res):
    from diplograph.nlp.repair import repair
    doc = repair(res.nlp("With Ugandan-backed militias seizing the port, Somalia recalled its envoy from Kampala."))
    seizing = next(t for t in doc if t.lower_ == "seizing")
    militias = next(t for t in doc if t.lower_ == "militias")
    assert (seizing.dep_, seizing.head.lower_) == ("pcomp", "with")
    assert (militias.dep_, militias.head.i) == ("nsubj", seizing.i)


def test_a_with_absolute_names_no_partner(res):
    found = coded_pairs(res, "With Ugandan-backed militias seizing the port, Somalia recalled its envoy from Kampala.")
    assert ("SANCTION", "SOM", "UGA") in found and not any(r[0] == "SANCTION" and r[2] not in ("UGA",) for r in found), found


def test_a_with_partner_is_kept(res):
    assert ("SANCTION", "SOM", "UGA") in coded_pairs(res, "Somalia broke off relations with Uganda.")


# -- a bare weapon's blow after its doer's act (weapons.py) ---------------------------------------------------------

@pytest.mark.parametrize("text, row", [
    ("Azerbaijan shelled Armenian villages overnight, and a rocket struck a kindergarten in Goris.", ("ASSAULT", "AZE", "ARM")),
    ("Iranian strikes continued on Monday: a drone hit a truck near Erbil, killing three Kurdish fighters.",
     ("ASSAULT", "IRN", "GRP_KURDISH_FIGHTERS")),
    ("Russia stepped up its air campaign; a missile killed nine civilians in Dnipro.", ("ASSAULT", "RUS", "GEN_CIVILIANS")),
])
def test_the_bare_weapon_is_the_earlier_doers(res, text, row):
    found = coded_pairs(res, text)
    assert row in found and (row[0], None, row[2]) not in found, found


@pytest.mark.parametrize("text, bad", [
    # the clause after tells an answer, not the doer of the blow before it
    ("Rockets hit Lebanese towns on Monday, and Israel struck back at Hezbollah.", ("ASSAULT", "ISR", "LBN")),
    # the blow told in response
    ("Israel struck Hezbollah targets, and rockets hit Cypriot towns in response.", ("ASSAULT", "ISR", "CYP")),
    # the doer would be the target's own side
    ("Israel struck Hezbollah targets, and rockets hit Israeli towns.", ("ASSAULT", "ISR", "ISR")),
])
def test_no_weapon_doer(res, text, bad):
    assert bad not in coded_pairs(res, text)
