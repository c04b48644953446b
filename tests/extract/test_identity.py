"""One event per act within a document (extract/events/identity.py), on our own invented texts."""

from __future__ import annotations

import json

import diplograph
from diplograph.outputs.serialize import event_json
from diplograph.store.database import Store


def code(res, text, published="2024-05-02"):
    return diplograph.code(text, resources=res, published=published)


def of_type(events, type_):
    return [e for e in events if e.type == type_ and e.modality in ("asserted", "reported")]


def side(ref):
    return ref.actor_id if ref else None


def test_a_result_told_by_a_participle_is_the_same_act(res):
    evs = of_type(code(res, "Sudanese forces fired rockets into Chad's Ouaddai province on Friday, "
                            "killing three soldiers."), "ASSAULT")
    assert len(evs) == 1, evs
    assert (side(evs[0].source), side(evs[0].target)) == ("SDN", "TCD")
    assert [r.trigger for r in evs[0].retold] == ["killing"]
    assert "one sentence" in evs[0].retold[0].retell_reason


def test_a_clause_describing_an_event_noun_is_the_same_act(res):
    evs = of_type(code(res, "The army rejected the Pakistani accusations that blamed Indian soldiers "
                            "for the clash."), "ACCUSE")
    assert len(evs) == 1, evs
    assert (side(evs[0].source), side(evs[0].target)) == ("PAK", "IND")


def test_a_verb_that_happened_in_the_named_event_is_that_event(res):
    evs = of_type(code(res, "Twelve Nepali soldiers were killed on Monday in a clash with Indian troops."),
                  "ASSAULT")
    assert all(side(e.source) and side(e.target) for e in evs), evs  # no one-sided "killed" beside the clash


def test_a_one_sided_definite_re_mention_joins_the_full_telling(res):
    evs = of_type(code(res, "The Taliban took control of Kabul on 15 August 2021. Since the Taliban takeover, "
                            "foreign aid has stopped."), "COERCE")
    assert len(evs) == 1, evs
    assert evs[0].date.value == "2021-08-15" and side(evs[0].target) is not None
    assert "'the Taliban takeover' refers back to 'took'" in evs[0].retold[0].retell_reason


def test_possessive_re_mentions_join_and_take_the_act_s_date(res):
    evs = of_type(code(res, "Russia invaded Georgia on 8 August 2008. Russia's invasion brought protests. "
                            "Because of its invasion, Moscow was isolated."), "ASSAULT")
    assert len(evs) == 1, evs
    assert len(evs[0].retold) == 2 and all(r.date.value == "2008-08-08" for r in evs[0].retold)


def test_a_re_mention_that_fits_two_acts_stays_apart(res):
    text = ("Russia invaded Georgia in August 2008. Russia invaded Ukraine in February 2022. "
            "Diplomats still condemn Russia's invasion.")
    evs = of_type(code(res, text), "ASSAULT")
    assert len(evs) == 3, evs  # which invasion? two acts fit, so neither takes it


def test_the_side_named_must_play_the_same_role(res):
    evs = of_type(code(res, "Iran attacked Iraq on 22 September 1980. Iraq's attack on Kuwait came a decade later."),
                  "ASSAULT")
    assert len(evs) == 2, evs  # Iraq is the target of the first, the attacker of the second


def test_a_re_mention_before_the_telling_is_another_act(res):
    evs = of_type(code(res, "Turkey's invasion worried Europe. Turkey invaded northern Syria on Monday."),
                  "ASSAULT")
    assert len(evs) == 2, evs  # a nominal refers back, not forward


def test_code_json_lists_the_retellings(res):
    text = "The Taliban took control of Kabul on 15 August 2021. Since the Taliban takeover, foreign aid has stopped."
    [ev] = of_type(code(res, text), "COERCE")
    out = event_json(ev, text)
    assert len(out["mentions"]) == 2 and out["mentions"][1]["trigger"] == "takeover"
    assert "refers back" in out["mentions"][1]["retells"]
    json.dumps(out)


