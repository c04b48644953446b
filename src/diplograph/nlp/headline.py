"""Repairs of the parse of headlines and headline-like lines (present tense, no article, names listed with
commas, predicates coordinated with a comma), made on the ``Doc`` with the other repairs
(:mod:`diplograph.nlp.repair`) before any stage reads it.

* Predicates that share one subject, coordinated with a comma and no "and" ("Chad recalls envoy, demands
  probe"; "X expelled a diplomat, shut a border post and ..."), are often read as a clause reported by the
  second verb (the first hung as its ``ccomp``) or as a loose ``dep``: where the later verb has the same
  finite tag, no subject of its own and follows the comma that closes the first clause, it is a conjunct of
  the first verb, and so shares its subject.
* Names listed with a comma before their verb ("Japan, Philippines sign pact") leave the first name a loose
  modifier of the verb (``npadvmod``, ``dep``, ``nmod``) or of the second name, or a second subject: it is
  the subject, the name after the comma its conjunct, as with "and"; so is a bare name read as an apposition
  of the first ("Armenia, Turkey agree ...", not "Kenya, Somalia's neighbour, ...").
* A named subject before a finite verb, or a headline's bare infinitive, that has none ("Greece and Turkey
  sign accord", with "Greece" an ``nmod`` of the verb; "US to impose sanctions", "US" a ``dep``) is that
  verb's subject.
* In a line with no verb, a list of names followed by a verb whose bare form is also a noun, then one of the
  objects that verb takes in a headline (``headline_verbs``: "Serbia, Kosovo trade accusations", "India and
  Pakistan exchange fire") is read as one noun phrase, the verb a modifier of its object: the word is the
  verb, the names its subjects, the noun its object.
* A headline's infinitive of an announced act ("Turkey to buy jets from US", "Mali junta to expel envoy") is
  often read as a relative clause on the name (or on a noun a name modifies: "EU ministers to meet X"), the
  name the root: the verb is the root, the name its subject (the clause mood reads the bare "to" as
  announced).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from diplograph.nlp.grammar import grammar

_FINITE = frozenset({"VBZ", "VBD", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_LOOSE = frozenset({"npadvmod", "dep", "nmod", "nsubj"})
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})  # entity labels of a name that can act


def repair_headlines(doc: Doc) -> None:
    """Repair ``doc``'s headline-like clauses in place."""
    for sent in doc.sents:
        if doc[sent.end - 1].text not in (".", "?", "!"):  # (a headline has no full stop)
            _verb_read_as_noun(doc, sent)
    toks = list(doc)  # (one set of token views for the passes below; they see each other's repairs)
    for tok in toks:
        if tok.dep_ == "ROOT" and tok.pos_ in ("PROPN", "NOUN"):
            _infinitive_headline(tok)
    for tok in toks:
        if tok.pos_ in ("VERB", "AUX") and (tok.tag_ in _FINITE or tok.dep_ == "ROOT" and _bare_to(tok)):
            _listed_subject(doc, tok) or _stray_subject(doc, tok)
    for tok in toks:
        if tok.dep_ in ("ccomp", "dep") and tok.tag_ in _FINITE:
            _comma_predicate(doc, tok)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _named(tok: Token) -> bool:
    """A name that can act (one the tagger gave no entity label included: "Chad to recall envoy")."""
    return tok.pos_ == "PROPN" and (tok.ent_type_ in _NAMED or not tok.ent_type_)


def _comma_predicate(doc: Doc, tok: Token) -> None:
    if tok.dep_ == "ccomp":  # "Chad recalls envoy, demands probe": the first clause hung under the second
        first, second = tok, tok.head
        if second.i <= first.i or second.dep_ != "ROOT":
            return
    else:  # "X expelled a diplomat on Monday, shut a border post": the second a loose dependent of the first
        first, second = tok.head, tok
        if second.i <= first.i:
            return
    if second.tag_ != first.tag_ or second.pos_ != "VERB" or first.pos_ != "VERB" \
            or not _has_subject(first) or _has_subject(second):
        return
    comma = doc[second.i - 1]
    own = {t.i for t in first.subtree} - ({t.i for t in second.subtree} if second.head.i == first.i else set())
    if comma.text != "," or comma.head.i not in (first.i, second.i) \
            or any(k not in own for k in range(first.i + 1, comma.i)):
        return  # (the comma closes the first clause)
    if tok.dep_ == "ccomp":
        for c in [c for c in second.children if c.i < first.i]:
            c.head = first  # (nothing of the second clause comes before the first)
        first.head, first.dep_ = first, "ROOT"
    second.head, second.dep_ = first, "conj"
    comma.head = first


