"""Searching a verb's predicate for an actor: the nearest one (the fallback recipient), whom a
protest is aimed at, and which prepositional adjuncts (time, comparison, the venue of a meeting)
are never searched."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp.clauses import (OBJ, MentionLookup, _head_actor, children, comitative_phrases, is_infinitive,
                                    is_passive, same_side)
from diplograph.nlp.grammar import grammar, named_venue
from diplograph.nlp.syntax import restated_object
from diplograph.nlp.tokens import kids


def _excluded(actor, exclude) -> bool:
    return any(same_side(actor, s.actor) for s in exclude)


def purpose_targets(tok: Token, res: MentionLookup, exclude: list, aimed_only: bool = False) -> list:
    """Whom a protest is aimed at, from its stated purpose: "(staged a strike) to demand X's
    resignation", "calling for independence from X", "in protest of/against X's decision"; for an act noun, a
    participle of purpose on it (``purpose_participles``: "drills aimed at deterring X"; with ``aimed_only``, only
    that: a clause after an act of force tells its outcome as often as its purpose)."""
    found = []
    for c in kids(tok):
        purpose = c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and (
            c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)))
        protest_pp = c.dep_ == "prep" and c.lower_ == "in" and any(
            p.lemma_.lower() in ("protest", "support", "solidarity") for p in children(c, ("pobj",)))
        if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and c.lower_ in grammar().purpose_participles:
            # "drills aimed at deterring X", "exercises meant to deter X": the purposed act
            c = next((v for v in [*children(c, ("xcomp",)), *(g for p in children(c, ("prep",)) if p.lower_ == "at"
                                                             for g in children(p, ("pcomp",)))]
                      if v.pos_ == "VERB"), None)
            purpose = c is not None
        elif aimed_only:
            continue
        if purpose or protest_pp:
            start = c if purpose else children(c, ("pobj",))[0]
            m = predicate_actor(start, res, exclude)
            if m is not None:
                found.append(m)
    return found


PREDICATE_SKIP = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "neg", "punct", "mark",
                            "advcl", "ccomp", "parataxis", "conj", "cc", "relcl", "agent", "npadvmod"})


def _adjunct(tok: Token, places: bool) -> bool:
    """A prepositional adjunct of time or comparison ("after X", "unlike X"), or of place ("in
    Lisbon") unless ``places`` (the act falls on the place named)."""
    words = grammar()
    dep, low = tok.dep_, tok.lower_
    if dep in ("prep", "advmod") and (low == "with" or low in words.comitative_preps or low in words.comitative_adverbs) \
            and any(tok.i in (p.i, p.head.i) for p in comitative_phrases(tok.head)):
        return True  # "together with X", "alongside X": a co-agent (:func:`~diplograph.nlp.clauses.co_agents`)
    if dep != "prep":
        return False
    return low in words.adjunct_preps or (not places and low in words.place_preps) \
        or any(p.lemma_.lower() in words.adjunct_nouns for p in children(tok, ("pobj",)))


def venue_type(type_: str) -> bool:
    """Acts whose place adjuncts are venues, not targets (meetings, agreements)."""
    return type_ in grammar().venue_types


def _content_clause(tok: Token) -> bool:
    """ "a memorandum to lease land in X", "a deal to build a port in X": an infinitive on a noun
    with no subject of its own says what the noun commits to (searched like the noun's own phrase)."""
    return tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and is_infinitive(tok) \
        and not children(tok, ("nsubj", "nsubjpass"))


def _forum(tok: Token, res: MentionLookup) -> bool:
    """The occasion or body something was said at: "warned at a NATO summit" (``forum_nouns``; not "at a
    meeting with X"), "warned against interference at the WTO" (an international body after "at")."""
    if tok.dep_ != "prep":
        return False
    pobjs = children(tok, ("pobj",))
    if tok.lower_ in ("at", "in", "during") and any(p.lemma_.lower() in grammar().forum_nouns and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in kids(p)) for p in pobjs):
        return True
    return tok.lower_ == "at" and any(m is not None and m.actor.kind == "igo" for p in pobjs for m in [res.at_token(p.i)])


def _landmark(tok: Token, res: MentionLookup) -> bool:
    """ "burned homes in villages near X", "a camp in a town along X's border": a landmark phrase on a place
    already named by a preposition of place, when it names a whole state (not a city: "in villages near
    Jenin" lie in its state), tells where that place lies, not whom the act falls on; "shot down
    Iranian-made drones": a modifier of a thing's maker (``origin_participles``) is not its holder."""
    words = grammar()
    if tok.dep_ in ("amod", "compound"):  # (nor the tongue a thing is in: "Russian-language schools")
        return tok.lower_ in words.origin_participles or tok.lemma_.lower() in words.language_nouns
    head = tok.head
    if not (tok.dep_ == "prep" and tok.lower_ in words.landmark_preps and head.dep_ == "pobj"
            and head.head.lower_ in words.place_preps and head.head.lower_ not in words.aimed_preps):
        return False
    return any(m is not None and m.how in ("name", "alias", "demonym") and m.actor.kind == "state"
               for pobj in children(tok, ("pobj",)) for m in [_head_actor(pobj, res, 0)])


def predicate_actor(verb: Token, res: MentionLookup, exclude: list, *, places: bool = True, passes=None):
    """The actor nearest to the verb in its predicate (objects, prepositional phrases), breadth first.
    Adjuncts of time and comparison are not searched, nor those of place unless ``places``; an actor
    for which ``passes(mention)`` is true is passed over (the search goes on below it)."""
    # "to cede power by X": a by-phrase of an active verb is a means, a time or a misplaced agent, never
    # whom the act falls on
    active = verb.pos_ in ("VERB", "AUX") and not is_passive(verb)
    queue = [c for c in kids(verb) if c.dep_ not in PREDICATE_SKIP and not _adjunct(c, places) and not _forum(c, res)
             and not _landmark(c, res)
             and not (active and c.dep_ == "prep" and c.lower_ == "by") and not restated_object(c)]
    # the trigger's own adjuncts and its object's ("signed a treaty at X") are where it happened;
    # deeper down ("agreed to open a centre in X") a place is where the promised act falls
    venue = set() if places else {c.i for c in queue if c.dep_ in OBJ}
    seen = 0
    while queue and seen < 40:
        cur = queue.pop(0)
        seen += 1
        m = res.at_token(cur.i)
        if named_venue(cur, m):
            continue  # "boycotted the Tashkent conference": where it meets, not a party
        if m is not None and not _excluded(m.actor, exclude):
            found = _head_actor(cur, res, 0) or m
            if not _excluded(found.actor, exclude) and not (passes and passes(found)):
                return found  # (not "its peacekeepers", the source's own, nor what ``passes`` skips)
        # "the return of land seized by X": an agent inside the predicate (not the verb's own) counts
        # (not for a meeting or an agreement: "signed the deal brokered by X": X mediated, a third party)
        queue.extend(c for c in kids(cur) if (c.dep_ not in PREDICATE_SKIP or (c.dep_ == "agent" and places)
                                              or _content_clause(c)
                                              or (c.dep_ == "conj" and cur.dep_ == "acl" and cur.tag_ == "VBN" and places))
                     # ("talks hosted or attended by X": conjoined participles of one noun)
                     and not _adjunct(c, cur.i not in venue) and not _forum(c, res) and not _landmark(c, res))
    return None
