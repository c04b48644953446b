"""Participants of a noun trigger: "sanctions on X", "talks between A and B", "X's arrest".

Possessors, compounds and modifiers before the noun, its own prepositions (which ones mark the
recipient is data: the trigger's ``preps``), a light or travel verb's subject and objects ("held talks
with X", "flew to Y for talks"), the clause the noun names an event in ("killed in a clash with X"),
mediators, and the people of a place a seizing act falls on.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from diplograph.extract.events.candidate import Candidate
from diplograph.extract.events.gatherings import gathering_people
from diplograph.extract.events.governed import affected, defied
from diplograph.extract.events.ontology import Lexicon, Trigger, types_in
from diplograph.extract.events.pairs import (DEED_ANSWERS, VENUE_FORMS, _event_phrase, _others, _perpetrators, _uniq,
                                              deed, deed_doers, stray_agents)
from diplograph.extract.events.recipients import MOVES_FORCES, PAIR_PREPS, leavers, local_population, object_places, voiced_in
from diplograph.extract.events.placed import SEIZING, placed_sides
from diplograph.extract.events.victims import suffered
from diplograph.extract.events.undergone import undergone
from diplograph.extract.events.triggers import LIGHT_PREPS, PLACING_PREPS, _light_objects, relative_light_verb
from diplograph.nlp import clauses as cl, predicate as pr
from diplograph.nlp.provocation import provoked
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids

JOINT = frozenset({"AGREE", "CONSULT", "COOPERATE"})  # acts done with a partner
_INSIDE = ("in", "inside", "within")  # where an act falls, when the trigger takes a place by "in"
# nouns of a stance on another act: whom that act falls on is whom the stance is aimed at
STANCES = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST"})


def noun_candidate(tok: Token, trig: Trigger, res, lex: Lexicon) -> Candidate:
    sources, targets = [], []
    preps = trig.preps or ("with", "between", "against", "to", "on", "for")
    for pobj in cl.prep_objects(tok, PAIR_PREPS) or _stacked(tok, ("of",), PAIR_PREPS):  # ("an exchange of
        sources += cl.subtree_mentions(pobj, res)  # prisoners between A and B": the pair hung on the "of" object)
    mutual = bool(sources)
    agents = [] if cl.prep_objects(tok, ("of",)) else [m for x in cl.prep_objects(tok, ("by",)) for m in cl.actor_mentions(x, res)]
    patient = (trig.patient_possessor or bool(agents)) and not cl.prep_objects(tok, ("of",))
    destined = grammar().destination_participles
    for c in kids(tok):
        if c.dep_ == "amod" and c.i < tok.i and c.lower_ in destined:  # "Ukraine-bound aid": where it goes
            targets += [m for d in kids(c) if d.dep_ in ("npadvmod", "compound") for m in cl.actor_mentions(d, res)]
            continue
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
            paired = _hyphen_pair(c, res)  # "Russia-Ukraine talks", "the Japanese-Korean summit": both sides
            if paired:
                sources += paired
                mutual = True
                continue
            led = [k for k in kids(c) if k.dep_ in ("npadvmod", "compound")] if c.dep_ == "amod" \
                and c.lower_ in grammar().owner_participles else [c]  # "the Saudi-led blockade": its leader's
            found = [m for x in led for m in cl.actor_mentions(x, res)
                     if not (c.dep_ == "compound" and m.how in VENUE_FORMS and pr.venue_type(trig.type))]
            if c.dep_ == "amod" and found and all(m.how == "demonym" for m in found) and (
                    mutual or any(x.dep_ == "compound" and x.lower_ == "peace" for x in kids(tok))):
                continue  # "Sudanese peace talks (between A and B)": the nation is the topic, not a party
            if not found and c.dep_ == "poss" and c.pos_ == "PRON" and not patient:
                found = _owner_in_clause(tok, res)  # "the alliance, X, repeated its demand": the clause's subject
            if agents and c.dep_ == "poss" and _others(found, agents):  # "Iran's suspension by the IAEA": the
                targets += _others(found, agents)  # "by" phrase names the doer, so the possessor undergoes it
                found = []
            elif c.dep_ == "poss":  # "Navalny's arrest", "Kabul's capture": undergone; "Mariupol's siege": no doer
                under = [m for m in found if m.how == "place" or patient and (m.actor.kind == "person" or m.how in ("capital", "seat"))]
                targets, found = targets + under, [m for m in found if m not in under]
            sources += found
    for pobj in cl.prep_objects(tok, ("by", *lex.noun_source_preps.get(trig.type, ()))) or stray_agents(tok, lex.nouns, res):
        sources += cl.actor_mentions(pobj, res)  # "by X"; "criticism from X" (the lexicon's source prepositions)
    recipient_preps = [p for p in preps if p not in ("between", "among", "amongst", "in")]
    if not sources:  # "the raid on the embassy by X": the agent phrase hung on the object of the noun's other phrase
        # (and "the arrest of the opposition leader by Georgian police": on its patient) (not on a deed of its own: "protests against abuses by the army" are not the army's)
        sources += [m for pobj in _stacked(tok, [*recipient_preps, "of"], ("by",), deeds=(lex.nouns, res))
                    for m in cl.actor_mentions(pobj, res)]
    if trig.mode in ("release", "withdraw") and not sources:  # "the release of hostages from X('s) custody": X
        sources += leavers(tok, trig.mode, res)  # frees them; "the pull-out of French troops from Mali": they go
        recipient_preps = [p for p in recipient_preps if p != "of" or not sources or trig.mode != "withdraw"]
    received = _received(tok, trig, res, lex)
    if received is not None:  # "X's expulsion drew a protest from Y": Y protests X
        sources, targets = sources or received[0], received[1]
    for pobj in _party_phrases(tok, recipient_preps, res, lex):
        targets += cl.actor_mentions(pobj, res)
    if not _others(targets, sources):  # "strikes by X on Y", "a complaint with the council against Y": stacked
        targets += _others([m for pobj in _stacked(tok, ("by", "with", "from", *recipient_preps), recipient_preps)
                            for m in cl.actor_mentions(pobj, res)], sources)
    if trig.type == "ACCUSE" and trig.mode == "investigate":  # "an inquiry into crimes by X"
        targets = _perpetrators(cl.prep_objects(tok, ("into", "of")), res, sources) or targets
    if not _others(targets, sources) and trig.type in DEED_ANSWERS:  # "protests against abuses by X": at X
        targets += deed_doers(cl.prep_objects(tok, (*recipient_preps, "over")), lex.nouns, res, sources)
    if not targets and trig.type == "REQUEST":  # "its demand that X ease ..." (not the asker itself)
        targets += _others(cl.complement_subjects(tok, res), sources)
    if not targets and trig.type == "REQUEST":  # "X's request to extradite Y", which Z rejected: Z is asked
        targets += _others([m for x in cl.children(tok, ("acl",)) if cl.is_infinitive(x)
                            for s in [cl.subject_of(x)] if s is not None for m in cl.actor_mentions(s, res)], sources)
    if not targets and trig.type in STANCES:  # "its threat to cut gas to X", "the refusal to extradite X"
        targets += [m for x in cl.children(tok, ("acl",)) if cl.is_infinitive(x) and not cl.children(x, cl.SUBJ)
                    for m in [pr.predicate_actor(x, res, exclude=sources)] if m is not None]
    if not targets and trig.type in STANCES | {"ACCUSE", "PROTEST"}:  # "went ahead despite X's objections": at the doer
        targets += defied(tok, res, sources)
    at = cl.container_position(tok)  # "held a series of meetings with X": where the series stands
    head = at.head
    clause = cl.clause_head(tok)
    purpose = False
    placed = at.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in PLACING_PREPS \
        and cl.children(head.head, ("dobj",)) != []  # "took X into custody", "placed X under arrest"
    if at.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in (*LIGHT_PREPS, *PLACING_PREPS) and \
            head.head.lemma_.lower() in lex.light_verbs and at in _light_objects(head.head):
        head = head.head  # "came to an agreement", "arrived at a deal": the light verb's subject acts
    elif at.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "for"):
        # "engaged in intelligence sharing", "took part in talks"; "flew to Y for talks": a traveller takes part
        purpose = head.lower_ == "for" and (head.head.lemma_.lower() in lex.travel_verbs or (  # "is in Beijing for talks"
            head.head.lemma_ == "be" and any(c.lower_ in ("in", "at") for c in cl.children(head.head, ("prep",)))))
        head = head.head
    if not sources and at.i != tok.i:  # "a wave of arrests by X": the agent hung on the container
        sources = [m for x in (*cl.prep_objects(at, ("by",)), *cl.children(at, ("poss",))) for m in cl.actor_mentions(x, res)]
    if not targets and at.i != tok.i:  # "a round of talks with X": the container's own prepositions
        for pobj in _party_phrases(at, [p for p in recipient_preps if p != "by"], res, lex):
            targets += cl.actor_mentions(pobj, res)
    # "the sanctions (which) X imposed on Y": a relative clause's light verb carries its noun (also when the noun is itself the object of another light verb: "extended the sanctions it imposed on Y")
    relative = relative_light_verb(tok, lex.light_verbs)
    carried = relative is not None
    lit = not carried and at in _light_objects(head) and head.lemma_.lower() in lex.light_verbs  # "held talks with X"
    if carried:
        head = relative
    light = purpose or carried or lit
    if light:
        if trig.mode == "third-party" and not targets:
            # "X launched a mediation effort between A and B": X mediates, A and B are met
            mediator = cl.subject_mentions(head, res)
            if mediator:
                sources, targets, mutual = mediator, sources, False
        if not sources:
            sources = cl.subject_mentions(head, res)
            sources += cl.co_agents(head, res) if sources else []  # "X, along with Y, imposed sanctions"
        if not sources and carried:  # "the sanctions imposed by X on Y"
            sources = [m for pobj in cl.prep_objects(head, ("by",)) for m in cl.actor_mentions(pobj, res)]
        targets = _others(targets, sources)  # (a content clause's subject may be the light verb's own)
        if not targets and placed:  # "took X into custody": X undergoes it
            targets += [m for obj in cl.children(head, ("dobj",)) for m in cl.actor_mentions(obj, res)]
        if not targets:
            for pobj in _party_phrases(head, [p for p in preps if p not in ("between", "among", "in")], res, lex):
                targets += cl.actor_mentions(pobj, res)
        if not targets and tok.dep_ == "dobj" and cl.is_passive(head):  # "X was given a bailout by Y": a passive
            targets += _others([m for p in cl.children(head, cl.PASS_SUBJ) for m in cl.actor_mentions(p, res)], sources)
        if not targets and purpose and pr.venue_type(trig.type):  # the place travelled to hosts the talks
            for pobj in cl.prep_objects(head, ("to", "in")):
                targets += cl.actor_mentions(pobj, res)
        if not _others(targets, sources) and trig.type in DEED_ANSWERS:  # "organised marches against abuses by X"
            targets += deed_doers(cl.prep_objects(head, (*recipient_preps, "over")), lex.nouns, res, sources)
    doer = head.head if head.pos_ == "NOUN" and head.dep_ == "dobj" else head  # (the phrase may hang on the object)
    if not sources and not light and trig.type in ("REJECT", "PROTEST", "ACCUSE") and at.i == tok.i \
            and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
            and doer.pos_ in ("VERB", "AUX") and not cl.is_passive(doer) \
            and not any(c.dep_ in ("det", "poss") for c in kids(tok)):
        sources = cl.subject_mentions(doer, res)  # "enriched uranium in defiance of X", "struck in retaliation for Y"
    if not _others(targets, sources) and not light and tok.dep_ == "dobj":
        targets += _judged_phrase(tok, recipient_preps, res, lex)  # "denounced X's arms sales to Y"
    if not targets and "in" in preps and not mutual:  # "rallies in X against Y": the place only when no one is
        # opposed (and never where the parties fight each other: "clashes between A and B in X")
        for holder in (tok, head) if light else (tok,):
            for pobj in cl.prep_objects(holder, _INSIDE):  # ("strikes inside X" as "in X")
                targets += placed_sides(pobj, trig, res, sources)
    if not targets and "in" in preps and not mutual:  # "strikes on hideouts in X": the state of X
        targets += object_places((tok, head) if light else (tok,), recipient_preps, res, sources, trig)
    governor = at.head.head if at.dep_ == "pobj" else at
    if not targets and at.i == tok.i and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
            and trig.type in grammar().helping_types and governor.pos_ in ("VERB", "AUX") \
            and not cl.is_passive(governor):  # "captured him with help from
        helpers = sources or [m for o in cl.prep_objects(tok, ("of",)) for m in cl.actor_mentions(o, res)]  # X",
        if helpers:  # "with the help of X", "with French support": the helper acts for the clause's doer
            sources, targets = helpers, _others(cl.subject_mentions(governor, res), helpers)
    claimed = _claimed_by(tok)
    if claimed is not None and not sources:  # "X claimed responsibility for the attack on Y": X did it
        sources = cl.subject_mentions(claimed, res)
    if not sources and at.dep_ == "pobj" and at.head.lower_ in grammar().culprit_preps and governor.lemma_ == "be":
        sources = cl.subject_mentions(governor, res)  # "X was behind the attack", "accused X of being behind it"
    if not sources and at.dep_ == "pobj" and at.head.lower_ == "with" and governor.pos_ == "VERB" \
            and governor.lemma_.lower() in grammar().retort_verbs:
        sources = cl.subject_mentions(governor, res)  # "the kingdom responded with air strikes on Sanaa"
    held = at.i == tok.i and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
        and tok.lemma_.lower() in grammar().holding_nouns
    if held:  # "died in the custody of X": X holds (not "took custody of X": X is held)
        keepers = [m for pobj in cl.prep_objects(tok, ("of",)) for m in cl.actor_mentions(pobj, res)]
        if keepers:
            sources = keepers
            targets = _others(targets, keepers)
    if not purpose and at.dep_ == "pobj" and governor.pos_ in ("VERB", "AUX") and not _coerced(tok, governor, lex) and (
            (at.head.lower_ in ("in", "at", "during") and (_event_phrase(tok) or held or (at.head.lower_ == "during" and trig.type == "CONSULT")))
            or (at.head.lower_ in ("after", "before", "following") and cl.prep_objects(tok, ("with",)))
            or (at.head.lower_ == "under" and cl.prep_objects(tok, ("from",)))  # "under pressure from X, Y ..."
            or (at.head.lower_ == "on" and governor.lemma_.lower() in (*lex.travel_verbs, "be", "embark"))):
        # ("was on a visit to X", "arrived on a state visit", "embarked on a tour of X": the traveller's; "held in Chinese custody": the one held)
        # "soldiers were killed in a clash with X", "took part in exercises with X", "spoke at a news conference
        # with X", "agreed to withdraw after talks with X": the clause's subject is a party to the event its phrase
        # names (its victim when the event names its own agent, "wounded in an attack by X", or none: victims.py)
        subj = cl.subject_of(governor) or next(iter(cl.children(governor, cl.PASS_SUBJ)), None)
        found = cl.actor_mentions(subj, res) if subj is not None else []
        askers = [m for o in cl.prep_objects(tok, ("of",)) for m in cl.actor_mentions(o, res)] \
            if at.head.lower_ == "at" and trig.type in STANCES | {"AGREE"} else []
        if askers:  # "sent troops at the request (the invitation) of X": X asked the clause's subject
            sources, targets = askers, _others(found, askers)
        elif not sources and not held:  # (the one in custody is held, never the holder; harmed, no doer: victims.py)
            sources, targets = suffered(trig, governor, found, targets)
        elif not targets:
            targets = _others(found, sources)
    if not targets and sources and trig.type == "CONSULT" and tok.dep_ == "pobj" \
            and tok.head.lower_ in ("in", "during", "at") and governor.pos_ in ("VERB", "AUX"):
        # "X told Y in a phone call that ...": Y is on the call (not "told reporters in a briefing", nor
        # "discussed Y in a call": a verb whose CONSULT entry takes its partner from a preposition)
        topical = any(t.type == "CONSULT" and t.target == "prep" for t in lex.verbs.get(governor.lemma_.lower(), ()))
        targets = [] if topical else _others([m for o in cl.children(governor, ("dobj", "dative"))
                                              for m in cl.actor_mentions(o, res)
                                              if not m.actor.actor_id.startswith(cl.GENERIC_PREFIX)], sources)
    if trig.mode == "third-party" and mutual and not targets:
        # "the Egyptian mediation between X and Y": the mediator meets each party
        mediators = [m for c in kids(tok) if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i
                     for m in cl.actor_mentions(c, res)]
        if mediators:
            targets = [m for m in sources if all(m.actor.actor_id != x.actor.actor_id for x in mediators)]
            sources, mutual = mediators, False
    if trig.mode == "third-party" and not targets and at.dep_ == "pobj" \
            and at.head.lower_ in ("under", "through", "with") and governor.pos_ in ("VERB", "AUX"):
        # "X and Y signed a plan under Kenyan mediation": the mediator meets those who act under it
        targets = _others(cl.subject_mentions(governor, res), sources)
    if tok.dep_ == "attr" and head.lemma_ == "be" and not sources:
        for pobj in cl.prep_objects(head, ("between", "among")):
            sources += cl.actor_mentions(pobj, res)
    if targets and trig.type in MOVES_FORCES and all(t.actor.actor_id.startswith(cl.GENERIC_PREFIX) for t in targets):
        # "the deployment of 1,000 police officers to X": the people moved are not the recipient when a
        # preposition on them names one
        holders = [*cl.prep_objects(tok, ("of",)), tok, *([tok.head] if tok.dep_ == "dobj" else [])]
        moved_to = [m for h in holders for inner in cl.prep_objects(h, ("to", "into"))
                    for m in cl.actor_mentions(inner, res)]
        targets = moved_to or targets
    if not _others(targets, sources):  # "a suspension of air links with X": the recipient named on the object
        for pobj in cl.prep_objects(tok, ("of",)):
            # "the withdrawal of its forces from X": the trigger's own prepositions too
            inner_preps = ("with", "to", "against", *[p for p in trig.preps if p not in ("of", "in", "by")])
            for inner in cl.prep_objects(pobj, inner_preps):
                targets += cl.actor_mentions(inner, res)
    if not _others(targets, sources):  # "gave its consent to a deal with X", "support for talks with X": the partner
        for pobj in [p for h in ((tok, head) if light else (tok,)) for p in cl.prep_objects(h, ("of", "to", "for"))]:
            inner = lex.nouns.get(pobj.lemma_.lower()) if pobj.pos_ == "NOUN" and res.at_token(pobj.i) is None else None
            if inner and inner[0].type in JOINT:
                targets += _others([m for o in cl.prep_objects(pobj, ("with",)) for m in cl.actor_mentions(o, res)],
                                   sources)
    if not targets and trig.type in SEIZING:  # "an offensive that overran X": the relative clause's patient
        # (also hung on the noun it is "of": "the speed of the offensive that overran X")
        held_by = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
        for rel in cl.children(tok, ("relcl",)) + (cl.children(held_by, ("relcl",)) if held_by.i != tok.i else []):
            if any(c.dep_ == "nsubj" and c.lower_ in cl.RELATIVE_PRONOUNS for c in kids(rel)):
                found = pr.predicate_actor(rel, res, exclude=sources)
                targets += [found] if found is not None else []
    if not targets and trig.type in SEIZING and not mutual:  # "imposed a curfew in X": the place it falls on (not
        # where a reaction to it was voiced: "the strike was condemned in X")
        for holder in (tok, head) if head.i != tok.i and head.pos_ in ("VERB", "AUX") and (
                light or tok.dep_ != "nsubjpass") else (tok,):
            for pobj in cl.prep_objects(holder, _INSIDE):
                targets += [t for t in (local_population(m, sources) for m in placed_sides(pobj, trig, res, sources))
                            if not any(cl.same_side(t.actor, s.actor) for s in sources)]
            if targets:
                break
    if trig.type in SEIZING:  # "imposed a curfew in its capital": the place's people bear it
        where = {t.i for holder in (tok, head) for pobj in cl.prep_objects(holder, ("in",))
                 for t in pobj.subtree}
        targets = [local_population(m, sources) if m.token_start in where else m for m in targets]
    if not targets:  # "the crackdown on protests", "the dispersal of the rally": on those taking part
        targets += gathering_people(tok, trig.type, preps, res)
    if not targets:  # "talks involving X", "a deal including X": a participle names the parties
        targets += _others(cl.party_objects(tok, res), sources)
    if not targets and head.pos_ in ("VERB", "AUX") and head.i != tok.i:  # "in response to X's test, Y held drills",
        targets += _others(cl.answered_actors(head, res) or (provoked(head, trig.type, res, sources=bool(sources), noun=tok) if light else []), sources)
    if not targets and trig.type not in JOINT:  # "X's economy was crippled by Y's sanctions", "the embargo hurt X"
        targets += _others([m for h in affected(tok) for m in cl.actor_mentions(h, res)], sources)
    if not targets and trig.type in ("PROTEST", "MOBILIZE", "ASSAULT"):  # "a strike to demand X's ...", "drills aimed at X"
        targets += pr.purpose_targets(tok, res, sources, aimed_only=trig.type != "PROTEST")
        if not targets and head.pos_ in ("VERB", "AUX"):  # ("staged drills on Friday aimed at deterring X")
            targets += pr.purpose_targets(head, res, sources, aimed_only=trig.type != "PROTEST")
    if not cl.children(tok, ("relcl",)):  # (a clause describing the act names its own parties)
        several = trig.type == "CONSULT" or any(p in PAIR_PREPS for p in trig.preps)
        if several and not sources:  # "X refused talks with Y", "X accepted the ceasefire": who answers is a party
            sources = cl.answering_actors(tok, res)
        elif trig.type != "CONSULT" and not mutual and not _others(targets, sources):  # ("X relied on Y's cooperation")
            # (not where "between" names the parties: "X welcomed the truce between Y and Z" is no party's)
            # "X rejected Y's demand", "X dismissed an appeal from Y": X is who it was addressed to
            targets = _others(cl.answering_actors(tok, res, accusation=trig.type in ("ACCUSE", "REQUEST")), sources) or targets
    if not sources and trig.type in JOINT and _approved(tok, lex):
        trig = replace(trig, needs_agent=True)  # "gave its approval to a deal with X": the approval tells it
    start = tok.i - (len(trig.words) - 1)
    if carried:  # the relative clause tells the act: its verb is judged and dated, the noun cited
        tok, clause = head, head
    return Candidate(trig, tok, _uniq(sources), _uniq(targets), clause, (max(start, 0), start + len(trig.words)),
                      mutual=mutual)


def _received(tok: Token, trig: Trigger, res, lex: Lexicon):
    """The noun as the object of a reception verb ("drew criticism from X", "received a call from X",
    "met with condemnation from X"): (sources from the verb's source prepositions, targets = the verb's
    subject, or the actors of an event noun subject: "Kenya's expulsion of ... drew a protest")."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "under") else tok.head
    if tok.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in lex.reception_verbs:
        return undergone(tok, res)  # "X was targeted by Y strikes", "X was the target of a Y attack"
    if tok.dep_ == "pobj" and (verb.lemma_.lower(), tok.head.lower_) not in (("meet", "with"), ("come", "under")):
        return None  # "met with condemnation from X", "came under fire from X"
    preps = lex.noun_source_preps.get(trig.type, ("from",))  # ("faces sanctions from X", "expulsion from the bloc")
    sources = [m for h in (verb, tok) for p in cl.prep_objects(h, preps) for m in cl.actor_mentions(p, res)] or voiced_in((verb, tok), trig, res)
    subj = cl.subject_of(verb)
    if subj is None:
        return None
    doers = []
    if res.at_token(subj.i) is None and lex.nouns.get(subj.lemma_.lower()):
        # "the deportation of X's nationals by Y drew criticism": the act's doer, not whom it fell on
        doers = [m for o in [*cl.prep_objects(subj, ("by",)), *_stacked(subj, ("of",), ("by",))]
                 for m in cl.actor_mentions(o, res)]
    targets = doers or cl.actor_mentions(subj, res) or [
        m for c in kids(subj) if c.dep_ in ("poss", "compound", "amod") for m in cl.actor_mentions(c, res)]
    if not targets and sources and res.at_token(subj.i) is None and (lex.nouns.get(subj.lemma_.lower()) or subj.lemma_.lower() in grammar().summary_nouns):
        return sources, []  # "the execution (the move) drew condemnation from X": at the act's doer, told before (reactions.py)
    return (sources, targets) if targets else None


