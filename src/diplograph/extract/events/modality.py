"""Modality, polarity and intent of a clause: asserted, reported, future, hypothetical,
threatened; negation and refusals; requests, ultimatums and obligations.

Read-only helpers over a parsed spaCy ``Doc``, used by :mod:`diplograph.extract.events.coder`; the syntax of
arguments (subjects, objects, actor phrases) is in :mod:`diplograph.nlp.clauses`.  The cue words
are data: the ``modality`` section of ``triggers.yaml`` (validated by
:func:`diplograph.extract.events.ontology.load_lexicon`, extended by the user's trigger files);
:class:`Modality` holds one lexicon's, and the module-level functions use the packaged one.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from diplograph.extract.events.ontology import MODALITY_KEYS
from diplograph.nlp.clauses import OBJ, children, prep_objects
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids, sentence_of, text_of, tokens

KEYS = MODALITY_KEYS  # the cue lists (triggers.yaml ``modality``)


class Modality:
    """The modality judgements of one lexicon (its ``modality`` cue lists)."""

    def __init__(self, cues: dict[str, frozenset[str]]) -> None:
        missing = [k for k in KEYS if k not in cues]
        if missing:
            raise ValueError(f"modality cue lists missing: {', '.join(missing)}")
        self.cues = cues
        c = cues
        self.hyp_modals, self.fut_modals, self.cond_marks = c["hypothetical_modals"], c["future_modals"], c["condition_marks"]
        self.open_marks = c["open_marks"]  # "whether": an open question, like a condition
        self.ultimatum_marks, self.future_heads = c["ultimatum_marks"], c["future_heads"]
        self.considering, self.threat_heads = c["considering_heads"], c["threat_heads"]
        self.rep_adverbs, self.rep_phrases = c["reported_adverbs"], tuple(sorted(c["reported_phrases"]))
        self.hyp_phrases, self.hedging = tuple(sorted(c["hypothetical_phrases"])), c["hedging_reporters"]
        self.refusal_heads, self.refusal_modals = c["refusal_heads"], c["refusal_modals"]
        self.refusal_stances = c["refusal_stances"]
        self.request_heads, self.invitation = c["request_heads"], c["invitation_heads"]
        self.wh_words, self.not_openers = c["question_words"], c["not_question_openers"]
        self.promise_heads, self.readiness = c["promise_heads"], c["readiness_heads"]
        self.intent_modals, self.intent_heads = c["intent_modals"], c["intent_heads"]
        self.obligation_modals, self.obligation_heads = c["obligation_modals"], c["obligation_heads"]

    def negated(self, verb: Token) -> bool:
        """``not``/``never`` on the verb (or on its adverb: "no longer") or on a governing verb of its
        xcomp chain, or refuse/fail to."""
        cur = verb
        for _ in range(4):
            if any(c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in kids(c)))
                   for c in kids(cur)):
                return True  # ... or on an adverb of the verb: "no longer supplies", "no more buys"
            if cur.i != verb.i and cur.dep_ == "acomp" and any(c.dep_ == "neg" for c in kids(cur.head)):
                return True  # "is not ready to approve", "was not willing to send": the copula's negation
            if cur.dep_ != "xcomp":
                return False
            cur = cur.head
            if cur.lemma_.lower() in self.refusal_heads:
                return True
        return False

    def is_requested(self, verb: Token) -> bool:
        """The act is asked of another actor, not done or promised: "demanded that X withdraw",
        "urged X to withdraw", "called on X to withdraw"."""
        head = verb.head
        if head.i == verb.i or head.lemma_.lower() not in self.request_heads:
            return False
        if verb.dep_ == "ccomp":
            return True
        return verb.dep_ == "xcomp" and bool(children(head, OBJ) or prep_objects(head, ("on", "upon")))

    def polar_question(self, verb: Token) -> bool:
        """A yes/no question: the clause ends with "?" and opens with its auxiliary or verb, no wh-word.
        (A wh-question, "Why is Moscow hosting X?", presupposes the act and stays asserted.)"""
        sent = sentence_of(verb)
        if not text_of(verb.doc)[sent.start_char:sent.end_char].rstrip().endswith("?"):
            return False  # (read from the text: most sentences are not questions)
        words = tokens(verb.doc)[sent.start:sent.end]
        # the question may follow a headline part: "Russia and X: will Moscow ...?"
        start = max((t.i + 1 for t in words if t.text == ":" and t.i < verb.i), default=sent.start)
        first = next((t for t in words[start - sent.start:] if not t.is_punct and not t.is_space), None)
        return first is not None and first.lower_ not in self.wh_words and first.pos_ in ("AUX", "VERB") \
            and first.lower_ not in self.not_openers

    def modality(self, verb: Token, sentence_lower: str, reporter: Token | None) -> str:
        """One of asserted, reported, future, hypothetical, threatened (negation is separate)."""
        if self.is_requested(verb):  # asked for, not (yet) done; an invitation plans it
            return "future" if verb.head.lemma_.lower() in self.invitation else "hypothetical"
        if self.polar_question(verb):  # "Will Russia recognise the Taliban?" asks, it does not assert
            return "hypothetical"
        chain = clause_chain(verb)
        if any(v.lemma_.lower() in self.threat_heads for v in chain[1:]):
            return "threatened"
        for v in chain:
            if any(c.dep_ == "mark" and (c.lower_ in self.cond_marks or c.lower_ in self.open_marks) for c in kids(v)):
                return "hypothetical"
        for v in chain:
            modal = modal_mood(v, self.hyp_modals, self.fut_modals)
            if modal:
                return modal
            if v.i != verb.i and v.lemma_.lower() in self.future_heads:
                return "future"
            if v.i != verb.i and v.lemma_.lower() in self.considering:
                return "hypothetical"
        if attributed(chain, sentence_lower, reporter, self.rep_adverbs, self.hedging, self.rep_phrases):
            return "reported"
        if any(cue in sentence_lower for cue in self.hyp_phrases):
            return "hypothetical"
        return "asserted"

    def condition_clauses(self, verb: Token) -> list[Token]:
        """Conditions on the verb, the verb that governs it or its xcomp ("threatened to X if/unless Y ...")."""
        out = []
        verbs = [verb, *children(verb, ("xcomp",))] + ([verb.head] if verb.dep_ == "xcomp" else [])
        for v in verbs:
            out += [c for c in kids(v) if c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in self.cond_marks for m in kids(c))]
        return out

    def is_ultimatum(self, verb: Token) -> bool:
        """An announced act made conditional on the other side's conduct: "... unless X does Y"."""
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.ultimatum_marks for m in kids(c))
                   for c in kids(verb))

    def is_refusal(self, verb: Token) -> bool:
        """A negated act that states a refusal: "will/would not accept", "refused/failed to meet"
        (not "did not recall", which reports that something did not happen); a stance negated in any
        tense ("does not recognise X") is one."""
        if verb.lemma_.lower() in self.refusal_stances and any(c.dep_ == "neg" for c in kids(verb)):
            return True
        cur = verb
        for _ in range(4):
            if any(c.dep_ == "aux" and c.lower_ in self.refusal_modals for c in kids(cur)) \
                    and any(c.dep_ == "neg" for c in kids(cur)):
                # "would not have joined": a counterfactual past, no refusal
                return not (cur.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids(cur)))
            if cur.dep_ != "xcomp" or cur.head.i == cur.i:
                return False
            cur = cur.head
            if any(c.dep_ == "dobj" for c in kids(cur)):
                return False  # "failed to persuade X to meet Y": the failure is the persuader's, no refusal of X's
            if cur.lemma_.lower() in self.refusal_heads:
                return True
            if cur.lemma_.lower() in self.readiness and cur.dep_ == "acomp" and any(c.dep_ == "neg" for c in kids(cur.head)):
                return True  # "is not ready to approve", "was not willing to send": readiness refused
        return False

    def is_intent(self, verb: Token, modality: str) -> bool:
        """An announced or promised act ("will host", "is ready to send", "would provide"), not a condition."""
        if self.is_requested(verb):
            return False  # the requestee promised nothing
        if modality == "future":
            return True
        if modality == "asserted" and verb.dep_ in ("xcomp", "advcl") and \
                verb.head.lemma_.lower() in self.promise_heads:
            return True  # "have sworn to fight": the act is announced, not done
        cur = verb
        for _ in range(3):  # "is willing to send", "is ready to host": an offer, not an act, and so is
            # what the offered act is for ("is willing to send arms to help defend X")
            if modality != "asserted" or cur.dep_ not in ("xcomp", "advcl") or cur.head.i == cur.i:
                break
            if cur.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(cur)):
                break
            if cur.head.lemma_.lower() in self.readiness and cur.dep_ == "xcomp":
                return True
            cur = cur.head
        if modality != "hypothetical":
            return False
        if any(c.dep_ == "mark" and (c.lower_ in self.cond_marks or c.lower_ in self.open_marks) for c in kids(verb)):
            return False
        cur = verb
        for _ in range(4):
            auxes = [c for c in kids(cur) if c.dep_ == "aux"]
            if any(c.lower_ in self.intent_modals for c in auxes):
                # "would have expelled" (a modal on the perfect) is counterfactual: nothing announced
                return not any(c.lemma_.lower() == "have" and c.i > cur.i - 3 for c in auxes if c.lower_ not in self.intent_modals)
            if cur.i != verb.i and cur.lemma_.lower() in self.intent_heads:
                return True
            if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i or own_clause(cur):
                break
            cur = cur.head
        return False

    def is_demand(self, verb: Token) -> bool:
        """ "Y must/should/has to do Z" (an obligation put on the clause's subject)."""
        if any(c.dep_ == "aux" and c.lower_ in self.obligation_modals and not any(
                s.dep_ in ("nsubj", "nsubjpass") and s.i > c.i for s in kids(verb)) for c in kids(verb)):
            return True  # (before its subject the modal asks or supposes: "Should Russia invade, ...")
        head = verb.head
        return verb.dep_ == "xcomp" and head.lemma_.lower() in self.obligation_heads and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))

    def coming(self, modality: str, clause: Token) -> str:
        """A present-tense act in a temporal clause under a coming act ("will sign the deal when X visits Y")
        is coming ("future") too, not told as done."""
        g = grammar()
        if modality != "asserted" or clause.dep_ != "advcl" or clause.tag_ not in ("VBZ", "VBP") \
                or not any(c.dep_ in ("mark", "advmod") and c.lower_ in g.temporal_marks for c in kids(clause)):
            return modality
        head = clause.head
        heads = (head, head.head) if head.dep_ == "xcomp" else (head,)
        if any(c.dep_ == "aux" and c.lower_ in self.fut_modals for c in kids(head)) \
                or any(h.lemma_.lower() in g.coming_heads for h in heads):
            return "future"
        return modality


