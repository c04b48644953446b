"""Syntax helpers for the event coder: arguments, control and actor phrases.

All functions read a parsed spaCy ``Doc`` and never change it.  They are kept
apart from :mod:`diplograph.extract.events.coder` so each can be tested on hand-built sentences.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Protocol

from spacy.tokens import Token

from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids, sentence_of, text_of

SUBJ = ("nsubj", "csubj", "expl")
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "dative", "obj")
GENERIC_PREFIX = "GEN_"  # unnamed actors coded by sector (data/actors/generic.yaml)
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})


class MentionLookup(Protocol):
    def at_token(self, i: int):  # -> ResolvedMention | None
        ...


def ancestors(tok: Token, limit: int = 20) -> list[Token]:
    """The token and the tokens above it in the parse, nearest first, up to the sentence root."""
    chain = [tok]
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
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
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def children(tok: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in kids(tok) if c.dep_ in wanted]


def controls_object(verb: Token) -> bool:
    """ "urged X to leave": the verb's object is the understood subject of its infinitive."""
    return verb.lemma_.lower() in grammar().object_control


def is_reciprocal(tok: Token) -> bool:
    """ "each other", "one another" (the phrase headed by ``tok``)."""
    return " ".join(t.lower_ for t in tok.subtree) in grammar().reciprocals


def is_passive(verb: Token) -> bool:
    """A passive clause, or a reduced passive relative ("fishermen detained by X")."""
    return any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in kids(verb)) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids(verb)))


