"""The CLI: every command is documented, errors are one line, the demo runs end to end."""

from __future__ import annotations


from typer.testing import CliRunner

from diplograph.cli.main import app

runner = CliRunner()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_every_command_has_help():
    assert {"ingest", "events", "export", "code", "demo"} <= set(COMMANDS)
    for name in COMMANDS:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        cmd = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == name)
        assert cmd.callback.__doc__ and cmd.callback.__doc__.strip(), f"{name} has no help text"


def test_every_command_is_in_the_readme():
    from pathlib import Path
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"diplograph {name}" in readme, f"README does not mention `diplograph {name}`"


def test_bad_date_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "x.duckdb"), "--since", "yesterday"])
    assert result.exit_code == 2
    assert "--since" in result.output and len(result.output.strip().splitlines()) == 1


def test_missing_db_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no such database" in result.output


def test_unknown_export_kind(tmp_path):
    result = runner.invoke(app, ["export", "bananas", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2 and "unknown export kind" in result.output