def test_the_store_merges_a_one_sided_retelling_with_its_reason(tmp_path):
    doc = tmp_path / "kabul.txt"
    doc.write_text("The Taliban took control of Kabul on 15 August 2021.\n\n"
                   "Since the Taliban takeover, foreign aid to the country has stopped.\n")
    db = str(tmp_path / "s.duckdb")
    diplograph.ingest([str(doc)], db=db, published="2022-08-15")
    with Store(db, read_only=True) as store:
        rows = store.query("SELECT event_id, source_id, target_id, date, merge_reason FROM events WHERE type = 'COERCE'")
        assert len(rows) == 1, rows
        assert rows[0]["source_id"] and rows[0]["target_id"] and rows[0]["date"] == "2021-08-15"
        # the takeover names its own state (own_state), so the retelling is not one-sided any more
        assert "same act retold in the document" in rows[0]["merge_reason"]
        n = store.scalar("SELECT count(*) FROM event_mentions WHERE event_id = ? AND retells IS NOT NULL",
                         [rows[0]["event_id"]])
        assert n == 1


def test_a_headline_sums_up_the_act_the_body_tells(res):
    text = ("Estonia's expulsion of the envoy\n\nEstonia expelled the Russian ambassador on Monday, the foreign "
            "ministry said. Moscow promised a response.\n")
    evs = of_type(code(res, text), "SANCTION")
    assert len(evs) == 1, evs
    assert (side(evs[0].source), side(evs[0].target)) == ("EST", "RUS")
    assert evs[0].retold[0].trigger == "expulsion"


def test_a_recurring_kind_of_act_is_retold_only_by_the_same_word(res):
    evs = of_type(code(res, "Kenya pledged aid to Somalia in March. Kenya's commitment was welcomed by donors."),
                  "AGREE")
    assert len(evs) == 2, evs  # a commitment may be another one: pledges recur, invasions happen once


def test_headings_are_the_lines_that_head_the_text_or_a_section():
    from diplograph.extract.events.identity import headings
    text = "A headline\n\nA standfirst sums it up.\n\nThe body starts. It goes on.\n\nA crosshead\n\nMore body here.\n"
    starts = [text.find(w) for w in ("A headline", "A standfirst", "The body", "It goes", "A crosshead", "More")]
    sents = [(s, text[s:e]) for s, e in zip(starts, starts[1:] + [len(text)])]
    assert headings(sents, text) == {0, 1, 4}


def pairs(events, type_):
    return {(side(e.source), side(e.target)) for e in of_type(events, type_)}


def test_a_reaction_to_an_act_is_aimed_at_its_doer(res):
    evs = code(res, "Moscow expelled two Estonian diplomats on Monday. Tallinn condemned the expulsion.")
    assert pairs(evs, "ACCUSE") == {("EST", "RUS")}
    evs = code(res, "Saudi Arabia executed the cleric Nimr al-Nimr on Saturday. Iran's criticism of the "
                    "execution angered Riyadh.")
    assert ("IRN", "SAU") in pairs(evs, "ACCUSE")
    evs = code(res, "Ethiopia signed a port deal with Somaliland on 1 January. Somalia's president called "
                    "the deal illegal.")
    assert ("SOM", "ETH") in pairs(evs, "ACCUSE")


def test_a_reaction_to_an_arrest_is_not_aimed_at_the_arrested(res):
    evs = code(res, "Ecuadorian police stormed the Mexican embassy in Quito on Friday and arrested the former "
                    "vice president. Mexico's president called the detention a violation of international law.")
    # (the president acts for Mexico)
    assert {(e.source.via or e.source.actor_id, side(e.target)) for e in of_type(evs, "ACCUSE")} == {("MEX", "ECU")}


def test_a_reaction_to_an_actor_stays_aimed_at_it(res):
    evs = code(res, "Russia recognized the Taliban government in July. Kazakhstan criticized the Taliban.")
    assert ("KAZ", "RUS") not in pairs(evs, "ACCUSE")


def test_what_a_speech_act_asks_or_threatens_is_its_content(res):
    [ev] = of_type(code(res, "Moscow demanded that Tbilisi withdraw its forces."), "REQUEST")
    assert [(c.type, c.modality) for c in ev.content] == [("RETREAT", "hypothetical")]
    [ev] = of_type(code(res, "Iran threatened to close the Strait of Hormuz."), "THREATEN")
    assert [c.type for c in ev.content] == ["COERCE"]
    [ev] = of_type(code(res, "Peru invited Ecuador to join talks in Lima."), "REQUEST")
    assert [(c.type, c.modality) for c in ev.content] == [("CONSULT", "future")]
    assert event_json(ev)["content"][0]["type"] == "CONSULT"


