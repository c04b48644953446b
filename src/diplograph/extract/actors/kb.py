"""The actor knowledge base: load, validate and look up known actors.

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

import datetime
import re
import unicodedata
from dataclasses import dataclass, field, replace
from importlib import resources
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Sequence

import yaml

from diplograph.records import PartialDate

PACKAGE_FILES = ("countries.yaml", "organisations.yaml", "groups.yaml", "people.yaml", "generic.yaml")
KINDS = frozenset({"state", "igo", "group", "person", "organisation"})
SECTORS = frozenset(
    "GOV MIL REB INS IGO NGO BUS MED CVL COP JUD LEG OPP SPY REL EDU CRM UAF".split())
LIST_FIELDS = ("aliases", "demonyms", "capitals", "seats")
KEYS = frozenset({"id", "name", "kind", "country", "sector", "parent", "predecessor", "roles",
                  "institutions", *LIST_FIELDS})
ROLE_KEYS = frozenset({"title", "of", "sector", "start", "end"})
HOWS = ("name", "alias", "seat", "capital", "demonym")
LOOKUP_CACHE_SIZE = 1 << 16  # texts whose lookup() answer is kept (all dropped when full)

_ID = re.compile(r"^[A-Z][A-Z0-9_]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
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
                    if actor.kind != "state" and role.of and role.sector == "GOV" \
                            and "government" in role.title.lower():
                        index.setdefault(role.of, {})[actor.id] = actor
            self.cache["governments"] = index
        out = []
        for actor in index.get(country, {}).values():
            role = actor.role_at(date)
            if role is not None and role.of == country and role.sector == "GOV" \
                    and "government" in role.title.lower():
                out.append(actor)
        return out

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors


# ----------------------------------------------------------------- loading

def _read(path: str, text: str) -> tuple[str, list[Any]]:
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: an impossible unquoted date
        raise KBError(f"{path}: not valid YAML: {' '.join(str(exc).split())}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise KBError(f"{path}: expected a mapping with an 'actors' list")
    version = data.get("version", "")
    return str(version) if version is not None else "", data["actors"]


def _strs(path: str, where: str, key: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KBError(f"{path}: {where}: '{key}' must be a list of non-empty strings")
    return [v.strip() for v in value]


def _date(path: str, where: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):  # unquoted YAML dates arrive as date objects
        value = value.isoformat()[:10]
    try:
        return PartialDate.parse(str(value)).iso
    except ValueError:
        raise KBError(f"{path}: {where}: bad date {value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)") from None


def _sector(path: str, where: str, value: Any) -> str | None:
    if value is None:
        return None
    if value not in SECTORS:
        raise KBError(f"{path}: {where}: unknown sector {value!r}")
    return str(value)


def _roles(path: str, where: str, value: Any) -> list[Role]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise KBError(f"{path}: {where}: 'roles' must be a list")
    roles = []
    for raw in value:
        if not isinstance(raw, dict) or not isinstance(raw.get("title"), str):
            raise KBError(f"{path}: {where}: each role needs a 'title'")
        unknown = set(raw) - ROLE_KEYS
        if unknown:
            raise KBError(f"{path}: {where}: unknown role key(s) {', '.join(sorted(unknown))}")
        role = Role(raw["title"], raw.get("of"), _sector(path, where, raw.get("sector")),
                    _date(path, where, raw.get("start")), _date(path, where, raw.get("end")))
        if role.start and role.end and _date_key(role.end, upper=True) < _date_key(role.start, upper=False):
            raise KBError(f"{path}: {where}: role {role.title!r} ends before it starts")
        roles.append(role)
    return roles


def _entry(path: str, i: int, raw: Any, existing: Actor | None) -> Actor:
    if not isinstance(raw, dict):
        raise KBError(f"{path}: actor #{i + 1}: expected a mapping")
    actor_id = raw.get("id")
    where = f"actor #{i + 1} ({actor_id})"
    if not isinstance(actor_id, str) or not _ID.match(actor_id):
        raise KBError(f"{path}: {where}: 'id' must be an UPPER_SNAKE identifier")
    unknown = set(raw) - KEYS
    if unknown:
        raise KBError(f"{path}: {where}: unknown key(s) {', '.join(sorted(unknown))}")
    if existing is None:
        for key in ("name", "kind"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise KBError(f"{path}: {where}: missing required key '{key}'")
    kind = raw.get("kind", existing.kind if existing else None)
    if kind not in KINDS:
        raise KBError(f"{path}: {where}: unknown kind {kind!r} (want one of {', '.join(sorted(KINDS))})")
    country = raw.get("country", existing.country if existing else None)
    if country is not None and (not isinstance(country, str) or not _ISO3.match(country)):
        raise KBError(f"{path}: {where}: country {country!r} is not an ISO 3166-1 alpha-3 code")
    institutions = raw.get("institutions") or {}
    if not isinstance(institutions, dict):
        raise KBError(f"{path}: {where}: 'institutions' must map names to sectors")
    for sector in institutions.values():
        _sector(path, where, sector)
    fields: dict[str, Any] = {k: _strs(path, where, k, raw.get(k)) for k in LIST_FIELDS if k in raw}
    for key in ("name", "parent", "predecessor"):
        if key in raw:
            fields[key] = raw[key]
    if "sector" in raw:
        fields["sector"] = _sector(path, where, raw["sector"])
    if "roles" in raw:
        fields["roles"] = _roles(path, where, raw["roles"])
    fields.update(kind=kind, country=country)
    if existing is None:
        return Actor(id=actor_id, institutions=dict(institutions), **fields)
    if fields.get("name", existing.name) != existing.name:  # a renamed actor keeps its old name
        fields["aliases"] = [existing.name] + fields.get("aliases", [])
    for key in LIST_FIELDS:  # merge lists, keep order, no duplicates
        if key in fields:
            fields[key] = list(dict.fromkeys(getattr(existing, key) + fields[key]))
    return replace(existing, institutions={**existing.institutions, **institutions}, **fields)


def _check_refs(kb: KnowledgeBase, origin: dict[str, str]) -> None:
    for actor in kb:
        path = origin.get(actor.id, "<kb>")
        for key in ("parent", "predecessor"):
            ref = getattr(actor, key)
            if ref is not None and ref not in kb:
                raise KBError(f"{path}: actor {actor.id}: {key} {ref!r} is not a known actor id")
        for role in actor.roles:
            if role.of is not None and role.of not in kb:
                raise KBError(f"{path}: actor {actor.id}: role {role.title!r} of {role.of!r} "
                              f"is not a known actor id")


def _package_texts() -> Iterator[tuple[str, str]]:
    root = resources.files("diplograph.data.actors")
    for name in PACKAGE_FILES:
        res = root.joinpath(name)
        yield f"diplograph/data/actors/{name}", res.read_text(encoding="utf-8")


def load_kb(extra_files: Sequence[str | Path] = ()) -> KnowledgeBase:
    """Load the packaged knowledge base plus ``extra_files`` (user entries override)."""
    kb = KnowledgeBase()
    origin: dict[str, str] = {}
    versions = []
    for path, text in _package_texts():
        version, entries = _read(path, text)
        versions.append(version)
        for i, raw in enumerate(entries):
            actor = _entry(path, i, raw, None)
            if actor.id in kb:
                raise KBError(f"{path}: actor #{i + 1}: duplicate id {actor.id!r} "
                              f"(already in {origin[actor.id]})")
            kb.add(actor)
            origin[actor.id] = path
    for extra in extra_files:
        path = str(extra)
        try:
            text = Path(extra).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KBError(f"{path}: cannot read actor file: {exc}") from exc
        _, entries = _read(path, text)
        seen: set[str] = set()
        for i, raw in enumerate(entries):
            actor_id = raw.get("id") if isinstance(raw, dict) else None
            if actor_id in seen:
                raise KBError(f"{path}: actor #{i + 1}: duplicate id {actor_id!r}")
            actor = _entry(path, i, raw, kb.get(actor_id) if isinstance(actor_id, str) else None)
            seen.add(actor.id)
            kb.add(actor)
            origin[actor.id] = path
    _check_refs(kb, origin)
    kb.version = "+".join(dict.fromkeys(v for v in versions if v)) or "0"
    return kb
