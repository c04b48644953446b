"""Where a verb's recipient (the PLOVER target) is found in the parse.

The places are tried in order (direct object, the trigger's prepositions, prepositions on the
object, the addressee of a demand, the object one clause down, a purpose clause, the party a
threat is conditioned on, the nearest actor in the predicate); the first that yields an actor
who is not on the source's side, not the source's own forces and not the forces being moved
wins.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar
from diplograph.nlp import predicate as pr
from diplograph.nlp import provocation
from diplograph.extract.events import modality as md
from diplograph.nlp.tokens import kids
from diplograph.extract.events.gatherings import boundary_places, gathering_people, placed
from diplograph.extract.events.ontology import Trigger, types_in
from diplograph.extract.events.restated import RESTATED_TYPES, restated_authors
from diplograph.extract.events.pairs import DEED_ANSWERS, SYMMETRIC, deed_doers, judged_doers, own_organ
from diplograph.extract.events.homestates import acting_state
from diplograph.extract.events.placed import SEIZING, placed_side, placed_sides, placeless
from diplograph.extract.events.origins import from_is_origin
from diplograph.records import ActorRef

MOVES_FORCES = frozenset({"MOBILIZE", "AID", "RETREAT"})
# prepositions naming both parties at once ("mediated talks between X and Y"; a trigger listing one finds it on its object)
PAIR_PREPS = frozenset({"between", "among", "amongst"})

# prepositions whose object a conjoined verb may share as its recipient
SHARED_PREPS = ("with", "against", "to", "on", "toward", "towards")



def reporting_agent(type_: str, clause: Token, targets: list, res, reporting_verbs) -> list:
    """ "X has been asked to leave within 72 hours, Mali's government said": the official who
    reports an agentless passive act of state is its agent (not for acts of force, and never
    the target's own side)."""
    if type_ in ("ASSAULT", "MOBILIZE") or not targets or not cl.is_passive(clause) \
            or cl.children(clause, ("agent",)):
        return []
    verb = md.reporting_verb(clause, reporting_verbs)
    subj = cl.subject_of(verb) if verb is not None else None
    found = cl.actor_mentions(subj, res) if subj is not None else []
    return [m for m in found[:1] if m.actor.kind in ("state", "organisation", "igo") or m.actor.via
            if not any(m.actor.sides() & t.actor.sides() for t in targets)]


def leavers(tok: Token, mode: str, res) -> list:
    """Who does what an act noun with no doer of its own tells: "the release of hostages from X('s) custody":
    X, who holds them; "the pull-out of French troops from Mali", "the withdrawal of Mali from the bloc": the
    "of" object, who leaves (the "from" object is then left, a recipient)."""
    if mode == "release":  # (also "from X custody" hung on the "of" object: "the release of hostages from X custody")
        return [m for h in (tok, *cl.prep_objects(tok, ("of",))) for pobj in cl.prep_objects(h, ("from",)) if h.i == tok.i or pobj.lemma_.lower() in grammar().holding_nouns for m in cl.actor_mentions(pobj, res)]
    out = []
    for pobj in cl.prep_objects(tok, ("of",)):  # ("units from X" are not X's: X is where they leave)
        away = {t.i for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("from", "to", "into") for t in c.subtree}
        out += [m for m in cl.actor_mentions(pobj, res) if m.token_start not in away]
    return out


def local_population(target, sources: list):
    """ "The government imposed a curfew in its capital": a place of the source's own country named
    as where a coercive act falls stands for the people living there (sector CVL), not for the
    state that acts; any other mention is returned unchanged."""
    actor, how = getattr(target, "actor", None), getattr(target, "how", None)
    place = how in ("capital", "seat", "place") or (how in ("name", "alias") and actor is not None
                                           and actor.kind in ("state", None))
    if (not place or not actor.country
            or not any(s.actor is not None and actor.country in (s.actor.country, s.actor.actor_id)
                       for s in sources)):
        return target
    people = ActorRef(actor.country, actor.name if actor.actor_id == actor.country else actor.country,
                      actor.text, actor.start, actor.end, country=actor.country, sector="CVL", kind="state")
    return replace(target, actor=people, how="place")


def object_places(holders, preps, res, sources: list, trig: Trigger) -> list:
    """ "airstrikes on militant hideouts in Afghanistan's Khost province": where the thing an act falls on
    lies names the state it falls on, when the thing itself names no actor (not a place of a doer's own
    state: "struck hideouts in its own province" names no other party)."""
    found = [m for h in holders for pobj in cl.prep_objects(h, preps) if not cl.actor_mentions(pobj, res)
             for place in cl.prep_objects(pobj, ("in", "inside", "within")) for m in placed_sides(place, trig, res, sources)]
    return [m for m in found if m.actor.country and m.actor.kind in ("state", None) and not any(
        s.actor is not None and m.actor.country in (s.actor.country, s.actor.actor_id) for s in sources)]


def voiced_in(holders, trig: Trigger, res) -> list:
    """A judgement received in a place ("the move drew criticism in Tokyo", "met with anger in X"): the state
    the place names voices it."""
    if trig.type not in types_in("judgement"):
        return []
    return [m for h in holders for pobj in cl.prep_objects(h, ("in",)) for m in cl.actor_mentions(pobj, res)
            if m.actor.kind == "state" and m.actor.via is None]


def judges(trig: Trigger) -> bool:
    """A judgement proper (condemn, criticise, welcome, reject: no object words of its own): its object
    is what it judges, not an act it performs ("signed an agreement" is no judgement)."""
    return trig.type in types_in("judgement") and not trig.objects


def local_force(m, verb: Token, res):
    """ "Police stormed the embassy in Quito": police named by no country act for the state where they
    act (the place of an "in" phrase on the verb or its object); armies, which act abroad, are left
    alone, and so is any other mention."""
    actor = getattr(m, "actor", None)
    if actor is None or not actor.actor_id.startswith(cl.GENERIC_PREFIX) or actor.sector != "COP":
        return m
    for holder in (verb, *cl.patients_of(verb), *cl.prep_objects(verb, ("into", "at", "inside", "outside", "on"))):
        for pobj in cl.prep_objects(holder, ("in",)):  # ("broke into the embassy in Quito")
            for place in cl.actor_mentions(pobj, res):
                where = place.actor
                if place.how in ("capital", "seat", "place", "name", "alias") and where.country \
                        and where.kind in ("state", None) and where.actor_id == where.country:
                    state = ActorRef(where.country, where.name, actor.text, actor.start, actor.end,
                                     country=where.country, sector="COP", kind="state")
                    return replace(m, actor=state, how="place")
    return m


def recipients(tok: Token, trig: Trigger, res, sources: list, *, skip_patients: bool = False,
               manner: frozenset[int] | set[int] = frozenset(), nouns=None) -> list:
    """The recipients of the verb trigger ``tok`` whose sources are ``sources`` (no actor inside the
    ``manner`` tokens: a phrase telling how, not whom; ``nouns``: the lexicon's event nouns, whose "by"
    phrases name the doer of a deed answered); none named, the people of a gathering it is done to
    ("dispersed the rally": :mod:`.gatherings`); a state named on a boundary a crowd blocks is no recipient."""
    if trig.type in grammar().crowd_types and not all(acting_state(m.actor) for m in sources):
        # "farmers blocking crossings on the Hungarian border" (a state closing its border restricts it)
        manner = frozenset(manner) | boundary_places(tok, trig.preps)
    found = _recipients(tok, trig, res, sources, skip_patients=skip_patients, manner=manner, nouns=nouns)
    where = placed(tok, trig.preps)
    if skip_patients or any(m.token_start not in where for m in found):  # ("a march organised by students")
        return found
    return gathering_people(tok, trig.type, trig.preps, res) or found


def _recipients(tok: Token, trig: Trigger, res, sources: list, *, skip_patients: bool = False,
                manner: frozenset[int] | set[int] = frozenset(), nouns=None) -> list:
    own = {m.actor.actor_id for m in sources}
    # "missiles were launched from a warship": where force came from is not whom it fell on
    origin = {t.i for h in (tok, *cl.patients_of(tok)) for pobj in cl.prep_objects(h, ("from",))
              for t in pobj.subtree} if from_is_origin(tok, trig) else set()
    if judges(trig):
        # "condemned the attack on X", "welcomed the sanctions against Y": whom the judged act fell on is
        # not whom the judgement is aimed at (that is the act's doer, when named)
        origin |= {t.i for obj in cl.patients_of(tok) if obj.pos_ == "NOUN"
                   for pobj in cl.prep_objects(obj, [p for p in ("on", "against", "at", "into", "upon")
                                                     if p not in trig.preps])  # ("blamed the crisis on X")
                   for t in pobj.subtree}

    # "charged dozens with joining a terrorist group", "arrested X for aiding Y": the gerund phrase telling what the
    # object did names no recipient of the verb (the one charged is its object, named or not)
    origin |= {t.i for p in cl.deed_phrases(tok) for t in p.subtree}
    # "executed a man convicted of spying for X", "jailed a reporter accused of working for Y": the charge a participle
    # on the object tells names no recipient either (a "to" phrase the parse hung in it may: "extradited a suspect
    # accused of attacks to X")
    origin |= {t.i for obj in cl.patients_of(tok) for acl in cl.children(obj, ("acl",)) if acl.tag_ == "VBN"
               and acl.lemma_.lower() in grammar().deed_verbs for p in cl.children(acl, ("prep",))
               if p.lower_ in ("of", "for", "with") for t in p.subtree
               if not any(a.dep_ == "prep" and a.lower_ in ("to", "into") and a.i > p.i for a in (t, *t.ancestors))}
    if trig.joint and len(own) >= 2:  # "A and B traded accusations over X": on each other, X is the topic
        origin |= {t.i for h in (tok, *cl.patients_of(tok)) for pobj in cl.prep_objects(h, grammar().topic_preps)
                   for t in pobj.subtree}
    if trig.objects and trig.type in ("AID", "MOBILIZE"):  # "sent Patriot missiles to X": a name on the thing moved
        # is no recipient (it is one on a thing judged: "blocked an EU statement")
        origin |= {c.i for obj in cl.patients_of(tok) if obj.pos_ == "NOUN" and obj.lemma_.lower() in trig.objects
                   for c in kids(obj) if c.dep_ == "compound" and c.i < obj.i}
    if trig.mode == "access":  # "allowed UN convoys through the Adre crossing": the way in is no party
        origin |= {t.i for h in (tok, *cl.patients_of(tok)) for pobj in cl.prep_objects(h, grammar().route_preps)
                   for t in pobj.subtree}
    if tok.lemma_.lower() in grammar().denial_verbs:
        # "denied reports that X had sent troops to Y": what the denied words say names no addressee
        origin |= {t.i for obj in cl.patients_of(tok) for acl in cl.children(obj, ("acl",))
                   if any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(acl)) for t in acl.subtree}

    def usable(found: list) -> list:
        found = [p for t in found for p in [placed_side(t, trig, sources, res)] if p is not None]  # (placed.py)
        # the source's own organs ("troops sent by X", "its ambassador") are no recipient: look further
        # (a place named by its capital is left to the steps that read places)
        return [t for t in found if not any(cl.same_side(t.actor, m.actor) or (
                    own_organ(t.actor, m.actor) and t.how not in ("capital", "place", "seat")) for m in sources)
                and t.token_start not in origin and t.token_start not in manner
                and not own_forces(t, tok.doc, res, own)
                and not (trig.type in MOVES_FORCES and (_moved_forces(t) or any(
                    t.actor.country and t.actor.country == m.actor.country for m in sources)))]
        # ("Kenyan police officers sent by Nairobi to Haiti": the force moved is the source's own)

    steps = base = _steps(tok, trig, res, sources, lambda m: not usable([m]))
    if cl.asks_a_noun(tok):  # "asked TV channels to tone down their criticism of X": the one asked is the object
        steps = base[:2]
    elif nouns is not None and trig.type in DEED_ANSWERS and not cl.patients_of(tok):  # "marched against abuses
        # by X", "protested over the arrests carried out by X", "against the detention of Y by X": whoever did the
        # deed answered (not where the verb has a patient of its own: "arrested men over killings by X")
        wanted = trig.preps or ("against", "over", "at", "on", "for")
        steps = (base[0], lambda: deed_doers(cl.prep_objects(tok, wanted), nouns, res, sources, tok), *base[1:])
    elif nouns is not None and judges(trig):  # "condemned the raid on Y by X": the judged deed's doer (pairs.py)
        steps = (lambda: judged_doers(tok, nouns, res, sources), *base)
    for step in steps[1:] if skip_patients else steps:
        found = usable(step())
        if found and step is base[0] and (trig.type in MOVES_FORCES or trig.mode == "withdraw" or (
                trig.type == "AGREE" and all(_moved_forces(t) for t in found))) and trig.mode != "release" \
                and all(t.actor.actor_id.startswith(cl.GENERIC_PREFIX) for t in found):
            # "withdrew its inspectors and workers from X", "sent doctors to X", "offered troops to X": the people
            # moved are not the recipient when a preposition names one
            named = usable(base[1]()) or usable(base[2]())
            found = named or found
        if found:
            return _with_conjuncts(found, tok.doc, res, usable)
    return []


