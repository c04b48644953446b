"""The four kinds of alert rule, evaluated over a store (:func:`evaluate`).

* ``dyad_index``: the latest period of the dyad's trajectory is a change point
  (:func:`diplograph.analysis.trajectory.find_phases`: the combined index changes sign or moves by the
  rule's threshold) and one of that period's events is new.  One alert per rule, period and direction.
* ``new_event``: an event of the watched actors (and types) all of whose source sentences are new,
  none cited before by the rule.  One alert per event.
* ``new_actor``: an actor whose every event with the watched one is new: their first event(s).  One
  alert per pair.
* ``contradiction``: a disagreement between sources (:func:`diplograph.analysis.queries.conflicts`) on
  the watched subject with a claim from a new document.  One alert per set of claims.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from diplograph.analysis import queries
from diplograph.analysis.alert_rules import Rule, load_rules
from diplograph.analysis.alerts import Alert, Check, Citation, Warn, alert_id, event_phrase
from diplograph.analysis.common import happened
from diplograph.analysis.labels import plural
from diplograph.analysis.trajectory import dyad_direction, dyad_trajectory
from diplograph.store.common import StoreError
from diplograph.store.database import Store


def check(path: str, rules_path: str | Path, since: datetime | None = None, warn: Warn | None = None) -> list[Alert]:
    """``diplograph.check_alerts``: the rules of ``rules_path`` evaluated on the store at ``path``;
    only the alerts that have not fired before, which are recorded so they fire once."""
    rules = load_rules(rules_path)
    if path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no such database (run `diplograph ingest` first)")
    with Store(path) as store:
        alerts = evaluate(store, rules, since, warn)
        fresh = set(store.record_alerts([a.to_json() for a in alerts]))
    return [a for a in alerts if a.id in fresh]


def evaluate(store: Store, rules: list[Rule], since: datetime | None = None,
             warn: Warn | None = None) -> list[Alert]:
    """The alerts the rules raise on what is new since ``since`` (None: everything), leaving out those
    fired before (kept in the store); in rule order.  Nothing is written."""
    check = Check(store, since, warn)
    if not check.anything_new:
        return []
    out: list[Alert] = []
    for rule in rules:
        found = KINDS[rule.kind](check, rule)
        fired = check.fired(a.id for a in found)
        out += [a for a in found if a.id not in fired]
    return out


def _dyad_ids(check: Check, rule: Rule) -> tuple[str, str] | None:
    assert rule.dyad is not None
    a, b = (check.resolve(rule.name, x) for x in rule.dyad)
    if a is None or b is None:
        return None
    if a == b:
        check.warn(f"rule {rule.name!r}: {rule.dyad[0]!r} and {rule.dyad[1]!r} are the same actor ({a})")
        return None
    return a, b


def dyad_index(check: Check, rule: Rule) -> list[Alert]:
    ids = _dyad_ids(check, rule)
    if ids is None or not check.touches(*ids):
        return []
    a, b = ids
    traj = dyad_trajectory(check.store, a, b, period=rule.period, threshold=rule.threshold)
    scored = [p for p in traj["points"] if p["combined"]["index"] is not None]
    if len(scored) < 2:
        return []
    latest = scored[-1]
    phase = next((ph for ph in traj["phases"] if ph["period"] == latest["period"]), None)
    if phase is None:
        return []
    evs = queries.events_by_id(check.store, latest["combined"]["index_events"])
    cites = check.event_citations(evs)
    if not any(c.new for c in cites):
        return []
    dyad = [check.party(a), check.party(b)]
    message = f"{dyad[0]['name']} – {dyad[1]['name']}: {phase['label']}"
    details = {k: phase[k] for k in ("period", "previous", "from_index", "to_index", "shift", "reason",
                                     "direction", "types")}
    details |= {"threshold": rule.threshold, "period_kind": traj["period"]}
    return [Alert(id=alert_id(rule.name, rule.kind, a, b, traj["period"], phase["period"], phase["direction"]),
                  rule=rule.name, kind=rule.kind, message=message, time=check.now, dyad=dyad,
                  events=[e["id"] for e in evs], citations=cites, details=details)]


def new_event(check: Check, rule: Rule) -> list[Alert]:
    if rule.dyad is not None:
        ids = _dyad_ids(check, rule)
        if ids is None or not check.touches(*ids):
            return []
        evs = queries.events(check.store, dyad=ids)
        if rule.direction != "either":
            evs = [e for e in evs if dyad_direction(e, *ids) == rule.direction]
    else:
        assert rule.actor is not None
        aid = check.resolve(rule.name, rule.actor)
        if aid is None or not check.touches(aid):
            return []
        evs = queries.events(check.store, actor=aid)
    cited = check.cited(rule.name)
    out = []
    for ev in evs:
        if rule.types and ev["type"] not in rule.types or rule.happened and not happened(ev):
            continue
        ms = ev["mentions"]
        if not ms or not all(check.is_new(m["doc"]) for m in ms) or any(m.get("id") in cited for m in ms):
            continue
        mention_ids = sorted(m["id"] for m in ms if m.get("id"))
        src, tgt = (ev.get("source") or {}).get("id"), (ev.get("target") or {}).get("id")
        dyad = [check.party(src), check.party(tgt)] if src and tgt else None
        out.append(Alert(
            id=alert_id(rule.name, rule.kind, *mention_ids), rule=rule.name, kind=rule.kind,
            message=f"new event: {event_phrase(ev)} ({plural(len(ms), 'source sentence')})",
            time=check.now, dyad=dyad, events=[ev["id"]], citations=check.event_citations([ev]),
            details={"type": ev["type"], "date": ev.get("date"), "modality": ev.get("modality"),
                     "negated": ev.get("negated"), "intensity": ev.get("intensity")}))
    return out


def _partner(ev: dict[str, Any], aid: str) -> str | None:
    """The other side of an event of ``aid`` (the actor itself, not the state it acts for)."""
    src, tgt = ev.get("source") or {}, ev.get("target") or {}
    ours = {aid}
    if aid in (src.get("id"), src.get("via")) and aid not in (tgt.get("id"), tgt.get("via")):
        other = tgt.get("id")
    elif aid in (tgt.get("id"), tgt.get("via")) and aid not in (src.get("id"), src.get("via")):
        other = src.get("id")
    else:
        return None
    return other if other and other not in ours else None


def new_actor(check: Check, rule: Rule) -> list[Alert]:
    assert rule.actor is not None
    aid = check.resolve(rule.name, rule.actor)
    if aid is None or not check.touches(aid):
        return []
    by_partner: dict[str, list[dict[str, Any]]] = {}
    for ev in queries.events(check.store, actor=aid):
        other = _partner(ev, aid)
        if other is not None:
            by_partner.setdefault(other, []).append(ev)
    out = []
    for other, evs in by_partner.items():
        docs = [m["doc"] for e in evs for m in e["mentions"]]
        if not docs or not all(check.is_new(d) for d in docs):
            continue  # they met before `since`
        first = evs[0]  # dated events first, in date order
        dyad = [check.party(aid), check.party(other)]
        more = f"; {plural(len(evs), 'event')} in all" if len(evs) > 1 else ""
        out.append(Alert(
            id=alert_id(rule.name, rule.kind, aid, other), rule=rule.name, kind=rule.kind,
            message=f"new actor with {dyad[0]['name']}: {dyad[1]['name']} ({event_phrase(first)}{more})",
            time=check.now, dyad=dyad, events=[e["id"] for e in evs], citations=check.event_citations(evs),
            details={"actor": aid, "new_actor": other, "events": len(evs)}))
    return out


def _subject_matches(check: Check, rule: Rule, subject: str) -> bool:
    parts = subject.split("|")
    lowered = {p.lower() for p in parts}
    for name in rule.subject:
        if name.lower() in lowered:
            continue
        try:
            if queries.find_actor(check.store, name) in parts:
                continue
        except queries.QueryError:
            pass
        return False
    return True


def contradiction(check: Check, rule: Rule) -> list[Alert]:
    if not check.everything and not check.new_claims:
        return []
    out = []
    for conflict in queries.conflicts(check.store):
        about = conflict["about"]
        if rule.attribute and about["attribute"] != rule.attribute:
            continue
        if not _subject_matches(check, rule, about["subject"]):
            continue
        claims = conflict["claims"]
        cites = [Citation(doc=c["doc"], doc_title=c.get("doc_title"), sentence=c.get("sentence_index"),
                          text=c.get("sentence"), value=c["value"], new=check.is_new(c["doc"])) for c in claims]
        if not any(c.new for c in cites):
            continue
        values = sorted({c.value for c in cites if c.value})
        fresh = {c.value for c in cites if c.new}
        shown = ", ".join(v + (" (new)" if v in fresh and not check.everything else "") for v in values)
        parts = about["subject"].split("|")
        dyad = [check.party(p) for p in parts] if len(parts) == 2 else None
        evidence = sorted(f"{c.doc}:{c.sentence}:{c.value}" for c in cites)
        out.append(Alert(
            id=alert_id(rule.name, rule.kind, about["subject"], about["attribute"], conflict["kind"], *evidence),
            rule=rule.name, kind=rule.kind, time=check.now, dyad=dyad, citations=cites,
            message=f"sources disagree: {conflict['title']}: {shown}",
            details={"subject": about["subject"], "attribute": about["attribute"], "conflict": conflict["kind"],
                     "values": values, "expected": conflict.get("expected")}))
    return out


KINDS = {"dyad_index": dyad_index, "new_event": new_event, "new_actor": new_actor, "contradiction": contradiction}
