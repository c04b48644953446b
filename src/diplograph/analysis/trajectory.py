"""A dyad's cooperation–conflict trajectory: index per period, both directions, and its phases."""

from __future__ import annotations

from collections import Counter
from typing import Any


from diplograph.analysis import queries
from diplograph.analysis.common import (PERIODS, PHASE_THRESHOLD, _period_from_index, _period_index, choose_period,
                                         happened, period_key, period_start, side)
from diplograph.store.database import Store


# -- dyad trajectory -------------------------------------------------------------------------

def _brief(ev: dict[str, Any]) -> dict[str, Any]:
    first = ev["mentions"][0] if ev.get("mentions") else {}
    return {"id": ev["id"], "type": ev["type"], "date": ev.get("date"), "date_text": ev.get("date_text"),
            "source": (ev.get("source") or {}).get("name"), "target": (ev.get("target") or {}).get("name"),
            "modality": "negated" if ev.get("negated") else ev.get("modality"), "happened": happened(ev),
            "intensity": ev.get("intensity"), "quad": ev.get("quad"),
            "doc": first.get("doc"), "sentence": first.get("text")}


def _stats(evs: list[dict[str, Any]]) -> dict[str, Any]:
    done = [e for e in evs if happened(e) and e.get("intensity") is not None]
    quads = Counter(e.get("quad") for e in evs if happened(e) and e.get("quad"))
    index = round(sum(e["intensity"] for e in done) / len(done), 3) if done else None
    return {"count": len(evs), "happened": len(done), "index": index,
            "quads": {str(q): quads.get(q, 0) for q in (1, 2, 3, 4)},
            "events": [e["id"] for e in evs], "index_events": [e["id"] for e in done]}


def _label(evs: list[dict[str, Any]], limit: int = 3) -> str:
    types = Counter(e["type"] for e in evs if happened(e))
    return ", ".join(f"{t}×{n}" if n > 1 else t for t, n in types.most_common(limit)) or "no events that happened"


def dyad_direction(ev: dict[str, Any], a: str, b: str) -> str | None:
    """``a_to_b``, ``b_to_a`` or None for an event of the dyad (ids or via states)."""
    s, t = side(ev.get("source")), side(ev.get("target"))
    sid, tid = (ev.get("source") or {}).get("id"), (ev.get("target") or {}).get("id")
    if (s, t) == (a, b) or (sid, tid) == (a, b):
        return "a_to_b"
    if (s, t) == (b, a) or (sid, tid) == (b, a):
        return "b_to_a"
    return None


