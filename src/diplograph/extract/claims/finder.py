"""Claims: statements of fact about an attribute of two parties, an actor or a place.

A claim is ``(subject, attribute, value)`` with the sentence that states it and
its holder, the actor the sentence attributes it to ("according to X", "X said
that ...") or, when the sentence is not attributed, nobody (the document's
author/source holds it).  Kinds, each found by general cue-driven patterns over
the dependency parse (cue words in ``data/claims.yaml``):

- ``relations_began``: when two parties' relationship, contacts or talks began
  ("X's ties with Y date back to 2004", "the first contact between X and Y was
  established in 2011", "as early as 2012, X had been in contact with Y", "X has
  maintained contacts with Y since 2016").  Subject: the sorted pair of actor ids,
  a person counted as the state it acts for; "between the two" refers to the
  last pair named.
- ``count:<noun>`` (:mod:`diplograph.extract.claims.values`): "5,000 al-Shabaab fighters".
- ``amount:<verb>``: "the group earns $50-80 million per year".
- ``located_in``: "Pakistan's Herat province" -> ``Herat located_in PAK``; the
  gazetteer check happens when conflicts are queried.

Claims with the same subject and attribute but different values across documents
are conflicts (:func:`diplograph.analysis.queries.conflicts`).  Nothing here touches the
database, prints or exits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from diplograph.nlp import clauses as cl
from diplograph.extract.events.modality import negated, reporting_verb
from diplograph.nlp.tokens import sents, text_of
from diplograph.extract.prefilter import fold
from diplograph.records import ActorRef, Claim
from diplograph.extract.dates.timex import find_timexes
from diplograph.extract.claims.cues import Cues, load_cues, party_id
from diplograph.extract.claims.values import amount_claims, count_claims, location_claims

ONSET = "relations_began"
_DIGIT = re.compile(r"\d")
_WORD_RX: dict[frozenset[str], re.Pattern[str]] = {}
_DATE_CORE = re.compile(r"(?i)\b(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|early|mid|late)")


# ------------------------------------------------------------------ parties and holders

def _add(out: list[str], mentions) -> None:
    for m in mentions:
        pid = party_id(m.actor)
        if pid and pid not in out:
            out.append(pid)


def _parties(noun: Token, res, cues: Cues) -> tuple[list[str], bool]:
    """Actors related by a relation noun, and whether it points back to a pair ("between the two")."""
    out: list[str] = []
    anaphor = False
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i:
            m = res.at_token(c.i)
            if m is not None:
                _add(out, [m])
    for pobj in cl.prep_objects(noun, ("with", "between", "among", "to")):
        if pobj.lower_ in cues.pair_anaphors:
            anaphor = True
        _add(out, cl.actor_mentions(pobj, res))
        _add(out, cl.subtree_mentions(pobj, res))  # "between the Taliban and Russia's ministry", any parse
    if len(out) < 2 and not anaphor:
        verb = cl.clause_head(noun)
        if verb.i != noun.i and verb.pos_ in ("VERB", "AUX"):
            subj = cl.subject_of(verb)
            if subj is not None and subj.i != noun.i:
                _add(out, cl.actor_mentions(subj, res))
    return out, anaphor


def _speaker(verb: Token, res) -> ActorRef | None:
    subj = cl.subject_of(verb)
    if subj is None:
        return None
    found = cl.actor_mentions(subj, res) or cl.subtree_mentions(subj, res)
    return found[0].actor if found else None


def holder_of(tok: Token, sent: Span, sent_text: str, res, reporting: frozenset[str], cues: Cues
              ) -> ActorRef | None:
    """Who the sentence says holds the claim at ``tok``: a reporting speaker, "according to X", or None."""
    lemma = tok.lemma_.lower()
    own = tok.pos_ == "VERB" and lemma in reporting and lemma not in cues.since_verbs | cues.onset_verbs
    rv = tok if own else reporting_verb(tok, reporting)  # "X said Y's ties with Z date back to ..."
    if rv is not None:
        who = _speaker(rv, res)
        if who is not None:
            return who
    low = sent_text.lower()
    for phrase in cues.according:
        at = low.find(phrase)
        if at < 0:
            continue
        span = sent.doc.char_span(sent.start_char + at, sent.start_char + at + len(phrase), alignment_mode="expand")
        if span is None:
            continue
        for pobj in cl.children(span[-1], ("pobj",)):
            found = cl.actor_mentions(pobj, res)
            if found:
                return found[0].actor
    return None


# ------------------------------------------------------------------ onset claims

def _linked(noun: Token, verb: Token, date_tok: Token) -> bool:
    if cl.clause_head(noun).i == verb.i:
        return True
    if verb.dep_ in ("relcl", "acl") and noun in list(verb.ancestors)[:4]:
        return True  # "contacts between the pair that began in 2012"
    return noun in list(date_tok.ancestors)[:6]


def _onset_cue(prefix: str, verb: Token, noun: Token, cues: Cues) -> bool:
    if cues.date_prefix.search(prefix):
        return True
    if cues.since_prefix.search(prefix):
        # a continuing relationship ("has maintained contacts with Y since"), not a state of it
        # ("relations have been tense since"): the noun is the verb's object, not its subject
        return (verb.lemma_.lower() in cues.since_verbs and noun.dep_ in ("dobj", "pobj", "attr")
                and not any(c.dep_ in ("acomp", "oprd") for c in verb.children))
    if verb.lemma_.lower() in cues.onset_verbs:
        return True
    return any(c.lower_ in cues.first_modifiers for c in noun.children if c.dep_ in ("amod", "advmod"))


def _relation_nouns(sent: Span, cues: Cues) -> list[Token]:
    return [t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in cues.relation_nouns]


Memory = list  # of the last pair named (a tuple), then sentences not looked at since (Spans)


def _last_pair(memory: Memory, res, cues: Cues) -> tuple[str, str] | None:
    """The last pair of parties named so far, what "between the two" points back to.  A sentence
    without a date gives no claim, so its nouns' parties are only worked out when a later sentence
    asks for the pair: ``memory`` keeps such sentences after the last pair known."""
    while memory:
        last = memory[-1]
        if isinstance(last, tuple):
            return last
        for noun in reversed(_relation_nouns(last, cues)):
            found, _ = _parties(noun, res, cues)
            if len(found) == 2:
                memory[:] = [(found[0], found[1])]
                return memory[0]
        memory.pop()
    return None


def onset_claims(sent: Span, sent_text: str, res, cues: Cues, memory: Memory,
                 published: str | None) -> list[tuple[Claim, Token]]:
    """``relations_began`` claims of one sentence; ``memory`` holds the last pair named (updated)."""
    doc = sent.doc
    dates = [tx for tx in find_timexes(sent_text, published=published, offset=sent.start_char)
             if tx.kind == "date" and tx.anchor == "explicit" and tx.value and not tx.refers_back]
    if not dates:
        memory.append(sent)  # no claim here, but its nouns may name the pair a later sentence refers to
        return []
    pairs: dict[int, tuple[str, str]] = {}
    nouns = _relation_nouns(sent, cues)
    for noun in nouns:
        found, anaphor = _parties(noun, res, cues)
        if len(found) == 2:
            pairs[noun.i] = (found[0], found[1])
            memory[:] = [pairs[noun.i]]
        elif anaphor and not found:
            last = _last_pair(memory, res, cues)
            if last is not None:
                pairs[noun.i] = last
    if not pairs:
        return []
    out = []
    for tx in dates:
        core = _DATE_CORE.search(tx.text)
        start = tx.start + (core.start() if core else 0)
        span = doc.char_span(start, tx.end, alignment_mode="expand")
        if span is None:
            continue
        date_tok = span.root
        verb = cl.clause_head(date_tok)
        if negated(verb):
            continue
        linked = [n for n in nouns if n.i in pairs and _linked(n, verb, date_tok)]
        if not linked:
            continue
        noun = min(linked, key=lambda n: abs(n.i - date_tok.i))
        prefix = sent_text[:start - sent.start_char].lower()
        if not _onset_cue(prefix, verb, noun, cues):
            continue
        a, b = sorted(pairs[noun.i])
        lo = min(noun.left_edge.idx, tx.start)
        claim = Claim(subject=f"{a}|{b}", attribute=ONSET, value=tx.value, text=sent_text.strip(),
                      sentence=-1, start=lo, end=tx.end)
        out.append((claim, verb))
    return out


# ------------------------------------------------------------------ the stage

@lru_cache(maxsize=16)
def _stems(words: frozenset[str]) -> tuple[str, ...]:
    """The stems that find ``words`` singular or plural ("city" -> "cit", for "cities")."""
    return tuple(sorted({n[:-1] if n.endswith("y") else n for n in words}))


def _word_rx(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words``, singular or plural ("city", "cities"), as a quick sentence filter."""
    if words not in _WORD_RX:
        _WORD_RX[words] = re.compile(r"\b(?:" + "|".join(map(re.escape, _stems(words))) + ")", re.IGNORECASE)
    return _WORD_RX[words]


