"""Plain parameters converted without pydantic (cli/fastparams.py) get the values and errors Typer gives."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from typer.testing import CliRunner

from diplograph.cli import fastparams
from diplograph.cli.main import app as diplograph_app

runner = CliRunner()


def _app(seen: dict) -> typer.Typer:
    fastparams.install()
    app = typer.Typer()

    @app.command()
    def cmd(
        name: str = typer.Argument(...),
        paths: Optional[list[Path]] = typer.Option(None, "--path"),
        out: Optional[Path] = typer.Option(None, "-o"),
        n: int = typer.Option(3, "--n"),
        bounded: int = typer.Option(1, "--bounded", min=1),
        x: float = typer.Option(0.5, "--x"),
        pair: Optional[tuple[str, str]] = typer.Option(None, "--pair"),
        flag: bool = typer.Option(False, "--flag"),
    ) -> None:
        seen.update(name=name, paths=paths, out=out, n=n, bounded=bounded, x=x, pair=pair, flag=flag)

    return app


def test_plain_values_have_their_types(tmp_path):
    seen: dict = {}
    r = runner.invoke(_app(seen), ["hi", "--path", "a.txt", "--path", str(tmp_path), "-o", "f.html", "--n", "7",
                                   "--x", "2.5", "--pair", "A", "B", "--flag"])
    assert r.exit_code == 0, r.output
    assert seen == {"name": "hi", "paths": [Path("a.txt"), tmp_path], "out": Path("f.html"), "n": 7, "bounded": 1,
                    "x": 2.5, "pair": ("A", "B"), "flag": True}
    seen.clear()
    assert runner.invoke(_app(seen), ["hi"]).exit_code == 0
    assert seen["paths"] is None and seen["pair"] is None and seen["flag"] is False and seen["n"] == 3


def test_bad_values_are_usage_errors():
    r = runner.invoke(_app({}), ["hi", "--n", "seven"])
    assert r.exit_code == 2 and "Invalid value for '--n'" in r.output and "'seven' is not an integer" in r.output
    r = runner.invoke(_app({}), ["hi", "--x", "a lot"])
    assert r.exit_code == 2 and "is not a number" in r.output
    r = runner.invoke(_app({}), ["hi", "--bounded", "0"])  # bounds are Typer's own check
    assert r.exit_code == 2 and "--bounded" in r.output


def test_the_cli_reports_a_bad_limit_in_one_line(tmp_path):
    r = runner.invoke(diplograph_app, ["events", "--limit", "many", "--db", str(tmp_path / "x.duckdb")])
    assert r.exit_code == 2 and "'many' is not an integer" in r.output
