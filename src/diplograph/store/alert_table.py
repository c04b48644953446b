"""The store's record of fired alerts (methods of :class:`~diplograph.store.Store`; migration 009).

The rules are evaluated on the read side (:mod:`diplograph.analysis.alert_kinds`); this is the one
place alerts are written.  An alert's id is deterministic (its rule, kind and evidence), so a second
evaluation over the same data finds its alerts here and raises none.
"""

from __future__ import annotations

import json
from typing import Any, Sequence


class AlertTable:
    """The alert-related methods of :class:`~diplograph.store.Store` (a mixin: they use its connection)."""

    def record_alerts(self, alerts: Sequence[dict[str, Any]]) -> list[str]:
        """Store these alerts (JSON objects with ``id``, ``rule``, ``kind``, ``time``, ``message`` and
        ``citations``) in one transaction; returns the ids that were not stored before, in order.
        ``raised_at`` is the transaction's time (to the microsecond: one batch, one time, read back in
        insertion order), the JSON's ``time`` the second the rules were evaluated."""
        if not alerts:
            return []
        con = self.con  # type: ignore[attr-defined]
        con.execute("BEGIN TRANSACTION")
        try:
            ids = [a["id"] for a in alerts]
            known = {r[0] for r in con.execute(
                "SELECT alert_id FROM alerts WHERE alert_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
            fresh = []
            for a in alerts:
                if a["id"] in known:
                    continue
                known.add(a["id"])
                mentions = [c["mention"] for c in a.get("citations") or [] if c.get("mention")]
                con.execute("INSERT INTO alerts (alert_id, rule, kind, raised_at, message, mentions, body) "
                            "VALUES (?, ?, ?, current_timestamp, ?, ?, ?)",
                            [a["id"], a["rule"], a["kind"], a["message"], mentions,
                             json.dumps(a, ensure_ascii=False, sort_keys=True)])
                fresh.append(a["id"])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return fresh