def modal_mood(verb: Token, hypothetical: frozenset[str], future: frozenset[str]) -> str | None:
    """The mood the modal auxiliaries of ``verb`` give it ("could expel": "hypothetical", "will expel":
    "future"; a hypothetical modal first), or None; the modal lists are the caller's."""
    auxes = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")}
    if auxes & hypothetical:
        return "hypothetical"
    return "future" if auxes & future else None


def clause_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is the xcomp/conj of (at most five); a conjunct with a subject of its
    own is a clause apart, whose mood is its own ("Ankara might retaliate, and its jets struck ...")."""
    chain = [verb]
    cur = verb
    while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i and len(chain) < 5 and not own_clause(cur) and \
            not (cur.dep_ == "conj" and finite(cur, tags=())):  # ("could expel X and has closed Y": an auxiliary of its own)
        cur = cur.head
        chain.append(cur)
    return chain


def finite(verb: Token, tags: tuple[str, ...] = ("VBD", "VBZ")) -> bool:
    """The verb carries its own tense: a past or third-person form (not a bare one, which a modal before
    it may govern: "could expel X and close Y"), or an auxiliary of tense or mood of its own."""
    return verb.tag_ in tags or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in kids(verb))


def own_clause(verb: Token) -> bool:
    """A conjoined verb with a subject of its own: a clause apart from the one it is conjoined to."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids(verb))


