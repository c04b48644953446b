"""Pure syntax over a parsed spaCy ``Doc``: clause heads, subjects, objects, control, passives.

Nothing here knows about actors; :mod:`diplograph.nlp.clauses` builds the actor phrases of an argument
on top of these helpers.  All functions read the ``Doc`` and never change it.
"""

from __future__ import annotations

from typing import Iterable, Protocol

from spacy.tokens import Token

from diplograph.nlp.grammar import grammar
from diplograph.nlp.messages import addressed, message_verb  # noqa: F401  (re-exported)
from diplograph.nlp.tokens import kids, memo

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
    wanted = deps if isinstance(deps, (tuple, frozenset, set)) else set(deps)
    return [c for c in kids(tok) if c.dep_ in wanted]


def controls_object(verb: Token) -> bool:
    """ "urged X to leave": the verb's object is the understood subject of its infinitive."""
    return verb.lemma_.lower() in grammar().object_control


def controller(xcomp: Token) -> Token | None:
    """The understood subject of the infinitive ``xcomp``: the object of an object-control verb ("urged X
    to leave", "called on X to leave"), else the subject ("promised X to leave", "decided to leave")."""
    verb, g = xcomp.head, grammar()
    if verb.lemma_.lower() not in g.subject_control:
        objs = children(verb, ("dobj",))
        if not objs and controls_object(verb):
            objs = [p for c in children(verb, ("prep",)) if c.lower_ in g.control_preps
                    for p in children(c, ("pobj",)) if p.i < xcomp.i]
        if objs:
            return objs[0]
    subs = children(verb, ("nsubj", "nsubjpass"))
    return subs[0] if subs else None


def asks_a_noun(verb: Token) -> bool:
    """ "asked TV channels to tone down ...": an object-control verb with its infinitive whose object
    is a common noun (the one asked is said, whether or not an actor stands for it; a pronoun object
    may stand for an actor the resolver missed)."""
    return controls_object(verb) and bool(children(verb, ("xcomp",))) and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" for c in kids(verb))


def is_reciprocal(tok: Token) -> bool:
    """ "each other", "one another" (the phrase headed by ``tok``)."""
    return " ".join(t.lower_ for t in tok.subtree) in grammar().reciprocals


def is_passive(verb: Token) -> bool:
    """A passive clause, or a reduced passive relative ("fishermen detained by X"), or a participle sharing
    a passive's subject and auxiliary ("X was welcomed in A and criticised in B")."""
    return any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in kids(verb)) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids(verb))) or (
        verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.i < verb.i and is_passive(verb.head)
        and not any(c.dep_ in (*SUBJ, "aux", "dobj") for c in kids(verb)))


