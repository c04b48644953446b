"""A phrase naming the parties of a noun, hung on the verb the noun is the subject of, mended with the other
repairs (:mod:`diplograph.nlp.repair`) before any stage reads the ``Doc``.

"Talks resumed in Brussels on Monday between Serbia and Kosovo", "Fighting broke out on Tuesday between Tajik and
Kyrgyz border guards", "A new round of talks took place in Geneva between X and Y", "Talks were held (hosted by Qatar)
between X and Y": the parser hangs the "between" phrase on the verb, where nothing reads it, for a verb of happening
or a passive says only that its subject happened. Such a phrase (``sharing_preps``) on a verb with no object (or one
that makes it a verb of happening, ``happening_objects``: "took place") whose subject, active or passive, is a common
noun without such a phrase of its own names the parties of that noun: it is moved to the noun (for a container noun,
``container_nouns``, to its "of" object: "a round of talks"). A subject that is a name, a pronoun or a person is left
alone ("X signed a deal between ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.nlp.grammar import grammar

_TIMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})  # entity labels of the model: a phrase of time or count


def repair_extraposed(doc: Doc) -> None:
    """Move such phrases to the subject noun (in place)."""
    g = grammar()
    for prep in doc:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ != "prep" or prep.lower_ not in g.sharing_preps or not objs \
                or any(o.ent_type_ in _TIMES or o.like_num for o in objs):
            continue  # ("fighting raged between 4 and 9 March": a span of time, no parties)
        head = prep.head
        if head.dep_ == "dobj" and head.lemma_.lower() in g.happening_objects:
            head = head.head  # ("took place in Geneva between X and Y": hung on "place")
        if head.pos_ == "VERB":
            _to_subject(prep, head, g)


def _to_subject(prep: Token, verb: Token, g) -> None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]  # ("talks were held/hosted ... between")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp")]
    if len(subjects) != 1 or any(c.lemma_.lower() not in g.happening_objects for c in objects):
        return
    noun = subjects[0]
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.i > prep.i:
        return
    if noun.lemma_.lower() in g.container_nouns:  # ("a new round of talks took place ... between X and Y": the talks')
        noun = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), noun)
    if any(c.dep_ == "prep" and c.lower_ in g.sharing_preps for c in noun.children):
        return
    prep.head = noun