def _listed_subject(doc: Doc, verb: Token) -> bool:
    subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    if subj is None or not _named(subj):
        return False
    for name in subj.rights:  # "Armenia, Turkey agree": the second name read as an apposition of the first
        if name.dep_ == "appos" and name.right_edge.i == verb.i - 1 and doc[name.left_edge.i - 1].text == "," \
                and all(_named(t) for t in name.subtree) and subj.left_edge.i == subj.sent.start:
            name.dep_ = "conj"
            return True
    start = max([subj.left_edge.i] + [c.i + 1 for c in subj.lefts if c.text == ","])  # (the first name hung on it)
    if start < 2:
        return False
    comma = doc[start - 1]
    first = doc[comma.i - 1]
    while first.head.i != first.i and first.head.i < comma.i:
        first = first.head  # the head of the name before the comma
    if comma.text != "," or first.head.i not in (verb.i, subj.i) or first.dep_ not in _LOOSE | {"compound"} \
            or not _named(first) or first.left_edge.i != first.sent.start:
        return False  # ("Armenia, Azerbaijan agree": the first name also hung on the second)
    first.head, first.dep_ = verb, "nsubj"
    subj.head, subj.dep_ = first, "conj"
    comma.head = first
    return True


def _bare_to(verb: Token) -> Token | None:
    """The "to" right before an infinitive ("US to impose sanctions")."""
    to = verb.doc[verb.i - 1] if verb.i > 0 else None
    return to if verb.tag_ == "VB" and to is not None and to.lower_ == "to" and to.head.i == verb.i else None


def _stray_subject(doc: Doc, verb: Token) -> bool:
    if _has_subject(verb) or verb.i < 1:
        return False
    to = _bare_to(verb)
    first = doc[(to or verb).i - 1]
    while first.head.i != first.i and first.head.i < verb.i:
        first = first.head
    if first.head.i != verb.i or first.dep_ not in _LOOSE or not _named(first) \
            or first.left_edge.i != first.sent.start:
        return False
    first.dep_ = "nsubj"
    return True


def _infinitive_headline(noun: Token) -> None:
    verb = next((c for c in noun.rights if c.dep_ in ("relcl", "acl", "advcl") and c.tag_ == "VB"), None)
    if verb is None or noun.i + 2 > verb.i or noun.doc[noun.i + 1].lower_ != "to" \
            or noun.doc[noun.i + 1].head.i != verb.i or _has_subject(verb):
        return
    if not (_named(noun) or any(_named(c) or c.ent_type_ in _NAMED for c in noun.lefts
                                if c.dep_ in ("compound", "amod", "poss", "nmod"))):
        return
    later = [c for c in noun.rights if c.i > verb.i]  # (the closing punctuation)
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    for c in later:
        c.head = verb


def _verb_read_as_noun(doc: Doc, sent) -> None:
    if any(t.pos_ in ("VERB", "AUX") for t in sent) or doc[sent.end - 1].text in (".", "?", "!"):
        return
    k, heads, links, parts = sent.start, [], [], []
    while k < sent.end and (_named(doc[k]) or heads and doc[k].text == "," or heads and doc[k].lower_ == "and"):
        if _named(doc[k]):
            if k > sent.start and _named(doc[k - 1]):
                parts.append(heads.pop())  # (a name of several words: "South Sudan")
            heads.append(doc[k])
        else:
            links.append(doc[k])
        k += 1
    if k >= sent.end or len(heads) < 2 or not links or links[-1].i == k - 1:
        return
    verb, obj = doc[k], doc[k].head
    if verb.tag_ != "NN" or obj.i <= verb.i or obj.pos_ != "NOUN" \
            or obj.lemma_.lower() not in _headline_objects().get(verb.lower_, ()) \
            or any(not obj.is_ancestor(doc[j]) for j in range(verb.i + 1, obj.i)):
        return
    rebuilt = {t.i for t in doc[sent.start:k + 1]}
    stray = [t for t in sent if t.i > k and t.head.i in rebuilt and t.i != obj.i]
    verb.head, verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = verb, "ROOT", "VERB", "VBP", verb.lower_
    obj.head, obj.dep_ = verb, "dobj"
    first = heads[0]
    first.head, first.dep_ = verb, "nsubj"
    for name in heads[1:]:
        name.head, name.dep_ = first, "conj"
    for link in links:
        link.head, link.dep_ = first, "punct" if link.text == "," else "cc"
    for t in stray:
        t.head = verb
    for part in parts:  # (last: the name's head is already under the verb)
        part.head, part.dep_ = doc[part.i + 1], "compound"


@lru_cache(maxsize=1)
def _headline_objects() -> dict[str, frozenset[str]]:
    """``headline_verbs``: each verb with the objects it takes in a headline."""
    return {words[0]: frozenset(words[1:]) for words in map(str.split, grammar().headline_verbs)}
