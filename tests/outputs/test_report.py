"""The HTML report: self-contained, its figures carry the analysis data, and it renders in Chromium."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import diplograph
from diplograph import analysis
from diplograph.outputs.report import render_report, trajectory_figure
from diplograph.store.database import Store

TEXT = """Ruritania and Freedonia: from quarrels to a pact

In 2015, Germany accused France of breaking the fishing accord.
In 2016, French troops attacked German border posts.
In 2018, Germany praised France for its help after the floods.
In 2019, German officials met French diplomats in Paris.
In 2017, Germany criticised France for <script>alert("x")</script> & worse.
"""
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rep")
    (folder / "pact.txt").write_text(TEXT, encoding="utf-8")
    db = folder / "r.duckdb"
    diplograph.ingest([folder], db=db)
    return db


@pytest.fixture(scope="module")
def html(db):
    with Store(db) as s:
        return render_report(s, "Germany", "France")


def figures(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="dg-figures">(.*?)</script>', page, re.S)
    assert m
    return json.loads(m.group(1))


def test_self_contained(html):
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', html)
    assert "Plotly" in html  # the chart library is inlined
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html  # article text is escaped


def test_trajectory_figure_carries_the_index(db, html):
    with Store(db) as s:
        traj = analysis.dyad_trajectory(s, "Germany", "France")
    fig = figures(html)["trajectory"]
    assert fig == json.loads(json.dumps(trajectory_figure(traj)))
    combined = next(t for t in fig["data"] if t.get("name") == "combined")
    assert combined["y"][0] < 0 and combined["y"][-1] > 0  # conflict first, cooperation last
    bars = next(t for t in fig["data"] if t["type"] == "bar")
    assert sum(bars["y"]) == traj["totals"]["count"] >= 5  # one bar height per event (the five acts, and France's help)
    assert [s["x0"] for s in fig["layout"]["shapes"] if s.get("xref") == "x"] == [p["start"] for p in traj["phases"]]


def test_corpus_report(db):
    with Store(db) as s:
        page = render_report(s)
    figs = figures(page)
    assert "types" in figs and "network" in figs and "trajectory" not in figs
    assert "Whole corpus" in page


@pytest.mark.skipif(not Path(CHROMIUM).exists() or shutil.which("chromium") is None,
                    reason="Debian chromium is not installed")
def test_renders_offline_in_chromium(html, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        errors: list[str] = []
        remote: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: remote.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None)
        page.goto(path.as_uri())
        page.wait_for_selector("#fig-trajectory .main-svg", timeout=15000)
        n_plots = page.evaluate("document.querySelectorAll('.js-plotly-plot').length")
        points = page.evaluate("document.getElementById('fig-trajectory').data.find(t => t.name === 'combined').y.length")
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        browser.close()
    assert errors == [] and remote == []
    assert n_plots == 2 and points >= 5
