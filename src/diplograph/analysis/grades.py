"""Admiralty reliability grades of documents and publications (A completely reliable … F cannot be judged)."""

from __future__ import annotations

from typing import Any

from diplograph.store.database import Store

DEFAULT_GRADE = "F"  # Admiralty: reliability cannot be judged


def doc_grades(store: Store, ids: Any = None) -> dict[str, str]:
    """Each document's reliability grade: set for the document itself, else for its publication, else F.

    With ``ids``, grades for those documents only (read them with ``.get(doc, "F")``); when no grade
    is set at all, every one is F without reading the documents table (a full scan on a large store)."""
    if ids is not None:
        ids = sorted({i for i in ids if i})
        if not ids or not store.scalar("SELECT count(*) FROM source_grades"):
            return {i: DEFAULT_GRADE for i in ids}
    source, params = "documents d", []
    if ids is not None:
        source, params = "(SELECT UNNEST(?::VARCHAR[]) AS id) x JOIN documents d ON d.doc_id = x.id", [ids]
    rows = store.query(
        "SELECT d.doc_id, coalesce(g1.grade, g2.grade) AS grade FROM " + source + " "
        "LEFT JOIN source_grades g1 ON g1.source = lower(d.doc_id) "
        "LEFT JOIN source_grades g2 ON g2.source = lower(d.publication)", params)
    return {r["doc_id"]: r["grade"] or DEFAULT_GRADE for r in rows}


def grades(store: Store) -> list[dict[str, Any]]:
    """Sources with their grades: every publication of a stored document (a document without one
    stands for itself), and every graded source, with how many stored documents it covers."""
    docs = store.query("SELECT doc_id, publication, title FROM documents ORDER BY doc_id")
    set_ = {r["source"]: r["grade"] for r in store.query("SELECT source, grade FROM source_grades")}
    by_doc = doc_grades(store)
    out: dict[str, dict[str, Any]] = {}
    for d in docs:
        name = d["publication"] or d["doc_id"]
        kind = "publication" if d["publication"] else "document"
        row = out.setdefault(name.lower(), {"source": name, "kind": kind, "grade": set_.get(name.lower()),
                                            "documents": []})
        row["documents"].append({"doc": d["doc_id"], "title": d["title"], "grade": by_doc[d["doc_id"]]})
        if d["publication"] and d["doc_id"].lower() in set_:
            out.setdefault(d["doc_id"].lower(), {"source": d["doc_id"], "kind": "document",
                                                 "grade": set_[d["doc_id"].lower()], "documents": []})
    for source, grade in set_.items():
        out.setdefault(source, {"source": source, "kind": "unmatched", "grade": grade, "documents": []})
    for row in out.values():
        row["set"] = row["grade"] is not None
        row["grade"] = row["grade"] or DEFAULT_GRADE
    return sorted(out.values(), key=lambda r: (r["grade"], r["source"].lower()))
