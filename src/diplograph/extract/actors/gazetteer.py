"""Which country a known place lies in, from ``data/gazetteer.yaml`` (and, for cities named as
places of an act, ``data/cities.yaml``).

Used to check location claims ("Tajikistan's Kunduz province"): :func:`check`
returns the countries the gazetteer expects when a claim puts a known place
somewhere else, and ``None`` when the claim agrees, the place is unknown or it
is listed as disputed between the claimed country and another.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from diplograph.data import read_yaml


class GazetteerError(ValueError):
    pass


_ISO3 = re.compile(r"^[A-Z]{3}$")
_UNFOLDED = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ʿ": "", "ʼ": ""})


def key(name: str) -> str:
    """A place name folded for matching: no case, accents, hyphens, apostrophes or spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().translate(_UNFOLDED)
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[\s\-‐–'’.`]", "", text)


def _places(name: str, kind: str) -> tuple[str, dict, dict[str, set[str]]]:
    """The label, the data and the place key -> countries mapping of a file of ``kind`` listing
    places by ISO alpha-3 code (``places:``), validated."""
    label, data = read_yaml(name, GazetteerError)
    if not isinstance(data, dict) or data.get("kind") != kind or not isinstance(data.get("places"), dict):
        raise GazetteerError(f"{label}: expected kind: {kind} and a places mapping")
    places: dict[str, set[str]] = {}
    for country, names in data["places"].items():
        if not isinstance(country, str) or not _ISO3.match(country):
            raise GazetteerError(f"{label}: places: {country!r} is not an ISO alpha-3 code")
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise GazetteerError(f"{label}: places: {country}: expected a list of names")
        for n in names:
            places.setdefault(key(n), set()).add(country)
    return label, data, places


@lru_cache(maxsize=1)
def load() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(place key -> countries, disputed place or shared crossing key -> countries), validated."""
    label, data, places = _places("gazetteer.yaml", "gazetteer")
    disputed: dict[str, set[str]] = {}
    for section in ("disputed", "crossings"):  # (a crossing two states share is read like a disputed place)
        for name, countries in (data.get(section) or {}).items():
            if not isinstance(countries, list) or not all(isinstance(c, str) and _ISO3.match(c) for c in countries):
                raise GazetteerError(f"{label}: {section}: {name}: expected a list of ISO alpha-3 codes")
            disputed[key(str(name))] = set(countries)
    return ({k: frozenset(v) for k, v in places.items()}, {k: frozenset(v) for k, v in disputed.items()})


def countries_of(place: str) -> frozenset[str]:
    """The countries the gazetteer puts ``place`` in (empty when unknown)."""
    places, disputed = load()
    k = key(place)
    return places.get(k, frozenset()) | disputed.get(k, frozenset())


def claimants(place: str) -> frozenset[str]:
    """The countries that claim the disputed place ``place`` (``disputed``) or share the border crossing (``crossings``);
    empty when it is not listed so."""
    return load()[1].get(key(place), frozenset())


def check(place: str, country: str) -> list[str] | None:
    """The expected countries when the gazetteer disagrees with ``place`` being in ``country``, else None."""
    expected = countries_of(place)
    if not expected or country in expected:
        return None
    return sorted(expected)


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """City key -> the one country ``data/cities.yaml`` puts it in."""
    return {k: next(iter(v)) for k, v in _places("cities.yaml", "cities")[2].items() if len(v) == 1}


def city_country(name: str) -> str | None:
    """The country of the listed city ``name`` (None when it is not listed)."""
    return _cities().get(key(name))


def place_named(name: str) -> bool:
    """Whether either file lists ``name`` as a place that is never a side of its own (not ``not_act_places``:
    "Tigray" may stand for its forces), even under two countries ("Rafah")."""
    return bool(countries_of(name) or city_country(name)) and key(name) not in _not_act_places()


def region_country(name: str) -> str | None:
    """The one country ``data/gazetteer.yaml`` lists the province or region ``name`` under (None when
    it is unlisted, listed under two countries, or disputed)."""
    places, disputed = load()
    k = key(name)
    countries = places.get(k, frozenset())
    return next(iter(countries)) if len(countries) == 1 and k not in disputed and k not in _not_act_places() else None


@lru_cache(maxsize=1)
def _not_act_places() -> frozenset[str]:
    """Keys of the listed names never read as an act's place (``not_act_places``)."""
    label, data = read_yaml("gazetteer.yaml", GazetteerError)
    names = data.get("not_act_places") or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise GazetteerError(f"{label}: not_act_places: expected a list of names")
    return frozenset(key(n) for n in names)
