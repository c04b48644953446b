"""Objects shared across a coordination (our own sentences): coordinated prepositions ("to and from
X"), a preposition stranded before "and" ("ties with and an embassy in X"), and an infinitive on the
object noun ("a memorandum to lease land in X")."""

from __future__ import annotations

from test_events import code


def pairs(events, type_):
    return {(e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events if e.type == type_}


def test_coordinated_prepositions_share_their_object(res):
    assert ("JOR", "SYR") in pairs(code(res, "Jordan closed its border to and from Syria."), "COERCE")


def test_a_stranded_preposition_takes_the_object_closing_the_next_conjunct(res):
    evs = code(res, "Chile has established diplomatic ties with and opened an embassy in Vietnam.")
    assert ("CHL", "VNM") in pairs(evs, "SUPPORT")


def test_an_infinitive_on_the_object_names_where_the_promise_falls(res):
    assert ("ETH", "ERI") in pairs(code(res, "Ethiopia agreed a memorandum to lease coastline in Eritrea."), "AGREE")


def test_a_plain_object_without_a_place_keeps_the_agreement_one_sided(res):
    assert ("ETH", None) in pairs(code(res, "Ethiopia agreed a memorandum to lease coastline."), "AGREE")


def test_a_warning_of_the_warners_own_act_falls_on_that_acts_object(res):
    evs = code(res, "Azerbaijan warned that it would strike Armenian cities.")
    assert ("AZE", "ARM") in pairs(evs, "THREATEN")


def test_a_warning_with_no_object_keeps_its_target_empty(res):
    assert ("IRN", None) in pairs(code(res, "Iran warned that it would respond."), "THREATEN")


def test_helping_someone_act_makes_them_the_recipient(res):
    assert ("CHN", "PAK") in pairs(code(res, "China helped Pakistan build a port."), "AID")
    assert ("SRB", "HUN") in pairs(code(res, "Serbia has promised to help Hungary build a new oil pipeline."), "AGREE")


def test_the_subject_pronoun_of_a_conjoined_clause_is_the_first_clauses_subject(res):
    evs = code(res, "Egypt said on Tuesday it doubts that Sudan will sign, and it accused Ethiopia of lying.")
    assert ("EGY", "ETH") in pairs(evs, "ACCUSE")


def test_a_passive_subject_undergoes_the_act_and_no_reason_phrase_stands_in(res):
    evs = code(res, "A teacher from Tripoli was arrested in Lebanon for collaborating with Israel.")
    assert all(e.target is None or e.target.actor_id != "ISR" for e in evs if e.type == "COERCE"), evs


def test_a_joint_act_with_one_named_partner_goes_each_way(res):
    evs = code(res, "Ukraine signed a security pact with Canada on Monday.")
    assert {(e.source.actor_id, e.target.actor_id) for e in evs if e.type == "SUPPORT"} == {("UKR", "CAN"), ("CAN", "UKR")}


def test_acts_counted_in_days_are_held_by_the_verbs_subject(res):
    evs = code(res, "China began four days of live-fire drills around Taiwan on Thursday.", "2022-08-08")
    assert [(e.type, e.source.actor_id, e.target.actor_id) for e in evs] == [("MOBILIZE", "CHN", "TWN")]
