"""How much diplograph's ingest costs on top of the bare spaCy parse.

Usage: python bench/ingest_vs_spacy.py [--quick] [--mb N ...] [--workers N] [--workers-mb N]
                                       [--repeat N] [--folder DIR] [--seeds DIR]

Builds corpora by replicating the reference seeds (../shared/seeds) with small
variations (sentence order within paragraphs rotated, a copy number in the
title), or reads --folder.  Every phase runs in a fresh subprocess, so that its
peak RSS is its own and the model load is outside every timing:

  bare      the same cleaned texts through ``nlp.pipe`` with the same model,
            components and batch size diplograph uses;
  ingest    ``diplograph.ingest`` of the folder into a fresh DuckDB file
            (reading, cleaning, hashing, parsing, extraction, storing, merging);
  reingest  the same ingest again: unchanged corpus, so hashing only;
  bare xN   ``nlp.pipe(n_process=N)``;   ingest xN   ``ingest --workers N``, N = the machine's cores
            (the model loaded before the timing in both: nlp.pipe's processes and the ingest's
            workers are forked with it);
  dask xN   (with --dask) ``ingest --engine dask`` on a LocalCluster of N processes.

Each ingest runs between two bare parses (bare, ingest, bare, ingest, ..., bare)
and is compared with the mean of the two, which cancels a steady drift of the
machine's speed; so does each ``ingest --workers N`` between two ``nlp.pipe(n_process=N)``.
Prints words/s, docs/s, CPU seconds and memory for each run, the per-run ratios, the CPU-time
ratio, then the line ``ratio <ingest/bare>`` (wall time, the median run on the largest corpus)
and last ``ratio at N cores <ingest xN / bare xN>`` (wall time, the median run).  The ingest's reader and
parser processes (diplograph.readahead, diplograph.parseahead) count in its CPU
time.  Memory: the peak RSS of the phase's own process, of its largest child,
and the peak of the summed PSS of all its processes, sampled every 0.5 s (PSS
splits a page shared by forked processes between them, so the sum is what they
take together).
Default: 1 MB and 10 MB corpora with one ingest each, the comparison at equal cores on a 1 MB
one (about 25 minutes on two cores).  --quick: one 0.3 MB corpus for both comparisons, one ingest
between two bare parses each (about two minutes); --repeat 3 for a steadier figure.
The phases run the installed diplograph, or the one PYTHONPATH names: to measure another checkout, run
``PYTHONPATH=<checkout>/src python <checkout>/bench/ingest_vs_spacy.py``; the first line printed says which.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "shared" / "seeds"


def build_corpus(seeds: Path, out: Path, target_bytes: int) -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"{seeds}: no .txt files to replicate")
    out.mkdir(parents=True, exist_ok=True)
    total = n = 0
    while total < target_bytes:
        base = texts[n % len(texts)]
        paras = base.split("\n\n")
        k = n // len(texts)
        body = [paras[0] + f" ({k})"] + [_rotate(p, k) for p in paras[1:]]
        text = "\n\n".join(body)
        (out / f"doc_{n:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
        n += 1
    return n


def _rotate(paragraph: str, k: int) -> str:
    sents = paragraph.split(". ")
    if len(sents) < 3:
        return paragraph
    k %= len(sents)
    return ". ".join(sents[k:] + sents[:k])


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


class _PssPeak:
    """The peak, sampled every half second, of the summed PSS of this process and its descendants.

    PSS counts a page shared by n processes as 1/n in each, so the sum is the memory the processes
    really take together (a forked parser shares the model's pages with its parent)."""

    def __init__(self) -> None:
        import threading
        self.peak = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @staticmethod
    def _family(pid: int) -> list[int]:
        out = [pid]
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                kids = (task / "children").read_text().split()
            except OSError:
                continue
            for kid in kids:
                out += _PssPeak._family(int(kid))
        return out

    def _sample(self) -> None:
        import os
        total = 0
        for pid in self._family(os.getpid()):
            try:
                for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
            except OSError:
                continue
        self.peak = max(self.peak, total)

    def _run(self) -> None:
        while not self.stop.wait(0.5):
            self._sample()

    def done(self) -> float:
        self.stop.set()
        self.thread.join()
        self._sample()  # a phase shorter than the interval still gets one sample
        return self.peak / 1024


def _phase(name: str, folder: str, db: str, workers: int) -> dict:
    """Run one phase in this process; return its figures (called in a subprocess)."""
    from diplograph.config import load_settings
    from diplograph.reading.files import discover, read_document
    settings = load_settings(db=db)
    files = discover([folder])
    if name == "bare":
        from diplograph.nlp.model import load_model
        nlp = load_model(settings.model)
        texts = [read_document(f).text for f in files]
        words = sum(len(t.split()) for t in texts)
        kwargs = {"n_process": workers} if workers > 1 else {}
        pss = _PssPeak()
        cpu, t0 = _cpu(), time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=settings.batch_size, **kwargs):
            pass
    else:
        import diplograph
        from diplograph.pipeline import load_resources
        # the model load is part of neither timing (with workers they are forked with it, as nlp.pipe's are)
        res = load_resources(settings) if name == "ingest" else None
        words = sum(len(read_document(f).text.split()) for f in files)
        pss = _PssPeak()
        cpu, t0 = _cpu(), time.perf_counter()
        engine = "dask" if name == "dask" else "local"
        report = diplograph.ingest([folder], db=db, settings=settings, resources=res, workers=workers,
                                   engine=engine)
        if name in ("ingest", "dask") and report.stored != len(files):
            raise SystemExit(f"ingest stored {report.stored} of {len(files)}: {report.skipped[:3]}")
    secs, cpu = time.perf_counter() - t0, _cpu() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kid = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"phase": name, "docs": len(files), "words": words, "seconds": secs, "cpu": cpu, "peak_rss_mb": rss,
            "child_rss_mb": kid, "peak_pss_mb": pss.done()}


