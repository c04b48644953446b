"""Acts inside other acts (invented sentences): what a punishment is for is its charge, not a second act told
as done; a retort made by another act is that act; a state acting on its own officials or agencies is no
event between parties; a report keeps the reporter out of the parties; a decision re-mentioned after it
was taken keeps its past."""

from __future__ import annotations

import pytest

import diplograph

FACTUAL = ("asserted", "reported")


def _code(res, text: str, published: str = "2024-03-10") -> list[tuple]:
    return [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id,
             "negated" if e.negated else e.modality) for e in diplograph.code(text, published=published, resources=res)]


def _factual(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if r[3] in FACTUAL]


# -- the charge of a punishment: the act punished is alleged, not told as done -------------------------
CHARGES = [
    ("Police in Dhaka detained four students for backing the outlawed movement.", "SUPPORT"),
    ("Turkey arrested a German reporter for aiding Kurdish militants.", "AID"),
    ("China sanctioned two US firms for selling weapons to Taiwan.", "COOPERATE"),
    ("Israel jailed a Palestinian teenager for attacking soldiers.", "ASSAULT"),
    ("Russia fined the Dutch bank for financing Ukrainian forces.", "AID"),
    ("Azerbaijan arrested two Armenian soldiers for shelling its border posts.", "ASSAULT"),
    ("Tehran executed a dual national for helping Israeli agents.", "AID"),
]


@pytest.mark.parametrize("text, charged", CHARGES)
def test_what_a_punishment_is_for_is_not_told_as_done(res, text, charged):
    rows = _code(res, text)
    assert any(t in ("COERCE", "SANCTION", "ASSAULT") and r in FACTUAL for t, _, _, r in rows), rows
    assert not [r for r in _factual(rows) if r[0] == charged], rows


def test_the_punishment_itself_keeps_its_parties(res):
    rows = _factual(_code(res, "Turkey arrested a German reporter for aiding Kurdish militants."))
    assert rows == [("COERCE", "TUR", "DEU", "asserted")], rows


def test_praise_for_an_act_leaves_the_act_told(res):
    # approval is no charge: what Jordan is praised for was done
    rows = _code(res, "Egypt praised Jordan for sending aid to Gaza.")
    assert ("AID", "JOR", "PSE", "asserted") in rows, rows


def test_an_act_told_in_a_relative_clause_on_the_punished_stays_told(res):
    rows = _code(res, "Iran arrested two men who had attacked a police station.")
    assert any(t == "ASSAULT" and r == "asserted" for t, _, _, r in rows), rows


def test_a_punishment_after_a_told_act_leaves_that_act_told(res):
    rows = _code(res, "Kenya expelled two Ugandan diplomats after Uganda shelled a border post.")
    assert ("ASSAULT", "UGA", None, "asserted") in rows or any(
        t == "ASSAULT" and s == "UGA" and r == "asserted" for t, s, _, r in rows), rows


# -- a retort made by another act is that act ------------------------------------------------------
def test_a_retaliation_by_an_expulsion_is_the_expulsion(res):
    rows = _factual(_code(res, "Hanoi retaliated against Beijing by expelling two Chinese diplomats."))
    assert ("SANCTION", "VNM", "CHN", "asserted") in rows, rows
    assert not [r for r in rows if r[0] == "ASSAULT"], rows


def test_a_retaliation_by_closing_a_consulate_is_no_attack(res):
    rows = _factual(_code(res, "Ottawa retaliated by closing the Indian consulate in Vancouver."))
    assert not [r for r in rows if r[0] == "ASSAULT"], rows
    assert any(t == "SANCTION" and s == "CAN" for t, s, _, _ in rows), rows


def test_an_arrest_for_a_deed_named_by_a_noun_leaves_the_deed_told(res):
    # the bombing took place, whoever did it; only a gerund's act is the punished party's alleged deed
    rows = _code(res, "Police arrested a man for the bombing of the US embassy.")
    assert any(t == "ASSAULT" and tg == "USA" and r == "asserted" for t, _, tg, r in rows), rows


def test_an_arrest_for_protesting_tells_the_protest(res):
    rows = _code(res, "Turkish police detained 20 Palestinians for protesting against Israel outside the consulate.")
    assert any(t == "PROTEST" and tg == "ISR" and r == "asserted" for t, _, tg, r in rows), rows


def test_a_retaliation_with_strikes_is_an_attack(res):
    rows = _factual(_code(res, "Israel retaliated against Hezbollah with air strikes on southern Lebanon."))
    assert any(t == "ASSAULT" and s == "ISR" for t, s, _, _ in rows), rows


def test_a_retaliation_against_a_named_state_is_kept(res):
    rows = _factual(_code(res, "Hezbollah fighters retaliated against Israel on Sunday."))
    assert any(t == "ASSAULT" and tg == "ISR" for t, _, tg, _ in rows), rows


# -- a state acting on its own officials or agencies: no event between parties ---------------------
OWN = [
    "Sri Lanka suspended the head of its police.",
    "Ghana's government suspended the director of its intelligence agency.",
    "Peru's president dismissed the chief of the country's army.",
    "The cabinet ordered a committee to investigate the bombing.",
    "Kenya sacked its police chief on Monday.",
    "Kenya suspended the chief of its National Police Service.",
    "Kenya suspended its police chief.",
]


@pytest.mark.parametrize("text", OWN)
def test_an_act_on_the_states_own_organs_is_no_event(res, text):
    rows = _factual(_code(res, text))
    assert rows == [], rows


