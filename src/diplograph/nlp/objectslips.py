"""Repairs of a verb's object that the parser misreads, made with the other repairs (:mod:`diplograph.nlp.repair`)
before any stage reads the ``Doc``.

* A plural noun after a noun modifier, right after a verb that imposes or lifts a measure (``measure_verbs``:
  "imposed asset freezes on ten officials", "announced asset freezes against X"), is sometimes tagged a
  verb ("freezes", VBZ) with the modifier as its object or subject, and made the root (the measure verb its
  clausal subject) or a clause under the measure verb, or the measure verb an adjective of the modifier ("The EU
  extended asset ..."): a verb with no auxiliary, no object and no subject but that modifier is the measure's
  noun, the object of the measure verb, the modifier a compound of it, and the phrases after it the measure
  verb's ("on ten officials": whom the measure falls on).
* A gerund phrase of a verb of charging, blaming or thanking (``deed_verbs``) hung on the last of its conjoined objects
  ("accused Malian soldiers and their allies of killing herders") is the verb's: its object did the deed.
* A person named right after an active "called" with a subject and no object, read as a predicate
  ("Macron called Zelensky on Monday": ``oprd``, as in "called X a liar"), is its object: a person called is
  a telephone call; so is any name there before the infinitive of the call's purpose ("called Scholz to
  discuss"); "called X a liar" keeps X as object, "called for", "called on X to" take no ``oprd``.
* A name right before a finite verb with no subject, hung as a conjunct of the first verb's object or of an
  object of its phrases ("Pakistan closed the border and Afghanistan protested", "X sent tanks to Ukraine and
  Hungary protested", "closed its border with Gaza and Qatar criticised ..."), is that verb's subject, and the
  verb a conjunct of the first (not a clause under it).
* So is such a name conjoined with the object of a phrase on the first verb's object where the parser took that
  object for the second verb's subject and linked the verbs as clause and complement ("China imposed sanctions on
  Lithuania and the EU protested" read as "[China imposed] sanctions on Lithuania and the EU protested"): a verb
  with a subject and no object of its own, not one that takes a bare clause (``thought_verbs``,
  ``trailing_reporters``: "officials believe sanctions on X and Y worked"), has the phrase right after it as object;
  so does such a verb whose clause, object included, is read as the complement of a second verb left with no
  subject ("Russia expelled the diplomats from Estonia and Tallinn retaliated"), or hung as the modifier of its own
  object, the names before it as that object's ("launched strikes against Ukraine and Poland scrambled jets").
* A phrase naming a place right after the object of a verb that widens or sharpens an act (``scaling_verbs``:
  "Israel expanded its ground operation in Gaza", "widened its offensive into Kharkiv"), hung on the verb, is the
  act's: the noun's own place, where an act noun finds its target (a time phrase stays the verb's).
* A name right after a verb with a subject and no object, hung as a modifier of the next clause's subject with that
  subject's demonym as its conjunct ("X troops shelled Kotli and Pakistani soldiers returned fire"), is the verb's
  object, the demonym the next subject's, and the two clauses conjoined.
* A free relative object of a verb that strikes or takes a place (``place_verbs``) whose clause names what it
  stands for ("Israel struck what it called Hezbollah positions in Lebanon", "bombed what X described as militant
  camps in Y": ``naming_verbs``), read as "what" the object and
  the naming a complement of the verb, stands for the named noun: that noun is the object, the naming clause
  its relative clause (with the phrases after the noun), so the verb's target is found in it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.nlp.grammar import grammar

_PLACE_PREPS = frozenset({"in", "into", "inside", "across", "throughout"})
_CLAUSE_DEPS = ("csubj", "ccomp", "advcl", "xcomp", "conj")
_OWN_ARGS = ("aux", "auxpass", "dobj", "nsubjpass", "mark", "neg")


def repair_objects(doc: Doc) -> None:
    """Mend these slips (in place)."""
    for tok in doc:
        if tok.tag_ == "VBZ" and tok.i >= 2:
            _plural_measure(doc, tok)
        elif tok.dep_ == "oprd" and tok.head.lemma_.lower() == "call" and (
                tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and _purpose_after(tok))):
            _called_person(tok)
        elif tok.dep_ == "prep" and tok.head.dep_ == "conj" and tok.lower_ in grammar().object_gerund_preps:
            _deed_on_conjunct(doc, tok)
        elif tok.dep_ == "prep" and tok.lower_ in _PLACE_PREPS and tok.head.lemma_.lower() in grammar().scaling_verbs:
            _scaled_act_place(doc, tok)
        elif tok.dep_ == "dobj" and tok.lower_ == "what" and tok.head.dep_ == "ccomp" and tok.head.i > tok.i:
            _named_object(tok)
        elif tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.head.tag_ in ("VBD", "VBZ", "VBP") and tok.i > 0:
            _name_before_subject(doc, tok)
            _clause_after_object(doc, tok)
        if tok.dep_ == "ROOT" and tok.tag_ in ("VBD", "VBZ", "VBP"):
            _subjectless_root(doc, tok)
        elif tok.dep_ == "amod" and tok.tag_ == "VBD" and tok.head.i > tok.i and tok.head.dep_ == "pobj":
            _verb_as_modifier(doc, tok)


def _scaled_act_place(doc: Doc, prep) -> None:
    verb = prep.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or place is None or obj.pos_ != "NOUN" or obj.right_edge.i != prep.i - 1 or verb.i > obj.i \
            or any(c.dep_ == "prep" for c in obj.children) \
            or not (place.ent_type_ in ("GPE", "LOC", "FAC") or (place.pos_ == "PROPN" and place.ent_type_ == "")):
        return
    prep.head = obj


def _named_object(what) -> None:
    naming = what.head
    verb = naming.head
    if verb.pos_ != "VERB" or verb.i > what.i or naming.lemma_.lower() not in grammar().naming_verbs \
            or verb.lemma_.lower() not in grammar().place_verbs \
            or any(c.dep_ == "dobj" for c in verb.children) \
            or not any(c.dep_ == "nsubj" and what.i < c.i < naming.i for c in naming.children):
        return
    named = next((c for c in naming.children if c.dep_ == "oprd" or (c.dep_ == "dobj" and c.i > naming.i)), None) \
        if naming.lemma_.lower() == "call" else \
        next((p for c in naming.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"),
             None)
    if named is None or named.pos_ not in ("NOUN", "PROPN") or named.i < naming.i:
        return
    named.head, named.dep_ = verb, "dobj"
    for c in [c for c in naming.children if c.i > named.i and c.dep_ in ("prep", "advmod", "npadvmod")]:
        place = c.lower_ in grammar().place_preps and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        c.head = named if place else verb  # ("what it called PKK targets in northern Iraq" on Monday; the named
        # noun parsed the oprd or a second object of "call")
    naming.head, naming.dep_ = named, "relcl"


def _clause_after_object(doc: Doc, subj) -> None:
    """ "China imposed sanctions on Lithuania and the EU protested": see the module's notes."""
    verb, first = subj.head, doc[subj.left_edge.i - 1]
    if not (first.pos_ == "VERB" and first.i < subj.i < verb.i and first.tag_ in ("VBD", "VBZ", "VBP", "VBN")) \
            or not ((verb.dep_ == "ccomp" and verb.head.i == first.i) or (first.dep_ == "ccomp" and first.head.i == verb.i)):
        return
    if any(c.dep_ == "dobj" for c in first.children):
        return
    _rejoin(doc, first, verb, subj)


