"""Act nouns coordinated in one phrase share the arguments the phrase gives them: "imposed a travel ban and
an asset freeze on four generals" (the light verb's subject imposes both, the trailing "on" phrase, which
the parser hangs on the last noun, names whom both fall on).

Only what the coordination itself gives is shared: a conjunct that names its own doer ("Russia's invasion
and the annexation ...") or has a recipient phrase of its own ("a ban on imports and sanctions on X") keeps
its sides, and nothing is shared backwards from a phrase on the first conjunct.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from diplograph.extract.events.candidate import Candidate
from diplograph.extract.events.nominal import _party_phrases, noun_candidate
from diplograph.extract.events.pairs import _others
from diplograph.nlp import clauses as cl
from diplograph.nlp.tokens import kids

_OWN = ("poss", "compound", "amod", "nmod")  # modifiers that may name an act noun's own doer
_DEFAULT_PREPS = ("with", "against", "to", "on", "for")


def shared_sides(tok: Token, cand: Candidate, res, coder) -> Candidate:
    """``cand`` (the candidate of the act noun ``tok``) with the sides its coordination shares."""
    if tok.pos_ != "NOUN" or (cand.sources and cand.targets) or cand.mutual:
        return cand
    first = tok
    while first.dep_ == "conj" and _act(first.head, res, coder):
        first = first.head
    later, cur = [], tok
    while (nxt := next((c for c in kids(cur) if c.dep_ == "conj" and _act(c, res, coder)), None)) is not None:
        later.append(nxt)
        cur = nxt
    if first.i == tok.i and not later:
        return cand
    sources, targets = cand.sources, cand.targets
    if not sources and first.i != tok.i and not _names_doer(tok, res) and not _names_doer(first, res):
        # "imposed a travel ban and an asset freeze": the light verb's subject does the second act too
        sources = noun_candidate(first, coder._match_noun(first), res, coder.lex).sources
    preps = [p for p in cand.trigger.preps or _DEFAULT_PREPS if p not in ("between", "among", "amongst", "in", "by")]
    if not targets and later and not cl.prep_objects(tok, preps):
        # "a travel ban and an asset freeze on X": the trailing phrase, hung on the last noun, names X for both
        targets = _others([m for pobj in _party_phrases(later[-1], preps, res, coder.lex)
                           for m in cl.actor_mentions(pobj, res)], sources)
    if sources is cand.sources and targets is cand.targets:
        return cand
    return replace(cand, sources=sources, targets=targets)


def _act(tok: Token, res, coder) -> bool:
    return tok.pos_ == "NOUN" and res.at_token(tok.i) is None and coder._match_noun(tok) is not None


def _names_doer(noun: Token, res) -> bool:
    """The act noun names a doer of its own: a possessor or modifier that is an actor, or a "by" phrase."""
    return any(cl.actor_mentions(c, res) for c in kids(noun) if c.dep_ in _OWN and c.i < noun.i) \
        or bool(cl.prep_objects(noun, ("by",)))
