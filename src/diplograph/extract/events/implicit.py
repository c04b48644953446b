"""Implicit sides: the party an act is done to (or by) when the clause leaves it unsaid.

News tells a relationship as a sequence of acts between the same parties and leaves a side unsaid
where the reader knows it: "Somalia expelled the Ethiopian ambassador. It also closed two consulates"
(closed them on Ethiopia), "Armenia sent rescuers to Turkey. It also pledged aid"
(pledged it to Turkey). This is the implicit-argument problem of discourse semantics; the rule used here is
the simple, well-attested one: the missing side of a told act (asserted or reported) is the
counterpart of the known side in the nearest earlier told two-sided event of the document, within
``window`` sentences, that has the known side as one of its two parties (the doer of an act of armed
force only from a conflictual act other than a request: a mediator who spoke with or called on one side lends
no doer to a firefight). A request for help (mode ``assist``) is made to friends: it takes no addressee from
a conflictual act ("Russia attacked Ukraine. Ukraine asked for more weapons": not of Russia).

An act on an act ("defended the raid", "condemned the decision") is done to the act's doer: its
target is implied only as the doer of an earlier act its known side underwent ("Kenya expelled
Uganda's envoy. Uganda condemned the decision": Kenya), never as the one that act fell on ("Ecuador
raided Mexico's embassy. Ecuador defended the raid": not Mexico).

An agent is never taken from another act of the same sentence: there the grammar saw every actor,
and an agent it did not find is unsaid on purpose ("Sweden condemned the arrest of X": Sweden did not
arrest X; "Y negotiated the release of the hostages": Y did not hold them).

Nothing further is guessed. Taking the counterpart from the document's leading relationship (the pair
told most often) was tried and dropped: read by hand, about half of such sides were wrong, most of all
in analyses of one relationship, where every act of one party on a third would be given the other.

A threat with no target whose maker's country underwent an act of force from abroad in the sentence
before or its own ("Pakistani jets struck Afghanistan. The Taliban administration vowed to retaliate") is
aimed at that act's doer, though the maker (a group or an organ of the country) is not the state struck.

Likewise a protest or accusation with no target right after an act of force or coercion by another country
that names no one it fell on ("China seized a boat; Vietnam protested") is aimed at that act's doer.

A body's meeting with no partner told ("ECOWAS chiefs are to meet", "after its summit") is a meeting of its
own members and takes no implied partner.

A retelling of an act (``retells``, linked by :mod:`.identity`, which runs first) takes its sides
from its first telling and is left alone here. A filled side is flagged ``implied`` (stored, exported and shown as such) so an analyst can weigh it,
and it never makes a self-loop or joins two government actors of one state. Parties are compared as the actor
a person acts for (``via``), so the president of X has X's counterparts.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.tokens import Doc, Token

from diplograph.extract.actors.words import GROUP_NOUNS
from diplograph.extract.events.homestates import governing
from diplograph.nlp.grammar import grammar
from diplograph.nlp.syntax import asks_a_noun, children, patients_of
from diplograph.records import ActorRef, Event

TOLD = ("asserted", "reported")
_FORCE = frozenset({"ASSAULT", "MOBILIZE"})  # acts of armed force: their other side is a party to the conflict


def _party(a: ActorRef) -> str:
    return a.via or a.actor_id


def _country(a: ActorRef) -> str:
    return a.country or _party(a)


def _parties(a: ActorRef) -> frozenset[str]:
    """What a side counts as: its party; a group acting as a state's government ("Kabul" for the
    Taliban) is also that state ("Pakistani jets struck Afghan posts. Kabul protested")."""
    return frozenset({_party(a), a.country}) if governing(a) else frozenset({_party(a)})


def _counterpart(ev: Event, parties: frozenset[str]) -> ActorRef | None:
    """The other side of a two-sided event ``ev`` that has one of ``parties`` as one side."""
    if ev.source is None or ev.target is None:
        return None
    if _party(ev.source) in parties:
        return ev.target
    if _party(ev.target) in parties:
        return ev.source
    return None


def _together(found: ActorRef, known: ActorRef, doers: list[ActorRef]) -> bool:
    """``found`` is among the doers of ``known``'s act, named in one phrase with it."""
    return any(_party(d) == _party(found) and d.start >= 0 and known.start >= 0 and (
        (d.start, d.end) == (known.start, known.end) or max(d.start, known.start) - min(d.end, known.end) <= 5)
        for d in doers)


