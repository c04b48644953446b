"""The mood of a candidate's own clause: modals on it and on the verbs it is the xcomp/conj of (not a
conjunct with a subject of its own), a condition mark or an inverted condition ("Had X sent ..."),
attribution (adverbs, a hedging verb of saying, "according to"), the tense of a believed act, and the
present of habit ("regularly attack convoys"; in a relative clause any tense: "which have periodically
seized tankers").  A mixin of :class:`.factuality.Factuality`, whose cue lists
(triggers.yaml ``factuality``) it reads; what embeds the clause is judged there.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.events import modality as md
from diplograph.nlp.clauses import is_infinitive, phrasal_forms
from diplograph.nlp.tokens import kids, sentence_of


class ClauseMood:
    """The values a clause has on its own (attributes set by :class:`.factuality.Factuality`)."""

    hyp_modals: frozenset[str]
    fut_modals: frozenset[str]
    cond_marks: frozenset[str]
    possible: frozenset[str]
    viewpoint: frozenset[str]
    implicative: frozenset[str]
    habitual: frozenset[str]
    anyone: frozenset[str]
    rep_adverbs: frozenset[str]
    hedging: frozenset[str]
    rep_phrases: tuple[str, ...]
    cond_phrases: tuple[str, ...]
    partisan: frozenset[str]
    threat: frozenset[str]
    offer: frozenset[str]
    request: frozenset[str]
    decision: frozenset[str]
    intent: frozenset[str]
    inversions: frozenset[str]
    belief: frozenset[str]
    undeterred: frozenset[str]
    attempts: frozenset[str]
    attempted_types: frozenset[str]
    noncommittal: set[tuple[str, ...]]
    mod: md.Modality

    def _partisan(self, reporter: Token | None) -> bool:
        """The verb of saying has a speaker who argues a side ("critics say", "opponents have noted"):
        what it tells another did is a claim (``partisan_speakers``)."""
        return reporter is not None and bool(_subject_lemmas(reporter) & self.partisan)

    def _lifted(self, verb: Token) -> Token | None:
        """The negated head above ``verb`` whose negation does not deny it: a noncommittal head ("would
        not rule out sending jets": left open), an undeterred one ("would not hesitate to strike": meant), or
        any head of an open question ("had not decided whether to expel": ``open_marks``)."""
        open_question = any(c.dep_ == "mark" and c.lower_ in self.mod.open_marks for c in kids(verb))
        cur = verb
        for _ in range(3):
            if cur.dep_ not in ("xcomp", "dobj", "pcomp", "pobj", "prep") or cur.head.i == cur.i:
                return None
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX", "ADJ"):
                break
        if not any(c.dep_ == "neg" for c in kids(cur)):
            return None
        found = open_question or cur.lemma_.lower() in self.undeterred or self.noncommittal_head(cur)
        return cur if found else None

    def attempt(self, tok: Token, clause: Token, act: str | None) -> tuple[Token, Token] | None:
        """(verb, verb) of the trying ("tried to mediate", "attempted to storm the embassy") whose complement
        is the candidate's clause, when the act is one an attempt makes whatever its outcome (``attempted_types``:
        a storming tried is a protest, an attempt to persuade a request); the act is told as the trying is."""
        head = clause.head
        if (act or "").lower() not in self.attempted_types or clause.dep_ != "xcomp" or head.i == clause.i or \
                head.lemma_.lower() not in self.attempts or head.pos_ != "VERB" or \
                not (tok.i == clause.i or tok.head.i == clause.i):
            return None
        return head, head

    def noncommittal_head(self, head: Token) -> bool:
        """The head, alone or with a particle (parsed as one or as an adverb), is one whose negation leaves
        its object open ("rule out", "exclude": ``noncommittal_heads``)."""
        return any(" ".join(p) in phrasal_forms(head) for p in self.noncommittal)

    def _condition_phrase(self, prep: Token) -> bool:
        """ "in case of X", "in the event of X", "conditional on X", "subject to X"."""
        doc = prep.doc
        start = max(prep.i - 4, sentence_of(prep).start)
        before = " ".join(t.lower_ for t in doc[start:prep.i + 1])
        return any(before.endswith(p) for p in self.cond_phrases)

    def _habitual(self, verb: Token) -> bool:
        """A present-tense clause with an adverb of habit: "regularly carry out attacks", "are
        routinely detained" (the perfect and the past tell acts: "has repeatedly criticised")."""
        chain = [verb]
        if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and not md.own_clause(verb):
            chain.append(verb.head)  # ("X regularly attack Y, and Z killed four": a clause apart)
        for v in chain:
            auxes = [c for c in kids(v) if c.dep_ in ("aux", "auxpass")]
            finite = [v, *auxes]
            present = any(t.tag_ in ("VBZ", "VBP") for t in finite) and \
                not any(t.tag_ in ("VBD", "MD") or t.lemma_ == "have" for t in finite)
            present = present or (v.dep_ == "relcl" and not any(t.tag_ == "MD" for t in finite))
            # (a relative clause describes its actor: "which have periodically seized tankers" is a practice)
            if present and any(c.dep_ == "advmod" and c.lower_ in self.habitual for c in kids(v)):
                return True
            if present and v.tag_ in ("VBZ", "VBP") and any(
                    o.lower_ in self.anyone for o in (*(c for c in kids(v) if c.dep_ in ("dobj", "dative")),
                                                      *(g for c in kids(v) if c.dep_ == "prep"
                                                        for g in kids(c) if g.dep_ == "pobj"))):
                return True  # "we talk to everyone who wants peace": a practice, no one act
        return False

    def _inverted(self, verb: Token) -> bool:
        """A clause that opens with its auxiliary before its subject, not the sentence's main clause
        ("Had Germany sent tanks", "Were Iran to attack", "Should talks fail")."""
        first = verb.doc[verb.left_edge.i]
        if verb.dep_ == "ROOT" or first.lower_ not in self.inversions or not (
                first.i == verb.i or (first.head.i == verb.i and first.dep_ in ("aux", "auxpass"))):
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in kids(verb))

    def _believed(self, node: Token) -> str:
        """A belief's complement: reported when told in the past ("believe X attacked"), otherwise
        hypothetical ("believe they can strike a deal", "expect talks")."""
        if node.pos_ in ("VERB", "AUX"):
            auxes = {c.lower_ for c in kids(node) if c.dep_ in ("aux", "auxpass")}
            if auxes & (self.hyp_modals | self.fut_modals) or is_infinitive(node):
                return "hypothetical"
            if node.tag_ in ("VBD", "VBN") or auxes & {"has", "have", "had", "was", "were"}:
                return "reported"
        return "hypothetical"

    def _clause(self, verb: Token, lower: str, reporter: Token | None) -> str:
        """Modals on the clause (and the verbs it is the xcomp/conj of), attribution adverbs, a
        hedging verb of saying, attribution phrases: the values a clause has on its own."""
        chain = md.clause_chain(verb)
        for v in chain:
            for c in kids(v):
                if c.dep_ == "mark" and c.lower_ in self.cond_marks:
                    return "hypothetical"
        for v in chain:
            if v.dep_ in ("ROOT", "ccomp") and is_infinitive(v) and any(c.dep_ == "nsubj" for c in kids(v)) and \
                    not (v.dep_ == "ccomp" and v.head.lemma_.lower() in self.implicative):
                return "future"  # a headline's "X to send troops to Y" (", says Z"): announced, not done
                # ("caused X to open talks", parsed alike, tells that X did)
            auxes = {c.lower_ for c in kids(v) if c.dep_ in ("aux", "auxpass")}
            if auxes & self.hyp_modals:
                if auxes & self.hyp_modals == {"would"} and reporter is not None and reporter.tag_ == "VBD" and \
                        not any(m.dep_ == "mark" and m.lower_ in self.cond_marks
                                for w in chain for a in kids(w) if a.dep_ == "advcl" for m in kids(a)) and \
                        not any(p.dep_ == "prep" and self._condition_phrase(p) for p in verb.subtree) and \
                        not any(c.dep_ == "advmod" and c.lower_ in self.possible for c in kids(v)):
                    return "future"  # "X said it would send troops": the future told in the past (no condition)
                return "hypothetical"
            if auxes & self.fut_modals:
                return "future"
        # ("threatens retaliation if ...", "agreed to a truce if ...": the threat or the agreement is made)
        speech = self.threat | self.offer | self.request | self.decision | self.intent
        if any(_conditional(c, self.cond_marks) for v in chain if v.lemma_.lower() not in speech for c in kids(v)):
            return "hypothetical"  # "if the reports are accurate, X sent troops": told only on that condition
        if any(c.dep_ == "advmod" and c.pos_ == "ADV" and c.lower_ in self.possible for v in chain for c in kids(v)):
            return "hypothetical"  # "Russia probably sabotaged the pipeline": told as likely, not as done
        if md.attributed(chain, lower, reporter, self.rep_adverbs, self.hedging, self.rep_phrases) or \
                self._partisan(reporter) or any(
                p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in self.viewpoint
                                                             for o in kids(p)) for v in chain for p in kids(v)):
            return "reported"  # ("in Moscow's view, X provoked ...": told on Moscow's word)
        return "asserted"


