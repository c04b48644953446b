"""Actor phrases of a predicate's arguments: conjuncts, lists, group phrases, national modifiers.

Built on the pure syntax of :mod:`diplograph.nlp.syntax`, whose helpers are re-exported here so the
event coder reads one module ("clauses") for the grammar of an argument.  All functions read a parsed
spaCy ``Doc`` and never change it, so each can be tested on hand-built sentences.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.tokens import Token

from diplograph.nlp.grammar import VENUE_HOWS, grammar, venue_noun
from diplograph.nlp.syntax import (  # noqa: F401  (re-exported: the coder reads one module)
    SUBJ,
    PASS_SUBJ,
    OBJ,
    GENERIC_PREFIX,
    RELATIVE_PRONOUNS,
    MentionLookup,
    ancestors,
    clause_head,
    container_position,
    children,
    asks_a_noun,
    controls_object,
    is_reciprocal,
    is_passive,
    is_infinitive,
    relative_anchor,
    phrasal_forms,
    responds,
    subject_of,
    object_doer,
    patients_of,
    prep_objects,
    message_verb,
)
from diplograph.nlp.tokens import kids, sentence_of, text_of


def complement_subjects(tok: Token, res: MentionLookup) -> list:
    """Actors asked to act: the subjects of a "that"-clause on the verb or on its object noun
    ("demanded that X withdraw", "repeated its demand that X ease", "pressed for X to leave", "renewed its
    call for X to leave")."""
    heads = [tok, *children(tok, OBJ)]
    comps = [c for h in heads for c in kids(h) if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")]
    for prep in children(tok, ("prep",)):
        if prep.lower_ == "for":
            comps += [c for c in kids(prep) if c.dep_ in ("pcomp", "pobj") and c.pos_ in ("VERB", "AUX")]
    comps += [c for h in heads for c in children(h, ("advcl",))  # "pushed for X to leave", "its call for X to leave"
              if any(m.dep_ == "mark" and m.lower_ == "for" for m in kids(c))]
    found = []
    for comp in comps:
        subj = children(comp, ("nsubj", "nsubjpass"))
        if subj:
            found += actor_mentions(subj[0], res)
    return found or _first_asked(tok, heads, res)


def _first_asked(tok: Token, heads: list, res: MentionLookup) -> list:
    """ "its demand that Chad free political prisoners", "renewed their demand that X withdraw troops" with
    the clause's verb mis-tagged (an adjective or a noun, so no subject is found; the clause perhaps hung on
    the verb): the first actor named between "that" and the clause's head is the one asked."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        heads = [*heads, tok.head]
    for comp in (c for h in heads for c in kids(h) if c.dep_ in ("acl", "ccomp", "advcl") and c.i > tok.i):
        mark = next((c for c in kids(comp) if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None and comp.pos_ in ("NOUN", "ADJ", "PROPN"):
            found = [m for t in tok.doc[mark.i + 1:comp.i] for m in [res.at_token(t.i)] if m is not None]
            return found[:1]
    return []


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
    """ "the leaders of Sudan and Ethiopia", "delegates from Kenya and Uganda": when the phrase
    stands for the actor of its "of"/"for"/"from" object or its apposition, that object's conjuncts
    are actors of the phrase too."""
    out = []
    inner = [c for c in kids(head) if c.dep_ == "appos"]
    inner += [pobj for c in kids(head) if c.dep_ == "prep" and c.lower_ in ("of", "for", "from")
              for pobj in children(c, ("pobj",))]
    for tok in inner:
        found = res.at_token(tok.i) or _head_actor(tok, res, depth + 1)  # "X's army-led government"
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
        # a place's state, or a named party or group ("activists from the X Party")
        if m is not None and not m.actor.actor_id.startswith(GENERIC_PREFIX) and (
                m.actor.country or m.actor.kind in ("group", "organisation")):
            return merged(m)
    for acl in kids(tok):  # "troops sent by X": a reduced relative whose agent sent them
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lower_ in grammar().sender_participles:
            for pobj in (o for a in children(acl, ("agent",)) for o in children(a, ("pobj",))):
                m = _head_actor(pobj, res, 2)
                if m is not None and not m.actor.actor_id.startswith(GENERIC_PREFIX) and (
                        m.actor.country or m.actor.kind in ("group", "organisation")):
                    return merged(m)
    return generic


def _apposed_name(tok: Token, res: MentionLookup):
    """ "another armed group, the X Front (XF),": a named group in apposition to an unnamed one is the
    one meant (the parser often leaves the apposition loose: the name just after the comma)."""
    doc = tok.doc
    cands = [c.i for c in kids(tok) if c.dep_ == "appos"]
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == ",":  # up to the apposition's closing comma
        k = tok.i + 2
        while k < len(doc) and k - tok.i <= 14 and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX"):
            cands.append(k)
            k += 1
    for i in cands:
        named = res.at_token(i) if i < len(doc) else None
        if named is not None and not named.actor.actor_id.startswith(GENERIC_PREFIX) \
                and named.actor.kind in ("group", "organisation") \
                and not any(doc[k].dep_ in ("nsubj", "nsubjpass") for k in range(named.token_start, named.token_end)):
            return named
    return None


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
            named = _apposed_name(tok, res)
            return named if named is not None else _national(tok, m, res)
        return m
    if depth > 2:
        return None
    # "its European Community partners": a named modifier before a possessive pronoun
    mods = sorted((c for c in kids(tok) if c.dep_ in ("compound", "poss", "amod", "nmod", "appos")),
                  key=lambda c: c.dep_ == "poss" and c.pos_ == "PRON")
    fallback = None  # "the military junta in X": an unnamed modifier yields to a named holder
    venue = venue_noun(tok)
    counterpart = tok.lemma_.lower() in grammar().counterpart_nouns
    for c in mods:
        m = res.at_token(c.i)
        if (m is not None and venue and c.dep_ == "compound" and m.how in VENUE_HOWS) or (counterpart and c.dep_ == "poss"):
            continue  # "the Minsk agreements": where they were signed; "his counterpart": the other party, not his
        if m is not None and m.actor.actor_id.startswith(GENERIC_PREFIX):
            fallback = fallback or m
        elif m is not None:
            return m
    for c in kids(tok):  # "US drone strikes": a modifier of a modifier; "a Greek-flagged tanker": its owner
        if (c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ in grammar().owner_participles)) and c.i < tok.i \
                and c.lemma_.lower() not in grammar().language_nouns:  # (not "Russian-language schools")
            for cc in kids(c):
                m = res.at_token(cc.i) if cc.dep_ in ("compound", "amod", "npadvmod") else None
                if m is not None and not (venue and m.how in VENUE_HOWS):
                    return m
    for c in kids(tok):  # "Jane Doe, the X envoy, said": an unknown person's apposition names her side
        if c.dep_ == "appos":
            m = _head_actor(c, res, depth + 1)
            if m is not None:
                return m
    seat = counterpart or not grammar().seat_heads.isdisjoint((tok.lemma_.lower(), tok.lower_))  # ("his counterpart in X")
    preps = ("of", "for", "in", "from") if seat else ("of", "for", "from")  # "a delegation from X"
    holders = [tok, tok.head] if seat and tok.dep_ in OBJ else [tok]  # "recognised the government | in X"
    for c in (c for h in holders for c in kids(h)):  # "the leader of X", "a camp for X refugees"
        if c.dep_ == "prep" and c.lower_ in (preps if c.head.i == tok.i else ("in",)):
            for pobj in children(c, ("pobj",)):
                m = _head_actor(pobj, res, depth + 1)
                if m is not None and not (m.how in VENUE_HOWS and ((venue and c.lower_ == "of") or (
                        counterpart and c.lower_ == "in"))):  # (not "the Treaty of Lisbon", "his counterpart in Geneva")
                    return m
    return fallback


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


def answered_noun(noun: Token) -> bool:
    """Whether the noun is the object of a verb that answers it ("rejected the protest", "responded to the
    demand"; ``response_verbs``)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return noun.dep_ in ("dobj", "pobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and responds(verb)


def danger(noun: Token) -> bool:
    """A noun of threat told as a danger someone faces, poses or fears (``danger_nouns`` under ``danger_verbs``:
    "X poses a threat to Y", "faces a growing threat from X", "warned of a terrorist threat"), not a threat
    made; one that says what it threatens to do ("its threat to cut gas") is one made."""
    if noun.lemma_.lower() not in grammar().danger_nouns or any(
            c.dep_ == "acl" and is_infinitive(c) for c in kids(noun)):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "about"):
        head = head.head
    elif noun.dep_ not in ("dobj", "attr", "oprd", "nsubjpass"):
        return False
    return head.lemma_.lower() in grammar().danger_verbs


def answering_actors(noun: Token, res: MentionLookup, *, accusation: bool = False) -> list:
    """ "X rejected Y's demand", "X relied on Y's cooperation", "the offer was accepted by X": the
    actors who answer the act the noun names (the subject of a ``response_verbs`` verb whose object
    it is, or of a ``denial_verbs`` one when ``accusation``: an accusation or a request, "denied Y's request"),
    those it was addressed to."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.pos_ == "NOUN" and noun.head.lower_ == "of" and verb.lemma_.lower() in grammar().answer_nouns:
            # "Poland's refusal of Belarus's request", "the rejection of X's offer by Y": the answer's owner
            return [m for c in kids(verb) if c.dep_ in ("poss", "compound", "amod") and c.i < verb.i
                    for m in actor_mentions(c, res)] + [m for o in prep_objects(verb, ("by",))
                                                       for m in actor_mentions(o, res)]
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or not (
            responds(verb) or (accusation and lemma in grammar().denial_verbs)):
        return []
    return subject_mentions(verb, res)


def subject_mentions(verb: Token, res: MentionLookup) -> list:
    """The actors the subject of ``verb`` names (none when it has no subject)."""
    subj = subject_of(verb)
    return actor_mentions(subj, res) if subj is not None else []


def co_agents(verb: Token, res: MentionLookup, subj: Token | None = None) -> list:
    """The actors acting with the verb's subject (``subj``, else read): "alongside France, Britain sent
    ...", "together with Norway, Iceland signed ..." (``comitative_preps``, ``comitative_adverbs`` + "with"),
    and a name listed before it with a comma in a headline ("US, UK strike Houthi targets")."""
    subj = subj if subj is not None else subject_of(verb)
    phrases = [p for holder in (verb, *([subj] if subj is not None else [])) for p in comitative_phrases(holder)]
    found = [m for p in phrases for o in children(p, ("pobj",)) for m in actor_mentions(o, res)]
    if subj is not None and subj.head.i == verb.i:  # a headline's list without "and": "US, UK strike X"
        doc = verb.doc
        found += [m for c in children(verb, ("dep", "npadvmod")) if c.pos_ == "PROPN" and c.i < subj.i
                  and c.right_edge.i + 2 == subj.left_edge.i and doc[c.right_edge.i + 1].text == ","
                  for m in actor_mentions(c, res)]
    return found


def comitative_phrases(holder: Token) -> list[Token]:
    """The prepositions of ``holder`` (a verb or its subject) that introduce a co-agent: "alongside",
    "together/along/jointly with" (however the parse hangs the adverb)."""
    words = grammar()
    found = []
    for c in children(holder, ("prep", "advmod")):
        low = c.lower_
        if low in words.comitative_preps or (low == "with" and any(
                a.dep_ == "advmod" and a.lower_ in words.comitative_adverbs for a in kids(c))):
            found.append(c)
        elif low in words.comitative_adverbs:
            found += [p for p in children(c, ("prep",)) if p.lower_ == "with"]
    return found


def party_objects(noun: Token, res: MentionLookup) -> list:
    """ "talks involving X", "a coalition including X": the actors a participle of the noun
    (``party_verbs``) names as its parties."""
    return [m for acl in children(noun, ("acl",)) if acl.tag_ == "VBG" and acl.lemma_.lower() in grammar().party_verbs
            for obj in children(acl, ("dobj",)) for m in actor_mentions(obj, res)]


def closing_conjunct(noun: Token) -> list[Token]:
    """ "signed a trade deal and a security pact with X": the nouns conjoined with ``noun``, whose phrases tell about
    them (the last one's closing phrase about each of them; "a deal with X and a pact with Y": each its own)."""
    found, last = [], noun
    while (nxt := next((c for c in kids(last) if c.dep_ == "conj" and c.pos_ == "NOUN"), None)) is not None:
        found.append(last := nxt)
    return found


def deed_phrases(verb: Token) -> list[Token]:
    """ "charged dozens with joining a group", "accused X of arming Y", "arrested X for aiding Y": the "of"/"for"/"with"
    phrases of ``verb`` whose gerund tells what its object did (:func:`object_doer`); also one the parse hangs on
    the plural object right before it ("convicted [two men of spying]")."""
    def gerund(p: Token) -> bool:  # (right after the preposition: "of migrants crossing X" tells no deed of the object)
        return p.lower_ in ("of", "for", "with") and any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" and c.i == p.i + 1 for c in kids(p))
    return [p for h in (verb, *patients_of(verb)) for p in children(h, ("prep",)) if gerund(p) and (
        object_doer(p) is not None if h is verb else h.tag_ in ("NNS", "NNPS") and p.i == h.i + 1)]
