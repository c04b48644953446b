"""Repairs of the parser's systematic slips, made on the ``Doc`` before any stage reads it.

Each repair moves an arc only where the slip is certain from the words around it; everything else of
the parse is left as the model made it.

* A gerund with an adjective before it is a noun ("Russian shelling hit X"): one taken for the root, with the
  finite verb after it hung under it as a complement, is that verb's subject, the verb the root.
* A past participle coordinated with a reduced relative clause ("talks hosted or attended by X", "the
  accord drafted and signed by Y") is often hung as a conjunct of a verb higher up, taking the agent with
  it: the conjunct (and its "and"/"or") goes back to the participle it follows, and the agent, which
  both participles share, to the first of them, where the noun's readers look for it.
* A finite past verb with a subject of its own hung as an adjective of the noun after it, that noun made
  the root ("Orban hosted Turkish President X in Budapest" read as "hosted X"): the verb becomes the root
  and the noun its object.
* A reduced relative clause right after the subject it describes ("fighters allied to X clashed with Y",
  "militiamen linked to X fired rockets") is often taken for the main verb, with the real main verb hung
  under it as a loose dependent: where the participle has no object and the later verb, reached with no
  punctuation between, has no subject, marker or auxiliary of its own, the later verb becomes the root with
  the noun as its subject, and the participle a relative clause on the noun.
* An active verb takes no agent, so a "by" phrase naming someone (a name, or a noun with a national or named
  modifier) right after its object, when that object is a noun of an act with its "of" phrase ("condemned the
  deportation of its nationals by X", "denounced the killings of civilians by Eritrean troops"), is the
  noun's agent, hung on the verb by mistake: it goes to the noun.
* A gerund under a preposition takes no agent, so a "by" phrase naming someone (a name, or a noun with a
  national or named modifier) hung on the gerund of an agentless passive's complement ("X was accused of
  taking bribes from Y by Iraqi prosecutors", "was criticised for arming Z by W") is that passive's agent,
  told after the complement: it goes to the passive verb.
* A partitive aside on a passive's complement (", much of it believed to have been moved abroad," ", some of
  them sold to Y,", ", dozens of which struck Z,") is often taken for the main clause, the passive hung under
  it as a complement: a subject "much/some/most ... of it/them/which" is no reporter, so the passive becomes
  the root again, the aside hangs on it, and a "by" phrase naming someone after the aside's closing comma, at
  the sentence's end, is the passive's agent (also where the aside, with or without a verb, was hung under
  the passive: ", part of it hidden abroad, by X").
* An adjective never takes an infinitive's "to": one that does ("its call for X to free detainees" with
  "free" read as an adjective of "detainees") is the infinitive verb, the noun it was hung on its object.
* A simple past verb conjoined to a reported perfect ("X said Y had provoked the crisis, and accused Z of
  ...") is the reporter's second act, not the reported subject's: :mod:`.reporters`.
* A verb of saying or charging that closes a sentence after its content ("X beat Y, a rights group charged
  on Monday", "..., a human rights group protested here") is often hung as a participle on the noun before it,
  the content left as the root: where the verb (``trailing_reporters``) has no subject, object, agent or
  auxiliary of its own and nothing but its adjuncts follows it, it becomes the root, the noun its subject and
  the old root its clause.
* A preposition left without an object, the noun after it taken as the subject of a participle that
  follows ("granted asylum to four army officers holed up in the embassy" read as "officers holed up"): the noun
  is the preposition's object and the participle a relative clause on it. The same for a gerund hung as the
  preposition's complement (or object) with a common noun before it as its subject, after a preposition that aims an act
  (``aimed_preps``: "fired tear gas at protesters marching on parliament"): the noun the act falls on is the
  preposition's object, the gerund a reduced relative on it.
* An owned institution coordinated with a described group before a plural head ("Colombia's government and
  ELN rebels signed ...") is read as two modifiers of the plural noun; the possessive makes the first a whole
  noun phrase, so the two are conjoined subjects (the institution nouns: ``seat_heads``).
* A subject hung on the auxiliary of a verb after it ("Egypt and Qatar are mediating") goes to the verb.
* A finite verb whose subject tagged a compound of it ("Lavrov assures that"): :func:`diplograph.nlp.syntax.subject_of`.
* A common noun hung as a verb's clausal complement, with no subject, auxiliary or marker of its own, where the verb
  has no object ("allowed UN convoys through the crossing"), is the verb's object.
* A participle of onset whose only dependent is a date ("allowed its convoys in starting 15 February":
  ``onset_participles``) is a preposition of time on the verb it hangs on, not a clause of its own.
* A lemma the tagger misreads ("hoped" read as "hop": ``lemma_repairs``) is set right on the word's inflections.
* A plural noun tagged a verb where the parse makes it an object ("held drills off Karachi": "drills" as VBZ)
  is a noun; a particle right after it is a preposition, and that particle's object its object.
* The slips of headlines and headline-like lines (predicates or names coordinated with a comma, a named subject
  hung loose, "X to <verb>" read as a relative clause): :mod:`diplograph.nlp.headline`, first; a verb's object
  misread (a measure's plural noun read as a verb, a person called read as a predicate, a name before a subjectless
  clause hung on the first verb's object: "X closed the border and Y protested"): :mod:`.objectslips`.
* A "with" absolute read as a noun with a participle ("With X seizing the town, ..."): :mod:`.absolutes`.
* A purpose infinitive hung on the object after its apposition: :mod:`.purposes`; a judgement hung on a relative: :mod:`.relconj`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from diplograph.nlp.grammar import grammar
from diplograph.nlp.absolutes import repair_absolutes
from diplograph.nlp.causatives import repair_causatives
from diplograph.nlp.extraposed import repair_extraposed
from diplograph.nlp.headline import repair_headlines
from diplograph.nlp.appositive_time import repair_appositive_time
from diplograph.nlp.juxtaposed import repair_juxtaposed
from diplograph.nlp.objectslips import conjoined_subject, repair_objects
from diplograph.nlp.participles import repair_participles
from diplograph.nlp import purposes, relconj
from diplograph.nlp.reporters import OWN_ARGS as _OWN_ARGS, reporters_conjunct
from diplograph.nlp.verbless import repair_verbless
from diplograph.nlp.loosesubject import repair_loose_subjects

_COORDINATORS = frozenset({"and", "or"})


def repair(doc: Doc) -> Doc:
    """Repair ``doc``'s parse in place (before :mod:`diplograph.nlp.tokens` caches anything)."""
    _lemmas(doc)
    repair_headlines(doc)
    repair_causatives(doc)
    repair_absolutes(doc)
    repair_juxtaposed(doc)
    repair_appositive_time(doc)
    repair_objects(doc)
    _verb_as_adjective(doc)
    repair_verbless(doc)
    repair_loose_subjects(doc)
    repair_participles(doc)
    purposes.repair_purposes(doc)
    relconj.repair_relative_conjuncts(doc)
    _adjective_infinitive(doc)
    _coordinated_participles(doc)
    repair_extraposed(doc)
    toks = list(doc)  # (one set of token views for the passes below; they see each other's repairs)
    for tok in toks:
        if tok.dep_ == "ROOT":
            _reduced_relative_root(doc, tok)
            _nominal_gerund_root(tok)
    for tok in toks:
        if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD"):
            _trailing_reporter(tok)
        elif tok.dep_ in ("nmod", "compound") and tok.tag_ == "NN" and tok.lower_ in grammar().seat_heads:
            _owned_institution_conjunct(tok)
        elif tok.dep_ in ("prep", "dative") and tok.pos_ == "ADP" and not any(True for _ in tok.children):
            _orphan_preposition(tok)
        elif tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("aux", "auxpass") and tok.head.i > tok.i \
                and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.i > tok.head.i:
            tok.head = tok.head.head  # "Egypt and Qatar are mediating": the subject hung on the auxiliary
        elif tok.dep_ in ("pcomp", "pobj") and tok.tag_ == "VBG" and tok.head.dep_ in ("prep", "dative"):
            _gerund_object(tok)
        elif tok.dep_ == "ccomp" and tok.tag_ in ("NN", "NNS") and tok.head.pos_ == "VERB":
            _object_as_clause(tok)
        elif tok.lower_ in grammar().onset_participles and tok.dep_ in ("ccomp", "advcl", "xcomp", "acl", "conj"):
            _onset_participle(tok)
        elif tok.dep_ in ("dobj", "pobj") and tok.tag_ == "VBZ" and tok.head.i < tok.i:
            _plural_as_verb(tok)
    for tok in toks:
        if tok.pos_ in ("VERB", "AUX") or tok.lower_ in _PARTITIVES:
            _partitive_aside(doc, tok)
    for tok in toks:
        if tok.pos_ == "VERB":
            _misplaced_agent(tok)
            _stranded_agent(tok)
        if tok.dep_ == "conj" and tok.tag_ == "VBD":
            reporters_conjunct(tok)
        if tok.dep_ in ("conj", "advcl") and tok.tag_ in ("VBD", "VBZ", "VBP") \
                and not any("subj" in c.dep_ for c in tok.children):
            conjoined_subject(doc, tok)
    return doc


