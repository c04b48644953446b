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
