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
4. open world (``openworld``): unknown NER organisations and NORP groups, groups described by a head noun
   and a state ("Afghan terrorists"), abbreviations introduced in brackets become new actors; an
   adjective standing for a collective on what it does (``collective``: "international criticism");
5. coreference (``coref``, ``plural``): pronouns, definite descriptions ("the kingdom"), generic group
   phrases and plural group phrases ("the three countries" -> each member of the coordination), by kind,
   number and recency, leaving unsure cases unresolved;
6. what is left (``offices``): office holders no state owns in the text ("Lawmakers accused ..."), and bare
   counts of people as subjects ("Thousands marched").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from diplograph.extract.actors.coref import _Coref
from diplograph.extract.actors.collective import _Collective
from diplograph.extract.actors.ellipsis import _Ellipsis
from diplograph.extract.actors.matching import _KbMatching, _matchers, prepare
from diplograph.extract.actors.misspelt import _Misspelt
from diplograph.extract.actors.offices import _Offices
from diplograph.extract.actors.openworld import _OpenWorld
from diplograph.extract.actors.people import _People
from diplograph.extract.actors.places import _Places
from diplograph.extract.actors.residents import _Residents
from diplograph.extract.actors.plural import _Plural
from diplograph.extract.actors.relational import _Relational
from diplograph.extract.actors.sectors import _Sectors
from diplograph.extract.actors.unnamed import _Unnamed
from diplograph.extract.actors.vessels import _Vessels
from diplograph.extract.actors.state import _M, _State, _title_sector
from diplograph.extract.actors.kb import KnowledgeBase
from diplograph.records import ActorRef, NewActor

__all__ = ["ResolvedMention", "Resolution", "resolve_actors", "prepare"]

# ------------------------------------------------------------------ public records

@dataclass
class ResolvedMention:
    actor: ActorRef
    token_start: int
    token_end: int
    sentence: int
    how: str  # name|alias|demonym|capital|seat|title|apposition|coref|ner|described|place
    # a group phrase ("the two countries"): one mention per actor it stands for (this one's actor is the first)
    members: list["ResolvedMention"] | None = None


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


class _Resolver(_KbMatching, _Misspelt, _People, _Sectors, _Vessels, _Relational, _OpenWorld, _Unnamed, _Residents, _Places, _Plural, _Collective, _Coref,
                _Ellipsis, _Offices, _State):
    def __init__(self, doc: Doc, kb: KnowledgeBase, date: str | None) -> None:
        self.matchers = _matchers(kb, doc.vocab)
        super().__init__(doc, kb, date)

    # ---------------------------------------------------------- output
    def result(self) -> Resolution:
        toks, out, learned = self.toks, [], {}
        for m in sorted(self.mentions, key=lambda m: (m.start, -(m.end - m.start))):
            text_start, text_end = m.char or (toks[m.start].idx, toks[m.end - 1].idx + len(toks[m.end - 1]))
            text = self.text[text_start:text_end]
            ref = self._ref(m, text, text_start, text_end)
            rm = ResolvedMention(ref, m.start, m.end, self.sent_of[m.start], m.how)
            if m.members:
                rm.members = [ResolvedMention(self._ref(x, text, text_start, text_end), m.start, m.end,
                                              rm.sentence, m.how) for x in m.members]
            out.append(rm)
            if m.person is not None and m.person.actor is None and ref.actor_id not in learned:
                p = m.person
                roles = [{"title": p.title, "of": p.via, "sector": ref.sector, "start": None, "end": None,
                          "as_of": self.date}] if p.title else []
                learned[ref.actor_id] = NewActor(ref.actor_id, p.name, "person", p.country or ref.country,
                                                 ref.sector, sorted({p.surname} - {p.name}), roles)
            elif m.new is not None and ref.actor_id not in learned:
                n = m.new
                learned[ref.actor_id] = NewActor(ref.actor_id, n.name, n.kind, n.country, n.sector,
                                                 sorted(n.aliases - {n.name}))
        return Resolution(out, list(learned.values()))

    def _ref(self, m: _M, text: str, start: int, end: int) -> ActorRef:
        if m.new is not None:
            n = m.new
            return ActorRef(n.id, n.name, text, start, end, n.country, n.sector, n.kind, None)
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
        self.documents_pass()
        self.places_pass()
        self.people_pass()
        self.surnames_pass()
        self.titles_pass()
        self.extend_pass()
        self.served_forces_pass()
        self.drop_owned_generics()
        self.drop_placed_facility_generics()
        self.sector_pass()
        self.owned_government_pass()
        self.open_world_pass()
        self.collective_pass()
        self.coref_pass()
        self.ellipsis_pass()
        self.offices_pass()
        return self.result()


def resolve_actors(doc: Doc, kb: KnowledgeBase, published: str | None = None) -> Resolution:
    """Resolve the actor mentions of ``doc`` against ``kb`` as of ``published`` (ISO partial date)."""
    return _Resolver(doc, kb, published).run()
