"""A singular pronoun ("it", "its") never points back to a plural group phrase (our own sentences)."""

from __future__ import annotations

import diplograph
from test_events import code


def test_its_embassy_is_not_the_demonstrators_own(res):
    evs = [e for e in code(res, "Spain protested after demonstrators stormed its embassy in Caracas.")
           if e.type == "PROTEST" and e.source is not None and e.source.actor_id != "ESP"]
    assert evs and all(e.target is not None and e.target.actor_id == "ESP" for e in evs), evs


def test_him_or_her_as_object_is_a_person_named_before_and_a_person_welcomed_is_hosted(res):
    evs = code(res, "Xi Jinping flew to Belgrade on Tuesday, where Serbian President Aleksandar Vucic welcomed him.",
               "2024-05-08")
    assert [(e.type, e.target.name) for e in evs if e.trigger == "welcomed"] == [("CONSULT", "Xi Jinping")]
    evs = code(res, "Putin met Erdogan in Sochi and praised him.")
    assert [(e.type, e.source.name, e.target.name) for e in evs if e.trigger == "praised"] == [
        ("SUPPORT", "Vladimir Putin", "Recep Tayyip Erdoğan")]


def test_a_person_handed_over_to_a_state_is_extradited_to_it(res):
    evs = code(res, "Gambian prosecutors charged Ebrima Touray on Monday. Swiss authorities handed him over to "
                    "the Gambia last month.", "2019-12-11")
    assert [(e.type, e.source.actor_id, e.target.actor_id) for e in evs if e.trigger == "handed"] == [
        ("COOPERATE", "CHE", "GMB")]


def test_an_object_it_follows_only_a_state_named_before_never_the_controlling_subject(res):
    evs = code(res, "Syria has been destroyed by the war. Turkey could help rebuild it.", "2024-03-01")
    assert [(e.type, e.source.actor_id, e.target.actor_id) for e in evs if e.trigger == "help"] == [
        ("AID", "TUR", "SYR")]
    evs = code(res, "The EU proposed a ceasefire plan. Kenya rejected it.", "2024-03-01")
    assert not [e for e in evs for side in (e.source, e.target) if side is not None and side.actor_id == "KEN"
                and e.target is not None and e.target.actor_id == "KEN"]


def test_a_possessive_title_is_the_holder_and_he_or_she_follows_an_unnamed_office(res):
    """"Germany's foreign minister" is the holder the knowledge base names at the date, as "the German
    foreign minister" is; "he" after an office whose holder no entry names stands for that office."""
    evs = diplograph.code("Germany's foreign minister flew to Beijing. She held talks with her Chinese counterpart.",
                          resources=res, published="2024-05-15")
    assert [(e.source.actor_id, e.source.via, e.target.actor_id) for e in evs if e.type == "CONSULT"] == [
        ("PER_ANNALENA_BAERBOCK", "DEU", "CHN")]
    evs = diplograph.code("Chile's foreign minister flew to Lima. There he held talks with his Peruvian counterpart.",
                          resources=res, published="2024-05-15")
    assert [(e.source.actor_id, e.target.actor_id) for e in evs if e.type == "CONSULT"] == [("CHL", "PER")]


def test_a_main_clause_it_follows_the_subject_of_the_clause_before_it(res):
    evs = diplograph.code("Not only did Canada impose sanctions on Belarusian officials on Monday, it also barred "
                          "the airline Belavia from its airspace.", resources=res, published="2024-05-15")
    assert {e.source.actor_id for e in evs} == {"CAN"}