def _implied(side: ActorRef) -> ActorRef:
    """The counterpart as an implied side: no span in the sentence."""
    return replace(side, start=-1, end=-1, implied=True)


def fill_implicit(events: list[Event], window: int = 2, judging: frozenset[int] = frozenset(),
                  said: frozenset[int] = frozenset(), judged: frozenset[int] = frozenset(),
                  agent_said: frozenset[int] = frozenset(), describing: frozenset[int] = frozenset()) -> list[Event]:
    """``events`` (one document, in document order) with implied sides filled where the rule above
    finds one; other events are returned unchanged. ``judging`` holds the trigger tokens whose object
    is itself an act ("defended the raid", "condemned the decision"): such an event is done to the
    act's doer, so its target is implied only from an act its known side underwent. ``said`` holds
    the trigger tokens whose object names people the knowledge base does not know ("arrested liberal
    activists", "expelled a group of smugglers"): their target is said, and none is implied. ``judged``
    holds the act nouns another act of their sentence is about ("refused to condemn X's invasion"):
    the judge is no party to the act judged, so those take no side from their own sentence.
    ``agent_said`` holds the trigger tokens whose doer the grammar names with words no actor stands for
    ("their criticism" of unnamed channels, "We welcome ..." unresolved): their source is not implied.
    ``describing`` holds the trigger tokens of cooperative acts told to describe an actor that
    undergoes them ("the Houthis, backed by Iran, fired ...", "Hezbollah, which Iran funds"): who stands
    behind an actor is background, not a step of the story, and lends no counterpart."""
    out: list[Event] = []
    # the doers of each judgement of an act: one of several named together as its subject ("Both sides condemned
    # the attack", "A and B condemned it": one phrase, or names a comma or "and" apart) is never the others'
    # counterpart (the act judged is a third party's; not so an act they do to each other: "A and B disengaged")
    doers: dict[int, list[ActorRef]] = {}
    for ev in events:
        if ev.source is not None and ev.token >= 0:
            doers.setdefault(ev.token, []).append(ev.source)
    for ev in events:
        if ev.modality not in TOLD or (ev.source is None) == (ev.target is None) or ev.retells is not None \
                or (ev.type == "CONSULT" and ev.target is None and ev.source.kind == "igo") \
                or (ev.target is None and ev.token in said) or (ev.source is None and ev.token in agent_said):
            out.append(ev)
            continue
        known = ev.source if ev.source is not None else ev.target
        parties = _parties(known)
        found = None
        for prev in reversed(out):  # the events before this one (``out`` holds them, in order)
            if prev.sentence < ev.sentence - window:
                break
            if ev.token in judged and prev.sentence == ev.sentence:
                continue
            if ev.type in _FORCE and ev.source is None and (prev.quad in (1, 2) or prev.type == "REQUEST"):
                continue  # a firefight's other side comes from the fighting told before, not from a mediator's call
            if prev.modality in TOLD and prev.token not in judging and prev.token not in describing:
                # (a judgement of an act, "Y condemned the raid", says nothing of whom acts fell on)
                found = _counterpart(prev, parties)
                if found is not None and ev.type == "REQUEST" and ev.mode == "assist" and prev.quad in (3, 4):
                    found = None  # "X attacked Y. Y asked for weapons": help is asked of friends, not of a foe
                    break
                if found is not None:
                    if ev.token in judging and ev.target is None and prev.target is found:
                        found = None  # "X raided Y's embassy. X defended the raid": not an act on Y
                    break
        if found is None and ev.type == "THREATEN" and ev.target is None:
            found = _struck_back(out, ev, known)  # "X struck Y. The Y group vowed to retaliate": at X
        if found is None and ev.type == "ACCUSE" and ev.target is None and ev.token not in judging:
            found = _protested(out, ev, known)  # "China seized a boat; Vietnam protested": at China
        if found is None or _party(found) in parties or found.actor_id == known.actor_id \
                or (ev.token in judging and _together(found, known, doers.get(ev.token, ()))) or (
                _country(found) == _country(known) and found.sector == known.sector == "GOV") or (
                ev.source is None and prev.sentence == ev.sentence):
            out.append(ev)
            continue
        side = _implied(found)
        out.append(replace(ev, target=side) if ev.source is not None else replace(ev, source=side))
    return out


