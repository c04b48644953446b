"""Doers a clause names without a subject: the agent of an agentless passive, read from a place or
from the patient's owner, the parties of what a third party mediated, and the doer of an act whose
subject is another act ("the attack by X killed ...") or a thing sent by one ("rockets fired by X hit ...").

Grammar only: which words and types behave so is data (``data/grammar.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.events.nominal import noun_candidate
from diplograph.extract.events.ontology import Trigger
from diplograph.extract.events.pairs import _others
from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar


def passive_agent(tok: Token, trig: Trigger, res) -> list:
    """The agent an agentless passive names by a place: "X was summoned to the foreign ministry in Y"
    (the office's state summoned X), "X was expelled from Y" (Y expelled X), "X was arrested in Y"
    (Y's authorities arrested X), "rockets were fired from Y" (Y's side fired)."""
    words = grammar()
    if trig.mode == "release":  # "fishermen detained by X were freed": their captor, named on them, frees them
        captors = [m for obj in cl.patients_of(tok) for acl in cl.children(obj, ("acl",)) if acl.tag_ == "VBN"
                   for agent in cl.children(acl, ("agent",)) for pobj in cl.children(agent, ("pobj",))
                   for m in cl.actor_mentions(pobj, res)]
        captors += [m for pobj in cl.prep_objects(tok, ("from",)) if pobj.lemma_.lower() in words.holding_nouns
                    for m in cl.actor_mentions(pobj, res)]  # "were released from rebel custody": the rebels
        if captors:
            return captors
    if trig.type in ("ASSAULT", "COERCE"):  # "X was tortured in Israeli custody": whoever holds X did it
        keepers = [m for pobj in cl.prep_objects(tok, ("in",)) if pobj.lemma_.lower() in words.holding_nouns
                   for m in cl.actor_mentions(pobj, res)]
        if keepers:
            return keepers
    if tok.lemma_.lower() in words.goal_agent_verbs:
        preps = ("to",)
    elif tok.lemma_.lower() in words.removal_agent_verbs:
        preps = ("from",)
    elif trig.type in words.locative_agent_types and not (trig.joint or trig.partner):
        preps = ("in",)  # (not where a joint act was done: "the treaty was signed in Lisbon" is its venue)
    elif trig.type in words.origin_agent_types:
        preps = ("from",)
    else:
        preps = ()
    if trig.type in words.owner_agent_types or trig.mode in words.owner_agent_modes:
        # "Iranian drones were supplied to Russia", "Japan's envoy was recalled": the patient's owner acts
        owners = [m for s in cl.children(tok, cl.PASS_SUBJ) for m in cl.actor_mentions(s, res)
                  if m.actor.kind == "state" and m.actor.via is None]
        if owners or not preps:
            return owners
    # "put under investigation in Y", "taken into custody in Y": the place may hang on the state's noun
    holders = [tok, *cl.prep_objects(tok, ("under", "into"))]
    # a bloc expels its member, a group frees its captives; force comes from a state's ground
    kinds = ("state", "igo", "group", "organisation") if preps == ("from",) \
        and trig.type not in words.origin_agent_types else ("state",)
    return [m for h in holders for pobj in cl.prep_objects(h, preps) for m in cl.actor_mentions(pobj, res)
            if m.actor.kind in kinds and m.actor.via is None]


def mediated_parties(tok: Token, res, sources: list) -> list:
    """ "A and B signed the deal brokered by X": the parties to what X mediated are those who act on it."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.dep_ not in cl.OBJ or noun.head.pos_ not in ("VERB", "AUX"):
        return []
    return _others(cl.subject_mentions(noun.head, res), sources)


# acts done in deed, whose noun may stand as the doer of another act ("the strike shut down the capital")
ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})


def act_agents(subj: Token, res, coder) -> list | None:
    """An act named as the subject of another act is done by its own agent: "the attack by X killed
    ten soldiers", "X called a strike that shut down the capital", "the raid carried out by X
    destroyed ...": whoever does the named act does what it does, never whom it fell on ("the bombing
    of X's parliament killed five"). None where ``subj`` names no act (``coder`` matches the triggers)."""
    if subj.lemma_.lower() in grammar().container_nouns:  # "a wave of arrests by X targeted ...": the act counted
        subj = next(iter(cl.prep_objects(subj, ("of",))), subj)
    named = coder._match_noun(subj) if subj.pos_ == "NOUN" and res.at_token(subj.i) is None else None
    if named is None or named.type not in ACTS:
        return _launchers(subj, res, coder)
    found = noun_candidate(subj, named, res, coder.lex).sources or [  # ("a Saudi-led strike": a modifier's)
        m for m in cl.actor_mentions(subj, res) if m.token_start < subj.i]
    # "X called a strike that ...", "the strike called by X", "the strike X called": a verb telling the
    # act (an act in deed) names its doer; so does one claiming it ("a bombing claimed by X")
    telling = ([subj.head] if subj.dep_ == "dobj" else []) + cl.children(subj, ("acl", "relcl"))
    for verb in telling:
        if not found and verb.pos_ == "VERB" and ((told := coder._match_verb(verb)) is not None and told.type in ACTS
                                                  or verb.lemma_.lower() in grammar().claim_verbs) \
                and (verb.i == subj.head.i or cl.patients_of(verb) in ([], [subj])):
            who = cl.subject_of(verb)
            found = cl.actor_mentions(who, res) if who is not None and who.i != subj.i else []
    return found


def _launchers(subj: Token, res, coder) -> list | None:
    """ "Rockets fired by X hit Y", "a drone launched by X struck Z": a thing the subject names, sent by an act
    in deed told in its reduced relative, does what it does for that act's agent. None where no such agent
    is named (the subject's own actors stand)."""
    if subj.pos_ != "NOUN" or res.at_token(subj.i) is not None or cl.actor_mentions(subj, res):
        return None
    found = [m for acl in cl.children(subj, ("acl",)) if acl.tag_ == "VBN"
             and (told := coder._match_verb(acl)) is not None and told.type in ACTS
             for agent in cl.children(acl, ("agent",)) for pobj in cl.children(agent, ("pobj",))
             for m in cl.actor_mentions(pobj, res)]
    return found or None
