"""Event coding: PLOVER-typed who-did-what-to-whom records from parsed clauses.

Triggers are verbs and nouns listed in the trigger lexicon (package data, see :mod:`diplograph.extract.events.ontology`).
Their participants come from the dependency parse (subjects, objects, datives, prepositional objects, possessors,
compounds, conjuncts, passives, control verbs) and are the actors resolved by :mod:`diplograph.extract.actors.resolve`
(which some entries' constraints read: ``self.res``).  One event is produced per (source, target) pair.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar
from diplograph.extract.events import modality as md, nominal
from diplograph.extract.events.parties import brokered, meeting_parties
from diplograph.extract.actors.words import STATE_SECTORS
from diplograph.extract.events.agents import ACTS, act_agents, mediated_parties, passive_agent
from diplograph.extract.events.restated import restated_subject, restates
from diplograph.extract.events.candidate import Candidate
from diplograph.extract.events.conjoined import shared_sides
from diplograph.extract.events.context import ContextCues, Page
from diplograph.extract.events.factuality import Factuality
from diplograph.extract.events.intent import _IntentReading
from diplograph.extract.events.receiving import received
from diplograph.extract.events.stance import _StanceReading
from diplograph.extract.events.triggers import _TriggerMatching, relative_light_verb, thing_antecedent
from diplograph.nlp.tokens import kids, sents
from diplograph.extract.events.ontology import Lexicon, Ontology, Trigger, types_in
from diplograph.extract.events.pairs import (PLACE_BOUND, _id, _pairs, joint_entry, own_organ, partners_back,
                                              _perpetrators, _ref, _Ref, _uniq)
from diplograph.extract.events.inward import inward
from diplograph.extract.events import domestic, intercepted, results, weapons
from diplograph.extract.events.homestates import government as _government, own_states
from diplograph.extract.events.placed import placed_side, placeless
from diplograph.extract.events.recipients import (judges, local_force, local_population, own_forces,
                                                   recipients, reporting_agent)
from diplograph.extract.events.summed import summed_doer
from diplograph.records import Event


MATERIAL = types_in("material")  # acts that do not speak or judge
JUDGEMENTS = types_in("stance")  # what only an actor does


class EventCoder(_TriggerMatching, _StanceReading, _IntentReading):
    """Codes the events of a parsed, actor-resolved document."""

    def __init__(self, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lex, self.onto = lexicon, ontology
        self.cues = ContextCues(lexicon.context_cues)
        self.mod = md.Modality(lexicon.modality)
        self.fact = Factuality(lexicon.factuality, lexicon.light_verbs, self.mod, lexicon.reception_verbs,
                               lexicon.travel_verbs)
        # the envoys a state recalls (the lexicon's recall objects): summoning one's own is recalling it
        self.envoys = frozenset(w for e in lexicon.verbs.get("recall", ()) for w in (e.objects or ()))
        # the nouns of a release ("demanded the release of X": X is the captive, not the one asked)
        self.release_nouns = frozenset(n for n, entries in lexicon.nouns.items() if any(e.mode == "release" for e in entries))

    # -- participants --------------------------------------------------
    def _verb_candidate(self, tok: Token, trig: Trigger, res) -> Candidate:
        subj = restated_subject(tok) or cl.subject_of(tok)  # "..., a demand X rejected": X (restated.py)
        stative = subj is None and tok.lemma_.lower() in self.lex.stative_passives and cl.is_passive(tok)
        if stative:  # "X is committed to ...", "X is opposed to ...": X holds the stance
            subj = next(iter(cl.children(tok, cl.PASS_SUBJ)), None)
        sources = [domestic.reported_force(local_force(m, tok, res), tok, res, self.lex.reporting_verbs)
                   for m in cl.actor_mentions(subj, res)] if subj is not None else []  # ("X said troops had ...")
        sources = sources or (passive_agent(tok, trig, res) if cl.is_passive(tok) else [])
        doers = act_agents(subj, res, self) if subj is not None and trig.type in ACTS else None
        if doers is not None:  # "the attack by X killed ...", "a strike X called shut Y": the act's own doer
            sources = doers
        allies = cl.co_agents(tok, res, subj) if sources else []  # "alongside France, Britain sent warships"
        sources += allies
        # "reached a deal with Egyptian mediation", "attacked X with Russian support": a "with" phrase naming
        # an act tells how, its modifier is no party; so does an act noun without article in an "in" phrase
        # ("launched a missile in defiance of X", "struck in retaliation for Y": an act of its own, nominal.py)
        manner = {t.i for h in (tok, *cl.patients_of(tok)) for o in cl.prep_objects(h, ("with", "in"))
                  if o.pos_ == "NOUN" and res.at_token(o.i) is None and (o.head.lower_ == "with" or (
                      not cl.children(o, ("det", "poss")) and cl.prep_objects(o, ("of", "for", "at", "against"))))
                  and self._match_noun(o) is not None for t in o.subtree}
        targets = recipients(tok, trig, res, sources, skip_patients=stative, manner=manner, nouns=self.lex.nouns) \
            if trig.target != "none" else []
        # "X was detained in Iran": the place that names the agent is not also the target
        targets = [t for t in targets if all(t.token_start != s.token_start for s in sources)]
        if trig.type == "ACCUSE" and trig.mode == "investigate":  # "investigating crimes by X"
            targets = _perpetrators(cl.patients_of(tok), res, sources) or targets
        if not targets and trig.type in PLACE_BOUND and not placeless(trig):  # "lifted the curfew in X": X's people
            for holder in (*cl.patients_of(tok), tok):
                targets += [t for pobj in cl.prep_objects(holder, ("in",))
                            for t in (local_population(m, sources) for m in cl.actor_mentions(pobj, res))
                            if not any(cl.same_side(t.actor, s.actor) or t.token_start == s.token_start
                                       for s in sources)]
        if trig.mode == "third-party" and not targets:
            targets = mediated_parties(tok, res, sources)
        if not targets and judges(trig):  # "X moved its embassy. Y condemned the move": X (summed.py)
            targets = summed_doer(tok, res, sources, self.lex.reporting_verbs, self.lex.verbs)
        # "invited A, B and C to join talks": each invitee acts alone, not with the others; mediators
        # ("brokered by A and B") do not meet one another
        solo = (tok.dep_ == "xcomp" and not cl.children(tok, cl.SUBJ) and cl.controls_object(tok.head)) \
            or trig.mode == "third-party" or (bool(allies) and len(sources) == len(allies) + 1)
        # ("X fought alongside Y": on one side, not each other)
        objects = (*cl.patients_of(tok), *cl.prep_objects(tok, trig.preps))
        each = subj is not None and (subj.lower_ == "each" or any(c.lower_ == "each" for c in kids(subj)))  # ("each side ...")
        mutual = any(cl.is_reciprocal(o) or (each and o.lower_ == "other" and any(c.lower_ == "the" for c in kids(o)))
                     for o in objects) or (
            not targets and len(sources) >= 2 and any(o.lemma_.lower() in grammar().relation_nouns and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "between") for c in kids(o)) for o in cl.patients_of(tok)))
        # ("A and B broke off relations": the relation between them)
        targets = [] if mutual else targets
        return received(Candidate(trig, tok, sources, targets, tok, (tok.i, tok.i + 1), solo, mutual), res)

    def _own_envoy(self, tok: Token, cand: Candidate, res) -> bool:
        """The act's patient is the doer's own envoy (one recall takes): summoning it recalls it, toward the host."""
        return any(obj.lemma_.lower() in self.envoys and any(own_organ(m.actor, s.actor) or own_forces(m, tok.doc, res, {
            s.actor.actor_id}) for m in cl.actor_mentions(obj, res) for s in cand.sources)
            for obj in cl.patients_of(tok))

    @staticmethod
    def _own_people(tok: Token, cand: Candidate, res) -> bool:
        """The act's patients are all the doer's own ("its citizens", "28 of its nationals")."""
        own = {m.actor.actor_id for m in cand.sources}
        found = [m for obj in cl.patients_of(tok) for m in cl.actor_mentions(obj, res)]
        return bool(own) and bool(found) and all(own_forces(m, tok.doc, res, own) for m in found)

    # -- main entry ----------------------------------------------------
    def code(self, doc: Doc, res, sent_index: dict[int, int] | None = None) -> list[Event]:
        sent_of = sent_index or _sentence_index(doc)
        self.res, events = res, []  # (the resolved actors, read by trigger entries with actor kinds)
        consumed: set[int] = set()  # noun tokens already covered by a verb event
        seen: set[tuple] = set()
        page = Page(doc)
        verb_toks, said_toks, noun_toks = self._trigger_tokens(doc)
        for tok in verb_toks:
            cand = None
            trig = self._match_verb(tok)
            if trig is not None and self._retorts_with_an_act(tok):
                continue  # "hit back with sanctions on X": the sanctions are the act
            if trig is not None and trig.type == "PROTEST" and (
                    cl.children(tok, ("ccomp",)) or (tok.dep_ == "ccomp" and tok.head.i < tok.i)):
                # "X protested that Y ...", "Y ..., X protested": a protest in words is disapproval
                trig = _in_words(trig)
            if trig is not None:
                cand = self._verb_candidate(tok, trig, res)
                cand = self._warning(cand, res)
                if cand is None:
                    continue  # "warned that prices would rise": a forecast
                subj = cl.subject_of(tok)
                if trig.type == "PROTEST" and cand.sources and subj is not None and all(
                        _government(m) for m in cand.sources) and any(
                        m.token_start <= subj.i < m.token_end for m in cand.sources):
                    # "Japan protested": a government protests in words (disapproval), not in the street;
                    # "Myanmar exiles protested" are people of the state
                    cand = replace(cand, trigger=_in_words(trig))
                elif trig.mode == "disapprove" and cand.sources and not cl.children(tok, ("ccomp", "dobj")) and \
                        tok.dep_ != "ccomp" and all(m.actor.kind != "person" and m.actor.sector not in (None, *STATE_SECTORS)
                                                    for m in cand.sources):
                    # "refugees protested against the decision": people protest in the street, where the verb
                    # has that sense too (not in words: "protested that ...", "rallied opposition against")
                    street = next((e for e in self.lex.verbs.get(tok.lemma_.lower(), ()) if e.type == "PROTEST"), None)
                    cand = replace(cand, trigger=street) if street is not None else cand
                if (trig.objects and trig.mode != "third-party") or trig.mode == "discontinue":
                    # what is stopped is no act of its own ("suspended its aid to X"); "extended the
                    # sanctions it imposed on X" tells the imposition too
                    consumed.update(h.i for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")  # ("a deal and a pact")
                                    and relative_light_verb(c, self.lex.light_verbs) is None for h in (c, *cl.closing_conjunct(c)))
                    if trig.particle or trig.require_prep:  # "went on strike", "came to the aid of X": the noun
                        consumed.update(o.i for o in cl.prep_objects(tok, (trig.particle,) if trig.particle else trig.preps))
            if cand is not None and cand.trigger.type == "ACCUSE" and cand.trigger.context == "diplomatic" \
                    and self._own_envoy(tok, cand, res):  # "summoned its ambassador in X for consultations"
                cand = replace(cand, trigger=replace(cand.trigger, type="SANCTION", mode="withdraw"))
            if cand is None or (cand.trigger.type == "AID" and self._own_people(tok, cand, res)) or inward(cand, doc, res):
                continue  # "evacuated its citizens from X", "suspended the head of its police": within one side
            for obj in cl.patients_of(tok):  # "provide assistance": the verb already tells it
                if relative_light_verb(obj, self.lex.light_verbs) is not None:
                    continue  # "extended the sanctions it imposed on X": the clause tells the imposition
                noun = self._match_noun(obj)
                if noun is not None and (noun.type == cand.trigger.type or tok.lemma_.lower() in self.fact.decision) \
                        and (cand.trigger.mode != "third-party" or not nominal.noun_candidate(obj, noun, res, self.lex).sources):
                    # ("talks mediated by X" are the parties' own; "hosted talks with X" names no party beside the host)
                    consumed.add(obj.i)  # "ratified a pact with X": the pact is what was ratified
            events += self._emit(page, cand, res, sent_of, seen)
        for tok in said_toks:
            if tok.lemma_.lower() in self.fact.belief:
                continue  # "Russia believes that X is a useful partner": a belief held, not a stance voiced
            for cand in (self._evaluation(tok, res), self._obligation(tok, res)):
                if cand is not None:
                    events += self._emit(page, cand, res, sent_of, seen)
        for tok in noun_toks:
            if tok.i in consumed or res.at_token(tok.i) is not None:
                continue
            trig = self._match_noun(tok)
            if trig is None or (tok.lemma_.lower() in grammar().motive_nouns and tok.dep_ == "pobj"
                                and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX")):
                continue  # "recalled its envoy in protest at X": the motive of the verb's act, no act of its own
            if restates(tok):
                continue  # "X offered talks, an offer Y dismissed": the noun retells X's act (restated.py)
            if cl.danger(tok):
                continue  # "poses a threat to X", "warned of a terrorist threat": a danger, not a threat made
            if trig.mode == "discontinue":  # "the suspension of aid to X": the aid stopped is no act of its own
                consumed.update(o.i for o in cl.prep_objects(tok, ("of", "on", "to", "in")) if o.pos_ == "NOUN")
            cand = shared_sides(tok, nominal.noun_candidate(tok, trig, res, self.lex), res, self)  # conjoined.py
            cand.sources = [local_force(m, tok, res) for m in cand.sources]  # "a police raid on a cafe in Lyon"
            if trig.type == "PROTEST" and (cand.sources and all(_government(m) for m in cand.sources)
                                           or cl.answered_noun(tok)):
                # "drew protests from China": a government protests in words (disapproval), not in the street;
                # so does one whose protest is answered ("Beijing rejected the protest"): a diplomatic note
                cand = replace(cand, trigger=_in_words(trig))
            events += self._emit(page, cand, res, sent_of, seen)
        events.sort(key=lambda e: (e.sentence, e.start))
        return meeting_parties(brokered(events, doc, self), doc, self)  # go-betweens and their parties (parties.py)

    def _emit(self, page: Page, cand: Candidate, res, sent_of: dict[int, int], seen: set) -> list[Event]:
        doc = page.doc
        if (cand.trigger.needs_agent and not cand.sources and not self.fact.performed(cand.token)) \
                or self.fact.descriptive(cand.token) or self._agentless(cand) or self._of_state(cand, res):
            return []  # a standing state ("the embargo on X"), a description ("is an attack on ..."), no agent
        cand = joint_entry(cand, self.lex.nouns.get(cand.trigger.lemma, []), res)  # "A and B held drills"
        targets = cand.targets
        if cand.trigger.mode == "sideAB" and len({m.actor.actor_id for m in cand.sources}) > 1 \
                and cand.token.pos_ in ("VERB", "AUX") and not cl.children(cand.token, cl.OBJ) \
                and not cl.prep_objects(cand.token, cand.trigger.preps or ("with", "against")):
            targets = []  # "Hamas and Fatah fought in Gaza": the two fought each other, not the place
        targets = [p for t in targets for p in [placed_side(t, cand.trigger, cand.sources, res)] if p is not None]
        if not targets and (cand.trigger.own_state or cand.trigger.type in grammar().crowd_types):  # "the Taliban takeover", a strike
            targets = own_states(cand.sources, res, single=not cand.trigger.own_state)
        if not targets and cand.trigger.type in grammar().result_types:  # weapons stopped (intercepted.py), a result (results.py)
            targets = intercepted.interceptors(cand.token, res, cand.sources) or results.result_targets(cand.token, res, cand.sources, self._match_verb)
        sources = cand.sources or weapons.weapon_doers(cand.token, cand.trigger.type, targets, res, self) or reporting_agent(cand.trigger.type, cand.clause, targets, res, self.lex.reporting_verbs)
        sources, targets = domestic.home_justice(cand.trigger, cand.token, sources, targets, res)  # "X was arrested": X's state
        pairs = _pairs(sources, targets, cand.trigger.type, cand.mutual or cand.trigger.mode == "sideAB" or (
                           cand.trigger.joint and not (targets and sources)),  # "A and B traded accusations": on each other
                       cand.trigger.type != "SUPPORT" and cand.trigger.mode != "offer" or cand.trigger.joint, cand.trigger.joint)
        # ("A and B praised X", "a plan proposed by A and B": each alone)
        if cand.solo and not cand.targets:
            pairs = [(s, None) for s in _uniq(cand.sources)]
        if cand.trigger.partner:  # "X signed a treaty with Y": Y signed it too
            pairs = partners_back(pairs, cand.token, cand.trigger.type)
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
        modality, neg = md.disowned(self.fact.judge(cand.token, cand.clause, lower, reporter_verb, act=cand.trigger.type), reporter_verb, reporter, sources, self.fact.denial)
        modality = self.mod.coming(md.relayed(md.alleged(modality, cand.trigger.type, reporter, sources), reporter_verb,
                                              self.lex.reporting_verbs), cand.clause)  # ("said Y had told Z that ...": md.relayed)
        if (cand.trigger.mode == "sideAB" or cand.trigger.partner) and not cand.mutual and modality not in ("asserted", "reported", "habitual"):
            # "they would fight Da'esh", "plans to sign a pact with X": an act only intended, wanted or denied has one side, its subject's
            own_ids = {m.actor.actor_id for m in sources}
            pairs = [p for p in pairs if p[0] is None or p[0].actor.actor_id in own_ids] or pairs
        context = cand.trigger.context or page.context(k, self.cues)
        start_tok, end_tok = cand.tokens
        act = cand.trigger.type
        # a refusal is stated by the negated verb itself or by a verb governing the trigger noun
        # as its object ("will not sign an agreement"), not by a clause the noun is subject of
        own = cand.token.i == cand.clause.i or (cand.token.head.i == cand.clause.i and cand.token.dep_ in cl.OBJ)
        subj = cl.subject_of(cand.clause) if own else None  # and an actor refuses, not "X's support"
        own = own and subj is not None and res.at_token(subj.i) is not None
        told = modality in ("asserted", "reported", "question", "habitual")  # intent is read only where not told as fact
        type_, mode = self._plover_type(act, cand.trigger.mode, modality if told else intent, neg, cand.clause, own,
                                        self._intends_act(cand, told, pairs, res))
        if type_ == "THREATEN" and act != "THREATEN" and all(t is None for _, t in pairs):
            # "X would defend itself if Y goes ahead": the threat is aimed at whoever the condition names
            aimed = self._conditioned(cand.clause, res, sources)
            pairs = _pairs(sources, aimed, type_, False) if aimed else pairs
        if neg and act != "THREATEN" and self.fact.noncommittal_head(cand.token):
            return []  # "do not rule out taking part", "would not exclude revising": the act may come, no refusal
        if act == "THREATEN" and self.fact.noncommittal_head(cand.token):
            # "did not rule out the use of force" threatens it; "ruled out military action" rejects it
            type_, mode, neg = ("THREATEN", mode, False) if neg else ("REJECT", None, neg)
        if neg and type_ == "REJECT" and act != "REJECT":
            clause = cand.clause
            if clause.dep_ == "xcomp" and any(e.type == "REJECT" and not e.objects
                                              for e in self.lex.verbs.get(clause.head.lemma_.lower(), ())):
                return []  # "refused to extradite X to Y": the refusal verb tells the refusal (and whom it refuses)
            neg, modality = False, "asserted" if modality in ("future", "hypothetical") else modality
        if not neg and modality in ("asserted", "reported") and self._refused_offer(cand):
            neg, modality = True, "negated"  # "X rejected US aid": the aid offered was not taken
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
        # a relative clause tells its own act ("extended the sanctions it imposed on X in 2021") or habit ("X, which
        # regularly fires at Y, attacked ..."); ("extended them": an act on a thing told before is one of its own)
        told_apart = cand.token.i if (cand.token.dep_ == "relcl" and (
            cand.trigger.pos == "NOUN" or modality == "habitual")) or any(
            thing_antecedent(o) is not None for o in cl.patients_of(cand.token)) else None
        # an announced act ("will visit X", "said it would send troops to X"): coded by its intent (AGREE
        # or THREATEN) and told again as itself, coming (CONSULT, future), so both can be asked for
        announced = type_ in ("AGREE", "THREATEN") and act not in (type_, "AGREE", "THREATEN", "REQUEST", "REJECT") \
            and not neg and modality in ("future", "hypothetical")
        # ... unless the doer's own verb above it codes the stance ("promised Y to send troops", "agreed
        # with Y to hold talks"): then the act alone, not a second stance beside that verb's
        stance_told = announced and self._stance_told(cand, res)
        ultimatum = announced and type_ == "THREATEN" and md.conditional_threat(cand.clause, reporter)  # made now
        coming = stance_told and cand.trigger.mode != "third-party"  # (hosting others' talks: the offer is the row)
        for src, tgt in pairs:  # (the act alone, when the stance is told, is keyed as the act coming)
            key = (type_, _id(src), _id(tgt), sent.start, told_apart) + (("coming", act) if coming else ())
            if key in seen:
                continue
            seen.add(key)
            out.append(Event(
                type=type_, act_type=act,
                source=_ref(src), target=_ref(tgt),
                sentence=sent_of[sent.start], start=start, end=end, trigger=trigger,
                mode=mode, context=context,
                negated=neg, modality="negated" if neg else md.threat_made(modality, ultimatum, reporter, src),
                reported_by=reporter,
                intensity=intensity, quad=quad,
                token=cand.token.i,
            ))
            if announced:
                told = replace(out[-1], type=act, mode=cand.trigger.mode, modality=modality,
                               intensity=self.onto.intensity(act, cand.trigger.mode), quad=self.onto.quad(act))
                out[-1:] = [told] if stance_told else [out[-1], told]
        if out and not neg:  # "will release the loan if Y raises taxes": an offer on a condition asks it of Y
            for src, asked in self._asked_by_condition(cand.clause, act, modality, pairs, res, sources):
                out.append(replace(out[0], type="REQUEST", mode=None, modality="asserted", source=_ref(src),
                                   target=_ref(asked), intensity=self.onto.intensity("REQUEST", None),
                                   quad=self.onto.quad("REQUEST")))
        return out

    def _retorts_with_an_act(self, tok: Token) -> bool:
        """ "responded with air strikes", "hit back with sanctions": the act is the "with" phrase's noun;
        "retaliated by expelling two diplomats": the act is the "by" phrase's verb."""
        return tok.lemma_.lower() in grammar().retort_verbs and (any(
            self._match_noun(o) is not None for o in cl.prep_objects(tok, ("with",))) or any(
            g.dep_ == "pcomp" and self._match_verb(g) is not None for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "by"
            for g in kids(p)))

    def _of_state(self, cand: Candidate, res) -> bool:
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
            cl.prep_objects(noun, ("by",)) + (cl.prep_objects(tok, ("by",)) if tok.tag_ == "VBN" else [])
        # ("the sanctions imposed by X on Y": the participle's agent acts)
        return not any(cl.actor_mentions(a, res) for a in agents)

    def _refused_offer(self, cand: Candidate) -> bool:
        """A cooperative act named by the object of a rejection ("rejected US aid", "turned down talks"):
        what the rejecter would have taken part in is not done (a rejected sanction still is)."""
        tok = cand.token
        if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or self.onto.quad(cand.trigger.type) not in (1, 2) \
                or cand.trigger.type == "AGREE":  # ("rejected an offer": the offer was made)
            return False
        return any(e.type == "REJECT" and not e.objects for e in self.lex.verbs.get(tok.head.lemma_.lower(), ()))

    def act_named(self, tok: Token) -> str | None:
        """The PLOVER type the event noun ``tok`` names, if it is one ("the expulsion": SANCTION)."""
        trig = self._match_noun(tok)
        return trig.type if trig is not None else None

    def _agentless(self, cand: Candidate) -> bool:
        """A verb whose subject is a thing that does not act and names no actor: "earthquakes hitting
        the south", "the move raises concerns", "the episode threatened to derail ties", or an act of
        another kind ("the raid violated the convention")."""
        tok = cand.token
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        if tok.lemma_.lower() in grammar().impact_verbs:  # "sanctions have hit X": the sanctions, no attack
            agents = cl.prep_objects(tok, ("by",)) if cl.is_passive(tok) else cl.children(tok, ("nsubj",))
            if any(a.pos_ == "NOUN" and (named := self._match_noun(a)) is not None
                   and named.type != cand.trigger.type for a in agents):
                return True
        if cl.is_passive(tok):  # "was hit by sanctions", "was struck by an earthquake": the agent is
            by = cl.prep_objects(tok, ("by",))  # a thing, or an act of another kind that its noun tells
            return bool(by) and all(
                o.pos_ == "NOUN" and (o.lemma_.lower() in self.lex.non_agents or (
                    (named := self._match_noun(o)) is not None and named.type != cand.trigger.type)) for o in by)
        subj = cl.subject_of(tok)
        if subj is None or subj.pos_ != "NOUN":
            return False
        if cand.sources:  # "steps in Syria, and Libya to a lesser extent, helped X": the places parsed
            spans = [(c.left_edge.i, c.i) for c in subj.conjuncts]  # as conjuncts of a thing that does not act
            return subj.lemma_.lower() in self.lex.non_agents and \
                all(any(lo <= s.token_start <= hi for lo, hi in spans) for s in cand.sources)  # are no agents
        if subj.lemma_.lower() in self.lex.non_agents:
            return True
        # "the raid violated the convention": an act described by another kind of act is told by its
        # own noun ("the attack killed ten" tells the attack: :mod:`.identity` makes them one)
        named = self._match_noun(subj)
        return named is not None and named.type in MATERIAL and cand.trigger.type in JUDGEMENTS

def _in_words(trig: Trigger) -> Trigger:
    """A protest made in words (by a government, or with what it says): disapproval, PLOVER ACCUSE.
    A government that blocks roads or ports does not protest: it restricts them (COERCE)."""
    if trig.mode == "obstruct":
        return replace(trig, type="COERCE", mode="restrict")
    return replace(trig, type="ACCUSE", mode="disapprove", context=trig.context or "diplomatic")


def _sentence_index(doc: Doc) -> dict[int, int]:
    return {s.start: i for i, s in enumerate(sents(doc))}


def code_events(doc: Doc, res, lexicon: Lexicon, ontology: Ontology) -> list[Event]:
    coder = EventCoder(lexicon, ontology)
    return coder.code(doc, res)
