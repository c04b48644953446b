"""Actor resolution, open world: groups described by their relation to a named actor, and named media
and parties introduced by their kind.

* A hyphenated relational modifier (joined by one of ``hyphens``) makes a group of its own ("the Saudi-led
  coalition", "Iran-backed militias", "Turkish-backed forces", "pro-Russian separatists", "a US-based
  charity"), and so does a postmodifier ("a newspaper based in Beirut"). The named actor is not a
  participant: for a "country" relation (``relational_modifiers`` in data/actor_words.yaml: led, based)
  it gives the group's country; for a "patron" relation (backed, allied, pro-) the group's country is left
  unsaid and no ``via`` is set, so that a dyad analysis does not count a Turkish-backed militia's acts as
  Turkey's.
  The group's id is its normalised name, which keeps the patron ("GRP_TURKISH_BACKED_FORCES").
* An organisation kind noun before a proper name gives the name its sector and country ("the opposition
  newspaper La Prensa", "the Turkish daily Hurriyet"); a capitalised name before the kind noun is a
  named organisation ("the Umma party").

Only actor nouns head such a group (the open and collective heads, state organs, group nouns, or a
word the knowledge base's generic actors know): "Saudi-led strikes", "US-brokered talks" are acts.
"""

from __future__ import annotations

from diplograph.extract.actors.kb import normalise
from diplograph.extract.actors.state import _M, _New
from diplograph.extract.actors.words import (COLLECTIVE_HEADS, GOV_NOUNS, GROUP_NOUNS, HYPHENS, INSTITUTIONS,
                                             OPEN_HEADS, FAITH_MODIFIERS, PLURAL_NOUNS, RELATIONAL_MODIFIERS,
                                             SEAT_PARTICIPLES, TITLE_WORDS, VAGUE_MODIFIERS)

_NOUNS = ("NOUN", "PROPN")
_BEFORE_NAME = ("compound", "appos", "nmod")


