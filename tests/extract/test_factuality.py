"""The factuality layer on our own sentences: only what happened counts as asserted."""

from __future__ import annotations

import pytest

import diplograph
from diplograph.extract.events.ontology import OntologyError, load_lexicon


def code(res, text):
    return diplograph.code(text, resources=res, published="2022-03-01")


def values(res, text, type_):
    """The modality of every event of ``type_`` (by PLOVER type or the act kept in act_type), and of
    every act of that type a speech act asks, offers or alleges (its ``content``)."""
    evs = code(res, text)
    return [e.modality for e in evs + [c for e in evs for c in e.content] if type_ in (e.type, e.act_type)]


def happened(res, text, type_):
    return any(m in ("asserted", "reported") for m in values(res, text, type_))


@pytest.mark.parametrize("text, type_, value", [
    # objectives, purposes, opportunities, predictions: intended or possible, not done
    ("The Kurds fought with the objective of forcing Turkish troops to withdraw from Syria.", "RETREAT", "future"),
    ("Kenya sent troops to Somalia to end the fighting.", "RETREAT", "future"),
    ("The visit was an opportunity for Chile to deepen cooperation with Brazil.", "COOPERATE", "hypothetical"),
    ("Serbia is unlikely to attack Kosovo.", "ASSAULT", "hypothetical"),
    # beliefs
    ("Diplomats believe Egypt and Ethiopia can strike a deal.", "AGREE", "hypothetical"),
    # conditions
    ("Norway will release the funds provided that Sudan releases the prisoners.", "RETREAT", "hypothetical"),
    ("Chile would retaliate in the event of an attack by Bolivia.", "ASSAULT", "hypothetical"),
    # the content of speech acts
    ("Moscow demanded that Tbilisi withdraw its forces.", "RETREAT", "hypothetical"),
    ("The UN called for the release of the hostages held by Hamas.", "RETREAT", "hypothetical"),
    ("Iran accused Israel of killing civilians.", "ASSAULT", "hypothetical"),
    ("Peru invited Ecuador to join talks in Lima.", "CONSULT", "future"),
    # questions
    ("Why is Belarus arming Russia?", "AID", "question"),
])
def test_irrealis_is_not_asserted(res, text, type_, value):
    assert value in values(res, text, type_), (text, values(res, text, type_))
    assert not happened(res, text, type_)


def test_speech_act_itself_stays_asserted(res):
    evs = code(res, "Moscow demanded that Tbilisi withdraw its forces.")
    assert any(e.type == "REQUEST" and e.modality == "asserted" for e in evs)
    evs = code(res, "Iran accused Israel of killing civilians.")
    assert any(e.type == "ACCUSE" and e.modality == "asserted" for e in evs)


def test_negation_scope(res):
    # "yet to", "reluctant to": not done
    assert values(res, "Turkey has yet to mount an assault on the Kurds.", "ASSAULT") == ["negated"]
    assert values(res, "Germany was reluctant to criticise China.", "ACCUSE") == ["negated"]
    # a negation on a later verb does not deny the noun that is its subject
    evs = code(res, "Russia's support for Iran will not necessarily result in a deal.")
    sup = [e for e in evs if e.act_type == "SUPPORT"]
    assert sup and not any(e.negated for e in sup) and all(e.type == "SUPPORT" for e in sup)
    # coordinated verbs share the negation; "no talks" denies the talks
    # (both verbs share the object, so "attack or invade Georgia" is one act on Georgia)
    evs = [e for e in code(res, "Russia did not attack or invade Georgia.") if e.act_type == "ASSAULT"]
    assert evs and all(e.modality == "negated" for e in evs) and any(e.target and e.target.actor_id == "GEO" for e in evs)
    assert values(res, "No talks between Iran and Israel took place.", "CONSULT") == ["negated"]
    # "did not rule out sanctions": the sanctions are open, not refused and not imposed
    assert not happened(res, "Pakistan did not rule out sanctions against India.", "COERCE")


def test_presupposed_object_stays_a_fact(res):
    assert happened(res, "Turkey condemned the attack on Iraq.", "ASSAULT")
    assert happened(res, "The EU adopted a package of sanctions against Belarus.", "COERCE")