def _has_word(words: frozenset[str], stext: str, folded: str) -> bool:
    """Whether :func:`_word_rx` finds one of ``words`` in ``stext``.  ``folded`` is
    :func:`~diplograph.extract.prefilter.fold` of ``stext``: a sentence without any stem in it has
    none of the words (substring tests, far cheaper than the pattern's scan)."""
    stems = _stems(words)
    if "".join(stems).isascii() and not any(stem in folded for stem in stems):  # fold's promise: ASCII words
        return False
    return _word_rx(words).search(stext) is not None


def find_claims(doc: Doc, res, reporting: frozenset[str], sent_index: dict[int, int],
                published: str | None = None) -> list[Claim]:
    """Every claim of a parsed, actor-resolved document, in text order."""
    cues = load_cues()
    reporting = frozenset(reporting)
    claims: list[Claim] = []
    memory: Memory = []
    taken: set[tuple[int, str]] = set()
    text = text_of(doc)
    for sent in sents(doc):
        if "\n\n" in text[max(sent.start_char - 2, 0):sent.start_char + 1]:
            memory.clear()  # a new paragraph: "the two" cannot point back across it
        stext = text[sent.start_char:sent.end_char]
        folded = fold(stext)
        found = onset_claims(sent, stext, res, cues, memory, published) \
            if _has_word(cues.relation_nouns, stext, folded) else []
        if _DIGIT.search(stext):  # cheap string tests first: most sentences have no claim
            found += count_claims(sent, stext, res, cues) + amount_claims(sent, stext, res, cues)
        if _has_word(cues.place_nouns, stext, folded):
            found += location_claims(sent, stext, res, cues)
        for claim, anchor in found:
            if (claim.start, claim.attribute) in taken:
                continue  # one claim per place and attribute (the store keys claims so)
            taken.add((claim.start, claim.attribute))
            claim.sentence = sent_index[sent.start]
            claim.holder = holder_of(anchor, sent, stext, res, reporting, cues)
            claims.append(claim)
    claims.sort(key=lambda c: (c.start, c.attribute))
    return claims
