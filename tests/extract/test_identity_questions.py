"""A heading's question about an act the body tells as fact is a mention of that act, not a second
event (extract/events/identity.py ``_asked``; the store joins it: store/merge_plan.py), on invented texts."""

from __future__ import annotations

import json

import diplograph
from diplograph.store.database import Store

OUTREACH = ("Why is Turkey reaching out to Armenia?\n\n"
            "Turkish diplomats held talks with Armenian officials in Ankara, the ministry said. "
            "Both sides called the meeting useful.\n")


def code(res, text, published="2024-05-02"):
    return diplograph.code(text, resources=res, published=published)


def side(ref):
    return ref.actor_id if ref else None


def of_type(events, type_):
    return [e for e in events if e.type == type_]


def test_a_headline_question_about_an_ongoing_relation_is_a_mention_of_it(res):
    evs = of_type(code(res, OUTREACH), "CONSULT")
    assert len(evs) == 1, evs
    ev = evs[0]
    assert (side(ev.source), side(ev.target)) == ("TUR", "ARM")
    assert ev.modality == "asserted" and ev.trigger == "talks"  # the body's telling is the act
    asked = [r for r in ev.retold if r.modality == "question"]
    assert [r.trigger for r in asked] == ["reaching"]
    assert "a question in a heading asks about the act" in asked[0].retell_reason


def test_a_headline_question_about_a_discrete_act_is_a_mention_of_it(res):
    text = ("Why did Russia attack Ukraine's power grid?\n\n"
            "Russian forces attacked Ukraine's power grid on Monday, officials in Kyiv said. "
            "Millions were left without electricity.\n")
    evs = of_type(code(res, text), "ASSAULT")
    assert len(evs) == 1, evs
    # told as done (by the victim's officials: reported, one side's saying about the other)
    assert evs[0].modality in ("asserted", "reported") and evs[0].date.value == "2024-04-29"
    assert [r.modality for r in evs[0].retold] == ["question"]


def test_a_question_about_another_pair_stays_a_question(res):
    text = OUTREACH.replace("to Armenia?", "to Greece?")
    evs = of_type(code(res, text), "CONSULT")
    assert sorted((e.modality, side(e.target)) for e in evs) == [("asserted", "ARM"), ("question", "GRC")]
    assert all(not e.retold or all(r.modality != "question" for r in e.retold) for e in evs)


def test_a_question_about_another_act_stays_a_question(res):
    text = ("Why did Turkey threaten Armenia?\n\n"
            "Turkish diplomats held talks with Armenian officials in Ankara, the ministry said.\n")
    evs = code(res, text)
    asked = [e for e in evs if e.modality == "question"]
    assert asked and all(e.type != "CONSULT" for e in asked), evs
    assert all(r.modality != "question" for e in evs for r in e.retold)


def test_a_future_question_and_a_denial_in_the_body_stay_apart(res):
    text = ("Will Brazil recognise Kosovo?\n\n"
            "Brazil has not recognised Kosovo, its foreign minister said on Tuesday.\n")
    evs = code(res, text)
    asked = [e for e in evs if e.modality == "question"]
    assert len(asked) == 1 and (side(asked[0].source), side(asked[0].target)) == ("BRA", "XKX"), evs
    assert not asked[0].negated and not asked[0].retold
    assert all(r.modality != "question" for e in evs for r in e.retold)


def test_a_question_with_no_telling_in_the_body_stays_a_question(res):
    text = "Why is Turkey reaching out to Armenia?\n\nThe weather in Ankara was cold. Markets were calm.\n"
    evs = of_type(code(res, text), "CONSULT")
    assert [(e.modality, side(e.source), side(e.target)) for e in evs] == [("question", "TUR", "ARM")]


def test_the_store_joins_the_question_to_the_body_s_event(tmp_path):
    doc = tmp_path / "outreach.txt"
    doc.write_text(OUTREACH)
    db = str(tmp_path / "s.duckdb")
    diplograph.ingest([str(doc)], db=db, published="2024-05-02")
    with Store(db, read_only=True) as store:
        rows = store.query("SELECT event_id, modality, merge_reason FROM events WHERE type = 'CONSULT'")
        assert len(rows) == 1, rows
        assert rows[0]["modality"] == "asserted"
        assert "a question in a heading asks about the act" in rows[0]["merge_reason"]
        ms = store.query("SELECT modality, trigger FROM event_mentions WHERE event_id = ? ORDER BY start",
                         [rows[0]["event_id"]])
        assert [(m["modality"], m["trigger"]) for m in ms][:2] == [("question", "reaching"), ("asserted", "talks")]
    out = tmp_path / "e.jsonl"
    from diplograph.cli import main  # the export shows the question on its mention
    try:
        main.app(["export", "events", "--db", db, "-o", str(out)], standalone_mode=False)
    except SystemExit:
        pass
    ev = [json.loads(line) for line in out.read_text().splitlines() if json.loads(line)["type"] == "CONSULT"][0]
    assert [m.get("modality") for m in ev["mentions"]][0] == "question"
    assert ev["modality"] == "asserted"