def is_infinitive(verb: Token) -> bool:
    """ "to"-infinitive ("... to help Y")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))


def relative_anchor(noun: Token) -> Token:
    """What a relative clause is about: its noun, or the name that noun describes in apposition ("Iran, a Lebanese
    partner that has long been arming X": Iran arms X); a name after a title is its own ("the leader X, whom Y ...")."""
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN") and (noun.head.pos_, noun.pos_) != ("NOUN", "PROPN") else noun


def _predicated(noun: Token) -> Token | None:
    """ "X was among the few countries that ...", "X is one of the states that ...", "X was the only
    country that ...": the class a relative clause describes is predicated of X, so X does it."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("among", "of"):
        holder = noun.head.head
        if noun.head.lower_ == "of" and holder.lower_ == "one" and holder.dep_ in ("attr", "pobj"):
            holder = holder.head if holder.dep_ == "attr" else holder.head.head
        elif noun.head.lower_ == "of":
            return None
    elif noun.dep_ == "attr" and noun.lemma_.lower() in grammar().predicative_heads:
        holder = noun.head
    else:
        return None
    if holder.lemma_ != "be":
        return None
    subs = children(holder, SUBJ)
    return subs[0] if subs and subs[0].dep_ != "expl" else None


_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})  # entity labels of a name that can act


def subject_of(verb: Token) -> Token | None:
    """The grammatical (logical for passives) subject, inherited through conj/xcomp/relcl.  A function
    of the parse alone, asked for the same verb by many stages: worked out once per verb and document."""
    known = memo(verb.doc, "subject_of")
    found = known.get(verb.i, _UNKNOWN)
    if found is _UNKNOWN:
        found = known[verb.i] = _subject_of(verb)
    return found


_UNKNOWN = object()  # (a verb's subject may be None)


def _subject_of(verb: Token) -> Token | None:
    if is_passive(verb):
        for agent in children(verb, ("agent",)):
            before = verb.doc[agent.i - 1]
            if before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.head.i == verb.i \
                    and before.head.lower_ in grammar().adjunct_preps:
                continue  # "were freed after mediation by Z": the agent of the adjunct's noun, attached high
            for pobj in children(agent, ("pobj",)):
                return pobj
        for prep in children(verb, ("prep",)):  # "were imposed on X by Y", "by Y" misattached to X
            for pobj in children(prep, ("pobj",)):
                for by in children(pobj, ("prep",)):  # (not in an adjunct: "freed after mediation by Z")
                    if by.lower_ == "by" and prep.lower_ != "by" and prep.lower_ not in grammar().adjunct_preps:
                        return next(iter(children(by, ("pobj",))), None)
        for obj in children(verb, ("dobj",)):  # "was given an ultimatum (to leave) by Y": "by Y" attached low,
            # to the object or to its infinitive
            holders = [obj, *(c for c in children(obj, ("acl",)) if is_infinitive(c) and not is_passive(c))]
            for by in (p for h in holders for p in children(h, ("prep",))):
                if by.lower_ == "by":
                    return next(iter(children(by, ("pobj",))), None)
        if children(verb, PASS_SUBJ) or verb.dep_ == "xcomp":
            # "X's assets were frozen and a ban was imposed": its own patient, its agent unsaid; "X were
            # to be expelled": the subject above is the patient, not the agent
            return None
    else:
        subs = children(verb, SUBJ)
        if subs and subs[0].dep_ != "expl":
            sub = subs[0]
            if sub.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                anchor = relative_anchor(verb.head)
                return _predicated(anchor) or anchor
            if sub.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "ccomp" and verb.head.lemma_ == "be" \
                    and any(c.lower_ == "it" for c in children(verb.head, SUBJ)):
                focus = children(verb.head, ("attr",))  # "It was Egypt that brokered ...": a cleft's focus
                if focus and focus[0].i < sub.i:
                    return focus[0]
            if verb.dep_ == "relcl" and any(c.lower_ == "whose" for c in kids(sub)):
                return verb.head  # "X, whose government expelled Y": X's side acted
            return sub
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if verb.tag_ in ("VBZ", "VBD", "VBP") and before is not None and before.head.i == verb.i and (
                before.dep_ == "compound" and before.pos_ in ("PROPN", "NOUN")
                or before.dep_ in ("compound", "amod") and before.is_title and before.ent_type_ in _NAMED):
            # "Lavrov assures that ...", "Pakistan expels Afghan migrants": a subject parsed as a compound or adjective
            return before
    head = verb.head
    if verb.tag_ == "VBG" and verb.i > 0 and verb.dep_ not in ("xcomp", "conj"):
        prev = verb.doc[verb.i - 1]  # "resulted in Putin threatening to ...": a gerund's own subject
        if prev.pos_ in ("PROPN", "NOUN", "PRON") and prev.dep_ in ("pobj", "dobj", "poss") and prev.head.i != verb.i \
                and prev.ent_type_ not in ("DATE", "TIME") \
                and prev.lemma_.lower() not in grammar().authored_nouns \
                and not addressed(prev, verb):  # "a statement condemning X": its issuer
            # (a time adjunct ends the clause before it: "X rioted on Monday, joining Y": X joins)
            return prev
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        if is_passive(head) and not is_passive(verb):
            # "X was indicted by a court and will resign": the passive's patient does the active conjunct
            shared = children(head, PASS_SUBJ)
            if shared:
                return shared[0]
        return subject_of(head)
    if verb.dep_ == "xcomp" and head.pos_ in ("ADJ", "NOUN") and head.head.i != head.i:
        return subject_of(head.head)  # "France is ready to contribute ...", "has the right to ..."
    if (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and is_infinitive(verb) and head.lemma_.lower() in grammar().raising_passives) \
            and is_passive(head) and not children(head, ("agent",)) and children(head, PASS_SUBJ):  # ("X is set to expel Y")
        return children(head, PASS_SUBJ)[0]  # "X is said to have deployed", "X was urged to leave": X does it
    if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and is_infinitive(verb) and controls_object(head)):
        # ("appealed to X to release ...": the infinitive parsed as a purpose clause)
        if controls_object(head):
            # "called on X to ...", "appealed to X to ..."
            objs = children(head, OBJ) or [p for p in prep_objects(head, tuple(grammar().control_preps)) if p.i < verb.i]
            if objs:
                return objs[0]
        return subject_of(head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "pobj") and head.head.i != head.i:
        # "issued a declaration demanding that ...": the issuer demands; "vetoed a UN resolution condemning
        # X": the body or state that owns the text ("UN", "Egypt's")
        owner = [c for c in children(head, ("compound", "poss")) if c.pos_ == "PROPN" and c.i < head.i]
        if owner:
            return owner[-1]
        governor = head.head.head if head.dep_ == "pobj" else head.head
        if governor.pos_ in ("VERB", "AUX"):
            return subject_of(governor)
    if verb.dep_ in ("acl", "advcl") and is_infinitive(verb):
        # "put pressure on X to allow ...", "made an appeal to X to release ...": the addressee acts
        noun = head if head.pos_ == "NOUN" else next(iter(children(head, ("dobj",))), None)
        if noun is not None and noun.lemma_.lower() in grammar().addressee_nouns:
            addressee = prep_objects(noun, ("on", "upon", "to")) or (
                prep_objects(head, ("on", "upon", "to")) if noun.i != head.i else [])
            if addressee:
                return addressee[0]  # ("made a request to X to extradite Y": X is asked)
            answer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
            if noun.dep_ in ("dobj", "pobj") and answer.pos_ in ("VERB", "AUX") and responds(answer):
                return subject_of(answer)  # "the rebels rejected an appeal from X to disarm", "Y has yet to
                # respond to X's request to extradite Z": they were asked
    if verb.dep_ in ("relcl", "acl") and not is_passive(verb) and is_infinitive(verb) \
            and head.dep_ == "attr" and head.lemma_.lower() in grammar().predicative_heads \
            and head.head.pos_ in ("VERB", "AUX"):
        return subject_of(head.head)  # "X became the first (country) to recognise Y": X recognises
    if verb.dep_ in ("acl", "relcl") and not is_passive(verb) and is_infinitive(verb) and not children(verb, SUBJ):
        if head.dep_ == "dobj" and head.head.lemma_.lower() in grammar().noun_control_verbs:
            return subject_of(head.head)  # "X has the right to expel Y", "X began a drive to pressure Y"
        if head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.pos_ in ("VERB", "AUX") \
                and head.lemma_.lower() in grammar().endeavour_nouns:
            return subject_of(head.head.head)  # "in an effort to persuade Y, X ...": X makes the effort
        if head.lemma_.lower() not in grammar().addressee_nouns:  # "an attempt/decision by X to expel Y": X's
            by = [o for p in children(head, ("prep",)) if p.lower_ == "by" and p.i < verb.i for o in children(p, ("pobj",))]
            if by:
                return by[0]
    if verb.dep_ == "acl" and not is_passive(verb) and is_infinitive(verb) and head.dep_ == "dobj" \
            and head.head.lemma_.lower() in grammar().noun_recipient_control_verbs:
        giver = head.head  # "X was given an ultimatum to leave", "granted Y permission to land"
        got = children(giver, PASS_SUBJ) if is_passive(giver) else \
            children(giver, ("dative",)) or prep_objects(giver, ("to",))
        return got[0] if got else None
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


def phrasal_forms(verb: Token) -> set[str]:
    """How the lexicon may list a verb: its lemma, and its lemma with a particle after it, parsed as a
    particle or an adverb ("turn down", "rule out", "hold back")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod") and c.i > verb.i}


def responds(verb: Token) -> bool:
    """Whether a verb answers what its object names (``response_verbs``: "rejected", "turned down")."""
    return not phrasal_forms(verb).isdisjoint(grammar().response_verbs)


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
        poss = next(iter(children(owner, ("poss",))), None)
        if poss is None and owner.dep_ == "dobj" and owner.head.lemma_.lower() in grammar().noun_control_verbs:
            return subject_of(owner.head)  # "X played a key role in brokering", "X took the lead in drafting"
        if poss is None and owner.dep_ == "dobj" and owner.head.pos_ == "VERB" and prep.i == owner.i + 1 and \
                prep.lower_ in grammar().object_gerund_preps and owner.tag_ in ("NNS", "NNPS"):
            return owner  # "convicted [three agents of bombing]": the parse hangs the verb's phrase on its object
        return poss
    if owner.pos_ in ("ADV", "ADJ") and owner.dep_ in ("advmod", "acomp") and owner.head.pos_ in ("VERB", "AUX"):
        return subject_of(owner.head)  # "X stopped short of recognising Y", "X is capable of striking Y"
    return None


def object_doer(prep: Token) -> Token | None:
    """ "accused X of arming Y", "thanked X for its help": the object, before the preposition, of the
    verb a phrase of ``object_gerund_preps`` hangs on; the phrase says what that object did."""
    verb = prep.head
    if prep.lower_ not in grammar().object_gerund_preps or verb.pos_ not in ("VERB", "AUX"):
        return None
    found = next((o for o in children(verb, OBJ) if o.i < prep.i), None)
    if found is None and verb.dep_ == "relcl":  # "four companies it accused of supplying drones"
        found = next((o for o in patients_of(verb) if o.i < verb.i), None)
    if found is None and is_passive(verb):  # "X was accused by Y of arming Z": the passive subject
        found = next((o for o in children(verb, PASS_SUBJ) if o.lower_ not in RELATIVE_PRONOUNS), None)
    return found


def patients_of(verb: Token) -> list[Token]:
    """Direct objects (and datives); for passives, the passive subject.  A function of the parse alone,
    asked for the same verb many times by the coder's stages: worked out once per verb and document."""
    known = memo(verb.doc, "patients_of")
    found = known.get(verb.i)
    if found is None:
        found = known[verb.i] = tuple(_patients_of(verb))
    return list(found)


def _patients_of(verb: Token) -> list[Token]:
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
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            # "X tested a missile and was condemned by Y": the shared subject undergoes the passive
            shared = children(verb.head, SUBJ + PASS_SUBJ)
            return [s for s in shared if s.dep_ != "expl"]
        return []
    objs = children(verb, OBJ)
    if verb.dep_ == "relcl" and any(o.lower_ in RELATIVE_PRONOUNS for o in objs):
        return [relative_anchor(verb.head)]  # "the fishermen whom its navy detained"
    if verb.dep_ == "relcl" and not objs and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in kids(verb)) and any(
            c.dep_ == "prep" for c in kids(verb)):
        # a contact clause with an argument of its own: "four companies it accused of supplying drones"
        return [relative_anchor(verb.head)]
    if not objs:  # "declared X persona non grata", "let X go": the subject of a bare small clause
        objs = [s for c in children(verb, ("ccomp",)) if c.tag_ == "VB" and not any(
            k.dep_ in ("mark", "aux", "auxpass", "neg") for k in kids(c)) for s in children(c, ("nsubj",))]
    if not objs and children(verb, SUBJ):  # "Israel condemned, and the US criticised, the test": an object
        # after both verbs, set off by a comma, is shared (right node raising)
        others = [verb.head] if verb.dep_ == "conj" else [c for c in children(verb, ("conj",)) if children(c, SUBJ)]
        objs = [o for v in others if v.pos_ in ("VERB", "AUX") for o in children(v, ("dobj",))
                if o.i > verb.i and o.i > v.i and o.left_edge.i > 0 and verb.doc[o.left_edge.i - 1].text == ","]
    if not objs:  # "arrested and later released X": the object the conjoined verbs share
        for conj in children(verb, ("conj",)):
            if conj.pos_ == "VERB" and not children(conj, SUBJ + PASS_SUBJ):
                objs = children(conj, OBJ)
                break
    return [o for o in objs if not restated_object(o)]


