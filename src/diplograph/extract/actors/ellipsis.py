"""Actor resolution, numbers that stand for a group told just before (a mixin of ``actors._Resolver``).

"Some forty countries have recognised Kosovo. An additional six have sent envoys": a number with no noun
of its own ("six", "another three", "the other two", "five more") is that many of the group a counted
phrase named in the same or the previous two sentences ("forty countries", "several states", "a dozen
militias"), and stands for the same actor.  With no counted group before it, the number is left alone.
"""

from __future__ import annotations

from diplograph.extract.actors.state import _M
from diplograph.extract.actors.words import NUMBER_WORDS

_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
_COUNTING = frozenset({"nummod", "quantmod"})
_COUNTED_DETS = frozenset({"some", "several", "many", "dozens", "hundreds", "few", "numerous"})


class _Ellipsis:
    """Bare numbers as elliptical group phrases."""

    def ellipsis_pass(self) -> None:
        for i, tok in enumerate(self.toks):
            if not self._bare_number(tok) or self._mention_at(i) is not None:
                continue
            src = self._counted_group(i)
            if src is None:
                continue
            self._add(_M(i, i + 1, src.actor, "coref", sector=src.sector, person=src.person, new=src.new,
                         members=src.members))
            self.used[i] = True

    def _bare_number(self, tok) -> bool:
        """A number heading its own noun phrase: "(an additional) six have ...", "(the other) two"."""
        if tok.dep_ not in _ARGUMENT or not (tok.pos_ == "NUM" or self.lower[tok.i] in NUMBER_WORDS):
            return False
        if tok.lower_ in ("one", "both") or tok.like_num and not tok.is_alpha:
            return False  # "one of them" and figures ("killed 12") are no group told before
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)  # "six of the states"

    def _counted_group(self, i: int) -> _M | None:
        """The nearest earlier mention headed by a counted plural ("forty countries", "several states")."""
        here = self.sent_of[i]
        for k in (here, here - 1, here - 2):
            if k < 0:
                break
            for m in sorted(self._by_sent[k], key=lambda m: -m.start):
                if m.start >= i or m.how == "coref":
                    continue
                head = self.toks[m.end - 1]
                if head.tag_ == "NNS" and any(c.dep_ in _COUNTING or c.lower_ in _COUNTED_DETS
                                              for c in head.children):
                    return m
        return None
