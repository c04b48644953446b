"""Whether the text names a doer for an act: the grammar of its trigger, not the actors found.

An act with no source found is one of two things. Either the text names no particular doer -- a passive
without its agent ("two journalists were arrested"), an act noun with no possessor or agent ("an attack on
a police post", "sanctions on X took effect"), a doer told as anyone of a kind ("a mob lynched two men",
"gunmen stormed a hotel", "a roadside bomb killed five soldiers": indefinite or bare) -- and the record is
genuine, its doer unknown; or the text names a particular doer the coder did not resolve to an actor -- a
definite subject, a pronoun or a name ("the ministry condemned X", "they accused X"), a passive's by-agent
("X was criticised by the committee"), a noun's possessor or by-phrase ("the council's sanctions on X") --
and the record is half of an act whose doer was lost (fragments.py drops it). Definiteness is read off the
parse (the determiner's ``Definite``/``PronType`` features, the pronoun's ``PronType``), no word list.

A verb with no subject of its own takes its doer from the clause it hangs on: a conjoined verb from the
first ("arrived and met X"), an infinitive, participle or gerund from its controller ("agreed to meet X",
"blocked X from sending aid"), a participle or relative clause from the noun it modifies ("the resolution
condemning X", "an ambush that killed ..."). An act noun that is a verb's object takes the verb's doer
("the ministry imposed sanctions on X": named; "sanctions were imposed on X": none).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECTS = frozenset({"nsubj", "csubj"})  # the active clause's doer
PASSIVE = frozenset({"nsubjpass", "csubjpass", "auxpass"})
REDUCED = frozenset({"acl", "advcl", "amod", "relcl"})  # a participle that is a passive on its own
# an act noun carried by a verb ("imposed sanctions on X", "sanctions were imposed by Y") or beside another
CARRIED = frozenset({"dobj", "nsubjpass", "conj", "appos"})
MODIFIES = frozenset({"acl", "relcl"})  # a clause on a noun: the noun is its doer when it has no subject
INHERIT = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp", "prep", "ROOT"})  # climbed for the doer


def _agent(tok: Token) -> Token | None:
    """The doer a by-phrase names: the passive's ``agent`` or an act noun's "by" ("an attack by gunmen")."""
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _doer(tok: Token, acts: frozenset[int], reception: frozenset[str] = frozenset()) -> Token | None | bool:
    """The token naming the act's doer; None where the text names none; True where a doer is understood
    but not found in the parse (a verb whose subject the parse lost). An act noun that is the object of
    another act (``acts``: trigger tokens) is not carried by it ("Turkey condemned the attack on X")."""
    for _ in range(8):
        agent = _agent(tok)
        if agent is not None:
            return agent
        subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            return tok.head if subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else subj
        if tok.pos_ in ("NOUN", "PROPN"):
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None:
                return poss
            if tok.dep_ not in CARRIED or tok.head is tok or (tok.dep_ == "dobj" and tok.head.i in acts):
                return None  # an act noun without possessor or agent ("sanctions on X took effect")
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in reception:
                return None  # "the decision drew condemnation": the subject undergoes the act, no doer is named
        elif any(c.dep_ in PASSIVE for c in tok.children) or (tok.tag_ == "VBN" and tok.dep_ in REDUCED):
            return None  # a passive without its agent ("were arrested", "soldiers killed in the raid")
        elif tok.dep_ in MODIFIES:
            return tok.head  # "the resolution condemning X"
        elif tok.dep_ not in INHERIT or tok.head is tok:
            return True
        tok = tok.head
    return True


def particular(tok: Token) -> bool:
    """The noun phrase headed by ``tok`` names a particular party: a name, a personal or demonstrative
    pronoun, a noun with a possessor or a definite or demonstrative determiner. Not one told as anyone of
    a kind: an indefinite or bare noun ("a mob", "gunmen", "two drones"), an indefinite pronoun ("someone")."""
    if tok.pos_ == "PROPN":
        return bool(tok.ent_type_) or not tok.is_sent_start  # not a capitalised plural opening the sentence
    if tok.pos_ == "PRON":
        return "Ind" not in tok.morph.get("PronType") and tok.tag_ != "NN"
    for c in tok.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ == "det":
            return "Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType")
    return False


def doer_named(doc: Doc | None, i: int, anonymous: bool = False, target: tuple[int, int] | None = None,
               acts: frozenset[int] = frozenset(), reception: frozenset[str] = frozenset()) -> bool:
    """The text names a particular doer for the act whose trigger head is token ``i`` (see the module).
    ``anonymous``: a doer told as anyone of a kind counts as none (harm). ``target``: the character span of
    the act's target, which is no doer ("X's arrest", "Y's execution": the possessor underwent the act).
    ``reception``: verbs whose object's act falls on their subject ("drew condemnation"; the lexicon's
    ``reception_verbs``). Without the parsed ``doc`` (or with no trigger token) a doer is taken as named."""
    if doc is None or not 0 <= i < len(doc):
        return True
    doer = _doer(doc[i], acts, reception)
    if doer is True:
        return True
    if doer is None or (target is not None and target[0] <= doer.idx < target[1]):
        return False
    return not anonymous or particular(doer)
