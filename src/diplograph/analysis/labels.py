"""Names for what the store keys by id: document titles, claim subjects and attributes in words.

Ids stay in JSON and links; these are what a person reads.
"""

from __future__ import annotations

from typing import Any

from diplograph.store.database import Store

__all__ = ["doc_titles", "attribute_label", "subject_name", "plural", "ATTRIBUTE_LABELS"]


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
