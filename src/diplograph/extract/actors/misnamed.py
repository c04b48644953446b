"""Names the tagger labels as people that name no person.

The small tagger calls many capitalised words a ``PERSON``: a plural common noun opening a sentence
("Jets attacked Kharkiv"), a one-word name before a plural noun that describes a group ("the Sahel
juntas"), an organisation a government bans or designates ("Russia banned Memorial", "Moscow outlawed
Meduza"). What the grammar says of the word wins over the label: :mod:`.people` leaves such names
alone, and :mod:`.unnamed` reads the object of a verb done to organisations (``organisation_verbs``,
data/actor_words.yaml) as an organisation of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplograph.extract.actors.words import ORGANISATION_VERBS


def describes_plural(ent: Span) -> bool:
    """ "the Sahel juntas": one unknown name before a plural noun "the" opens describes a group, no person."""
    tok = ent[0]
    head = tok.head
    return len(ent) == 1 and tok.dep_ in ("compound", "nmod") and head.i == tok.i + 1 and head.tag_ == "NNS" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def common_plural(ent: Span) -> bool:
    """ "Jets attacked Kharkiv", "Drones struck ...": a one-word name opening its sentence that the tagger
    itself reads as a plural common noun is the noun, capitalised for its place."""
    tok = ent[0]
    return len(ent) == 1 and tok.tag_ == "NNS" and tok.is_sent_start


def organisation_object(tok: Token) -> bool:
    """ "Russia banned Memorial", "Memorial was outlawed": the one-word name is the object of a verb done to
    organisations (the first of a list: "banned Memorial and Viasna"); not one barred from doing something
    ("banned Smith from entering the country": a person's ban)."""
    while tok.dep_ == "conj":
        tok = tok.head
    verb = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in ORGANISATION_VERBS and not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def no_person(ent: Span) -> bool:
    """A ``PERSON`` (or other) label :mod:`.people` does not read as a person's name."""
    return describes_plural(ent) or common_plural(ent) or (len(ent) == 1 and organisation_object(ent[0]))