def _lemmas(doc: Doc) -> None:
    """A lemma the tagger misreads ("hoped" -> "hop"; ``lemma_repairs``) set right where the word is an
    inflection of the right lemma ("hoped", "hopes", "hoping", not "hopped")."""
    fixes = _lemma_fixes()
    for tok in doc:
        right = fixes.get(tok.lemma_.lower())
        if right is not None and tok.lower_ in (right + "d", right + "s", right[:-1] + "ing", right + "ed", right + "es"):
            tok.lemma_ = right


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    """``lemma_repairs`` as misread lemma -> right lemma (read once, not per document)."""
    return dict(pair.split() for pair in grammar().lemma_repairs)


def _plural_as_verb(noun) -> None:
    """ "the navy held drills off Karachi": a plural noun tagged a verb ("drills", VBZ) where the parse makes it
    an object is a noun; a particle it took is a preposition, and that particle's object its object."""
    noun.tag_, noun.pos_ = "NNS", "NOUN"
    for c in list(noun.children):
        if c.dep_ == "prt" and c.i == noun.i + 1:
            c.dep_, c.pos_, c.tag_ = "prep", "ADP", "IN"
            for o in [o for o in noun.children if o.dep_ == "dobj" and o.i > c.i]:
                o.head, o.dep_ = c, "pobj"


