"""The ``diplograph`` command: a thin layer over :mod:`diplograph.api`.

Exit status: 0 success; 1 some input was skipped (each named on stderr);
2 bad usage or a fatal error (one line on stderr).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from diplograph import __version__, api
from diplograph.cli.alerts import register as _register_alerts
from diplograph.cli.browse import register as _register_browse
from diplograph.cli.fastparams import install as install_fast_params
from diplograph.cli.helpfmt import install as install_readable_help
from diplograph.cli.common import DB_HELP, _settings, err, fail, handled, out, print_events, say
from diplograph.cli.report import register as _register_report
from diplograph.cli.watch import register as _register_watch
from diplograph.cli.common import check_date as _check_date
from diplograph.analysis.labels import plural
from diplograph.analysis.times import parse_since
from diplograph.config import load_settings
from diplograph.outputs.export import FORMATS, KINDS, export

install_readable_help()
install_fast_params()
app = typer.Typer(
    help="diplograph: who did what to whom, when — sourced, dated PLOVER events from news articles.",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"diplograph {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """diplograph: who did what to whom, when — sourced, dated PLOVER events from news articles."""

def _run_ingest(paths: list[str], settings, published: Optional[str], **engine) -> api.IngestReport:
    show = sys.stderr.isatty()
    if not show:
        return api.ingest(paths, settings=settings, published=published, **engine)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=err, transient=True) as bar:
        task = bar.add_task("", total=None)

        def tick(done: int, total: int, path: str) -> None:
            bar.update(task, completed=done, total=total, description=Path(path).name)

        return api.ingest(paths, settings=settings, published=published, progress=tick, **engine)


def _report(report: api.IngestReport, verbose: bool = False) -> None:
    for path, reason in report.skipped:
        say(f"skipped: {path}: {reason}")
    if verbose:
        for path, removed in report.cleaned:
            say(f"cleaned: {path}: {len(removed)} block{'' if len(removed) == 1 else 's'} removed "
                f"({sum(len(r) for r in removed):,} characters)")
            for block in removed:
                line = " ".join(block.split())
                say(f"  - {line[:100] + '…' if len(line) > 100 else line}")
    say(report.summary())


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files or folders (recursive) of .txt, .md, .html, .htm, .pdf, .docx."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    actors: Optional[list[Path]] = typer.Option(None, "--actors", help="Extra actor knowledge-base YAML file(s)."),
    triggers: Optional[list[Path]] = typer.Option(None, "--triggers", help="Extra event trigger YAML file(s)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date of these documents."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to use (package name or path)."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", min=1,
                                            help="Skip files larger than this many bytes (default 20000000)."),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", min=1,
                                            help="Skip documents whose cleaned text is longer (default 1000000)."),
    doc_timeout: Optional[float] = typer.Option(None, "--doc-timeout", min=0,
                                                help="Seconds allowed per document, 0 for no limit (default 120)."),
    workers: int = typer.Option(1, "--workers", min=1,
                                help="Parse and extract on this many processes (with --engine dask: LocalCluster size)."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (a Dask cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Dask scheduler address (tcp://host:8786); default: a LocalCluster."),
    verbose: bool = typer.Option(False, "--verbose", "-v",
                                 help="List, per document, the page furniture cleaning removed."),
) -> None:
    """Ingest articles: clean, parse, resolve actors, code and date events, store.

    Unchanged files are skipped after hashing; a changed file replaces its old
    version. Unreadable, non-English, too large or too slow documents are
    skipped, each named on stderr with the reason. Exit status: 0 all stored,
    1 some file skipped, 2 usage or fatal error.
    """
    _check_date(published, "--published")
    if engine not in ("local", "dask"):
        fail(f"--engine: {engine!r} is not an engine (local or dask)")
    if scheduler and engine != "dask":
        fail("--scheduler needs --engine dask")
    with handled():
        settings = _settings(db, actors, triggers, model).with_overrides(
            max_bytes=max_bytes, max_chars=max_chars, doc_timeout=doc_timeout)
        report = _run_ingest(paths, settings, published, workers=workers, engine=engine, scheduler=scheduler)
    _report(report, verbose)
    if report.skipped:
        raise typer.Exit(1)


_register_watch(app)


@app.command()
def events(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    actor: Optional[str] = typer.Option(None, "--actor", help="Only events where this actor is source or target."),
    dyad: Optional[tuple[str, str]] = typer.Option(None, "--dyad", help="Only events between two actors: --dyad A B."),
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT."),
    since: Optional[str] = typer.Option(None, "--since", help="Only events dated on/after this date."),
    until: Optional[str] = typer.Option(None, "--until", help="Only events dated on/before this date."),
    since_ingest: Optional[str] = typer.Option(
        None, "--since-ingest", metavar="TIME", help="Only events told by a document stored (added or replaced) since this time: "
                                     "2h, 1d, 2026-12-01 or 2026-12-01T09:30 (local time unless an offset is given)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Show at most this many rows."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON Lines instead of a table."),
) -> None:
    """List stored events as a readable table (dated first, in date order)."""
    _check_date(since, "--since")
    _check_date(until, "--until")
    if since_ingest:
        try:
            parse_since(since_ingest)
        except ValueError as exc:
            fail(f"--since-ingest: {exc}")
    with handled():
        rows = api.events(_settings(db).db, actor=actor, dyad=dyad, type=type, since=since, until=until,
                          added_since=since_ingest or None)
    if as_json:
        for r in rows[:limit] if limit else rows:
            out.print(json.dumps(r, ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)
        return
    print_events(rows, limit)
    say(plural(len(rows), "event"))


@app.command("export")
def export_cmd(
    kind: str = typer.Argument(..., help=f"What to export: {', '.join(KINDS)}."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to this file (default: stdout)."),
) -> None:
    """Export events, actors, documents, quotes or conflicts as JSON Lines or CSV."""
    if kind not in KINDS:
        fail(f"unknown export kind {kind!r}; choose one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with handled():
        with api.open_store(_settings(db).db, read_only=True) as store:
            if output is None:
                n = export(store, kind, fmt, sys.stdout)
            else:
                with open(output, "w", encoding="utf-8", newline="") as fh:
                    n = export(store, kind, fmt, fh)
    say(f"{n} {kind} exported" + (f" to {output}" if output else ""))


@app.command()
def code(
    text: str = typer.Argument(..., help="Text to code, or - to read standard input (one text per line)."),
    fmt: str = typer.Option("table", "--format", "-f", help="jsonl or table."),
    published: Optional[str] = typer.Option(None, "--published", help="Reference date for relative dates."),
    triggers: Optional[list[Path]] = typer.Option(None, "--triggers", help="Extra event trigger YAML file(s)."),
    actors: Optional[list[Path]] = typer.Option(None, "--actors", help="Extra actor knowledge-base YAML file(s)."),
) -> None:
    """Code text into PLOVER events without storing it (for trying and evaluating the coder)."""
    if fmt not in ("jsonl", "table"):
        fail(f"unknown format {fmt!r}; choose jsonl or table")
    _check_date(published, "--published")
    from diplograph.pipeline import load_resources
    from diplograph.outputs.serialize import event_json
    with handled():
        res = load_resources(_settings(None, actors, triggers))
        texts = list(enumerate(sys.stdin.read().splitlines(), 1)) if text == "-" else [(None, text)]
        found = []
        for line, t in texts:
            if not t.strip():
                continue
            for ev in api.code(t, resources=res, published=published):
                ev.line = line
                found.append((ev, t))
    if fmt == "jsonl":
        for ev, t in found:
            out.print(json.dumps(event_json(ev, t), ensure_ascii=False), markup=False, highlight=False,
                      soft_wrap=True)
        return
    table = Table(header_style="bold")
    for col in ("line", "type", "mode", "source", "target", "modality", "date", "trigger"):
        table.add_column(col)
    from diplograph.analysis.labels import qualify_same_actor
    for ev, _ in found:
        src, tgt = ({"id": a.actor_id, "name": a.name, "sector": a.sector} if a else None for a in (ev.source, ev.target))
        qualify_same_actor(src, tgt)
        table.add_row(str(ev.line or ""), ev.type, ev.mode or "", src["name"] if src else "—",
                      tgt["name"] if tgt else "—", ev.modality, ev.date.value or "", ev.trigger)
    out.print(table)


_register_browse(app)


def sample_corpus() -> Path:
    """The folder of the sample corpus shipped with the package."""
    return Path(str(resources.files("diplograph.data") / "sample"))


@app.command()
def demo(
    db: Optional[str] = typer.Option(None, "--db", help="Store the demo here (default: a new temporary file)."),
    limit: int = typer.Option(40, "--limit", help="Rows of the events table to show."),
) -> None:
    """Ingest the bundled sample corpus and print its events table."""
    folder = None if db else Path(tempfile.mkdtemp(prefix="diplograph-demo-"))
    target = db or str(folder / "demo.duckdb")
    try:
        with handled():
            report = _run_ingest([str(sample_corpus())], load_settings(db=target), None)
            _report(report)
            rows = api.events(target)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)  # a temporary store is not left behind
    print_events(rows, limit)
    if db:
        say(f"{plural(len(rows), 'event')} in {db} — explore with: diplograph events --db {db}, "
            f"or in the browser: diplograph serve --db {db}")
    else:
        say(f"{plural(len(rows), 'event')} (the temporary store is removed; keep one with --db FILE, then "
            f"explore it with diplograph events --db FILE or diplograph serve --db FILE)")


@app.command()
def serve(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: loopback only)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    allow_ingest: bool = typer.Option(False, "--allow-ingest",
                                      help="Allow ingesting a server folder or uploaded files from the browser."),
) -> None:
    """Explore the store in the browser: actors, dyads, events, sources, disagreements (and a JSON API)."""
    from diplograph.web.app import serve as run_server

    target = _settings(db).db
    with handled():
        if not allow_ingest:
            with api.open_store(target, read_only=True):
                pass  # fail now, in one line, if the store is missing or unreadable
        say(f"diplograph web UI on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
            f"({'ingest allowed' if allow_ingest else 'read-only'}; store {target}); Ctrl-C stops it")
        run_server(target, host=host, port=port, allow_ingest=allow_ingest)


@app.command()
def version() -> None:
    """Print the diplograph version."""
    out.print(f"diplograph {__version__}")


_register_report(app)
_register_alerts(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
