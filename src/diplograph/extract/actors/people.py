"""Actor resolution, step 2: people.

Names (knowledge base, NER ``PERSON`` or a proper-noun run after a title) with the title phrase before them
or in apposition after them, giving the role title and the actor the person serves (``via``); unknown people
are learned per document, and later surnames or bare titles ("the ambassador") point back to them.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Token

from diplograph.extract.actors.misnamed import no_person
from diplograph.extract.actors.state import _M, _Person, _title_sector
from diplograph.extract.actors.words import (GROUP_NOUNS, HONORIFICS, INSTITUTIONS, LEADING_VERBS, NAME_PARTICLES,
                                             PAST_TITLE_WORDS, SERVING_TITLES, SPEAKING_TITLES,
                                             OPEN_HEADS, PREPS, TARGET_PREPS, TITLE_HEADS, TITLE_WORDS)

# a name after a title that ends in one of these names a body ("the General Labour Union"), not a person
_BODY_WORDS = frozenset(OPEN_HEADS) | GROUP_NOUNS | frozenset(INSTITUTIONS)
from diplograph.extract.actors.kb import Actor


class _People:
    """People, titles and appositions (a mixin of ``actors._Resolver``)."""

    def people_pass(self) -> None:
        toks, lower = self.toks, self.lower
        names: list[tuple[int, int, _M | None]] = [
            (m.start, m.end, m) for m in self.mentions if m.actor and m.actor.kind == "person"]
        covered = {i for m in self.mentions for i in range(m.start, m.end)}
        for ent in self.ents:
            if ent.label_ in ("PERSON", "ORG") and not any(i in covered or i in self.region_names for i in range(ent.start, ent.end)) \
                    and not all(t.pos_ == "ADJ" for t in ent) and not any(t.tag_ in ("PRP", "PRP$") for t in ent) \
                    and not self._exercise_name(ent.end) and not no_person(ent):
                # ("Humanitarian aid": a describing word; "the Freedom Shield drills": an exercise's, openworld.py)
                s, e = self._trim_name(ent.start, ent.end)
                if e > s and (ent.label_ == "PERSON" or self.held_name(ent) or (self._after_title(s) and lower[e - 1] not in _BODY_WORDS)):
                    names.append((s, e, None))
                    covered.update(range(s, e))
        # proper-noun runs after a title that NER missed (only a token after a title head or a comma can be one)
        for i in [j + 1 for j, low in enumerate(lower[:-1]) if low in TITLE_HEADS or low == ","]:
            if i not in covered and self._after_title(i) and self._proper(toks[i]):
                e = i
                while e < len(toks) and e - i < 6 and (self._proper(toks[e]) or lower[e] in NAME_PARTICLES):
                    e += 1
                    if e + 1 < len(toks) and toks[e].text in ("-", "‐") and not toks[e - 1].whitespace_ \
                            and not toks[e].whitespace_ and self._proper(toks[e + 1]):
                        e += 2  # "Restrepo-Gaviria": a hyphenated surname is one name
                if lower[e - 1] in _BODY_WORDS:  # "the Tunisian General Labour Union": a body, not General X
                    continue
                names.append((i, e, None))
                covered.update(range(i, e))
        for s, e, m in sorted(names, key=lambda n: n[0]):
            if m is None:
                e = self._absorb(e)
            self._person(s, e, m)

    def _absorb(self, e: int) -> int:
        """A capital right after a new name is its last part: "Paulo Cardoso Lima"."""
        toks = self.toks
        while e < len(toks) and toks[e - 1].whitespace_ and toks[e].pos_ == "PROPN" and toks[e].is_title:
            m = self._mention_at(e)
            if m is None and not self.used[e] and toks[e].ent_type_ in ("", "PERSON") and self._proper(toks[e]) \
                    and self.sent_of[e] == self.sent_of[e - 1]:
                e += 1  # "Mawlawi Abdul Kabir": a name NER cut short
                continue
            if m is None or (m.start, m.end) != (e, e + 1) or m.how != "capital":
                break
            self._remove(m)
            e += 1
        return e

    def _proper(self, tok: Token) -> bool:
        return tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in TITLE_WORDS and tok.lower_ not in HONORIFICS \
            and not self.kb.lookup(tok.text)  # "Lt. Gen. X": the rank is no name

    def _trim_name(self, s: int, e: int) -> tuple[int, int]:
        toks, lower = self.toks, self.lower
        while s < e and (lower[s] in TITLE_WORDS | HONORIFICS | PREPS or not toks[s].is_alpha
                         or self.kb.lookup(toks[s].text)):
            s += 1
        e = next((i for i in range(s, e) if toks[i].is_space or toks[i].is_punct and toks[i].text not in "-.'"), e)
        while e > s and (not toks[e - 1].is_alpha or lower[e - 1] in PREPS):
            e -= 1
        return s, e

    def _after_title(self, i: int) -> bool:
        j = i - 2 if i >= 2 and self.toks[i - 1].text == "," else i - 1
        return j >= 0 and self.lower[j] in TITLE_HEADS and self.sent_of[j] == self.sent_of[i]

    def _zone_ok(self, i: int) -> bool:
        low, tok = self.lower[i], self.toks[i]
        return (low in TITLE_WORDS or low in PREPS or tok.pos_ in ("ADJ", "NUM") or tok.is_space
                or self._mention_at(i) is not None)

    def _left_zone(self, s: int) -> tuple[int, int] | None:
        """A title phrase just before a name: "Russia's Foreign Minister X", "the envoy to Y, X"."""
        toks, lower, sent = self.toks, self.lower, self.sents[self.sent_of[s]]
        j = s - 1
        while j > sent.start and (lower[j] in HONORIFICS - TITLE_WORDS or toks[j].text == "."):
            j -= 1  # "army chief, Lt. Gen. X": ranks between the title and the name
        comma = j >= sent.start and toks[j].text == ","
        if comma:
            j -= 1
        end = j + 1
        if comma:  # the title may end in any noun phrase: "Norway's envoy to the region, X"
            k = j
            while k >= sent.start and end - k <= 14 and not self._boundary(toks[k]):
                k -= 1
            j = next((i for i in range(k + 1, end) if lower[i] in TITLE_HEADS), None)
            if j is None:
                return None
        seen_head = False
        while j >= sent.start and end - j <= 14 and self._zone_ok(j):
            if seen_head and lower[j] in TARGET_PREPS:
                break
            seen_head = seen_head or lower[j] in TITLE_HEADS
            j -= 1
        start = j + 1
        while start < end and (lower[start] in PREPS - {"the", "a", "an"} or toks[start].tag_ == "CD"):
            start += 1  # "on May 3 Kenyan Ambassador X": the date's number is no part of the title
        if not any(lower[k] in TITLE_HEADS for k in range(start, end)):
            return None
        return start, end

    def _right_zone(self, e: int) -> tuple[int, int] | None:
        """A title in apposition after a name: "X, Russia's permanent representative to NATO,"."""
        toks, sent = self.toks, self.sents[self.sent_of[max(e - 1, 0)]]
        if e >= sent.end or toks[e].text != ",":
            return None
        k = e + 1
        while k < sent.end and k - e <= 14 and not self._boundary(toks[k]):
            k += 1
        if k < sent.end and not toks[k].is_punct:
            return None
        head = next((i for i in range(e + 1, k) if self.lower[i] in TITLE_HEADS), None)
        if head is None or not all(self._zone_ok(i) for i in range(e + 1, head)):
            return None
        return e + 1, k

    def _member_of(self, e: int, s: int = 0) -> _M | None:
        """The body a name is said to belong to: "Colonel X of the Iranian army", "X, who heads Lebanon's delegation,"
        (a relative clause with a leading verb), or the state whose possessive is before it ("Cambodia's X")."""
        toks, lower, sent = self.toks, self.lower, self.sents[self.sent_of[max(e - 1, 0)]]
        if s >= 2 and lower[s - 1] in ("'s", "\u2019s") and (m := self._mention_at(s - 2)) is not None and m.end == s - 1 \
                and m.person is None and m.actor is not None and m.actor.kind == "state":
            return m
        if e < sent.end and lower[e] == "of":
            k = e + 1
        elif e + 2 < sent.end and toks[e].text == "," and lower[e + 1] == "who" and lower[e + 2] in LEADING_VERBS:
            k = e + 3
        else:
            return None
        for i in range(k, min(k + 6, sent.end)):
            m = self._mention_at(i)
            if m is not None:
                return m if m.person is None and m.actor is not None and m.actor.kind != "person" else None
            if self._boundary(toks[i]):
                return None
        return None

    @staticmethod
    def _boundary(tok: Token) -> bool:
        return tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text not in ("-", "'", "\u2019", "."))\
            or tok.lower_ in ("who", "which", "that")

    def _owner(self, start: int, end: int) -> tuple[_M | None, int]:
        """The actor a title phrase belongs to, and where the title proper begins."""
        toks, lower = self.toks, self.lower
        inside = sorted((m for m in self._by_sent[self.sent_of[start]] if start <= m.start and m.end <= end),
                        key=lambda m: m.start)
        first_head = next((k for k in range(start, end) if lower[k] in TITLE_HEADS), end)
        for m in inside:  # "Russia's ...", "Russian Ambassador", "Taliban spokesman"
            before = [t for t in toks[start:m.start] if t.lower_ not in ("the", "a", "an")
                      and t.pos_ != "ADJ" and t.lower_ not in TITLE_WORDS - TITLE_HEADS]
            if m.end <= first_head and not before:
                title_start = m.end + (1 if m.end < end and lower[m.end] in ("'s", "’s", "'") else 0)
                return m, title_start
        for m in inside:  # "head of the ... of the Russian Foreign Ministry"
            k = m.start - 1
            while k >= start and (lower[k] in ("the", "a") or toks[k].pos_ == "ADJ"):
                k -= 1
            if k >= start and (lower[k] == "of" or lower[k] == "to" and lower[k - 1] in SERVING_TITLES
                               or lower[k] == "for" and lower[k - 1] in SPEAKING_TITLES):
                return m, start  # "adviser to the US president": an aide serves the side "to" names
        return None, start

    def _zone_title(self, zone: tuple[int, int]):
        """The owner and the title text of a title or apposition zone (articles skipped)."""
        owner, tstart = self._owner(*zone)
        while tstart < zone[1] and self.lower[tstart] in ("the", "a", "an"):
            tstart += 1
        return owner, self._title_text(tstart, zone[1])

    def _person(self, s: int, e: int, m: _M | None) -> None:
        how = "ner"
        zone, owner, title = self._left_zone(s), None, None
        span_start, span_end = s, e
        if zone is not None:
            owner, title = self._zone_title(zone)
            span_start, how = zone[0], "title"
        else:
            zone = self._right_zone(e)
            if zone is not None:
                owner, title = self._zone_title(zone)
                span_end, how = zone[1], "apposition"
        owner = owner or self._member_of(e, s)
        while span_start > 0 and self.lower[span_start - 1] in HONORIFICS and how == "ner":
            span_start -= 1
        via = self._owner_id(owner, title) if owner is not None else None
        if title and title.replace("-", " ").split()[0].lower() in PAST_TITLE_WORDS:
            via = None  # "Bolivia's former president X": serves it no more
        if via is None and title and not (m and m.actor):  # "the German ambassador ... Ambassador X": X is his
            via = self._described_before(s, title)
        actor = m.actor if m else None
        if actor is not None and not self._title_fits(actor, owner, title):
            actor = None  # "a Brazilian army colonel X" is not the minister X of another country
        person = self._register(self._name_words(s, e), actor, s)
        if title and (person.title is None or person.actor is None):
            person.title = title
        if via:
            person.via = via
        if m is not None:
            self._remove(m)
            how = m.how if how == "ner" else how
        self._add(_M(span_start, span_end, person.actor, how, person=person))
        for i in range(span_start, span_end):
            self.used[i] = True

    def _described_before(self, s: int, title: str) -> str | None:
        """The state whose official the text described with this title before naming anyone ("the German
        ambassador ..., Ambassador X"), when every such description before ``s`` has the same state."""
        head = title.split()[-1].lower()
        owners = set()
        for k in range(1, s):
            if self.lower[k] != head or self.used[k]:
                continue
            m = self._mention_at(k - 1)
            if m is not None and m.end == k and m.person is None and m.actor is not None and m.actor.kind == "state":
                owners.add(m.actor.id)
        return owners.pop() if len(owners) == 1 else None

    def _name_words(self, s: int, e: int) -> tuple[str, ...]:
        """The words of a name, hyphenated parts kept whole: ("Nimr", "al-Nimr")."""
        words: list[str] = []
        for k in range(s, e):
            tok = self.toks[k]
            if words and k > s and not self.toks[k - 1].whitespace_ and (tok.text == "-" or self.toks[k - 1].text == "-"):
                words[-1] += tok.text
            elif tok.text != "-":
                words.append(tok.text)
        return tuple(words)

    def _title_fits(self, actor: Actor, owner: _M | None, title: str | None) -> bool:
        """A knowledge-base person's entry must not contradict the title and nationality written with the name."""
        if owner is not None and owner.person is None and owner.actor is not None and owner.actor.kind == "state":
            serves = {actor.country} | {r.of for r in actor.roles}
            if owner.actor.id not in serves and owner.actor.country not in serves:
                return False
        if title and _title_sector(title) == "MIL":
            return actor.sector == "MIL" or any(r.sector == "MIL" or _title_sector(r.title) == "MIL"
                                                for r in actor.roles)
        return True

    def _title_text(self, s: int, e: int) -> str | None:
        toks = [t for t in self.toks[s:e] if not (t.is_space or t.is_punct and t.text != "-")]
        text = " ".join(t.lower_ if t.lower_ in TITLE_WORDS else t.text for t in toks).replace(" - ", "-")
        return text or None

    def _owner_id(self, owner: _M, title: str | None) -> str | None:
        actor = owner.person.actor if owner.person else owner.actor
        if owner.person is not None:
            return owner.person.via or (self._role_of(actor) if actor else None)
        if actor is None:
            return None
        if actor.kind == "person":
            return self._role_of(actor)
        if actor.kind == "state" and title and _title_sector(title) == "GOV":
            holders = self.kb.governments_of(actor.id, self.date)
            if len(holders) == 1:
                return holders[0].id
        return actor.id

    def _role_of(self, actor: Actor) -> str | None:
        role = actor.last_role(self.date)
        return role.of if role else actor.country

    def _register(self, tokens: tuple[str, ...], actor: Actor | None, at: int) -> _Person:
        for p in reversed(self.people):
            if actor is not None and p.actor is actor:
                p.seen.append(at)
                return p
            low, known = {t.lower() for t in tokens}, {t.lower() for t in p.tokens}
            if actor is None and p.actor is None and p.surname.lower() == tokens[-1].lower() and (
                    low <= known or known <= low):
                if len(tokens) > len(p.tokens):
                    p.tokens = tokens
                p.seen.append(at)
                return p
        if actor is None and len(tokens) == 1:  # "Kim Jong Un ... Kim said": a family name written first
            first = [p for p in self.people if len(p.tokens) in (2, 3) and p.tokens[0] == tokens[0]]
            if len(first) == 1 and not any(tokens[0] in p.tokens[1:] for p in self.people):
                first[0].seen.append(at)
                return first[0]
        person = _Person(tokens, actor, seen=[at])
        if actor is not None:
            role = actor.role_at(self.date)
            person.title = role.title if role else None
        self.people.append(person)
        return person

    def surnames_pass(self) -> None:
        """Later bare surnames of learned people ("Mantyskiy"), and a family name written first ("Wang"
        for "Wang Yi")."""
        self._first_names_pass()
        by_surname = {p.surname.split("-")[-1]: p for p in self.people if p.actor is None and p.surname.split("-")[-1]}
        if not by_surname:
            return
        # the tokens written as a surname (its last hyphenated part), found by their ORTH hash (no string made
        # per token); a hyphenated surname must then be written whole before it: "al-Nimr", "Al-Nimr"
        wanted = {self.doc.vocab.strings[last] for last in by_surname}
        for e in [i + 1 for i, orth in enumerate(self.doc.to_array(ORTH).tolist()) if orth in wanted]:
            p = by_surname[self.toks[e - 1].text]
            i = e - 1 - 2 * p.surname.count("-")
            if i < 0 or any(self.used[i:e]) or self._span_text(i, e).lower() != p.surname.lower():
                continue
            m = self._mention_at(i)
            if m is not None and (m.start, m.end, m.how) == (i, i + 1, "capital"):
                self._remove(m)  # a surname that is also a capital: "Lima"
            elif m is not None or any(self._mention_at(k) for k in range(i, e)):
                continue
            self._add(_M(i, e, None, "alias", person=p))
            p.seen.append(i)
            for k in range(i, e):
                self.used[k] = True

    def _first_names_pass(self) -> None:
        """ "Wang Yi ... Wang urged": the first word of a two- or three-word name, written alone after it and held by
        no other person of the document, is that person (family names come first in many languages)."""
        owners: dict[str, list[_Person]] = {}
        for p in self.people:
            for k, word in enumerate(p.tokens):
                owners.setdefault(word, []).append(p if k == 0 and len(p.tokens) in (2, 3) else None)
        firsts = {w: ps[0] for w, ps in owners.items() if len(ps) == 1 and ps[0] is not None and w.isalpha()
                  and w[:1].isupper() and w.lower() not in HONORIFICS | TITLE_WORDS}
        if not firsts:
            return
        toks = self.toks
        wanted = {self.doc.vocab.strings[w] for w in firsts}  # found by ORTH hash, no string made per token
        for i in [i for i, orth in enumerate(self.doc.to_array(ORTH).tolist()) if orth in wanted]:
            p = firsts[toks[i].text]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if self.used[i] or self._mention_at(i) is not None or not p.seen or i <= min(p.seen) \
                    or (nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title) or self.kb.lookup(toks[i].text):
                continue
            self._add(_M(i, i + 1, p.actor, "alias", person=p))
            p.seen.append(i)
            self.used[i] = True

    def titles_pass(self) -> None:
        """Bare titles: "the ambassador" -> the last such person; "the US president" -> the holder."""
        toks, lower, n = self.toks, self.lower, len(self.toks)
        for t, low in enumerate(lower):
            if low not in TITLE_HEADS or self.used[t] or t == 0:
                continue
            if t + 1 < n and (self._proper(toks[t + 1]) or lower[t + 1] in TITLE_WORDS):
                continue
            j, owner = t - 1, None
            while j >= 0 and (lower[j] in TITLE_WORDS or self._mention_at(j) is not None) \
                    and lower[j] not in ("the", "a"):
                owner = self._mention_at(j) or owner
                j -= 1
            if j > 0 and lower[j] in ("'s", "\u2019s") and owner is None and (m := self._mention_at(j - 1)) is not None \
                    and m.end == j and m.person is None and m.actor is not None:
                owner, j = m, m.start  # "Germany's foreign minister": the holder, as "the German foreign minister"
            elif j < 0 or lower[j] != "the":
                continue
            title = " ".join(w for w in lower[(owner.end if owner else j + 1):t + 1] if w not in ("'s", "\u2019s"))
            k = t + 1
            if k < n and lower[k] == "of":  # "the spokesman of the Kremlin"
                k += 2 if k + 1 < n and lower[k + 1] == "the" else 1
                owner = self._mention_at(k) if k < n else None
                if owner is None:
                    continue
            want = owner.actor.id if owner and owner.actor else None
            person = next((p for p in sorted(self.people, key=lambda p: -p.before(t))
                           if p.before(t) >= 0 and p.title and low in p.title.lower().split()
                           and (want is None or want in (p.via, p.country, p.actor and p.actor.country))), None)
            if person is None and want is not None:
                holder = self._holder(want, title)
                person = self._register(tuple(holder.name.split()), holder, t) if holder else None
            if person is not None:
                self._add(_M(j, t + 1, person.actor, "title", person=person))
                person.seen.append(t)
                for i in range(j, t + 1):
                    self.used[i] = True

    def _holder(self, of: str, title: str) -> Actor | None:
        """The knowledge-base person holding ``title`` of ``of`` at the date ("the Russian president")."""
        index = self.kb.cache.get("actors.roles")
        if index is None:
            index = {}
            for actor in self.kb:
                for role in actor.roles:
                    if actor.kind == "person" and role.of:
                        index.setdefault(role.of, {})[actor.id] = actor
            self.kb.cache["actors.roles"] = index
        want = title.replace("defense", "defence")
        found = [a for a in index.get(of, {}).values()
                 if (r := a.role_at(self.date)) is not None and r.of == of
                 and r.title.lower().replace("defense", "defence") == want]
        return found[0] if len(found) == 1 else None

