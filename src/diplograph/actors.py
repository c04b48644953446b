"""Actor resolution: which known (or newly learned) actors a parsed document mentions.

Mechanisms, in order:

1. knowledge-base surface forms, found with two PhraseMatchers built once per
   knowledge base (LOWER for names, ORTH for abbreviations and surnames), longest
   match first, plus the parts of hyphen/slash compounds left as one token;
2. people: names (knowledge base, NER ``PERSON`` or a proper-noun run after a
   title) with the title phrase before them or in apposition after them, giving
   the role title and the actor the person serves (``via``); unknown people are
   learned per document, and later surnames or bare titles ("the ambassador")
   point back to them;
3. institution nouns after an actor ("Russian diplomats", "Kremlin policymakers",
   "Russian troops") set the sector; capitals, seats and government nouns resolve
   to the group governing the state at the date when a group's role says so;
4. unknown NER organisations become new actors; generic group phrases ("the
   resurgent group") and pronouns resolve to the only candidate in the current
   and previous two sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from .actor_words import (GOV_NOUNS, GROUP_NOUNS, HONORIFICS, INSTITUTIONS, NAME_PARTICLES, NOT_ACTOR_AFTER,
                          PREPS, PRONOUN_PREDICATES, PRONOUNS, TARGET_PREPS, TITLE_HEADS, TITLE_SECTORS,
                          TITLE_WORDS)
from .kb import Actor, KnowledgeBase, case_sensitive, fold, normalise
from .nlp import sents, text_of, tokens
from .records import ActorRef, NewActor

__all__ = ["ResolvedMention", "Resolution", "resolve_actors"]

# ------------------------------------------------------------------ lexicon


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


# spaCy NER labels that never name a person / that may contain a knowledge-base name
NOT_PERSON = {"DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
              "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "FAC", "LANGUAGE"}
NER_CONTAINERS = {"ORG", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "PERSON"}
_SPLIT = re.compile(r"[-/\u2013]")
_SLUG = re.compile(r"[^A-Z0-9]+")


def _title_sector(title: str) -> str:
    words = set(title.lower().replace("-", " ").split())
    if words & TITLE_SECTORS["MIL"]:
        return "MIL"
    if "general" in words and not words & _words("secretary attorney consul director prosecutor"):
        return "MIL"
    for sector in ("SPY", "LEG", "JUD"):
        if words & TITLE_SECTORS[sector]:
            return sector
    return "GOV"


def _slug(prefix: str, name: str) -> str:
    return prefix + _SLUG.sub("_", fold(name).upper()).strip("_")


# ------------------------------------------------------------------ public records

@dataclass
class ResolvedMention:
    actor: ActorRef
    token_start: int
    token_end: int
    sentence: int
    how: str  # name|alias|demonym|capital|seat|title|apposition|coref|ner


@dataclass
class Resolution:
    mentions: list[ResolvedMention]
    new_actors: list[NewActor]
    _by_token: dict[int, ResolvedMention] | None = field(default=None, init=False, repr=False)

    def at_token(self, i: int) -> ResolvedMention | None:
        """The narrowest mention covering token ``i``."""
        if self._by_token is None:
            index: dict[int, ResolvedMention] = {}
            for m in sorted(self.mentions, key=lambda m: m.token_end - m.token_start, reverse=True):
                for j in range(m.token_start, m.token_end):
                    index[j] = m
            self._by_token = index
        return self._by_token.get(i)

    def in_span(self, start: int, end: int) -> list[ResolvedMention]:
        """Mentions lying inside the token span ``[start, end)``."""
        return [m for m in self.mentions if m.token_start >= start and m.token_end <= end]


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


# ------------------------------------------------------------------ working records

@dataclass(eq=False)
class _Person:
    """A person seen in this document (knowledge-base or learned)."""

    tokens: tuple[str, ...]
    actor: Actor | None = None  # knowledge-base person
    title: str | None = None
    via: str | None = None
    country: str | None = None
    seen: list[int] = field(default_factory=list)  # token indices of its mentions

    def before(self, i: int) -> int:
        """The last mention before token ``i`` (-1 if none)."""
        return max((j for j in self.seen if j < i), default=-1)

    @property
    def surname(self) -> str:
        return self.tokens[-1]

    @property
    def name(self) -> str:
        return self.actor.name if self.actor else " ".join(self.tokens)

    @property
    def pid(self) -> str:
        return self.actor.id if self.actor else _slug("PER_", self.name)


@dataclass(eq=False)
class _M:
    """A mention under construction."""

    start: int
    end: int
    actor: Actor | None
    how: str
    sector: str | None = None
    person: _Person | None = None
    new_org: str | None = None
    char: tuple[int, int] | None = None  # sub-token part of a compound token

    @property
    def actor_id(self) -> str:
        if self.person is not None:
            return self.person.pid
        if self.new_org is not None:
            return _slug("ORG_", self.new_org)
        return self.actor.id if self.actor else ""


class _Resolver:
    def __init__(self, doc: Doc, kb: KnowledgeBase, date: str | None) -> None:
        self.doc, self.kb, self.date = doc, kb, date
        self.matchers = _matchers(kb, doc.vocab)
        self.sent_of = [0] * len(doc)
        self.toks = tokens(doc)
        self.sents = sents(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        self.ents = list(doc.ents)
        self.ent_of: list[int] = [-1] * len(doc)  # index into self.ents of the entity covering each token
        for k, ent in enumerate(self.ents):
            for i in range(ent.start, ent.end):
                self.ent_of[i] = k
        self.text = text_of(doc)
        self.mentions: list[_M] = []
        self.people: list[_Person] = []
        self.used = [False] * len(doc)  # tokens consumed by a mention or a title phrase
        self._cover: list[list[_M]] = [[] for _ in range(len(doc))]  # mentions covering each token
        self._by_sent: list[list[_M]] = [[] for _ in self.sents]

    def _add(self, m: _M) -> None:
        self.mentions.append(m)
        self._by_sent[self.sent_of[m.start]].append(m)
        for j in range(m.start, m.end):
            self._cover[j].append(m)

    def _remove(self, m: _M) -> None:
        self.mentions.remove(m)
        self._by_sent[self.sent_of[m.start]].remove(m)
        for j in range(m.start, m.end):
            self._cover[j].remove(m)

    def _respan(self, m: _M, start: int, end: int) -> None:
        self._remove(m)
        m.start, m.end = start, end
        self._add(m)

    @staticmethod
    def _generic(m: _M) -> bool:
        """An unnamed, sector-coded actor ("troops", "police") from data/actors/generic.yaml."""
        return m.actor is not None and m.actor.id.startswith("GEN_")

    def _mention_at(self, i: int) -> _M | None:
        """The narrowest mention covering token ``i`` (the latest among equals)."""
        cover = self._cover[i]
        return min(reversed(cover), key=lambda m: m.end - m.start) if cover else None

    # ---------------------------------------------------------- step 1: KB forms
    def kb_candidates(self) -> list[_M]:
        doc, out = self.doc, []
        for matcher, strict in ((self.matchers.lower, False), (self.matchers.orth, True)):
            for _, s, e in matcher(doc):
                span = doc[s:e]
                if not strict and span.text[:1].islower() and normalise(span.text) not in self.matchers.lower_ok:
                    continue
                if strict and e - s == 1 and len(span.text) <= 3 and self._shouting(s):
                    continue
                if s >= 2 and doc[s - 1].text in "-\u2013" and doc[s - 2].lower_ in NOT_ACTOR_AFTER:
                    continue
                hits = self.kb.lookup(span.text)
                if hits:
                    out.append(self._pick(s, e, hits, span.text))
        return out

    def _shouting(self, i: int) -> bool:
        near = [t for t in (self.doc[i - 1] if i else None, self.doc[i + 1] if i + 1 < len(self.doc) else None)
                if t is not None and t.is_alpha]
        return bool(near) and all(t.is_upper and len(t) > 3 for t in near)

    def _pick(self, s: int, e: int, hits: list[tuple[Actor, str]], text: str) -> _M:
        people = [(a, h) for a, h in hits if a.kind == "person"]
        if people and len(people) == len(hits):
            actor, how = max(people, key=lambda p: self._person_score(p[0]))
        else:
            actor, how = next((a, h) for a, h in hits if a.kind != "person")
        # an institution ("Pentagon", "Duma") carries its own sector
        return _M(s, e, actor, how, sector=actor.institution_sector(text) if how == "seat" else None)

    def _person_score(self, actor: Actor) -> tuple:
        live = actor.role_at(self.date) is not None
        last = actor.last_role(self.date)
        return (live, last.start_key if last else (0, 0, 0), -len(actor.roles))

    def select(self, cands: list[_M]) -> None:
        taken = [False] * len(self.doc)
        for m in sorted(cands, key=lambda m: (-(m.end - m.start), m.start)):
            if any(taken[m.start:m.end]) or self._inside_name(m):
                continue
            if m.actor.kind == "person" and " " not in self.doc[m.start:m.end].text and not self._name_ok(m):
                continue
            for i in range(m.start, m.end):
                taken[i] = True
            self._add(m)
        for tok in self.toks:  # parts of compounds the tokenizer left whole: "U.S.-Russia"
            if taken[tok.i] or not _SPLIT.search(tok.text) or not tok.text[:1].isalpha():
                continue
            pos = 0
            for part in _SPLIT.split(tok.text):
                off = tok.text.index(part, pos)
                pos = off + len(part)
                hits = self.kb.lookup(part) if len(part) > 1 and part[:1].isupper() else []
                if hits and hits[0][0].kind != "person":
                    m = self._pick(tok.i, tok.i + 1, hits, part)
                    m.char = (tok.idx + off, tok.idx + pos)
                    self._add(m)

    def _inside_name(self, m: _M) -> bool:
        """A match inside a longer named entity ("Latin America", "Washington Post")."""
        ent = self.doc[m.start].ent_type_
        if ent not in NER_CONTAINERS or m.actor.kind == "person":
            return False
        e = self.ents[self.ent_of[m.start]]
        if e.start <= m.start and m.end <= e.end and (e.end - e.start) > (m.end - m.start):
            extra = [t for t in e if not (m.start <= t.i < m.end) and t.lower_ not in PREPS and t.is_alpha]
            # a capital names institutions too: "Georgetown University", "Moscow State University"
            return bool(extra) and all(t.is_title and t.pos_ == "PROPN" and not self.kb.lookup(t.text)
                                       and (m.how == "capital" or t.lower_ not in TITLE_WORDS) for t in extra)
        return False

    def _name_ok(self, m: _M) -> bool:
        """A bare surname counts as a person unless tagging says it is something else."""
        tok = self.doc[m.start]
        if tok.ent_type_ == "PERSON" or m.how == "name":
            return True
        if m.start and self.doc[m.start - 1].lower_ in TITLE_WORDS | HONORIFICS:
            return True
        return tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_PERSON

    # ---------------------------------------------------------- step 2: people
    def people_pass(self) -> None:
        doc = self.doc
        names: list[tuple[int, int, _M | None]] = [
            (m.start, m.end, m) for m in self.mentions if m.actor and m.actor.kind == "person"]
        covered = {i for m in self.mentions for i in range(m.start, m.end)}
        for ent in self.ents:
            if ent.label_ in ("PERSON", "ORG") and not any(i in covered for i in range(ent.start, ent.end)):
                s, e = self._trim_name(ent.start, ent.end)
                if e > s and (ent.label_ == "PERSON" or self._after_title(s)):
                    names.append((s, e, None))
                    covered.update(range(s, e))
        for tok in self.toks:  # proper-noun runs after a title that NER missed
            if tok.i not in covered and self._after_title(tok.i) and self._proper(tok):
                e = tok.i
                while e < len(doc) and e - tok.i < 4 and (self._proper(doc[e]) or doc[e].lower_ in NAME_PARTICLES):
                    e += 1
                names.append((tok.i, e, None))
                covered.update(range(tok.i, e))
        for s, e, m in sorted(names, key=lambda n: n[0]):
            if m is None:
                e = self._absorb(e)
            self._person(s, e, m)

    def _absorb(self, e: int) -> int:
        """A capital right after a new name is its last part: "Paulo Cardoso Lima"."""
        doc = self.doc
        while e < len(doc) and doc[e - 1].whitespace_ and doc[e].pos_ == "PROPN" and doc[e].is_title:
            m = self._mention_at(e)
            if m is None or (m.start, m.end) != (e, e + 1) or m.how != "capital":
                break
            self._remove(m)
            e += 1
        return e

    def _proper(self, tok: Token) -> bool:
        return tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in TITLE_WORDS and not self.kb.lookup(tok.text)

    def _trim_name(self, s: int, e: int) -> tuple[int, int]:
        doc = self.doc
        while s < e and (doc[s].lower_ in TITLE_WORDS | HONORIFICS | PREPS or not doc[s].is_alpha
                         or self.kb.lookup(doc[s].text)):
            s += 1
        cut = next((i for i in range(s, e) if doc[i].is_space or doc[i].is_punct and doc[i].text not in "-.'"), e)
        e = cut
        while e > s and (not doc[e - 1].is_alpha or doc[e - 1].lower_ in PREPS):
            e -= 1
        return s, e

    def _after_title(self, i: int) -> bool:
        j = i - 1
        if j >= 0 and self.toks[j].text == ",":
            j -= 1
        return j >= 0 and self.toks[j].lower_ in TITLE_HEADS and self.sent_of[j] == self.sent_of[i]

    def _zone_ok(self, tok: Token) -> bool:
        return (tok.lower_ in TITLE_WORDS or tok.lower_ in PREPS or tok.pos_ in ("ADJ", "NUM") or tok.is_space
                or self._mention_at(tok.i) is not None)

    def _left_zone(self, s: int) -> tuple[int, int] | None:
        """A title phrase just before a name: "Russia's Foreign Minister X", "the envoy to Y, X"."""
        doc, sent = self.doc, self.sents[self.sent_of[s]]
        j = s - 1
        comma = j >= sent.start and doc[j].text == ","
        if comma:
            j -= 1
        end = j + 1
        if comma:  # the title may end in any noun phrase: "Norway's envoy to the region, X"
            k = j
            while k >= sent.start and end - k <= 14 and not self._boundary(doc[k]):
                k -= 1
            j = next((i for i in range(k + 1, end) if doc[i].lower_ in TITLE_HEADS), None)
            if j is None:
                return None
        seen_head = False
        while j >= sent.start and end - j <= 14 and self._zone_ok(doc[j]):
            if seen_head and doc[j].lower_ in TARGET_PREPS:
                break
            seen_head = seen_head or doc[j].lower_ in TITLE_HEADS
            j -= 1
        start = j + 1
        while start < end and doc[start].lower_ in PREPS - {"the", "a", "an"}:
            start += 1
        if not any(doc[k].lower_ in TITLE_HEADS for k in range(start, end)):
            return None
        return start, end

    def _right_zone(self, e: int) -> tuple[int, int] | None:
        """A title in apposition after a name: "X, Russia's permanent representative to NATO,"."""
        doc, sent = self.doc, self.sents[self.sent_of[max(e - 1, 0)]]
        if e >= sent.end or doc[e].text != ",":
            return None
        k = e + 1
        while k < sent.end and k - e <= 14 and not self._boundary(doc[k]):
            k += 1
        if k < sent.end and not doc[k].is_punct:
            return None
        head = next((i for i in range(e + 1, k) if doc[i].lower_ in TITLE_HEADS), None)
        if head is None or not all(self._zone_ok(doc[i]) for i in range(e + 1, head)):
            return None
        return e + 1, k

    @staticmethod
    def _boundary(tok: Token) -> bool:
        return tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text not in ("-", "'", "\u2019", "."))\
            or tok.lower_ in ("who", "which", "that")

    def _owner(self, start: int, end: int) -> tuple[_M | None, int]:
        """The actor a title phrase belongs to, and where the title proper begins."""
        doc = self.doc
        inside = sorted((m for m in self._by_sent[self.sent_of[start]] if start <= m.start and m.end <= end),
                        key=lambda m: m.start)
        first_head = next((k for k in range(start, end) if doc[k].lower_ in TITLE_HEADS), end)
        for m in inside:  # "Russia's ...", "Russian Ambassador", "Taliban spokesman"
            before = [t for t in doc[start:m.start] if t.lower_ not in ("the", "a", "an")
                      and t.pos_ != "ADJ" and t.lower_ not in TITLE_WORDS - TITLE_HEADS]
            if m.end <= first_head and not before:
                title_start = m.end + (1 if m.end < end and doc[m.end].lower_ in ("'s", "’s", "'") else 0)
                return m, title_start
        for m in inside:  # "head of the ... of the Russian Foreign Ministry"
            k = m.start - 1
            while k >= start and (doc[k].lower_ in ("the", "a") or doc[k].pos_ == "ADJ"):
                k -= 1
            if k >= start and doc[k].lower_ == "of":
                return m, start
        return None, start

    def _person(self, s: int, e: int, m: _M | None) -> None:
        doc, how = self.doc, "ner"
        zone, owner, title = self._left_zone(s), None, None
        span_start, span_end = s, e
        if zone is not None:
            owner, tstart = self._owner(*zone)
            while tstart < zone[1] and doc[tstart].lower_ in ("the", "a", "an"):
                tstart += 1
            title = self._title_text(tstart, zone[1])
            span_start, how = zone[0], "title"
        else:
            zone = self._right_zone(e)
            if zone is not None:
                owner, tstart = self._owner(*zone)
                while tstart < zone[1] and doc[tstart].lower_ in ("the", "a", "an"):
                    tstart += 1
                title = self._title_text(tstart, zone[1])
                span_end, how = zone[1], "apposition"
        while span_start > 0 and doc[span_start - 1].lower_ in HONORIFICS and how == "ner":
            span_start -= 1
        via = self._owner_id(owner, title) if owner is not None else None
        person = self._register(tuple(t.text for t in doc[s:e]), m.actor if m else None, s)
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

    def _title_text(self, s: int, e: int) -> str | None:
        toks = [t for t in self.doc[s:e] if not (t.is_space or t.is_punct and t.text != "-")]
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
            if actor is None and p.actor is None and p.surname == tokens[-1] and (
                    set(tokens) <= set(p.tokens) or set(p.tokens) <= set(tokens)):
                if len(tokens) > len(p.tokens):
                    p.tokens = tokens
                p.seen.append(at)
                return p
        person = _Person(tokens, actor, seen=[at])
        if actor is not None:
            role = actor.role_at(self.date)
            person.title = role.title if role else None
        self.people.append(person)
        return person

    def surnames_pass(self) -> None:
        """Later bare surnames of learned people ("Mantyskiy")."""
        by_surname = {p.surname: p for p in self.people if p.actor is None}
        for tok in self.toks:
            p = by_surname.get(tok.text)
            if p is None or self.used[tok.i]:
                continue
            m = self._mention_at(tok.i)
            if m is not None and (m.start, m.end, m.how) == (tok.i, tok.i + 1, "capital"):
                self._remove(m)  # a surname that is also a capital: "Lima"
            elif m is not None:
                continue
            self._add(_M(tok.i, tok.i + 1, None, "alias", person=p))
            p.seen.append(tok.i)
            self.used[tok.i] = True

    def titles_pass(self) -> None:
        """Bare titles: "the ambassador" -> the last such person; "the US president" -> the holder."""
        doc = self.doc
        for tok in self.toks:
            if tok.lower_ not in TITLE_HEADS or self.used[tok.i] or tok.i == 0:
                continue
            if tok.i + 1 < len(doc) and (self._proper(doc[tok.i + 1]) or doc[tok.i + 1].lower_ in TITLE_WORDS):
                continue
            j, owner = tok.i - 1, None
            while j >= 0 and (doc[j].lower_ in TITLE_WORDS or self._mention_at(j) is not None) \
                    and doc[j].lower_ not in ("the", "a"):
                owner = self._mention_at(j) or owner
                j -= 1
            if j < 0 or doc[j].lower_ != "the":
                continue
            title = " ".join(t.lower_ for t in doc[(owner.end if owner else j + 1):tok.i + 1])
            k = tok.i + 1
            if k < len(doc) and doc[k].lower_ == "of":  # "the spokesman of the Kremlin"
                k += 2 if k + 1 < len(doc) and doc[k + 1].lower_ == "the" else 1
                owner = self._mention_at(k) if k < len(doc) else None
                if owner is None:
                    continue
            want = owner.actor.id if owner and owner.actor else None
            person = next((p for p in sorted(self.people, key=lambda p: -p.before(tok.i))
                           if p.before(tok.i) >= 0 and p.title and tok.lower_ in p.title.lower().split()
                           and (want is None or want in (p.via, p.country, p.actor and p.actor.country))), None)
            if person is None and want is not None:
                holder = self._holder(want, title)
                person = self._register(tuple(holder.name.split()), holder, tok.i) if holder else None
            if person is not None:
                self._add(_M(j, tok.i + 1, person.actor, "title", person=person))
                person.seen.append(tok.i)
                for i in range(j, tok.i + 1):
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

    # ---------------------------------------------------------- step 3: institutions
    def extend_pass(self) -> None:
        doc = self.doc
        for m in list(self.mentions):
            if m.person is not None or m.char is not None or m.actor is None:
                continue
            k = m.end
            if k < len(doc) and doc[k].lower_ in ("'s", "’s", "'"):
                k += 1
            head, j = None, k
            while j < len(doc) and j - k < 5 and not self.used[j] and (
                    self._mention_at(j) is None or self._generic(self._mention_at(j))):
                low = doc[j].lower_
                if low in INSTITUTIONS or low in GROUP_NOUNS:
                    head = j
                elif not (low in TITLE_WORDS or doc[j].is_space or doc[j].pos_ == "ADJ"
                          or (doc[j].pos_ in ("NOUN", "PROPN") and head is not None)):
                    break
                j += 1
            if head is None:
                self._extend_left(m)
                continue
            noun = doc[head].lower_
            if noun in GROUP_NOUNS and noun not in INSTITUTIONS:
                if m.how == "demonym":
                    m.how = "generic"  # "the Afghan movement": resolved by coreference
                    self._respan(m, m.start, head + 1)
                continue
            end = head + 1
            if noun in ("ministry", "minister", "department", "office", "secretary") and end + 1 < len(doc) \
                    and doc[end].lower_ == "of":
                e2 = end + 1
                while e2 < len(doc) and e2 - end < 4 and doc[e2].is_title and doc[e2].lower_ in TITLE_WORDS:
                    e2 += 1
                end = e2 if e2 > end + 1 else end
            self._respan(m, m.start, end)
            for other in list(self.mentions):  # "Russian troops": the state, not unnamed troops
                if other is not m and self._generic(other) and m.start <= other.start < m.end:
                    self._remove(other)
            if m.actor.kind == "state" and not (m.how == "seat" and m.sector):
                m.sector = INSTITUTIONS[noun]
                if m.sector == "GOV":
                    m.sector = _title_sector(doc[k:end].text)
                if m.sector == "GOV" or m.how in ("capital", "seat"):
                    self._govern(m)
            for i in range(m.start, m.end):
                self.used[i] = True

    def drop_owned_generics(self) -> None:
        """ "IS fighters", "Hamas militants": members of the named actor, not unnamed ones."""
        doc = self.doc
        for g in [m for m in self.mentions if self._generic(m)]:
            k = g.start - 1
            if k >= 0 and doc[k].lower_ in ("'s", "’s"):
                k -= 1
            owner = self._mention_at(k) if k >= 0 else None
            if owner is not None and not self._generic(owner) and owner.end == k + 1 or \
                    owner is not None and not self._generic(owner) and doc[k].lower_ in ("'s", "’s"):
                self._remove(g)

    def _extend_left(self, m: _M) -> None:
        """"the Ministry of Defence of Russia", "the people of Afghanistan"."""
        doc, k = self.doc, m.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 1 or doc[k].lower_ != "of" or m.actor.kind != "state":
            return
        head, j = None, k - 1
        while j >= 0 and k - j <= 5 and not self.used[j] and self._mention_at(j) is None and (
                doc[j].lower_ in TITLE_WORDS or doc[j].lower_ == "of"):
            if doc[j].lower_ in INSTITUTIONS:
                head = j
            j -= 1
        if head is not None:
            m.sector = INSTITUTIONS[doc[head].lower_]
            if m.sector == "GOV":
                m.sector = _title_sector(doc[head:m.start].text)
                self._govern(m)
            self._respan(m, head, m.end)
            for i in range(m.start, m.end):
                self.used[i] = True

    def _govern(self, m: _M) -> None:
        """A state's government at the date may be a group (the Taliban after 2021-08-15)."""
        holders = self.kb.governments_of(m.actor.id, self.date)
        if len(holders) == 1:
            m.actor, m.sector = holders[0], "GOV"

    def sector_pass(self) -> None:
        """Default sectors; capitals and seats stand for the government at the date."""
        for m in self.mentions:
            if m.person is None and m.new_org is None and m.sector is None:
                if m.how in ("capital", "seat") and m.actor.kind == "state":
                    self._govern(m)
                    m.sector = m.sector or "GOV"
                else:
                    m.sector = m.actor.sector_at(self.date)

    def owned_government_pass(self) -> None:
        """"Putin's government", "the Bush administration", "the government of Ashraf Ghani"."""
        doc = self.doc
        for m in list(self.mentions):
            if m.person is None or m.person.actor is None and m.person.via is None:
                continue
            state = m.person.via or self._role_of(m.person.actor)
            k = m.end + (1 if m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s") else 0)
            target = None
            if k < len(doc) and doc[k].lower_ in GOV_NOUNS:
                target = (m.start, k + 1)
            elif m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in GOV_NOUNS:
                target = (m.start - 2, m.end)
            if target and state and self.kb.get(state):
                self._add(_M(target[0], target[1], self.kb.get(state), "coref", sector="GOV"))

    # ---------------------------------------------------------- step 4: new orgs, coreference
    def orgs_pass(self) -> None:
        for ent in self.ents:
            if ent.label_ != "ORG" or any(self.used[i] or self._mention_at(i) for i in range(ent.start, ent.end)):
                continue
            words = [t for t in ent if t.is_alpha and t.lower_ not in PREPS]
            if ent[0].lower_ in NOT_ACTOR_AFTER or not words \
                    or all(t.lower_ in TITLE_WORDS or t.is_lower for t in words):
                continue
            name = normalise(ent.text, keep_case=True)
            self._add(_M(ent.start, ent.end, None, "ner", new_org=name))

    def coref_pass(self) -> None:
        generics = {m.end - 1: m for m in self.mentions if m.how == "generic"}
        for tok in self.toks:
            low = tok.lower_
            generic = generics.get(tok.i)
            if generic is None and (self.used[tok.i] or self._mention_at(tok.i) is not None):
                continue
            if generic is not None or (low in GROUP_NOUNS and tok.tag_ in ("NN", "NNS")):
                want, start = "group", self._np_start(tok)
                if start is None:
                    continue
            elif low in PRONOUNS and tok.pos_ == "PRON" and self._pronoun_ok(tok):
                want, start = PRONOUNS[low], tok.i
            else:
                continue
            country = generic.actor.id if generic is not None and generic.actor else None
            src = self._speaker_antecedent(tok, want) if generic is None else None
            src = src or self._antecedent(start, want, country)
            if src is not None:
                if generic is not None:
                    self._remove(generic)
                self._add(_M(start, tok.i + 1, src.actor, "coref", sector=src.sector,
                             person=src.person, new_org=src.new_org))
                for i in range(start, tok.i + 1):
                    self.used[i] = True
        for m in [m for m in self.mentions if m.how == "generic"]:  # unresolved: keep the demonym
            m.how = "demonym"
            self._respan(m, m.start, m.start + 1)

    def _antecedent(self, before: int, want: str, country: str | None) -> _M | None:
        """The only fitting actor in the nearest sentence (of the last three) that has any."""
        here = self.sent_of[before]
        for k in range(here, max(here - 3, -1), -1):
            sent = self.sents[k]
            found = {m.actor_id: m for m in self._by_sent[k]
                     if sent.start <= m.start and m.end <= min(before, sent.end) and m.how != "generic"
                     and self._kind_ok(m, want, country)}
            if found:
                return next(iter(found.values())) if len(found) == 1 else None
        return None

    def _speaker_antecedent(self, tok: Token, want: str) -> _M | None:
        """ "The militants said they ...", "NATO announced that it ...": a subject pronoun of a
        clause reported by a verb refers to that verb's subject when its kind fits."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
            return None
        for subj in clause.head.children:
            if subj.dep_ != "nsubj":
                continue
            for i in (subj.i, *[c.i for c in subj.children if c.dep_ in ("compound", "amod") and c.i < subj.i]):
                m = self._mention_at(i)
                # "the militants said they", "Palestinian leaders said they": a generic noun or a
                # demonym on a plural noun stands for the group
                if m is not None and m.how != "coref" and (self._kind_ok(m, want, None) or (
                        want == "group" and (m.how == "generic" or (m.how == "demonym" and subj.tag_ == "NNS")))):
                    return m
        return None

    def _np_start(self, tok: Token) -> int | None:
        doc, j = self.doc, tok.i - 1
        while j >= 0 and (doc[j].pos_ == "ADJ" or doc[j].lower_ in TITLE_WORDS or
                          (self._mention_at(j) is not None and self._mention_at(j).how == "generic")):
            j -= 1
        if j < 0 or doc[j].lower_ not in ("the", "this", "that"):
            return None
        if tok.i + 1 < len(doc) and (doc[tok.i + 1].lower_ == "of" or self._proper(doc[tok.i + 1])):
            return None
        return j

    def _pronoun_ok(self, tok: Token) -> bool:
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return False
        if tok.lower_ == "it" and (tok.head.pos_ == "AUX" or tok.head.lemma_ in
                                   ("be", "seem", "appear", "happen", "remain", "take", "matter")):
            # "it is ready to talk" refers; "it is clear that" does not
            return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in PRONOUN_PREDICATES
                       for c in tok.head.children)
        return True

    def _kind_ok(self, m: _M, want: str, country: str | None) -> bool:
        kind = "person" if m.person is not None else ("organisation" if m.new_org else m.actor.kind)
        if want == "person":
            return kind == "person"
        if want == "group":
            return kind == "group" and (country is None or m.actor.country == country)
        return kind != "person"

    # ---------------------------------------------------------- output
    def result(self) -> Resolution:
        doc, out, learned = self.doc, [], {}
        for m in sorted(self.mentions, key=lambda m: (m.start, -(m.end - m.start))):
            text_start, text_end = m.char or (doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))
            ref = self._ref(m, self.text[text_start:text_end], text_start, text_end)
            out.append(ResolvedMention(ref, m.start, m.end, self.sent_of[m.start], m.how))
            if m.person is not None and m.person.actor is None and ref.actor_id not in learned:
                p = m.person
                roles = [{"title": p.title, "of": p.via, "sector": ref.sector, "start": None, "end": None,
                          "as_of": self.date}] if p.title else []
                learned[ref.actor_id] = NewActor(ref.actor_id, p.name, "person", p.country or ref.country,
                                                 ref.sector, sorted({p.surname} - {p.name}), roles)
            elif m.new_org is not None and ref.actor_id not in learned:
                learned[ref.actor_id] = NewActor(ref.actor_id, m.new_org, "organisation")
        return Resolution(out, list(learned.values()))

    def _ref(self, m: _M, text: str, start: int, end: int) -> ActorRef:
        if m.new_org is not None:
            return ActorRef(m.actor_id, m.new_org, text, start, end, None, None, "organisation", None)
        if m.person is not None:
            p = m.person
            role = p.actor.role_at(self.date) if p.actor else None
            via = p.via or (role.of if role else (self._role_of(p.actor) if p.actor else None))
            via_actor = self.kb.get(via) if via else None
            sector = role.sector if role and role.sector else None
            if sector is None and p.title:
                sector = _title_sector(p.title)
                if via_actor is not None and via_actor.kind in ("group", "igo") and sector == "GOV":
                    sector = via_actor.sector_at(self.date)
            country = p.actor.country if p.actor else (
                via_actor.country if via_actor is not None else None)
            p.country = p.country or country
            sector = sector or (p.actor.sector if p.actor else None)
            return ActorRef(p.pid, p.name, text, start, end, country, sector, "person", via)
        actor = m.actor
        return ActorRef(actor.id, actor.name, text, start, end, actor.country, m.sector, actor.kind, None)

    def run(self) -> Resolution:
        self.select(self.kb_candidates())
        self.people_pass()
        self.surnames_pass()
        self.titles_pass()
        self.extend_pass()
        self.drop_owned_generics()
        self.sector_pass()
        self.owned_government_pass()
        self.orgs_pass()
        self.coref_pass()
        return self.result()


def resolve_actors(doc: Doc, kb: KnowledgeBase, published: str | None = None) -> Resolution:
    """Resolve the actor mentions of ``doc`` against ``kb`` as of ``published`` (ISO partial date)."""
    return _Resolver(doc, kb, published).run()
