"""The actor knowledge base: known actors, their roles over time, and lookup by surface form.

Loading and validation are in :mod:`diplograph.extract.actors.loading`.

The packaged data (``diplograph/data/actors/*.yaml``) lists states, international
organisations, non-state groups and people.  Users may add files of the same
shape; an entry whose id already exists extends it (list fields merged, other
fields replaced, a replaced name kept as an alias).  Besides the documented keys
an entry may carry ``institutions``, a mapping from a state body to its sector
(``Pentagon: MIL``); institutions are looked up like seats.

Lookup is an exact match on a normalised surface form: accents folded, curly
quotes straightened, whitespace collapsed, a leading "the " and a trailing
possessive dropped, case folded -- except for short abbreviations that would
otherwise read as common words ("US", "IS", "WHO", "LeT"), which match as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator, Sequence


from diplograph.records import PartialDate

HOWS = ("name", "alias", "seat", "capital", "demonym")
LOOKUP_CACHE_SIZE = 1 << 16  # texts whose lookup() answer is kept (all dropped when full)

_ABBREV = re.compile(r"^[A-Z][A-Z0-9.&-]*$")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
# all-caps forms whose lower case is an everyday word stay case-sensitive
_COMMON = frozenset("a an as at be by do go he if in is it me my no of on or so to up us we "
                    "who can may will all any are was has had not one our its man".split())


class KBError(ValueError):
    """A bad knowledge-base file (the message names the file and the problem)."""


def fold(text: str) -> str:
    """Strip accents: ``Élysée`` -> ``Elysee``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def normalise(text: str, *, keep_case: bool = False) -> str:
    """Normalise a surface form for lookup (see the module docstring)."""
    s = fold(text.translate(_QUOTES))
    s = " ".join(s.split())
    if s.lower().startswith("the "):
        s = s[4:]
    if s.endswith("'s") or s.endswith("'S"):
        s = s[:-2]
    elif s.endswith("s'"):
        s = s[:-1]
    s = s.strip()
    return s if keep_case else s.casefold()


def case_sensitive(form: str) -> bool:
    """True for abbreviations such as ``US``, ``IS``, ``UN``, ``WHO``, ``LeT``."""
    letters = [c for c in form if c.isalpha()]
    if len(letters) < 2 or " " in form:
        return False
    if sum(c.isupper() for c in letters) >= 2 and any(c.islower() for c in letters[1:]) and len(letters) <= 5:
        return True  # mixed-case abbreviations: "LeT", "JeM", "BiH"
    if not _ABBREV.match(form):
        return False
    return len(letters) <= 3 or "".join(letters).lower() in _COMMON


@lru_cache(maxsize=4096)
def _date_key(value: str | None, *, upper: bool) -> tuple[int, int, int]:
    if value is None:
        return (9999, 12, 31) if upper else (0, 1, 1)
    d = PartialDate.parse(value)
    if upper:  # an end given as a year/month runs to its last day
        return (d.year, d.month or 12, d.day or 31)
    return (d.year, d.month or 1, d.day or 1)


