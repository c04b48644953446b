"""Alert rules: a YAML file of what to watch, validated when it is loaded.

The file is a mapping with a ``rules`` list (and an optional ``version``); each rule has a unique
``name`` and a ``kind``:

* ``dyad_index`` — ``dyad: [A, B]``: the dyad's cooperation–conflict index (the trajectory's combined
  index) changes sign or moves by ``threshold`` (default 3) or more in its latest period;
  ``period``: auto (default), year, quarter or month.
* ``new_event`` — ``dyad: [A, B]`` (events between them; ``direction``: either (default), a_to_b or
  b_to_a) or ``actor: A`` (events of A with anyone); ``types``: PLOVER types (default all);
  ``happened: true`` for events asserted and not negated only.
* ``new_actor`` — ``actor: A``: an actor's first event with A.
* ``contradiction`` — sources disagree on a claim about ``subject`` (actors, by id or name, or a
  place name; default any subject), optionally only on ``attribute`` (``relations_began``,
  ``located_in``, ``count:member`` …).

Actors are given by id, name or alias and resolved in the store when the rules are evaluated
(:func:`diplograph.analysis.queries.find_actor`).  Every problem is a one-line :class:`RulesError`
naming the file and the rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from diplograph.analysis.common import PERIODS, PHASE_THRESHOLD
from diplograph.extract.events.ontology import EVENT_TYPES

KINDS = ("dyad_index", "new_event", "new_actor", "contradiction")
DIRECTIONS = ("either", "a_to_b", "b_to_a")
_COMMON = {"name", "kind", "description"}
KEYS = {"dyad_index": _COMMON | {"dyad", "threshold", "period"},
        "new_event": _COMMON | {"dyad", "actor", "types", "direction", "happened"},
        "new_actor": _COMMON | {"actor"},
        "contradiction": _COMMON | {"subject", "attribute"}}
_NAME = re.compile(r"^[\w][\w .:/-]{0,79}$")


class RulesError(ValueError):
    """An alert rules file that cannot be used (one line naming the file and the problem)."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One alert rule as the file gives it (actors still as written: ids, names or aliases)."""

    name: str
    kind: str
    dyad: tuple[str, str] | None = None
    actor: str | None = None
    types: tuple[str, ...] = ()
    direction: str = "either"
    happened: bool = False
    threshold: float = PHASE_THRESHOLD
    period: str = "auto"
    subject: tuple[str, ...] = ()
    attribute: str | None = None
    description: str | None = None


def load_rules(path: str | Path) -> list[Rule]:
    """The rules of a YAML file, in file order; :class:`RulesError` for anything wrong with it."""
    label = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise RulesError(f"{label}: cannot read the rules file: {reason}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RulesError(f"{label}: not valid YAML: {' '.join(str(exc).split())}") from None
    if not isinstance(data, dict) or "rules" not in data:
        raise RulesError(f"{label}: expected a mapping with a 'rules' list")
    unknown = set(data) - {"version", "rules"}
    if unknown:
        raise RulesError(f"{label}: unknown key(s) {', '.join(sorted(map(str, unknown)))} (want version, rules)")
    raw = data["rules"]
    if not isinstance(raw, list) or not raw:
        raise RulesError(f"{label}: 'rules' must be a non-empty list")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        rule = _rule(label, i, item)
        if rule.name.lower() in seen:
            raise RulesError(f"{label}: rule #{i + 1} ({rule.name}): the name is used by an earlier rule")
        seen.add(rule.name.lower())
        rules.append(rule)
    return rules


def _rule(label: str, i: int, raw: Any) -> Rule:
    if not isinstance(raw, dict):
        raise RulesError(f"{label}: rule #{i + 1}: expected a mapping (name, kind, ...)")
    name = raw.get("name")
    where = f"{label}: rule #{i + 1}" + (f" ({name})" if isinstance(name, str) else "")
    if not isinstance(name, str) or not _NAME.match(name.strip()):
        raise RulesError(f"{where}: 'name' must be a short text (letters, digits, space, . _ : / -)")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise RulesError(f"{where}: unknown kind {kind!r} (want one of {', '.join(KINDS)})")
    unknown = set(raw) - KEYS[kind]
    if unknown:
        raise RulesError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} for kind {kind} "
                         f"(want {', '.join(sorted(KEYS[kind]))})")
    fields: dict[str, Any] = {"name": name.strip(), "kind": kind}
    if raw.get("description") is not None:
        fields["description"] = _text(where, "description", raw["description"])
    if kind == "dyad_index":
        fields["dyad"] = _dyad(where, raw.get("dyad"))
        fields["threshold"] = _threshold(where, raw.get("threshold", PHASE_THRESHOLD))
        period = raw.get("period", "auto")
        if period not in PERIODS:
            raise RulesError(f"{where}: unknown period {period!r} (want one of {', '.join(PERIODS)})")
        fields["period"] = period
    elif kind == "new_event":
        if ("dyad" in raw) == ("actor" in raw):
            raise RulesError(f"{where}: give either 'dyad' (two actors) or 'actor' (one), not both or neither")
        if "dyad" in raw:
            fields["dyad"] = _dyad(where, raw["dyad"])
        else:
            fields["actor"] = _text(where, "actor", raw["actor"])
        fields["types"] = _types(where, raw.get("types"))
        direction = raw.get("direction", "either")
        if direction not in DIRECTIONS:
            raise RulesError(f"{where}: unknown direction {direction!r} (want one of {', '.join(DIRECTIONS)})")
        if direction != "either" and "dyad" not in raw:
            raise RulesError(f"{where}: 'direction' needs a 'dyad'")
        fields["direction"] = direction
        happened = raw.get("happened", False)
        if not isinstance(happened, bool):
            raise RulesError(f"{where}: 'happened' must be true or false")
        fields["happened"] = happened
    elif kind == "new_actor":
        fields["actor"] = _text(where, "actor", raw.get("actor"))
    else:
        subject = raw.get("subject")
        subject = [subject] if isinstance(subject, str) else subject or []
        if not isinstance(subject, list) or len(subject) > 2:
            raise RulesError(f"{where}: 'subject' must be one or two names (actors or a place)")
        fields["subject"] = tuple(_text(where, "subject", s) for s in subject)
        if raw.get("attribute") is not None:
            fields["attribute"] = _text(where, "attribute", raw["attribute"])
    return Rule(**fields)


def _text(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RulesError(f"{where}: '{key}' must be a non-empty text")
    return value.strip()


def _dyad(where: str, value: Any) -> tuple[str, str]:
    if not isinstance(value, list) or len(value) != 2:
        raise RulesError(f"{where}: 'dyad' must be a list of two actors (ids or names)")
    a, b = (_text(where, "dyad", v) for v in value)
    if a.lower() == b.lower():
        raise RulesError(f"{where}: 'dyad' names {a!r} twice")
    return a, b


def _threshold(where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 20:
        raise RulesError(f"{where}: 'threshold' must be a number above 0 and at most 20 (the index runs -10..+10)")
    return float(value)


def _types(where: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    value = [value] if isinstance(value, str) else value
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise RulesError(f"{where}: 'types' must be a list of PLOVER event types")
    bad = [v for v in value if v.strip().upper() not in EVENT_TYPES]
    if bad:
        raise RulesError(f"{where}: unknown event type {bad[0]!r}; the types are {', '.join(EVENT_TYPES)}")
    return tuple(dict.fromkeys(v.strip().upper() for v in value))