def _name_before_subject(doc: Doc, subj) -> None:
    """ "Indian troops shelled Kotli and Pakistani soldiers returned fire" read as "shelled [Kotli and Pakistani]
    soldiers": a name right after a verb with a subject and no object, hung as a modifier of the next clause's subject
    with that subject's demonym as its conjunct, is the verb's object, the demonym the subject's, the clauses joined."""
    verb = subj.head
    name = next((c for c in subj.children if c.dep_ in ("nmod", "compound") and c.i < subj.i), None)
    if name is None or name.i == 0 or not (name.pos_ == "PROPN" or name.ent_type_ in _NAMES):
        return
    first, cc = doc[name.left_edge.i - 1], next((c for c in name.children if c.dep_ == "cc"), None)
    demonym = next((c for c in name.children if c.dep_ == "conj" and c.right_edge.i == subj.i - 1), None)
    if cc is None or demonym is None or first.pos_ != "VERB" or verb.head.i != first.i \
            or verb.dep_ not in ("conj", "ccomp") or not any(c.dep_ == "nsubj" for c in first.children) \
            or any(c.dep_ in ("dobj", "auxpass") for c in first.children) \
            or not (demonym.ent_type_ == "NORP" or demonym.pos_ in ("ADJ", "PROPN")):
        return
    name.head, name.dep_ = first, "dobj"
    demonym.head, demonym.dep_ = subj, "amod"
    cc.head = first
    verb.dep_ = "conj"


