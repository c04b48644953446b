"""Modality, polarity and intent of a clause: asserted, reported, future, hypothetical,
threatened; negation and refusals; requests, ultimatums and obligations.

Read-only helpers over a parsed spaCy ``Doc``, used by :mod:`diplograph.extract.events.coder`; the syntax of
arguments (subjects, objects, actor phrases) is in :mod:`diplograph.nlp.clauses`.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp.clauses import OBJ, children, prep_objects
from diplograph.nlp.tokens import kids, sentence_of, text_of, tokens

HEDGING = frozenset({"argue", "allege", "claim", "suggest", "speculate", "believe", "think", "fear",
                     "suspect", "rumour", "rumor", "contend", "assert"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
MODAL_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should"})
MODAL_FUTURE = frozenset({"will", "shall", "'ll"})
# governing verbs whose complement has not happened (yet): "invited X to join talks"
FUTURE_HEADS = frozenset({"plan", "intend", "expect", "schedule", "prepare", "aim", "invite", "urge", "ask",
                          "encourage", "call", "request", "press", "want", "seek", "hope",
                          "offer", "propose", "promise", "pledge", "vow", "agree", "wish", "need"})


def negated(verb: Token) -> bool:
    """``not``/``never`` on the verb or on a governing verb of its xcomp chain, or refuse/fail to."""
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "neg" for c in kids(cur)):
            return True
        if cur.dep_ != "xcomp":
            return False
        cur = cur.head
        if cur.lemma_.lower() in ("refuse", "fail", "decline"):
            return True
    return False


# verbs whose complement is an act asked of someone else ("urged X to leave", "demanded that X leave")
REQUEST_HEADS = frozenset({"urge", "ask", "call", "demand", "request", "press", "invite", "encourage", "appeal",
                           "insist", "order", "tell", "want", "push", "pressure", "persuade", "advise",
                           "instruct", "implore", "beg", "challenge", "dare"})


def is_requested(verb: Token) -> bool:
    """The act is asked of another actor, not done or promised: "demanded that X withdraw",
    "urged X to withdraw", "called on X to withdraw"."""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in REQUEST_HEADS:
        return False
    if verb.dep_ == "ccomp":
        return True
    return verb.dep_ == "xcomp" and bool(children(head, OBJ) or prep_objects(head, ("on", "upon")))


WH_WORDS = frozenset("why how what when where who whom whose which".split())


def polar_question(verb: Token) -> bool:
    """A yes/no question: the clause ends with "?" and opens with its auxiliary or verb, no wh-word.
    (A wh-question, "Why is Moscow hosting X?", presupposes the act and stays asserted.)"""
    sent = sentence_of(verb)
    if not text_of(verb.doc)[sent.start_char:sent.end_char].rstrip().endswith("?"):
        return False  # (read from the text: most sentences are not questions)
    words = tokens(verb.doc)[sent.start:sent.end]
    # the question may follow a headline part: "Russia and X: will Moscow ...?"
    start = max((t.i + 1 for t in words if t.text == ":" and t.i < verb.i), default=sent.start)
    first = next((t for t in words[start - sent.start:] if not t.is_punct and not t.is_space), None)
    return first is not None and first.lower_ not in WH_WORDS and first.pos_ in ("AUX", "VERB") \
        and first.lower_ not in ("let", "please")


def modality(verb: Token, sentence_lower: str, lex_cues: dict[str, tuple[str, ...]],
             reporter: Token | None) -> str:
    """One of asserted, reported, future, hypothetical, threatened (negation is separate)."""
    if is_requested(verb):  # asked for, not (yet) done; an invitation plans it
        return "future" if verb.head.lemma_.lower() == "invite" else "hypothetical"
    if polar_question(verb):  # "Will Russia recognise the Taliban?" asks, it does not assert
        return "hypothetical"
    chain = [verb]
    cur = verb
    while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i and len(chain) < 5:
        cur = cur.head
        chain.append(cur)
    for v in chain[1:]:
        lemma = v.lemma_.lower()
        if lemma in ("threaten", "vow"):
            return "threatened"
    for v in chain:
        for c in kids(v):
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return "hypothetical"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids(verb)):
        return "hypothetical"
    for v in chain:
        auxes = [c.lower_ for c in kids(v) if c.dep_ in ("aux", "auxpass")]
        if any(a in MODAL_HYPOTHETICAL for a in auxes):
            return "hypothetical"
        if any(a in MODAL_FUTURE for a in auxes):
            return "future"
        if v.lemma_.lower() in FUTURE_HEADS and v.i != verb.i:
            return "future"
        if v.lemma_.lower() in ("consider", "mull", "weigh", "contemplate") and v.i != verb.i:
            return "hypothetical"
    for v in chain:
        if any(c.dep_ == "advmod" and c.lower_ in ("reportedly", "allegedly", "purportedly", "supposedly")
               for c in kids(v)):
            return "reported"
    if reporter is not None and reporter.lemma_.lower() in HEDGING:
        return "reported"
    for cue in ("if true", "according to", "reportedly", "allegedly"):
        if cue in sentence_lower:
            return "reported"
    if "in case of" in sentence_lower or "in the event of" in sentence_lower:
        return "hypothetical"
    return "asserted"


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

INTENT_HEADS = frozenset({"willing", "ready", "prepared", "able", "offer", "promise", "pledge", "vow", "swear",
                          "agree",
                          "plan", "intend", "threaten", "want", "wish", "aim", "prepare"})


READINESS = frozenset({"willing", "ready", "prepared"})


def condition_clauses(verb: Token) -> list[Token]:
    """Conditions on the verb, the verb that governs it or its xcomp ("threatened to X if/unless Y ...")."""
    out = []
    verbs = [verb, *children(verb, ("xcomp",))] + ([verb.head] if verb.dep_ == "xcomp" else [])
    for v in verbs:
        out += [c for c in kids(v) if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in kids(c))]
    return out


def is_ultimatum(verb: Token) -> bool:
    """An announced act made conditional on the other side's conduct: "... unless X does Y"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in kids(c))
               for c in kids(verb))
