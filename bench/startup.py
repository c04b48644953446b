"""Start-up time of commands that only read the store: ``python bench/startup.py [DB] [--runs N]``.

Prints the machine's load, the import time of the CLI (``python -X importtime``: its total, and
the heavy packages it must not load), then the wall time of ``diplograph --version``, ``--help``,
``events --limit 1`` and ``actors --limit 1`` on DB (or a new empty store) and of a bare
``python -c pass`` for comparison: median and best of N runs (default 7), and the median CPU time
(user + system; less sensitive than wall time to other work on the machine).  The goal: < 0.4 s.

Python's bytecode cache is on for these runs (in a temporary ``PYTHONPYCACHEPREFIX``, after one
warm-up run), as it is for an installed package: with ``PYTHONDONTWRITEBYTECODE`` set, every start
compiles diplograph's sources again, which measures the compiler rather than the start.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("spacy", "thinc", "networkx", "pyarrow", "plotly", "torch", "pydantic", "yaml", "lxml",
         "trafilatura", "jinja2")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--runs")]
    runs = int(next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--runs=")), 7))
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pyc")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
        code = "import sys, diplograph.cli.main as m; print(' '.join(x for x in %r if x in sys.modules))" % (HEAVY,)
        subprocess.run([sys.executable, "-c", code], capture_output=True, env=env)  # fills the bytecode cache
        res = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, env=env)
        total = max(int(line.split("|")[1]) for line in res.stderr.splitlines() if line.startswith("import time:")
                    and line.split("|")[1].strip().isdigit())
        print(f"import diplograph.cli.main: {total / 1e6:.3f} s cumulative; heavy modules loaded: "
              f"{res.stdout.strip() or 'none'}")
        db = args[0] if args else str(Path(tmp) / "empty.duckdb")
        if not args:
            from diplograph.store.database import Store
            Store(db).close()
        cli = [sys.executable, "-m", "diplograph"]
        for label, argv in (("python -c pass", [sys.executable, "-c", "pass"]),
                            ("diplograph --version", cli + ["--version"]),
                            ("diplograph --help", cli + ["--help"]),
                            ("diplograph events --limit 1", cli + ["events", "--limit", "1", "--db", db]),
                            ("diplograph actors --limit 1", cli + ["actors", "--limit", "1", "--db", db])):
            _wall(argv, env)  # warm-up: the bytecode cache and the file cache
            walls, cpus = zip(*(_wall(argv, env) for _ in range(runs)))
            print(f"{label}: median {statistics.median(walls):.3f} s, best {min(walls):.3f} s, "
                  f"CPU median {statistics.median(cpus):.3f} s ({runs} runs)")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def _wall(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


if __name__ == "__main__":
    main()