def test_a_purpose_is_no_speech_act_s_content(res):
    evs = code(res, "Kenya sent troops to Somalia to end the fighting.")
    assert {e.type for e in evs} == {"MOBILIZE", "RETREAT"} and all(not e.content for e in evs)


def test_the_store_keeps_the_content_as_an_event_linked_to_its_speech_act(tmp_path):
    doc = tmp_path / "demand.txt"
    doc.write_text("Moscow demanded on Monday that Tbilisi withdraw its forces from Abkhazia.\n")
    db = str(tmp_path / "s.duckdb")
    diplograph.ingest([str(doc)], db=db, published="2024-05-02")
    with Store(db, read_only=True) as store:
        rows = store.query("SELECT c.type, c.modality, s.type AS speech FROM event_mentions c "
                           "JOIN event_mentions s ON s.mention_id = c.content_of")
    assert [(r["type"], r["modality"], r["speech"]) for r in rows] == [("RETREAT", "hypothetical", "REQUEST")]


def test_an_ongoing_relation_retold_in_other_words_is_one_act(res):
    evs = of_type(code(res, "Norway has held talks with the Houthis since 2019. Norwegian envoys also "
                            "negotiated with the Houthis over prisoners. Contacts between Norway and the "
                            "Houthis continued through the war."), "CONSULT")
    pairs = {frozenset((side(e.source), side(e.target))) for e in evs}
    assert len(evs) == len(pairs) == 1, evs
    assert any("ongoing relation" in (r.retell_reason or "") for r in evs[0].retold)


def test_an_ongoing_relation_with_a_new_date_is_a_new_occasion(res):
    evs = of_type(code(res, "Kenya held talks with Ethiopia in March 2019. Kenya held talks with Ethiopia "
                            "again in June 2023."), "CONSULT")
    assert len(evs) == 2, evs


def test_a_casualty_told_with_its_doer_unsaid_is_a_mention_of_the_clash(res):
    evs = of_type(code(res, "Sudanese troops attacked a Chadian border post on Monday. Eleven Chadian "
                            "guards who were wounded in the fighting died overnight. Chad later "
                            "said that four officers had been killed."), "ASSAULT")
    assert len(evs) == 1, evs
    assert (side(evs[0].source), side(evs[0].target)) == ("SDN", "TCD")
    assert any("doer unsaid" in (r.retell_reason or "") for r in evs[0].retold)


def test_a_casualty_beside_clashes_between_two_pairs_stays_apart(res):
    evs = of_type(code(res, "Sudanese troops attacked Chad on Monday. Eritrean troops attacked Ethiopia on "
                            "Monday. Four soldiers were killed."), "ASSAULT")
    assert len(evs) >= 3 or all(e.retold == [] for e in evs), evs


def test_a_coordinated_verb_naming_the_victims_tells_the_same_attack(res):
    evs = of_type(code(res, "In March 1999, Serbian troops ambushed a Kosovar convoy near Pristina and shot "
                            "six fighters dead."), "ASSAULT")
    assert len(evs) == 1, evs
    assert [r.trigger for r in evs[0].retold] == ["shot"]


def test_a_definite_re_mention_dated_by_its_clause_takes_the_act_s_date(res):
    evs = of_type(code(res, "The Taliban seized Kabul on 15 August 2021. Last week, a year after the takeover "
                            "of Kabul, Russia hosted talks."), "COERCE")
    assert len(evs) == 1, evs
    assert evs[0].date.value == "2021-08-15" and evs[0].retold[0].date.value == "2021-08-15"
    assert "yields to the act's" in evs[0].retold[0].retell_reason


def test_two_requests_for_the_same_thing_are_one_act(res):
    evs = of_type(code(res, "Qatar urged Israel to agree a ceasefire on Monday. Later, the Qatari emir said he "
                            "had pressed Israel for an immediate ceasefire."), "REQUEST")
    assert len(evs) == 1, evs
    assert "both about 'ceasefire'" in evs[0].retold[0].retell_reason


def test_two_halves_of_one_request_are_one_act(res):
    # one telling names the asker, the other the one asked; both ask for the same thing
    evs = of_type(code(res, "Malaysia pressed on Tuesday for an immediate ceasefire. \"We appealed to Myanmar "
                            "for an immediate ceasefire,\" an official said."), "REQUEST")
    assert len(evs) == 1, evs
    assert "each names one side" in evs[0].retold[0].retell_reason