def test_states_and_descriptions_are_not_acts(res):
    assert not values(res, "A trade embargo on Cuba remains in place.", "COERCE")
    assert not values(res, "Turkey closed the border with Armenia in support of Azerbaijan.", "SUPPORT")
    assert not values(res, "This constitutes Armenia's capitulation.", "CONCEDE")
    assert not values(res, "China is a threat to the system.", "THREATEN")
    assert not values(res, "Russia's war is an attack on our values.", "ASSAULT") or \
        all(e.target is None or e.target.actor_id != "RUS" for e in code(res, "Russia's war is an attack on our values."))
    # the same nouns are acts when someone carries them out
    assert happened(res, "The United States imposed an embargo on Cuba.", "COERCE")
    assert happened(res, "There were talks between Turkey and Egypt in Cairo.", "CONSULT")


def test_types_follow_the_2021_table(res):
    def types(text):
        return {e.type for e in code(res, text)}
    assert "COERCE" in types("The United States imposed sanctions on Iran.")  # 163
    assert "COERCE" in types("Germany designated Hezbollah a terrorist organisation.")
    assert "COERCE" in types("The army seized power in Niger.")  # 192
    assert "RETREAT" in types("Washington suspended the designation of the Houthis as terrorists.")  # 085
    assert "COOPERATE" in types("Uzbekistan granted overflight rights to the United States.")
    assert "ACCUSE" in types("A court in Moscow convicted the Ukrainian pilot.")  # 116
    assert "AID" not in types("Norway will release the funds provided that Sudan releases the prisoners.") - \
        {e.type for e in code(res, "Norway will release the funds.")}


