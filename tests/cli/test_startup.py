"""Commands that only read the store load neither spaCy nor the other heavy packages (fast start)."""

from __future__ import annotations

import subprocess
import sys

from diplograph.store.database import Store

# pydantic: what recent Typer versions check every parameter with (cli/fastparams.py routes plain ones
# around it); yaml, lxml, trafilatura, jinja2: the data loaders, readers and templates; httpx, feedparser: the watch
HEAVY = ("spacy", "thinc", "networkx", "pyarrow", "plotly", "pydantic", "yaml", "lxml", "trafilatura", "jinja2",
         "httpx", "feedparser")


def test_read_commands_do_not_import_spacy(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db):
        pass
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom diplograph.cli.main import app\n"
            "for args in (['events', '--limit', '3', '--dyad', 'A', 'B', '--since', '2001'], ['events', '--since-ingest', '2h'],\n"
            "             ['actors'], ['quotes'], ['conflicts'], ['actor', 'X'], ['timeline', '--dyad', 'A', 'B'],\n"
            "             ['export', 'events'], ['watch', '--list'], ['--help']):\n"
            f"    r = CliRunner().invoke(app, args + (['--db', {db!r}] if args[0] != '--help' else []))\n"
            "    assert r.exit_code == (2 if '--dyad' in args or args[0] == 'actor' else 0), (args, r.output)\n"
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"loaded: {result.stdout.strip()}"


def test_help_and_version_do_not_open_duckdb():
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom diplograph.cli.main import app\n"
            "for args in (['--help'], ['--version'], ['events', '--help']):\n"
            "    r = CliRunner().invoke(app, args)\n"
            "    assert r.exit_code == 0, (args, r.output)\n"
            "print('duckdb' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
