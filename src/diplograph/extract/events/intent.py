"""What an act's clause intends (a mixin of :class:`diplograph.extract.events.coder.EventCoder`).

PLOVER codes an intended act by its intent: "X will send aid to Y" is AGREE, "X will strike Y" THREATEN,
when the doer itself holds the intent; a warning about another's act voices a concern (ACCUSE). Which
verbs intend, refuse, condition or warn is data (the lexicon's modality and warning verbs); who holds
the intent is grammar.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from diplograph.extract.events import modality as md
from diplograph.extract.events.candidate import Candidate
from diplograph.extract.events.factuality import Factuality
from diplograph.extract.events.ontology import Lexicon, Ontology
from diplograph.extract.events.pairs import _id, _others, _uniq
from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import answered_deed
from diplograph.nlp.tokens import kids


class _IntentReading:
    """Intents, refusals, conditions and warnings of a candidate act."""

    lex: Lexicon
    onto: Ontology
    mod: md.Modality
    fact: Factuality

    def _intends(self, clause: Token, pairs: list, res) -> bool:
        """Whether the act's doer holds the intent its clause tells: "X plans to visit Y" (X visits),
        not "X hopes to win recognition from Y" or "eager for aid from Y, X ..." (Y would act); and
        whether it is the doer's, not another's belief ("Japan fears China will attack Taiwan",
        "analysts expect X to sign": a fear or a forecast is no announcement of X's)."""
        doers = {_id(src) for src, _ in pairs}
        holders = {m.actor.actor_id for m in cl.subject_mentions(clause, res)}
        if holders and not holders & doers:
            return False
        node = clause
        for _ in range(3):
            if node.dep_ not in ("ccomp", "xcomp", "acl") or node.head.i == node.i:
                break
            node = node.head
            if node.lemma_.lower() in self.fact.supposing and \
                    not {m.actor.actor_id for m in cl.subject_mentions(node, res)} & doers:
                return False  # ("there is no sign that X will ...": nobody announced it)
        # "X would probably attack": a forecast hedged by an adverb of possibility announces nothing
        return not any(c.dep_ == "advmod" and c.lower_ in self.fact.possible for c in kids(clause))

    def _intends_act(self, cand: Candidate, told: bool, pairs: list, res) -> bool:
        """Whether the candidate's doer holds the intent its clause tells (told as done: read from its clause's
        words); never for the deed a retort answers ("vowed to retaliate for X's strike", "vowed revenge for
        the killing of Y"): that deed was done, by another, and is no part of what is announced."""
        if answered_deed(cand.token):
            return False
        return told or self._intends(cand.clause, pairs, res)

    def _stance_told(self, cand: Candidate, res) -> bool:
        """The act is the complement of its doer's own verb of agreeing, promising or threatening
        ("Ghana promised to send troops to Mali", "X agreed with Y to hold talks"): that verb codes the
        stance and whom it is aimed at, so the act's intent is not coded again beside it."""
        clause = cand.clause
        if clause.dep_ not in ("xcomp", "ccomp") or clause.head.i == clause.i or not cand.sources:
            return False
        head = clause.head
        if not any(e.type in ("AGREE", "THREATEN") for e in self.lex.verbs.get(head.lemma_.lower(), ())):
            return False
        speakers = {m.actor.actor_id for m in cl.subject_mentions(head, res)}
        return bool(speakers & {m.actor.actor_id for m in cand.sources})

    def _conditioned(self, clause: Token, res, sources) -> list:
        """The actors a condition on ``clause`` names as its subject ("... if Y attacks", "unless Y pays")."""
        found = []
        for c in cl.children(clause, ("advcl",)):
            if not any(m.dep_ == "mark" and m.lower_ in self.mod.cond_marks for m in kids(c)):
                continue
            found += _others(cl.subject_mentions(c, res), sources)
        return _uniq(found)

    def _warning(self, cand: Candidate, res) -> Candidate | None:
        """ "X warned that Y could attack": a warning about another's act voices a concern about Y
        (ACCUSE), not a threat by X, and so does "X warned of Y's drills", warning no one of another's act;
        "X warned (that) it would retaliate" stays a threat; "X warned that prices would rise", warning no one,
        forecasts (None)."""
        tok = cand.token
        if cand.trigger.type != "THREATEN" or tok.lemma_.lower() not in self.lex.warning_verbs or not cand.sources:
            return cand
        comps = cl.children(tok, ("ccomp",))
        others = [m for comp in comps for subj in cl.children(comp, ("nsubj", "nsubjpass"))
                  for m in cl.actor_mentions(subj, res)]
        if not comps and not cl.children(tok, ("dobj",)):
            # "warned of a nuclear test by Y", "warned against Y's drills", warning no one: a concern about Y's act
            foreign = [m for m in _act_doers(tok, res) if not any(  # (its own forces' response is its threat)
                m.actor.actor_id == s.actor.actor_id or (m.actor.country and m.actor.country == s.actor.country)
                for s in cand.sources)]
            if foreign:
                return replace(cand, trigger=replace(cand.trigger, type="ACCUSE", mode="disapprove"), targets=foreign)
        if not others:  # "warned Y that its decision was a mistake": what is done or so, judged; no act to come
            judged = comps and not any(self._coming(c) for c in comps)
            if not judged and comps and not cand.targets and all(self._forecast(c, res) for c in comps):
                return None  # "warned that prices would rise": a forecast, no threat to anyone
            return replace(cand, trigger=replace(cand.trigger, type="ACCUSE", mode="disapprove")) if judged else cand
        if any(cl.same_side(m.actor, s.actor) or m.actor.actor_id.startswith(cl.GENERIC_PREFIX)
               for m in others for s in cand.sources):  # "police will not tolerate": its own
            return cand
        trig = replace(cand.trigger, type="ACCUSE", mode="disapprove")
        return replace(cand, trigger=trig, targets=_uniq(others))

    @staticmethod
    def _forecast(clause: Token, res) -> bool:
        """A clause whose active subject is a thing, no actor ("prices would rise", not "any attack would be met
        with force", whose agent is unsaid, nor "it would respond")."""
        subj = cl.children(clause, ("nsubj",))
        return bool(subj) and not cl.children(clause, ("nsubjpass", "auxpass", "expl")) and all(
            s.pos_ in ("NOUN", "PROPN") and not cl.actor_mentions(s, res) for s in subj)

    def _coming(self, clause: Token) -> bool:
        """Whether a clause tells something still to come: a modal ("would close", "will be met", "must
        leave"), "going to", or a clause of its own that does ("that if Y attacks, it would respond")."""
        if any(c.dep_ == "aux" and (c.lower_ in self.fact.hyp_modals | self.fact.fut_modals or c.lemma_ == "go")
               for c in kids(clause)):
            return True
        return any(self._coming(c) for c in kids(clause) if c.dep_ in ("xcomp", "ccomp", "conj"))

    def _asked_by_condition(self, clause: Token, act: str, modality: str, pairs: list, res, sources) -> list:
        """An offer made on a condition stated as a requirement ("will accept the aid only if Y withdraws
        his insults") asks that of the condition's subject: (offerer, asked) pairs.  Only a cooperative
        act announced, not told as done (a conflictual one on a condition is a threat, read elsewhere);
        a plain "if" states a prospect, not a demand ("would open talks if Y recognises Z")."""
        if modality not in ("future", "hypothetical") or self.onto.quad(act) not in (1, 2) or \
                not any(c.lower_ in self.mod.fut_modals | self.mod.intent_modals for c in kids(clause) if c.dep_ == "aux"):
            return []
        if not any(a.dep_ == "advmod" and a.lower_ in self.fact.requirement for c in cl.children(clause, ("advcl",))
                   if any(m.dep_ == "mark" and m.lower_ in self.mod.cond_marks for m in kids(c)) for a in kids(c)):
            return []
        asked = self._conditioned(clause, res, sources)
        doers = _uniq([src for src, _ in pairs if src is not None])
        return [(d, a) for d in doers for a in asked if _id(a) != _id(d)]

    def _plover_type(self, act: str, mode: str | None, modality: str, neg: bool, clause: Token,
                     own: bool = True, intends: bool = True) -> tuple[str, str | None]:
        """PLOVER codes an intended act by its intent: a promised cooperative act is AGREE,
        an announced conflictual one THREATEN, when its doer holds the intent (``intends``).  The act
        itself stays in ``act_type``."""
        if neg and own and act != "REJECT" and self.onto.quad(act) in (1, 2) and self.mod.is_refusal(clause):
            return "REJECT", None  # "will not accept refugees", "refused to meet": a refusal is asserted
        if neg or act in ("AGREE", "THREATEN", "REQUEST", "REJECT") or not intends or \
                not self.mod.is_intent(clause, modality):
            return act, mode
        if self.mod.is_ultimatum(clause):  # "will withdraw its force unless X holds elections"
            return "THREATEN", None
        if self.onto.quad(act) in (1, 2):
            return "AGREE", None
        return "THREATEN", None


def _act_doers(verb: Token, res) -> list:
    """The doers an act noun a warning verb's "of"/"against" phrase names names itself: its possessor, a national
    modifier or a "by" phrase ("of a test by Y", "against Y's drills", "of Russian provocations"); a gerund is the
    warned party's own act ("warned against attacking"), a noun with no doer of its own none ("of consequences")."""
    found = []
    for noun in cl.prep_objects(verb, ("of", "against")):
        if noun.pos_ != "NOUN" or noun.tag_ == "VBG":
            continue
        for c in kids(noun):
            if c.dep_ == "poss":
                found += cl.actor_mentions(c, res)
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and res.at_token(c.i) is not None:
                found.append(res.at_token(c.i))
            elif c.dep_ == "prep" and c.lower_ == "by":
                found += [m for o in kids(c) if o.dep_ == "pobj" for m in cl.actor_mentions(o, res)]
    return _uniq([m for m in found if not m.actor.actor_id.startswith(cl.GENERIC_PREFIX)])
