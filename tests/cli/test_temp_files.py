"""Nothing is left in the temporary directory: the demo's store, the web server's upload folder."""

from __future__ import annotations

import os
import subprocess
import sys

from diplograph.store.database import Store


def test_demo_removes_its_temporary_store(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}
    result = subprocess.run([sys.executable, "-m", "diplograph", "demo", "--limit", "1"], capture_output=True,
                            text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "events" in result.stderr and "temporary store is removed" in result.stderr
    assert list(tmp.iterdir()) == []


def test_web_upload_folder_is_made_on_demand_and_removed(tmp_path, monkeypatch):
    import tempfile

    from fastapi.testclient import TestClient

    from diplograph.web.app import create_app

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    db = str(tmp_path / "w.duckdb")
    with Store(db):
        pass
    app = create_app(db, allow_ingest=True)
    assert list(tmp.iterdir()) == []  # starting the server makes no folder
    client = TestClient(app)
    r = client.post("/ingest/upload?name=a.txt", content=b"Russia met Iran in 2019.",
                    headers={"origin": "http://testserver"})
    assert r.status_code == 201, r.text
    assert [p.name.startswith("diplograph-uploads-") for p in tmp.iterdir()] == [True]
    app.state.ingest_job.close()  # what serve() does when the server stops
    assert list(tmp.iterdir()) == []