def test_a_recall_of_an_own_ambassador_still_falls_on_the_host(res):
    rows = _factual(_code(res, "Kenya recalled its ambassador to Sudan."))
    assert rows == [("SANCTION", "KEN", "SDN", "asserted")], rows


def test_a_suspension_of_another_states_official_is_kept(res):
    rows = _factual(_code(res, "Ethiopia suspended the head of the Kenyan police."))
    assert any(t == "SANCTION" and s == "ETH" and tg == "KEN" for t, s, tg, _ in rows), rows


def test_a_suspension_of_a_foreign_broadcaster_is_kept(res):
    rows = _factual(_code(res, "Mali suspended the French broadcaster for three months."))
    assert any(t == "COERCE" and s == "MLI" and tg == "FRA" for t, s, tg, _ in rows), rows


def test_a_briefing_between_officials_of_one_state_is_no_event(res):
    rows = _factual(_code(res, "Pakistan's army chief briefed Prime Minister Shehbaz Sharif on the border situation."))
    assert rows == [], rows


def test_a_meeting_with_an_own_minister_is_no_event(res):
    rows = _factual(_code(res, "Israel's prime minister met his defence minister on Sunday."))
    assert rows == [], rows


def test_a_demand_for_the_release_of_ones_own_is_kept(res):
    rows = _factual(_code(res, "Iran seized a Greek tanker. Greece demanded its release."))
    assert any(t == "REQUEST" and s == "GRC" and tg == "IRN" for t, s, tg, _ in rows), rows


def test_a_meeting_with_a_foreign_leader_is_kept(res):
    rows = _factual(_code(res, "President Biden met Chinese President Xi Jinping in Bali."))
    assert [r[:3] for r in rows] == [("CONSULT", "PER_JOE_BIDEN", "PER_XI_JINPING")], rows


# -- reporters are not parties -------------------------------------------------------------------
def test_according_to_a_news_agency_names_no_party(res):
    rows = _code(res, "According to Reuters, France expelled two Russian diplomats.")
    assert [r[:3] for r in _factual(rows)] == [("SANCTION", "FRA", "RUS")], rows


def test_an_official_telling_reuters_is_no_consultation(res):
    rows = _code(res, "France expelled two Russian diplomats, a French official told Reuters.")
    assert [r[:3] for r in _factual(rows)] == [("SANCTION", "FRA", "RUS")], rows


def test_a_state_telling_a_news_agency_of_its_aid(res):
    rows = _factual(_code(res, "Egypt told Reuters it had sent aid to Gaza."))
    assert [r[:3] for r in rows] == [("AID", "EGY", "PSE")], rows


def test_a_report_inside_a_report_stays_reported(res):
    rows = _code(res, "Ankara said Moscow had claimed that Kyiv shelled the plant.")
    assert [r for r in rows if r[0] == "ASSAULT"] == [("ASSAULT", "UKR", None, "reported")], rows


def test_an_act_told_through_two_sayings_is_reported(res):
    rows = _code(res, "Diplomats said Qatar had informed Hamas that Israel had accepted the proposal.")
    assert [r for r in rows if r[0] == "AGREE"] == [("AGREE", "ISR", None, "reported")], rows


def test_an_act_told_by_one_saying_keeps_its_reading(res):
    rows = _code(res, "Qatar told Hamas that Israel had accepted the proposal.")
    assert [r for r in rows if r[0] == "AGREE"] == [("AGREE", "ISR", None, "asserted")], rows


def test_a_closure_relayed_by_officials_is_reported(res):
    rows = _code(res, "Officials said Egypt had informed Israel that Cairo had closed the Rafah crossing.")  # (the crossing both share: on the other, places18)
    assert ("COERCE", "EGY", "PSE", "reported") in rows, rows
    told = _code(res, "Egypt informed Israel that Cairo had closed the Rafah crossing.")
    assert ("COERCE", "EGY", "PSE", "asserted") in told, told


# -- a decision re-mentioned after it was taken keeps its past ---------------------------------------
def test_tariffs_imposed_last_month_are_told_as_imposed(res):
    rows = _code(res, "The tariffs that Washington imposed on Canada last month will rise in April.")
    assert ("COERCE", "USA", "CAN", "asserted") in rows, rows


def test_an_embargo_imposed_in_a_past_year_is_told_as_imposed(res):
    rows = _code(res, "The embargo that Ankara imposed on Armenia in 2021 will be lifted next month.")
    assert any(t in ("COERCE", "SANCTION") and s == "TUR" and tg == "ARM" and r == "asserted"
               for t, s, tg, r in rows), rows


def test_sanctions_announced_on_monday_are_no_future_act(res):
    rows = _code(res, "The sanctions on Iran, announced by the EU on Monday, take effect in May.")
    assert not [r for r in rows if r[3] == "future"], rows


def test_a_ban_approved_last_week_is_decided_though_it_takes_effect_later(res):
    rows = _code(res, "Kyiv's ban on Russian books, approved last week, will take effect next year.")
    assert ("COERCE", "UKR", "RUS", "asserted") in rows, rows
    assert not [r for r in rows if r[0] in ("COERCE", "THREATEN") and r[3] == "future"], rows


def test_a_ban_only_proposed_stays_unmade(res):
    # "proposed" is no decision: the ban is not told as imposed
    rows = _code(res, "Kyiv's ban on Russian books, proposed last week, would take effect next year.")
    assert not [r for r in rows if r[0] == "COERCE" and r[3] in FACTUAL], rows