def _stacked(tok: Token, outer, inner, deeds=None) -> list[Token]:
    """Objects of ``inner`` prepositions hung on the object of one of the noun's own ``outer`` phrases: a
    phrase stacked after another attaches to the nearer noun in the parse ("strikes by jets on X", "the
    raid on its embassy by X"), but belongs to the event noun (the inner noun names no act; with
    ``deeds`` (the lexicon's nouns, the mentions), none that names a deed of its own, "protests against
    abuses by X", unless it is the noun's patient or has its doer: "the rejection of Y's offer by X")."""
    return [o for pobj in cl.prep_objects(tok, outer) if pobj.pos_ in ("NOUN", "PROPN")
            and (deeds is None or pobj.head.lower_ == "of" or cl.children(pobj, ("poss",)) or not deed(pobj, *deeds))
            for o in cl.prep_objects(pobj, inner)]


def _owner_in_clause(tok: Token, res) -> list:
    """ "The rebel alliance, X, insisted on its demand that ...", "Mali's junta repeated its call for ...": a
    possessive pronoun the coreference left unresolved on a noun the clause's verb governs (its object, or
    the object of its preposition) is that verb's subject's, read with the names it is apposed to."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or (tok.dep_ == "pobj" and tok.head.head.i != verb.i):
        return []
    subj = cl.subject_of(verb)
    return cl.actor_mentions(subj, res) if subj is not None and subj.i < tok.i else []


def _hyphen_pair(mod: Token, res) -> list:
    """ "Russia-Ukraine talks", "the Japanese-Korean summit": two names joined by a hyphen before an
    event noun are its two sides (the parse hangs the first on the second)."""
    firsts = [c for c in kids(mod) if c.dep_ in ("compound", "amod", "npadvmod") and c.i < mod.i
              and any(p.dep_ == "punct" and p.text in ("-", "–") and c.i < p.i < mod.i for p in kids(mod))]
    if not firsts:
        return []
    found = [m for c in firsts for m in cl.actor_mentions(c, res)]
    second = cl.actor_mentions(mod, res)
    if not found or not second or {m.actor.actor_id for m in found} & {m.actor.actor_id for m in second}:
        return []
    return found + second


def _claimed_by(tok: Token) -> Token | None:
    """The verb of "X claimed responsibility for <tok>", "X took credit for <tok>": whoever owns the
    act (the noun and verb lists are data: grammar's ``claim_nouns`` and ``claim_verbs``)."""
    words = grammar()
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    noun = tok.head.head
    if noun.lemma_.lower() not in words.claim_nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    return verb if verb.lemma_.lower() in words.claim_verbs and not any(
        c.dep_ == "neg" for c in kids(verb)) else None


JUDGING = types_in("judgement")


def _judged_phrase(tok: Token, preps, res, lex: Lexicon) -> list:
    """ "denounced X's arms sales to Y", "welcomed the aid to Y": a phrase the parse hangs on a verb of
    judgement belongs to the act it judges when the verb's entries never take that preposition and the
    noun's do (attachment by what each word takes)."""
    verb = tok.head
    entries = lex.verbs.get(verb.lemma_.lower()) or ()
    senses = [e for e in entries if not e.objects and not e.particle]
    if verb.pos_ != "VERB" or not senses or not all(e.type in JUDGING for e in senses):
        return []
    own = {p for e in entries for p in e.preps}
    return [m for pobj in cl.prep_objects(verb, [p for p in preps if p not in own]) for m in cl.actor_mentions(pobj, res)]


def _party_phrases(holder: Token, preps, res, lex: Lexicon) -> list[Token]:
    """Objects of ``preps`` on ``holder`` that may name a party: not an act ("reached a deal with
    Egyptian mediation", "talks with US backing": the phrase tells how, its modifier is no party)."""
    return [p for p in cl.prep_objects(holder, preps)
            if not (p.pos_ == "NOUN" and res.at_token(p.i) is None
                    and (lex.nouns.get(p.lemma_.lower()) or lex.nouns.get(p.lower_)))]


def _approved(tok: Token, lex: Lexicon) -> bool:
    """ "gave its approval to a deal with X", "X's backing for talks with Y": a joint act named only as
    what an approval (a SUPPORT noun, or a support verb's SUPPORT object) is given to."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "of", "for"):
        return False
    holder = tok.head.head
    if holder.pos_ == "NOUN":
        nouns = [holder]
    elif holder.lemma_.lower() in lex.light_verbs:
        nouns = cl.children(holder, ("dobj",))
    else:
        return False
    return any(e.type == "SUPPORT" for n in nouns for e in (lex.nouns.get(n.lemma_.lower()) or ())[:1])


def _coerced(tok: Token, verb: Token, lex: Lexicon) -> bool:
    """ "Police fired tear gas at the march": a gathering a coercive verb is aimed at is what the verb's
    subject acts on (:mod:`.gatherings`), no event the subject takes part in."""
    words = grammar()
    return tok.lemma_.lower() in words.gathering_nouns and any(
        e.type in words.gathering_types for e in lex.verbs.get(verb.lemma_.lower(), ()))
