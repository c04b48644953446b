"""Reactions aimed at the doer of an act: "Peru condemned the expulsion" is aimed at whoever expelled.

:mod:`.identity` runs this once a document's retellings are linked, so that the doer is read from
the act's fullest telling.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Token

from diplograph.extract.events.ontology import types_in
from diplograph.extract.events.pairs import UNORDERED
from diplograph.nlp.grammar import grammar
from diplograph.nlp.syntax import RELATIVE_PRONOUNS, relative_anchor
from diplograph.nlp.tokens import kids, tokens
from diplograph.records import ActorRef, Event

DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
REACTIONS = types_in("judgement")


def _side(ref: ActorRef | None) -> str | None:
    """The actor a side counts as (a person acting for a state counts as the state, as in the store)."""
    return None if ref is None else (ref.via or ref.actor_id)


def aim_reactions(events: list[Event], doc: Doc, act_of: Callable[[Token], str | None]) -> None:
    """A reaction to an act is aimed at whoever did it: "Peru condemned the expulsion", "called the
    deal illegal", "Iran's criticism of the execution".  The act is the event coded on the reaction's
    object (the object of the verb; of, for, against or over after the noun); its doer is named by
    the act's fullest telling; where no event is coded on the object, a definite or possessive event
    noun ("the expulsion", "Glas' detention") names the last act of its type told before it.  A
    reaction that names no target, or names the act's patient ("condemned Navalny's arrest": Navalny
    is not condemned), takes the doer."""
    at: dict[int, int] = {}
    for k, ev in enumerate(events):
        if ev.token >= 0:
            at.setdefault(ev.token, k)
    toks = tokens(doc)
    for ev in events:
        if ev.type not in REACTIONS or ev.token < 0 or ev.source is None or ev.retells is not None:
            continue
        tok = toks[ev.token]
        if tok.pos_ in ("VERB", "AUX"):
            objs = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
            # "gave its backing to the proposal": what a light verb's act is given to is judged
            objs += [o for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("to", "for")
                     for o in kids(p) if o.dep_ == "pobj"]
            if tok.dep_ == "acl" and tok.tag_ == "VBN":
                objs.append(tok.head)  # "..., a move condemned by X"
            if tok.dep_ == "relcl" and not objs and tok.head.pos_ == "NOUN":
                objs.append(tok.head)  # "..., a claim X denied": a contact clause's object is its noun
            if tok.dep_ == "conj" and not objs and not any(c.dep_ in ("nsubj", "aux") for c in kids(tok)):
                # "the deal was welcomed in X and criticised in Y": the conjuncts share the passive's subject
                objs = [c for c in kids(tok.head) if c.dep_ == "nsubjpass"]
        else:
            objs = [o for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("of", "for", "against", "over")
                    for o in kids(p) if o.dep_ == "pobj"]
            if not objs and tok.dep_ == "dobj":  # "the execution drew condemnation from X": the verb's subject
                objs = [s for s in kids(tok.head) if s.dep_ == "nsubj" and s.pos_ == "NOUN"  # ("the move drew ...")
                        and (act_of(s) or s.lemma_.lower() in grammar().summary_nouns)]
        for obj in objs:
            if _names(ev.target, obj):
                continue  # the object is the actor aimed at, not an act
            k = _told_at(obj, tok, at, events)
            if k is None or (events[k].source is None and events[k].retells is None):
                # (an act noun coded without its doer, "welcomed such help": the act it refers back to)
                back = _referent(events, obj, act_of, min(tok.i, obj.i))
                k = back if back is not None else k
            if k is None:
                continue
            act = events[k]
            first = events[act.retells] if act.retells is not None else act
            doer = first.source or act.source
            if doer is None or _side(doer) == _side(ev.source):
                continue
            if ev.target is not None and any(_side(ev.target) in (_side(e.source), *(
                    [_side(e.target)] if e.type in UNORDERED else [])) for e in events if e.token == act.token):
                break  # "welcomed the truce (the talks) between X and Y": each party did the act, each is aimed at
            if ev.target is None or _side(ev.target) in (_side(act.target), _side(first.target)):
                ev.target = doer
            break


def _told_at(obj: Token, reaction: Token, at: dict[int, int], events: list[Event]) -> int | None:
    """The event told at the reaction's object: coded on it, or on the relative clause that tells it ("the
    strikes, which X carried out, drew protests"); a relative pronoun standing for the thing an act was done
    to stands for that act ("Y fired two missiles, which X condemned": Y's firing; not for a judgement of it:
    "X welcomed the deal, which Z rejected" is not aimed at X)."""
    if obj.lower_ in RELATIVE_PRONOUNS and reaction.dep_ == "relcl" and obj.head.i == reaction.i:
        thing = relative_anchor(reaction.head)
        if thing.i not in at and thing.dep_ == "dobj" and thing.head.pos_ in ("VERB", "AUX"):
            k = at.get(thing.head.i)
            return k if k is not None and events[k].type not in REACTIONS else None
        obj = thing
    if obj.i in at:
        return at[obj.i]
    return next((at[c.i] for c in kids(obj) if c.dep_ == "relcl" and c.i in at and c.i != reaction.i
                 and events[at[c.i]].type not in REACTIONS and c.lemma_.lower() not in grammar().answering_verbs),
                None)  # ("the deal, which Z rejected (accepted)": Z answered it, did not do it)


def _referent(events: list[Event], noun: Token, act_of: Callable[[Token], str | None], before: int) -> int | None:
    """The act a definite or possessive noun refers back to: the last one told before ``before`` (the
    reaction and the noun) that names
    its doer and is of the type the noun names ("the expulsion") or was done to a thing of that name
    ("signed a deal … the deal")."""
    if noun.lemma_.lower() in grammar().summary_nouns and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                             for c in kids(noun)):
        # "X expelled Y's envoy, a move condemned by Z": the act its sentence told before it
        here = [k for k, ev in enumerate(events) if 0 <= ev.token < before and ev.source is not None
                and noun.sent.start <= ev.token]
        return here[0] if here else None
    if not any(c.dep_ == "poss" or (c.dep_ in ("det", "amod", "predet") and c.lower_ in DEFINITE) for c in kids(noun)):
        return None  # ("such help": "such" may be parsed as an adjective)
    type_ = act_of(noun)
    toks = tokens(noun.doc)
    lemma = noun.lemma_.lower()
    found = None
    for k, ev in enumerate(events):
        if ev.token < 0 or ev.token >= before or ev.source is None:
            continue
        if found is not None and events[found].token == ev.token:
            continue  # "X signed a deal with Y": the act's first telling (X's) names its doer
        if (type_ is not None and type_ in (ev.type, ev.act_type)) or any(
                c.dep_ == "dobj" and c.lemma_.lower() == lemma and not _names(ev.target, c)
                for c in kids(toks[ev.token])):
            found = k
    if found is None and type_ is None and lemma in grammar().summary_nouns and not any(
            c.dep_ in ("prep", "acl", "relcl", "poss") for c in kids(noun)):
        return _last_act(events, noun, before)  # "X executed a cleric. Y condemned the move"
    return found


def _last_act(events: list[Event], noun: Token, before: int) -> int | None:
    """The act a definite summary noun with nothing of its own ("the move", "the decision") sums up: the
    last act told as done, not a reaction, before it in its sentence or the one before (no further); a formal
    act of diplomacy coded as support ("recognised X's sovereignty", "opened an embassy in X") is an act, no
    reaction."""
    sent = noun.sent
    start = noun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    here = [k for k, ev in enumerate(events) if start <= ev.token < before and ev.source is not None
            and (ev.type not in REACTIONS or ev.context == "diplomatic") and ev.modality in ("asserted", "reported") and not ev.negated]
    return here[-1] if here else None


def _names(ref: ActorRef | None, tok: Token) -> bool:
    """The actor mention ``ref`` covers the token (it names an actor, not an act)."""
    return ref is not None and 0 <= ref.start <= tok.idx < ref.end
