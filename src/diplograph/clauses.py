"""Syntax helpers for the event coder: arguments, control, modality and attribution.

All functions read a parsed spaCy ``Doc`` and never change it.  They are kept
apart from :mod:`diplograph.events` so each can be tested on hand-built sentences.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Protocol

from spacy.tokens import Token

from .nlp import text_of

SUBJ = ("nsubj", "csubj", "expl")
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "dative", "obj")
# verbs whose object, not subject, is the understood subject of their xcomp
OBJECT_CONTROL = frozenset({
    "urge", "ask", "invite", "call", "encourage", "persuade", "force", "press", "allow", "help", "tell",
    "order", "request", "pressure", "push", "compel", "enable", "permit", "instruct", "advise", "warn",
    "expect", "want", "prompt", "cause", "lead", "drive",
})
HEDGING = frozenset({"argue", "allege", "claim", "suggest", "speculate", "believe", "think", "fear",
                     "suspect", "rumour", "rumor", "contend", "assert"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
MODAL_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should"})
MODAL_FUTURE = frozenset({"will", "shall", "'ll"})
# governing verbs whose complement has not happened (yet): "invited X to join talks"
FUTURE_HEADS = frozenset({"plan", "intend", "expect", "schedule", "prepare", "aim", "invite", "urge", "ask",
                          "encourage", "call", "request", "press", "want", "seek", "try", "attempt", "hope",
                          "offer", "propose", "promise", "pledge", "vow", "agree", "decide", "wish", "need"})
GENERIC_PREFIX = "GEN_"  # unnamed actors coded by sector (data/actors/generic.yaml)
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})


class MentionLookup(Protocol):
    def at_token(self, i: int):  # -> ResolvedMention | None
        ...


def verb_chain(tok: Token) -> list[Token]:
    """The token and its governing verbs through xcomp/conj/ccomp/advcl links, nearest first."""
    chain = [tok]
    cur = tok
    for _ in range(12):
        if cur.head is cur:
            break
        cur = cur.head
        chain.append(cur)
    return chain


def clause_head(tok: Token) -> Token:
    """The verb that governs ``tok`` (itself if it is a verb)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head is cur:
            return cur
        cur = cur.head
    return cur


def children(tok: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in tok.children if c.dep_ in wanted]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The grammatical (logical for passives) subject, inherited through conj/xcomp/relcl."""
    if is_passive(verb):
        for agent in children(verb, ("agent",)):
            for pobj in children(agent, ("pobj",)):
                return pobj
    else:
        subs = children(verb, SUBJ)
        if subs and subs[0].dep_ != "expl":
            sub = subs[0]
            if sub.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return sub
    head = verb.head
    if verb.tag_ == "VBG" and verb.i > 0:
        prev = verb.doc[verb.i - 1]  # "resulted in Putin threatening to ...": a gerund's own subject
        if prev.pos_ in ("PROPN", "NOUN", "PRON") and prev.dep_ in ("pobj", "dobj", "poss") and prev.head is not verb:
            return prev
    if head is verb:
        return None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subject_of(head)
    if verb.dep_ == "xcomp" and head.pos_ in ("ADJ", "NOUN") and head.head is not head:
        return subject_of(head.head)  # "France is ready to contribute ...", "has the right to ..."
    if verb.dep_ == "xcomp":
        if head.lemma_.lower() in OBJECT_CONTROL:
            objs = children(head, OBJ)
            if objs:
                return objs[0]
        return subject_of(head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "pobj") and head.head is not head:
        # "issued a declaration demanding that ...": the issuer demands
        governor = head.head.head if head.dep_ == "pobj" else head.head
        if governor.pos_ in ("VERB", "AUX"):
            return subject_of(governor)
    if verb.dep_ in ("relcl", "acl") and not is_passive(verb):
        return head
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG":
        return subject_of(head) if head.pos_ in ("VERB", "AUX") else None
    return None


def patients_of(verb: Token) -> list[Token]:
    """Direct objects (and datives); for passives, the passive subject."""
    if is_passive(verb):
        subs = children(verb, PASS_SUBJ)
        if subs:
            return subs
        if verb.dep_ in ("acl", "relcl"):
            return [verb.head]
        return []
    return children(verb, OBJ)


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``tok`` ("with X", "against Y")."""
    wanted = set(preps)
    out = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in wanted:
            out.extend(children(prep, ("pobj",)))
            for pc in children(prep, ("pcomp",)):  # "between X and Y" sometimes parses as pcomp
                out.append(pc)
    return out


def actor_mentions(tok: Token, res: MentionLookup, *, depth: int = 0):
    """Resolved mentions denoted by the phrase headed by ``tok`` (with its conjuncts)."""
    found = []
    seen = set()
    for head in [tok, *tok.conjuncts]:
        m = _head_actor(head, res, depth)
        if m is not None and m.actor.actor_id not in seen:
            seen.add(m.actor.actor_id)
            found.append(m)
    return found


