"""The ``alerts`` command: evaluate alert rules on what is new, deliver what fires (JSON Lines)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional

import typer

from diplograph import api
from diplograph.analysis.labels import plural
from diplograph.cli.common import DB_HELP, _settings, fail, handled, out, say
from diplograph.outputs.alerts import json_line

_AGO = re.compile(r"^(\d+)\s*([smhdw])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
SINCE_HELP = ("Only what was stored at or after this time: ISO 8601 (2026-12-01, 2026-12-01T08:00, "
              "2026-12-01T08:00+01:00; without a zone, local time) or a time ago (30m, 6h, 2d, 1w). "
              "Default: everything (alerts that fired before never fire again).")


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """A ``--since`` value as a timezone-aware datetime; ValueError (one line) otherwise."""
    value = text.strip()
    match = _AGO.match(value.lower())
    if match:
        now = now or datetime.now(timezone.utc)
        return now - timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError:
        raise ValueError(f"--since: {text!r} is not a time (ISO 8601 such as 2026-12-01T08:00, "
                         "or a time ago such as 30m, 6h, 2d)") from None
    return moment if moment.tzinfo else moment.astimezone()


def register(app: typer.Typer) -> None:
    """Add the ``alerts`` command to ``app``."""

    @app.command("alerts")
    def alerts_cmd(
        rules: Path = typer.Option(..., "--rules", metavar="FILE", help="Alert rules YAML file (see the README's Alerts)."),
        since: Optional[str] = typer.Option(None, "--since", metavar="TIME", help=SINCE_HELP),
        append: Optional[Path] = typer.Option(None, "--append", metavar="FILE", help="Also append the alerts (JSON Lines) to this file."),
        webhook: Optional[str] = typer.Option(None, "--webhook", metavar="URL",
                                              help="Also POST each alert (JSON) to this http(s) URL."),
        timeout: float = typer.Option(10.0, "--timeout", min=0.1, metavar="SECONDS", help="Seconds to wait for the webhook."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Raise the alerts the rules find in newly stored documents; print them as JSON Lines.

        Rule kinds: dyad_index (a dyad's cooperation-conflict index changes sign or moves by
        the rule's threshold in its latest period), new_event (a new event of given types
        between watched actors), new_actor (an actor's first event with a watched one) and
        contradiction (sources newly disagree on a watched subject). Each alert fires once:
        fired alerts are kept in the store. Exit status: 0 done (with or without alerts),
        1 a delivery failed (named on stderr), 2 usage or fatal error (bad rules file, no store).
        """
        moment = None
        if since:
            try:
                moment = parse_since(since)
            except ValueError as exc:
                fail(str(exc))
        with handled():
            raised = api.check_alerts(_settings(db).db, rules, since=moment,
                                      warn=lambda message: say(f"warning: {message}"))
        for alert in raised:
            out.print(json_line(alert.to_json()), markup=False, highlight=False, soft_wrap=True)
        problems = api.deliver_alerts(raised, append=append, webhook=webhook, timeout=timeout)
        for problem in problems:
            say(f"error: {problem}")
        say(plural(len(raised), "alert") + (f" (appended to {append})" if append and raised and not any(
            str(append) in p for p in problems) else ""))
        if problems:
            raise typer.Exit(1)
