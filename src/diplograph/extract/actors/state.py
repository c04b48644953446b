"""Actor resolution's working state: mentions under construction, the people of a document, shared helpers.

The resolver (``resolve._Resolver``) is assembled from the passes in ``matching``, ``people``,
``sectors`` and ``coref`` on top of :class:`_State`, which holds the document, its sentence and
entity indices and the mentions found so far.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc

from diplograph.extract.actors.words import TITLE_HEADS, TITLE_SECTORS
from diplograph.extract.actors.kb import Actor, KnowledgeBase, fold
from diplograph.nlp.tokens import sentence_ids, sents, text_of, tokens

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
    for sector in ("SPY", "LEG", "JUD", "OPP"):
        if words & TITLE_SECTORS.get(sector, frozenset()):
            return sector
    return "GOV"


def _slug(prefix: str, name: str) -> str:
    return prefix + _SLUG.sub("_", fold(name).upper()).strip("_")


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
class _New:
    """An actor named in the text but not in the knowledge base (exported with origin "text")."""

    name: str
    kind: str  # organisation | group
    country: str | None = None
    sector: str | None = None
    aliases: set[str] = field(default_factory=set)
    keyed: bool = False  # a described group ("Afghan terrorists"): its id carries the country

    @property
    def id(self) -> str:
        prefix = "ORG_" if self.kind == "organisation" else "GRP_"
        return _slug(prefix, self.name + (" " + self.country if self.keyed and self.country else ""))


@dataclass(eq=False)
class _M:
    """A mention under construction."""

    start: int
    end: int
    actor: Actor | None
    how: str
    sector: str | None = None
    person: _Person | None = None
    new: _New | None = None  # an actor outside the knowledge base
    char: tuple[int, int] | None = None  # sub-token part of a compound token
    members: list["_M"] | None = None  # a group phrase ("the two countries"): the actors it stands for

    @property
    def actor_id(self) -> str:
        if self.person is not None:
            return self.person.pid
        if self.new is not None:
            return self.new.id
        return self.actor.id if self.actor else ""


class _State:
    """The document being resolved and the mentions found so far."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, date: str | None) -> None:
        self.doc, self.kb, self.date = doc, kb, date
        self.toks = tokens(doc)
        self.lower = [t.lower_ for t in self.toks]  # read for most tokens by every pass: made once
        self.sents = sents(doc)
        self.sent_of = sentence_ids(doc)  # token index -> index in self.sents (read only)
        self.ents = list(doc.ents)
        self.ent_of: list[int] = [-1] * len(doc)  # index into self.ents of the entity covering each token
        for k, ent in enumerate(self.ents):
            self.ent_of[ent.start:ent.end] = [k] * (ent.end - ent.start)
        self.text = text_of(doc)
        self.mentions: list[_M] = []
        self.people: list[_Person] = []
        self.used = [False] * len(doc)  # tokens consumed by a mention or a title phrase
        self._cover: defaultdict[int, list[_M]] = defaultdict(list)  # mentions covering each token
        self._by_sent: list[list[_M]] = [[] for _ in self.sents]
        self._picked: dict[str, tuple[Actor, str, str | None]] = {}  # text -> its reading (see _KbMatching._pick)

    def _span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, sliced from the document text."""
        if end <= start:
            return ""
        last = self.toks[end - 1]
        return self.text[self.toks[start].idx:last.idx + len(last)]

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
        cover = self._cover.get(i)
        return min(reversed(cover), key=lambda m: m.end - m.start) if cover else None

    def _office_of(self, m: _M) -> bool:
        """ "the head of Sudan's ruling council", "the leader of Mali": the state owns the office its phrase
        is the "of" object (or the owner of the "of" object) of."""
        tok = self.doc[m.start:m.end].root
        for _ in range(4):
            if tok.dep_ in ("poss", "compound", "amod", "nmod") and tok.head.i > tok.i:
                tok = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
                tok = tok.head.head
            else:
                break
        return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in TITLE_HEADS  # (or its own head: "leader of Mali")