def dyad_trajectory(store: Store, a: str, b: str, period: str = "auto",
                    threshold: float = PHASE_THRESHOLD) -> dict[str, Any]:
    """How relations between ``a`` and ``b`` moved over time.

    Per period (gaps filled with empty points): for ``a_to_b``, ``b_to_a`` and
    ``combined``, the event count, the cooperation–conflict ``index`` (mean
    intensity of the events that happened; None when none did), counts per quad
    and the ids behind the point.  ``phases`` are change points between
    consecutive non-empty periods of the combined index: the index changes sign,
    or moves by ``threshold`` or more.  Events dated more coarsely than the period
    are listed in ``imprecise``; undated ones in ``undated``.
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; choose one of {', '.join(PERIODS)}")
    aid, bid = queries.find_actor(store, a), queries.find_actor(store, b)
    if aid == bid:
        raise ValueError(f"{a!r} and {b!r} are the same actor ({aid})")
    info = queries._actor_info(store, [aid, bid])  # name, kind, country: no mention counts needed
    # counts and indexes need no mentions; only the events listed apart show a sentence
    evs = [e for e in queries.events(store, dyad=(aid, bid), mentions=False) if dyad_direction(e, aid, bid)]
    dated = [e for e in evs if e.get("date")]
    chosen = choose_period(e["date"] for e in dated) if period == "auto" else period
    apart = {e["id"] for e in evs if not e.get("date") or period_key(e["date"], chosen) is None}
    if apart:
        full = {e["id"]: e for e in queries.events_by_id(store, apart)}
        evs = [full.get(e["id"], e) for e in evs]
        dated = [e for e in evs if e.get("date")]
    buckets: dict[str, list[dict[str, Any]]] = {}
    imprecise = []
    for e in dated:
        key = period_key(e["date"], chosen)
        if key is None:
            imprecise.append(_brief(e) | {"direction": dyad_direction(e, aid, bid)})
        else:
            buckets.setdefault(key, []).append(e)
    points = []
    if buckets:
        idx = sorted(_period_index(k, chosen) for k in buckets)
        for i in range(idx[0], idx[-1] + 1):
            key = _period_from_index(i, chosen)
            group = buckets.get(key, [])
            points.append({
                "period": key, "start": period_start(key),
                "a_to_b": _stats([e for e in group if dyad_direction(e, aid, bid) == "a_to_b"]),
                "b_to_a": _stats([e for e in group if dyad_direction(e, aid, bid) == "b_to_a"]),
                "combined": _stats(group),
                "label": _label(group) if group else "",
            })
    phases = find_phases(points, buckets, threshold)
    undated = [_brief(e) | {"direction": dyad_direction(e, aid, bid)} for e in evs if not e.get("date")]
    totals = _stats(dated)
    return {
        "a": _actor_summary(info, aid), "b": _actor_summary(info, bid), "period": chosen,
        "requested_period": period, "threshold": threshold, "points": points, "phases": phases,
        "segments": _segments(points, phases), "totals": {k: totals[k] for k in ("count", "happened", "index", "quads")},
        "imprecise": imprecise, "undated": undated,
    }


def _actor_summary(info: dict[str, dict[str, Any]], aid: str) -> dict[str, Any]:
    r = info.get(aid, {})
    return {"id": aid, "name": r.get("name", aid), "kind": r.get("kind"), "country": r.get("country")}


def _conflicts(stats: dict[str, Any]) -> int:
    quads = stats.get("quads") or {}
    return sum(int(quads.get(q, quads.get(str(q), 0)) or 0) for q in (3, 4))


def _direction(x: float, y: float, before: dict[str, Any], after: dict[str, Any]) -> tuple[str, str]:
    """Words and tone (``conf``, ``coop`` or ``muted``) for a move of the index from ``x`` to ``y``:
    "toward conflict" only when the index falls below zero or conflict events rise; a fall that stays
    cooperative is "less cooperative" (and a rise that stays conflictual "less conflictual")."""
    if y < x:
        if y < 0 or _conflicts(after) > _conflicts(before):
            return "toward conflict", "conf"
        return "less cooperative", "muted"
    if y > 0:
        return ("toward cooperation", "coop") if x <= 0 else ("more cooperative", "coop")
    return "less conflictual", "muted"


def find_phases(points: list[dict[str, Any]], buckets: dict[str, list[dict[str, Any]]],
                threshold: float = PHASE_THRESHOLD) -> list[dict[str, Any]]:
    """Change points of the combined index between consecutive periods that have one.

    A change point is a sign change (cooperation ↔ conflict; zero counts as
    neither) or a shift of ``threshold`` or more.  Each names the periods, the two
    index values, why it was marked, and the event types/ids of the new period.
    """
    scored = [p for p in points if p["combined"]["index"] is not None]
    phases = []
    for prev, cur in zip(scored, scored[1:]):
        x, y = prev["combined"]["index"], cur["combined"]["index"]
        shift = round(y - x, 3)
        sign_change = x * y < 0
        if not sign_change and abs(shift) < threshold:
            continue
        group = buckets.get(cur["period"], [])
        direction, tone = _direction(x, y, prev["combined"], cur["combined"])
        phases.append({
            "period": cur["period"], "start": cur["start"], "previous": prev["period"],
            "from_index": x, "to_index": y, "shift": shift,
            "reason": "sign change" if sign_change else f"shift ≥ {threshold:g}",
            "direction": direction, "tone": tone,
            "types": dict(Counter(e["type"] for e in group if happened(e)).most_common()),
            "events": [e["id"] for e in group if happened(e)],
            "before_types": dict(Counter(e["type"] for e in buckets.get(prev["period"], []) if happened(e))
                                 .most_common()),
            "label": f"{cur['period']}: {direction} ({x:+.1f} → {y:+.1f}; {_label(group)})",
        })
    return phases


def _segments(points: list[dict[str, Any]], phases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stretches between change points, with their mean index (periods with an index only)."""
    scored = [p for p in points if p["combined"]["index"] is not None]
    if not scored:
        return []
    cuts = {ph["period"] for ph in phases}
    segs: list[list[dict[str, Any]]] = [[]]
    for p in scored:
        if p["period"] in cuts and segs[-1]:
            segs.append([])
        segs[-1].append(p)
    out = []
    for seg in segs:
        ids = [i for p in seg for i in p["combined"]["index_events"]]
        total = sum(p["combined"]["index"] * p["combined"]["happened"] for p in seg)
        n = sum(p["combined"]["happened"] for p in seg)
        out.append({"from": seg[0]["period"], "to": seg[-1]["period"], "periods": len(seg),
                    "index": round(total / n, 3) if n else None, "events": ids})
    return out
