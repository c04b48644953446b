"""Actor resolution, coreference of plural phrases: coordinations and the group phrases that point back to them.

"Saudi Arabia, Bahrain and Egypt ... The three countries accused Qatar": a group phrase (a determiner
"the", "both", "these", "those", an optional number and a plural noun from ``plural_nouns`` in
data/actor_words.yaml) stands for every actor of the nearest earlier coordination of the right kind
and size, within the current and previous three sentences. With a number and no such coordination, the
distinct actors of that kind in the current and previous sentence (a person a pronoun names included) are
taken when there are exactly that many; a numbered phrase of people ("the two foreign ministers") with no
coordination of people stands for the states of a coordination of that size (each state's official); otherwise the phrase is left unresolved (cautious: no side rather than a guess).
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.actors.state import _M
from diplograph.extract.actors.words import NUMBER_WORDS, PLURAL_NOUNS
from diplograph.nlp.clauses import listed_names

_DETERMINERS = ("the", "these", "those", "both")


def kind_of(m: _M) -> str:
    if m.person is not None:
        return "person"
    if m.new is not None:
        return m.new.kind
    return m.actor.kind if m.actor is not None else ""


_SECTOR_WANTS = {"media": "MED", "party": "PTY"}  # definite descriptions of a kind of organisation


def fits(m: _M, want: str) -> bool:
    kind = kind_of(m)
    if want in _SECTOR_WANTS:  # "the newspaper", "the party": an actor of that sector
        return m.person is None and _SECTOR_WANTS[want] in (
            m.sector, m.new.sector if m.new is not None else None, m.actor.sector if m.actor is not None else None)
    if want == "any":
        return bool(kind)
    if want == "igo":
        return kind in ("igo", "organisation")
    return kind == want


class _Plural:
    """Coordinations and group phrases (a mixin of ``actors._Resolver``)."""

    def coordinations(self) -> list[tuple[int, list[_M]]]:
        """``(end, members)`` of every coordination of two or more distinct actors, in document order."""
        cached = getattr(self, "_coords", None)
        if cached is not None:
            return cached
        root_of: dict[int, _M] = {}
        for m in self.mentions:
            if m.members is None and m.how != "generic" and m.char is None and not self._generic(m):
                root_of.setdefault(m.start if m.end - m.start == 1 else self.doc[m.start:m.end].root.i, m)
        out, seen = [], set()
        for r in sorted(root_of):
            conj = [*self.toks[r].conjuncts, *self._listed(r, root_of)]
            if not conj:
                continue
            idxs = tuple(sorted({r, *(c.i for c in conj)}))
            if idxs in seen:
                continue
            seen.add(idxs)
            members: dict[str, _M] = {}
            for i in idxs:
                m = root_of.get(i) or self._mention_at(i)  # "Armenian and Azerbaijani forces": a modifier's
                if m is not None and m.members is None and m.how != "generic" and not self._generic(m):
                    members.setdefault(m.actor_id, m)
            if len(members) >= 2:
                out.append((max(m.end for m in members.values()), list(members.values())))
        self._coords = out
        return out

    def _listed(self, r: int, root_of: dict[int, _M]) -> list[Token]:
        """Names of the same kind listed after ``r`` that the parser took apart (``listed_names``)."""
        kind = kind_of(root_of[r])
        return listed_names(self.toks[r], lambda c: c.i in root_of and bool(kind) and kind_of(root_of[c.i]) == kind)

    def coordination_at(self, tok: Token) -> list[_M] | None:
        """The actors of the coordination headed by ``tok`` ("Saudi Arabia and Bahrain said ...")."""
        m = self._mention_at(tok.i)
        if m is None:
            return None
        for _, members in self.coordinations():
            if m in members:
                return members
        return None

    def group_phrase(self, tok: Token) -> tuple[int, list[_M]] | None:
        """Where the group phrase headed by ``tok`` starts and the actors it stands for, if any."""
        low, toks, lower = self.lower[tok.i], self.toks, self.lower
        want = PLURAL_NOUNS.get(low)
        each = tok.tag_ == "NN" and tok.i > 0 and lower[tok.i - 1] == "each" and tok.dep_ in ("nsubj", "nsubjpass")
        if each:  # "each side accused the other": the two sides of the coordination told before
            want = PLURAL_NOUNS.get(low + "s") or PLURAL_NOUNS.get(low[:-1] + "ies")
            return self._each_side(tok, want, tok.i - 1) if want is not None else None
        if low == "each" and tok.dep_ in ("nsubj", "nsubjpass"):  # "..., each blaming the other"
            return self._each_side(tok, "any", tok.i)
        if want is None or tok.tag_ != "NNS" or tok.dep_ in ("compound", "amod"):
            return None
        nxt = tok.i + 1
        if nxt < len(toks) and (lower[nxt] == "of" or self._proper(toks[nxt])):
            return None  # "the countries of the region", "both countries Iran and Iraq"
        sent_start, j, number, det = self.sents[self.sent_of[tok.i]].start, tok.i - 1, None, None
        while j >= max(sent_start, tok.i - 5):
            w = lower[j]
            if w in NUMBER_WORDS and number is None:
                number = NUMBER_WORDS[w]
                if w == "both":
                    det = j
                    break
            elif w in _DETERMINERS:
                det = j
                break
            elif toks[j].pos_ not in ("ADJ", "PROPN", "NOUN") or self._mention_at(j) is not None:
                return None
            j -= 1
        if det is None or (number is None and want == "any"):
            return None  # "the parties", "the concerned sides": only a number ties them to a coordination
        here = self.sent_of[tok.i]
        for end, members in reversed(self.coordinations()):
            if end > det or self.sent_of[end - 1] < here - 3:
                continue
            if all(fits(m, want) for m in members) and (number is None or len(members) == number):
                return det, members
        if number is None:
            return None
        if want == "person":  # "Chile and Peru ... the two foreign ministers": each state's official
            for end, members in reversed(self.coordinations()):
                if end <= det and self.sent_of[end - 1] >= here - 3 and len(members) == number \
                        and all(fits(m, "state") for m in members):
                    return det, members
        rest = self._rest_of_coordination(tok, det, number, want)
        if rest:
            return det, rest
        # ("Japan's defence minister met his Philippine counterpart ... the two ministers": no person named,
        # the officials of the states told; "X arrived ... There he met Y. The two leaders ...": a person a
        # pronoun names counts)
        for kind in (want, "state") if want == "person" else (want,):
            found: dict[str, _M] = {}
            for k in (here - 1, here):
                for m in self._by_sent[k] if k >= 0 else ():
                    if m.end <= det and m.how != "generic" and (m.how != "coref" or kind == "person") \
                            and m.members is None and fits(m, kind) and not self._generic(m):
                        found.setdefault(m.actor_id, m)
            if len(found) == number:
                return det, list(found.values())
        return None

    def _each_side(self, tok: Token, want: str, det: int) -> tuple[int, list[_M]] | None:
        """ "A and B clashed, and each side accused the other": the nearest two-member coordination
        (this sentence or the one before) whose members fit; the phrase starts at ``det``."""
        here = self.sent_of[tok.i]
        for end, members in reversed(self.coordinations()):
            if end <= det and self.sent_of[end - 1] >= here - 1 and len(members) == 2 \
                    and all(fits(m, want) for m in members):
                return det, members
        return None

    def _rest_of_coordination(self, tok: Token, det: int, number: int, want: str) -> list[_M] | None:
        """ "Norway, Sweden, Denmark and Peru ... the three Nordic countries and Peru": a group phrase
        conjoined with named actors stands for the other members of an earlier coordination that
        holds those actors and exactly ``number`` more."""
        named = {m.actor_id for c in tok.conjuncts if (m := self._mention_at(c.i)) is not None}
        if not named:
            return None
        here = self.sent_of[tok.i]
        for end, members in reversed(self.coordinations()):
            if end > det or self.sent_of[end - 1] < here - 3:
                continue
            ids = {m.actor_id for m in members}
            rest = [m for m in members if m.actor_id not in named]
            if named <= ids and len(rest) == number and all(fits(m, want) for m in rest):
                return rest
        return None