def _conditional(clause: Token, marks: frozenset[str]) -> bool:
    """An adverbial clause of condition ("if true", "unless X pays"; not "even if", "as if", "if anything")."""
    return clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX", "ADJ") and any(
        m.dep_ == "mark" and m.lower_ in marks and not (m.i > 0 and m.doc[m.i - 1].lower_ in ("even", "as"))
        for m in kids(clause))


def _subject_lemmas(verb: Token) -> set[str]:
    return {c.lemma_.lower() for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")}


def _bare_or_modal(verb: Token, modals: frozenset[str]) -> bool:
    """A mandative clause: bare subjunctive ("that X withdraw") or with a modal ("that X should"); a base
    form after a singular subject is subjunctive whatever the tagger says ("that Britain expel": VBP)."""
    if verb.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in modals for c in kids(verb)):
        return True
    return verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in kids(verb))


def finite_sibling(node: Token) -> Token:
    """A conjunct with a tense of its own hung on an infinitive ("wants to join NATO and has received tanks",
    "sent troops to fight X and has shelled Y"): no part of what the infinitive's head wants or purposes, it is
    told beside that head, whose links it takes; any other node as it is."""
    head = node.head
    if node.dep_ != "conj" or not md.finite(node) or head.dep_ not in ("xcomp", "advcl") or \
            not is_infinitive(head) or head.head.pos_ not in ("VERB", "AUX") or md.finite(head):
        return node
    return head.head


