"""A noun that restates the clause before it, and a reaction told on that noun.

News sums up a clause with an appositive noun and then tells a reaction to it: "X proposed that ...,
a suggestion Y rejected the same day", "X offered to host talks, an offer Y dismissed", "X closed its
border, a move Y condemned".  The reaction is aimed at the restated clause's subject (X), is told as
done (factuality.py) and dated by its own words, its "the same day" being that clause's day (a clause on
such a noun is no description kept undated: dates/background.py).  The nouns are ``restating_nouns`` (and ``allegation_nouns``) in
data/grammar.yaml.  The small parser often misreads the construction (the noun taken for an apposition
of the clause's last word, or for a second subject of the reaction verb), so it is found on the surface:
", a NOUN [that|which] SUBJECT ... VERB" with the reaction verb in the clause the noun opens.  A plural
noun of allegation with no article (", allegations X dismissed as fabricated") is read on the parse
instead, as the clause it heads; one function (:func:`restated_authors`) tries both routes.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar

_RELATIVES = frozenset({"that", "which"})
# reactions to what the restated clause told
RESTATED_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})


def restating_noun(verb: Token) -> Token | None:
    """The noun opening the clause of ``verb`` that restates the clause before it, or None: ", a move
    Washington condemned", ", a suggestion that Y rejected", ", a decision the UN said it could not accept"."""
    found = _opening(verb)
    return found[0] if found is not None else None


def restates(noun: Token) -> bool:
    """``noun`` restates the clause before it and opens a clause of its own (", an offer Kyiv dismissed"):
    it retells that clause's act, no act of its own (the words after it name the reaction's party)."""
    after = [t for t in noun.doc[noun.i + 1:noun.sent.end] if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    found = restating_noun(after[0]) if after else None
    return found is not None and found.i == noun.i


def restated_subject(verb: Token) -> Token | None:
    """The subject of the clause a restating noun opens, where ``verb`` is that clause's verb: "a demand
    Mogadishu rejected" (the parser may take the noun for the verb's subject, or lose the subject)."""
    found = _opening(verb)
    if found is None or found[1].i != verb.i:
        return None
    subjects = [t for t in found[2] if t.dep_ in ("nsubj", "nsubjpass")]
    return subjects[-1] if subjects else None


def _opening(verb: Token) -> tuple[Token, Token, list[Token]] | None:
    """The restating noun, the first verb of the clause it opens (``verb`` or one that tells it) and the
    words between them, which name the clause's party."""
    doc = verb.doc
    nouns = grammar().restating_words
    for i in range(verb.i - 1, verb.sent.start + 2, -1):
        tok = doc[i]
        if tok.text in (",", ";", ":", "(") or tok.lower_ in ("and", "but"):
            return None  # the noun is in an earlier clause, not the one that opens this verb's
        if tok.lemma_.lower() not in nouns or doc[i - 1].lower_ not in ("a", "an") or doc[i - 2].text != ",":
            continue
        rest = [t for t in doc[i + 1:verb.i + 1] if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
        first = rest[0] if rest else verb
        if not _reaches(verb, first):
            return None
        lead = doc[i + 1:first.i]
        if lead and lead[0].lower_ in _RELATIVES:
            lead = lead[1:]
        if not lead and first.i == verb.i and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
            return tok, first, []  # "an offer rejected by Kyiv": the party is the participle's agent
        if not lead or not any(t.dep_ in ("nsubj", "nsubjpass") or t.ent_type_ for t in lead):
            return None  # "a move that surprised analysts", "a move widely seen as ...": no party of its own
        return tok, first, list(lead)
    return None


def _reaches(verb: Token, head: Token) -> bool:
    """``verb`` is ``head`` or told under it through complements ("said it could not accept")."""
    cur = verb
    for _ in range(4):
        if cur.i == head.i:
            return True
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def restated_verb(noun: Token) -> Token | None:
    """The main verb of the clause the noun restates: the highest verb of its sentence before the comma."""
    doc = noun.doc
    span = doc[noun.sent.start:noun.i - 2]
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    if not verbs:
        return None
    return min(verbs, key=lambda t: (sum(1 for a in t.ancestors if a.i < noun.i - 2), t.i))


def _owned_act(noun: Token, said: Token | None) -> Token | None:
    """The owner of a restating noun that ends the words before the comma ("X's offer of aid to Y, a move
    Z condemned": the move is X's offer, not the act of the clause around it), or None."""
    nouns = grammar().restating_words
    cur = noun.doc[noun.i - 3]
    for _ in range(8):
        if cur.i >= noun.i - 2 or (said is not None and cur.i == said.i):
            return None
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in nouns:
            return next((c for c in cur.children if c.dep_ == "poss"), None)
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def restated_authors(verb: Token, res, sources: list = (), *, parsed: bool = False) -> list:
    """The actors whose clause the reaction at ``verb`` answers: the restated clause's subject (none of the
    reaction's own doers, ``sources``).  Two routes find that clause: with ``parsed`` (a rejection with no
    patient of its own), first the parse, a clause on a noun of allegation ("Y accused X of Z, allegations X
    dismissed as fabricated": whoever made the allegations, not anyone they name); then the surface,
    ", a/an NOUN X rejected" (:func:`restating_noun`), which the parser often misreads."""
    own = {m.actor.actor_id for m in sources}
    for author in ((_alleging(verb) if parsed else None), _restating(verb)):
        found = [m for m in cl.actor_mentions(author, res) if m.actor.actor_id not in own] if author is not None else []
        if found:
            return found
    return []


def _restating(verb: Token) -> Token | None:
    """The subject (or the owner of the act) of the clause that a restating noun opening ``verb``'s clause sums up."""
    noun = restating_noun(verb)
    if noun is None or noun.i < 3:
        return None
    said = restated_verb(noun)
    return _owned_act(noun, said) or (cl.subject_of(said) if said is not None else None)


def _alleging(verb: Token) -> Token | None:
    """The subject of the clause that the allegations ``verb``'s clause is on restate (``allegation_nouns``;
    the parser may tag the noun a verb): "Y accused X of Z, allegations X dismissed": Y."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "ccomp", "acl") or noun.i >= verb.i or noun.head.i >= noun.i or \
            noun.lemma_.lower() not in grammar().allegation_nouns:
        return None
    said = noun.head  # the clause the allegations restate ("accused X of ...", "said X had ...")
    while (said.pos_ not in ("VERB", "AUX") or said.dep_ == "ccomp") and said.head.i != said.i:
        said = said.head  # ("witnesses said soldiers shot X, allegations ...": the witnesses' allegations)
    return cl.subject_of(said)