def _subjectless_root(doc: Doc, verb) -> None:
    """ "Russia expelled the diplomats from Estonia and Tallinn retaliated" read as "[Russia expelled ... Estonia]
    and Tallinn retaliated" with the first clause a complement of a root that has no subject."""
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i == verb.i - 1), None)
    if first is None or first.pos_ != "VERB" or any("subj" in c.dep_ or c.dep_ == "expl" for c in verb.children):
        return
    obj = next((c for c in first.children if c.dep_ == "dobj"), None)
    if obj is not None:
        _rejoin(doc, first, verb, obj)


def _verb_as_modifier(doc: Doc, verb) -> None:
    """ "Russia launched strikes against Ukraine and Poland scrambled jets" read as "against [Ukraine and Poland]
    scrambled jets": a past-tense verb (tagged so, not a participle) hung as the modifier of the noun after it, the
    names before it as that noun's modifiers; the first name is the phrase's object, the second the verb's subject."""
    noun, name = verb.head, doc[verb.i - 1]
    first_name, prep = name.head, noun.head
    if name.dep_ != "conj" or first_name.dep_ not in ("nmod", "compound") or first_name.head.i != noun.i \
            or not (name.pos_ == "PROPN" or name.ent_type_ in _NAMES) or name.right_edge.i != verb.i - 1 \
            or first_name.left_edge.i != prep.i + 1 or any(c.i != verb.i and c.i < noun.i and c.i > first_name.i
                                                            and c.dep_ not in ("nmod", "compound") for c in noun.children):
        return
    first = next((t for t in prep.ancestors if t.pos_ == "VERB"), None)
    if first is None or any(c.dep_ == "auxpass" for c in first.children):
        return
    first_name.head, first_name.dep_ = prep, "pobj"
    _move_coordinators(first_name, name, first)
    verb.head, verb.dep_, verb.pos_ = first, "conj", "VERB"
    noun.head, noun.dep_ = verb, "dobj"
    name.head, name.dep_ = verb, "nsubj"


def _rejoin(doc: Doc, first, verb, obj) -> None:
    """Make ``verb`` a conjunct of ``first`` with the name that closes ``obj``'s phrase as its subject."""
    g = grammar()
    if first.lemma_.lower() in g.thought_verbs | g.trailing_reporters \
            or not any(c.dep_ == "nsubj" for c in first.children) \
            or any(c.dep_ in ("mark", "nsubjpass", "auxpass") for c in (*first.children, *verb.children)):
        return
    name = _closing_name(doc, verb)
    head = name.head
    if name.dep_ != "conj" or name.right_edge.i != verb.i - 1 or head.dep_ != "pobj" or obj not in head.ancestors \
            or not (name.pos_ == "PROPN" or name.ent_type_ in _NAMES):
        return
    if first.head.i == verb.i:  # "[China imposed] ... protested": the first verb takes the second's place
        first.head, first.dep_ = (first, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
    _move_coordinators(head, name, first)
    verb.head, verb.dep_ = first, "conj"
    obj.head, obj.dep_ = first, "dobj"
    name.head, name.dep_ = verb, "nsubj"


def _deed_on_conjunct(doc: Doc, prep) -> None:
    """ "accused Malian soldiers and their allies of killing herders": the phrase telling the objects' deed hung on the
    last of them is the verb's (``deed_verbs``), whose object does the deed -- not the last conjunct's possessor."""
    if prep.i + 1 >= len(doc) or doc[prep.i + 1].tag_ != "VBG" or doc[prep.i + 1].head.i != prep.i:
        return
    first = prep.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verb = first.head
    if first.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in grammar().deed_verbs \
            and not any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in verb.children):
        prep.head = verb


