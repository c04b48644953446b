"""Names for what the store keys by id: document titles, claim subjects and attributes in words.

Ids stay in JSON and links; these are what a person reads.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from diplograph.store.database import Store

__all__ = ["doc_titles", "attribute_label", "subject_name", "plural", "ATTRIBUTE_LABELS", "SECTOR_LABELS",
           "qualify_same_actor", "sector_label",
           "country_name"]


def doc_titles(store: Store, ids: Any) -> dict[str, str]:
    """What to call these documents: their title, else their id."""
    ids = sorted({i for i in ids if i})
    if not ids:
        return {}
    rows = store.query("SELECT doc_id, title FROM documents WHERE rowid IN (SELECT rowid FROM documents "
                       "WHERE doc_id IN (SELECT unnest(?::VARCHAR[])))", [ids])
    return {r["doc_id"]: r["title"] or r["doc_id"] for r in rows}


# What a claim's attribute means, in words; ``count:member`` / ``amount:earn`` name the counted thing.
ATTRIBUTE_LABELS = {"relations_began": "when relations began", "located_in": "where it is"}


def attribute_label(attribute: str) -> str:
    """A claim attribute in words: ``relations_began`` -> "when relations began", ``count:member``
    -> "number of members", ``amount:earn`` -> "amount (earn)"."""
    if attribute in ATTRIBUTE_LABELS:
        return ATTRIBUTE_LABELS[attribute]
    kind, _, what = attribute.partition(":")
    if kind == "count" and what:
        return f"number of {what}s" if not what.endswith("s") else f"number of {what}"
    if kind == "amount" and what:
        return f"amount ({what})"
    return attribute.replace("_", " ")


def subject_name(info: dict[str, dict[str, Any]], subject: str) -> str:
    """A claim subject in words: actor ids (``RUS|TALIBAN``) become names ("Russia – Taliban")."""
    return " – ".join((info.get(part) or {}).get("name") or part for part in subject.split("|"))


_IRREGULAR = {"country": "countries", "analysis": "analyses", "quote": "quotes", "person": "people"}


def plural(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the word, plural unless ``n`` is 1: "1 event", "2 events", "3 countries"."""
    if n == 1:
        return f"1 {word}"
    many = many or _IRREGULAR.get(word) or (word + "es" if word.endswith(("s", "x", "sh", "ch")) else word + "s")
    return f"{n:,} {many}"


# A side's sector in words (data/actors: the CAMEO-style sector codes the resolver gives).
SECTOR_LABELS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "INS": "insurgents", "IGO": "international body",
    "NGO": "NGOs", "BUS": "business", "MED": "media", "CVL": "civilians", "COP": "police", "JUD": "judiciary",
    "LEG": "legislature", "OPP": "opposition", "SPY": "intelligence services", "REL": "religious groups",
    "EDU": "education", "CRM": "criminals", "UAF": "armed groups",
}


def sector_label(sector: str | None) -> str:
    """A sector code in words ("COP" -> "police"); "" for none."""
    return SECTOR_LABELS.get(sector or "", sector or "")


def qualify_same_actor(source: dict[str, Any] | None, target: dict[str, Any] | None) -> None:
    """An event within one actor ("Russian police arrested Russian journalists": Russia's police on
    Russia's media) names each side with its sector, "Russia (police)" and "Russia (media)", so no
    one reads "Russia -> Russia". Changes the two actor objects in place; others are left alone."""
    if not source or not target or source["id"] != target["id"] or source.get("sector") == target.get("sector"):
        return
    for side in (source, target):
        label = sector_label(side.get("sector")) or "state"
        side["name"] = f"{side['name']} ({label})"


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country code -> name from the packaged knowledge base (data/actors/countries.yaml), read by a
    pattern, not the YAML loader: a store holds only the actors it mentions, a country column
    names others too."""
    text = (resources.files("diplograph.data") / "actors" / "countries.yaml").read_text(encoding="utf-8")
    return dict(re.findall(r"^- id: (\w+)\n  name: (.+?)\s*$", text, re.M))


def country_name(code: str | None, known: dict[str, Any] | None = None) -> str | None:
    """A country code in words: the name of the stored actor with that id (``known``: actor fields
    by id), else of the knowledge base's country, else the code itself."""
    if not code:
        return None
    return ((known or {}).get(code) or {}).get("name") or _country_names().get(code, code)
