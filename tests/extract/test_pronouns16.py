"""An "it" / "its" whose antecedent is not the nearest state (our own invented sentences).

An object "it" that stands for a thing acted on before (a deal, a plan, a resolution) is that thing, never a
state guessed by recency: the side is the thing's makers (the doers of the clause that made it) or empty;
what a reported act harms that an organisation owns ("its inspectors") is the reporter's; a pronoun with no
possible antecedent stays unresolved.
"""

from __future__ import annotations

import pytest

from test_events import code


def _sides(evs, trigger):
    return sorted((e.type, e.source and e.source.actor_id, e.target and e.target.actor_id)
                  for e in evs if e.trigger == trigger)


def _targets(evs, trigger):
    return {e.target and e.target.actor_id for e in evs if e.trigger == trigger}


@pytest.mark.parametrize("text, trigger, expected", [
    # a deal two states signed: welcoming or denouncing it is aimed at its parties
    ("Kenya and Uganda signed a pipeline deal on Monday. Tanzania welcomed it.", "welcomed", {"KEN", "UGA"}),
    ("Spain and Morocco signed a migration pact. Algeria denounced it on Friday.", "denounced", {"ESP", "MAR"}),
    ("Egypt and Sudan reached a water agreement. Ethiopia rejected it.", "rejected", {"EGY", "SDN"}),
    # a plan or a resolution one state put forward: its proposer
    ("Argentina proposed a ceasefire plan. Britain rejected it on Thursday.", "rejected", {"ARG"}),
    ("Germany drafted a resolution on Syria. China blocked it.", "blocked", {"DEU"}),
    ("Egypt proposed a truce on Monday. Hamas accepted it.", "accepted", {"EGY"}),
    # a thing told in the passive: the makers its agent names
    ("The treaty was signed by Peru and Chile in Lima. Bolivia rejected it.", "rejected", {"PER", "CHL"}),
    ("The plan was drafted by Qatar. Israel rejected it on Sunday.", "rejected", {"QAT"}),
    # the same sentence, conjoined
    ("Iran seized a British tanker and Britain condemned it.", "condemned", {"IRN"}),
])
def test_an_object_it_standing_for_a_thing_is_aimed_at_its_makers(res, text, trigger, expected):
    assert _targets(code(res, text), trigger) == expected


def test_an_object_it_in_a_clause_with_its_own_subject_is_not_the_conjoined_clause_subject_s_thing(res):
    """"X rejected the text, and Y accused it of ...": X (the subject of the clause conjoined before) is
    who is accused, never left out as if it were the pronoun's own subject."""
    evs = code(res, "Brazil rejected the draft text on Monday, and Norway accused it of stalling the talks.")
    assert {(e.source.actor_id, e.target and e.target.actor_id) for e in evs if e.trigger == "accused"} == {
        ("NOR", "BRA")}


@pytest.mark.parametrize("text, source, never", [
    # the state in a phrase on the thing ("a resolution on Sudan") is not what "it" stands for
    ("The Security Council debated a draft resolution on Sudan. Russia vetoed it.", "RUS", "SDN"),
    ("Brazil hosted the talks in Brasilia. Argentina dropped its objection to the trade deal, pledging to sign it.",
     "ARG", "BRA"),
    ("The mediators drafted a peace plan for Yemen. Saudi Arabia endorsed it.", "SAU", "YEM"),
])
def test_an_object_it_standing_for_a_thing_never_becomes_a_state_named_in_passing(res, text, source, never):
    evs = [e for e in code(res, text) if e.source is not None and e.source.actor_id == source]
    assert evs and all(e.target is None or e.target.actor_id != never for e in evs), evs


def test_an_object_it_after_a_thing_made_by_the_same_state_is_left_empty(res):
    """"Finland drafted a treaty and later signed it": the treaty is Finland's own; no other side."""
    evs = code(res, "Finland drafted a border treaty in May and signed it in June.")
    assert all(e.target is None or e.target.actor_id != "FIN" for e in evs if e.trigger == "signed")


@pytest.mark.parametrize("text, trigger, expected", [
    # a state named as the clause's subject before is still what an object "it" stands for
    ("Syria has been destroyed by the war. Turkey could help rebuild it.", "help", ("AID", "TUR", "SYR")),
])
def test_an_object_it_still_follows_a_state_that_was_the_subject_before(res, text, trigger, expected):
    assert _sides(code(res, text, "2024-03-01"), trigger) == [expected]
    evs = code(res, "Haiti was hit by an earthquake on Saturday. Canada pledged to help it.", "2024-03-01")
    assert evs and {(e.source.actor_id, e.target and e.target.actor_id) for e in evs} == {("CAN", "HTI")}


