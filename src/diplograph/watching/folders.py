"""A watched folder in one round: new and changed files, by path, size, mtime and content hash.

A file whose size and modification time are those recorded is unchanged without
being read.  Any other is read (in the reader process for many files, as
``ingest`` reads them: :func:`diplograph.reading.readahead.read_ahead`), which
hashes it first: content already stored (a touched file, a copy) is unchanged;
a changed file keeps its document id (the file name) and so replaces its
document.  A file that cannot be used is reported once and not read again until
it changes.  A file that disappears keeps its document; it is only no longer
listed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from diplograph.reading.files import IngestError, discover
from diplograph.reading.readahead import read_ahead
from diplograph.records import RawDocument
from diplograph.watching.report import SourceReport
from diplograph.watching.rounds import Round


def folder_documents(rnd: Round, source: dict[str, Any], rep: SourceReport) -> Iterator[RawDocument]:
    folder = source["source"]
    state = rnd.state.get(folder, {})
    try:
        if not Path(folder).is_dir():
            raise IngestError(folder, "no such folder")
        files = discover([folder])
    except (IngestError, OSError) as exc:
        rep.error = exc.reason if isinstance(exc, IngestError) else f"cannot read: {exc}"
        source.update(result="failed", error=rep.error)
        return
    source.update(result="ok", error=None)
    todo: dict[str, dict[str, Any]] = {}
    for path in files:
        key = str(path)
        before = state.get(key)
        row = rnd.row(folder, key, before)
        try:
            stat = path.stat()
        except OSError as exc:
            rnd.fail(rep, row, f"cannot read: {exc.strerror or exc}", retry=True)
            continue
        if (before and before.get("listed") and before.get("mtime_ns") == stat.st_mtime_ns
                and before.get("size") == stat.st_size and not before.get("retry")):
            rep.count("still_failing" if before.get("result") == "failed" else "unchanged")
            continue  # nothing to write: the row stands
        row.update(listed=True, mtime_ns=stat.st_mtime_ns, size=stat.st_size)
        todo[key] = row
    present = {str(p) for p in files}
    for key, row in state.items():
        if row.get("listed") and key not in present:
            rnd.keep({**row, "listed": False, "checked_at": rnd.started})
    for read in read_ahead([Path(k) for k in todo], rnd.known, rnd.settings, None):
        row = todo[read.path]
        if read.doc is not None:
            yield rnd.submit(rep, row, read.doc)
        elif read.skipped is not None:
            rnd.fail(rep, row, read.skipped, retry=False)
        else:  # the content is stored already (a touched file, or a copy of another)
            rnd.unchanged(rep, row)
