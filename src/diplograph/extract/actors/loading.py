"""Loading the actor knowledge base: the package's YAML files, then the user's, validated entry by entry.

Every problem is a one-line :class:`~diplograph.extract.actors.kb.KBError` naming the file and entry.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Sequence

import yaml

from diplograph.records import PartialDate
from diplograph.extract.actors.kb import Actor, KBError, KnowledgeBase, Role, _date_key

PACKAGE_FILES = ("countries.yaml", "organisations.yaml", "groups.yaml", "people.yaml", "generic.yaml")
KINDS = frozenset({"state", "igo", "group", "person", "organisation"})
SECTORS = frozenset(
    "GOV MIL REB INS IGO NGO BUS MED CVL COP JUD LEG OPP SPY REL EDU CRM UAF".split())
LIST_FIELDS = ("aliases", "demonyms", "capitals", "seats")
KEYS = frozenset({"id", "name", "kind", "country", "sector", "parent", "predecessor", "roles",
                  "institutions", *LIST_FIELDS})
ROLE_KEYS = frozenset({"title", "of", "sector", "start", "end"})
# the entries generic.yaml names for a role the code gives an unnamed actor (see :func:`generic_role`)
GENERIC_ROLES = ("gathering_participants", "crowd_participants")
_ID = re.compile(r"^[A-Z][A-Z0-9_]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


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


@lru_cache(maxsize=None)
def generic_role(key: str) -> Actor:
    """The entry of the package's generic.yaml that the file names under ``key`` (one of ``GENERIC_ROLES``:
    ``gathering_participants``, the unnamed people of a gathering an act is done to; ``crowd_participants``,
    the people a bare count stands for, "thousands marched"), validated."""
    path, text = next((p, t) for p, t in _package_texts() if p.endswith("/generic.yaml"))
    _, entries = _read(path, text)
    actor_id = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)).get(key)  # noqa: S506
    for i, raw in enumerate(entries):
        if isinstance(raw, dict) and raw.get("id") == actor_id:
            return _entry(path, i, raw, None)
    raise KBError(f"{path}: {key}: {actor_id!r} is not the id of an actor of this file")


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
    for key in GENERIC_ROLES:
        generic_role(key)
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
