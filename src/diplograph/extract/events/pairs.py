"""From a trigger's participants to its events' (source, target) pairs.

Which participants are one side (a state and its own organs, the same actor), which acts go both
ways (mutual acts, reciprocals) or are one event whichever side is named first (talks, agreements),
and small helpers on resolved mentions shared by the coder.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations, permutations
from typing import Iterable

from spacy.tokens import Token

from diplograph.extract.actors.words import SEPARATE_BRANCHES, STATE_SECTORS
from diplograph.extract.events.ontology import types_in
from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids
from diplograph.records import ActorRef

SYMMETRIC = types_in("together")  # conjoined subjects act together
UNORDERED = frozenset({"CONSULT", "COOPERATE", "AGREE"})  # one event whichever side is named first


@dataclass(slots=True)
class _Ref:
    """A bare actor in the shape of a resolved mention."""

    actor: ActorRef


# a city named before a meeting noun ("the Tashkent conference", "Moscow format talks") is where it
# met, not who met
VENUE_FORMS = frozenset({"capital", "seat", "place"})

# restrictions imposed or lifted (curfews, states of emergency): they fall on the place named
PLACE_BOUND = frozenset({"COERCE", "CONCEDE", "RETREAT"})


def _event_phrase(noun: Token) -> bool:
    """ "in a clash with X", "in talks with X": an "in" phrase naming an event its clause's subject
    takes part in, unlike the manner idioms "in support of X", "in response to X"."""
    return any(c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "by"))
               for c in kids(noun))


def _perpetrators(nouns: list[Token], res, sources: list) -> list:
    """Who committed what is investigated: "crimes by X", "abuses committed by X"."""
    found = []
    for noun in nouns:
        agents = cl.prep_objects(noun, ("by",))
        for acl in cl.children(noun, ("acl",)):
            agents += cl.prep_objects(acl, ("by",))
        for a in agents:
            found += _others(cl.actor_mentions(a, res), sources)
    return _uniq(found)


def deed(noun: Token, nouns, res) -> bool:
    """A noun naming a deed done by someone (an event noun of the lexicon, or a misdeed: "abuses",
    "violations"): a "by" phrase on it names its own doer, not that of an act told around it."""
    return noun.pos_ == "NOUN" and res.at_token(noun.i) is None and bool(
        nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_) or noun.lemma_.lower() in grammar().misdeed_nouns)


# acts aimed at whoever did a deed they answer ("protests against abuses by X", "sanctions over killings by X")
DEED_ANSWERS = frozenset({"PROTEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN", "COERCE"})


def deed_doers(holders: Iterable[Token], nouns, res, sources: list, verb: Token | None = None) -> list:
    """The doers of the deeds among ``holders`` ("against abuses by X", "over the arrests carried out by X");
    with ``verb``, an active verb those phrases hang on, also a "by" phrase right after a deed that the parse
    hung on the verb ("marched against land seizures by the army": an active verb takes no agent)."""
    deeds = [h for h in holders if deed(h, nouns, res)]
    found = _perpetrators(deeds, res, sources)
    if not found and verb is not None and deeds and not cl.is_passive(verb):
        after = {d.right_edge.i + 1 for d in deeds}
        found = _others([m for by in kids(verb) if by.dep_ in ("prep", "agent") and by.lower_ == "by" and by.i in after
                         for o in cl.children(by, ("pobj",)) for m in cl.actor_mentions(o, res)], sources)
    return _uniq(found)


def stray_agents(noun: Token, nouns, res) -> list[Token]:
    """ "condemned the raid on the camp by X", "summoned the envoy over the ramming of a boat by Y": a "by"
    phrase right after a deed's phrase that the parse hung on the active verb above it (an active verb takes
    no agent) is the deed's own; not on a bare participle, whose agent it may be ("the envoy summoned by X"),
    nor where a deed inside the phrase ends there too ("its condemnation of the attack by X": the attack's)."""
    end = noun.right_edge.i
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or cl.is_passive(verb) or (verb.tag_ == "VBN" and not cl.children(verb, ("aux",))) or any(
            d.i != noun.i and d.right_edge.i == end and deed(d, nouns, res) for d in noun.subtree):
        return []
    return [o for by in kids(verb) if by.dep_ in ("prep", "agent") and by.lower_ == "by" and by.i == end + 1
            for o in cl.children(by, ("pobj",))]


def judged_doers(verb: Token, nouns, res, sources: list) -> list:
    """ "condemned the storming of the compound by X", "denounced the raid on Y by X": a judgement of a deed
    its object names is aimed at the deed's doer, named by a "by" phrase on the deed, on its patient or
    target phrase ("the raid on the camp by X") or, misparsed, on the judging verb."""
    deeds = [obj for obj in cl.patients_of(verb) if deed(obj, nouns, res)]
    agents = [o for d in deeds for h in (d, *(p for p in cl.prep_objects(d, ("of", "on", "against", "at", "into"))
                                              if not deed(p, nouns, res)))
              for o in cl.prep_objects(h, ("by",))] or [o for d in deeds for o in stray_agents(d, nouns, res)]
    return _uniq(_others([m for o in agents for m in cl.actor_mentions(o, res)], sources))


def _others(targets: list, sources: list) -> list:
    """The targets not on a source's side ("a demand from X" lists X both ways)."""
    return [t for t in targets if not any(cl.same_side(t.actor, s.actor) for s in sources)]


def _uniq(mentions: Iterable) -> list:
    seen, out = set(), []
    for m in mentions:
        if m.actor.actor_id not in seen:
            seen.add(m.actor.actor_id)
            out.append(m)
    return out


def _pairs(sources: list, targets: list, type_: str, mutual: bool = False, together: bool = True,
           joint: bool = False) -> list[tuple]:
    """The (source, target) pairs of a candidate; ``together``: conjoined doers of a :data:`SYMMETRIC`
    type act on each other ("A and B signed an accord"), not where each only acts alone ("A and B
    praised the decision": the trigger entry is not ``joint``); ``joint`` (the entry's): so do those of
    any type whose only named recipients are generic ("A and B swapped prisoners": each frees the other's)."""
    if not sources and mutual and len(_uniq(targets)) >= 2 and type_ in UNORDERED:
        sources, targets = targets, []  # "the talks brought together X and Y": a joint act's parties, no doer named
    sources = _uniq(sources)
    # a target is dropped when it is on the source's side; "French farmers" (FRA, sector CVL) and
    # "Paris" (FRA) are different parties, "Russia" and "Russian troops" one (clauses.same_side)
    targets = [t for t in _uniq(targets) if not any(cl.same_side(t.actor, s.actor) or own_organ(t.actor, s.actor)
                                                   for s in sources)]
    if len(sources) >= 2 and (type_ in SYMMETRIC and together or joint) and targets \
            and all(t.actor.actor_id.startswith(cl.GENERIC_PREFIX) for t in targets):
        targets = []  # "A and B agreed to exchange prisoners": each other's partners, not the prisoners'
        mutual = mutual or joint
    if sources and targets:
        pairs = [(s, t) for s in sources for t in targets]
        if mutual and type_ not in UNORDERED:  # "X clashed with Y": each side fought the other
            pairs += [(t, s) for s, t in pairs]
        return pairs
    if len(sources) >= 2 and (mutual or (type_ in SYMMETRIC and together)):
        # "A and B held talks": one event; "clashes between A and B", "A and B signed an accord",
        # "A and B accused each other": each acts on the other
        # ("between Kenyan President X and his Somali counterpart": Kenya and its president are one side)
        return [(a, b) for a, b in (combinations(sources, 2) if type_ in UNORDERED else permutations(sources, 2))
                if not (cl.same_side(a.actor, b.actor) or own_organ(a.actor, b.actor) or own_organ(b.actor, a.actor))]
    if sources:
        return [(s, None) for s in sources]  # "A and B attacked the town": each acted, on no named actor
    if targets:
        return [(None, t) for t in targets]
    return []


def partners_back(pairs: list, token: Token, type_: str) -> list:
    """ "X signed a treaty with Y", "X exchanged prisoners with Y": the partner of a joint act named in a
    "with" phrase (on the trigger or on its object) does it too, one line per direction (not for the
    types matched either way, :data:`UNORDERED`)."""
    if type_ in UNORDERED:
        return pairs
    holders = {token.i, *(h.i for o in cl.patients_of(token) for h in (o, *cl.closing_conjunct(o)))}
    back = []
    for src, tgt in pairs:
        if src is None or tgt is None:
            continue
        head = token.doc[tgt.token_end - 1]
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "with" and prep.head.i in holders:
            back.append((tgt, src))
    known = {(_id(a), _id(b)) for a, b in pairs}
    return pairs + [(a, b) for a, b in back if (_id(a), _id(b)) not in known]


def own_organ(target: ActorRef, source: ActorRef) -> bool:
    """ "Russia recalled its ambassador", "Egypt's president praised the Egyptian army": an organ
    of the acting state (its officials, forces, police, courts) is not a second party; a branch that acts
    apart from the executive (``separate_branches``: "a Kenyan lawmaker protested the president's ...") is."""
    state = source.via or source.actor_id
    if source.sector != target.sector and {source.sector, target.sector} & SEPARATE_BRANCHES \
            and source.via is not None and target.via is not None:
        return False
    return (target.via or target.actor_id) == state and target.sector in STATE_SECTORS \
        and (source.sector in STATE_SECTORS or source.via is not None)


def _ref(m) -> ActorRef | None:
    return None if m is None else m.actor


def _id(m) -> str | None:
    return None if m is None else m.actor.actor_id


def joint_entry(cand, entries: list, res):
    """ "A and B held naval drills", "X held drills with Y": an act noun done by two parties together takes
    its lemma's entry of a type matched either way (``exercise``: MOBILIZE, with a partner COOPERATE), and
    its parties act on each other; any other candidate is returned unchanged."""
    trig = cand.trigger
    if trig.pos != "NOUN" or trig.type in UNORDERED:
        return cand
    joint = next((t for t in entries if t.type in UNORDERED and t.lemma == trig.lemma), None)
    if joint is None:
        return cand
    if len({m.actor.actor_id for m in cand.sources}) > 1 and not cand.targets:
        return replace(cand, trigger=joint, mutual=True)
    if cand.clause.i == cand.token.i or not cand.sources:
        return cand  # (a partner is named on the clause's verb: "held drills with Y")
    partners = _others([m for pobj in cl.prep_objects(cand.clause, joint.preps) for m in cl.actor_mentions(pobj, res)],
                       cand.sources)
    return replace(cand, trigger=joint, targets=partners) if partners else cand
