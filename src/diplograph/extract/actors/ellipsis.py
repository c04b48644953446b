"""Actor resolution, numbers that stand for a group told just before (a mixin of ``actors._Resolver``).

"Some forty countries have recognised Kosovo. An additional six have sent envoys": a number with no noun
of its own ("six", "another three", "the other two", "five more") is that many of the group a counted
phrase named in the same or the previous two sentences ("forty countries", "several states", "a dozen
militias"), and stands for the same actor.  "The two" or "both" as a subject stands for the parties just
told: the nearest coordination of that many actors (within three sentences), else the distinct parties
(states, and people counted by the state they serve) of the sentence and the one before, when there are
exactly that many ("X hosted his Iraqi counterpart, where the two signed ...").  Otherwise the number
is left alone.
"""

from __future__ import annotations

from diplograph.extract.actors.plural import kind_of
from diplograph.extract.actors.state import _M
from diplograph.extract.actors.words import NUMBER_WORDS
from diplograph.nlp.tokens import tagged

_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
_COUNTING = frozenset({"nummod", "quantmod"})
_COUNTED_DETS = frozenset({"some", "several", "many", "dozens", "hundreds", "few", "numerous"})


class _Ellipsis:
    """Bare numbers as elliptical group phrases."""

    def ellipsis_pass(self) -> None:
        for i in self._ellipsis_starts():
            if self._mention_at(i) is not None:
                continue
            tok = self.toks[i]
            told = self._parties_told(tok)
            if told is not None:
                det, members = told
                first = members[0]
                self._add(_M(det, i + 1, first.actor, "coref", sector=first.sector, person=first.person,
                             new=first.new, members=members))
                for j in range(det, i + 1):
                    self.used[j] = True
                continue
            if not self._bare_number(tok):
                continue
            src = self._counted_group(i)
            if src is None:
                continue
            self._add(_M(i, i + 1, src.actor, "coref", sector=src.sector, person=src.person, new=src.new,
                         members=src.members))
            self.used[i] = True

    def _ellipsis_starts(self) -> list[int]:
        """The tokens that can stand for a group, in order: "both", number words and numbers (the only
        ones :meth:`_parties_told` and :meth:`_bare_number` accept; the part-of-speech tags are read
        from one array, so the other tokens cost nothing)."""
        starts = {t.i for t in tagged(self.doc, ("NUM",))}
        starts.update(i for i, low in enumerate(self.lower) if low == "both" or low in NUMBER_WORDS)
        return sorted(starts)

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

    def _parties_told(self, tok) -> tuple[int, list[_M]] | None:
        """ "the two" / "both" as a subject: where the phrase starts and the parties it stands for."""
        low = self.lower[tok.i]
        if tok.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "prep" for c in tok.children):
            return None  # ("both of them", "the two of them": the pronoun's business)
        if low == "both":
            number, det = 2, tok.i
        elif low in NUMBER_WORDS and tok.pos_ == "NUM" and tok.i > 0 and self.lower[tok.i - 1] == "the":
            number, det = NUMBER_WORDS[low], tok.i - 1
        else:
            return None
        if number < 2:
            return None
        here = self.sent_of[tok.i]
        for end, members in reversed(self.coordinations()):
            if end <= det and self.sent_of[end - 1] >= here - 3 and len(members) == number:
                return det, members
        found: dict[str, _M] = {}
        for k in (here - 1, here):
            for m in self._by_sent[k] if k >= 0 else ():
                if m.end <= det and m.how not in ("coref", "generic") and m.members is None \
                        and not self._generic(m) and kind_of(m) in ("person", "state"):
                    party = self._party_of(m)
                    if party is not None:  # (a person whose state is unknown counts with the phrases near it)
                        found.setdefault(party, m)
        return (det, list(found.values())) if len(found) == number else None

    def _party_of(self, m: _M) -> str | None:
        """The state a person serves (at the document's date; None when unknown), else the actor itself."""
        if m.person is not None and (m.person.via or m.person.country):
            return m.person.via or m.person.country
        actor = m.person.actor if m.person is not None and m.person.actor is not None else m.actor
        if actor is not None and actor.kind == "person":
            role = actor.role_at(self.date)
            return (role.of if role is not None else None) or actor.country
        return None if m.person is not None else m.actor_id
