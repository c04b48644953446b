"""What each page of the web UI shows, assembled from :mod:`queries` and :mod:`analysis`.

Pure functions over an open :class:`~diplograph.store.Store`, returning plain
dicts for the templates and the JSON API.  They add no analysis of their own:
trajectories, timelines, networks, quotes and contradictions come from the same
functions as the CLI and the HTML report; the few SQL reads here fetch what only
the web UI needs (full-text over sentences, a document's text and stored spans).
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import Any

from diplograph import analysis
from diplograph.analysis import queries
from diplograph.outputs import report
from diplograph.store.database import Store

SEARCH_LIMIT = 50


class NotFound(LookupError):
    """An id in a URL names nothing in the store."""


def _by_type(items: list[dict[str, Any]], type_: str | None) -> list[dict[str, Any]]:
    return [e for e in items if e["type"] == type_.upper()] if type_ else items


def event_types(store: Store) -> list[str]:
    return [r["type"] for r in store.query("SELECT DISTINCT type FROM events ORDER BY type")]


def documents_by_id(store: Store) -> dict[str, dict[str, Any]]:
    return {d["doc"]: d for d in queries.documents(store)}


def actor_by_id(store: Store, actor_id: str) -> dict[str, Any]:
    for a in queries.actors(store):
        if a["id"] == actor_id:
            return a
    raise NotFound(f"no actor {actor_id!r}")


def resolve_actor(store: Store, name: str) -> str:
    """An exact actor id, else the CLI's lookup by name or alias; NotFound when nothing matches."""
    try:
        return queries.find_actor(store, name)
    except queries.QueryError as exc:
        raise NotFound(str(exc)) from exc


def home(store: Store) -> dict[str, Any]:
    net = analysis.network(store)
    return {"counts": store.counts(), "top_dyads": analysis.top_dyads(net, 15),
            "top_actors": queries.actors(store)[:20], "documents": queries.documents(store),
            "types": event_types(store)}


def search(store: Store, q: str, limit: int = SEARCH_LIMIT) -> dict[str, Any]:
    """Actors by name or alias, events by sentence, type or actor, quotes, and document sentences."""
    needle = q.strip().lower()
    if not needle:
        return {"q": q, "actors": [], "events": [], "quotes": [], "sentences": []}
    actors = [a for a in queries.actors(store)
              if needle in a["name"].lower() or needle == a["id"].lower()
              or any(needle in al.lower() for al in a["aliases"])][:limit]

    def ev_hit(e: dict[str, Any]) -> bool:
        names = [(e.get(k) or {}).get("name") or "" for k in ("source", "target")]
        texts = [m.get("text") or "" for m in e["mentions"]]
        return e["type"].lower() == needle or any(needle in t.lower() for t in names + texts)

    events = [e for e in queries.events(store) if ev_hit(e)][:limit]
    quotes = [x for x in queries.quotes(store) if needle in x["text"].lower()
              or needle in ((x["speaker"] or {}).get("name") or "").lower()][:limit]
    sentences = store.query(
        "SELECT s.doc_id, s.idx, s.text, d.title FROM sentences s JOIN documents d USING (doc_id) "
        "WHERE contains(lower(s.text), ?) ORDER BY s.doc_id, s.idx LIMIT ?", [needle, limit])
    return {"q": q, "actors": actors, "events": events, "quotes": quotes, "sentences": sentences}


def events_list(store: Store, *, actor: str | None = None, dyad: tuple[str, str] | None = None,
                type: str | None = None, since: str | None = None, until: str | None = None,
                limit: int | None = None, added_since: Any = None) -> list[dict[str, Any]]:
    """queries.events with unknown actor names reported as NotFound."""
    try:
        return queries.events(store, actor=actor, dyad=dyad, type=type, since=since, until=until, limit=limit,
                              added_since=added_since)
    except queries.QueryError as exc:
        raise NotFound(str(exc)) from exc


SORTS = {
    "date": lambda e: (e.get("date") is None, e.get("date") or "", e["type"]),
    "type": lambda e: (e["type"], e.get("date") or ""),
    "source": lambda e: ((e.get("source") or {}).get("name") or "\uffff", e.get("date") or ""),
    "target": lambda e: ((e.get("target") or {}).get("name") or "\uffff", e.get("date") or ""),
    "sources": lambda e: (len({m["doc"] for m in e.get("mentions") or []}), e.get("date") or ""),
}


def sort_events(rows: list[dict[str, Any]], key: str = "date", descending: bool = False) -> list[dict[str, Any]]:
    """Events sorted by a column of the events table (``SORTS``); undated and unnamed sort last."""
    if key not in SORTS:
        raise NotFound(f"cannot sort by {key!r}; by {', '.join(SORTS)}")
    out = sorted(rows, key=SORTS[key], reverse=descending)
    if descending and key == "date":  # undated still last
        out = [e for e in out if e.get("date")] + [e for e in out if not e.get("date")]
    return out