class _Relational:
    """Relational and kind-introduced open-world actors (a mixin of ``actors._Resolver``)."""

    def relational_pass(self) -> None:
        self._hyphen_relations()
        self._postmodifier_relations()
        self._people_groups()
        self._based_in()
        self._kind_names()

    # ------------------------------------------------------------ helpers

    def _actor_head(self, i: int) -> tuple[str, str | None] | None:
        """(kind, sector) when token ``i`` is a noun that heads an actor, else None."""
        tok, low = self.toks[i], self.lower[i]
        if tok.pos_ not in _NOUNS:
            return None
        if low in OPEN_HEADS:
            return OPEN_HEADS[low]
        if low in INSTITUTIONS:
            return "group", INSTITUTIONS[low]
        if low in COLLECTIVE_HEADS or low in GROUP_NOUNS:
            return "group", None
        generic = [m for m in self._cover.get(i, ()) if self._generic(m)]
        if generic:
            return "group", generic[0].sector or generic[0].actor.sector
        return None

    def _noun_head(self, tok, limit: int):
        """Climb from ``tok`` to the noun it modifies, rightwards and within ``limit`` tokens."""
        h = tok
        for _ in range(4):
            nxt = h.head
            if nxt.i <= h.i or nxt.i > limit:
                break
            h = nxt
            if h.pos_ in _NOUNS and not (h.dep_ in ("compound", "amod") and h.head.i == h.i + 1
                                         and h.head.pos_ in _NOUNS):
                break
        return h if h.pos_ in _NOUNS and h.i != tok.i else None

    def _named(self, i: int) -> _M | None:
        m = self._mention_at(i)
        if m is None or m.person is not None or m.actor is None or m.members is not None or self._generic(m):
            return None
        return m

    def _replace(self, start: int, end: int, new: _New, sector: str | None) -> None:
        for m in {m for k in range(start, end) for m in self._cover.get(k, ())}:
            if m.start >= start or self._generic(m):
                self._remove(m)
        self._add(_M(start, end, None, "described", sector=sector, new=new))
        for k in range(start, end):
            self.used[k] = True

    # ------------------------------------------------------------ passes

    def _hyphen_relations(self) -> None:
        toks, lower = self.toks, self.lower
        n = len(toks)
        for i in [i for i, low in enumerate(lower) if low in RELATIONAL_MODIFIERS]:
            if lower[i] in ("pro", "anti"):  # "pro-Russian": the matcher leaves the state word alone
                if i + 2 >= n or lower[i + 1] not in HYPHENS:
                    continue
                named = self._named(i + 2)
                actor = named.actor if named is not None else next(
                    (a for a, _ in self.kb.lookup(toks[i + 2].text) if a.kind != "person"), None)
                start, mod, last = i, toks[i + 2], i + 2
            else:
                if i < 2 or lower[i - 1] not in HYPHENS:
                    continue
                named = self._named(i - 2)
                actor = named.actor if named is not None else None
                start, mod, last = (named.start if named is not None else i), toks[i], i
            if actor is None:
                continue
            sent_end = self.sents[self.sent_of[i]].end
            head = self._noun_head(mod, min(sent_end - 1, i + 5))
            if head is None or head.i <= last:
                continue
            spec = self._actor_head(head.i)
            if spec is None or self.lower[head.i] in GOV_NOUNS:
                continue  # "the Taliban-led government": the government of a state, read elsewhere
            kind, sector = spec
            relation = RELATIONAL_MODIFIERS[lower[i]]
            country = actor.country if relation == "country" else None
            name = normalise(self._span_text(start, head.i + 1), keep_case=True)
            self._replace(start, head.i + 1, _New(name, kind, country, sector), sector)

    def _postmodifier_relations(self) -> None:
        """ "militias aligned with Iran", "fighters allied to Turkey", "the coalition led by Saudi Arabia": the
        relation told after the noun makes the group the hyphenated form makes ("Iran-aligned militias"); the
        named actor keeps its own mention, as the doer of the participle's act ("backed by X"). A phrase
        describing a named group ("M, a force linked to X,", "M is a militia backed by X") makes none."""
        toks = self.toks
        for m in [m for m in self.mentions if self._named(m.start) is m and m.char is None]:
            tok = self.doc[m.start:m.end].root
            link, word = tok.head, tok.head.head
            if tok.dep_ != "pobj" or link.lower_ not in ("by", "with", "to") or word.lower_ not in RELATIONAL_MODIFIERS \
                    or word.dep_ not in ("acl", "amod") or word.i != link.i - 1:
                continue
            head = word.head
            if head.i >= word.i or self.sent_of[head.i] != self.sent_of[m.start] or self.lower[head.i] in GOV_NOUNS \
                    or head.dep_ in ("appos", "attr") \
                    or (spec := self._actor_head(head.i)) is None \
                    or any(self._named(k) for k in range(self._left_edge(head.i), head.i + 1)):
                continue
            start = self._left_edge(head.i)
            while start < head.i and toks[start].pos_ not in _NOUNS + ("ADJ",):
                start += 1
            kind, sector = spec
            words = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in toks[start:head.i + 1])
            relation = RELATIONAL_MODIFIERS[word.lower_]
            country = m.actor.country if relation == "country" else None
            name = normalise(f"{self._span_text(m.start, m.end)}-{word.lower_} {words}", keep_case=True)
            self._replace(start, head.i + 1, _New(name, kind, country, sector), sector)

    def _people_groups(self) -> None:
        """ "Tamil rebels", "Kurdish fighters", "Yoruba leaders": a people or faith named by one capitalised
        word that is no knowledge-base actor, modifying a plural actor noun, makes a group (no country)."""
        toks, lower = self.toks, self.lower
        for i in range(1, len(toks)):
            tok, k = toks[i], i - 1
            mod = toks[k]
            if tok.tag_ != "NNS" or not mod.is_title or mod.head.i != i or mod.dep_ not in ("amod", "compound") \
                    or self.sent_of[k] != self.sent_of[i] or lower[k] in TITLE_WORDS or lower[k] in VAGUE_MODIFIERS \
                    or lower[k] in FAITH_MODIFIERS:
                continue
            if k > 0 and self.sent_of[k - 1] == self.sent_of[k] and toks[k - 1].is_title \
                    and toks[k - 1].pos_ in _NOUNS:
                continue  # part of a longer name ("Free Syrian Army fighters")
            initial = k == self.sents[self.sent_of[k]].start or lower[k - 1] in ("the", "a", "an")
            if mod.ent_type_ not in ("NORP", "PERSON", "GPE") and (initial or mod.tag_ not in ("NNP", "JJ")):
                continue
            if self._named(k) is not None or any(m.person is not None and m.person.actor is not None
                                                 or m.new is not None for m in self._cover.get(k, ())):
                continue
            if any(a.id.startswith("GEN_") for a, _ in self.kb.lookup(self._span_text(k, i + 1).lower())):
                continue  # "Riot police" at a sentence's start: a known kind of actor, not a people
            head = [m for m in self._cover.get(i, ()) if not self._generic(m)]
            spec = self._actor_head(i)
            if head or spec is None or lower[i] in GOV_NOUNS or lower[i] in COLLECTIVE_HEADS or lower[i] in PLURAL_NOUNS:
                continue  # "Gulf countries", "West African states": groups of states, read by .plural and .openworld
            generic = [m for m in self._cover.get(i, ()) if self._generic(m)]
            known = [a for a, _ in self.kb.lookup(tok.text) if a.id.startswith("GEN_")]  # "rebels" as a word
            sector = (generic[0].sector or generic[0].actor.sector) if generic else \
                known[0].sector if known else OPEN_HEADS.get(lower[i], (None, None))[1]
            name = normalise(self._span_text(k, i + 1), keep_case=True)
            self._replace(k, i + 1, _New(name, "group", None, sector), sector)

    def _based_in(self) -> None:
        """ "a newspaper based in Beirut", "a group headquartered in Doha", "a firm registered in Panama"
        (``seat_participles``): the place gives the country."""
        toks, lower = self.toks, self.lower
        for i in [i for i, low in enumerate(lower) if low in SEAT_PARTICIPLES]:
            if i + 2 >= len(toks) or lower[i + 1] != "in" or toks[i].head.i >= i:
                continue
            head = toks[i].head
            spec = self._actor_head(head.i)
            place = next((m for k in range(i + 2, min(i + 6, len(toks))) for m in self._cover.get(k, ())
                          if m.actor is not None and m.actor.country and m.person is None and not self._generic(m)
                          and any(toks[j].head.i == i + 1 for j in range(m.start, m.end))), None)  # object of "in"

            own = range(max(head.left_edge.i, head.i - 3), head.i + 1)  # its own words ("Doha asked newspapers ...": not Doha)
            if spec is None or place is None or any(self._named(k) for k in own if self.sent_of[k] == self.sent_of[i]):
                continue
            start = head.i
            while start > 0 and toks[start - 1].head.i == head.i and toks[start - 1].pos_ in ("ADJ", "NOUN", "PROPN"):
                start -= 1
            kind, sector = spec
            name = normalise(self._span_text(start, place.end), keep_case=True)
            self._replace(start, place.end, _New(name, kind, place.actor.country, sector), sector)

    def _kind_names(self) -> None:
        """ "the opposition newspaper La Prensa", "the Umma party": a proper name with its kind noun."""
        toks, lower = self.toks, self.lower
        n = len(toks)
        for i in [i for i, low in enumerate(lower) if low in OPEN_HEADS]:
            kind, sector = OPEN_HEADS[lower[i]]
            noun = toks[i].pos_ in _NOUNS or (i + 1 < n and toks[i + 1].pos_ == "PROPN")  # "the daily Taifa Leo"
            if kind != "organisation" or not noun or toks[i].is_title and i > 0 \
                    and toks[i - 1].is_title:
                continue
            # a name after the kind noun
            j = i + 1
            while j < n and toks[j].pos_ == "PROPN" and toks[j].is_title and self._named(j) is None \
                    and self.sent_of[j] == self.sent_of[i]:
                j += 1
            if j > i + 1 and (toks[i].head.i in range(i + 1, j) or any(toks[k].head.i == i for k in range(i + 1, j))):
                country = self._modifier_country(i)
                name = normalise(self._span_text(i + 1, j), keep_case=True)
                existing = [m for k in range(i + 1, j) for m in self._cover.get(k, ()) if m.new is not None]
                for m in existing:
                    self._remove(m)
                start = self._left_edge(i)
                self._replace(start, j, _New(name, kind, country, sector), sector)
                continue
            # a name before it: "the Umma party"
            k = i
            while k > 0 and toks[k - 1].pos_ == "PROPN" and toks[k - 1].is_title and toks[k - 1].head.i == i \
                    and self._mention_at(k - 1) is None and self.sent_of[k - 1] == self.sent_of[i] \
                    and k - 1 > self.sents[self.sent_of[i]].start:
                k -= 1
            if k < i and self._mention_at(i) is None:
                name = normalise(self._span_text(k, i + 1), keep_case=True)
                self._replace(k, i + 1, _New(name, kind, self._modifier_country(k), sector), sector)

    def _left_edge(self, i: int) -> int:
        start = i
        while start > 0 and self.toks[start - 1].head.i in range(start, i + 1) \
                and self.toks[start - 1].pos_ in ("ADJ", "NOUN", "PROPN"):
            start -= 1
        return start

    def _modifier_country(self, i: int) -> str | None:
        """The country of a state named among the modifiers of the noun at ``i``."""
        k = i - 1
        while k >= 0 and i - k <= 3 and self.sent_of[k] == self.sent_of[i] \
                and self.toks[k].pos_ in ("ADJ", "NOUN", "PROPN"):
            m = self._named(k)
            if m is not None and m.actor.kind == "state":
                return m.actor.country
            k -= 1
        return None
