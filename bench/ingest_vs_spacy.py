"""How much diplograph's ingest costs on top of the bare spaCy parse, in one run.

Usage: python bench/ingest_vs_spacy.py [--quick] [--mb N] [--folder DIR] [--seeds DIR]

Builds a corpus by replicating the reference seeds (../shared/seeds) with small
variations (sentence order within paragraphs rotated, a copy number in the
title) into a temporary folder, or reads --folder.  Then, each in a fresh
subprocess so that peak memory is its own:

  (a) bare:      the same cleaned texts through ``nlp.pipe`` with the same model,
                 components and batch size diplograph uses;
  (b) ingest:    ``diplograph.ingest`` of the folder into a fresh DuckDB file;
  (c) re-ingest: the same ingest again (unchanged corpus: hashing only).

Prints words/s, docs/s and peak RSS for each, and last the line ``ratio <b/a>``.
--quick is ~0.4 MB (under a minute); the default is ~10 MB.
"""

from __future__ import annotations

import argparse
import json
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


def _phase(name: str, folder: str, db: str) -> dict:
    """Run one phase in this process; return its figures (called in a subprocess)."""
    from diplograph.config import load_settings
    from diplograph.ingest import discover, read_document
    from diplograph.nlp import load_model
    settings = load_settings(db=db)
    files = discover([folder])
    if name == "bare":
        nlp = load_model(settings.model)
        texts = [read_document(f).text for f in files]
        words = sum(len(t.split()) for t in texts)
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=settings.batch_size):
            pass
        secs = time.perf_counter() - t0
    else:
        import diplograph
        from diplograph.pipeline import load_resources
        res = load_resources(settings)  # model load is not part of either timing
        words = sum(len(read_document(f).text.split()) for f in files)
        t0 = time.perf_counter()
        report = diplograph.ingest([folder], db=db, settings=settings, resources=res)
        secs = time.perf_counter() - t0
        if name == "ingest" and report.stored != len(files):
            raise SystemExit(f"ingest stored {report.stored} of {len(files)}: {report.skipped[:3]}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"phase": name, "docs": len(files), "words": words, "seconds": secs, "peak_rss_mb": rss}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="~0.4 MB corpus")
    ap.add_argument("--mb", type=float, default=None, help="corpus size in MB (default 10, 0.4 with --quick)")
    ap.add_argument("--folder", help="use this folder instead of replicating the seeds")
    ap.add_argument("--seeds", default=str(SEEDS))
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.phase:
        print(json.dumps(_phase(args.phase, args.folder, args.db)))
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="dg-bench-"))
    try:
        folder = args.folder
        if not folder:
            mb = args.mb or (0.4 if args.quick else 10.0)
            n = build_corpus(Path(args.seeds), tmp / "corpus", int(mb * 1_000_000))
            folder = str(tmp / "corpus")
            print(f"corpus: {n} documents, {mb:g} MB from {args.seeds}")
        db = str(tmp / "bench.duckdb")
        results = {}
        for phase in ("bare", "ingest", "reingest"):
            out = subprocess.run([sys.executable, __file__, "--phase", phase,
                                  "--folder", folder, "--db", db], capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(out.stderr[-2000:], file=sys.stderr)
                return 1
            results[phase] = json.loads(out.stdout.strip().splitlines()[-1])
        for phase, r in results.items():
            wps = r["words"] / r["seconds"] if r["seconds"] else float("inf")
            print(f"{phase:9s} {r['docs']:6d} docs {r['words']:9d} words {r['seconds']:8.2f} s "
                  f"{wps:9.0f} words/s {r['docs'] / r['seconds']:7.1f} docs/s  peak RSS {r['peak_rss_mb']:.0f} MB")
        print(f"ratio {results['ingest']['seconds'] / results['bare']['seconds']:.2f}")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
