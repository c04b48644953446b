"""``diplograph watch``: folders and RSS/Atom feeds ingested round after round (over :func:`diplograph.api.watch`)."""

from __future__ import annotations

import json
import signal
import threading
from pathlib import Path
from typing import Any, Optional

import typer
from rich.table import Table

from diplograph import api
from diplograph.analysis.times import parse_duration
from diplograph.cli.common import DB_HELP, _settings, fail, handled, out, say


def _print_round(report: Any) -> None:
    """One line per source (and per failure), the total, then any alerts as JSON Lines on stdout."""
    for src in report.sources:
        say(src.line())
        for item, reason in src.errors:
            say(f"  failed: {item}: {reason}")
    say(f"{report.started:%Y-%m-%d %H:%M:%S} {report.summary()}")
    for alert in report.alerts or []:
        out.print(json.dumps(alert, ensure_ascii=False, default=str), markup=False, highlight=False, soft_wrap=True)


class _Interrupt:
    """Ctrl-C, remembered: the watch stops at its next pause even when the interrupt itself was lost on
    the way (raised inside a finalizer, where Python only prints it), instead of sleeping a whole round."""

    def __init__(self) -> None:
        self.seen = threading.Event()

    def __call__(self, signum: int, frame: Any) -> None:
        self.seen.set()
        raise KeyboardInterrupt

    def sleep(self, seconds: float) -> None:
        if self.seen.wait(seconds):  # woken by Ctrl-C (the handler raises), or set before the pause began
            raise KeyboardInterrupt


def _list(db: Optional[str]) -> None:
    with handled():
        rows = api.watched(_settings(db).db)
    if not rows:
        say("no source is watched in this store (diplograph watch FOLDER|FEED_URL adds one)")
        return
    table = Table(header_style="bold")
    for col in ("source", "kind", "checked", "result", "items", "documents", "failing"):
        table.add_column(col, overflow="fold")
    for r in rows:
        checked = f"{r['checked_at']:%Y-%m-%d %H:%M}" if r["checked_at"] else "never"
        result = r["result"] or "—"
        if r["error"]:
            result += f": {r['error']}"
        table.add_row(r["source"], r["kind"], checked, result, str(r["items"]), str(r["documents"]), str(r["failing"]))
    out.print(table)


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""

    @app.command("watch")
    def watch_cmd(
        sources: Optional[list[str]] = typer.Argument(
            None, help="Folders and RSS/Atom feed URLs (none: every source this store already watches)."),
        every: str = typer.Option("15m", "--every", metavar="DURATION", help="Time from the start of one round to the next: 30s, 15m, 1h, 1d."),
        once: bool = typer.Option(False, "--once", help="Run one round and exit (for cron and scripts)."),
        rules: Optional[Path] = typer.Option(
            None, "--rules", metavar="FILE", help="Alert rules (YAML) checked after each round; alerts are printed as JSON Lines "
                                  "on stdout (see `diplograph alerts`)."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        delay: float = typer.Option(1.0, "--delay", metavar="SECONDS",
                                    help="Seconds between two requests to one host (robots.txt's Crawl-delay, up to "
                                         "30 s, can lengthen it)."),
        timeout: float = typer.Option(20.0, "--timeout", metavar="SECONDS", help="Seconds allowed for one HTTP request (at least 1)."),
        list_sources: bool = typer.Option(False, "--list", help="List the watched sources and their last results; exit."),
        forget: Optional[str] = typer.Option(None, "--forget", metavar="SOURCE",
                                             help="Stop watching this source (its documents stay); exit."),
    ) -> None:
        """Watch folders and RSS/Atom feeds: ingest new and changed files and articles, round after round.

        A folder gives its new and changed files (by path, size, time and content hash; a
        changed file replaces its document). A feed gives its items' pages, fetched politely
        (robots.txt, a pause between requests to one host, conditional GET, a time-out and
        the max_bytes size limit), their article text extracted; the item's date is the
        document's publication date. What each round saw is kept in the store, so a
        restarted watch fetches nothing that has not changed. Each round prints a line per
        source (added, replaced, unchanged, failed), each failure, and a total. Without
        --once rounds repeat until Ctrl-C. Exit status (--once): 0 all well, 1 some source
        or item failed, 2 usage or fatal error.
        """
        if delay < 0:  # checked here, not by Typer bounds: those load pydantic on every start
            fail("--delay: must be 0 or more seconds")
        if timeout < 1:
            fail("--timeout: must be at least 1 second")
        if list_sources:
            _list(db)
            return
        if forget:
            with handled():
                gone = api.unwatch(_settings(db).db, forget)
            if not gone:
                fail(f"--forget: {forget} is not watched (diplograph watch --list shows what is)")
            say(f"no longer watching {forget} (its documents stay in the store)")
            return
        try:
            seconds = parse_duration(every)
        except ValueError as exc:
            fail(f"--every: {exc}")
        settings = _settings(db)
        interrupt = _Interrupt()
        main = threading.current_thread() is threading.main_thread()  # (only there can a handler be set)
        previous = signal.signal(signal.SIGINT, interrupt) if main else None
        try:
            with handled():
                report = api.watch(sources or [], settings=settings, every=seconds, rounds=1 if once else None,
                                   rules=rules, on_round=_print_round, delay=delay, timeout=timeout,
                                   sleep=interrupt.sleep)
        except KeyboardInterrupt:
            say("watch stopped (what was stored is kept; the next round resumes)")
            return
        finally:
            if main:
                signal.signal(signal.SIGINT, previous)
        if not report.ok:
            raise typer.Exit(1)
