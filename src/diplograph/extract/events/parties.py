"""The parties of an act of several sides, told around its noun or by its go-between: who meets whom.

- :func:`party_gerund`: an "-ing" form with a "between" phrase hung as a clause of its own names the act
  ("as fighting between A and B raged": no act of the main clause's subject).
- :func:`brokered`: a go-between named in a hyphenated participle before a noun of talks ("Qatari-brokered
  talks between A and B") or as the agent of a passive it is the subject of ("talks were hosted by Qatar
  between A and B") consults each party.
- :func:`meeting_parties`: the parties a mediator or host acts between deal with one another through it:
  "X mediated between A and B", "X carried messages between A and B", "X hosted A and B for talks" code
  X->A, X->B and one CONSULT between A and B.

Which nouns take their parties so is data: a trigger entry listing "between" or "among" among its ``preps``
(``data/triggers.yaml``); which verbs are a go-between's: an entry's mode is one of ``go_between_modes``
(``data/grammar.yaml``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from diplograph.extract.events.pairs import _pairs, _Ref
from diplograph.extract.events.recipients import PAIR_PREPS
from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar


TOLD = frozenset({"asserted", "reported", "habitual"})  # a go-between's act told as done


def party_gerund(tok: Token) -> bool:
    """ "as fighting between A and B raged": an "-ing" form the parser hung as a subordinate clause of its own
    (a marker, no subject, auxiliary or object) with a "between" phrase is a noun of the act whose parties that
    phrase names, not a verb sharing the main clause's subject."""
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and bool(cl.children(tok, ("mark",))) \
        and not cl.children(tok, ("aux", "auxpass", "nsubj", "nsubjpass", "dobj")) \
        and bool(cl.prep_objects(tok, tuple(PAIR_PREPS)))


def meeting_parties(events: list, doc, coder) -> list:
    """Besides a go-between's CONSULT with each party, one CONSULT between the parties: the parties of one
    go-between's trigger told as done, two sides or more, that no act of the sentence already joins, where
    what the go-between handles is their talks (:func:`_talks`; ``coder`` matches the trigger entries)."""
    joined = {(e.sentence, frozenset((e.source.actor_id, e.target.actor_id))) for e in events
              if e.source is not None and e.target is not None}  # (the parties' own act told: "signed the
    # accord brokered by X", "a truce brokered by X between A and B")
    groups: dict[tuple, list] = {}
    for e in events:
        if e.mode in grammar().go_between_modes and e.type == "CONSULT" and e.source is not None and e.target is not None \
                and e.modality in TOLD:  # (an intended or hypothetical mediation tells no talks held)
            groups.setdefault((e.token, e.source.actor_id), []).append(e)
    added, done = [], set()
    for (token, _), group in groups.items():
        if token in done or not _talks(doc[token], coder):
            continue
        done.add(token)
        parties = [_Ref(e.target) for e in group]
        for a, b in _pairs(parties, [], "CONSULT", mutual=True):
            if a is None or b is None:
                continue  # (one party only)
            key = (group[0].sentence, frozenset((a.actor.actor_id, b.actor.actor_id)))
            if key not in joined:
                joined.add(key)
                added.append(replace(group[0], source=a.actor, target=b.actor))
    if not added:
        return events
    return sorted(events + added, key=lambda e: (e.sentence, e.start))


def _talks(tok: Token, coder) -> bool:
    """What the go-between's verb handles is the parties' talks: no object ("mediated between A and B"),
    the parties themselves ("hosted A and B"), talks ("hosted talks between A and B") or what its entry
    names ("carried messages between A and B"); not an act of another kind, which tells the parties' own act
    ("brokered a truce between A and B", "brokered an exchange of prisoners between A and B")."""
    entry = coder._match_verb(tok) if tok.pos_ in ("VERB", "AUX") else None
    named = entry.objects or () if entry is not None else ()
    for obj in cl.patients_of(tok):
        if obj.pos_ != "NOUN" or obj.lemma_.lower() in named:
            continue
        act = coder._match_noun(obj)
        if act is not None and act.type != "CONSULT":
            return False
        if act is None and any(cl.prep_objects(h, tuple(PAIR_PREPS)) for h in (obj, *cl.prep_objects(obj, ("of",)))):
            return False
    return True


def brokered(events: list, doc, coder) -> list:
    """ "Qatari-brokered talks between A and B", "a Turkish-hosted meeting of A and B": the actor a hyphenated
    participle of a go-between's verb names before a noun of talks consults each party (a CONSULT of mode
    third-party beside the talks); not before a noun of another act ("the Turkish-brokered deal"), which tells
    the parties' own act."""
    modes = grammar().go_between_modes
    added, seen = [], {(e.token, _id(e.source), _id(e.target)) for e in events}
    for e in events:
        noun = doc[e.token] if e.token >= 0 else None
        if noun is None or noun.pos_ != "NOUN" or e.type != "CONSULT":
            continue
        brokers = [m for part, names in _go_betweens(noun) if part.tag_ == "VBN" and any(
            t.mode in modes for t in coder.lex.verbs.get(part.lemma_.lower(), ()))
            for name in names for m in cl.actor_mentions(name, coder.res)]
        for broker in brokers:
            for side in (e.source, e.target):
                key = (e.token, broker.actor.actor_id, _id(side))
                if side is None or key in seen or cl.same_side(side, broker.actor):
                    continue
                seen.add(key)
                added.append(replace(e, type="CONSULT", act_type="CONSULT", mode="third-party", source=broker.actor,
                                     target=side, intensity=coder.onto.intensity("CONSULT", "third-party"),
                                     quad=coder.onto.quad("CONSULT")))
    return sorted(events + added, key=lambda e: (e.sentence, e.start)) if added else events


def _go_betweens(noun: Token) -> list:
    """The participles that may name who went between the parties of ``noun``, each with the words naming
    them: "Qatari-brokered talks" (a hyphenated modifier), "talks were hosted by Qatar between A and B" (the
    agent of the passive the noun is the subject of)."""
    found = [(part, cl.children(part, ("npadvmod", "compound"))) for part in cl.children(noun, ("amod",))]
    if noun.dep_ == "nsubjpass":
        found.append((noun.head, [o for by in cl.children(noun.head, ("agent",)) for o in cl.children(by, ("pobj",))]))
    return found


def _id(ref) -> str | None:
    return None if ref is None else ref.actor_id
