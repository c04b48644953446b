-- 009: alerts that have fired (diplograph alerts, diplograph watch --rules). One row per alert; the id
-- is made from the rule, its kind and the evidence (deterministic), so evaluating the rules again on
-- the same data adds nothing. `mentions` are the event mentions the alert cites: a new-event rule
-- never alerts twice on a mention it has cited. `body` is the alert as the JSON line delivers it.
CREATE TABLE IF NOT EXISTS alerts (
    alert_id   VARCHAR PRIMARY KEY,
    rule       VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    raised_at  TIMESTAMPTZ NOT NULL,      -- when it was stored (one time per batch)
    message    VARCHAR NOT NULL,
    mentions   VARCHAR[],
    body       VARCHAR NOT NULL
);
