"""Actor resolution, step 1: knowledge-base surface forms.

Two PhraseMatchers built once per knowledge base (LOWER for names, ORTH for abbreviations and surnames),
longest match first, plus the parts of hyphen/slash compounds left as one token.
"""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.matcher import PhraseMatcher

from diplograph.extract.actors.state import _M, _SPLIT, NER_CONTAINERS, NOT_PERSON
from diplograph.extract.actors.words import CONDITION_NOUNS, HONORIFICS, LOCATIVE_PREPS, NOT_ACTOR_AFTER, PLURAL_NOUNS, PREPS, \
    TITLE_WORDS
from diplograph.extract.actors.kb import Actor, KnowledgeBase, case_sensitive, fold, normalise

# ------------------------------------------------------------------ matchers (cached per KB)

@dataclass
class _Matchers:
    lower: PhraseMatcher
    orth: PhraseMatcher
    lower_ok: frozenset[str]  # normalised forms that may be written in lower case


def _variants(form: str) -> set[str]:
    out = {form, fold(form)}
    out |= {v.replace("'", "\u2019") for v in out} | {v.replace("\u2019", "'") for v in out}
    return out


def _matchers(kb: KnowledgeBase, vocab) -> _Matchers:
    key = ("actors.matchers", id(vocab))
    cached = kb.cache.get(key)
    if cached is not None and cached[0] is vocab:
        return cached[1]
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    ci, cs, lower_ok = set(), set(), set()
    for actor in kb:
        for form, how, _ in actor.surface_forms():
            strict = case_sensitive(form) or (
                actor.kind == "person" and how == "alias" and " " not in form)
            (cs if strict else ci).update(_variants(form))
            if form[:1].islower():
                lower_ok.add(normalise(form))
    lower, orth = PhraseMatcher(vocab, attr="LOWER"), PhraseMatcher(vocab, attr="ORTH")
    lower.add("KB", list(tokenizer.pipe(sorted(ci))))
    orth.add("KB", list(tokenizer.pipe(sorted(cs))))
    built = _Matchers(lower, orth, frozenset(lower_ok))
    kb.cache[key] = (vocab, built)
    return built


def prepare(kb: KnowledgeBase, vocab) -> None:
    """Build the knowledge-base matchers for ``vocab`` now (once per process) rather than on the first document."""
    _matchers(kb, vocab)