def actor_page(store: Store, actor_id: str, since: str | None = None, until: str | None = None,
               type_: str | None = None) -> dict[str, Any]:
    info = actor_by_id(store, actor_id)
    tl = analysis.timeline(store, actor=actor_id, since=since, until=until)
    net = analysis.network(store, around=[actor_id])
    mentions = store.query(
        "SELECT m.doc_id, m.sentence, m.text, s.text AS sentence_text FROM actor_mentions m JOIN sentences s "
        "ON s.doc_id = m.doc_id AND s.idx = m.sentence WHERE m.actor_id = ? ORDER BY m.doc_id, m.start LIMIT 20",
        [actor_id])
    return {"actor": info, "partners": analysis.top_dyads(net, 15), "timeline": _by_type(tl["events"], type_),
            "undated": _by_type(tl["undated"], type_), "quotes": queries.quotes(store, speaker=actor_id),
            "mentions": mentions, "types": event_types(store), "documents": documents_by_id(store)}


def dyad_page(store: Store, a: str, b: str, since: str | None = None, until: str | None = None,
              type_: str | None = None, period: str = "auto") -> dict[str, Any]:
    aid, bid = resolve_actor(store, a), resolve_actor(store, b)
    traj = analysis.dyad_trajectory(store, aid, bid, period=period)
    tl = analysis.timeline(store, dyad=(aid, bid), since=since, until=until)
    return {"trajectory": traj, "figure": report.trajectory_figure(traj),
            "timeline": _by_type(tl["events"], type_), "undated": _by_type(tl["undated"], type_),
            "quotes": report.dyad_quotes(store, traj), "conflicts": report.dyad_conflicts(store, traj),
            "types": event_types(store), "documents": documents_by_id(store)}


def event_page(store: Store, event_id: str) -> dict[str, Any]:
    try:
        ev = queries.event(store, event_id)
    except queries.QueryError as exc:
        raise NotFound(str(exc)) from exc
    docs = documents_by_id(store)
    detail = {r["mention_id"]: r for r in store.query(
        "SELECT m.mention_id, m.date, m.date_text, m.modality, m.negated, m.source_text, m.target_text, "
        "m.reported_by, s.start AS sentence_start FROM event_mentions m "
        "LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence WHERE m.event_id = ?", [ev["id"]])}
    sources = []
    for m in ev["mentions"]:
        d, extra = docs.get(m["doc"], {}), detail.get(m["id"], {})
        text, off = m.get("text") or "", extra.get("sentence_start")
        cut = (m["start"] - off, m["end"] - off) if off is not None else None
        if cut and not (0 <= cut[0] <= cut[1] <= len(text)):
            cut = None
        sources.append({**m, "title": d.get("title"), "published": d.get("published"),
                        "before": text[:cut[0]] if cut else text, "trigger_text": text[cut[0]:cut[1]] if cut else "",
                        "after": text[cut[1]:] if cut else "", **{k: extra.get(k) for k in (
                            "date", "date_text", "modality", "negated", "source_text", "target_text", "reported_by")}})
    differ = {k for k in ("date", "date_text", "modality", "source_text", "target_text")
              if len({s[k] for s in sources}) > 1}
    reasons = [r for r in (ev.get("merge_reason") or "").split("; ") if r]
    for doc, d in docs.items():  # name the documents in the reasons by their titles
        if d.get("title"):
            reasons = [r.replace(doc, f"“{d['title']}”") for r in reasons]
    sides = [analysis.side(ev.get(k)) for k in ("source", "target")]
    dyad = None
    if all(sides) and sides[0] != sides[1]:
        names = {a["id"]: a["name"] for a in queries.actors(store)}
        dyad = {"a": sides[0], "b": sides[1], "a_name": names.get(sides[0], sides[0]),
                "b_name": names.get(sides[1], sides[1])}
    return {"event": ev, "sources": sources, "differ": differ, "reasons": reasons, "dyad": dyad}