def test_factuality_cues_are_validated(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("factuality:\n  belief_heads: believe\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="belief_heads"):
        load_lexicon([bad])
    bad.write_text("factuality:\n  wishes: [want]\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="unknown cue list"):
        load_lexicon([bad])
    bad.write_text("nouns:\n  - {lemma: pact, type: AGREE, needs_agent: yes please}\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="needs_agent"):
        load_lexicon([bad])
    bad.write_text("verbs:\n  - {lemma: give, type: AID, not_dependents: [subject]}\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="not_dependents"):
        load_lexicon([bad])
    good = tmp_path / "good.yaml"
    good.write_text("factuality:\n  belief_heads: [reckon]\n", encoding="utf-8")
    assert "reckon" in load_lexicon([good]).factuality["belief_heads"]


def test_temporal_adjuncts_are_presupposed_whatever_embeds_them(res):
    # what a request asks is not done, but the clashes it follows and the fire exchanged did happen
    text = "Turkey urged Syria to stand down following border clashes on Thursday, with both nations exchanging artillery fire."
    assert not happened(res, text, "RETREAT")
    assert happened(res, text, "ASSAULT")
    assert happened(res, "Kenya asked Somalia to withdraw its envoy after Somali troops attacked a Kenyan border post.",
                    "ASSAULT")


def test_what_a_court_convicted_someone_of_is_alleged(res):
    assert not happened(res, "Two Uzbek men were convicted of bombing a bus in Bishkek.", "ASSAULT")


def test_habits_states_descriptions_and_alternatives_are_not_acts(res):
    # a standing practice told in the present, not one act; the perfect tells acts
    assert values(res, "Jihadist groups regularly carry out attacks on Mali.", "ASSAULT") in ([], ["habitual"])
    assert happened(res, "Saudi Arabia has repeatedly criticized Qatar.", "ACCUSE")
    # the alternative not taken
    assert not happened(res, "Iran is more focused on helping Assad than fighting the Islamic State.", "ASSAULT")
    # a noun inside a copular description; a participle describing its noun; a standing state
    assert not happened(res, "These are the first Chinese casualties in a clash with Vietnam since 1979.", "ASSAULT")
    assert not happened(res, "Ugandan soldiers stationed in South Sudan with a force fighting rebels "
                             "were anxious about their security.", "ASSAULT")
    assert not happened(res, "The British deployment in Estonia involves 900 soldiers.", "MOBILIZE")
    # an act told again as the occasion of a comparison
    evs = [e for e in code(res, "Greece shot down a Turkish drone on Friday, the first time an EU member has "
                                "downed a Turkish aircraft since 1996.") if e.type == "ASSAULT"
           and e.modality in ("asserted", "reported")]
    assert len(evs) == 1 and evs[0].source.actor_id == "GRC"
    # a doer named or a time of its own: the participle tells an act
    assert happened(res, "Sudan and Chad signed a deal brokered by Qatar.", "CONSULT")


def test_an_infinitive_after_an_object_is_a_purpose_unless_the_verb_implies_it(res):
    # a purpose is intended, not told as done, even where the parser reads it as a complement
    assert not happened(res, "In 1999 the Red Cross crossed the border to deliver aid to Kosovo.", "AID")
    # causatives and implicatives tell the act ("prompted Athens to summon" - Athens summoned)
    assert happened(res, "The arrest prompted Greece to summon the Turkish ambassador.", "ACCUSE")


def test_a_relation_held_is_a_standing_state_not_an_act(res):
    assert not values(res, "Russia has an alliance with India.", "COOPERATE")
    assert not values(res, "Iran remains in talks with the United States.", "CONSULT")
    # the same nouns told as done are acts
    assert happened(res, "Iran had talks with the United States on Monday.", "CONSULT")
    assert happened(res, "Iran has had talks with the United States.", "CONSULT")


def test_an_infinitive_on_an_opportunity_noun_is_not_told_as_done(res):
    # "for X to ..." parses as an adverbial clause on the noun: the noun still decides
    evs = [e for e in code(res, "The summit is a chance for Peru to deepen ties with Chile.") if e.source]
    assert evs and all(e.modality not in ("asserted", "reported") for e in evs)


def test_stopping_short_of_an_act_negates_it(res):
    evs = [e for e in code(res, "Spain stopped short of recognising the Polisario government.") if e.type == "SUPPORT"]
    assert evs and all(e.negated or e.modality == "negated" for e in evs)


def test_the_only_one_to_have_done_something_did_it(res):
    import diplograph
    evs = diplograph.code("Taiwan was the sole government anywhere to recognize the breakaway republic of Somaliland.",
                          resources=res, published="2020-01-01")
    assert any(e.type == "SUPPORT" and e.modality == "asserted" for e in evs), evs


def test_an_event_noun_whose_relative_clause_tells_it_happened_is_a_fact(res):
    import diplograph
    evs = diplograph.code("The meeting will follow an EU summit on the region that took place on 3 May.",
                          resources=res, published="2023-05-10")
    summit = [e for e in evs if e.trigger == "summit"]
    assert summit and summit[0].modality == "asserted" and summit[0].type == "CONSULT", summit


def test_an_event_noun_whose_relative_clause_is_future_stays_future(res):
    import diplograph
    evs = diplograph.code("The ministers will prepare an EU summit that will take place in June.",
                          resources=res, published="2023-05-10")
    assert all(e.modality != "asserted" for e in evs if e.trigger == "summit"), evs


def test_an_act_done_to_everyone_in_the_present_is_a_practice(res):
    import diplograph
    evs = diplograph.code("Qatar talks to everyone who wants peace in the region.", resources=res, published="2024-01-01")
    assert evs and all(e.modality == "habitual" for e in evs if e.type == "CONSULT"), evs
    evs = diplograph.code("Qatar talked to everyone at the summit on Monday.", resources=res, published="2024-01-01")
    assert any(e.type == "CONSULT" and e.modality == "asserted" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Uganda has denied supporting the rebels in Congo.",
    "Iran denied that it had supplied drones to Russia.",
])
def test_what_a_denial_says_was_done_is_told_as_not_done(res, text):
    import diplograph
    evs = diplograph.code(text, resources=res, published="2024-01-01")
    content = [e for e in evs if e.type != "REJECT"]
    assert content and all(e.negated or e.modality == "negated" for e in content), evs
    assert any(e.type == "REJECT" and e.modality == "asserted" for e in evs), evs


def test_denied_allegations_were_still_made(res):
    import diplograph
    evs = diplograph.code("Russia denied the allegations by Ukraine.", resources=res, published="2024-01-01")
    assert any(e.type == "ACCUSE" and e.modality == "asserted" and not e.negated for e in evs), evs


def test_what_one_receives_is_as_factual_as_the_receiving(res):
    """A reception verb ("receive", "win", "obtain") carries its noun's act like a light verb: hoped
    for, it has not happened; denied, it did not."""
    assert values(res, "Kosovo hopes to win recognition from Spain.", "SUPPORT") == ["hypothetical"]
    assert values(res, "Armenia did not receive any aid from Iran.", "AID") == ["negated"]
    assert values(res, "Armenia received aid from Iran on Monday.", "AID") == ["asserted"]


def test_an_intent_is_coded_only_for_the_doer_who_holds_it(res):
    """"X plans to visit Y" is X's announced intent (AGREE); "X wants to receive aid from Y" is no
    intent of Y's: the aid stays a wanted act, not Y's AGREE."""
    evs = code(res, "Kosovo wants to receive aid from Spain.")
    assert [(e.type, e.source.actor_id, e.target.actor_id, e.modality) for e in evs] == [
        ("AID", "ESP", "XKX", "future")]
    assert {e.type for e in code(res, "Kosovo plans to sign a deal with Spain.")} == {"AGREE", "SUPPORT"}


@pytest.mark.parametrize("text", [
    "Japan fears that China will attack Taiwan.",
    "Analysts believe Russia will send more troops to Belarus.",
    "Observers predict that Egypt will restore ties with Turkey.",
])
def test_a_fear_or_forecast_of_anothers_act_is_no_announcement(res, text):
    """Only the doer announces its act: another's belief leaves the act a possibility, not a
    THREATEN or AGREE of the doer's."""
    evs = code(res, text)
    assert evs and all(e.type not in ("THREATEN", "AGREE") and e.modality == "hypothetical" for e in evs)
    assert {e.type for e in code(res, "Turkey said it would restore ties with Egypt.")} >= {"AGREE"}


@pytest.mark.parametrize("text", ["Poland refrained from criticising Hungary.",
                                  "India abstained from condemning Russia at the UN."])
def test_refraining_from_an_act_is_not_doing_it(res, text):
    assert values(res, text, "ACCUSE") == ["negated"]


def test_no_sign_of_an_act_is_no_announcement_of_it(res):
    evs = code(res, "There is no sign that Russia will withdraw its troops from Moldova.")
    assert [(e.type, e.modality) for e in evs] == [("RETREAT", "hypothetical")]


def test_an_event_noun_subject_of_a_supposing_modal_is_supposed(res):
    assert not happened(res, "A deal with Tehran would allow Riyadh to focus on its economy.", "AGREE")
    assert values(res, "A deal between Riyadh and Tehran would allow both to focus on their economies.",
                  "AGREE") == ["hypothetical"]


def test_what_denied_words_say_is_told_as_not_done_and_names_no_addressee(res):
    evs = code(res, "The Kremlin denied reports that Russia had sent troops to Niger.")
    assert [(e.type, e.negated) for e in evs if e.type == "MOBILIZE"] == [("MOBILIZE", True)]
    assert [e.target for e in evs if e.type == "REJECT"] == [None]
    evs = code(res, "Iran denied the US accusation that it had attacked the tanker.")
    assert [e.target.actor_id for e in evs if e.type == "REJECT"] == ["USA"]


def test_a_negative_subject_negates_its_act(res):
    """"no country has recognised X", "nobody expelled": no one did it (with no doer named, no record)."""
    assert not happened(res, "Since the takeover, no country has formally recognised the Taliban government.",
                        "SUPPORT")
    assert values(res, "Neither Japan nor Korea condemned China.", "ACCUSE") == ["negated", "negated"]


def test_would_under_a_past_verb_of_saying_is_the_future_told_in_the_past(res):
    """"Kenya said it would deploy police to Haiti": coming, not supposed (police sent abroad are a mission,
    AID: test_senses16.py); with a condition it stays supposed."""
    assert values(res, "Kenya said it would deploy police officers to Haiti in January.", "AID") == [
        "future", "future"]
    evs = code(res, "Russia said it would retaliate if NATO deployed troops to Finland.")
    assert {e.modality for e in evs if e.type == "ASSAULT"} == {"hypothetical"}
    # the conditional threat itself is made by saying it (THREATEN, asserted)
    assert {e.modality for e in evs if e.type == "THREATEN"} == {"asserted"}


def test_a_forecast_hedged_by_probably_stays_supposed(res):
    assert values(res, "Analysts said Iran would probably attack Israel.", "ASSAULT") == ["hypothetical"]
    assert {e.type for e in code(res, "Putin will visit China next week, the Chinese embassy said.")} == {
        "AGREE", "CONSULT"}