def _plural_measure(doc: Doc, word) -> None:
    mod = doc[word.i - 1]
    if mod.tag_ != "NN" or not word.lower_.endswith("s") or any(c.dep_ in _OWN_ARGS for c in word.children):
        return
    if any(c.dep_ == "nsubj" and c.i != mod.i for c in word.children):
        return
    if word.dep_ == "ROOT" and mod.dep_ == "nsubj" and mod.head.i == word.i and doc[mod.i - 1].dep_ == "amod":
        _adjective_measure(doc, word, mod, doc[mod.i - 1])
        return
    if word.dep_ == "ROOT":  # "The EU imposed asset freezes on X": the measure verb as the clausal subject
        verb = next((c for c in word.children if c.dep_ == "csubj" and c.i < mod.i), None)
    elif word.dep_ in _CLAUSE_DEPS and word.head.i < mod.i:  # "imposed fresh asset freezes on X", "announced ..."
        verb = word.head
    else:
        return
    if verb is None or verb.lemma_.lower() not in grammar().measure_verbs or verb.pos_ != "VERB":
        return
    if not (mod.head.i == verb.i and mod.dep_ == "dobj") and not (mod.head.i == word.i and mod.dep_ == "nsubj"):
        return
    if any(c.dep_ == "dobj" and c.i != mod.i for c in verb.children) or \
            any(not (t.head.i in (mod.i, word.i) and t.dep_ in ("det", "amod", "compound", "nummod", "nmod"))
                for t in doc[verb.i + 1:mod.i]):
        return  # (only the object's own modifiers between the verb and the modifier)
    if word.dep_ == "ROOT":
        for c in [c for c in word.children if c.i > word.i or c.dep_ == "punct"]:
            c.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        for c in [c for c in word.children if c.i > word.i]:
            c.head = verb
    for t in doc[verb.i + 1:mod.i]:
        if t.head.i == verb.i or t.head.i == mod.i:
            t.head = word
    word.head, word.dep_, word.pos_, word.tag_ = verb, "dobj", "NOUN", "NNS"
    mod.head, mod.dep_ = word, "compound"


def _adjective_measure(doc: Doc, word, mod, verb) -> None:
    """ "The EU extended asset freezes on X" read as "[the EU extended asset] freezes": the measure verb hung as an
    adjective of the modifier, the name before it as the modifier's own: the verb is the root, the name its subject."""
    subj = next((c for c in mod.children if c.dep_ in ("nmod", "compound", "poss") and c.i < verb.i), None)
    if verb.head.i != mod.i or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in grammar().measure_verbs \
            or subj is None or any(c.dep_ in _CLAUSE_DEPS for c in word.children):
        return
    for t in doc[mod.left_edge.i:subj.i]:
        if t.head.i == mod.i and t.dep_ == "det":
            t.head = subj  # ("The EU")
    for c in [c for c in word.children if c.i > word.i or c.dep_ == "punct"]:
        c.head = verb
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    subj.head, subj.dep_ = verb, "nsubj"
    word.head, word.dep_, word.pos_, word.tag_ = verb, "dobj", "NOUN", "NNS"
    mod.head, mod.dep_ = word, "compound"


def _called_person(name) -> None:
    verb = name.head
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass") or (c.tag_ in ("WP", "WDT")) for c in verb.children) \
            or verb.dep_ in ("acl", "relcl") or name.i < verb.i:
        return
    name.dep_ = "dobj"
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        verb.tag_ = "VBD"


def _purpose_after(name) -> bool:
    """A name right after "called" (whatever the tagger labels it) followed by the infinitive of the call's purpose,
    hung on the verb ("Macron called Scholz on Tuesday to discuss the crisis"): the one called, no predicate."""
    return any(c.dep_ in ("advcl", "xcomp") and c.i > name.i and c.tag_ == "VB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in name.head.children)


def conjoined_subject(doc: Doc, verb) -> None:
    """Mend the last slip listed above for ``verb``, a finite conjunct or adverbial clause with no subject."""
    name = _closing_name(doc, verb)
    first, head = name.head, verb.head
    if name.dep_ != "conj" or name.pos_ not in ("PROPN", "NOUN") or name.right_edge.i != verb.i - 1 \
            or first.dep_ not in ("dobj", "pobj") or not head.i < first.i or head not in first.ancestors \
            or any(t.pos_ in ("VERB", "AUX") and t.i != head.i for t in first.ancestors if t.i > head.i) \
            or head.tag_ == "VBG" or first.head.lower_ in ("between", "among", "amongst"):
        return  # (the first verb's own object, not one of a clause under it; "fighting between X and Y raged")
    if name.pos_ == "NOUN" and name.ent_type_ not in _NAMES:
        return
    _move_coordinators(first, name, head)
    name.head, name.dep_ = verb, "nsubj"
    verb.dep_ = "conj"


def _closing_name(doc: Doc, verb):
    """The conjunct that closes the phrase right before ``verb`` (walking up from the word before it)."""
    name = doc[verb.i - 1]
    while name.head.i != name.i and name.head.i < verb.i and name.dep_ != "conj":
        name = name.head
    return name


def _move_coordinators(first, name, to) -> None:
    """The "and" (and commas) between conjuncts ``first`` and ``name`` join the clauses instead: hung on ``to``."""
    for c in [c for c in first.children if c.dep_ in ("cc", "punct") and first.i < c.i < name.i]:
        c.head = to


_NAMES = frozenset({"GPE", "ORG", "NORP"})
