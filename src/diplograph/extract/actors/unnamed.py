"""Actor resolution, open world: an unnamed organisation told by its kind noun as an argument.

"sanctions on a shipping firm", "raided the offices of an opposition newspaper", "lodged a complaint
against a mining company", "sanctioned shipping companies": a noun of ``unnamed_heads``
(data/actor_words.yaml) that is the object of a verb or of a preposition, or a passive subject, and
that is indefinite (a bare plural or "a"/"an", not "the company" told before nor "its firm"), names an
actor outside the knowledge base even with no name or state: the phrase (its describing words and the
noun) is a new actor with the noun's kind and sector. A state among the describing words is left to
the passes that read it ("a Greek shipping company" is Greece's); a name after the noun is the
organisation's own ("the newspaper La Prensa", relational.py).
"""

from __future__ import annotations

from diplograph.extract.actors.kb import normalise
from diplograph.extract.actors.state import _M, _New
from diplograph.extract.actors.words import UNNAMED_HEADS, VAGUE_MODIFIERS

# slots that make the noun an argument of an act; a prepositional object counts under these prepositions
_SLOTS = ("dobj", "nsubjpass", "dative", "pobj")
_ARGUMENT_PREPS = frozenset({"at", "on", "upon", "against", "of", "over", "into", "to", "toward", "towards",
                             "with", "from", "for", "by"})


def predicative(tok) -> bool:
    """The noun tells what something is or is made, not who: a predicate nominal ("is a terrorist group"), an
    object complement ("designated the Taliban a terrorist organisation") or a phrase after "as"."""
    edge = tok.left_edge.i
    if tok.dep_ in ("attr", "oprd", "acomp") or (edge > 0 and tok.doc[edge - 1].lower_ == "as"):
        return True
    return tok.dep_ == "dobj" and any(c.dep_ in ("dative", "dobj") and c.i < tok.i for c in tok.head.children)


def _argument(tok) -> bool:
    while tok.dep_ == "conj":  # "detained activists and a journalist"
        tok = tok.head
    if tok.dep_ not in _SLOTS:
        return False
    return tok.dep_ != "pobj" or tok.head.lower_ in _ARGUMENT_PREPS


class _Unnamed:
    """Unnamed organisations as arguments (a mixin of ``actors._Resolver``)."""

    def unnamed_pass(self) -> None:
        toks, lower = self.toks, self.lower
        for tok in toks:
            i = tok.i
            if lower[i] not in UNNAMED_HEADS or tok.pos_ != "NOUN" or self.used[i] or self._mention_at(i) is not None \
                    or not _argument(tok) or predicative(tok) or (i + 1 < len(toks) and toks[i + 1].pos_ == "PROPN"):
                continue
            dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
            if any(c.lower_ not in ("a", "an") for c in dets) or (not dets and tok.tag_ != "NNS"):
                continue  # "the company", "its firm": one told before or owned; "company officials"
            start = i
            while start > 0 and toks[start - 1].head.i in range(start, i + 1) \
                    and toks[start - 1].dep_ in ("amod", "compound", "nmod") and toks[start - 1].is_alpha \
                    and toks[start - 1].pos_ in ("ADJ", "NOUN", "PROPN") and lower[start - 1] not in VAGUE_MODIFIERS:
                if not self._free(start - 1, start):
                    break
                start -= 1
            if start > 0 and toks[start - 1].head.i == i and not self._free(start - 1, start):
                continue  # "a Greek shipping company": the named modifier says whose it is
            kind, sector = UNNAMED_HEADS[lower[i]]
            name = normalise(self._span_text(start, i + 1), keep_case=True)
            self._add(_M(start, i + 1, None, "described", sector=sector, new=_New(name, kind, sector=sector)))
            for k in range(start, i + 1):
                self.used[k] = True