def is_infinitive(verb: Token) -> bool:
    """ "to"-infinitive ("... to help Y")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))


def relative_anchor(noun: Token) -> Token:
    """What a relative clause is about: its noun, or the name that noun describes in apposition
    ("Russia, a Syrian ally that has been arming X": Russia arms X, not Syria)."""
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN") else noun


def subject_of(verb: Token) -> Token | None:
    """The grammatical (logical for passives) subject, inherited through conj/xcomp/relcl."""
    if is_passive(verb):
        for agent in children(verb, ("agent",)):
            for pobj in children(agent, ("pobj",)):
                return pobj
        for prep in children(verb, ("prep",)):  # "were imposed on X by Y", "by Y" misattached to X
            for pobj in children(prep, ("pobj",)):
                for by in children(pobj, ("prep",)):
                    if by.lower_ == "by" and prep.lower_ != "by":
                        return next(iter(children(by, ("pobj",))), None)
    else:
        subs = children(verb, SUBJ)
        if subs and subs[0].dep_ != "expl":
            sub = subs[0]
            if sub.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return relative_anchor(verb.head)
            if verb.dep_ == "relcl" and any(c.lower_ == "whose" for c in kids(sub)):
                return verb.head  # "X, whose government expelled Y": X's side acted
            return sub
    head = verb.head
    if verb.tag_ == "VBG" and verb.i > 0 and verb.dep_ not in ("xcomp", "conj"):
        prev = verb.doc[verb.i - 1]  # "resulted in Putin threatening to ...": a gerund's own subject
        if prev.pos_ in ("PROPN", "NOUN", "PRON") and prev.dep_ in ("pobj", "dobj", "poss") and prev.head.i != verb.i:
            return prev
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subject_of(head)
    if verb.dep_ == "xcomp" and head.pos_ in ("ADJ", "NOUN") and head.head.i != head.i:
        return subject_of(head.head)  # "France is ready to contribute ...", "has the right to ..."
    if verb.dep_ == "xcomp":
        if controls_object(head):
            objs = children(head, OBJ) or prep_objects(head, ("on", "upon"))  # "called on X to ..."
            if objs:
                return objs[0]
        return subject_of(head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "pobj") and head.head.i != head.i:
        # "issued a declaration demanding that ...": the issuer demands
        governor = head.head.head if head.dep_ == "pobj" else head.head
        if governor.pos_ in ("VERB", "AUX"):
            return subject_of(governor)
    if verb.dep_ in ("relcl", "acl") and not is_passive(verb) and is_infinitive(verb) \
            and head.dep_ == "attr" and head.lemma_.lower() in grammar().predicative_heads \
            and head.head.pos_ in ("VERB", "AUX"):
        return subject_of(head.head)  # "X became the first (country) to recognise Y": X recognises
    if verb.dep_ in ("relcl", "acl") and not is_passive(verb):
        return relative_anchor(head)
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and is_infinitive(verb):
        return subject_of(head)  # "X sent troops to help Y", "X swore to fight": X is the doer
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG":
        if head.pos_ in ("VERB", "AUX"):
            return subject_of(head)
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            return _gerund_subject(head)
    return None


def _gerund_subject(prep: Token) -> Token | None:
    """The doer of a gerund in a prepositional phrase: "X hedged by engaging with Y" (the clause's
    subject), "stopped X from inviting Y", "accused X of arming Y" (the verb's object: see
    ``object_gerund_preps``), "X's success in forging deals" (the noun's possessor)."""
    owner = prep.head
    if owner.pos_ in ("VERB", "AUX"):
        obj = object_doer(prep)
        if obj is not None:
            return obj
        return subject_of(owner)
    if owner.pos_ in ("NOUN", "PROPN"):
        return next(iter(children(owner, ("poss",))), None)
    return None


def object_doer(prep: Token) -> Token | None:
    """ "accused X of arming Y", "thanked X for its help": the object, before the preposition, of the
    verb a phrase of ``object_gerund_preps`` hangs on; the phrase says what that object did."""
    verb = prep.head
    if prep.lower_ not in grammar().object_gerund_preps or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((o for o in children(verb, OBJ) if o.i < prep.i), None)


def patients_of(verb: Token) -> list[Token]:
    """Direct objects (and datives); for passives, the passive subject."""
    if is_passive(verb):
        subs = children(verb, PASS_SUBJ)
        if subs and subs[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [relative_anchor(verb.head)]  # "Syria, which was attacked by Israel"
        if subs:
            return subs
        if verb.dep_ in ("acl", "relcl"):
            return [verb.head]
        if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):  # "X used to be accused": X
            return children(verb.head, SUBJ + PASS_SUBJ)
        return []
    objs = children(verb, OBJ)
    if verb.dep_ == "relcl" and any(o.lower_ in RELATIVE_PRONOUNS for o in objs):
        return [relative_anchor(verb.head)]  # "the fishermen whom its navy detained"
    if not objs:  # "arrested and later released X": the object the conjoined verbs share
        for conj in children(verb, ("conj",)):
            if conj.pos_ == "VERB" and not children(conj, SUBJ + PASS_SUBJ):
                objs = children(conj, OBJ)
                break
    return objs


def complement_subjects(tok: Token, res: MentionLookup) -> list:
    """Actors asked to act: the subjects of a "that"-clause on the verb or on its object noun
    ("demanded that X withdraw", "repeated its demand that X ease", "pressed for X to leave")."""
    heads = [tok, *children(tok, OBJ)]
    comps = [c for h in heads for c in kids(h) if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")]
    for prep in children(tok, ("prep",)):
        if prep.lower_ == "for":
            comps += [c for c in kids(prep) if c.dep_ in ("pcomp", "pobj") and c.pos_ in ("VERB", "AUX")]
    comps += [c for c in children(tok, ("advcl",))  # "pushed for X to leave"
              if any(m.dep_ == "mark" and m.lower_ == "for" for m in kids(c))]
    found = []
    for comp in comps:
        subj = children(comp, ("nsubj", "nsubjpass"))
        if subj:
            found += actor_mentions(subj[0], res)
    return found


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``tok`` ("with X", "against Y")."""
    wanted = set(preps)
    out = []
    for prep in kids(tok):
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in wanted:
            out.extend(children(prep, ("pobj",)))
            for pc in children(prep, ("pcomp",)):  # "between X and Y" sometimes parses as pcomp
                out.append(pc)
    return out


def actor_mentions(tok: Token, res: MentionLookup, *, depth: int = 0):
    """Resolved mentions denoted by the phrase headed by ``tok`` (with its conjuncts)."""
    found = []
    seen = set()
    for head in [tok, *tok.conjuncts, *_listed(tok, res)]:
        m = _head_actor(head, res, depth)
        if m is None:
            continue
        # a group phrase ("the two countries") stands for each of its members
        for cand in (*(getattr(m, "members", None) or [m]), *_conjoined_modifiers(head, m, res),
                     *_inner_conjuncts(head, m, res, depth)):
            if cand.actor.actor_id not in seen:
                seen.add(cand.actor.actor_id)
                found.append(cand)
    return found


def listed_names(tok: Token, same: Callable[[Token], bool]) -> list[Token]:
    """ "Norway, Sweden, Denmark and Peru": a list of names the parser took apart, hanging the
    second name on the first as an apposition or adverbial with the rest conjoined to it. A comma
    child after ``tok`` for which ``same(child)`` holds (it names another actor of the same kind) is a
    list member with its conjuncts, not a description ("Jane Doe, the Dutch envoy": a person and a
    state are not listed)."""
    out = []
    for c in kids(tok):
        if c.dep_ in ("appos", "npadvmod") and c.i > tok.i and tok.doc[c.i - 1].text == "," and same(c):
            out.extend((c, *c.conjuncts))
    return out


def _listed(tok: Token, res: MentionLookup) -> list[Token]:
    m = res.at_token(tok.i)
    if m is None or m.actor.actor_id.startswith(GENERIC_PREFIX) or not m.actor.kind:
        return []

    def same(c: Token) -> bool:
        other = res.at_token(c.i)
        return other is not None and other.actor.kind == m.actor.kind and other.actor.actor_id != m.actor.actor_id
    return listed_names(tok, same)


def _inner_conjuncts(head: Token, m, res: MentionLookup, depth: int) -> list:
    """ "the leaders of Sudan and Ethiopia", "the foreign ministers of Kenya and Uganda": when the
    phrase stands for the actor of its "of"/"for" object or its apposition, that object's conjuncts
    are actors of the phrase too."""
    out = []
    inner = [c for c in kids(head) if c.dep_ == "appos"]
    inner += [pobj for c in kids(head) if c.dep_ == "prep" and c.lower_ in ("of", "for")
              for pobj in children(c, ("pobj",))]
    for tok in inner:
        found = res.at_token(tok.i)
        if found is None or found.actor.actor_id != m.actor.actor_id:
            continue
        for c in tok.conjuncts:
            other = _head_actor(c, res, depth + 1)
            if other is not None:
                out.append(other)
    return out


def _conjoined_modifiers(head: Token, m, res: MentionLookup) -> list:
    """ "US and British forces", "the Turkish and Greek sides": the other conjoined modifiers."""
    base = res.at_token(head.i)
    generic = base is not None and base.actor.actor_id.startswith(GENERIC_PREFIX)
    out = []
    for c in kids(head):
        if c.dep_ not in ("amod", "compound", "nmod") or c.i > head.i:
            continue
        for cc in (c, *c.conjuncts) if c.conjuncts else ():
            other = res.at_token(cc.i)
            if other is None or other.actor.actor_id.startswith(GENERIC_PREFIX) or other is base:
                continue
            if generic:  # keep the noun's sector: "British forces" are the British military
                other = replace(other, actor=replace(other.actor, sector=m.actor.sector))
            out.append(other)
    return out


# "demonstrators in Cairo", "farmers from France": a place or group named in these
# prepositions gives an unnamed civilian actor its country (not for troops, who serve abroad)
ORIGIN_PREPS = frozenset({"in", "from", "of", "throughout", "across"})
NOT_LOCAL_SECTORS = frozenset({"MIL"})


def _national(tok: Token, generic, res: MentionLookup):
    """ "Russian police", "Hamas fighters", "protesters in Cairo": the named actor, with the generic
    noun's sector."""
    def merged(m):
        doc = tok.doc
        start, end = min(m.actor.start, generic.actor.start), max(m.actor.end, generic.actor.end)
        actor = replace(m.actor, sector=generic.actor.sector, text=text_of(doc)[start:end], start=start, end=end)
        return replace(m, actor=actor)

    for c in kids(tok):
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i:
            m = res.at_token(c.i)
            if m is not None and not m.actor.actor_id.startswith(GENERIC_PREFIX):
                return merged(m)
    # "troops from X" come from X; "troops in X" may serve there
    for pobj in prep_objects(tok, ORIGIN_PREPS if generic.actor.sector not in NOT_LOCAL_SECTORS else ("from",)):
        m = _head_actor(pobj, res, 2)
        if m is not None and not m.actor.actor_id.startswith(GENERIC_PREFIX) and m.actor.country:
            return merged(m)
    return generic


def _coref_national(tok: Token, m, res: MentionLookup):
    """A pronoun standing for an unnamed actor ("the French farmers said they ..."): the national
    form of its antecedent, keeping the pronoun as the mention text."""
    sent = sentence_of(tok)
    for prev in reversed(res.in_span(sent.start, tok.i)):
        if prev.actor.actor_id != m.actor.actor_id or prev.how == "coref":
            continue
        head = tok.doc[prev.token_end - 1]
        nat = _national(head, prev, res)
        if nat is not prev:
            return replace(nat, actor=replace(nat.actor, text=m.actor.text, start=m.actor.start, end=m.actor.end))
        break
    return m


def _head_actor(tok: Token, res: MentionLookup, depth: int):
    m = res.at_token(tok.i)
    if m is not None:
        if m.actor.actor_id.startswith(GENERIC_PREFIX):
            if m.how == "coref":
                return _coref_national(tok, m, res)
            return _national(tok, m, res)
        return m
    if depth > 2:
        return None
    # "its European Community partners": a named modifier before a possessive pronoun
    mods = sorted((c for c in kids(tok) if c.dep_ in ("compound", "poss", "amod", "nmod", "appos")),
                  key=lambda c: c.dep_ == "poss" and c.pos_ == "PRON")
    for c in mods:
        m = res.at_token(c.i)
        if m is not None:
            return m
    for c in kids(tok):  # "US drone strikes": a modifier of a modifier
        if c.dep_ == "compound" and c.i < tok.i:
            for cc in kids(c):
                m = res.at_token(cc.i) if cc.dep_ in ("compound", "amod") else None
                if m is not None:
                    return m
    for c in kids(tok):  # "Jane Doe, the X envoy, said": an unknown person's apposition names her side
        if c.dep_ == "appos":
            m = _head_actor(c, res, depth + 1)
            if m is not None:
                return m
    seat = not grammar().seat_heads.isdisjoint((tok.lemma_.lower(), tok.lower_))
    preps = ("of", "for", "in") if seat else ("of", "for")
    holders = [tok, tok.head] if seat and tok.dep_ in OBJ else [tok]  # "recognised the government | in X"
    for c in (c for h in holders for c in kids(h)):  # "the leader of X", "a camp for X refugees"
        if c.dep_ == "prep" and c.lower_ in (preps if c.head.i == tok.i else ("in",)):
            for pobj in children(c, ("pobj",)):
                m = _head_actor(pobj, res, depth + 1)
                if m is not None:
                    return m
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
        for c in kids(cur):
            if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "punct"):
                continue
            if c.dep_ == "prep" and c.lower_ != "of":
                continue
            stack.append(c)
    return [m for _, m in sorted(found, key=lambda x: x[0])]


def same_side(a, b) -> bool:
    """Two resolved actors (ActorRef) that are the same party to an event: same actor and sector
    ("French farmers" and "Paris" are both France, but different parties)."""
    return a.actor_id == b.actor_id and a.sector == b.sector


def answered_actors(verb: Token, res: MentionLookup) -> list:
    """ "In response to X's missile test, Y held drills": the actors of what the clause answers
    (``response_nouns``): the first actors named in the answered phrase."""
    for prep in children(verb, ("prep",)):
        for noun in children(prep, ("pobj",)):
            if noun.lemma_.lower() not in grammar().response_nouns:
                continue
            for inner in prep_objects(noun, ("to", "for", "against", "at", "over")):
                found = subtree_mentions(inner, res)
                if found:
                    return found[:1]
    return []