@dataclass(frozen=True)
class Role:
    title: str
    of: str | None = None
    sector: str | None = None
    start: str | None = None
    end: str | None = None  # exclusive: the day the role passed to someone else
    _span: tuple = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        # an end given as a year or month ("2013") runs to the end of that period
        end = None if self.end is None else _date_key(self.end, upper=len(self.end) < 10)
        object.__setattr__(self, "_span", (_date_key(self.start, upper=False), end, len(self.end or "") < 10))

    def covers(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        key = _date_key(date, upper=False)
        start, end, inclusive = self._span
        return start <= key and (end is None or key < end or (inclusive and key == end))

    @property
    def start_key(self) -> tuple[int, int, int]:
        return self._span[0]

    def governs(self, country: str | None = None) -> bool:
        """A role as the government of ``country`` (of any country when None)."""
        return bool(self.of) and (country is None or self.of == country) and self.sector == "GOV" \
            and "government" in self.title.lower()

    def as_dict(self) -> dict[str, Any]:
        return {"title": self.title, "of": self.of, "sector": self.sector,
                "start": self.start, "end": self.end}


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)
    parent: str | None = None
    predecessor: str | None = None
    roles: list[Role] = field(default_factory=list)
    institutions: dict[str, str] = field(default_factory=dict)  # "Pentagon": "MIL"

    def role_at(self, date: str | None) -> Role | None:
        """The role in force at ``date`` (None: the current role, else the latest)."""
        live = [r for r in self.roles if r.covers(date)]
        if date is None and not live:
            live = list(self.roles)
        if not live:
            return None
        return max(live, key=lambda r: r.start_key)

    def last_role(self, date: str | None) -> Role | None:
        """The role in force at ``date``, or else the most recent one begun before it."""
        role = self.role_at(date)
        if role is not None or date is None:
            return role
        key = _date_key(date, upper=False)
        earlier = [r for r in self.roles if r.start_key <= key]
        return max(earlier, key=lambda r: r.start_key) if earlier else None

    def sector_at(self, date: str | None) -> str | None:
        role = self.role_at(date)
        return role.sector if role is not None and role.sector else self.sector

    def surface_forms(self) -> Iterator[tuple[str, str, str | None]]:
        """Every ``(form, how, sector)`` this actor is written as (institutions count as seats)."""
        yield self.name, "name", None
        for how, forms in (("alias", self.aliases), ("demonym", self.demonyms),
                           ("capital", self.capitals), ("seat", self.seats)):
            for form in forms:
                yield form, how, None
        for form, sector in self.institutions.items():
            yield form, "seat", sector

    def institution_sector(self, text: str) -> str | None:
        """The sector of the institution written as ``text`` ("Pentagon" -> MIL), if it is one."""
        key = normalise(text)
        return next((s for f, s in self.institutions.items() if normalise(f) == key), None)


class KnowledgeBase:
    """Known actors with an index of their normalised surface forms."""

    def __init__(self, actors: Sequence[Actor] = (), version: str = "") -> None:
        self.version = version
        self._actors: dict[str, Actor] = {}
        self._folded: dict[str, list[tuple[str, str]]] = {}
        self._exact: dict[str, list[tuple[str, str]]] = {}
        self.cache: dict[Any, Any] = {}  # derived structures (matchers); cleared on change
        self._lookups: dict[str, tuple[tuple[Actor, str], ...]] = {}  # lookup() answers; cleared on change
        for actor in actors:
            self.add(actor)

    def get(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)

    def add(self, actor: Actor) -> None:
        """Add (or replace) an actor and index its surface forms."""
        if actor.id in self._actors:
            self._unindex(actor.id)
        self._actors[actor.id] = actor
        for form, how, _ in actor.surface_forms():
            if case_sensitive(form):
                key, table = normalise(form, keep_case=True), self._exact
            else:
                key, table = normalise(form), self._folded
            entries = table.setdefault(key, [])
            if (actor.id, how) not in entries:
                entries.append((actor.id, how))
        self.cache.clear()
        self._lookups.clear()

    def _unindex(self, actor_id: str) -> None:
        for table in (self._folded, self._exact):
            for key in list(table):
                table[key] = [e for e in table[key] if e[0] != actor_id]
                if not table[key]:
                    del table[key]

    def lookup(self, text: str) -> list[tuple[Actor, str]]:
        """Actors written as ``text``, best reading first: ``[(actor, how), ...]``."""
        found = self._lookups.get(text)
        if found is None:
            if len(self._lookups) >= LOOKUP_CACHE_SIZE:
                self._lookups.clear()
            found = self._lookups[text] = tuple(self._lookup(text))
        return list(found)

    def _lookup(self, text: str) -> list[tuple[Actor, str]]:
        hits = self._exact.get(normalise(text, keep_case=True), []) + \
            self._folded.get(normalise(text), [])
        seen: set[tuple[str, str]] = set()
        out = []
        for actor_id, how in sorted(hits, key=lambda e: HOWS.index(e[1])):
            if (actor_id, how) not in seen and actor_id in self._actors:
                seen.add((actor_id, how))
                out.append((self._actors[actor_id], how))
        return out

    def governments_of(self, country: str, date: str | None) -> list[Actor]:
        """Non-state actors whose role at ``date`` is the government of ``country``."""
        index = self.cache.get("governments")
        if index is None:  # country -> actors that ever held a government role there
            index = {}
            for actor in self._actors.values():
                for role in actor.roles:
                    if actor.kind != "state" and role.governs():
                        index.setdefault(role.of, {})[actor.id] = actor
            self.cache["governments"] = index
        out = []
        for actor in index.get(country, {}).values():
            role = actor.role_at(date)
            if role is not None and role.governs(country):
                out.append(actor)
        return out

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