def _onset_participle(word) -> None:
    """ "allowed its convoys in starting 15 February": a participle of onset whose only dependent is a date is a
    preposition of time on the verb it hangs on, not a clause of its own (the date is the act's)."""
    deps = list(word.children)
    if len(deps) == 1 and deps[0].ent_type_ == "DATE" and deps[0].dep_ in ("npadvmod", "dobj", "pobj", "tmod") \
            and deps[0].i > word.i and word.head.pos_ in ("VERB", "AUX"):
        word.pos_, word.tag_, word.dep_ = "ADP", "IN", "prep"
        deps[0].dep_ = "pobj"


def _object_as_clause(noun) -> None:
    """ "allowed UN convoys through the crossing": a common noun hung as a verb's clause, with no subject, auxiliary
    or marker of its own and the verb without an object, is the verb's object."""
    verb = noun.head
    if noun.i > verb.i and not any(c.dep_ in _OWN_ARGS or c.dep_ in _OBJECTS for c in noun.children) \
            and not any(c.dep_ in _OBJECTS for c in verb.children if c.i != noun.i):
        noun.dep_ = "dobj"


def _trailing_reporter(verb) -> None:
    noun, sent = verb.head, verb.sent
    root = sent.root
    if noun.i != verb.i - 1 or noun.pos_ not in ("NOUN", "PROPN") or root.i >= noun.left_edge.i \
            or root.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in grammar().trailing_reporters:
        return
    comma = verb.doc[noun.left_edge.i - 1]
    if comma.lower_ != "," or any(c.dep_ in _OWN_ARGS or c.dep_ in _OBJECTS or c.dep_ == "agent" for c in verb.children) \
            or any(not t.is_punct for t in verb.doc[verb.right_edge.i + 1:sent.end]):
        return
    later = [t for t in verb.doc[noun.right_edge.i + 1:sent.end] if t.head.i == root.i and t.i != root.i]
    for t in (comma, *later):
        t.head = verb
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "ccomp"


def _owned_institution_conjunct(first) -> None:
    head = first.head
    conj = next((c for c in first.children if c.dep_ == "conj"), None)
    cc = next((c for c in first.children if c.dep_ == "cc"), None)
    if conj is None or cc is None or head.i <= first.i or head.tag_ not in ("NNS", "NNPS") \
            or not any(c.dep_ == "poss" for c in (*first.children, *head.children) if c.i < first.i) \
            or conj.right_edge.i != head.i - 1 \
            or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return
    verb, dep = head.head, head.dep_
    first.head, first.dep_ = verb, dep
    for c in [c for c in head.children if c.i < first.i]:
        c.head = first  # (the possessor, and a determiner before it)
    cc.head = first
    head.head, head.dep_ = first, "conj"
    conj.head, conj.dep_ = head, "compound"


