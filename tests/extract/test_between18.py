"""The parties of talks and mediation (branch between18, extract/events/parties.py): a "between" phrase on the
verb an act noun is the subject of names the noun's parties, and the parties a go-between (a mediator, a host, a
carrier of messages) acts between deal with one another too.  Invented sentences; CONSULT, AGREE and COOPERATE
are matched in either direction."""

from __future__ import annotations

import pytest
from helpers import coded_flat as _events
from helpers import side_is as _is

from diplograph.nlp.grammar import grammar


def _has(text, typ, a, b, ordered=False) -> bool:
    evs = [e for e in _events(text) if e.type == typ]
    return any(_is(e.source, a) and _is(e.target, b) for e in evs) or (
        not ordered and any(_is(e.source, b) and _is(e.target, a) for e in evs))


def _rows(text):
    return [(e.type, e.source and e.source.actor_id, e.target and e.target.actor_id) for e in _events(text)]


@pytest.mark.parametrize("text,mediator,a,b", [
    ("Algeria mediated between Mali and Niger on Sunday.", "DZA", "MLI", "NER"),
    ("Angola's mediation between Rwanda and Burundi resumed in Luanda last week.", "AGO", "RWA", "BDI"),
    ("Switzerland carried messages between Washington and Havana for years.", "CHE", "USA", "CUB"),
    ("Turkey hosted Somali and Ethiopian ministers in Ankara for talks.", "TUR", "SOM", "ETH"),
])
def test_a_go_between_meets_each_party_and_the_parties_meet(text, mediator, a, b):
    assert _has(text, "CONSULT", mediator, a, ordered=True), _rows(text)
    assert _has(text, "CONSULT", mediator, b, ordered=True), _rows(text)
    assert _has(text, "CONSULT", a, b), _rows(text)


@pytest.mark.parametrize("text,a,b", [
    ("Talks resumed in Geneva on Friday between Egypt and Ethiopia.", "EGY", "ETH"),
    ("Negotiations began in Muscat between Yemen and Saudi Arabia.", "YEM", "SAU"),
])
def test_a_between_phrase_on_the_verb_of_a_talks_noun_names_its_parties(text, a, b):
    assert _has(text, "CONSULT", a, b), _rows(text)


@pytest.mark.parametrize("text,a,b", [
    # the parties' own act is told by the noun or the verb: no meeting added beside it
    ("Kenya brokered an exchange of prisoners between Sudan and South Sudan.", "SDN", "SSD"),
    ("Peru and Ecuador signed the accord brokered by Brazil.", "PER", "ECU"),
    # a "between" phrase on a verb with an object of its own is not the talks' parties
    ("The talks split the disputed islands between Japan and Russia.", "JPN", "RUS"),
])
def test_no_meeting_between_the_parties_where_none_is_told(text, a, b):
    assert not _has(text, "CONSULT", a, b), _rows(text)


@pytest.mark.parametrize("text,broker,a,b", [
    ("Kuwaiti-brokered talks between Bahrain and Qatar resumed in March.", "KWT", "BHR", "QAT"),
    ("A Swiss-hosted meeting between Greek and Turkish officials took place on Friday.", "CHE", "GRC", "TUR"),
])
def test_a_hyphenated_go_between_before_talks_consults_each_party(text, broker, a, b):
    assert _has(text, "CONSULT", broker, a, ordered=True) and _has(text, "CONSULT", broker, b, ordered=True), _rows(text)
    assert _has(text, "CONSULT", a, b), _rows(text)


def test_a_hyphenated_go_between_before_another_act_is_no_party():
    text = "A Kenyan-brokered deal between Ethiopia and Eritrea was signed in Nairobi."
    assert not _has(text, "CONSULT", "KEN", "ETH", ordered=True), _rows(text)


def test_a_gerund_clause_with_a_between_phrase_names_the_fighting_not_the_main_subject():
    # the parser hangs "fighting" as a clause of its own sharing the main clause's subject
    text = "Canada flew 40 of its nationals out of Libya on Friday, as fighting between the LNA and Turkey raged in Tripoli."
    rows = _rows(text)
    assert not [r for r in rows if r[0] == "ASSAULT" and "CAN" in r[1:]], rows


def test_messages_alone_are_no_meeting():
    assert not [r for r in _rows("Kuwait passed a message to the press.") if r[0] == "CONSULT"]


def test_go_between_modes_are_data():
    assert {"third-party", "host"} <= grammar().go_between_modes
