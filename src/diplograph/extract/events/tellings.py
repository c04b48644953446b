"""How two words tell one act, read from the grammar of their clause and the layout of the text.

:mod:`.identity` asks these: whether two triggers of one clause tell one act (a result told by a
participle, a clause describing an event noun, an event noun that is a verb's subject, a thing sent by an
act that is a verb's subject ("rockets fired by X hit Y"), an act that
happened "in" or "during" another, what a speech verb says), which sentences are headings, whether a
mention leaves its doer unsaid, and what a speech act's content words are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.nlp.tokens import kids, tokens
from diplograph.records import Event

WITHIN = frozenset({"in", "during"})  # an act that happened within another: the other tells it


def clause_link(doc: Doc, i: int, j: int, casualties: bool = False) -> str | None:
    """How the trigger at token ``j`` tells the act of the trigger at token ``i`` in one clause, or None;
    ``casualties``: ``j``'s act is done to unnamed people (a violent act's victims)."""
    toks = tokens(doc)
    a, b = toks[i], toks[j]
    if casualties and b.dep_ == "conj" and b.head.i == a.i and b.pos_ == a.pos_ == "VERB" and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(b)):
        return f"{b.text!r} tells whom {a.text!r} hit"  # "ambushed a patrol and shot four soldiers dead"
    part = b
    while part.dep_ == "conj" and part.tag_ == "VBG" and part.head.i != part.i:
        part = part.head  # "..., injuring the crew and damaging the boat"
    if part.head.i == a.i and part.dep_ == "advcl" and part.tag_ == "VBG" and b.tag_ == "VBG" and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in (*kids(b), *kids(part))):
        return f"{b.text!r} tells what {a.text!r} did"  # "launched rockets, killing two"
    if b.head.i == a.i and b.dep_ in ("relcl", "acl") and a.pos_ in ("NOUN", "PROPN"):
        return f"{b.text!r} describes {a.text!r}"  # "accusations that blamed X"
    if a.head.i == b.i and a.dep_ == "nsubj" and a.pos_ == "NOUN":
        return f"{b.text!r} tells what {a.text!r} did"  # "the attack killed ten"
    if b.dep_ == "acl" and b.tag_ == "VBN" and b.head.dep_ == "nsubj" and b.head.head.i == a.i \
            and any(c.dep_ == "agent" for c in kids(b)):
        return f"{b.text!r} sent what {a.text!r} tells"  # "rockets fired by X hit Y": one attack
    if a.dep_ == "pobj" and a.head.lower_ in WITHIN and a.head.head.i == b.i:
        return f"{b.text!r} happened {a.head.lower_} {a.text!r}"  # "were killed in a clash with X", "destroyed during the war"
    said = _said_in(a, b)
    if said:
        return f"{b.text!r} is what {a.text!r} {said}"  # "assured that it had obtained guarantees"
    return None


def means_of(doc: Doc, i: int, j: int) -> bool:
    """The act noun at token ``i`` is what the verb at token ``j`` was done in ("killed a commander in an
    air strike", "were wounded during the raid"): one act, whose sides the verb names."""
    a = tokens(doc)[i]
    return a.pos_ == "NOUN" and a.dep_ == "pobj" and a.head.lower_ in WITHIN and a.head.head.i == j


def _said_in(verb: Token, tok: Token) -> str | None:
    """How ``tok`` stands in the clause ``verb`` says (its ``that``-clause, down through the
    objects and phrases of that clause's verb: "assured that it had obtained guarantees"), or None."""
    cur, steps = tok, 0
    while cur.head.i != cur.i and steps < 4:
        if cur.head.i == verb.i:
            return "says" if cur.dep_ == "ccomp" and cur.pos_ in ("VERB", "AUX") else None
        if cur.dep_ not in ("dobj", "pobj", "prep", "ccomp", "xcomp", "conj"):
            return None
        cur, steps = cur.head, steps + 1
    return None


def headings(sentences: list[tuple[int, str]], text: str) -> set[int]:
    """The sentences that head the text or a section (a headline, a standfirst, a crosshead): alone in
    their paragraph with no full stop, or the one-sentence paragraphs before the first paragraph of
    several sentences.  A heading sums up an act the text tells below, so it may name it first."""
    out: set[int] = set()
    body = False
    for k, (start, sent) in enumerate(sentences):
        end = start + len(sent)
        para_break_before = start == 0 or "\n" in text[max(0, start - 2):start]
        para_break_after = end >= len(text.rstrip()) or "\n" in sent[len(sent.rstrip()):] + text[end:end + 2]
        alone = para_break_before and para_break_after
        unfinished = not sent.rstrip().rstrip("\"'”’»)").endswith((".", "!", "?"))
        if alone and (unfinished or not body):
            out.add(k)
        elif not alone:
            body = True
    return out


def doer_unsaid(doc: Doc, ev: Event) -> bool:
    """The mention tells what happened to its patient and leaves the doer unsaid: a passive verb
    with no "by"-agent ("20 soldiers were killed", "troops who were injured")."""
    if ev.token < 0:
        return False
    tok = tokens(doc)[ev.token]
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ != "VBN":
        return False
    below = kids(tok)
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in below) and not any(c.dep_ == "agent" for c in below)


def content_nouns(doc: Doc, ev: Event) -> frozenset[str]:
    """The common nouns of what a speech act asks, alleges or threatens: those after its trigger in
    its phrase ("pressing for an immediate ceasefire", "urged X to agree a truce")."""
    if ev.token < 0:
        return frozenset()
    tok = tokens(doc)[ev.token]
    return frozenset(t.lemma_.lower() for t in tok.subtree if t.i > tok.i and t.pos_ == "NOUN")


def said_stance(doc: Doc, ev: Event) -> bool:
    """The mention is a stance read from what its actor says (its trigger a verb with a
    ``that``-clause: "maintains that Y's conduct has been good")."""
    if ev.token < 0:
        return False
    tok = tokens(doc)[ev.token]
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in kids(tok))


def side_written(doc: Doc, ev: Event, role: str) -> bool:
    """The clause of a verb trigger has a word for the side ``role`` ("source": a subject or
    a passive's "by"-agent; "target": a direct object), whether or not it names an actor."""
    if ev.token < 0:
        return False
    tok = tokens(doc)[ev.token]
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    deps = ("nsubj", "agent") if role == "source" else ("dobj", "nsubjpass")
    return any(c.dep_ in deps for c in kids(tok))


def by_verb(doc: Doc, ev: Event) -> bool:
    """The mention's trigger is a verb ("praised", "condemned"), not an event noun ("recognition")."""
    return ev.token >= 0 and tokens(doc)[ev.token].pos_ in ("VERB", "AUX")
