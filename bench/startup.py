"""Start-up time of commands that only read the store: ``python bench/startup.py [DB]``.

Prints the import time of the CLI (``python -X importtime``: its total, and the heavy packages it
must not load: spaCy, networkx, pyarrow, plotly) and the wall time of ``diplograph events --limit 1``
and ``diplograph actors --limit 1`` (best of 3) on DB, or on a new empty store.  The goal: < 0.4 s.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("spacy", "thinc", "networkx", "pyarrow", "plotly", "torch")


def main() -> None:
    code = "import sys, diplograph.cli.main as m; print(' '.join(x for x in %r if x in sys.modules))" % (HEAVY,)
    res = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True)
    total = max(int(line.split("|")[1]) for line in res.stderr.splitlines() if line.startswith("import time:")
                and line.split("|")[1].strip().isdigit())
    print(f"import diplograph.cli.main: {total / 1e6:.2f} s cumulative; heavy modules loaded: {res.stdout.strip() or 'none'}")
    with tempfile.TemporaryDirectory() as tmp:
        db = sys.argv[1] if len(sys.argv) > 1 else str(Path(tmp) / "empty.duckdb")
        if len(sys.argv) == 1:
            from diplograph.store.database import Store
            Store(db).close()
        for cmd in (["events", "--limit", "1"], ["actors", "--limit", "1"]):
            best = min(_wall([sys.executable, "-m", "diplograph", *cmd, "--db", db]) for _ in range(3))
            print(f"diplograph {' '.join(cmd)}: {best:.2f} s")


def _wall(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