def attributed(chain: list[Token], sentence_lower: str, reporter: Token | None, adverbs: frozenset[str],
               hedging: frozenset[str], phrases: tuple[str, ...]) -> bool:
    """Told on someone's word: an attribution adverb on the clause, a hedging verb of saying, an
    attribution phrase in the sentence (the cue lists are the caller's)."""
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for v in chain for c in kids(v)) \
        or (reporter is not None and reporter.lemma_.lower() in hedging) \
        or any(p in sentence_lower for p in phrases)


def reporting_verb(tok: Token, reporting: frozenset[str]) -> Token | None:
    """The verb of saying that embeds ``tok``'s clause ("X said that ... tok")."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl", "dobj", "pobj", "prep", "pcomp") \
                and head.lemma_.lower() in reporting and head.pos_ in ("VERB", "AUX") and head.i != tok.i:
            if cur.dep_ in ("ccomp", "parataxis"):
                return head
        cur = head
    return None


def alleged(modality: str, act: str, reporter, sources) -> str:
    """An act told as fact only through a third party's saying ("Israel said Hamas had fired rockets"):
    a hostile act (``alleged_types``) whose doer is not the sayer's side is the sayer's claim, reported."""
    if modality != "asserted" or reporter is None or act not in grammar().alleged_types or not sources:
        return modality
    return "reported" if _others_deed(reporter, sources) else modality


def relayed(modality: str, reporter_verb: Token | None, reporting: frozenset[str]) -> str:
    """A report inside a report ("diplomats said Qatar had informed Hamas that Israel had accepted the plan",
    "officials said state media reported that ..."): what the inner saying tells comes at second hand, reported
    whoever tells it (an act told by a single sayer keeps its own reading: :func:`alleged`)."""
    if modality != "asserted" or reporter_verb is None:
        return modality
    return "reported" if reporting_verb(reporter_verb, reporting) is not None else modality


def _others_deed(reporter, sources) -> bool:
    """Every doer of the act is known and none is of the sayer's side (id, country or the state it acts for)."""
    own = {reporter.actor_id, reporter.country, reporter.via} - {None}
    doers = [{m.actor.actor_id, m.actor.country, m.actor.via} - {None} for m in sources]
    return all(d and not (d & own) for d in doers)


