"""Grammar word lists (``data/grammar.yaml``): control verbs, adjunct prepositions, reciprocals.

They say which words play which syntactic role whatever the event type, so the syntax helpers
(:mod:`diplograph.nlp.clauses`) read them instead of carrying their own literals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from diplograph.data import read_word_lists

KEYS = ("object_control", "object_gerund_preps", "aimed_preps", "adjunct_preps", "place_preps", "venue_types", "venue_nouns", "reciprocals", "predicative_heads", "seat_heads", "response_nouns", "answering_preps", "response_verbs", "party_verbs", "denial_verbs", "judging_verbs",
        "goal_agent_verbs", "adjunct_nouns", "locative_agent_types",
        "noun_control_verbs", "noun_recipient_control_verbs",
        "origin_agent_types", "removal_agent_verbs", "container_nouns", "authored_nouns", "addressee_nouns", "ruling_nouns", "relation_nouns", "counterpart_nouns", "retort_verbs", "owner_participles", "summary_nouns", "place_verbs", "departure_words", "resultative_verbs",
        "comitative_preps", "comitative_adverbs", "owner_agent_types", "owner_agent_modes",
        "sender_participles", "motive_nouns", "destination_participles", "claim_nouns", "claim_verbs", "answer_nouns",
        "impact_verbs", "subject_control", "control_preps", "frame_participles", "provocation_marks", "provocation_verbs", "reaction_types", "content_reaction_types", "author_participles",
        "concessive_preps", "danger_nouns", "danger_verbs", "serving_modifiers", "topic_preps", "culprit_preps",
        "trailing_reporters", "endeavour_nouns", "misdeed_nouns", "holding_nouns", "alleged_types", "temporal_marks", "coming_heads",
        "gathering_nouns", "gathering_types", "writing_verbs", "message_types", "headline_verbs", "route_preps",
        "onset_participles", "allegation_nouns", "restating_nouns", "crowd_types", "boundary_nouns",
        "lemma_repairs", "foe_preps", "helping_types", "landmark_preps", "origin_participles", "forum_nouns", "language_nouns", "measure_verbs", "deed_verbs",
        "purpose_participles", "office_nouns", "thought_verbs", "wreck_verbs", "scaling_verbs", "naming_verbs",
        "go_between_modes", "sharing_preps", "happening_objects", "territory_acts", "placeless_modes", "harm_verbs",
        "stopping_verbs", "projectile_nouns", "result_types", "raising_passives", "home_justice", "undergoing_verbs", "undergoing_nouns",
        "topic_on_types", "topic_verbs")


class GrammarError(ValueError):
    """``data/grammar.yaml`` is malformed (one-line message)."""


@dataclass(frozen=True, slots=True)
class Grammar:
    object_control: frozenset[str]
    object_gerund_preps: frozenset[str]
    aimed_preps: frozenset[str]
    adjunct_preps: frozenset[str]
    place_preps: frozenset[str]
    venue_types: frozenset[str]
    venue_nouns: frozenset[str]
    reciprocals: frozenset[str]
    predicative_heads: frozenset[str]
    seat_heads: frozenset[str]
    response_nouns: frozenset[str]
    answering_preps: frozenset[str]
    response_verbs: frozenset[str]
    party_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    judging_verbs: frozenset[str]
    goal_agent_verbs: frozenset[str]
    adjunct_nouns: frozenset[str]
    locative_agent_types: frozenset[str]
    noun_control_verbs: frozenset[str]
    noun_recipient_control_verbs: frozenset[str]
    origin_agent_types: frozenset[str]
    removal_agent_verbs: frozenset[str]
    container_nouns: frozenset[str]
    authored_nouns: frozenset[str]
    addressee_nouns: frozenset[str]
    ruling_nouns: frozenset[str]
    relation_nouns: frozenset[str]
    counterpart_nouns: frozenset[str]
    retort_verbs: frozenset[str]
    office_nouns: frozenset[str]
    writing_verbs: frozenset[str]
    message_types: frozenset[str]
    owner_participles: frozenset[str]
    landmark_preps: frozenset[str]
    origin_participles: frozenset[str]
    forum_nouns: frozenset[str]
    language_nouns: frozenset[str]
    summary_nouns: frozenset[str]
    place_verbs: frozenset[str]
    departure_words: frozenset[str]
    resultative_verbs: frozenset[str]
    comitative_preps: frozenset[str]
    comitative_adverbs: frozenset[str]
    go_between_modes: frozenset[str]
    owner_agent_types: frozenset[str]
    owner_agent_modes: frozenset[str]
    sender_participles: frozenset[str]
    motive_nouns: frozenset[str]
    destination_participles: frozenset[str]
    claim_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    answer_nouns: frozenset[str]
    impact_verbs: frozenset[str]
    subject_control: frozenset[str]
    raising_passives: frozenset[str]
    home_justice: frozenset[str]
    undergoing_verbs: frozenset[str]
    undergoing_nouns: frozenset[str]
    control_preps: frozenset[str]
    frame_participles: frozenset[str]
    provocation_marks: frozenset[str]
    provocation_verbs: frozenset[str]
    reaction_types: frozenset[str]
    content_reaction_types: frozenset[str]
    author_participles: frozenset[str]
    concessive_preps: frozenset[str]
    danger_nouns: frozenset[str]
    danger_verbs: frozenset[str]
    serving_modifiers: frozenset[str]
    topic_preps: frozenset[str]
    culprit_preps: frozenset[str]
    trailing_reporters: frozenset[str]
    endeavour_nouns: frozenset[str]
    misdeed_nouns: frozenset[str]
    holding_nouns: frozenset[str]
    alleged_types: frozenset[str]
    temporal_marks: frozenset[str]
    coming_heads: frozenset[str]
    gathering_nouns: frozenset[str]
    gathering_types: frozenset[str]
    headline_verbs: frozenset[str]
    route_preps: frozenset[str]
    onset_participles: frozenset[str]
    allegation_nouns: frozenset[str]
    restating_nouns: frozenset[str]
    crowd_types: frozenset[str]
    boundary_nouns: frozenset[str]
    lemma_repairs: frozenset[str]
    foe_preps: frozenset[str]
    helping_types: frozenset[str]
    measure_verbs: frozenset[str]
    deed_verbs: frozenset[str]
    purpose_participles: frozenset[str]
    thought_verbs: frozenset[str]
    wreck_verbs: frozenset[str]
    scaling_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    sharing_preps: frozenset[str]
    happening_objects: frozenset[str]
    territory_acts: frozenset[str]
    placeless_modes: frozenset[str]
    harm_verbs: frozenset[str]
    stopping_verbs: frozenset[str]
    projectile_nouns: frozenset[str]
    result_types: frozenset[str]
    topic_on_types: frozenset[str]
    topic_verbs: frozenset[str]
    # derived: the nouns that restate a clause told before (restated.py), allegations among them
    restating_words: frozenset[str] = frozenset()
    # verbs whose relative clause on a judged noun tells another's answer to it, not its doing
    answering_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The validated word lists (loaded once per process)."""
    lists = read_word_lists("grammar.yaml", "grammar", KEYS, GrammarError,
                            upper=frozenset({"venue_types", "locative_agent_types", "origin_agent_types",
                                             "owner_agent_types", "reaction_types", "content_reaction_types", "alleged_types",
                                             "gathering_types", "crowd_types", "message_types", "helping_types",
                                             "territory_acts", "result_types", "topic_on_types"}))
    short = sorted(v for v in lists["headline_verbs"] if len(v.split()) < 2)
    if short:  # each entry is a verb and the objects it takes in a headline (nlp/headline.py)
        raise GrammarError(f"grammar.yaml: headline_verbs: {short[0]!r}: expected a verb and at least one object")
    return Grammar(**lists, restating_words=lists["restating_nouns"] | lists["allegation_nouns"],
                   answering_verbs=lists["response_verbs"] | lists["denial_verbs"] | lists["judging_verbs"])