def _with_conjuncts(found: list, doc: Doc, res, usable) -> list:
    """ "offered to host talks between X and Y": the actors coordinated with a recipient found are recipients too."""
    ids = {m.actor.actor_id for m in found}
    more = [m for f in found for c in doc[f.token_end - 1].conjuncts for m in cl.actor_mentions(c, res)
            if m.actor.actor_id not in ids]
    return found + usable(more) if more else found


def _steps(tok: Token, trig: Trigger, res, sources: list, unusable=None):
    """Where a verb's recipient is looked for, in order; the first step that yields a usable
    actor wins."""
    # "A and B met", "A and B discussed X": a joint act told by its verb alone, whose parties are its doers
    many_doers = trig.type in SYMMETRIC and len({m.actor.actor_id for m in sources}) > 1
    meeting_of_many = many_doers and not trig.objects

    def patients():
        if trig.type in RESTATED_TYPES:  # "X offered to host talks, an offer Y dismissed": X (and "..., allegations X
            # dismissed": their author, for a rejection with no patient of its own)
            found = restated_authors(tok, res, sources, parsed=trig.type == "REJECT" and not cl.patients_of(tok))
            if found:
                return found
        paired = [m for obj in cl.patients_of(tok) for h in (obj, *cl.prep_objects(obj, ("of",)))
                  for pobj in cl.prep_objects(h, PAIR_PREPS) for m in cl.actor_mentions(pobj, res)] \
            if trig.mode == "third-party" else []  # "brokered an exchange of prisoners between X and Y": X and Y
        return paired or ([m for obj in cl.patients_of(tok) for m in cl.actor_mentions(obj, res)]
                          if trig.target == "dobj" else [])

    def preps():
        wanted = trig.preps or ("with", "against", "to", "toward", "towards", *(() if trig.type in grammar().topic_on_types else ("on",)), "from", "for")
        if not trig.preps and from_is_origin(tok, trig):
            wanted = tuple(p for p in wanted if p != "from")  # "fired from X": where it came from
        return [m for pobj in cl.prep_objects(tok, wanted) if not _idiom_word(pobj, trig, res)
                for m in cl.actor_mentions(pobj, res)]

    def object_preps():  # "declared jihad against X", "provide assistance to X"
        if meeting_of_many:
            return []  # "A and B met to discuss the summit they will hold with X": each other's partners; the
            # object of a verb that is itself the meeting names who is met or what is discussed, and its
            # phrases (relative clauses included) tell about that, not who else takes part
        wanted = ("against", "to", "with", "toward", "towards", *(p for p in trig.preps if p in PAIR_PREPS))
        if trig.type == "REQUEST":  # "demanded an apology from X", "an admission by X"
            wanted += ("from", "by")
        if trig.mode == "third-party":  # "hosted talks between X and Y": each party is met
            wanted += tuple(PAIR_PREPS)
        found = [m for obj in cl.patients_of(tok) for h in (obj, *cl.closing_conjunct(obj))  # "a deal and a pact with X"
                 for pobj in cl.prep_objects(h, wanted)
                 for m in cl.actor_mentions(pobj, res)]
        if not found and sources:  # "extended the sanctions it had imposed on X": its own act's recipient
            own = {m.actor.actor_id for m in sources}
            found = [m for obj in cl.patients_of(tok) for rel in cl.children(obj, ("relcl",))
                     if any(s.actor.actor_id in own for subj in cl.children(rel, ("nsubj",))
                            for s in cl.actor_mentions(subj, res))
                     for pobj in cl.prep_objects(rel, ("on", "against", "to", "with"))
                     for m in cl.actor_mentions(pobj, res)]
        def by_agents(holders) -> list:  # the actors their "by" phrases name
            return [m for h in holders for pobj in cl.prep_objects(h, ("by",)) for m in cl.actor_mentions(pobj, res)]

        judged = [obj for obj in cl.patients_of(tok) if obj.pos_ == "NOUN"] if judges(trig) else []
        if not found and judged:  # "criticised the deal that X signed with Y": the judged act's doer
            # ("the sanctions that were imposed by X": a passive's agent; not the noun itself: "the sanctions
            # which target X" says what they do, not who did them)
            # (not a relative that answers it: "welcomed the deal, which X rejected" is not aimed at X)
            found = [m for obj in judged for rel in cl.children(obj, ("relcl",))
                     if rel.lemma_.lower() not in grammar().answering_verbs
                     for doer in [cl.subject_of(rel)] if doer is not None and doer.i != obj.i
                     and doer.lower_ not in cl.RELATIVE_PRONOUNS for m in cl.actor_mentions(doer, res)]
        if not found and judged:  # "welcomed the plan announced by X": a reduced relative's agent
            found = by_agents(acl for obj in judged for acl in cl.children(obj, ("acl",)) if acl.tag_ == "VBN")
        if not found and judged:  # "rejected a US-brokered ceasefire": the judged thing's author
            found = [m for obj in judged for mod in kids(obj)
                     if mod.dep_ == "amod" and mod.i < obj.i and mod.lower_ in grammar().author_participles
                     for c in kids(mod) if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < mod.i
                     for m in cl.actor_mentions(c, res)]
        if not found and trig.type in ("COERCE", "ACCUSE"):  # "banned a rally (organised) by X"
            found = by_agents(h for obj in cl.patients_of(tok) for h in [obj, *cl.children(obj, ("acl",))])
        return found

    def asked():  # "demanded that X withdraw": X is asked; "allowed X to run": X is granted it;
        # "warned that X would pay", "accused ... saying that X had lied": X is warned, accused
        # "helped X rebuild": whom a control verb lets act
        return cl.complement_subjects(tok, res) if trig.type in ("REQUEST", "CONCEDE", "THREATEN", "ACCUSE") \
            or tok.lemma_.lower() in grammar().object_control else []

    def xcomp_patients():  # "threatened to bomb camps in X": look one clause down
        # "refused to extradite the commander to X", "agreed to return the islands to X": whom the act
        # hands something to is its party, not what (or who) is handed over
        found = [m for x in cl.children(tok, ("xcomp",)) for pobj in cl.prep_objects(x, ("to",))
                 for m in cl.actor_mentions(pobj, res)
                 if cl.patients_of(x) and not any(cl.same_side(m.actor, s.actor) for s in sources)]
        if not found and trig.type == "REJECT":  # "declined to share data with Y": whom the refused act served
            found = [m for x in cl.children(tok, ("xcomp",)) for h in (x, *cl.patients_of(x))
                     for pobj in cl.prep_objects(h, ("to", "with")) for m in cl.actor_mentions(pobj, res)]
        if found:
            return found
        found = [m for x in cl.children(tok, ("xcomp",)) for obj in cl.patients_of(x)
                 for m in cl.actor_mentions(obj, res)]
        if found and all(m.actor.actor_id.startswith(cl.GENERIC_PREFIX) for m in found):
            # "agreed to deploy police officers to X": the people sent are not the recipient a phrase names
            moved = all(_moved_forces(m) for m in found)  # ("refused to deploy peacekeepers in X": X)
            found = [m for x in cl.children(tok, ("xcomp",)) for h in ((x, *cl.patients_of(x)) if moved else (x,))
                     for pobj in cl.prep_objects(h, (*SHARED_PREPS, "in") if moved else SHARED_PREPS) for m in cl.actor_mentions(pobj, res)] or found
        if not found:  # "promised to help X build ...": whom the controlled verb lets act
            found = [m for x in cl.children(tok, ("xcomp",)) if x.lemma_.lower() in grammar().object_control
                     for m in cl.complement_subjects(x, res)]
        return found

    def own_threat():  # "warned that it would strike X": a warning of the warner's own act falls on its object
        if trig.type != "THREATEN":
            return []
        own = [c for c in cl.children(tok, ("ccomp",)) if cl.subject_of(c) is not None
               and any(cl.same_side(m.actor, s.actor) for m in cl.actor_mentions(cl.subject_of(c), res) for s in sources)]
        return [m for c in own for m in [pr.predicate_actor(c, res, exclude=sources, passes=unusable)] if m is not None]

    def purpose():  # "marched ... calling for X to ...", "opened fire to disperse X"
        if trig.type == "PROTEST":
            return pr.purpose_targets(tok, res, sources)
        acts = [x for x in cl.children(tok, ("advcl",)) if cl.is_infinitive(x) and x.lemma_.lower() not in grammar().topic_verbs]
        found = [m for x in acts for obj in cl.patients_of(x) for m in cl.actor_mentions(obj, res)]  # (not "met X to discuss Y")
        if not found:  # "agreed a deal to lease land in X": where the purposed act falls
            found = [m for x in acts for m in [pr.predicate_actor(x, res, exclude=sources, passes=unusable)] if m is not None]
        return found

    def conditioned():  # "threatened to quit the talks if X deploys missiles": X is threatened
        if trig.type != "THREATEN" and not md.is_ultimatum(tok):
            return []
        return [m for c in md.condition_clauses(tok) for subj in cl.children(c, ("nsubj", "nsubjpass"))
                for m in cl.actor_mentions(subj, res)]

    def addressed():  # "Kenya sent a note to Uganda demanding ...": a participle of its doer's message to X
        sender = cl.message_verb(tok)
        if sender is None or trig.type not in grammar().message_types:
            return []
        return [m for pobj in cl.prep_objects(sender, ("to",)) if pobj.i < tok.i for m in cl.actor_mentions(pobj, res)]

    def nearest():  # the nearest actor in the verb's predicate, as PETRARCH-style coders do
        if trig.type != "ASSAULT" and cl.is_passive(tok) and cl.children(tok, cl.PASS_SUBJ):
            return []  # "X was arrested in Y for spying for Z": the passive subject undergoes it, no one else
        if many_doers and (not trig.objects or trig.target == "prep") or trig.target == "prep" and tok.lemma_.lower() in \
                grammar().topic_verbs and cl.patients_of(tok):  # ("discussed X's security": a topic, `topic_verbs`)
            return []  # "A and B discussed X's security": each other's partners; X is what they (or one) discussed
        found = pr.predicate_actor(tok, res, exclude=sources, places=not pr.venue_type(trig.type) and not placeless(trig),
                                   passes=unusable)  # "massed troops near X": past the troops moved
        return [found] if found is not None else []  # (with its conjuncts: "rejected a plan proposed by X and Y")

    def shared():  # "severed relations and closed the border with X": conjoined acts of one subject
        subj = cl.subject_of(tok)
        if subj is None or (judges(trig) and cl.patients_of(tok)):
            return []  # "condemned the coup and sheltered X": a judgement is aimed at what it judges
            # (not "met X and signed an agreement": signing an agreement is no judgement)
        found = []
        for c in tok.conjuncts:
            if c.pos_ not in ("VERB", "AUX") or cl.is_passive(c) or cl.subject_of(c) is None \
                    or cl.subject_of(c).i != subj.i:
                continue
            found += [m for obj in cl.patients_of(c) for m in cl.actor_mentions(obj, res)]
            found += [m for h in (c, *cl.patients_of(c)) for pobj in cl.prep_objects(h, SHARED_PREPS)
                      for m in cl.actor_mentions(pobj, res)]
        return found

    def destination():  # "sent doctors to X to help": a purpose clause helps where its act goes
        head = tok.head
        if tok.dep_ not in ("advcl", "xcomp") or not cl.is_infinitive(tok) or head.pos_ not in ("VERB", "AUX"):
            return []
        return [m for h in (head, *cl.patients_of(head)) for pobj in cl.prep_objects(h, ("to", "into"))
                for m in cl.actor_mentions(pobj, res)]

    def answered():  # "in response to X's test, Y held drills": Y answers X
        return cl.answered_actors(tok, res)

    def provoked():  # "X protested after Y struck its consulate": X reacts to Y
        own = next((o for o in cl.patients_of(tok) if o.lemma_.lower() in trig.objects), None)  # "vowed revenge"
        return provocation.provoked(tok, trig.type, res, sources=bool(sources), noun=own)

    return (patients, addressed, preps, object_preps, asked, own_threat, xcomp_patients, purpose, conditioned, answered,
            nearest,
            provoked, shared, destination)


