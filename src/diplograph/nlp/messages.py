"""Participles that tell what a message says: "Kenya sent a note to Uganda demanding an explanation",
"Peru wrote to Chile requesting the extradition of X". The participle is the sender's act, aimed at whom the
message goes to, although the addressee stands right before it where a participle's own doer usually does
("rebels fighting the government")."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids


def message_verb(participle: Token) -> Token | None:
    """ "Kenya sent a note to Uganda demanding ...", "Peru wrote to Chile requesting ...": the verb that
    sends the message a participle tells (its object one of ``authored_nouns``, or one of ``writing_verbs``),
    the participle hung on the verb or on the message."""
    head = participle.head
    if participle.tag_ != "VBG" or head.i == participle.i:
        return None
    if participle.dep_ == "acl" and head.dep_ == "dobj" and head.lemma_.lower() in grammar().authored_nouns:
        head = head.head
    elif participle.dep_ != "advcl" or not (head.lemma_.lower() in grammar().writing_verbs or any(
            o.lemma_.lower() in grammar().authored_nouns for o in (c for c in kids(head) if c.dep_ == "dobj"))):
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def addressed(noun: Token, verb: Token) -> bool:
    """The noun is whom the participle's message is sent to ("to" phrase), not the participle's doer
    ("sold drones to militias attacking X" keeps them)."""
    sender = message_verb(verb)
    return sender is not None and noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.i == sender.i
