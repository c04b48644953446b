"""CLI commands for analyses and reports: ``report``, ``timeline``, ``trajectory``, ``export-graph``.

``register(app)`` adds them to the main ``diplograph`` Typer app.  Errors print
one line on stderr and exit with status 2.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table

from diplograph import analysis
from diplograph.outputs import graphs as formats
from diplograph.cli.common import DB_HELP
from diplograph.cli.common import check_date as _check_date
from diplograph.cli.common import fail as _fail
from diplograph.cli.common import known_errors
from diplograph.config import ConfigError, load_settings
from diplograph.analysis.queries import QueryError
from diplograph.analysis.labels import plural
from diplograph.store.database import Store, StoreError

GRAPH_FORMATS = ("gexf", "graphml", "timelinejs", "ftm", "cameo", "parquet")
ERRORS = (ConfigError, StoreError, QueryError, formats.FormatError, ValueError, OSError)  # and duckdb's, once loaded


@contextmanager
def _store(db: Optional[str]) -> Iterator[Store]:
    """Open the store read-only; known errors become one line on stderr and exit 2."""
    try:
        with Store(load_settings(db=db).db, read_only=True) as store:
            yield store
    except Exception as exc:
        if not isinstance(exc, ERRORS + known_errors()):
            raise
        _fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def _console() -> Console:
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 150)


def _fmt(value: Optional[float]) -> str:
    return "—" if value is None else f"{value:+.2f}"


def _name(actor: Optional[dict]) -> str:
    if not actor:
        return "—"
    via = actor.get("via")
    return f"{actor['name']} ({actor.get('via_name') or via})" if via and via != actor["id"] else actor["name"]


def _short(text: Optional[str], n: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n - 1] + "…"


def register(app: typer.Typer) -> None:
    """Add the report/analysis commands to ``app``."""

    @app.command("report")
    def report_cmd(
        actors: Optional[list[str]] = typer.Argument(None, help="Two actors for a dyad report; none for the whole corpus."),
        output: Path = typer.Option(..., "-o", "--output", help="HTML file to write."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Write one self-contained offline HTML report (charts, timeline, network, quotes, sources)."""
        from diplograph.outputs.report import render_report
        if actors and len(actors) != 2:
            _fail(f"report takes two actors (a dyad) or none, not {len(actors)}")
        with _store(db) as store:
            html = render_report(store, *(actors or (None, None)))
            output.write_text(html, encoding="utf-8")
        typer.echo(f"wrote {output} ({len(html) // 1024} KiB)", err=True)

    @app.command("timeline")
    def timeline_cmd(
        actor: Optional[str] = typer.Option(None, "--actor", help="Only events where this actor is source or target."),
        dyad: Optional[tuple[str, str]] = typer.Option(None, "--dyad", help="Only events between two actors: --dyad A B."),
        since: Optional[str] = typer.Option(None, "--since", help="Only events dated on/after this date."),
        until: Optional[str] = typer.Option(None, "--until", help="Only events dated on/before this date."),
        as_json: bool = typer.Option(False, "--json", help="Print the timeline as one JSON object."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Dated events in date order with their sentences and sources; undated events listed apart."""
        _check_date(since, "--since")
        _check_date(until, "--until")
        with _store(db) as store:
            tl = analysis.timeline(store, actor=actor, dyad=dyad, since=since, until=until)
        if as_json:
            typer.echo(json.dumps(tl, ensure_ascii=False))
            return
        out = _console()
        for label, items in (("dated", tl["events"]), ("undated", tl["undated"])):
            if not items:
                continue
            table = Table(title=plural(len(items), f"{label} event"), header_style="bold")
            for col in ("date", "type", "source", "target", "modality", "sources", "sentence"):
                table.add_column(col, overflow="fold", max_width=70 if col == "sentence" else 24)
            for e in items:
                table.add_row(e["date"] or "undated", e["type"], _name(e["source"]), _name(e["target"]),
                              e["modality"] or "", "; ".join(_short_title(s.get("title") or s["doc"]) for s in e["sources"]), _short(e["sentence"]))
            out.print(table)
        typer.echo(f"{len(tl['events'])} dated, {plural(len(tl['undated']), 'undated event')}", err=True)

    @app.command("trajectory")
    def trajectory_cmd(
        a: str = typer.Argument(..., help="First actor (name, id or alias)."),
        b: str = typer.Argument(..., help="Second actor."),
        period: str = typer.Option("auto", "--period", help="auto, year, quarter or month."),
        as_json: bool = typer.Option(False, "--json", help="Print the trajectory as one JSON object."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Cooperation–conflict index of a dyad per period, both directions, with change points."""
        if period not in analysis.PERIODS:
            _fail(f"--period: {period!r} is not one of {', '.join(analysis.PERIODS)}")
        with _store(db) as store:
            traj = analysis.dyad_trajectory(store, a, b, period=period)
        if as_json:
            typer.echo(json.dumps(traj, ensure_ascii=False))
            return
        an, bn = traj["a"]["name"], traj["b"]["name"]
        out = _console()
        table = Table(title=f"{an} – {bn} by {traj['period']} (index = mean intensity of events that happened)",
                      header_style="bold")
        for col in ("period", f"{an} → {bn}", f"{bn} → {an}", "combined", "events", "quads 1/2/3/4", "types"):
            table.add_column(col, overflow="fold", max_width=40)
        for p in traj["points"]:
            if not p["combined"]["count"]:
                continue
            q = p["combined"]["quads"]
            table.add_row(p["period"], _fmt(p["a_to_b"]["index"]), _fmt(p["b_to_a"]["index"]),
                          _fmt(p["combined"]["index"]), str(p["combined"]["count"]),
                          f"{q['1']}/{q['2']}/{q['3']}/{q['4']}", p["label"])
        out.print(table)
        if traj["phases"]:
            phases = Table(title="change points", header_style="bold")
            for col in ("period", "change", "why", "types"):
                phases.add_column(col, overflow="fold")
            for ph in traj["phases"]:
                phases.add_row(ph["period"], f"{ph['from_index']:+.1f} → {ph['to_index']:+.1f} ({ph['direction']})",
                               ph["reason"], ", ".join(ph["types"]))
            out.print(phases)
        typer.echo(f"{plural(traj['totals']['count'], 'dated event')}, {plural(len(traj['phases']), 'change point')}, "
                   f"{len(traj['imprecise'])} too coarse for the period, {len(traj['undated'])} undated", err=True)  # adjectives

    @app.command("export-graph")
    def export_graph_cmd(
        fmt: str = typer.Option(..., "--format", help=f"One of: {', '.join(GRAPH_FORMATS)}."),
        output: Path = typer.Option(..., "-o", "--output", help="File to write (a directory for parquet)."),
        since: Optional[str] = typer.Option(None, "--since", help="Graph/timeline: events dated on/after this date."),
        until: Optional[str] = typer.Option(None, "--until", help="Graph/timeline: events dated on/before this date."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Export the network (GEXF, GraphML), a TimelineJS file, FollowTheMoney JSONL, CAMEO-style TSV or Parquet tables."""
        if fmt not in GRAPH_FORMATS:
            _fail(f"--format: {fmt!r} is not one of {', '.join(GRAPH_FORMATS)}")
        _check_date(since, "--since")
        _check_date(until, "--until")
        with _store(db) as store:
            if fmt == "parquet":
                written = formats.parquet_all(store, output)
                typer.echo(f"wrote {len(written)} tables ({sum(written.values())} rows) to {output}", err=True)
                return
            if fmt in ("gexf", "graphml"):
                net = analysis.network(store, since=since, until=until)
                text = formats.to_gexf(net) if fmt == "gexf" else formats.to_graphml(net)
                note = f"{len(net['nodes'])} nodes, {len(net['edges'])} edges"
            elif fmt == "timelinejs":
                tl = formats.timelinejs(analysis.timeline(store, since=since, until=until))
                text = json.dumps(tl, ensure_ascii=False, indent=1)
                note = plural(len(tl['events']), "event")
            elif fmt == "ftm":
                lines = [json.dumps(e, ensure_ascii=False) for e in formats.followthemoney(store)]
                text = "\n".join(lines) + "\n"
                note = f"{len(lines)} entities"
            else:
                lines = list(formats.cameo_tsv(store))
                text = "\n".join(lines) + "\n"
                note = f"{len(lines) - 1} rows"
            output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output} ({note})", err=True)


def _short_title(title: str, n: int = 40) -> str:
    title = " ".join(title.split())
    return title if len(title) <= n else title[:n - 1] + "…"
