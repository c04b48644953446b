"""Actor resolution, open world: vessels named by their flag or their owner.

"Iranian forces seized a Panama-flagged oil tanker", "drones hit a Norwegian-owned, Maltese-flagged
container ship": a hyphenated participle of ``vessel_participles`` (data/actor_words.yaml: flagged,
registered, owned, operated, chartered, managed; after one of ``hyphens``) on a vessel noun
(``vessel_heads``) tells whose registry or property the vessel is; the state or company before the dash
is no party to what is done to the vessel. The vessel is an actor of its own, named by the phrase from
the first owner to the noun, with the flag state's country (else the owner's). A bare nationality word
("Vietnamese fishing boats") is left to the knowledge-base matcher: it names the state.
"""

from __future__ import annotations

from diplograph.extract.actors.kb import normalise
from diplograph.extract.actors.state import _New
from diplograph.extract.actors.words import HYPHENS, VESSEL_HEADS, VESSEL_PARTICIPLES

_BY = ("by", "in", "under")  # "owned by X", "flagged in X", "registered under X's flag"


class _Vessels:
    """Flagged and owned vessels as open-world actors (a mixin of ``actors._Resolver``)."""

    def vessels_pass(self) -> None:
        toks, lower = self.toks, self.lower
        found: dict[int, list[tuple[int, str, str | None]]] = {}  # vessel noun -> (start, relation, country)
        for i in [i for i, low in enumerate(lower) if low in VESSEL_PARTICIPLES]:
            if i < 2 or lower[i - 1] not in HYPHENS or self.sent_of[i - 2] != self.sent_of[i]:
                continue
            owner = self._owner_before(i - 2)
            if owner is None:
                continue
            head = self._noun_head(toks[i], min(self.sents[self.sent_of[i]].end - 1, i + 6))
            if head is None or head.i <= i or head.pos_ != "NOUN" or head.lemma_.lower() not in VESSEL_HEADS:
                continue
            found.setdefault(head.i, []).append((owner[0], VESSEL_PARTICIPLES[lower[i]], owner[1]))
        for end, owners in found.items():
            start = min(s for s, _, _ in owners)
            flags = [c for _, rel, c in owners if rel == "flag" and c]
            country = (flags or [c for _, _, c in owners if c] or [None])[0]
            name = normalise(self._span_text(start, end + 1), keep_case=True)
            self._replace(start, end + 1, _New(name, "organisation", country, None), None)
        self._vessels_after()

    def _vessels_after(self) -> None:
        """ "a tanker flagged in Panama", "a ship owned by an Israeli businessman": the participle after the
        vessel noun tells the same; the vessel's phrase runs to the participle phrase's end."""
        for head in [t for t in self.toks if t.pos_ == "NOUN" and t.lemma_.lower() in VESSEL_HEADS]:
            part = next((c for c in head.children if c.dep_ == "acl" and c.i == head.i + 1
                         and c.lower_ in VESSEL_PARTICIPLES), None)
            by = [c for c in part.children if c.dep_ in ("agent", "prep") and c.lower_ in _BY] if part else []
            if not by or self.used[head.i]:
                continue
            end = by[0].right_edge.i + 1  # (not a date or place after it: "flagged in Panama | on Friday")
            named = [m for k in range(by[0].i + 1, end) if (m := self._mention_at(k)) is not None
                     and m.actor is not None and not self._generic(m)]
            if not named or self.sent_of[end - 1] != self.sent_of[head.i]:
                continue
            start = min([c.left_edge.i for c in head.children if c.i < head.i
                         and c.dep_ in ("amod", "compound", "nmod", "npadvmod")] + [head.i])
            name = normalise(self._span_text(start, end), keep_case=True)
            self._replace(start, end, _New(name, "organisation", named[0].actor.country, None), None)

    def _owner_before(self, k: int) -> tuple[int, str | None] | None:
        """(first token, country) of the state or company named by the words ending at token ``k``: a
        knowledge-base actor's mention, else a run of capitalised names ("Maersk-operated"); None if none."""
        m = self._mention_at(k)  # (a mention run on over the vessel's words: "German-flagged migrant [ship]")
        if m is not None and m.person is None and m.actor is not None and not self._generic(m):
            return m.start, m.actor.country
        tok = self.toks[k]
        if not tok.is_title or tok.pos_ not in ("PROPN", "ADJ") or m is not None:
            return None
        start, sent_start = k, self.sents[self.sent_of[k]].start
        while start - 1 >= sent_start and self.toks[start - 1].is_title and self.toks[start - 1].pos_ == "PROPN" \
                and self._mention_at(start - 1) is None:
            start -= 1
        return start, None