@pytest.mark.parametrize("text", [
    "Its troops attacked the village on Monday.",
    "It condemned the attack on Monday.",
])
def test_a_pronoun_with_no_antecedent_stays_unresolved(res, text):
    evs = code(res, text)
    assert all(side is None or side.actor_id in ("GEN_MILITARY", "GEN_CIVILIANS")
               for e in evs for side in (e.source, e.target)), evs


@pytest.mark.parametrize("text, trigger, expected", [
    # "they" after a coordination of two named parties is both
    ("Kenya and Ethiopia met in Nairobi on Monday. They agreed to reopen the border.", "agreed",
     {("AGREE", "KEN", "ETH")}),
    ("Chile and Peru held talks in Lima. They signed a fisheries accord.", "signed", {("AGREE", "CHL", "PER")}),
    # two parties that met: the subject and the object (or the "with" party) of the meeting
    ("Morocco hosted Algeria on Friday. They agreed to reopen the border.", "agreed", {("AGREE", "MAR", "DZA")}),
    ("Vietnam held talks with Cambodia in Hanoi. They agreed to open a new crossing.", "agreed",
     {("AGREE", "VNM", "KHM")}),
])
def test_plural_they_after_two_named_parties_is_both(res, text, trigger, expected):
    """Both parties act with each other: the pair, never one of them alone with no other side."""
    evs = code(res, text)
    assert {tuple(sorted((e.source.actor_id, e.target and e.target.actor_id), key=str)) for e in evs
            if e.trigger == trigger} == {tuple(sorted(x[1:])) for x in expected}


def test_an_object_it_after_an_actor_acted_on_is_that_actor_not_a_thing_before(res):
    """"imposed sanctions on X, accusing it of ...": X (or no one), never the owner of a thing told before."""
    evs = code(res, "Ghana's use of the port drew protests. Canada imposed sanctions on the Wagner Group in May, "
                    "accusing it of abusing civilians.")
    evs = [e for e in evs if e.trigger == "accusing"]
    assert evs and all(e.target is None or e.target.actor_id != "GHA" for e in evs), evs


@pytest.mark.parametrize("text, trigger", [
    # an attack is no meeting: "they" is not both sides of it
    ("Russia attacked Ukraine on Monday. They agreed to talks on Friday.", "agreed"),
    # a person met: the pair is not two named parties of the kind "they" stands for
    ("Kenya received the Ethiopian envoy Abebe Kebede on Monday. They agreed to reopen the border.", "agreed"),
])
def test_plural_they_is_no_pair_that_did_not_meet(res, text, trigger):
    evs = [e for e in code(res, text) if e.trigger == trigger]
    pairs = {frozenset((e.source and e.source.actor_id, e.target and e.target.actor_id)) for e in evs}
    assert frozenset(("RUS", "UKR")) not in pairs and frozenset(("KEN", "ETH")) not in pairs, evs


@pytest.mark.parametrize("text, trigger, expected", [
    # a possessive on the subject of a clause told to an addressee: the addressee's
    ("Ghana warned Togo that its soldiers had attacked Ghanaian farmers.", "attacked", ("ASSAULT", "TGO", "GHA")),
    ("Ghana told Togo that its soldiers had attacked Ghanaian farmers.", "attacked", ("ASSAULT", "TGO", "GHA")),
    ("Nigeria reminded Niger that its troops had shelled Nigerian villages.", "shelled", ("ASSAULT", "NER", "NGA")),
    # no addressee, or a verb of commitment: the speaker's own
    ("Ghana said its soldiers had attacked Togolese farmers.", "attacked", ("ASSAULT", "GHA", "TGO")),
])
def test_a_possessive_in_a_clause_told_to_an_addressee_is_the_addressees(res, text, trigger, expected):
    assert _sides(code(res, text), trigger) == [expected]


def test_a_possessive_after_a_verb_of_commitment_stays_the_speakers(res):
    evs = code(res, "Ghana assured Togo that its troops would withdraw from the border.")
    assert all(e.source is None or e.source.actor_id != "TGO" for e in evs), evs