# how a place is named when it is the venue a meeting or an instrument is named after (a capital, a city, a seat)
VENUE_HOWS = frozenset({"capital", "seat", "place"})


def venue_noun(tok) -> bool:
    """A noun of a meeting or an instrument that may be named after its venue (``venue_nouns``)."""
    return tok.pos_ in ("NOUN", "PROPN") and not grammar().venue_nouns.isdisjoint((tok.lemma_.lower(), tok.lower_))


def named_venue(tok, m) -> bool:
    """The mention ``m`` at ``tok`` names the venue of the meeting or instrument ``tok`` modifies ("the
    Tashkent conference", "the Paris climate accord", "the Treaty of Lisbon")."""
    if m is None or m.how not in VENUE_HOWS:
        return False
    head = tok.head
    if tok.dep_ == "compound" and head.dep_ == "compound" and head.i < head.head.i:
        head = head.head  # "the Paris climate accord"
    elif tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ != "compound":
        return False
    return venue_noun(head)


def answered_deed(tok) -> bool:
    """A noun naming the deed a retort answers: the object of an ``answering_preps`` preposition on a
    ``retort_verbs`` verb or a ``response_nouns`` noun ("retaliate for the strike", "respond to the
    expulsion", "revenge for the killing of X"); a conjunct counts as its head."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or prep.lower_ not in grammar().answering_preps:
        return False
    holder = prep.head.lemma_.lower()
    return holder in grammar().retort_verbs or holder in grammar().response_nouns
