"""Event coding on our own sentences: trigger shapes, modality, negation, attribution."""

from __future__ import annotations

import diplograph


def code(res, text, published="2021-10-15"):
    return diplograph.code(text, resources=res, published=published)


def triples(events):
    return {(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in events}


def find(events, type_, src=None, tgt=None):
    for e in events:
        if e.type == type_ and (src is None or (e.source and src in (e.source.actor_id, e.source.via))) \
                and (tgt is None or (e.target and tgt in (e.target.actor_id, e.target.via))):
            return e
    raise AssertionError(f"no {type_} {src}->{tgt} in {triples(events)}")


def test_verb_with_direct_object(res):
    find(code(res, "Germany accused Iran of supplying drones to the militia."), "ACCUSE", "DEU", "IRN")


def test_dative_patient_of_designation(res):
    ev = find(code(res, "In 2019, Canada designated the Houthis a terrorist organization."), "COERCE", "CAN")  # 2021 table: a ban
    assert ev.target is not None and ev.date.value == "2019"


def test_noun_trigger_between(res):
    find(code(res, "There were talks between Turkey and Egypt's foreign ministry in Cairo."), "CONSULT", "TUR", "EGY")


def test_noun_trigger_with_light_verb(res):
    find(code(res, "Qatar has held negotiations with Hamas on the release of hostages."), "CONSULT", "QAT", "HAMAS")


def test_signed_agreement_conjoined_subjects(res):
    ev = find(code(res, "India and Japan signed an agreement to expand defence cooperation."), "SUPPORT")
    assert {ev.source.actor_id, ev.target.actor_id} == {"IND", "JPN"}


def test_one_event_per_recipient(res):
    evs = code(res, "French officials invited Germany, Italy, and Spain, as well as Poland, to a summit in Paris.")
    targets = {e.target.actor_id for e in evs if e.source and e.source.actor_id == "FRA" and e.target}
    assert {"DEU", "ITA", "ESP", "POL"} <= targets


def test_passive_voice(res):
    find(code(res, "The convoy was attacked by Syrian forces near the border with Turkey."), "ASSAULT", "SYR")


def test_conjoined_verbs_share_subject(res):
    evs = code(res, "Brazil condemned the coup and recalled its ambassador from Myanmar.")
    assert any(e.source and e.source.actor_id == "BRA" and e.type == "SANCTION" for e in evs)


def test_negation_is_flagged(res):
    ev = find(code(res, "Japan did not recall its diplomats from Kyiv."), "SANCTION", "JPN")
    assert ev.negated and ev.modality == "negated"


def test_not_considering_is_negated(res):
    ev = find(code(res, "Brazil is not considering recognizing Kosovo."), "SUPPORT", "BRA", "XKX")
    assert ev.negated


def test_hypothetical(res):
    evs = code(res, "Ankara said it would provide assistance to Azerbaijan in case of an attack.")
    ev = find(evs, "AGREE", "TUR", "AZE")  # PLOVER: a promised act is coded as the intent
    assert ev.modality == "hypothetical" and ev.act_type == "AID"


def test_threatened_subordinate(res):
    evs = code(res, "The crisis ended with Washington threatening to bomb militia camps in Iraq.")
    # the threatened act is the threat's content, listed under it (one row: the threat)
    assert any(c.type == "ASSAULT" and c.modality == "threatened" for e in evs if e.type == "THREATEN" for c in e.content)
    assert not any(e.type == "ASSAULT" for e in evs)


def test_reported_alleged(res):
    ev = find(code(res, "Pakistan reportedly shipped weapons to the Taliban."), "AID", "PAK", "TALIBAN")
    assert ev.modality == "reported"


def test_attribution_reporter(res):
    evs = code(res, "Mevlut Cavusoglu disclosed that Ankara engaged in intelligence sharing with Azerbaijan.")
    ev = find(evs, "COOPERATE", "TUR", "AZE")
    assert ev.reported_by is not None


def test_future(res):
    ev = find(code(res, "China will host talks with Pakistan next month."), "AGREE", "CHN", "PAK")
    assert ev.modality == "future" and ev.act_type == "CONSULT"


def test_announced_conflict_is_threaten(res):
    ev = find(code(res, "Turkey said it will impose sanctions on Syria."), "THREATEN", "TUR", "SYR")
    assert ev.act_type == "COERCE"  # imposing sanctions: CAMEO 163, COERCE in the 2021 table


def test_conditional_is_not_an_intent(res):
    evs = code(res, "If Iran attacks Israel, the region will burn.")
    assert any(e.type == "ASSAULT" and e.modality == "hypothetical" for e in evs)


def test_no_event_from_actor_names(res):
    evs = code(res, "The Northern Alliance controlled a small part of the country.")
    assert not any(e.trigger == "Alliance" for e in evs)


def test_evaluative_statement_is_support(res):
    ev = find(code(res, "Foreign Minister Wang Yi said in July that the Taliban were sensible partners."),
              "SUPPORT", "CHN", "TALIBAN")
    assert ev.date.value == "2021-07"


def test_evaluative_statement_is_accusation(res):
    find(code(res, "Turkey said that the PKK is a threat to the region."), "ACCUSE", "TUR", "PKK")


def test_subject_constrained_trigger(res):
    ev = find(code(res, "On 2 March 1995, the last Russian soldier to leave Estonia crossed the border."),
              "RETREAT", "RUS", "EST")
    assert ev.date.value == "1995-03-02"
    assert not [e for e in code(res, "The Russian minister will leave Estonia tomorrow.") if e.type == "RETREAT"]


def test_call_needs_on_or_for(res):
    find(code(res, "Germany called on Iran to free the prisoners."), "REQUEST", "DEU", "IRN")
    assert not [e for e in code(res, "The French envoy called the Iranians interesting partners.")
                if e.type == "REQUEST"]


def test_between_collects_every_participant(res):
    ev = find(code(res, "There were talks between Hamas and Egypt's Ministry of Foreign Affairs in Cairo."), "CONSULT")
    assert {ev.source.actor_id, ev.target.actor_id} == {"HAMAS", "EGY"}


def test_anaphoric_date_from_previous_sentence(res):
    evs = code(res, "Iranian envoys attended a forum in Beijing in May. During that visit, Iran and China signed "
                    "an agreement on oil supplies.", published="2023-08-01")
    ev = find(evs, "SUPPORT", "IRN", "CHN")
    assert ev.date.value == "2023-05" and ev.date.anchor == "discourse"


def test_must_under_a_speaker_is_a_request(res):
    ev = find(code(res, "France said that Iraq must cooperate with the inspectors."), "REQUEST", "FRA", "IRQ")
    assert ev.act_type == "COOPERATE"


def test_gerund_subject_and_threat_dated_by_its_content(res):
    evs = code(res, "The raids ended in Tehran threatening to strike militant camps in Iraq in June 2019.")
    threat = find(evs, "THREATEN", "IRN")
    assert threat.date.value == "2019-06"
