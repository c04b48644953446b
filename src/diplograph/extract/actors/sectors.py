"""Actor resolution, step 3: institutions, sectors and governments.

Institution nouns after an actor ("Russian diplomats", "Kremlin policymakers", "Russian troops", "Sudan's army
chief"), before its "of" phrase ("the army of Myanmar") or with a complement naming whom they serve ("forces
loyal to X", "troops sent by X") set the sector; capitals, seats and government nouns resolve to the group
governing the state at the date when a group's role says so.
"""

from __future__ import annotations

from diplograph.extract.actors.state import _M, _title_sector
from diplograph.extract.actors.words import GOV_NOUNS, GROUP_NOUNS, INSTITUTIONS, LOCATIVE_PREPS, POST_HEADS, TITLE_HEADS, TITLE_WORDS
from diplograph.nlp.grammar import grammar

_PARTY_PREPS = frozenset(("by", "with", "against", "between", "toward", "towards"))


class _Sectors:
    """Institution nouns, default sectors and time-bounded governments (a mixin of ``actors._Resolver``)."""

    def extend_pass(self) -> None:
        toks, lower, n = self.toks, self.lower, len(self.toks)
        for m in list(self.mentions):
            if m.person is not None or m.char is not None or m.actor is None:
                continue
            k = m.end
            if k < n and lower[k] in ("'s", "’s", "'"):
                k += 1
            head, j = None, k
            while j < n and j - k < 5 and not self.used[j] and (
                    (at := self._mention_at(j)) is None or self._generic(at)):
                low = lower[j]
                if low in INSTITUTIONS or low in GROUP_NOUNS:
                    head = j
                elif not (low in TITLE_WORDS or toks[j].is_space or toks[j].pos_ == "ADJ"
                          or (toks[j].pos_ in ("NOUN", "PROPN") and head is not None)):
                    break
                j += 1
            if head is None:
                self._extend_left(m)
                continue
            noun = lower[head]
            if noun in GROUP_NOUNS and noun not in INSTITUTIONS:
                if m.how == "demonym":
                    m.how = "generic"  # "the Afghan movement": resolved by coreference
                    self._respan(m, m.start, head + 1)
                continue
            end = head + 1
            while end < j and lower[end] in TITLE_HEADS and toks[end].pos_ in ("NOUN", "PROPN"):
                end += 1  # "Sudan's army chief", "the Kenyan police spokesman": an office of the organ
            if noun in ("ministry", "minister", "department", "office", "secretary") and end + 1 < n \
                    and lower[end] == "of":
                e2 = end + 1
                while e2 < n and e2 - end < 4 and toks[e2].is_title and lower[e2] in TITLE_WORDS:
                    e2 += 1
                end = e2 if e2 > end + 1 else end
            self._respan(m, m.start, end)
            # "Russian troops": the state, not unnamed troops (the generics starting inside m)
            for other in {o for i in range(m.start, m.end) for o in self._cover[i] if o.start == i}:
                if other is not m and self._generic(other):
                    self._remove(other)
            if m.actor.kind == "state" and not (m.how == "seat" and m.sector):
                m.sector = INSTITUTIONS[noun]
                if m.sector == "GOV":
                    m.sector = _title_sector(self._span_text(k, end))
                if m.sector == "GOV" or m.how in ("capital", "seat"):
                    self._govern(m)
            for i in range(m.start, m.end):
                self.used[i] = True

    def drop_owned_generics(self) -> None:
        """ "IS fighters", "Hamas militants": members of the named actor, not unnamed ones."""
        lower = self.lower
        for g in [m for m in self.mentions if self._generic(m)]:
            k = g.start - 1
            if k >= 0 and lower[k] in ("'s", "’s"):
                k -= 1
            owner = self._mention_at(k) if k >= 0 else None
            if owner is not None and not self._generic(owner) and owner.end == k + 1 or \
                    owner is not None and not self._generic(owner) and lower[k] in ("'s", "’s"):
                self._remove(g)
            elif owner is None and g.end - g.start > 1 and k >= 0 and self.toks[k].pos_ == "PROPN" \
                    and self.toks[k].head.i in range(g.start, g.end) and not self.toks[k].is_sent_start:
                self._remove(g)  # "the M23 rebel group": a named group's head words, not an unnamed group

    def drop_placed_facility_generics(self) -> None:
        """ "attacked a police station in eastern Niger": an unnamed force's noun that only names a post's
        kind (``post_heads``: "police station", "police checkpoint") is no actor where the post's own phrase names a state
        or a place of one; the post is that state's (as "an army base in X" is)."""
        toks = self.toks
        for g in [m for m in self.mentions if self._generic(m) and m.end - m.start == 1]:
            tok = toks[g.start]
            head = tok.head
            if tok.dep_ != "compound" or head.i <= tok.i or head.lower_ not in POST_HEADS:
                continue
            preps = list(head.children) + ([c for c in head.head.children if c.i > head.i] if head.dep_ == "dobj" else [])
            places = [o for c in preps if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS
                      for o in c.children if o.dep_ == "pobj"]  # (also the phrase the parser hung on its verb)
            if any(m.actor is not None and m.actor.kind == "state" and m.person is None
                   for o in places for m in self._cover.get(o.i, ())):
                self._remove(g)

    def _extend_left(self, m: _M) -> None:
        """"the Ministry of Defence of Russia", "the people of Afghanistan"."""
        lower, k = self.lower, m.start - 1
        if k >= 0 and lower[k] == "the":
            k -= 1
        if k < 1 or lower[k] != "of" or m.actor.kind != "state":
            return
        head, j = None, k - 1
        while j >= 0 and k - j <= 5 and not self.used[j] and (
                (at := self._mention_at(j)) is None or self._generic(at)) and (
                lower[j] in TITLE_WORDS or lower[j] == "of"):
            if lower[j] in INSTITUTIONS:
                head = j
            j -= 1
        if head is not None:
            # "the army of Myanmar": the state's army, not unnamed troops (the generics inside the phrase)
            for other in {o for i in range(head, k) for o in self._cover[i]}:
                if self._generic(other):
                    self._remove(other)
            m.sector = INSTITUTIONS[lower[head]]
            if m.sector == "GOV":
                m.sector = _title_sector(self._span_text(head, m.start))
                self._govern(m)
            self._respan(m, head, m.end)
            for i in range(m.start, m.end):
                self.used[i] = True

    def served_forces_pass(self) -> None:
        """ "forces loyal to Russia", "troops sent by Kenya", "soldiers loyal to President X": an institution
        noun whose complement names the side it serves (``serving_modifiers`` + "to", ``sender_participles``
        + "by") is that side's organ, as "Russia's forces" is (a person's forces are those of the state the
        person serves)."""
        words = grammar()
        for m in list(self.mentions):
            if m.char is not None or m.members is not None or (m.actor is None and m.person is None):
                continue
            tok = self.doc[m.start:m.end].root
            link = tok.head
            if tok.dep_ != "pobj" or link.lower_ not in ("to", "by"):
                continue
            word = link.head
            if not (link.lower_ == "to" and word.lower_ in words.serving_modifiers and link.dep_ == "prep"
                    or link.lower_ == "by" and link.dep_ == "agent" and word.tag_ == "VBN"
                    and word.lower_ in words.sender_participles):
                continue
            noun = word.head
            if word.dep_ not in ("amod", "acl") or noun.i >= word.i or self.lower[noun.i] not in INSTITUTIONS \
                    or noun.pos_ not in ("NOUN", "PROPN") or self.sent_of[noun.i] != self.sent_of[m.start]:
                continue
            if any(o.person is not None or o.new is not None or (o.actor is not None and not self._generic(o))
                   for o in self._cover.get(noun.i, ())):
                continue  # "Russian troops sent by ...": the noun's own actor stands
            actor = m.actor
            if m.person is not None:
                state = m.person.via or (self._role_of(m.person.actor) if m.person.actor else None)
                actor = self.kb.get(state) if state else None
            if actor is None or actor.kind not in ("state", "group", "igo"):
                continue
            for other in {o for i in range(noun.i, m.end) for o in self._cover.get(i, ()) if self._generic(o)}:
                self._remove(other)
            self._add(_M(noun.i, m.end, actor, "served", sector=INSTITUTIONS[self.lower[noun.i]]))

    def _govern(self, m: _M) -> None:
        """A state's government at the date may be a group (the Taliban after 2021-08-15)."""
        holders = self.kb.governments_of(m.actor.id, self.date)
        if len(holders) == 1:
            m.actor, m.sector = holders[0], "GOV"

    def sector_pass(self) -> None:
        """Default sectors; capitals and seats stand for the government at the date, and so does a state's
        name when the state acts (not as a place or a modifier): while a group governs it, the state and
        the group are one actor (the Taliban's "Islamic Emirate", "Kabul" and "Afghanistan" after 2021-08)."""
        for m in self.mentions:
            if m.person is None and m.new is None and m.sector is None:
                if m.how in ("capital", "seat") and m.actor.kind == "state":
                    self._govern(m)
                    m.sector = m.sector or "GOV"
                elif m.how == "demonym" and m.actor.kind == "state" and self._people_noun(m):
                    m.sector = "CVL"  # "thousands of Kenyans marched": the people, not the state
                else:
                    if m.how in ("name", "alias") and m.actor.kind == "state" and m.char is None \
                            and self._acting(m):
                        self._govern(m)
                    m.sector = m.sector or m.actor.sector_at(self.date)

    def _people_noun(self, m: _M) -> bool:
        """A plural nationality word used as a noun ("Kenyans", "thousands of Afghans"), not as a modifier;
        "the Russians attacked" is the state (its forces) as often as not, and stays it."""
        tok = self.toks[m.end - 1]
        return m.end - m.start == 1 and tok.tag_ in ("NNS", "NNPS") and tok.dep_ not in ("amod", "compound", "nmod", "poss") \
            and not (m.start > 0 and self.lower[m.start - 1] == "the")

    def _acting(self, m: _M) -> bool:
        tok = self.doc[m.start:m.end].root
        for _ in range(6):
            if tok.dep_ != "conj":
                break
            tok = tok.head
        if tok.dep_ == "pobj":  # "talks with Kabul" acts; "talks in / on Afghanistan" is a venue or a topic
            return tok.head.lower_ in _PARTY_PREPS
        return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "appos", "ROOT")

    def owned_government_pass(self) -> None:
        """"Putin's government", "the Bush administration", "the government of Ashraf Ghani"."""
        lower, n = self.lower, len(self.lower)
        for m in list(self.mentions):
            if m.person is None or m.person.actor is None and m.person.via is None:
                continue
            state = m.person.via or self._role_of(m.person.actor)
            k = m.end + (1 if m.end < n and lower[m.end] in ("'s", "’s") else 0)
            target = None
            if k < n and lower[k] in GOV_NOUNS:
                target = (m.start, k + 1)
            elif m.start >= 2 and lower[m.start - 1] == "of" and lower[m.start - 2] in GOV_NOUNS:
                target = (m.start - 2, m.end)
            if target and state and self.kb.get(state):
                self._add(_M(target[0], target[1], self.kb.get(state), "coref", sector="GOV"))