def restated_object(obj: Token) -> bool:
    """A second direct object after a comma re-describes the act, it is no patient: "fired a missile
    over X, a show of defiance to Y" (an apposition to the clause parsed as an object)."""
    if obj.dep_ != "dobj" or obj.left_edge.i == 0 or obj.doc[obj.left_edge.i - 1].text != ",":
        return False
    return any(o.dep_ == "dobj" and o.i < obj.i for o in kids(obj.head))


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``tok`` ("with X", "against Y")."""
    wanted = set(preps)
    out = []
    for prep in kids(tok):
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in wanted:
            objs = children(prep, ("pobj",))
            if not objs:  # "flights to and from X": coordinated prepositions share their object
                objs = [o for c in children(prep, ("conj",)) if c.pos_ == "ADP" for o in children(c, ("pobj",))]
            if not objs and not children(prep, ("pcomp",)):
                objs = _raised_object(prep)
            out.extend(objs)
            for pc in children(prep, ("pcomp",)):  # "between X and Y" sometimes parses as pcomp
                out.append(pc)
    return out



def _raised_object(prep: Token) -> list[Token]:
    """ "established ties with and opened an embassy in X": a preposition left without its object
    before a coordination shares the object that closes the next conjunct."""
    if prep.i + 1 >= len(prep.doc):
        return []
    cc = prep.doc[prep.i + 1]
    if cc.pos_ != "CCONJ":
        return []
    conj = next((c for c in kids(cc.head) if c.dep_ == "conj" and c.i > cc.i), None)
    objs = [t for t in conj.subtree if t.dep_ == "pobj"] if conj is not None else []
    return objs[-1:]


def container_position(noun: Token) -> Token:
    """Where an act counted by a container noun stands: "carried out a series of tests" -> "series"
    (the light verb's object), so the act takes the container's light verb and prepositions."""
    cur = noun
    while cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN" \
            and cur.head.head.lemma_.lower() in grammar().container_nouns:
        cur = cur.head.head
    return cur
