"""Participants of unseen sentences (issue 17): shared subjects of participial adjuncts, actors outside
the knowledge base named by their phrase, and what pronouns and group phrases point back to (our own
sentences)."""

from __future__ import annotations

from test_events import code


def pairs(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


def sources(events, type_):
    return {e.source and e.source.text for e in events if e.type == type_}


def test_a_participle_after_a_time_adjunct_shares_the_clause_subject(res):
    # "on Tuesday" ends the clause: the day is no subject of "joining" or "demanding"
    evs = code(res, "Farmers marched through Lagos on Tuesday joining thousands of students in demanding "
                    "a new vote.")
    assert sources(evs, "COOPERATE") == {"Farmers"}
    assert sources(evs, "REQUEST") == {"Farmers"}


def test_a_possessive_on_the_reported_subject_is_the_speaker(res):
    evs = code(res, "Palestinians said on Monday their forces had completed their withdrawal from the town.")
    assert {e.source and e.source.actor_id for e in evs if e.type == "RETREAT"} == {"PSE"}


def test_a_named_party_said_it_will_act(res):
    # the entity tagger leaves "party" out of the name; the party is the one that will boycott
    evs = code(res, "The radical Hizb (Freedom) party has said it will boycott the elections in Kenya.")
    assert {e.source.name for e in evs if e.type == "THREATEN" and e.source} == {"Hizb (Freedom) party"}


def test_leaders_of_an_unknown_people_are_an_actor(res):
    evs = code(res, "Ogoni leaders said they were ready to forgive President William Ruto of Kenya.")
    assert any(e.source is not None and e.source.name == "Ogoni leaders" for e in evs)


def test_the_government_of_an_unknown_province_is_an_actor(res):
    evs = code(res, "The government of Tinland province has ordered patrols by soldiers after riots.")
    assert sources(evs, "MOBILIZE") == {"government of Tinland province"}


def test_a_description_in_apposition_is_no_actor_of_its_own(res):
    evs = code(res, "The Zem rebel group, an ethnic Tinkan force, seized the town of Goma.")
    assert all(e.source is None or "Tinkan" not in e.source.text for e in evs)


def test_an_unnamed_actor_keeps_its_describing_words(res):
    evs = code(res, "Kenyan police fired tear gas at Catholic opposition demonstrators in Nairobi.")
    assert {e.target.text for e in evs if e.target is not None} >= {"Catholic opposition demonstrators"}


def test_a_body_named_after_a_title_word_is_no_person(res):
    evs = code(res, "The Kenyan General Labour Union criticised the government of Uganda on Monday.")
    assert {e.source.kind for e in evs if e.type == "ACCUSE" and e.source} == {"organisation"}


def test_a_delegation_from_an_actor_acts_for_it(res):
    evs = code(res, "A delegation from the Ghana Cocoa Board held talks with the IMF in Accra on Monday.")
    assert {e.source.name for e in evs if e.type == "CONSULT" and e.source} == {"Ghana Cocoa Board"}
    evs = code(res, "Delegates from Kenya and Somalia resumed talks in Nairobi on Monday.")
    assert {frozenset((e.source.actor_id, e.target.actor_id)) for e in evs
            if e.type == "CONSULT" and e.source and e.target} == {frozenset(("KEN", "SOM"))}


def test_leaders_named_by_a_people_adjective_are_an_actor(res):
    evs = code(res, "Mixtec leaders said on Monday they had rejected the Nigerian government's offer of talks.")
    assert {e.source.name for e in evs if e.type == "REJECT" and e.source} == {"Mixtec leaders"}


def test_a_court_in_a_capital_acts_for_its_state(res):
    evs = code(res, "A court in Nairobi sentenced a Somali businessman to ten years in prison.")
    assert {e.source.actor_id for e in evs if e.type == "COERCE" and e.source} == {"KEN"}


def test_a_firm_named_by_an_unknown_place_is_an_actor(res):
    evs = code(res, "The EU froze the assets of a Mombasa-based shipping company on Friday.")
    assert {e.target.name for e in evs if e.type == "COERCE" and e.target} == {"Mombasa-based shipping company"}


def test_the_government_points_back_to_the_state_named(res):
    evs = code(res, "Zambia's main opposition party accused the government of rigging the vote.")
    assert {e.target.actor_id for e in evs if e.type == "ACCUSE" and e.target} == {"ZMB"}
    evs = code(res, "Ghana became the first country to recognise the new government in Damascus.")
    assert ("GHA", "SYR") in pairs(evs, "SUPPORT")


def test_the_partner_of_a_signing_signs_too(res):
    evs = code(res, "Ghana signed a maritime security pact with Togo on Friday.")
    assert {("GHA", "TGO"), ("TGO", "GHA")} <= pairs(evs, "SUPPORT")
    # establishing relations is told as the subject's act; ratifying is one side's
    evs = code(res, "Ghana established diplomatic relations with Bhutan in 2014.")
    assert pairs(evs, "SUPPORT") == {("GHA", "BTN")}
