"""The cue words of each claim kind (``data/claims.yaml``), validated at load; a claim's party ids."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from diplograph.data import read_yaml
from diplograph.nlp import clauses as cl
from diplograph.records import ActorRef


class ClaimCuesError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Cues:
    relation_nouns: frozenset[str]
    onset_verbs: frozenset[str]
    since_verbs: frozenset[str]
    first_modifiers: frozenset[str]
    date_prefix: re.Pattern[str]
    since_prefix: re.Pattern[str]
    pair_anaphors: frozenset[str]
    count_nouns: frozenset[str]
    owner_verbs: frozenset[str]
    presence_verbs: frozenset[str]
    currencies: dict[str, str]
    currency_words: dict[str, str]
    scales: dict[str, int]
    per_units: dict[str, str]
    place_nouns: frozenset[str]
    according: tuple[str, ...]


def _words(data: dict[str, Any], section: str, key: str, label: str) -> frozenset[str]:
    values = (data.get(section) or {}).get(key)
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise ClaimCuesError(f"{label}: {section}.{key}: expected a non-empty list of words")
    return frozenset(v.strip().lower() for v in values)


def _mapping(data: dict[str, Any], section: str, key: str, label: str, kind: type) -> dict[str, Any]:
    values = (data.get(section) or {}).get(key)
    if not isinstance(values, dict) or not values or not all(isinstance(v, kind) for v in values.values()):
        raise ClaimCuesError(f"{label}: {section}.{key}: expected a mapping to {kind.__name__}")
    return {str(k): v for k, v in values.items()}


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cue lists of ``data/claims.yaml``, validated (raises :class:`ClaimCuesError`)."""
    label, data = read_yaml("claims.yaml", ClaimCuesError)
    if not isinstance(data, dict) or data.get("kind") != "claims":
        raise ClaimCuesError(f"{label}: expected a mapping with kind: claims")
    prefixes = _words(data, "onset", "date_prefixes", label)
    try:
        date_prefix = re.compile(r"\b(?:" + "|".join(sorted(prefixes)) + r")\s*$")
        since = re.compile(r"\b(?:" + str(data["onset"].get("since_prefix", "since")) + r")\s*$")
    except re.error as exc:
        raise ClaimCuesError(f"{label}: onset.date_prefixes: bad pattern: {exc}") from exc
    scales = _mapping(data, "amount", "scales", label, int)
    return Cues(
        relation_nouns=_words(data, "onset", "relation_nouns", label),
        onset_verbs=_words(data, "onset", "onset_verbs", label),
        since_verbs=_words(data, "onset", "since_verbs", label),
        first_modifiers=_words(data, "onset", "first_modifiers", label),
        date_prefix=date_prefix, since_prefix=since,
        pair_anaphors=_words(data, "onset", "pair_anaphors", label),
        count_nouns=_words(data, "count", "nouns", label),
        owner_verbs=_words(data, "count", "owner_verbs", label),
        presence_verbs=_words(data, "count", "presence_verbs", label),
        currencies=_mapping(data, "amount", "currencies", label, str),
        currency_words=_mapping(data, "amount", "currency_words", label, str),
        scales={k.lower(): v for k, v in scales.items()},
        per_units=_mapping(data, "amount", "per_units", label, str),
        place_nouns=_words(data, "location", "place_nouns", label),
        according=tuple(sorted(_words(data, "attribution", "according", label))),
    )


def party_id(ref: ActorRef) -> str | None:
    """The id a claim subject uses: the state a person acts for, never a generic actor."""
    if ref.actor_id.startswith(cl.GENERIC_PREFIX):
        return None
    return ref.via or ref.actor_id
