"""Snapshot everything diplograph outputs on fixed inputs, and compare two snapshots byte for byte.

Usage:
    python bench/golden.py snap DIR       # write the snapshot into DIR
    python bench/golden.py diff DIR1 DIR2 # list the files that differ; exit 1 if any

The snapshot is taken through the command line only, so it does not depend on how the package is
laid out inside: the reference seeds (``../shared/seeds``) and the bundled sample corpus are ingested
into fresh stores and every export kind (``export KIND --format jsonl`` and ``csv``, and every
``export-graph`` format but Parquet) is written; the PLOVER GSR sentences
(``../shared/data/PLOVER_GSR_CAMEO.json``) are coded with ``diplograph code -``. Use it to check that
a change meant to keep behaviour (a refactor, a speed-up) keeps every output identical.
"""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
SAMPLE = HERE.parent / "src" / "diplograph" / "data" / "sample"
KINDS = ("events", "actors", "documents", "quotes", "conflicts")
GRAPHS = {"gexf": "gexf", "graphml": "graphml", "timelinejs": "json", "ftm": "jsonl", "cameo": "tsv"}


def _run(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run(["diplograph", *args], input=stdin, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"diplograph {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def _corpus(name: str, src: Path, out: Path, tmp: Path) -> None:
    db = str(tmp / f"{name}.duckdb")
    _run("ingest", str(src), "--db", db)
    for kind in KINDS:
        for fmt in ("jsonl", "csv"):
            _run("export", kind, "--format", fmt, "--db", db, "-o", str(out / f"{name}.{kind}.{fmt}"))
    for fmt, ext in GRAPHS.items():
        _run("export-graph", "--format", fmt, "--db", db, "-o", str(out / f"{name}.graph.{ext}"))


def snap(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.gettempdir()) / "diplograph-golden"  # a fixed path: stored paths are exported
    shutil.rmtree(tmp, ignore_errors=True)
    sample = tmp / "sample"
    sample.mkdir(parents=True)
    for f in SAMPLE.iterdir():  # the corpus without its SOURCES.yaml listing
        if f.suffix in (".txt", ".html", ".md"):
            (sample / f.name).write_bytes(f.read_bytes())
    _corpus("sample", sample, out, tmp)
    if (SHARED / "seeds").is_dir():
        _corpus("seeds", SHARED / "seeds", out, tmp)
    shutil.rmtree(tmp, ignore_errors=True)
    gsr = SHARED / "data" / "PLOVER_GSR_CAMEO.json"
    if gsr.exists():
        lines = [" ".join(r["text"].split()) for r in json.loads(gsr.read_text()) if r.get("text")]
        (out / "gsr.code.jsonl").write_text(_run("code", "-", "--format", "jsonl", stdin="\n".join(lines) + "\n"))
    print(f"snapshot in {out}: {len(list(out.iterdir()))} files")


def diff(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    bad = [n for n in names if not ((a / n).exists() and (b / n).exists() and filecmp.cmp(a / n, b / n, shallow=False))]
    for n in bad:
        print("differs:", n)
    print(f"{len(names) - len(bad)} of {len(names)} files identical")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "snap":
        snap(Path(sys.argv[2]))
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        raise SystemExit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        raise SystemExit(__doc__)
