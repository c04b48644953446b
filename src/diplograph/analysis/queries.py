"""Read-side queries over the store, shared by the CLI, exports, reports and web UI.

Every function takes an open :class:`~diplograph.store.Store` and returns plain
dicts shaped like the JSONL export contract.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Sequence

from diplograph.analysis.grades import DEFAULT_GRADE, doc_grades, grades  # noqa: F401 - re-exported
from diplograph.analysis.labels import attribute_label, country_name, doc_titles, qualify_same_actor, subject_name
from diplograph.analysis.times import parse_since
from diplograph.extract.events.ontology import EVENT_TYPES
from diplograph.store.common import key_sql
from diplograph.store.database import Store

EVENT_COLUMNS = (
    "e.event_id, e.type, e.act_type, e.mode, e.context, e.source_id, e.source_via, e.target_id, e.target_via, e.date, "
    "e.date_precision, e.date_text, e.date_anchor, e.date_end, e.date_end_precision, e.negated, e.modality, e.intensity, e.quad, e.merge_reason"
)




class QueryError(ValueError):
    """A filter names something that does not exist (one-line message)."""


def check_type(name: str) -> str:
    """A PLOVER event type as stored (upper case), or :class:`QueryError` listing the valid ones."""
    if name.strip().upper() not in EVENT_TYPES:
        raise QueryError(f"unknown event type {name!r}; the types are {', '.join(EVENT_TYPES)}")
    return name.strip().upper()


def find_actor(store: Store, name: str) -> str:
    """Resolve a user-typed actor name, id or alias to a stored actor id."""
    needle = name.strip()
    rows = store.query(
        "SELECT actor_id FROM actors WHERE lower(actor_id) = lower(?) OR lower(name) = lower(?) "
        "ORDER BY origin, actor_id LIMIT 1", [needle, needle])
    if not rows:
        rows = store.query(  # the aliases unnested once, not a correlated EXISTS per actor (10x faster)
            "SELECT actor_id FROM (SELECT actor_id, origin, unnest(aliases) AS alias FROM actors) "
            "WHERE lower(alias) = lower(?) ORDER BY origin, actor_id LIMIT 1", [needle])
    if not rows:
        rows = store.query(
            "SELECT actor_id FROM actors WHERE lower(name) LIKE '%' || lower(?) || '%' "
            "ORDER BY length(name) LIMIT 1", [needle])
    if not rows:
        raise QueryError(f"no actor matches {name!r} (try `diplograph actors`)")
    return rows[0]["actor_id"]


def _actor_info(store: Store, ids: Any = None) -> dict[str, dict[str, Any]]:
    """Actor fields by id: all actors, or only ``ids`` (far cheaper on a large store)."""
    if ids is None:
        return {r["actor_id"]: r for r in store.query("SELECT actor_id, name, country, sector, kind FROM actors")}
    return {r["actor_id"]: r for r in store.query(
        "SELECT a.actor_id, a.name, a.country, a.sector, a.kind FROM (SELECT DISTINCT unnest(?::VARCHAR[]) AS id) x "
        "JOIN actors a ON a.actor_id = x.id", [sorted({i for i in ids if i})])}


def _actor_obj(info: dict[str, dict[str, Any]], actor_id: str | None, text: str | None,
               sector: str | None, via: str | None, implied: bool | None = False) -> dict[str, Any] | None:
    if actor_id is None:
        return None
    a = info.get(actor_id, {})
    country = a.get("country")
    if country is None and via:
        country = info.get(via, {}).get("country")
    return {"id": actor_id, "name": a.get("name", actor_id), "country": country,
            "sector": sector or a.get("sector"), "kind": a.get("kind"), "via": via,
            "via_name": country_name(via, info) if via else None, "text": text,
            "implied": bool(implied)}


LOOKUP_MAX = 20_000  # rows fetched by a rowid list at most; more are read by a scan


def _rowids(store: Store, sql: str, params: Sequence[Any]) -> list[int]:
    """The rowids a query selects.  Wide rows are then fetched with ``rowid IN (SELECT unnest(?))``
    on this constant list, which DuckDB looks up row by row: reading the wide columns of a few
    rows scattered over a large table costs a fraction of a scan, or of a semi-join on a subquery."""
    return [r[0] for r in store.con.execute(sql, list(params)).fetchall()]


def _mentions(store: Store, event_ids: list[str], every: bool = False, brief: bool = False) -> list[dict[str, Any]]:
    """The mentions of these events with their sentence text (``sentence_text``), in document order.

    A few events' rows are found by their integer lookup keys (store.key_sql: an integer probe is
    several times cheaper than a string one), then fetched by rowid; a key collision only brings in
    rows that the string comparisons here drop.  With ``every`` (all the store's events), the tables
    are read whole instead: looking rows up one by one only pays for a small share of a table.
    ``brief``: only the event, document, sentence and position of each mention (and which sides are implied)."""
    wanted = set(event_ids)
    cols = "m.event_id, m.doc_id, m.sentence, m.start, m.source_sector, m.target_sector, m.source_implied, m.target_implied" if brief else (
        "m.event_id, m.mention_id, m.doc_id, m.sentence, m.start, m.\"end\", m.trigger, m.source_text, "
        "m.target_text, m.source_sector, m.target_sector, m.source_implied, m.target_implied, m.reported_by, m.modality")
    if every or len(event_ids) > LOOKUP_MAX:
        ms = store.query(f"SELECT {cols}, s.text AS sentence_text FROM event_mentions m LEFT JOIN sentences s "
                         "ON s.doc_id = m.doc_id AND s.idx = m.sentence "
                         + ("" if every else f"WHERE m.event_ikey IN (SELECT {key_sql('unnest(?::VARCHAR[])')}) ")
                         + "ORDER BY m.doc_id, m.sentence, m.start", [] if every else [event_ids])
        return [m for m in ms if m["event_id"] in wanted]
    found = _rowids(store, "SELECT rowid FROM event_mentions WHERE event_ikey IN "
                           f"(SELECT {key_sql('unnest(?::VARCHAR[])')})", [event_ids])
    ms = [m for m in store.query(
        f"SELECT {cols} FROM event_mentions m WHERE m.rowid IN (SELECT unnest(?::BIGINT[])) "
        "ORDER BY m.doc_id, m.sentence, m.start", [found]) if m["event_id"] in wanted]
    if not ms:
        return ms
    places = sorted({(m["doc_id"], m["sentence"]) for m in ms})
    found = _rowids(store, f"SELECT s.rowid FROM sentences s JOIN (SELECT {key_sql('d')} AS k, i FROM "
                           "(SELECT unnest(?::VARCHAR[]) AS d, unnest(?::INTEGER[]) AS i)) x "
                           "ON s.doc_ikey = x.k AND s.idx = x.i", [[d for d, _ in places], [i for _, i in places]])
    text = {(r[0], r[1]): r[2] for r in store.con.execute(
        "SELECT doc_id, idx, text FROM sentences WHERE rowid IN (SELECT unnest(?::BIGINT[]))", [found]).fetchall()}
    for m in ms:
        m["sentence_text"] = text.get((m["doc_id"], m["sentence"]))
    return ms


def events(store: Store, *, actor: str | None = None, dyad: tuple[str, str] | None = None,
           type: str | None = None, since: str | None = None, until: str | None = None,
           happened_only: bool = False, limit: int | None = None,
           mentions: bool | str = True, added_since: str | datetime | None = None) -> list[dict[str, Any]]:
    """Canonical events with their mentions, filtered; dated events first, in date order.

    ``mentions=False`` leaves out what comes from the mentions (``mentions`` is empty, ``reliability``
    is the default, the actors' ``text`` and ``sector`` come from the actors table, ``reported_by`` is
    None): for callers that only count and date events; :func:`events_by_id` gives the full ones.
    ``mentions="brief"`` gives each mention its ``doc``, ``sentence`` and ``text`` only (the rest None),
    and the actors' ``text``/``sector``/``reported_by`` as with False: what a timeline shows.
    ``added_since`` (``2h``, ``1d``, an ISO date or timestamp): only events with a mention from a
    document stored (added or replaced) since then."""
    where, params = [], []
    # plain equalities on single columns (pushed into the scans, and pruned by row group where the
    # events table is clustered: store_merge.EVENT_ORDER_SQL) whose union holds every matching event
    near: list[tuple[str, list[Any]]] = []
    if actor:
        aid = find_actor(store, actor)
        where.append("(? IN (e.source_id, e.target_id, e.source_via, e.target_via))")
        params.append(aid)
        near = [(f"{c} = ?", [aid]) for c in ("source_id", "target_id", "source_via", "target_via")]
    if dyad:
        a, b = find_actor(store, dyad[0]), find_actor(store, dyad[1])
        if not near:  # either side named through its via state, or both sides named directly
            near = [("source_id = ? AND target_id = ?", [a, b]), ("source_id = ? AND target_id = ?", [b, a])]
            near += [(f"{c} = ?", [x]) for c in ("source_via", "target_via") for x in (a, b)]
        where.append("((coalesce(e.source_via, e.source_id) = ? AND coalesce(e.target_via, e.target_id) = ?) OR "
                     "(coalesce(e.source_via, e.source_id) = ? AND coalesce(e.target_via, e.target_id) = ?) OR "
                     "(e.source_id = ? AND e.target_id = ?) OR (e.source_id = ? AND e.target_id = ?))")
        params += [a, b, b, a, a, b, b, a]
    if type:
        where.append("e.type = ?")
        params.append(check_type(type))
    if since:
        where.append("e.date IS NOT NULL AND e.date >= ?")
        params.append(since)
    if until:
        where.append("e.date IS NOT NULL AND left(e.date, length(?)) <= ?")
        params += [until, until]
    if happened_only:
        where.append("e.modality = 'asserted' AND NOT e.negated")
    if added_since:
        where.append("e.event_id IN (SELECT m.event_id FROM event_mentions m JOIN documents d ON d.doc_id = m.doc_id "
                     "WHERE d.ingested_at >= ?)")
        params.append(parse_since(added_since))
    sql = f"SELECT {EVENT_COLUMNS} FROM events e"
    if near:  # the candidate rows, by plain equalities (cheap scans); the full filter applies on fetching
        found = _rowids(store, " UNION ".join(f"SELECT rowid FROM events WHERE {c}" for c, _ in near),
                        [x for _, ps in near for x in ps])
        if len(found) <= LOOKUP_MAX:
            sql += " WHERE e.rowid IN (SELECT unnest(?::BIGINT[])) AND " + " AND ".join(where)
            params = [found] + params
        else:  # many rows: a scan with a rowid semi-join beats looking them up one by one
            sql += " WHERE e.rowid IN (SELECT e.rowid FROM events e WHERE " + " AND ".join(where) + ")"
    elif where:  # the filter reads only its own columns; the wide rows are fetched by rowid for the matches
        found = _rowids(store, "SELECT e.rowid FROM events e WHERE " + " AND ".join(where), params)
        if len(found) <= LOOKUP_MAX:
            sql += " WHERE e.rowid IN (SELECT unnest(?::BIGINT[]))"
            params = [found]
        else:  # many rows: a scan with a rowid semi-join beats looking them up one by one
            sql += " WHERE e.rowid IN (SELECT e.rowid FROM events e WHERE " + " AND ".join(where) + ")"
    sql += " ORDER BY e.date IS NULL, e.date, e.type, e.event_id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return _event_dicts(store, store.query(sql, params), every=not where and not limit, with_mentions=mentions)


def events_by_id(store: Store, ids: Any) -> list[dict[str, Any]]:
    """These events (by event id) as :func:`events` gives them, in the same order."""
    found = _rowids(store, "SELECT rowid FROM events WHERE event_id IN (SELECT unnest(?::VARCHAR[]))",
                    [sorted(set(ids))])
    rows = store.query(f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.rowid IN (SELECT unnest(?::BIGINT[])) "
                       "ORDER BY e.date IS NULL, e.date, e.type, e.event_id", [found])
    return _event_dicts(store, rows)


def _event_dicts(store: Store, rows: list[dict[str, Any]], every: bool = False,
                 with_mentions: bool | str = True) -> list[dict[str, Any]]:
    """Event rows (``EVENT_COLUMNS``) as export-contract dicts, with their mentions and actors."""
    if not rows:
        return []
    ids = [r["event_id"] for r in rows]
    mentions: dict[str, list[dict[str, Any]]] = {}
    brief = with_mentions == "brief"
    for m in _mentions(store, ids, every=every, brief=brief) if with_mentions else ():
        mentions.setdefault(m["event_id"], []).append(m)
    wanted = {r[k] for r in rows for k in ("source_id", "target_id", "source_via", "target_via")}
    wanted |= {m.get("reported_by") for ms in mentions.values() for m in ms}  # (the mention cited may not be the first)
    info = _actor_info(store, wanted)
    grades = doc_grades(store, ids={m["doc_id"] for ms in mentions.values() for m in ms})
    titles = doc_titles(store, {m["doc_id"] for ms in mentions.values() for m in ms})
    out = []
    for r in rows:
        ms = mentions.get(r["event_id"], [])
        first = next((m for m in ms if m.get("modality") in (None, r["modality"])), ms[0] if ms else {})  # not a question
        source = _actor_obj(info, r["source_id"], first.get("source_text"), first.get("source_sector"), r["source_via"],
                            first.get("source_implied"))
        target = _actor_obj(info, r["target_id"], first.get("target_text"), first.get("target_sector"), r["target_via"],
                            first.get("target_implied"))
        qualify_same_actor(source, target)
        out.append({
            "id": r["event_id"], "type": r["type"], "act_type": r["act_type"], "mode": r["mode"],
            "context": r["context"],
            "date": r["date"], "date_precision": r["date_precision"], "date_text": r["date_text"],
            "date_anchor": r["date_anchor"], "date_end": r["date_end"], "date_end_precision": r["date_end_precision"],
            "source": source, "target": target,
            "negated": bool(r["negated"]), "modality": r["modality"],
            "reported_by": _actor_obj(info, first.get("reported_by"), None, None, None),
            "intensity": r["intensity"], "quad": r["quad"], "merge_reason": r["merge_reason"],
            "mentions": [{"id": m.get("mention_id"), "doc": m["doc_id"], "doc_title": titles.get(m["doc_id"]),
                          "sentence": m["sentence"], "start": m["start"],
                          "end": m.get("end"), "trigger": m.get("trigger"),
                          "text": m["sentence_text"].strip() if m["sentence_text"] else m["sentence_text"],
                          "grade": grades.get(m["doc_id"], DEFAULT_GRADE),
                          **({"modality": m["modality"]} if m.get("modality") not in (None, r["modality"]) else {})}
                         for m in ms],
            "reliability": min((grades.get(m["doc_id"], DEFAULT_GRADE) for m in ms), default=DEFAULT_GRADE),
        })
    return out


SHORT_ID = 6  # characters of an event id's hash the CLI shows; a unique prefix of 6 or more names it


def short_id(event_id: str, n: int = 8) -> str:
    """An event id as the CLI shows it: the first ``n`` characters after ``ev_``."""
    return event_id.removeprefix("ev_")[:n]


def event(store: Store, event_id: str) -> dict[str, Any]:
    """One event with all its mentions (by event id, a unique start of it, with or without ``ev_``, as
    :func:`short_id` gives, or by one of its mention ids)."""
    eid = store.scalar("SELECT event_id FROM events WHERE event_id = ? UNION "
                       "SELECT event_id FROM event_mentions WHERE mention_id = ? LIMIT 1", [event_id, event_id])
    if eid is None and len(event_id.strip()) >= SHORT_ID:  # a short id (the events table's) or a prefix
        key = event_id.strip().lower()
        key = key if key.startswith(("ev_", "em_")) else "ev_" + key
        found = [r[0] for r in store.con.execute(
            "SELECT event_id FROM events WHERE starts_with(event_id, ?) UNION SELECT event_id FROM event_mentions "
            "WHERE starts_with(mention_id, ?) LIMIT 2", [key, key]).fetchall()]
        if len(found) > 1:
            raise QueryError(f"{event_id!r} is the start of several ids; give more of it")
        eid = found[0] if found else None
    if eid is None:
        raise QueryError(f"no event or mention {event_id!r} (ids are in `diplograph events --json`)")
    rows = [e for e in events(store) if e["id"] == eid]
    return rows[0]


def actors(store: Store, ids: list[str] | None = None) -> list[dict[str, Any]]:
    """All actors (or only those with these ids), most mentioned first."""
    where, params = "", []
    if ids is not None:
        where, params = "WHERE list_contains(?, a.actor_id) ", [list(ids)]
    rows = store.query(
        "SELECT a.actor_id, a.name, a.aliases, a.country, a.sector, a.kind, a.roles, a.origin, "
        "count(m.actor_id) AS mentions FROM actors a LEFT JOIN actor_mentions m ON m.actor_id = a.actor_id "
        f"{where}GROUP BY ALL ORDER BY mentions DESC, a.name", params)
    roles = {r["actor_id"]: json.loads(r["roles"] or "[]") for r in rows}
    names = _actor_info(store, {x.get("of") for rs in roles.values() for x in rs} | {r["country"] for r in rows})
    for rs in roles.values():
        for x in rs:
            if x.get("of"):
                x["of_name"] = country_name(x["of"], names)
    return [{"id": r["actor_id"], "name": r["name"], "aliases": list(r["aliases"] or []),
             "country": r["country"], "sector": r["sector"], "kind": r["kind"],
             "country_name": country_name(r["country"], names),
             "roles": roles[r["actor_id"]], "origin": r["origin"], "mentions": r["mentions"]}
            for r in rows]


def documents(store: Store, ids: Any = None) -> list[dict[str, Any]]:
    """All documents (or only those with these ids), by id."""
    source, params = "documents", []
    if ids is not None:  # a few documents out of many: only the key column is read for all of them
        source = ("(SELECT d.* FROM documents d WHERE d.rowid IN (SELECT d2.rowid FROM documents d2 "
                  "WHERE d2.doc_id IN (SELECT unnest(?::VARCHAR[]))))")  # rows by rowid: see events()
        params = [sorted(set(ids))]
    rows = store.query(
        "SELECT d.doc_id, d.path, d.title, d.author, d.publication, d.published, d.published_how, d.published_earliest, "
        "d.published_latest, d.published_evidence, d.fmt, d.n_chars, d.n_sentences, d.content_hash, "
        "(SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.doc_id) AS events "
        f"FROM {source} d ORDER BY d.doc_id", params)
    grades = doc_grades(store, ids=[r["doc_id"] for r in rows] if ids is not None else None)
    return [{"doc": r["doc_id"], "path": r["path"], "title": r["title"], "author": r["author"],
             "publication": r["publication"], "grade": grades.get(r["doc_id"], DEFAULT_GRADE),
             "published": r["published"], "published_how": r["published_how"],
             "published_window": [r["published_earliest"], r["published_latest"]]
             if r["published_earliest"] or r["published_latest"] else None,
             "published_evidence": r["published_evidence"], "format": r["fmt"], "chars": r["n_chars"],
             "sentences": r["n_sentences"], "events": r["events"], "sha256": r["content_hash"]}
            for r in rows]


def document_briefs(store: Store, ids: Any) -> dict[str, dict[str, Any]]:
    """Title, path and publication date of these documents, by id: what a timeline cites (no counts)."""
    found = _rowids(store, "SELECT rowid FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                    [sorted(set(ids))])
    rows = store.query("SELECT d.doc_id, d.path, d.title, d.published, d.published_how FROM documents d "
                       "WHERE d.rowid IN (SELECT unnest(?::BIGINT[]))", [found])  # rows by rowid: see _rowids
    return {r.pop("doc_id"): r for r in rows}


def quotes(store: Store, speaker: str | None = None) -> list[dict[str, Any]]:
    params: list[Any] = []
    sql = "SELECT * FROM quotes"
    if speaker:
        sql += " WHERE speaker_id = ?"
        params.append(find_actor(store, speaker))
    sql += " ORDER BY doc_id, start"
    info = _actor_info(store)
    rows = store.query(sql, params)
    titles = doc_titles(store, {r["doc_id"] for r in rows})
    return [{"doc": r["doc_id"], "doc_title": titles.get(r["doc_id"], r["doc_id"]), "sentence": r["sentence"],
             "start": r["start"], "end": r["end"],
             "speaker": _actor_obj(info, r["speaker_id"], r["speaker_text"], None, None),
             "text": r["text"], "direct": r["direct"], "date": r["date"]}
            for r in rows]


def _compatible(a: str, b: str) -> bool:
    """Equal values, or one date refining the other ("2015" and "2015-03")."""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def _claim_rows(store: Store, where: str = "", params: list[Any] | None = None) -> list[dict[str, Any]]:
    info = _actor_info(store)
    grades = doc_grades(store)
    rows = store.query(
        "SELECT c.subject, c.attribute, c.value, c.doc_id, c.sentence, c.text, c.holder_id, d.author, d.title "
        f"FROM claims c LEFT JOIN documents d USING (doc_id) {where} "
        "ORDER BY c.subject, c.attribute, c.value, c.doc_id, c.start", params or [])
    for r in rows:
        r["grade"] = grades.get(r["doc_id"], DEFAULT_GRADE)
        holder = info.get(r["holder_id"]) if r["holder_id"] else None
        r["holder"] = {"id": r["holder_id"], "name": holder["name"] if holder else r["holder_id"]} \
            if r["holder_id"] else None
    return rows


def _claim_json(r: dict[str, Any]) -> dict[str, Any]:
    return {"doc": r["doc_id"], "doc_title": r.get("title") or r["doc_id"], "value": r["value"],
            "sentence": r["text"].strip() if r["text"] else r["text"], "sentence_index": r["sentence"],
            "holder": r["holder"], "author": r["author"], "grade": r["grade"]}


def conflicts(store: Store, gazetteer: bool = True) -> list[dict[str, Any]]:
    """Disagreements: claims about the same subject and attribute with incompatible values
    (``kind: sources``), then, with ``gazetteer``, location claims the gazetteer contradicts
    (``kind: gazetteer``, with the ``expected`` countries).  Each claim gives its document,
    sentence, value and holder (the actor the sentence attributes it to; else the author)."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    info = _actor_info(store)
    for r in _claim_rows(store):
        grouped.setdefault((r["subject"], r["attribute"]), []).append(r)
    out = []
    for (s, a), rows in grouped.items():
        values = sorted({r["value"] for r in rows})
        if any(not _compatible(x, y) for i, x in enumerate(values) for y in values[i + 1:]):
            out.append({**_about(info, s, a), "kind": "sources",
                        "claims": [_claim_json(r) for r in rows]})
    return out + (gazetteer_errors(store) if gazetteer else [])


def _about(info: dict[str, dict[str, Any]], subject: str, attribute: str) -> dict[str, Any]:
    """The ``about`` key of a conflict (ids) and what to call it (``title``: names and words)."""
    return {"about": {"subject": subject, "attribute": attribute},
            "title": f"{subject_name(info, subject)} · {attribute_label(attribute)}"}


def gazetteer_errors(store: Store) -> list[dict[str, Any]]:
    """``located_in`` claims that put a place the gazetteer knows in another country."""
    from diplograph.extract.actors.gazetteer import check

    out: dict[tuple[str, str], dict[str, Any]] = {}
    info = _actor_info(store)
    for r in _claim_rows(store, "WHERE c.attribute = 'located_in'"):
        expected = check(r["subject"], r["value"])
        if expected is None:
            continue
        entry = out.setdefault((r["subject"], ",".join(expected)), {
            **_about(info, r["subject"], "located_in"), "kind": "gazetteer",
            "expected": expected, "claims": []})
        entry["expected_names"] = [country_name(c, info) for c in expected]
        entry["claims"].append({**_claim_json(r), "value_name": country_name(r["value"], info)})
    return list(out.values())


def claims(store: Store) -> list[dict[str, Any]]:
    """Every stored claim (subject, attribute, value) with its document, sentence and holder."""
    return [{"subject": r["subject"], "attribute": r["attribute"], **_claim_json(r)} for r in _claim_rows(store)]
