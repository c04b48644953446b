"""The act another clause gives as what a reaction answers, and that act's doer.

"Iran protested after Israel struck its consulate", "Turkey protested when Greece deployed troops",
"North Korea fired a missile, prompting Seoul to lodge a protest", "the EU condemned the strike, saying
Russia had targeted civilians": the reaction is aimed at whoever did the act its linked clause tells. Which
clause links count is grammar (``provocation_marks``, ``provocation_verbs``, the speech participles of
``trailing_reporters``); which event types react, and to which links, is data (``reaction_types``,
``content_reaction_types``) read by the caller (extract/events/recipients.py, step 'provoked').
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp.clauses import (RELATIVE_PRONOUNS, MentionLookup, actor_mentions, children, is_infinitive,
                                    is_passive, prep_objects, subject_of)
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids


def provoked(verb: Token, type_: str, res: MentionLookup, *, sources: bool = True, noun: Token | None = None) -> list:
    """The doer of the act a reaction of ``type_`` told by ``verb`` answers (a light verb's, for its ``noun``:
    "lodged a protest after Y ..."): only for ``reaction_types`` or a ``retort_verbs`` verb ("retaliated after
    Y ..."), never where a message type's verb names its addressee by "to". A clause coordinated before tells what a reaction of ``content_reaction_types`` (or a retort)
    answers only where the reaction names who reacts (``sources``) and has no object but its ``noun`` (the
    light verb's, or the trigger's own word: "vowed revenge"): "Y arrested 2,000 people, and prosecutors
    charged dozens with ..." is no answer to Y."""
    retort = verb.lemma_.lower() in grammar().retort_verbs
    if type_ not in grammar().reaction_types and not retort:
        return []
    if type_ in grammar().message_types and any(p.pos_ in ("NOUN", "PROPN") for p in prep_objects(verb, ("to",))):
        return []  # "appealed to regional lenders after Y cut gas": the addressee it names, even no actor, is asked
    content = type_ in grammar().content_reaction_types
    coordinated = (content or retort) and sources and not any(
        c.dep_ == "dobj" and (noun is None or c.i != noun.i) for c in kids(verb))
    return provoking_actors(verb, res, content=content, coordinated=coordinated)


def provoking_actors(verb: Token, res: MentionLookup, *, content: bool = False, coordinated: bool = False) -> list:
    """The doer of the act a clause linked to ``verb`` gives as what came before, caused or is judged by it:
    an adverbial clause opened by one of ``provocation_marks`` ("X protested after Y struck its consulate",
    "... because Y had ...", "... when Y deployed troops"); the clause a participle of ``provocation_verbs``
    hangs the reaction on ("Y fired a missile, prompting X to protest"); with ``coordinated``, the clause before,
    of its own subject, the reaction's clause is coordinated with ("Y seized a boat and X protested"); with
    ``content``, what a speech participle says ("X condemned the strike, saying Y had targeted civilians")."""
    for clause in _provoking_clauses(verb, content, coordinated):
        subj = subject_of(clause)
        found = actor_mentions(subj, res) if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS else []
        if found:
            return found[:1]
    return []


def _provoking_clauses(verb: Token, content: bool, coordinated: bool) -> list[Token]:
    found = [c for c in children(verb, ("advcl",)) if c.pos_ in ("VERB", "AUX") and any(
        m.dep_ in ("mark", "advmod") and m.i < c.i and m.lower_ in grammar().provocation_marks for m in kids(c))]
    head = verb.head
    hung = verb.dep_ in ("xcomp", "ccomp") or verb.dep_ == "advcl" and is_infinitive(verb)
    if hung and head.dep_ == "advcl" and head.tag_ == "VBG" and head.lemma_.lower() in grammar().provocation_verbs \
            and head.head.pos_ in ("VERB", "AUX") and not children(head, ("nsubj",)):
        found.append(head.head)  # "Y fired a missile, prompting X to protest": the clause the participle hangs on
    if coordinated and verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.i < verb.i \
            and children(verb, ("nsubj",)):
        found.append(head)  # "China seized a fishing boat and Vietnam protested": the clause before, of another subject
    if content:
        found += [c for p in children(verb, ("advcl",)) if p.tag_ == "VBG" and not children(p, ("nsubj",))
                  and p.lemma_.lower() in grammar().trailing_reporters
                  for c in children(p, ("ccomp",)) if c.pos_ in ("VERB", "AUX")
                  and (children(c, ("dobj",)) or is_passive(c))]  # an act done to something, not "civilians had died"
    return found
