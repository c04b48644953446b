"""Event words told as descriptions, not as acts (a mixin of :class:`.factuality.Factuality`).

"This is an attack on ...", "hailed the deal as a victory", "the deployment involves 5,000 soldiers",
"has an alliance with", "a mission fighting militants": the trigger word names or describes, and no
act is told. The cue lists (``occasion``, ``stative``, ``possession``, ``standing_nouns``, ``forming``,
``light``, ``utterance``, ``predicative_verbs``, ``occurrence``) are the lexicon's, set by the Factuality
constructor. An event noun whose own relative clause says it took place, or whose own participle says it
was decided or imposed ("Kyiv's ban on X, approved last week, will take effect next year": a decision
re-mentioned after it was taken), is told as a fact whatever embeds it (:meth:`Descriptions._occurred`).
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.events import modality as md
from diplograph.extract.events.states import States
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids, sentence_of


class Descriptions(States):
    """Descriptive uses of event words."""

    occasion: frozenset[str]
    stative: frozenset[str]
    possession: frozenset[str]
    standing_nouns: frozenset[str]
    forming: frozenset[str]
    light: frozenset[str]
    utterance: frozenset[str]
    predicative_verbs: frozenset[str]
    occurrence: frozenset[str]
    decision: frozenset[str]
    mod: "md.Modality"

    def descriptive(self, tok: Token) -> bool:
        """An event noun used to describe or evaluate, not told as an act: the predicate of a copula
        or of "constitute" ("This is an attack on ...", "constitutes a capitulation"), a name given
        ("calling the arrest a violation", "hailed the deal as a victory")."""
        if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN"):
            return self._attribute(tok)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "relcl" and tok.head.lemma_.lower() in self.occasion:
            return any(c.dep_ in ("amod", "det") and (c.tag_ == "JJS" or c.lower_ in ("first", "last", "second", "only"))
                       for c in kids(tok.head))  # "the first time an EU state has seized a tanker"
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.stative and tok.head.tag_ in ("VBZ", "VBP"):
            return True  # "the deployment involves 5,000 soldiers": a standing state
        if tok.pos_ in ("NOUN", "PROPN") and (self._standing(tok) or self.stated(tok)):
            return True  # (a lasting state, a condition, a topic: :mod:`.states`)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ in ("attr", "acomp") and \
                head.head.pos_ in ("NOUN", "PROPN", "ADJ"):
            if head.lower_ == "of" and head.head.lemma_.lower() in grammar().undergoing_nouns:
                return False  # "X was the target of a Y attack": the attack told (undergone.py)
            tok, head = head.head, head.head.head  # "these are the first casualties in a skirmish since 1975"
            return not any(c.dep_ == "expl" for c in kids(head))  # "there were talks" tells them
        if tok.dep_ == "oprd":
            return True
        if tok.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
            # "hailed the deal as a victory", "was seen as an attack" name what something is; a role the
            # subject takes ("acted as a mediator between A and B") is its act
            return any(c.dep_ in ("dobj", "nsubjpass") for c in kids(head.head))
        return tok.dep_ == "dobj" and head.lemma_.lower() in self.predicative_verbs

    def _standing(self, noun: Token) -> bool:
        """A relation held, not an act: a noun of a standing relation no verb makes or ends
        (``standing_nouns``), the object of a verb of possession in the simple present
        ("has an alliance with"; "has had talks" tells them), or a noun one remains in ("remains in
        talks with")."""
        head = noun.head
        if noun.lemma_.lower() in self.standing_nouns and not (
                noun.dep_ in ("dobj", "nsubjpass", "pobj") and (head.lemma_.lower() in self.forming or
                                                                head.lemma_.lower() in self.light)):
            return True  # "Moscow's growing alliance with India" ("forged an alliance" tells one)
        if noun.dep_ == "dobj" and head.lemma_.lower() in self.possession:
            return head.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in kids(head))
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
            verb = head.head
            return verb.lemma_.lower() in self.stative and verb.tag_ in ("VBZ", "VBP", "VBN", "VBG")
        return False

    def _attribute(self, verb: Token) -> bool:
        """A participle that describes its noun, a standing state or activity, not an act told: "a
        mission fighting militants", "soldiers stationed in Somalia" — no doer named ("brokered by X"
        tells the brokering), no time of its own ("the jet shot down on Tuesday"), not what an utterance
        says ("a declaration demanding ..."), and a sentence with a main verb (else the parser read a
        clause as a noun phrase: "The rebels disarmed under the deal.")."""
        noun = verb.head
        root = sentence_of(verb).root
        if root.pos_ not in ("VERB", "AUX") or noun.lemma_.lower() in self.utterance:
            return False  # no main verb: the parser read a clause as a noun phrase
        below = verb.subtree
        if any(c.dep_ == "agent" for c in kids(verb)):
            return False
        return not any(t.ent_type_ in ("DATE", "TIME") for t in below)

    def _occurred(self, noun: Token) -> Token | None:
        """The relative clause of an event noun that tells it as having happened in the past ("the
        summit that took place on 12 October", "talks which were held in Doha"), or None."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        # (an occurrence verb's relative clause may hang on a noun inside the event's phrase: "a summit on
        # the country that took place on 12 October")
        inner = [o for p in kids(noun) if p.dep_ == "prep" for o in kids(p) if o.dep_ == "pobj"]
        for rel in [*kids(noun), *(c for o in inner for c in kids(o) if c.lemma_.lower() in self.occurrence)]:
            if rel.dep_ == "acl" and rel.tag_ == "VBN" and rel.i > noun.i and rel.head.i == noun.i and \
                    rel.lemma_.lower() in self.light | self.decision and not self.mod.negated(rel):
                return rel  # "the ban, approved last week, will take effect": decided, whatever comes of it
            if rel.dep_ != "relcl" or rel.tag_ not in ("VBD", "VBN") or self.mod.negated(rel):
                continue
            lemma = rel.lemma_.lower()
            passive = any(c.dep_ == "auxpass" for c in kids(rel))
            subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in kids(rel))
            if subject and (lemma in self.occurrence or (passive and lemma in ("hold", "organise", "organize", "convene"))):
                return rel
        return None