def _orphan_preposition(prep) -> None:
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return
    noun = next((t for t in doc[prep.i + 1:min(prep.i + 8, len(doc))] if t.dep_ == "nsubj"
                 and t.left_edge.i == prep.i + 1 and t.pos_ in ("NOUN", "PROPN")), None)
    verb = noun.head if noun is not None else None
    if verb is None or verb.tag_ not in ("VBD", "VBN", "VBG") or verb.i != noun.right_edge.i + 1 or verb.is_ancestor(prep) \
            or any(c.dep_ in _OWN_ARGS and c.i != noun.i for c in verb.children):
        return
    noun.head, noun.dep_ = prep, "pobj"  # ("fired at protesters marching on X": an "-ing" participle is the noun's too)
    verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBG" if verb.tag_ == "VBG" else "VBN"


def _gerund_object(verb) -> None:
    prep = verb.head
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or not (noun.pos_ == "NOUN" or noun.ent_type_ == "NORP") or prep.lower_ not in grammar().aimed_preps or noun.left_edge.i != prep.i + 1 \
            or verb.i != noun.right_edge.i + 1 or any(c.dep_ in _OWN_ARGS and c.i != noun.i for c in verb.children) \
            or any(c.i != verb.i for c in prep.children):
        return
    noun.head, noun.dep_ = prep, "pobj"
    verb.head, verb.dep_ = noun, "acl"


_NAMED = frozenset({"GPE", "ORG", "NORP", "PERSON", "FAC", "LOC"})


def _misplaced_agent(verb) -> None:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return
    for by in [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == obj.right_edge.i + 1]:
        if any(o.dep_ == "pobj" and _names_someone(o) for o in by.children):
            by.head = obj


def _names_someone(noun) -> bool:
    """A name, or a noun with a national or named modifier ("Eritrean troops") or "of" phrase ("officials of
    the Congolese government"), not an amount or a date."""
    return noun.ent_type_ not in _AMOUNTS and (noun.pos_ == "PROPN" or noun.ent_type_ in _NAMED or any(
        m.dep_ in ("amod", "compound") and m.ent_type_ in _NAMED for m in noun.children) or any(
        p.lower_ == "of" and any(o.dep_ == "pobj" and _names_someone(o) for o in p.children) for p in noun.children))


def _stranded_agent(gerund) -> None:
    prep = gerund.head
    passive = prep.head
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or prep.dep_ != "prep" or passive.tag_ != "VBN" \
            or not any(c.dep_ == "auxpass" for c in passive.children) or any(c.dep_ == "agent" for c in passive.children):
        return
    for by in [c for c in gerund.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]:
        if any(o.dep_ == "pobj" and _names_someone(o) for o in by.children):
            by.head, by.dep_ = passive, "agent"


_PARTITIVES = frozenset({"much", "some", "most", "many", "part", "all", "half", "none", "several", "one", "dozens",
                         "hundreds", "thousands", "scores", "millions", "few", "both", "each"})