def document_page(store: Store, doc_id: str) -> dict[str, Any]:
    """A document's cleaned text cut into pieces, each with the stored spans that cover it."""
    docs = documents_by_id(store)
    if doc_id not in docs:
        raise NotFound(f"no document {doc_id!r}")
    text = store.scalar("SELECT text FROM documents WHERE doc_id = ?", [doc_id]) or ""
    sents = store.query('SELECT idx, start, "end", text FROM sentences WHERE doc_id = ? ORDER BY start', [doc_id])
    for s in sents:  # a sentence's trailing blank lines belong to the gap after it
        s["end"] = s["start"] + len(text[s["start"]:s["end"]].rstrip())
    names = {a["id"]: a["name"] for a in queries.actors(store)}
    spans: list[tuple[int, int, str, str | None, str]] = []  # start, end, kind, link, title
    for m in store.query('SELECT start, "end", actor_id, how FROM actor_mentions WHERE doc_id = ?', [doc_id]):
        spans.append((m["start"], m["end"], "actor", f"/actor/{m['actor_id']}",
                      f"{names.get(m['actor_id'], m['actor_id'])} ({m['how']})"))
    evs = store.query(
        'SELECT m.event_id, m.sentence, m.start, m."end", m.type, m.date, m.date_text, m.source_id, m.target_id '
        "FROM event_mentions m WHERE m.doc_id = ? ORDER BY m.start", [doc_id])
    by_idx = {s["idx"]: s for s in sents}
    for e in evs:
        who = " → ".join(names.get(x, x) if x else "—" for x in (e["source_id"], e["target_id"]))
        spans.append((e["start"], e["end"], "event", f"/event/{e['event_id']}",
                      f"{e['type']}: {who}" + (f", {e['date']}" if e["date"] else "")))
        s = by_idx.get(e["sentence"])
        if e["date_text"] and s and (at := s["text"].find(e["date_text"])) >= 0:
            spans.append((s["start"] + at, s["start"] + at + len(e["date_text"]), "date", None,
                          f"date {e['date'] or '?'}"))
    quotes = queries.quotes(store)
    quotes = [x for x in quotes if x["doc"] == doc_id]
    for x in quotes:
        spans.append((x["start"], x["end"], "quote", None,
                      "quote by " + ((x["speaker"] or {}).get("name") or "unattributed")))
    spans = sorted({s for s in spans if 0 <= s[0] < s[1] <= len(text)})
    cast = Counter(s[3].rsplit("/", 1)[-1] for s in spans if s[2] == "actor")
    return {"doc": docs[doc_id], "blocks": _blocks(text, sents, spans), "quotes": quotes,
            "cast": [{"id": a, "name": names.get(a, a), "mentions": n} for a, n in cast.most_common()],
            "events": [e for e in queries.events(store) if any(m["doc"] == doc_id for m in e["mentions"])]}


def _blocks(text: str, sents: list[dict[str, Any]], spans: list[tuple]) -> list[dict[str, Any]]:
    """Runs of text, one per sentence (with its index) or gap, each cut at every span edge."""
    cuts = {0, len(text)} | {p for s in spans for p in s[:2]} | {p for s in sents for p in (s["start"], s["end"])}
    cuts = sorted(p for p in cuts if 0 <= p <= len(text))
    starts = [s["start"] for s in sents]
    blocks: list[dict[str, Any]] = []
    for lo, hi in zip(cuts, cuts[1:]):
        i = bisect.bisect_right(starts, lo) - 1
        sid = sents[i]["idx"] if i >= 0 and lo < sents[i]["end"] else None
        if not blocks or blocks[-1]["sentence"] != sid:
            blocks.append({"sentence": sid, "pieces": []})
        on = [s for s in spans if s[0] <= lo and hi <= s[1]]
        link = next((s[3] for s in on if s[2] == "event"), None) or next((s[3] for s in on if s[3]), None)
        blocks[-1]["pieces"].append({"text": text[lo:hi], "classes": " ".join(sorted({s[2] for s in on})),
                                     "link": link, "title": "; ".join(dict.fromkeys(s[4] for s in on))})
    return blocks


def told_differently(store: Store) -> list[dict[str, Any]]:
    """Events merged from several documents whose sources give other dates, precision or modality."""
    rows = store.query(
        "SELECT event_id FROM event_mentions GROUP BY event_id HAVING count(DISTINCT doc_id) > 1 AND "
        "(count(DISTINCT coalesce(date, '')) > 1 OR count(DISTINCT modality) > 1 OR "
        "count(DISTINCT coalesce(date_text, '')) > 1) ORDER BY event_id")
    keep = {r["event_id"] for r in rows}
    return [e for e in queries.events(store) if e["id"] in keep]


def conflicts_page(store: Store) -> dict[str, Any]:
    return {"conflicts": queries.conflicts(store), "documents": documents_by_id(store),
            "told_differently": told_differently(store)}


WHATS_NEW_ALERTS = 50
WHATS_NEW_EVENTS = 100


def whats_new(store: Store, alerts: int = WHATS_NEW_ALERTS, events: int = WHATS_NEW_EVENTS) -> dict[str, Any]:
    """The What's new page: the latest fired alerts (newest first) and the events of the most recently
    stored documents (each with ``added``, when its latest source was stored)."""
    from diplograph.analysis.alerts import recent_alerts, recent_events
    return {"alerts": recent_alerts(store, alerts), "events": recent_events(store, events)}
