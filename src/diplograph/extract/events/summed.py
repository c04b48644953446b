"""The doer of an act a summary noun sums up when the act was told but not coded: "The government moved its
embassy to Jerusalem. Turkey condemned the decision."

A judgement whose object is a bare definite summary noun (``summary_nouns``: "the move", "this decision", with no
phrase of its own), told at the start of its sentence, judges what the sentence before told; when no act was
coded there (:mod:`.reactions` aims the judgement at a coded act's doer), its doer is the named subject of that
sentence's main verb: an active verb that is no saying for a noun of an act ("the move": "X said ..." tells no
move), the saying itself for a noun of a saying ("the claim", "the allegation": "X said Y lied. Y rejected the
claim"). Nothing else is guessed: a judgement told before ("X praised the truce. Y welcomed the move"), a
pronoun, a generic or unnamed subject, a passive, a negated or a future or conditional verb leaves the judgement
without a target.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.events.recipients import judges
from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids

# summary nouns that sum up a saying, not an act: their antecedent sentence's main verb is one of saying
SAYINGS = frozenset({"accusation", "allegation", "assertion", "charge", "claim", "suggestion"})
_DEFINITE = frozenset({"the", "this", "that"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def summed_doer(tok: Token, res, sources: list, saying_verbs, verbs: dict) -> list:
    """The doer of the act the object of judgement verb ``tok`` sums up (see the module's docstring; ``verbs``: the
    lexicon's verb entries, a judgement being no act: "X praised the truce. Y welcomed the move")."""
    noun = next((o for o in cl.patients_of(tok) if o.pos_ == "NOUN" and o.lemma_.lower() in grammar().summary_nouns
                 and o.lemma_.lower() != "development"), None)
    if noun is None or any(c.dep_ not in ("det", "amod") for c in kids(noun)) \
            or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids(noun)):
        return []
    sent = tok.sent
    if sent.start == 0 or any(t.tag_ in _FINITE and t.i != tok.i and t.pos_ in ("VERB", "AUX") for t in tok.doc[sent.start:tok.i]):
        return []  # (an act told before it in its own sentence is what it sums up)
    root = tok.doc[sent.start - 1].sent.root
    saying, entries = root.lemma_.lower() in saying_verbs, verbs.get(root.lemma_.lower(), ())
    if root.lemma_.lower() in grammar().judging_verbs or (entries and all(judges(e) for e in entries)):
        return []
    if root.pos_ not in ("VERB", "AUX") or saying != (noun.lemma_.lower() in SAYINGS) or cl.is_passive(root) \
            or any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ == "if") for c in kids(root)) \
            or any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "would", "may", "might", "could") for c in kids(root)):
        return []
    subj = cl.subject_of(root)
    found = cl.actor_mentions(subj, res) if subj is not None and subj.pos_ != "PRON" else []
    return [m for m in found if not m.actor.actor_id.startswith(cl.GENERIC_PREFIX) and m.how != "generic"
            and not any(cl.same_side(m.actor, s.actor) for s in sources)]
