"""Event nouns that name a lasting state or a topic, not an act told (a mixin of :class:`.descriptions.Descriptions`).

* A state described by how long it has lasted: "the decades-old embargo", "the six-year blockade", "the
  long-running dispute", "the embargo, which has lasted six decades", "the blockade, in place since 2007",
  "the war, now in its 13th year". Only where no verb makes, ends or extends the thing ("signed a 10-year
  deal", "extended the six-year embargo" tell acts): the noun is a subject or hangs on a preposition.
* A condition the subject is in: "Venezuela, under US sanctions since 2019", "Syria remains under EU
  sanctions", "Gaza has lived under an Israeli blockade" ("placed X under sanctions" is an act).
* An act that is the topic of a work or a discussion: "a study of the invasion", "a conference on the
  blockade", "questions over the arms deal", "the book examines the invasion", "marked the anniversary of
  the invasion".

The word lists are the lexicon's (triggers.yaml ``factuality``: ``lasting_units``, ``lasting_modifiers``,
``lasting_verbs``, ``lasting_phrases``, ``onset_preps``, ``state_preps``, ``state_nouns``, ``state_verbs``, ``topic_nouns``,
``topic_preps``, ``topic_of_nouns``, ``topic_verbs``), set by the Factuality constructor.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp.tokens import kids

_MODIFIERS = ("amod", "compound", "nummod", "npadvmod")


class States:
    """Lasting states, conditions and topics."""

    lasting_units: frozenset[str]
    lasting_modifiers: frozenset[str]
    lasting_verbs: frozenset[str]
    lasting_phrases: frozenset[str]
    onset_preps: frozenset[str]
    state_preps: frozenset[str]
    state_nouns: frozenset[str]
    state_verbs: frozenset[str]
    topic_nouns: frozenset[str]
    topic_preps: frozenset[str]
    topic_of_nouns: frozenset[str]
    topic_verbs: frozenset[str]

    def stated(self, noun: Token) -> bool:
        """The event noun names a lasting state, a condition its subject is in, or a topic."""
        return self._lasting(noun) or self._condition(noun) or self._topic(noun)

    def _lasting(self, noun: Token) -> bool:
        if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
            noun = noun.head  # "the years-long bombing campaign": the campaign is described
        if noun.dep_ not in ("nsubj", "pobj", "appos", "conj"):
            return False  # ("signed a 10-year deal", "the ten-year deal was signed": made here)
        if noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX") and \
                noun.head.head.lemma_.lower() not in self.state_verbs:
            return False  # ("agreed on a 10-year deal", "protested against the decades-old embargo")
        holders = [noun] + ([noun.head] if noun.dep_ == "nsubj" else [])
        if any(t.dep_ == "prep" and t.lower_ in self.onset_preps
               for h in holders for p in kids(h) if p.dep_ == "prep" for t in p.subtree):
            return False  # "a ban in place since November": a standing state coded from its onset
        for mod in kids(noun):
            if mod.dep_ in _MODIFIERS and mod.i < noun.i and self._duration(mod):
                return True  # "the decades-old embargo", "the long-running dispute"
            if mod.dep_ == "relcl" and mod.lemma_.lower() in self.lasting_verbs and any(
                    c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in kids(mod)):
                return True  # "the embargo, which has lasted six decades"
        return any(self._lasting_phrase(p) for h in holders for p in kids(h) if p.dep_ == "prep")

    def _duration(self, mod: Token) -> bool:
        words = list(mod.subtree)
        joined = "".join(t.text_with_ws for t in words).replace(" - ", "-").strip().lower()
        return joined in self.lasting_modifiers or (
            len(words) > 1 and any(t.lemma_.lower() in self.lasting_units for t in words))

    def _lasting_phrase(self, prep: Token) -> bool:
        """"is still in place", "in force", "now in its 13th year", "in its second decade"."""
        for obj in kids(prep):
            if obj.dep_ != "pobj":
                continue
            if f"{prep.lower_} {obj.lower_}" in self.lasting_phrases:
                return True
            if prep.lower_ == "in" and obj.lemma_.lower() in self.lasting_units and any(
                    c.dep_ == "poss" for c in kids(obj)):
                return True
        return False

    def _condition(self, noun: Token) -> bool:
        if noun.dep_ != "pobj" or noun.head.lower_ not in self.state_preps:
            return False
        if noun.lemma_.lower() not in self.state_nouns and not any(
                c.dep_ == "compound" and f"{c.lemma_.lower()} {noun.lemma_.lower()}" in self.state_nouns
                for c in kids(noun)):
            return False
        prep, doc = noun.head, noun.doc
        holder = prep.head
        aside = prep.left_edge.i > 0 and doc[prep.left_edge.i - 1].text == "," and \
            prep.right_edge.i + 1 < len(doc) and doc[prep.right_edge.i + 1].text == ","
        # ("Iran, long under US sanctions, has built ...": a parenthesis on the subject, hung on the verb)
        return holder.pos_ in ("NOUN", "PROPN") or holder.lemma_.lower() in self.state_verbs or aside

    def _topic(self, noun: Token) -> bool:
        head = noun.head
        if noun.dep_ == "dobj":
            return head.lemma_.lower() in self.topic_verbs
        if noun.dep_ != "pobj" or head.dep_ != "prep":
            return False
        holder = head.head.lemma_.lower()
        return (head.lower_ in self.topic_preps and holder in self.topic_nouns) or (
            head.lower_ == "of" and holder in self.topic_of_nouns)
