"""When an act is told relative to the time of writing: the tense and aspect of its predicate.

The dating stage needs one thing from the grammar of a clause: whether the act it tells lies in the
past of the narrative (``past``), before a past reference time (``pluperfect``: "had met"), in the
present of the report (``perfect``: "has expelled"; ``progressive``: "are exchanging fire";
``present``: "accuses"), ahead (``future``), or nowhere in particular (``habitual``: "regularly
harass").  Read from the Penn tags and auxiliaries of the predicate the event's trigger belongs to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.nlp.tokens import children

# adverbs of frequency: the clause tells a habit, not an act at one time
HABITUAL = frozenset("often frequently regularly routinely usually always repeatedly sometimes generally long "
                     "typically constantly periodically customarily traditionally habitually".split())
_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
_PAST_TAGS = frozenset({"VBD"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def predicate(doc: Doc, i: int) -> Token:
    """The verb that carries tense for the trigger at token ``i``: the trigger itself when it is a verb,
    else the verb it hangs from ("held talks", "killed in a clash"); an infinitive or participle
    without auxiliaries of its own takes the tense of the verb it depends on ("urged them to stand down",
    "..., killing one soldier")."""
    memo = doc.user_data.get(MEMO)
    if memo is not None:
        found = memo.get(i)
        if found is None:
            found = memo[i] = _predicate(doc, i)
        return found
    return _predicate(doc, i)


MEMO = "dg_dates_predicates"  # set for the time of dating a document (discourse.date_document)


def _predicate(doc: Doc, i: int) -> Token:
    tok = doc[i]
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    tok = _ranked_infinitive(tok)
    for _ in range(3):
        if tok.tag_ not in ("VB", "VBG", "VBN") or _auxes(doc, tok) or tok.head.i == tok.i:
            return tok
        if tok.tag_ == "VBN" and tok.dep_ != "conj" or tok.dep_ not in _DEPENDENT:
            return tok  # a participle clause of its own ("the plane, diverted to Minsk, ...")
        tok = tok.head
        if tok.pos_ == "ADP" and tok.head.i != tok.i:
            tok = tok.head  # "responded by expelling ...": the verb the preposition hangs from
    return tok


_DEPENDENT = frozenset({"xcomp", "advcl", "conj", "pcomp", "ccomp"})
# "was the first to call for ...", "has become the only country to recognise ...": the infinitive tells
# the act the copula dates
RANKS = frozenset("first second third last only latest".split())


def _ranked_infinitive(tok: Token) -> Token:
    """The copula of "X was the first to <verb>" for the infinitive ``tok``, else ``tok``."""
    if tok.tag_ != "VB" or tok.dep_ not in ("relcl", "acl"):
        return tok
    head = tok.head
    ranked = head.lower_ in RANKS or any(c.dep_ == "amod" and c.lower_ in RANKS for c in head.children)
    if ranked and head.dep_ in ("attr", "acomp", "oprd") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return tok


def _auxes(doc: Doc, tok: Token) -> list[Token]:
    return [c for c in children(doc)[tok.i] if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]


def orientation(doc: Doc, i: int, modality: str = "asserted") -> str:
    """``past``, ``pluperfect``, ``perfect``, ``progressive``, ``present``, ``future``, ``habitual``
    or ``modal`` for the event whose trigger is token ``i``."""
    if modality in ("future", "threatened"):
        return "future"
    verb = predicate(doc, i)
    kids = children(doc)[verb.i]
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in kids):
        return "habitual"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "use" and verb.head.tag_ == "VBD":
        return "habitual"  # "X used to be accused of ..."
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
    for a in auxes:
        if a.tag_ == "MD":
            return "future" if a.lower_ in _FUTURE_MODALS else "modal"
    have = [a for a in auxes if a.lemma_ == "have"]
    if have:
        return "pluperfect" if have[0].tag_ == "VBD" else "perfect"
    if any(a.tag_ in _PAST_TAGS for a in auxes) or verb.tag_ in _PAST_TAGS:
        return "past"  # "was killed", "were exchanging", "did not say", "met"
    if verb.tag_ == "VBG" and any(a.tag_ in _PRESENT_TAGS for a in auxes):
        return "progressive"
    if verb.tag_ in _PRESENT_TAGS or any(a.tag_ in _PRESENT_TAGS for a in auxes):
        return "present"
    if verb.tag_ == "VBN":
        return "past"  # a participle clause or reduced relative: "the plane, diverted to Minsk"
    if verb.dep_ == "acomp" and any(c.dep_ == "xcomp" for c in kids) and verb.head.tag_ in _PRESENT_TAGS:
        return "future"  # "is due to visit Abuja on Monday", "is likely to meet on Friday": ahead of the telling
    return "none"


def background(doc: Doc, i: int) -> bool:
    """Whether the event at token ``i`` is told in a non-restrictive relative clause with a finite verb
    ("India, which bought S-400s from Russia, signed ..."): background with a time of its own, which
    neither the main clause's date nor the narrative's reaches."""
    verb = predicate(doc, i)
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") and not _auxes(doc, verb):
        return False
    head = verb.head
    if told_there(doc, verb):
        return False
    return head.pos_ == "PROPN" or any(t.text == "," for t in doc[head.i + 1:verb.i])


def told_there(doc: Doc, verb: Token) -> bool:
    """Whether a past relative clause opened by "where" tells what happened at the place a past clause
    went to or reached ("flew to Belgrade the next day, where Vucic welcomed him"): there, and then."""
    head = verb.head
    return verb.dep_ == "relcl" and verb.tag_ == "VBD" and head.dep_ in ("pobj", "dobj") \
        and (head.head if head.dep_ == "dobj" else head.head.head).tag_ == "VBD" \
        and any(c.lower_ == "where" and c.dep_ == "advmod" for c in children(doc)[verb.i])


def purpose(doc: Doc, i: int) -> bool:
    """Whether the trigger at token ``i`` is the verb of a purpose clause ("deployed troops to assist
    ..."): an aim, told with no time of its own."""
    tok = doc[i]
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.tag_ == "TO" for c in children(doc)[i])


def main_clause(tok: Token) -> bool:
    """Whether a predicate belongs to the sentence's main line: the root, a conjunct of it, or the
    content of its reporting verb ("officials said the army crossed ...")."""
    for _ in range(4):
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return True
        if tok.dep_ not in ("conj", "ccomp"):
            return False
        tok = tok.head
    return False


def statement(doc: Doc, i: int) -> Token | None:
    """The verb whose complement tells the act at token ``i`` ("said it will deliver", "pledged to
    send"): the statement an intent is dated by; None for an act told on its own."""
    verb = predicate(doc, i)
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
        return verb.head
    return None


_CONDITIONS = frozenset({"if", "unless", "provided", "providing"})


def future_in_past(doc: Doc, i: int) -> bool:
    """Whether the act at token ``i`` is told as the future of a past report ("Brazil said it would send
    troops in January"): "would" in the content of a past verb, with no condition ("if ...")."""
    verb = predicate(doc, i)
    if not any(a.lower_ in ("would", "'d") for a in _auxes(doc, verb)):
        return False
    if verb.dep_ != "ccomp" or verb.head.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
                   for c in children(doc)[verb.i])
