"""Usage errors and help texts: unknown types are errors, help shows plain placeholders, --version."""

from __future__ import annotations

import re
import subprocess
import sys

from typer.testing import CliRunner

from diplograph import __version__
from diplograph.cli.main import app
from diplograph.store.database import Store

runner = CliRunner()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_unknown_event_type_is_an_error_listing_the_types(tmp_path):
    db = str(tmp_path / "x.duckdb")
    with Store(db):
        pass
    result = runner.invoke(app, ["events", "--db", db, "--type", "FOO"])
    assert result.exit_code == 2
    assert "unknown event type 'FOO'" in result.output and "CONSULT" in result.output and "ASSAULT" in result.output
    ok = runner.invoke(app, ["events", "--db", db, "--type", "consult"])
    assert ok.exit_code == 0 and "0 events" in ok.output


def test_help_has_no_raw_placeholders():
    for name in COMMANDS + [None]:
        result = runner.invoke(app, [name, "--help"] if name else ["--help"])
        assert result.exit_code == 0, name
        assert not re.search(r"<(?:str|int|float|list|Path|bool)\b|\{\w+\}", result.output), (name, result.output)
    ingest = runner.invoke(app, ["ingest", "--help"]).output
    assert "[OPTIONS] PATH..." in ingest and "--db FILE" in ingest and "--max-bytes N" in ingest
    assert "--dyad A B" in runner.invoke(app, ["events", "--help"]).output


def test_version_option():
    result = subprocess.run([sys.executable, "-m", "diplograph", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"diplograph {__version__}"


def test_counts_are_plural_aware(tmp_path):
    db = str(tmp_path / "x.duckdb")
    with Store(db):
        pass
    assert runner.invoke(app, ["actors", "--db", db]).output.strip().endswith("0 actors")
    from diplograph.analysis.labels import plural
    assert [plural(1, "mention"), plural(2, "mention"), plural(1, "actor"), plural(3, "country")] == [
        "1 mention", "2 mentions", "1 actor", "3 countries"]


def test_one_of_a_thing_is_singular_everywhere(tmp_path, res):
    import diplograph
    from fastapi.testclient import TestClient

    from diplograph.outputs.graphs import timelinejs
    from diplograph.outputs.report import render_report
    from diplograph.web.app import create_app

    (tmp_path / "a.txt").write_text("Chile accused Peru of spying on 3 March 2024.\n", encoding="utf-8")
    db = str(tmp_path / "one.duckdb")
    diplograph.ingest([tmp_path / "a.txt"], db=db, resources=res)
    texts = [runner.invoke(app, args + ["--db", db]).output for args in (
        ["events"], ["actor", "Chile"], ["timeline", "--dyad", "Chile", "Peru"], ["trajectory", "Chile", "Peru"])]
    client = TestClient(create_app(db))
    texts += [client.get(url).text for url in ("/", "/actor/CHL", "/dyad/CHL/PER", "/events")]
    with Store(db, read_only=True) as store:
        texts.append(render_report(store, "Chile", "Peru"))
        from diplograph.analysis import timeline
        texts.append(timelinejs(timeline(store, dyad=("CHL", "PER")))["title"]["text"]["text"])
    joined = "\n".join(texts)
    assert "1 event" in joined and "1 mention" in joined and "1 dated event" in joined
    assert not re.search(r"(?<![\d,.])1 (events|mentions|actors|documents|sentences|quotes|sources|dated events)\b",
                         joined), re.search(r"(?<![\d,.])1 (events|mentions|actors|documents|sentences|quotes|sources|"
                                            r"dated events)\b", joined).group(0)