def _partitive_aside(doc: Doc, aside) -> None:
    subj = aside if aside.pos_ in ("NOUN", "PRON", "ADJ", "DET") and aside.dep_ != "ROOT" else \
        next((c for c in aside.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # (or a verbless aside)
    if subj is None or subj.lower_ not in _PARTITIVES or subj.i == 0 or doc[subj.i - 1].text != "," \
            or not any(o.lower_ in ("it", "them", "which", "whom") for p in subj.children if p.lower_ == "of"
                       for o in p.children):
        return
    if aside.dep_ == "ROOT":  # the aside taken for the main clause
        passive = next((c for c in aside.children if c.dep_ == "ccomp" and c.i < subj.i), None)
    else:  # the aside hung under the passive, the agent left on the aside
        passive = next((a for a in aside.ancestors if a.pos_ in ("VERB", "AUX")), None)
        passive = passive if passive is not None and passive.i < subj.i else None
    if passive is None or passive.tag_ != "VBN" or not any(a.dep_ == "auxpass" for a in passive.children) \
            or any(c.dep_ == "agent" for c in passive.children):
        return
    last = doc[-1] if not doc[-1].is_punct else doc[doc[-1].i - 1]
    agent = next((t for t in aside.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep")
                  and doc[t.i - 1].text == "," and t.right_edge.i == last.i
                  and any(o.dep_ == "pobj" and _names_someone(o) for o in t.children)), None)
    if aside.dep_ == "ROOT":
        ends = [c for c in aside.children if c.is_punct and c.i > aside.right_edge.i - 1]
        passive.head, passive.dep_ = passive, "ROOT"
        aside.head, aside.dep_ = passive, "parataxis"
        for c in ends:
            c.head = passive
    if agent is not None:
        doc[agent.i - 1].head = passive
        agent.head, agent.dep_ = passive, "agent"


_AMOUNTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
_AUXILIARIES = frozenset({"aux", "auxpass"})  # ("officers deployed to X have come under fire": the main verb's own)
_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd"})


def _reduced_relative_root(doc: Doc, part) -> None:
    if part.tag_ not in ("VBD", "VBN") or not part.lower_.endswith("ed") or part.i < 1:
        return
    subj = doc[part.i - 1]
    main = next((c for c in part.rights if c.dep_ in ("dep", "advcl", "ccomp") and c.tag_ in ("VBD", "VBN")), None)
    if subj.head.i != part.i or subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or any(
            c.dep_ in _OBJECTS and (main is None or c.i != main.i) or c.dep_ in _OWN_ARGS and c.i != subj.i for c in part.children):
        return
    if main is None or any(c.dep_ in _OWN_ARGS - _AUXILIARIES for c in main.children) \
            or any(doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX", "CCONJ") and not (
                doc[k].head.i == main.i and doc[k].dep_ in _AUXILIARIES) for k in range(part.i + 1, main.i)):
        return
    later = [c for c in part.rights if c.i > main.i]  # the closing punctuation, the main verb's own adjuncts
    main.head = main
    main.dep_ = "ROOT"
    if main.tag_ == "VBN" and not any(c.dep_ in _AUXILIARIES for c in main.children):
        main.tag_ = "VBD"
    for c in later:
        c.head = main
    subj.head = main
    part.head = subj
    part.dep_ = "acl"
    part.tag_ = "VBN"


def _nominal_gerund_root(gerund) -> None:
    if gerund.tag_ != "VBG" or not any(c.dep_ == "amod" and c.i < gerund.i for c in gerund.children) \
            or any(c.dep_ in _OWN_ARGS or c.dep_ == "dobj" for c in gerund.children):
        return
    main = next((c for c in gerund.rights if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBD"), None)
    if main is None or any(c.dep_ in _OWN_ARGS for c in main.children) or any(
            t.is_punct or t.pos_ in ("VERB", "AUX") for t in gerund.doc[gerund.i + 1:main.i]):
        return
    for c in [c for c in gerund.children if c.i > main.i]:
        c.head = main  # (the closing punctuation)
    main.head, main.dep_ = main, "ROOT"
    gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = main, "nsubj", "NOUN", "NN"


def _verb_as_adjective(doc: Doc) -> None:
    for tok in doc:
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "hosted Turkish President X": the name the title is a compound of
        if tok.tag_ in ("VBD", "VBN") and tok.dep_ == "amod" and noun.dep_ == "ROOT" and noun.i > tok.i \
                and noun.pos_ in ("PROPN", "NOUN") and any(c.dep_ == "nsubj" and c.i < tok.i or (  # "Turkey mediated
                    c.dep_ == "npadvmod" and c.i == tok.i - 1 and c.pos_ == "PROPN" and tok.tag_ == "VBD")  # talks": not
                    for c in tok.children) and not any(c.dep_ in _AUXILIARIES for c in tok.children):  # "US-brokered"
            noun.head, noun.dep_ = tok, "dobj"
            tok.head, tok.dep_, tok.tag_ = tok, "ROOT", "VBD"  # ("Iran enriched uranium": a past participle's tag)
            for c in [c for c in tok.children if c.dep_ == "npadvmod" and c.i == tok.i - 1]:
                c.dep_ = "nsubj"
            for c in [c for c in noun.children if c.i > noun.i and c.dep_ == "punct"]:
                c.head = tok


def _adjective_infinitive(doc: Doc) -> None:
    for tok in doc:
        noun = tok.head
        if tok.pos_ != "ADJ" or tok.dep_ != "amod" or noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN") \
                or noun.head.i == noun.i or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1
                                                     for c in tok.children):
            continue
        tok.pos_, tok.tag_ = "VERB", "VB"
        tok.head, tok.dep_ = noun.head, "pcomp" if noun.dep_ == "pobj" else noun.dep_
        noun.head, noun.dep_ = tok, "dobj"


def _coordinated_participles(doc: Doc) -> None:
    for tok in doc:
        if tok.dep_ != "conj" or tok.tag_ != "VBN" or tok.i < 2:
            continue
        cc, first = doc[tok.i - 1], doc[tok.i - 2]
        if cc.lower_ not in _COORDINATORS or first.tag_ != "VBN" or first.dep_ != "acl" or tok.head.i == first.i:
            continue
        agents = [c for c in tok.children if c.dep_ == "agent"]
        if not agents or any(c.dep_ == "agent" for c in first.children):
            continue
        tok.head = first
        cc.head = first
        for agent in agents:
            agent.head = first