def _idiom_word(pobj: Token, trig: Trigger, res) -> bool:
    """The prepositional object an entry needs among its words, itself an actor, is part of the idiom, no
    participant ("took X to court", "took its dispute with X to the ICJ": the court hears the case); a word
    of the idiom that is no actor is searched for the actors it holds ("spoke out in favour of X")."""
    return trig.require_prep and bool(trig.objects) and res.at_token(pobj.i) is not None and bool(
        {pobj.lemma_.lower(), pobj.lower_}.intersection(trig.objects))


def _moved_forces(m) -> bool:
    return m.actor.actor_id.startswith(cl.GENERIC_PREFIX) and m.actor.sector == "MIL"


def own_forces(m, doc: Doc, res, own: frozenset | set = frozenset()) -> bool:
    """ "withdrew its troops", "their supporters": a group owned by a pronoun is the source's own
    (an unnamed group, or one the pronoun resolves to the source), not a target."""
    span = doc.char_span(m.actor.start, m.actor.end, alignment_mode="expand") if m.actor.start >= 0 else None
    head = span[-1] if span is not None and len(span) else doc[m.token_end - 1]
    if head.dep_ == "poss" and head.pos_ == "PRON":  # "withdrew its peacekeepers": only "its" resolved
        return m.actor.actor_id in own
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(head)):
        return False
    if m.actor.actor_id in own:
        return True
    base = res.at_token(head.i)
    return base is not None and base.actor.actor_id.startswith(cl.GENERIC_PREFIX) and base.how != "coref"