REFUSAL_HEADS = frozenset({"refuse", "decline", "fail"})


def is_refusal(verb: Token) -> bool:
    """A negated act that states a refusal: "will/would not accept", "refused/failed to meet"
    (not "did not recall", which reports that something did not happen)."""
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll", "shall") for c in kids(cur)) \
                and any(c.dep_ == "neg" for c in kids(cur)):
            return True
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in REFUSAL_HEADS:
            return True
    return False


def is_intent(verb: Token, modality: str) -> bool:
    """An announced or promised act ("will host", "is ready to send", "would provide"), not a condition."""
    if is_requested(verb):
        return False  # the requestee promised nothing
    if modality == "future":
        return True
    if modality == "asserted" and verb.dep_ in ("xcomp", "advcl") and \
            verb.head.lemma_.lower() in ("vow", "swear", "pledge", "promise", "offer"):
        return True  # "have sworn to fight": the act is announced, not done
    cur = verb
    for _ in range(3):  # "is willing to send", "is ready to host": an offer, not an act, and so is
        # what the offered act is for ("is willing to send arms to help defend X")
        if modality != "asserted" or cur.dep_ not in ("xcomp", "advcl") or cur.head.i == cur.i:
            break
        if cur.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(cur)):
            break
        if cur.head.lemma_.lower() in READINESS and cur.dep_ == "xcomp":
            return True
        cur = cur.head
    if modality != "hypothetical":
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids(verb)):
        return False
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d") for c in kids(cur)):
            return True
        if cur.i != verb.i and cur.lemma_.lower() in INTENT_HEADS:
            return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def is_demand(verb: Token) -> bool:
    """ "Y must/should/has to do Z" (an obligation put on the clause's subject)."""
    for c in kids(verb):
        if c.dep_ == "aux" and c.lower_ in ("must", "should", "ought"):
            return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("have", "need") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))