def cl_subject(verb: Token) -> bool:
    """The verb has a subject of its own (a conjunct with one is a clause apart)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(verb))


def _mandative_present(verb: Token, head: Token) -> bool:
    """ "demanded that Israeli forces withdraw": a present-tense verb (a plural subject's bare form)
    under a past request made to no named addressee is mandative; "told reporters that they remain
    ready" (an addressee) reports."""
    return verb.tag_ == "VBP" and head.tag_ in ("VBD", "VBN") and \
        not any(c.dep_ in ("dobj", "dative", "iobj") for c in kids(head))


def _told_clause(verb: Token, modals: frozenset[str]) -> bool:
    """A finite clause with a subject of its own and no modal or infinitive "to": it tells, it intends nothing."""
    return verb.pos_ in ("VERB", "AUX") and cl_subject(verb) and not is_infinitive(verb) and \
        verb.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG") and not any(
            c.dep_ in ("aux", "auxpass") and (c.lower_ in modals or c.lower_ == "to") for c in kids(verb))


def _content_misparsed(verb: Token) -> bool:
    """A "that" clause after a noun parsed as a relative clause though its "that" is a conjunction (mark)
    or its verb has the argument "that" would fill ("the theory that Ukraine blew up the dam": "that" as
    object beside "the dam")."""
    for that in kids(verb):
        if that.lower_ == "that" and that.i < verb.i and that.dep_ == "mark":
            return True
        if that.lower_ == "that" and that.i < verb.i and that.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return any(c.dep_ == that.dep_ and c.i != that.i for c in kids(verb))
    return False


def phrasal_words(head: Token) -> set[str]:
    """ "held back from imposing", "shied away from sending": the verb with its particle, as the lexicon
    lists a phrasal head ("hold back"), whether the parse hangs the preposition on the particle or the verb."""
    if head.dep_ in ("advmod", "prt") and head.pos_ in ("ADV", "ADP", "PART", "ADJ") and head.head.pos_ == "VERB":
        return {f"{head.head.lemma_.lower()} {head.lower_}"}
    return phrasal_forms(head) - {head.lemma_.lower()} if head.pos_ == "VERB" else set()


def name_state(participle: Token) -> bool:
    """A past participle on a person's name tells that person's state, as a relative clause does, whatever clause
    embeds the name ("called for the release of X, held by the army since May": the holding is told as fact)."""
    head = participle.head
    return participle.tag_ == "VBN" and participle.dep_ == "acl" and head.pos_ == "PROPN" and head.ent_type_ == "PERSON"