def _run(phase: str, folder: str, db: str, workers: int = 1) -> dict:
    out = subprocess.run([sys.executable, __file__, "--phase", phase, "--folder", folder, "--db", db,
                          "--workers", str(workers)], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"phase {phase} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _line(label: str, r: dict) -> str:
    wps = r["words"] / r["seconds"] if r["seconds"] else float("inf")
    dps = r["docs"] / r["seconds"] if r["seconds"] else float("inf")
    return (f"{label:18s} {r['docs']:6d} docs {r['words']:9d} words {r['seconds']:8.2f} s {wps:9.0f} words/s "
            f"{dps:8.1f} docs/s  cpu {r['cpu']:8.2f} s  peak RSS {r['peak_rss_mb']:5.0f} MB"
            + (f" (largest child {r['child_rss_mb']:.0f} MB)" if r.get("child_rss_mb") else "")
            + f"  peak PSS, all processes {r['peak_pss_mb']:5.0f} MB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="one 0.3 MB corpus, no workers, one ingest between two bare parses (under a minute)")
    ap.add_argument("--mb", type=float, nargs="+", default=None, help="corpus sizes in MB (default: 1 10)")
    ap.add_argument("--workers", type=int, default=None,
                    help="processes for the comparison at equal cores (default: the machine's cores; 1: none)")
    ap.add_argument("--workers-mb", type=float, default=None,
                    help="corpus size for the comparison at equal cores (default 1; with --quick its corpus)")
    ap.add_argument("--dask", action="store_true",
                    help="also ingest with --engine dask on a LocalCluster of --workers processes")
    ap.add_argument("--repeat", type=int, default=None,
                    help="ingest runs, each between two bare parses; the median ratio counts (default 1)")
    ap.add_argument("--folder", help="use this folder instead of replicating the seeds")
    ap.add_argument("--seeds", default=str(SEEDS))
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.phase:
        print(json.dumps(_phase(args.phase, args.folder, args.db, args.workers or 1)))
        return 0
    sizes = args.mb or ([0.3] if args.quick else [1.0, 10.0])
    args.repeat = args.repeat or 1
    workers = args.workers if args.workers is not None else (os.cpu_count() or 1)
    wmb = args.workers_mb if args.workers_mb is not None else (sizes[0] if args.quick else 1.0)
    tmp = Path(tempfile.mkdtemp(prefix="dg-bench-"))
    # the phases import the installed diplograph (or PYTHONPATH's): say which, so that a run from another
    # checkout is not taken for a measure of that checkout's code
    from importlib.util import find_spec
    spec = find_spec("diplograph")
    print(f"diplograph measured: {Path(spec.origin).parent if spec and spec.origin else 'not importable'}", flush=True)
    try:
        corpora: list[tuple[str, str]] = []
        if args.folder:
            corpora.append((Path(args.folder).name, args.folder))
        else:
            for mb in sizes:
                folder = tmp / f"corpus_{mb:g}mb"
                n = build_corpus(Path(args.seeds), folder, int(mb * 1_000_000))
                corpora.append((f"{mb:g} MB", str(folder)))
                print(f"corpus {mb:g} MB: {n} documents replicated from {args.seeds}", flush=True)
        last: dict[str, dict] = {}
        ratios: list[float] = []
        for label, folder in corpora:
            db = str(tmp / f"{label.replace(' ', '')}.duckdb")
            # bare, ingest, bare, ingest, ..., bare: each ingest is compared with the mean of the bare
            # parses just before and after it, which cancels a steady drift of this virtual machine's
            # CPU speed (tens of percent over a quarter of an hour)
            bares, ingests = [_run("bare", folder, db)], []
            print(_line(f"{label} bare #1", bares[0]), flush=True)
            for rep in range(args.repeat):
                Path(db).unlink(missing_ok=True)
                ingests.append(_run("ingest", folder, db))
                print(_line(f"{label} ingest #{rep + 1}", ingests[-1]), flush=True)
                bares.append(_run("bare", folder, db))
                print(_line(f"{label} bare #{rep + 2}", bares[-1]), flush=True)
            ratios = [ing["seconds"] * 2 / (b0["seconds"] + b1["seconds"])
                      for ing, b0, b1 in zip(ingests, bares, bares[1:])]
            cpu_ratios = [ing["cpu"] * 2 / (b0["cpu"] + b1["cpu"]) for ing, b0, b1 in zip(ingests, bares, bares[1:])]
            k = sorted(range(len(ratios)), key=ratios.__getitem__)[len(ratios) // 2]  # the median run
            last["bare"], last["ingest"] = min(bares, key=lambda r: r["seconds"]), ingests[k]
            last["cpu_ratio"] = cpu_ratios[k]  # type: ignore[assignment]
            print(f"{label} ratios " + " ".join(f"{r:.2f}" for r in ratios)
                  + " (each ingest / mean of the bare parses before and after it)", flush=True)
            r = last["reingest"] = _run("reingest", folder, db)
            print(_line(f"{label} reingest", r), flush=True)
        cores_ratio = None
        if workers > 1:
            if args.folder:
                folder = args.folder
            else:
                folder = str(tmp / f"corpus_{wmb:g}mb_w")
                build_corpus(Path(args.seeds), Path(folder), int(wmb * 1_000_000))
            label = Path(folder).name if args.folder else f"{wmb:g} MB"
            wdb = tmp / "w.duckdb"
            # the same sandwich at equal cores: bare xN, ingest xN, bare xN, ...
            bares, ingests = [_run("bare", folder, str(wdb), workers)], []
            print(_line(f"{label} bare x{workers} #1", bares[0]), flush=True)
            for rep in range(args.repeat):
                wdb.unlink(missing_ok=True)
                ingests.append(_run("ingest", folder, str(wdb), workers))
                print(_line(f"{label} ingest x{workers} #{rep + 1}", ingests[-1]), flush=True)
                bares.append(_run("bare", folder, str(wdb), workers))
                print(_line(f"{label} bare x{workers} #{rep + 2}", bares[-1]), flush=True)
            wratios = [ing["seconds"] * 2 / (b0["seconds"] + b1["seconds"])
                       for ing, b0, b1 in zip(ingests, bares, bares[1:])]
            wcpu = [ing["cpu"] * 2 / (b0["cpu"] + b1["cpu"]) for ing, b0, b1 in zip(ingests, bares, bares[1:])]
            print(f"{label} ratios at {workers} cores " + " ".join(f"{r:.2f}" for r in wratios)
                  + ", cpu " + " ".join(f"{r:.2f}" for r in wcpu), flush=True)
            cores_ratio = sorted(wratios)[len(wratios) // 2]
            if args.dask:
                dk = _run("dask", folder, str(tmp / "d.duckdb"), workers)
                print(_line(f"{label} dask x{workers}", dk))
                print(f"dask ratio {dk['seconds'] / min(b['seconds'] for b in bares):.2f} (ingest --engine dask, "
                      f"LocalCluster of {workers} processes, cluster start included / nlp.pipe n_process={workers})")
        print(f"cpu ratio {last['cpu_ratio']:.2f}")
        print(f"ratio {sorted(ratios)[len(ratios) // 2]:.2f}")
        if cores_ratio is not None:
            print(f"ratio at {workers} cores {cores_ratio:.2f} (ingest --workers {workers} / nlp.pipe n_process="
                  f"{workers}, the model loaded before either)")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
