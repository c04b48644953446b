"""Event coding: PLOVER-typed who-did-what-to-whom records from parsed clauses.

Triggers are verbs and nouns listed in the trigger lexicon (package data, see
:mod:`diplograph.extract.events.ontology`).  Their participants come from the dependency parse
(subjects, objects, datives, prepositional objects, possessors, compounds,
conjuncts, passives, control verbs) and are the actors resolved by
:mod:`diplograph.extract.actors.resolve`.  One event is produced per (source, target) pair.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from diplograph.nlp import clauses as cl
from diplograph.nlp import predicate as pr
from diplograph.extract.events import modality as md
from diplograph.extract.events.context import ContextCues, Page
from diplograph.extract.events.factuality import Factuality
from diplograph.extract.events.triggers import _light_objects, _TriggerMatching
from diplograph.nlp.tokens import kids, sents
from diplograph.extract.events.ontology import Lexicon, Ontology, Trigger
from diplograph.extract.events.pairs import (PLACE_BOUND, VENUE_FORMS, _event_phrase, _id, _pairs,
                                              _perpetrators, _ref, _Ref, _uniq)
from diplograph.extract.events.recipients import (SEIZING, local_population, own_states, recipients,
                                                   reporting_agent, state_of_place)
from diplograph.records import Event



MATERIAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})  # acts that do not speak or judge
JUDGEMENTS = frozenset({"REJECT", "THREATEN", "ACCUSE", "SUPPORT", "REQUEST", "AGREE"})  # what only an actor does


@dataclass(slots=True)
class _Candidate:
    trigger: Trigger
    token: Token  # the trigger's head token
    sources: list
    targets: list
    clause: Token  # the verb whose modality applies
    tokens: tuple[int, int]  # token span of the trigger words
    solo: bool = False  # sources are alternatives, not a group acting together
    mutual: bool = False  # sources act on each other ("talks/clashes between A and B")


class EventCoder(_TriggerMatching):
    """Codes the events of a parsed, actor-resolved document."""

    def __init__(self, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lex = lexicon
        self.onto = ontology
        self.cues = ContextCues(lexicon.context_cues)
        self.mod = md.Modality(lexicon.modality)
        self.fact = Factuality(lexicon.factuality, lexicon.light_verbs, self.mod)

    # -- participants --------------------------------------------------
    def _verb_candidate(self, tok: Token, trig: Trigger, res) -> _Candidate:
        subj = cl.subject_of(tok)
        stative = subj is None and tok.lemma_.lower() in self.lex.stative_passives and cl.is_passive(tok)
        if stative:  # "X is committed to ...", "X is opposed to ...": X holds the stance
            subj = next(iter(cl.children(tok, cl.PASS_SUBJ)), None)
        sources = cl.actor_mentions(subj, res) if subj is not None else []
        targets = recipients(tok, trig, res, sources, skip_patients=stative) if trig.target != "none" else []
        if trig.type == "ACCUSE" and trig.mode == "investigate":  # "investigating crimes by X"
            targets = _perpetrators(cl.patients_of(tok), res, sources) or targets
        if not targets and trig.type in PLACE_BOUND:  # "lifted the curfew in X": X's people
            for holder in (*cl.patients_of(tok), tok):
                targets += [t for pobj in cl.prep_objects(holder, ("in",))
                            for t in (local_population(m, sources) for m in cl.actor_mentions(pobj, res))
                            if not any(cl.same_side(t.actor, s.actor) for s in sources)]
        # "invited A, B and C to join talks": each invitee acts alone, not with the others
        solo = tok.dep_ == "xcomp" and not cl.children(tok, cl.SUBJ) and \
            cl.controls_object(tok.head)
        # "A and B accused each other": the subjects act on one another
        mutual = any(cl.is_reciprocal(o) for o in (*cl.patients_of(tok), *cl.prep_objects(tok, trig.preps)))
        if mutual:
            targets = []
        return _Candidate(trig, tok, sources, targets, tok, (tok.i, tok.i + 1), solo, mutual)

    def _noun_candidate(self, tok: Token, trig: Trigger, res) -> _Candidate:
        sources, targets = [], []
        preps = trig.preps or ("with", "between", "against", "to", "on", "for")
        for pobj in cl.prep_objects(tok, ("between", "among", "amongst")):
            sources += cl.subtree_mentions(pobj, res)
        mutual = bool(sources)
        patient = trig.patient_possessor and not cl.prep_objects(tok, ("of",))
        for c in kids(tok):
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
                found = [m for m in cl.actor_mentions(c, res)
                         if not (c.dep_ == "compound" and m.how in VENUE_FORMS and pr.venue_type(trig.type))]
                if patient and c.dep_ == "poss":  # "Navalny's arrest", "Kabul's capture": undergone
                    targets += [m for m in found if m.actor.kind == "person" or m.how in ("capital", "seat", "place")]
                    found = [m for m in found if not (m.actor.kind == "person" or m.how in ("capital", "seat", "place"))]
                sources += found
        for pobj in cl.prep_objects(tok, ("by",)):
            sources += cl.actor_mentions(pobj, res)
        for pobj in cl.prep_objects(tok, [p for p in preps if p not in ("between", "among", "amongst", "in")]):
            targets += cl.actor_mentions(pobj, res)
        if trig.type == "ACCUSE" and trig.mode == "investigate":  # "an inquiry into crimes by X"
            targets = _perpetrators(cl.prep_objects(tok, ("into", "of")), res, sources) or targets
        if not targets and trig.type == "REQUEST":  # "its demand that X ease ..."
            targets += cl.complement_subjects(tok, res)
        head = tok.head
        clause = cl.clause_head(tok)
        purpose = False
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "for"):
            # "engaged in intelligence sharing", "took part in talks"; "flew to Y for talks":
            # whoever travels for talks takes part in them
            purpose = head.lower_ == "for" and head.head.lemma_.lower() in self.lex.travel_verbs
            head = head.head
        if purpose or (tok in _light_objects(head) and head.lemma_.lower() in self.lex.light_verbs):
            if trig.mode == "third-party" and not targets:
                # "X launched a mediation effort between A and B": X mediates, A and B are met
                subj = cl.subject_of(head)
                mediator = cl.actor_mentions(subj, res) if subj is not None else []
                if mediator:
                    sources, targets, mutual = mediator, sources, False
            if not sources:
                subj = cl.subject_of(head)
                sources = cl.actor_mentions(subj, res) if subj is not None else []
            if not targets:
                for pobj in cl.prep_objects(head, [p for p in preps if p not in ("between", "among", "in")]):
                    targets += cl.actor_mentions(pobj, res)
            if not targets and purpose:  # the place travelled to hosts the talks
                for pobj in cl.prep_objects(head, ("to", "in")):
                    targets += cl.actor_mentions(pobj, res)
        if not targets and "in" in preps:  # "rallies in X against Y": the place only when no one is opposed
            light = purpose or (tok in _light_objects(head) and head.lemma_.lower() in self.lex.light_verbs)
            for holder in (tok, head) if light else (tok,):
                for pobj in cl.prep_objects(holder, ("in",)):
                    targets += cl.actor_mentions(pobj, res)
        governor = tok.head.head if tok.dep_ == "pobj" else tok
        if not purpose and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "during") \
                and governor.pos_ in ("VERB", "AUX") and _event_phrase(tok):
            # "soldiers were killed in a clash with X", "took part in exercises with X", "spoke at a
            # news conference with X": the clause's subject is a party to the event named in its
            # "in"-phrase (its victim when the event names its own agent: "wounded in an attack by X")
            subj = cl.subject_of(governor) or next(iter(cl.children(governor, cl.PASS_SUBJ)), None)
            found = cl.actor_mentions(subj, res) if subj is not None else []
            if not sources:
                sources = found
            elif not targets:
                targets = [m for m in found if not any(cl.same_side(m.actor, s.actor) for s in sources)]
        if trig.mode == "third-party" and mutual and not targets:
            # "the Egyptian mediation between X and Y": the mediator meets each party
            mediators = [m for c in kids(tok) if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i
                         for m in cl.actor_mentions(c, res)]
            if mediators:
                targets = [m for m in sources if all(m.actor.actor_id != x.actor.actor_id for x in mediators)]
                sources, mutual = mediators, False
        if tok.dep_ == "attr" and head.lemma_ == "be" and not sources:
            for pobj in cl.prep_objects(head, ("between", "among")):
                sources += cl.actor_mentions(pobj, res)
        if not targets:  # "a suspension of air links with X": the recipient named on the object
            for pobj in cl.prep_objects(tok, ("of",)):
                # "the withdrawal of its forces from X": the trigger's own prepositions too
                inner_preps = ("with", "to", "against", *[p for p in trig.preps if p not in ("of", "in", "by")])
                for inner in cl.prep_objects(pobj, inner_preps):
                    targets += cl.actor_mentions(inner, res)
        if not targets and trig.type in SEIZING:  # "imposed a curfew in X": the place it falls on
            for holder in (tok, head) if head.i != tok.i and head.pos_ in ("VERB", "AUX") else (tok,):
                for pobj in cl.prep_objects(holder, ("in",)):
                    targets += [t for t in (local_population(m, sources) for m in cl.actor_mentions(pobj, res))
                                if not any(cl.same_side(t.actor, s.actor) for s in sources)]
                if targets:
                    break
        if trig.type in SEIZING:  # "imposed a curfew in its capital": the place's people bear it
            where = {t.i for holder in (tok, head) for pobj in cl.prep_objects(holder, ("in",))
                     for t in pobj.subtree}
            targets = [local_population(m, sources) if m.token_start in where else m for m in targets]
        if not targets and head.pos_ in ("VERB", "AUX") and head.i != tok.i:  # "in response to X's test, Y held drills"
            targets += [m for m in cl.answered_actors(head, res) if not any(cl.same_side(m.actor, s.actor) for s in sources)]
        if not targets and trig.type == "PROTEST":  # "staged a hunger strike to demand X's ..."
            targets += pr.purpose_targets(tok, res, sources)
            if not targets and head.pos_ in ("VERB", "AUX"):
                targets += pr.purpose_targets(head, res, sources)
        start = tok.i - (len(trig.words) - 1)
        return _Candidate(trig, tok, _uniq(sources), _uniq(targets), clause, (max(start, 0), tok.i + 1),
                          mutual=mutual)

    def _evaluation(self, verb: Token, res) -> _Candidate | None:
        """ "X said (that) Y are reasonable people" -> SUPPORT X->Y; "... Y is a threat" -> ACCUSE."""
        for comp in cl.children(verb, ("ccomp",)):
            if comp.lemma_ != "be":
                continue
            subj = cl.children(comp, ("nsubj",))
            preds = cl.children(comp, ("attr", "acomp"))
            if not subj or not preds:
                continue
            words = set()
            for p in preds:  # the predicate's own words, not those of a clause describing it
                # ("X is a sovereign nation that will not let any criminal go free": not a criminal)
                inner = {t.i for c in kids(p) if c.dep_ in ("relcl", "acl") for t in c.subtree}
                own = [t for t in p.subtree if t.i not in inner]
                words |= {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
            pos = words & self.lex.evaluations.get("positive", frozenset())
            neg = words & self.lex.evaluations.get("negative", frozenset())
            if bool(pos) == bool(neg) or any(c.dep_ == "neg" for c in kids(comp)):
                continue
            type_ = "SUPPORT" if pos else "ACCUSE"
            speaker = cl.subject_of(verb)
            sources = cl.actor_mentions(speaker, res) if speaker is not None else []
            targets = cl.actor_mentions(subj[0], res)
            if not sources or not targets:
                continue
            trig = Trigger("VERB", verb.lemma_.lower(), (verb.lemma_.lower(),), type_, None, "diplomatic")
            return _Candidate(trig, verb, sources, targets, verb, (verb.i, verb.i + 1))
        return None

    def _obligation(self, verb: Token, res) -> _Candidate | None:
        """ "X said/declared/concluded (that) Y must do Z": X demands of Y (PLOVER REQUEST),
        whatever Z is."""
        for comp in cl.children(verb, ("ccomp",)):
            if not self.mod.is_demand(comp) or self.mod.negated(comp):
                continue
            subj = cl.subject_of(comp)
            speaker = cl.subject_of(verb)
            if subj is None or speaker is None:
                continue
            sources, targets = cl.actor_mentions(speaker, res), cl.actor_mentions(subj, res)
            if not sources or not targets:
                continue
            trig = Trigger("VERB", verb.lemma_.lower(), (verb.lemma_.lower(),), "REQUEST", None, None)
            return _Candidate(trig, verb, sources, targets, verb, (verb.i, verb.i + 1))
        return None

    # -- main entry ----------------------------------------------------
    def code(self, doc: Doc, res, sent_index: dict[int, int] | None = None) -> list[Event]:
        sent_of = sent_index or _sentence_index(doc)
        events: list[Event] = []
        consumed: set[int] = set()  # noun tokens already covered by a verb event
        seen: set[tuple] = set()
        page = Page(doc)
        verb_toks, said_toks, noun_toks = self._trigger_tokens(doc)
        for tok in verb_toks:
            cand = None
            trig = self._match_verb(tok)
            if trig is not None and trig.type == "PROTEST" and (
                    cl.children(tok, ("ccomp",)) or (tok.dep_ == "ccomp" and tok.head.i < tok.i)):
                # "X protested that Y ...", "Y ..., X protested": a protest in words is disapproval
                trig = replace(trig, type="ACCUSE", mode="disapprove", context=trig.context or "diplomatic")
            if trig is not None:
                cand = self._verb_candidate(tok, trig, res)
                cand = self._warning(cand, res)
                if trig.objects:
                    consumed.update(c.i for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass"))
                    if trig.particle:  # "went on strike": the noun after the particle is the verb's
                        consumed.update(o.i for o in cl.prep_objects(tok, (trig.particle,)))
            if cand is None:
                continue
            for obj in cl.patients_of(tok):  # "provide assistance": the verb already tells it
                noun = self._match_noun(obj)
                if noun is not None and (noun.type == cand.trigger.type or tok.lemma_.lower() in self.fact.decision):
                    consumed.add(obj.i)  # "ratified a pact with X": the pact is what was ratified
            events += self._emit(page, cand, res, sent_of, seen)
        for tok in said_toks:
            for cand in (self._evaluation(tok, res), self._obligation(tok, res)):
                if cand is not None:
                    events += self._emit(page, cand, res, sent_of, seen)
        for tok in noun_toks:
            if tok.i in consumed or res.at_token(tok.i) is not None:
                continue
            trig = self._match_noun(tok)
            if trig is None:
                continue
            events += self._emit(page, self._noun_candidate(tok, trig, res), res, sent_of, seen)
        events.sort(key=lambda e: (e.sentence, e.start))
        return events

    def _emit(self, page: Page, cand: _Candidate, res, sent_of: dict[int, int], seen: set) -> list[Event]:
        doc = page.doc
        if (cand.trigger.needs_agent and not cand.sources and not self.fact.performed(cand.token)) \
                or self.fact.descriptive(cand.token) or self._agentless(cand) or self._of_state(cand, res):
            return []  # a standing state ("the embargo on X"), a description ("is an attack on ..."), no agent
        targets = cand.targets
        if cand.trigger.type in SEIZING:
            targets = [state_of_place(t, cand.sources, res) for t in targets]
        if not targets and cand.trigger.own_state:  # "the Taliban takeover": of their own state
            targets = own_states(cand.sources, res)
        sources = cand.sources or reporting_agent(cand.trigger.type, cand.clause, targets, res, self.lex.reporting_verbs)
        pairs = _pairs(sources, targets, cand.trigger.type,
                       cand.mutual or cand.trigger.mode == "sideAB")
        if cand.solo and not cand.targets:
            pairs = [(s, None) for s in _uniq(cand.sources)]
        if not pairs:
            return []
        k = page.sent_ids[cand.token.i]
        sent = page.sents[k]
        lower = page.lower(k)
        reporter_verb = md.reporting_verb(cand.clause, self.lex.reporting_verbs)
        reporter = None
        if reporter_verb is not None:
            subj = cl.subject_of(reporter_verb)
            if subj is not None:
                found = cl.actor_mentions(subj, res)
                reporter = found[0].actor if found else None
        intent = self.mod.modality(cand.clause, lower, reporter_verb)  # read for intent only
        modality, neg = self.fact.judge(cand.token, cand.clause, lower, reporter_verb)
        context = cand.trigger.context or page.context(k, self.cues)
        start_tok, end_tok = cand.tokens
        act = cand.trigger.type
        # a refusal is stated by the negated verb itself or by a verb governing the trigger noun
        # as its object ("will not sign an agreement"), not by a clause the noun is subject of
        own = cand.token.i == cand.clause.i or (cand.token.head.i == cand.clause.i and cand.token.dep_ in cl.OBJ)
        subj = cl.subject_of(cand.clause) if own else None  # and an actor refuses, not "X's support"
        own = own and subj is not None and res.at_token(subj.i) is not None
        told = modality in ("asserted", "reported", "question")  # intent is read only where not told as fact
        type_, mode = self._plover_type(act, cand.trigger.mode, modality if told else intent, neg, cand.clause, own)
        if neg and type_ == "REJECT" and act != "REJECT":
            neg, modality = False, "asserted" if modality in ("future", "hypothetical") else modality
        if reporter is not None and not neg and self.mod.is_demand(cand.clause):
            # "X said Y must do Z": X demands of Y (PLOVER REQUEST), the act kept in act_type
            demanded = [p[0] for p in pairs if p[0] is not None and p[0].actor.actor_id != reporter.actor_id]
            if demanded:
                pairs = [(_Ref(reporter), m) for m in _uniq(demanded)]
                type_, mode, modality = "REQUEST", None, "asserted"
        first, last = page.toks[start_tok], page.toks[end_tok - 1]
        start, end, trigger = first.idx, last.idx + len(last.text), doc[start_tok:end_tok].text
        intensity, quad = self.onto.intensity(type_, mode), self.onto.quad(type_)
        out = []
        for src, tgt in pairs:
            key = (type_, _id(src), _id(tgt), sent.start)
            if key in seen:
                continue
            seen.add(key)
            out.append(Event(
                type=type_, act_type=act,
                source=_ref(src), target=_ref(tgt),
                sentence=sent_of[sent.start], start=start, end=end, trigger=trigger,
                mode=mode, context=context,
                negated=neg, modality="negated" if neg else modality,
                reported_by=reporter,
                intensity=intensity, quad=quad,
                token=cand.token.i,
            ))
        return out

    def _warning(self, cand: _Candidate, res) -> _Candidate:
        """ "X warned that Y could attack": a warning about another's act voices a concern about Y
        (ACCUSE), not a threat by X; "X warned (that) it would retaliate" stays a threat."""
        tok = cand.token
        if cand.trigger.type != "THREATEN" or tok.lemma_.lower() not in self.lex.warning_verbs or not cand.sources:
            return cand
        others = [m for comp in cl.children(tok, ("ccomp",))
                  for subj in cl.children(comp, ("nsubj", "nsubjpass"))
                  for m in cl.actor_mentions(subj, res)]
        if not others or any(cl.same_side(m.actor, s.actor) or m.actor.actor_id.startswith(cl.GENERIC_PREFIX)
                             for m in others for s in cand.sources):  # "police will not tolerate": its own
            return cand
        trig = replace(cand.trigger, type="ACCUSE", mode="disapprove")
        return replace(cand, trigger=trig, targets=_uniq(others))

    def _of_state(self, cand: _Candidate, res) -> bool:
        """A verb describing a standing state's noun tells that state, not an act: "a trade embargo
        banning most companies", "sanctions that prohibit exports" (the noun names no one who acts)."""
        tok = cand.token
        if tok.dep_ != "acl" or tok.pos_ not in ("VERB", "AUX"):
            return False
        noun = tok.head
        trig = self._match_noun(noun)
        if trig is None or not trig.needs_agent or self.fact.performed(noun):
            return False
        agents = [c for c in kids(noun) if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i] + \
            cl.prep_objects(noun, ("by",))
        return not any(cl.actor_mentions(a, res) for a in agents)

    def act_named(self, tok: Token) -> str | None:
        """The PLOVER type the event noun ``tok`` names, if it is one ("the expulsion": SANCTION)."""
        trig = self._match_noun(tok)
        return trig.type if trig is not None else None

    def _agentless(self, cand: _Candidate) -> bool:
        """A verb whose subject is a thing that does not act and names no actor: "earthquakes hitting
        the south", "the move raises concerns", "the episode threatened to derail ties", or an act of
        another kind ("the raid violated the convention")."""
        tok = cand.token
        if cand.sources or tok.pos_ not in ("VERB", "AUX") or cl.is_passive(tok):
            return False
        subj = cl.subject_of(tok)
        if subj is None or subj.pos_ != "NOUN":
            return False
        if subj.lemma_.lower() in self.lex.non_agents:
            return True
        # "the raid violated the convention": an act described by another kind of act is told by its
        # own noun ("the attack killed ten" tells the attack: :mod:`.identity` makes them one)
        named = self._match_noun(subj)
        return named is not None and named.type in MATERIAL and cand.trigger.type in JUDGEMENTS

    def _plover_type(self, act: str, mode: str | None, modality: str, neg: bool, clause: Token,
                     own: bool = True) -> tuple[str, str | None]:
        """PLOVER codes an intended act by its intent: a promised cooperative act is AGREE,
        an announced conflictual one THREATEN.  The act itself stays in ``act_type``."""
        if neg and own and act != "REJECT" and self.onto.quad(act) in (1, 2) and self.mod.is_refusal(clause):
            return "REJECT", None  # "will not accept refugees", "refused to meet": a refusal is asserted
        if neg or act in ("AGREE", "THREATEN", "REQUEST", "REJECT") or not self.mod.is_intent(clause, modality):
            return act, mode
        if self.mod.is_ultimatum(clause):  # "will withdraw its force unless X holds elections"
            return "THREATEN", None
        if self.onto.quad(act) in (1, 2):
            return "AGREE", None
        return "THREATEN", None


def _sentence_index(doc: Doc) -> dict[int, int]:
    return {s.start: i for i, s in enumerate(sents(doc))}


def code_events(doc: Doc, res, lexicon: Lexicon, ontology: Ontology) -> list[Event]:
    coder = EventCoder(lexicon, ontology)
    return coder.code(doc, res)
