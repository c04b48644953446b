"""Actor resolution, step 5 (part): definite descriptions, read for :mod:`.coref`.

"The Saudi kingdom" names the state itself; "the new government in Caracas" names its own actor; "the
embassy" is the embassy named before with one owner; "the militant group" and "the army" are unnamed
actors told as definite descriptions, which point back to a group named before or to a state's forces
(``definite_forces`` in data/actor_words.yaml).
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.actors.state import _M
from diplograph.extract.actors.plural import kind_of
from diplograph.extract.actors.words import (ARMED_SECTORS, DEFINITE_FORCES, DEFINITE_NOUNS, GOV_NOUNS,
                                             GROUP_NOUNS)


class _Definites:
    """Definite descriptions (a mixin of ``actors._Resolver``, used by ``coref._Coref``)."""

    def _described_classes(self) -> dict[int, tuple[_M, str, int]]:
        """Unnamed actors told as a definite singular description ("the militant group" points back to a
        group named before; "the army", ``definite_forces``, to a state), by last token: (mention, kind, start)."""
        out = {}
        for m in self.mentions:
            if not self._generic(m) or m.members is not None or self.toks[m.end - 1].tag_ != "NN":
                continue
            start = m.start if self.lower[m.start] == "the" else m.start - 1
            if start < 0 or self.lower[start] != "the" or (m.end < len(self.toks) and self.lower[m.end] == "of"):
                continue
            last = self.lower[m.end - 1]
            if m.actor.kind == "group" and last in GROUP_NOUNS:
                out[m.end - 1] = (m, "group", start)
            elif last in DEFINITE_FORCES and m.actor.sector in ("MIL", "COP"):
                out[m.end - 1] = (m, "state", start)
        return out

    @staticmethod
    def _described_fits(described: _M, src: _M) -> bool:
        """ "the rights group" points back to a group of its own sector ("a Kenyan rights group", not "Burmese
        troops"); "the militant group" to any armed group."""
        if kind_of(src) != "group" or src.actor is None:
            return False
        want, have = described.actor.sector, {src.sector, src.actor.sector} - {None}
        return not want or not have or want in have or (want in ARMED_SECTORS and bool(have & ARMED_SECTORS))

    def _people_state(self, before: int) -> _M | None:
        """ "Kenyan students marched against the government": with no state named before it in the sentence, the
        government is that of the one country the sentence's earlier actors belong to."""
        sent = self.sents[self.sent_of[before]]
        found = {m.actor.country for m in self._by_sent[self.sent_of[before]] if sent.start <= m.start and m.end <= before
                 and m.actor is not None and m.person is None}
        state = self.kb.get(next(iter(found))) if len(found) == 1 and None not in found else None
        return _M(before, before, state, "coref") if state is not None and state.kind == "state" else None

    def _premises_owner(self, tok: Token) -> _M | None:
        """ "the embassy": the owner of the embassy named before with one ("the Mexican embassy",
        "Mexico's embassy"), when every such embassy of the text so far has the same owner."""
        owners = {m.actor.id: m for m in self.mentions if m.end <= tok.i and m.actor is not None
                  and m.actor.kind == "state" and m.person is None and self.lower[m.end - 1] == tok.lower_}
        if len(owners) != 1:
            return None
        m = next(iter(owners.values()))
        return _M(m.start, m.end, m.actor, m.how, sector="GOV")

    def _office_owner(self, tok: Token) -> tuple[int, _M] | None:
        """ "the foreign ministry" (``definite_offices``): the state whose same office the text named before
        ("the Indian foreign ministry", "India's foreign ministry"), when every such office so far is one
        state's; (where the description starts, its owner). With no owner told, none: no guess."""
        toks, lower, j = self.toks, self.lower, tok.i - 1
        while j >= 0 and toks[j].dep_ in ("compound", "amod") and toks[j].head.i in range(j + 1, tok.i + 1) \
                and toks[j].is_alpha and self._mention_at(j) is None:
            j -= 1
        if j < 0 or lower[j] != "the" or (tok.i + 1 < len(toks) and lower[tok.i + 1] in ("of", "in")):
            return None  # "the ministry of X" names its own
        words = lower[j + 1:tok.i + 1]
        owners = {m.actor.id: m for m in self.mentions if m.end <= j and m.actor is not None and m.person is None
                  and m.actor.kind == "state" and lower[m.end - len(words):m.end] == words}
        if not owners:
            m = self._told_state(j)
            return (j, _M(m.start, m.end, m.actor, m.how, sector="GOV")) if m is not None else None
        if len(owners) != 1:
            return None
        m = next(iter(owners.values()))
        return j, _M(m.start, m.end, m.actor, m.how, sector="GOV")

    def _told_state(self, at: int) -> _M | None:
        """ "India hosted talks on Monday. The foreign ministry said ...": with no such office named before, an
        office is that of the state named as the subject of the sentence before, when that sentence names no
        other state and its own sentence none before it ("Pakistan shelled Indian posts. The ministry ...": no guess)."""
        here = self.sent_of[at]
        if here == 0 or any(m.start < at and m.actor is not None and m.actor.kind == "state" for m in self._by_sent[here]):
            return None
        states = {m.actor.id for m in self._by_sent[here - 1] if m.actor is not None and (
            m.actor.kind == "state" or m.actor.country)}
        subj = self._root_subject(here - 1)
        if subj is None or subj.actor is None or subj.person is not None or subj.how != "name" \
                or subj.actor.kind != "state" or states != {subj.actor.id}:
            return None
        return subj

    def _specified(self, tok: Token) -> bool:
        """ "the new government in Caracas", "the junta of X": a description whose own phrase names its
        actor does not point back."""
        if self.lower[tok.i] not in GOV_NOUNS:
            return False
        nxt = tok.i + 1  # "recognised the government | in X": the phrase may hang on the verb
        if nxt + 1 < len(self.toks) and self.lower[nxt] in ("of", "in", "for") and any(
                self._mention_at(j) is not None for j in range(nxt + 1, min(nxt + 4, len(self.toks)))):
            return True
        return any(c.dep_ == "prep" and c.lower_ in ("of", "in", "for")
                   and any(self._mention_at(t.i) is not None for t in c.subtree) for c in tok.children)

    def _absorb_definite(self, tok: Token) -> bool:
        """ "the Saudi kingdom", "the Afghan state": a demonym before the noun names the state itself."""
        m = self._mention_at(tok.i - 1) if tok.i else None
        if m is None or m.end != tok.i or m.actor is None or m.actor.kind != "state" or m.person is not None \
                or m.how != "demonym" or DEFINITE_NOUNS[self.lower[tok.i]][0] not in ("state", "island"):
            return False
        self._respan(m, m.start, tok.i + 1)
        m.how = "name"
        self.used[tok.i] = True
        return True