def _struck_back(before: list[Event], ev: Event, known: ActorRef) -> ActorRef | None:
    """The doer of the last act of force told within a sentence before a threat with no target, done
    from abroad to the country of the threat's maker (a group or an organ of it, not named as the state
    the act fell on): "Pakistani jets struck Afghanistan. The Taliban administration vowed to retaliate"."""
    for prev in reversed(before):
        if prev.sentence < ev.sentence - 1:
            return None
        if prev.type in _FORCE and prev.modality in TOLD and prev.source is not None and prev.target is not None \
                and _country(prev.target) == _country(known) != _country(prev.source):
            return prev.source
    return None


def _protested(before: list[Event], ev: Event, known: ActorRef) -> ActorRef | None:
    """The doer of the act of force or coercion told, with no one it fell on named, right before (in its
    sentence or the one before) a protest with no target by another country: "China seized a boat; Vietnam
    protested" is aimed at China. Only the nearest earlier event is read."""
    for prev in reversed(before):
        if prev.sentence < ev.sentence - 1:
            return None
        if prev.quad == 4 and prev.type != "PROTEST" and prev.modality in TOLD and prev.source is not None \
                and prev.target is None and _country(prev.source) != _country(known):
            return prev.source
        return None
    return None


def fill_in_document(events: list[Event], doc: Doc, act_named: Callable[[Token], str | None]) -> list[Event]:
    """:func:`fill_implicit` with the marks the grammar of ``doc`` gives each trigger: ``judging`` (its
    object is an act, "defended the raid", or an author's ruling or statement, "rejected the ruling"), ``said`` (its object names people: "arrested liberal
    activists"; a noun of GROUP_NOUNS or a name) and ``judged`` (an act noun that another trigger of
    the sentence, or the infinitive under it, is about: "refused to condemn X's invasion"; the gerund a
    judgement gives as its reason: "praised X for arresting ...")."""
    judging, said, judged, agent_said, describing = set(), set(), set(), set(), set()
    authored = grammar().ruling_nouns | grammar().authored_nouns
    for ev in events:
        if ev.token < 0:
            continue
        trigger = doc[ev.token]
        patients = patients_of(trigger)
        # (not its own act noun: "sent aid" is the aid sent, not a judgement of it)
        acts = [o.i for o in patients if act_named(o) and act_named(o) not in (ev.type, ev.act_type)]
        if acts or (ev.type not in _FORCE and any(o.lemma_.lower() in authored for o in patients)):
            judging.add(ev.token)  # "rejected the ruling", "welcomed the statement": aimed at the author
            # (force falls on things, never on a text: "shelled Pakistani posts" are positions)
        if any(o.pos_ == "PROPN" or o.lower_ in GROUP_NOUNS for o in patients):
            said.add(ev.token)
        if asks_a_noun(trigger) and not any(o.lemma_.lower() in grammar().counterpart_nouns for o in patients):
            said.add(ev.token)  # "asked TV channels to ...": the one asked is said, if not an actor
            # ("pressed his counterpart to ...": the other party, told before)
        if trigger.pos_ == "NOUN" and children(trigger, ("poss",)) or children(trigger, ("nsubj",)):
            agent_said.add(ev.token)  # "their criticism", "they welcomed": a doer the grammar names
        if trigger.dep_ in ("acl", "relcl") and trigger.pos_ in ("VERB", "AUX") and ev.quad in (1, 2) and \
                ev.target is not None and ev.target.start <= trigger.head.idx < ev.target.end:
            describing.add(ev.token)  # "the Houthis, backed by Iran, ...": who stands behind the actor
            # ("soldiers, injured by X, ..." tells an act of the story)
        judged.update(acts)
        judged.update(o.i for v in children(trigger, ("xcomp",)) for o in patients_of(v) if act_named(o))
        # "praised X for arresting ...", "accused X of arming ...": the judge is no party to the act judged
        judged.update(g.i for p in children(trigger, ("prep",)) if p.lower_ in grammar().object_gerund_preps
                      for g in children(p, ("pcomp",)))
    return fill_implicit(events, judging=frozenset(judging), said=frozenset(said), judged=frozenset(judged),
                         agent_said=frozenset(agent_said), describing=frozenset(describing))
