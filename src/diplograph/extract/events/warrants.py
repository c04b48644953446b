"""What warrants an act told under a legal finding or an entitlement (a mixin of
:class:`.factuality.Factuality`, whose cue lists, triggers.yaml ``factuality``, it reads).

* What a conviction, a charge, an indictment or a sentence says was done ("convicted X of bombing",
  "charged X with shelling", "found X guilty of attacking", "his conviction for ...", also when the parse
  hangs the phrase on the convicted) is alleged, as an accusation's content is: not told as fact
  (``legal_heads``).  Told as reported (on the court's word) it cost devset and construction precision:
  the analysts' gold codes the legal act, not what it alleges (tests/extract/test_modality_scope_unseen.py).
* What a punishment is for, told by a gerund, is its charge ("detained two students for backing the
  movement", "fined the bank for financing X"): the punisher's allegation, alleged as a conviction's
  content is (``punitive_heads``).
* An act under a right, a power or an authority ("the right to expel") is possible, unless the text
  says the right was used ("exercised its right to expel", "used its power to"): then the act is as
  factual as the using.  (``possibility_heads``, ``exercising_verbs``)
* An act under a decision ("X's decision to expel the envoy") is intended, unless the text tells the
  decision's consequences in the past ("... drew condemnation", "... was condemned by Y", "Y condemned X's
  decision to ..."): a decision that has had effects was carried out, and the act is told as the
  consequence is (``decision_nouns``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from diplograph.extract.events import modality as md
from diplograph.nlp.tokens import kids

_CHARGE_PREPS = ("of", "for", "with")  # "convicted of", "indicted for", "charged with"


class Warrants:
    """Legal findings and used entitlements (attributes set by :class:`.factuality.Factuality`)."""

    legal: frozenset[str]
    punitive: frozenset[str]
    decisions: frozenset[str]
    judging: frozenset[str]
    consequences: frozenset[str]
    exercising: frozenset[str]
    possible: frozenset[str]
    hyp_modals: frozenset[str]
    fut_modals: frozenset[str]
    rep_adverbs: frozenset[str]
    mod: md.Modality
    _embedding: Callable[[Token], tuple[str | None, bool]]  # Factuality's walk from a word to its root

    def legal_holder(self, prep: Token) -> Token | None:
        """The legal word whose "of"/"for"/"with" phrase ``prep`` names the act charged; a phrase the
        parse hangs on the convicted ("convicted [three agents of bombing]") counts."""
        holder = prep.head
        if prep.lower_ not in _CHARGE_PREPS or holder.i == prep.i:
            return None
        if holder.lemma_.lower() in self.legal or holder.lower_ in self.legal:
            # an adjective is a finding when a verb pronounces it ("found X guilty of"), not when it is
            # told of its subject ("X are guilty of violating the truce, according to Y": the act is told)
            return holder if holder.pos_ != "ADJ" or holder.head.pos_ == "VERB" else None
        up = holder.head
        if holder.dep_ in ("dobj", "nsubjpass") and up.pos_ == "VERB" and up.lemma_.lower() in self.legal:
            return up
        return None

    def charged(self, tok: Token, act: str | None) -> str | None:
        """ "detained two students for backing the movement": the act of a gerund that a punishment is
        "for" is alleged (hypothetical); not a protest, which an arrest "for protesting" tells was made, nor
        a deed named by a noun ("arrested two men for the bombing": the bombing took place, whoever did it)."""
        if tok.pos_ != "VERB" or tok.dep_ != "pcomp" or act == "PROTEST" or not self.punished_for(tok.head):
            return None
        return "hypothetical"

    def punished_for(self, prep: Token) -> bool:
        """ "for" names what a punishment punishes, on the punishing word or on its object ("jailed [a
        teenager for attacking soldiers]")."""
        holder = prep.head
        if prep.lower_ != "for" or holder.i == prep.i:
            return False
        if holder.lemma_.lower() in self.punitive and holder.pos_ in ("VERB", "NOUN"):
            return True
        up = holder.head
        return holder.dep_ in ("dobj", "nsubjpass") and up.pos_ == "VERB" and up.lemma_.lower() in self.punitive

    def carried(self, noun: Token) -> bool:
        """A decision noun told with effects in the past: the subject of a past verb of consequence ("X's
        decision to storm the embassy drew condemnation", "has angered Y") or an argument of a past judging verb
        ("Y condemned X's decision to expel ...", "was welcomed by Y")."""
        verb = noun.head
        if noun.lemma_.lower() not in self.decisions or verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
            return False
        if md.modal_mood(verb, self.hyp_modals, self.fut_modals) or self.mod.negated(verb):
            return False
        auxes = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
        past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have") for c in auxes)
        lemma = verb.lemma_.lower()  # (a decision "blocked", "reversed" or "announced" may not have been carried out)
        return past and (lemma in self.judging or (noun.dep_ == "nsubj" and lemma in self.consequences)) and \
            noun.dep_ in ("nsubj", "nsubjpass", "dobj")

    def right_user(self, noun: Token) -> Token | None:
        """The verb that uses the right, power or authority ``noun`` ("exercised its right", "used its
        power", "invoked its authority"), if the text says it was used."""
        user = noun.head
        if noun.dep_ == "dobj" and noun.lemma_.lower() in self.possible and user.pos_ == "VERB" and \
                user.lemma_.lower() in self.exercising:
            return user
        return None

    def exercised(self, user: Token) -> str | None:
        """The act done under a used right is as factual as the using: the using verb's modal, negation
        or embedding, else None (the act is told as the using is)."""
        if self.mod.negated(user):
            return "negated"
        for v in md.clause_chain(user):
            modal = md.modal_mood(v, self.hyp_modals, self.fut_modals)
            if modal:
                return modal
        verdict, _ = self._embedding(user)
        if verdict is None and md.attributed(md.clause_chain(user), "", None, self.rep_adverbs, frozenset(), ()):
            return "reported"  # "reportedly exercised its right to expel"
        return verdict