def disowned(judged: tuple[str, bool], reporter_verb: Token | None, reporter, sources,
             denial: frozenset[str]) -> tuple[str, bool]:
    """An act another party is said to have done, denied by a sayer who is not of the doer's side ("Mali
    denied that Wagner fighters had killed civilians"): disputed, so told on someone's word (reported), not
    undone; a doer's own denial ("Rwanda denied that its troops had crossed") stays a negation."""
    if judged != ("negated", True) or reporter_verb is None or reporter is None or not sources or \
            reporter_verb.lemma_.lower() not in denial:
        return judged
    return ("reported", False) if _others_deed(reporter, sources) else judged


@lru_cache(maxsize=1)
def packaged() -> Modality:
    """The packaged lexicon's modality judgements (for stages that read no user lexicon)."""
    from diplograph.extract.events.ontology import packaged_lexicon
    return Modality(packaged_lexicon().modality)


def negated(verb: Token) -> bool:
    return packaged().negated(verb)


def polar_question(verb: Token) -> bool:
    return packaged().polar_question(verb)


def condition_clauses(verb: Token) -> list[Token]:
    return packaged().condition_clauses(verb)


def is_ultimatum(verb: Token) -> bool:
    return packaged().is_ultimatum(verb)


def is_demand(verb: Token) -> bool:
    return packaged().is_demand(verb)


def conditional_threat(verb: Token, reporter) -> str:
    """An announced act on a condition: "will impose tariffs unless Y ..." (an ultimatum, told by anyone:
    "ultimatum") or "X said it would strike if Y ..." (a condition its sayer puts: "conditional"); else ""."""
    if is_ultimatum(verb):
        return "ultimatum"
    return "conditional" if reporter is not None and condition_clauses(verb) else ""


def threat_made(modality: str, ultimatum: str | bool, reporter, src) -> str:
    """An ultimatum's threat ("will impose tariffs unless Y ...", "said it would strike if Y ...": THREATEN)
    is made when told: asserted when the doer makes it (or the text tells it), reported when another says it was."""
    if not ultimatum or modality not in ("future", "hypothetical"):
        return modality
    own = src is not None and reporter is not None and reporter.served() in (
        src.actor.actor_id, src.actor.country)  # (the doer's own leader or officials make it)
    if ultimatum == "conditional" and not own:
        return modality  # ("X will strike if Y ..., a third party said": a forecast, not X's threat)
    return "reported" if reporter is not None and not own else "asserted"