def _national(tok: Token, generic, res: MentionLookup):
    """ "Russian police", "Hamas fighters": the named actor, with the generic noun's sector."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i:
            m = res.at_token(c.i)
            if m is not None and not m.actor.actor_id.startswith(GENERIC_PREFIX):
                doc = tok.doc
                start, end = min(m.actor.start, generic.actor.start), max(m.actor.end, generic.actor.end)
                actor = replace(m.actor, sector=generic.actor.sector, text=text_of(doc)[start:end], start=start, end=end)
                return replace(m, actor=actor)
    return generic


def _head_actor(tok: Token, res: MentionLookup, depth: int):
    m = res.at_token(tok.i)
    if m is not None:
        if m.actor.actor_id.startswith(GENERIC_PREFIX):
            return _national(tok, m, res)
        return m
    if depth > 2:
        return None
    for c in tok.children:
        if c.dep_ in ("compound", "poss", "amod", "nmod", "appos"):
            m = res.at_token(c.i)
            if m is not None:
                return m
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for pobj in children(c, ("pobj",)):
                m = _head_actor(pobj, res, depth + 1)
                if m is not None:
                    return m
    return None


def negated(verb: Token) -> bool:
    """``not``/``never`` on the verb or on a governing verb of its xcomp chain, or refuse/fail to."""
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "neg" for c in cur.children):
            return True
        if cur.dep_ != "xcomp":
            return False
        cur = cur.head
        if cur.lemma_.lower() in ("refuse", "fail", "decline"):
            return True
    return False


def modality(verb: Token, sentence_lower: str, lex_cues: dict[str, tuple[str, ...]],
             reporter: Token | None) -> str:
    """One of asserted, reported, future, hypothetical, threatened (negation is separate)."""
    chain = [verb]
    cur = verb
    while cur.dep_ in ("xcomp", "conj") and cur.head is not cur and len(chain) < 5:
        cur = cur.head
        chain.append(cur)
    for v in chain[1:]:
        lemma = v.lemma_.lower()
        if lemma in ("threaten", "vow"):
            return "threatened"
    for v in chain:
        for c in v.children:
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return "hypothetical"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children):
        return "hypothetical"
    for v in chain:
        auxes = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a in MODAL_HYPOTHETICAL for a in auxes):
            return "hypothetical"
        if any(a in MODAL_FUTURE for a in auxes):
            return "future"
        if v.lemma_.lower() in FUTURE_HEADS and v is not verb:
            return "future"
        if v.lemma_.lower() in ("consider", "mull", "weigh", "contemplate") and v is not verb:
            return "hypothetical"
    for v in chain:
        if any(c.dep_ == "advmod" and c.lower_ in ("reportedly", "allegedly", "purportedly", "supposedly")
               for c in v.children):
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
        if head is cur:
            return None
        if cur.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl", "dobj", "pobj", "prep", "pcomp") \
                and head.lemma_.lower() in reporting and head.pos_ in ("VERB", "AUX") and head is not tok:
            if cur.dep_ in ("ccomp", "parataxis"):
                return head
        cur = head
    return None


def subtree_mentions(tok: Token, res: MentionLookup) -> list:
    """Every actor mention inside a noun phrase ("between the Taliban and Russia's ministry"),

    not descending into relative clauses or prepositional phrases other than "of"."""
    found, seen = [], set()
    stack = [tok]
    while stack:
        cur = stack.pop()
        m = res.at_token(cur.i)
        if m is not None and m.actor.actor_id not in seen:
            seen.add(m.actor.actor_id)
            found.append((cur.i, m))
        for c in cur.children:
            if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "punct"):
                continue
            if c.dep_ == "prep" and c.lower_ != "of":
                continue
            stack.append(c)
    return [m for _, m in sorted(found, key=lambda x: x[0])]


PREDICATE_SKIP = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "neg", "punct", "mark",
                            "advcl", "ccomp", "parataxis", "conj", "cc", "relcl", "agent", "npadvmod"})


def predicate_actor(verb: Token, res: MentionLookup, exclude: set[str]):
    """The actor nearest to the verb in its predicate (objects, prepositional phrases), breadth first."""
    queue = [c for c in verb.children if c.dep_ not in PREDICATE_SKIP]
    seen = 0
    while queue and seen < 40:
        cur = queue.pop(0)
        seen += 1
        m = res.at_token(cur.i)
        if m is not None and m.actor.actor_id not in exclude:
            return _head_actor(cur, res, 0) or m
        queue.extend(c for c in cur.children if c.dep_ not in PREDICATE_SKIP)
    return None


INTENT_HEADS = frozenset({"willing", "ready", "prepared", "able", "offer", "promise", "pledge", "vow", "swear",
                          "agree",
                          "plan", "intend", "decide", "threaten", "want", "wish", "aim", "prepare"})


def is_intent(verb: Token, modality: str) -> bool:
    """An announced or promised act ("will host", "is ready to send", "would provide"), not a condition."""
    if modality == "future":
        return True
    if modality == "asserted" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("vow", "swear", "pledge",
                                                                                         "promise", "offer"):
        return True  # "have sworn to fight": the act is announced, not done
    if modality != "hypothetical":
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children):
        return False
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d") for c in cur.children):
            return True
        if cur is not verb and cur.lemma_.lower() in INTENT_HEADS:
            return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head is cur:
            break
        cur = cur.head
    return False


def is_demand(verb: Token) -> bool:
    """ "Y must/should/has to do Z" (an obligation put on the clause's subject)."""
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in ("must", "should", "ought"):
            return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("have", "need") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
