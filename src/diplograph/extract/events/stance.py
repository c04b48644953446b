"""Stances said of an actor (a mixin of :class:`diplograph.extract.events.coder.EventCoder`).

"X said Y are reasonable people" and "X called Y a reliable partner" are SUPPORT X->Y; "... Y is a threat",
"... Y was responsible for the attack", "... Y bears responsibility", "... Y had failed to protect Z", "X
described Y's move as a provocation" ACCUSE; "X said Y must withdraw" REQUEST.  The evaluative words, the verbs
of naming and of a duty failed are data (the lexicon's ``evaluations``); which clause is said or which phrase is
the name given, and by whom, is grammar.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.events import modality as md
from diplograph.extract.events.candidate import Candidate
from diplograph.extract.events.ontology import Lexicon, Trigger
from diplograph.nlp import clauses as cl
from diplograph.nlp.tokens import kids


class _StanceReading:
    """Evaluations and obligations in what an actor says."""

    lex: Lexicon
    mod: md.Modality

    def _evaluation(self, verb: Token, res) -> Candidate | None:
        """ "X said (that) Y are reasonable people" -> SUPPORT X->Y; "... Y is a threat", "... Y was
        responsible for the attack", "... Y bears responsibility", "... Y had failed to protect Z" -> ACCUSE;
        "... Y has the right to defend itself" -> SUPPORT ("has no right to" -> ACCUSE)."""
        ev = self.lex.evaluations
        if verb.lemma_.lower() in ev.get("naming_verbs", ()):
            return self._naming(verb, res)
        for comp in cl.children(verb, ("ccomp",)):
            subj = cl.children(comp, ("nsubj",))
            if not subj:
                continue
            if comp.lemma_ == "be":
                type_ = self._predicate_polarity(comp)
            elif comp.lemma_.lower() in ev.get("holding_verbs", ()):
                type_ = self._held_polarity(comp)
            elif self._failed(comp):
                type_ = "ACCUSE"
            else:
                continue
            if type_ is None:
                continue
            speaker = cl.subject_of(verb)
            sources = cl.actor_mentions(speaker, res) if speaker is not None else []
            targets = cl.actor_mentions(subj[0], res)
            if not sources or not targets or (self._failed(comp) and {
                    s for m in sources for s in m.actor.sides()} & {s for m in targets for s in m.actor.sides()}):
                continue  # ("Iran said it had failed to reach a deal": its own failure, no criticism)
            trig = Trigger("VERB", verb.lemma_.lower(), (verb.lemma_.lower(),), type_, None, "diplomatic")
            return Candidate(trig, verb, sources, targets, verb, (verb.i, verb.i + 1))
        return None

    def _failed(self, comp: Token) -> bool:
        """ "(said) Y had failed to protect Z", "... had done nothing/little to stop Z": a duty left undone, a
        criticism of Y: a failing verb with an infinitive, or "do" with a shortfall object and one (hung on the
        verb or on the object); not denied ("had not failed")."""
        ev = self.lex.evaluations
        if any(c.dep_ == "neg" for c in kids(comp)):
            return False
        if comp.lemma_.lower() in ev.get("failing_verbs", ()):
            return bool(cl.children(comp, ("xcomp",)))
        objs = [o for o in cl.children(comp, ("dobj",)) if o.lemma_.lower() in ev.get("shortfall_objects", ())]
        infinitive = any(c.dep_ in ("advcl", "xcomp") for c in kids(comp)) or any(
            c.dep_ in ("relcl", "acl") for o in objs for c in kids(o))
        return comp.lemma_.lower() == "do" and bool(objs) and infinitive

    def _naming(self, verb: Token, res) -> Candidate | None:
        """ "X called Y's decision a mistake", "described Y's offer as constructive": ACCUSE or SUPPORT X->Y by
        the words of the name given (an object predicate, an "as" phrase, the second object a parse hangs on the
        first); an object alone is no naming ("called Y's president": a telephone call)."""
        if any(c.dep_ == "neg" for c in kids(verb)):
            return None
        named = [c for c in kids(verb) if c.dep_ in ("dobj", "ccomp", "xcomp")]
        names = [c for c in kids(verb) if c.dep_ == "oprd"] + [
            g for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "as" for g in kids(c)] + [
            g for c in named for g in kids(c) if g.dep_ in ("dobj", "oprd", "attr") or (g.dep_ == "appos" and not g.ent_type_)]
        type_ = self._polarity_of(names)
        speaker = cl.subject_of(verb)
        if type_ is None or speaker is None:
            return None
        inside = {t.i for n in names for t in n.subtree}
        sources = cl.actor_mentions(speaker, res)
        heads = named + [s for c in named if c.dep_ != "dobj" for s in kids(c) if s.dep_ == "nsubj"]  # (a parse's clause)
        targets = [m for c in heads for m in cl.actor_mentions(c, res) if m.token_start not in inside]
        if not sources or not targets:
            return None
        trig = Trigger("VERB", verb.lemma_.lower(), (verb.lemma_.lower(),), type_, None, "diplomatic")
        return Candidate(trig, verb, sources, targets, verb, (verb.i, verb.i + 1))

    def _polarity_of(self, preds: list[Token]) -> str | None:
        """SUPPORT or ACCUSE by the evaluative words of ``preds`` (not of a clause describing them); None when
        they have none, or both kinds."""
        ev = self.lex.evaluations
        words = set()
        for p in preds:  # ("X is a proud state that lets no criminal walk free": not a criminal; "a response to
            # Y's provocation" names Y's act, not what is said of X)
            inner = {t.i for c in kids(p) if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree}
            words |= {w for t in p.subtree if t.i not in inner for w in (t.lemma_.lower(), t.lower_)}
        pos = words & ev.get("positive", frozenset())
        neg = words & ev.get("negative", frozenset())
        if bool(pos) == bool(neg):
            return None
        return "SUPPORT" if pos else "ACCUSE"

    def _predicate_polarity(self, comp: Token) -> str | None:
        ev = self.lex.evaluations
        preds = cl.children(comp, ("attr", "acomp"))
        if not preds or any(c.dep_ == "neg" for c in kids(comp)):
            return None
        if any(p.lemma_.lower() in ev.get("blame_adjectives", ()) and any(
                c.dep_ == "prep" and c.lower_ in ("for", "of") for c in kids(p)) for p in preds):
            return "ACCUSE"  # "was responsible for the attack"
        return self._polarity_of(preds)

    def _held_polarity(self, comp: Token) -> str | None:
        """ "Y has the right to ...": SUPPORT; "Y has no right to ...", "Y bears responsibility": ACCUSE."""
        ev = self.lex.evaluations
        objs = cl.children(comp, ("dobj",))
        words = {o.lemma_.lower() for o in objs}
        denied = any(c.dep_ == "neg" for c in kids(comp)) or any(
            c.dep_ == "det" and c.lower_ == "no" for o in objs for c in kids(o))
        if words & ev.get("positive_held", frozenset()):
            return "ACCUSE" if denied else "SUPPORT"
        if words & ev.get("negative_held", frozenset()) and not denied:
            return "ACCUSE"
        return None

    def _obligation(self, verb: Token, res) -> Candidate | None:
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
            return Candidate(trig, verb, sources, targets, verb, (verb.i, verb.i + 1))
        return None
