"""Acts told twice in one document in other words (extract/events/identity.py, tellings.py,
extract/actors/regimes.kinship), on our own invented texts."""

from __future__ import annotations

import diplograph
from diplograph.extract.actors.regimes import OPEN_WORLD, kinship
from diplograph.records import ActorRef


def code(res, text, published="2022-03-10"):
    return diplograph.code(text, resources=res, published=published)


def happened(events, type_):
    return [e for e in events if e.type == type_ and e.modality in ("asserted", "reported")]


def side(ref):
    return None if ref is None else (ref.via or ref.actor_id)


def test_an_ongoing_relation_retold_with_an_open_description_is_one_relation(res):
    evs = happened(code(res, 'Russia has held talks with the Taliban. Ever since, Moscow has held several '
                             'summits with "the Afghan terrorists".'), "CONSULT")
    assert len(evs) == 1, evs
    assert (side(evs[0].source), side(evs[0].target)) == ("RUS", "TALIBAN")
    assert "by kin" in evs[0].retold[0].retell_reason


def test_an_ongoing_relation_retold_with_a_side_unsaid_is_one_relation(res):
    evs = happened(code(res, "In March, the Taliban delegation held a conference in Moscow. "
                             "Russia is negotiating with the Taliban."), "CONSULT")
    assert len(evs) == 1, evs
    assert [r.trigger for r in evs[0].retold] == ["conference"]


def test_a_side_the_clause_writes_but_no_actor_names_is_not_unsaid(res):
    evs = happened(code(res, "Six countries have received Taliban envoys. Russia held talks with the Taliban "
                             "in Moscow."), "CONSULT")
    assert len(evs) == 2, evs  # the six countries' receptions are not Russia's talks


def test_a_state_before_its_new_rulers_took_over_is_another_relation(res):
    evs = happened(code(res, "Russia has held talks with the Taliban. In 2020, Moscow hosted a conference with "
                             "Afghanistan."), "CONSULT")
    assert len(evs) == 2, evs  # in 2020 Afghanistan was not the Taliban's


def test_a_stance_said_again_in_other_words_is_one_stance(res):
    evs = happened(code(res, "Egypt has praised the Sudanese army. The Egyptian ambassador maintains that the "
                             "Sudanese army is reasonable and constructive."), "SUPPORT")
    assert len(evs) == 1, evs
    assert [r.trigger for r in evs[0].retold] == ["maintains"]


def test_an_act_that_happened_during_another_is_that_act(res):
    evs = happened(code(res, "Syria has been destroyed during the war."), "ASSAULT")
    assert len(evs) == 1, evs
    assert "happened during 'war'" in evs[0].retold[0].retell_reason


def test_a_joint_act_of_a_symmetric_type_is_one_event_and_a_signing_one_per_side(res):
    met = happened(code(res, "Pakistani and Indian officials met in Geneva on Monday."), "CONSULT")
    assert len(met) == 1, met
    signed = happened(code(res, "China and Vietnam signed a cooperation agreement on Tuesday."), "SUPPORT")
    assert {(side(e.source), side(e.target)) for e in signed} == {("CHN", "VNM"), ("VNM", "CHN")}


def test_kinship_reads_governments_at_the_act_s_date_and_open_descriptions(res):
    kin = kinship(res.kb)
    afg = ActorRef("AFG", "Afghanistan", "Afghanistan", kind="state", country="AFG")
    assert "TALIBAN" in kin(afg, "2022-05")
    assert "TALIBAN" not in kin(afg, "2020-05") and "TALIBAN" not in kin(afg, None)
    militants = kin(ActorRef("GRP_AFGHAN_FIGHTERS_AFG", "Afghan fighters", "Afghan fighters", kind="group",
                             country="AFG"), None)
    taliban = kin(ActorRef("TALIBAN", "Taliban", "Taliban", kind="group", country="AFG"), None)
    assert OPEN_WORLD in militants and militants & taliban and OPEN_WORLD not in taliban


def test_an_act_named_in_the_wake_of_is_presupposed_whatever_embeds_it(res):
    evs = code(res, "The conference tried to spare the country a famine in the wake of the Taliban's takeover.",
               published="2021-10-15")
    takeover = [e for e in evs if e.trigger == "takeover"]
    assert takeover and takeover[0].modality == "asserted", evs


def test_a_definite_nominal_of_a_discrete_act_names_it_before_the_text_tells_it(res):
    evs = happened(code(res, "The donors met in the aftermath of the Taliban takeover. The Taliban seized power "
                             "in Kabul in August.", published="2021-10-15"), "COERCE")
    assert len(evs) == 1, evs
    assert "names the act" in evs[0].retold[0].retell_reason


def test_conjoined_doers_act_on_each_other_only_in_a_joint_act(res):
    for text in ("Russia and China praised the decision.", "The junta is supported by Russia and China."):
        evs = happened(code(res, text), "SUPPORT")
        assert {side(e.source) for e in evs} == {"RUS", "CHN"} and all(e.target is None for e in evs), evs
    restored = happened(code(res, "Cuba and the United States restored diplomatic relations."), "SUPPORT")
    assert {(side(e.source), side(e.target)) for e in restored} == {("CUB", "USA"), ("USA", "CUB")}


def test_the_new_government_of_a_state_is_the_group_in_power_now(res):
    tail = "; Beijing had begun negotiations with the Taliban back in 2019."
    new = happened(code(res, "Beijing kept its mission open. The dialogue with Afghanistan's new government is "
                             "already under way" + tail, published=None), "CONSULT")
    assert len(new) == 1 and [r.trigger for r in new[0].retold] == ["dialogue"], new
    plain = happened(code(res, "Beijing kept its mission open. The dialogue with Afghanistan's government is "
                               "already under way" + tail, published=None), "CONSULT")
    assert len(plain) == 2, plain  # undated, "Afghanistan's government" may be any of its governments


def test_a_stance_said_is_not_a_retelling_of_an_act_named_by_a_noun(res):
    evs = code(res, "Egypt kept its recognition of the Sudanese army. Egypt says that the Sudanese army is a "
                    "reasonable and useful partner.")
    said = [e for e in evs if e.trigger == "says"]
    assert said and said[0].retold == [] and all(r.trigger != "says" for e in evs for r in e.retold), evs


def test_an_appeal_told_first_without_its_addressee_is_retold_with_it(res):
    text = ("Indonesian President Joko Widodo said on Monday he had called Thai Prime Minister Srettha Thavisin, "
            "urging an immediate truce.\n\n"
            '"I appealed to the Thai prime minister for an immediate truce," Widodo said.')
    evs = happened(code(res, text), "REQUEST")
    assert len(evs) == 1, evs