class _KbMatching:
    """Knowledge-base candidates and their selection (a mixin of ``actors._Resolver``)."""

    def kb_candidates(self) -> list[_M]:
        out: list[_M] = []
        for matcher, strict in ((self.matchers.lower, False), (self.matchers.orth, True)):
            for _, s, e in matcher(self.doc):
                text = self._span_text(s, e)
                if not strict and text[:1].islower() and normalise(text) not in self.matchers.lower_ok:
                    continue
                if strict and e - s == 1 and len(text) <= 3 and self._shouting(s):
                    continue
                if s >= 2 and self.toks[s - 1].text in "-\u2013" and self.lower[s - 2] in NOT_ACTOR_AFTER:
                    continue
                if not strict and e + 1 < len(self.toks) and self.lower[e] == "of" and self.lower[e + 1] in CONDITION_NOUNS:
                    continue  # "states of emergency": a condition, no group of states
                hits = self.kb.lookup(text)
                if hits and not self._definite_group(s, e, hits) and not self._named_title(s, e, hits):
                    out.append(self._pick(s, e, hits, text))
        covered = {i for m in out for i in range(m.start, m.end)}
        return out + self.misspelt_candidates(covered)

    def _definite_group(self, s: int, e: int, hits) -> bool:
        """ "the three countries", "both nations": a definite group phrase points back to the actors told
        before (:mod:`.plural`), and "European states" is a named kind of them; only a bare or indefinite
        plural ("some forty countries") is an unnamed group."""
        if not all(a.id.startswith("GEN_") for a, _ in hits) or self.lower[e - 1] not in PLURAL_NOUNS:
            return False
        first = self.toks[e - 1].left_edge.i
        if s > 0 and self.toks[s - 1].is_title and self.toks[s - 1].pos_ in ("ADJ", "PROPN") and first < s:
            return True  # "European states", "the Gulf states": a named kind of state (:mod:`.openworld`)
        return first < s and self.lower[first] in ("the", "these", "those", "both")

    def _named_title(self, s: int, e: int, hits) -> bool:
        """ "opposition leader Juan Perez", "the country's opposition leader, Juan Perez": a singular unnamed
        actor noun before a name is the named person's title, no actor of its own; "the journalist", "his
        activist": a definite or owned one is someone told before (:mod:`.people`, :mod:`.coref`)."""
        head = self.toks[e - 1]
        if not all(a.id.startswith("GEN_") for a, _ in hits) or head.tag_ != "NN" or not any(
                self.lower[s:e - 1] + [head.lower_ + end] == a.lower().split() for x, _ in hits for a in x.aliases
                for end in ("s", "es")):
            return False  # (a person's noun, its plural listed too: not a collective like "the police")
        if head.lower_ in TITLE_WORDS and any(c.i < s and (c.dep_ == "poss" or (
                c.dep_ == "det" and c.lower_ not in ("a", "an", "another"))) for c in head.children):
            return True  # (a person's noun: "the militia", "the armed group" are groups)
        k = e + 1 if e < len(self.toks) and self.lower[e] == "," else e
        return k < len(self.toks) and self.toks[k].pos_ == "PROPN" and self.toks[k].is_title

    def _shouting(self, i: int) -> bool:
        near = [t for t in (self.toks[i - 1] if i else None, self.toks[i + 1] if i + 1 < len(self.toks) else None)
                if t is not None and t.is_alpha]
        return bool(near) and all(t.is_upper and len(t) > 3 for t in near)

    def _pick(self, s: int, e: int, hits: list[tuple[Actor, str]], text: str) -> _M:
        """The mention of the best reading of ``text`` (``hits``: its knowledge-base lookup)."""
        choice = self._picked.get(text)  # the same text reads the same way throughout the document
        if choice is None:
            choice = self._picked[text] = self._choose(hits, text)
        actor, how, sector = choice
        return _M(s, e, actor, how, sector=sector)

    def _choose(self, hits: list[tuple[Actor, str]], text: str) -> tuple[Actor, str, str | None]:
        people = [(a, h) for a, h in hits if a.kind == "person"]
        if people and len(people) == len(hits):
            actor, how = max(people, key=lambda p: self._person_score(p[0]))
        else:
            actor, how = next((a, h) for a, h in hits if a.kind != "person")
        # an institution ("Pentagon", "Duma") carries its own sector
        return actor, how, actor.institution_sector(text) if how == "seat" else None

    def _person_score(self, actor: Actor) -> tuple:
        live = actor.role_at(self.date) is not None
        last = actor.last_role(self.date)
        return (live, last.start_key if last else (0, 0, 0), -len(actor.roles))

    def select(self, cands: list[_M]) -> None:
        taken = [False] * len(self.doc)
        for m in sorted(cands, key=lambda m: (-(m.end - m.start), m.start)):
            if any(taken[m.start:m.end]) or self._inside_name(m):
                continue
            if m.actor.kind == "person" and (" " not in self._span_text(m.start, m.end) and not self._name_ok(m)
                                             or not self._first_name_ok(m)):
                continue
            for i in range(m.start, m.end):
                taken[i] = True
            self._add(m)
        # parts of compounds the tokenizer left whole: "U.S.-Russia" (the tokens holding a - / or dash)
        compounds = {self.doc.char_span(c.start(), c.end(), alignment_mode="expand").start
                     for c in _SPLIT.finditer(self.text)}
        for i in sorted(compounds):
            word = self.toks[i].text
            if taken[i] or not word[:1].isalpha():
                continue
            idx, pos = self.toks[i].idx, 0
            for part in _SPLIT.split(word):
                off = word.index(part, pos)
                pos = off + len(part)
                hits = self.kb.lookup(part) if len(part) > 1 and part[:1].isupper() else []
                if hits and hits[0][0].kind != "person":
                    m = self._pick(i, i + 1, hits, part)
                    m.char = (idx + off, idx + pos)
                    self._add(m)

    def _inside_name(self, m: _M) -> bool:
        """A match inside a longer named entity ("Latin America", "Washington Post")."""
        ent = self.toks[m.start].ent_type_
        nxt = self.toks[m.end] if m.end < len(self.toks) else None
        if nxt is not None and nxt.ent_iob_ == "I" and nxt.ent_type_ in ("GPE", "LOC", "NORP") and nxt.is_title \
                and m.actor.kind != "person" and m.how != "demonym":
            return True  # a match followed by more of a place's or people's name: "the West" in "the West Bank",
            # "the West African states"
        if ent not in NER_CONTAINERS or m.actor.kind == "person":
            return False
        e = self.ents[self.ent_of[m.start]]
        if m.how == "demonym" and m.end == e.end < len(self.toks) and self.toks[e.end].tag_ in ("NN", "NNS") \
                and e.root.head.i == e.end:
            return False  # a nationality ending a mis-tagged span before its noun: "Radical French farmers"
        if m.how == "seat" and e.start <= m.start and m.end <= e.end and self._others_seat(m, e):
            return True
        if e.start <= m.start and m.end <= e.end and (e.end - e.start) > (m.end - m.start):
            extra = [t for t in e if not (m.start <= t.i < m.end) and t.lower_ not in PREPS and t.is_alpha]
            # a capital names institutions too: "Georgetown University", "Moscow State University"
            return bool(extra) and all(t.is_title and t.pos_ == "PROPN" and not self.kb.lookup(t.text)
                                       and (m.how == "capital" or t.lower_ not in TITLE_WORDS) for t in extra)
        return False

    def _others_seat(self, m: _M, e) -> bool:
        """ "the Congress of X Trade Unions", "the Zambian Congress of Trade Unions": an institution word
        inside a longer name that says whose it is (an "of" phrase after it, or another state's name or
        nationality word before it) is that body's name, not the seat the knowledge base knows."""
        if m.end < e.end and self.lower[m.end] == "of":
            return True
        k = m.start - 1
        return k >= e.start and any(a.kind == "state" and a.id != m.actor.id for a, _ in self.kb.lookup(self.toks[k].text))

    def _first_name_ok(self, m: _M) -> bool:
        """ "Marcos Lavrov" is not Sergey Lavrov: a first name written before a surname must be the entry's
        (or a middle name after one of its first names)."""
        toks, lower = self.toks, self.lower
        k = m.start - 1
        if k < 0 or not (toks[k].is_alpha and toks[k].is_title and len(toks[k]) > 2 and toks[k].pos_ == "PROPN") \
                or lower[k] in TITLE_WORDS | HONORIFICS or self.kb.lookup(toks[k].text):
            return True
        names = {w.lower() for f, _, _ in m.actor.surface_forms() for w in f.replace("-", " ").split()}
        return lower[k] in names or (k > 0 and lower[k - 1] in names)

    def _name_ok(self, m: _M) -> bool:
        """A bare surname counts as a person unless tagging says it is something else."""
        tok = self.toks[m.start]
        if tok.ent_type_ == "PERSON" or m.how == "name":
            return True
        if m.start and self.lower[m.start - 1] in TITLE_WORDS | HONORIFICS:
            return True
        if tok.ent_type_ == "GPE" and m.end - m.start == 1 and tok.pos_ == "PROPN" \
                and (m.start == 0 or self.lower[m.start - 1] not in LOCATIVE_PREPS | {"to", "from"}) \
                and all(a.kind == "person" for a, _ in self.kb.lookup(tok.text)):
            return True  # "a phone call with Erdogan": no place of the knowledge base has the name
        return tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_PERSON
