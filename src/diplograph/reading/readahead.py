"""Read documents ahead, in a separate process, while this one parses.

Reading a file — hashing it, decoding, stripping HTML or PDF layout, cleaning,
checking its language — is work the parser need not wait for.  :func:`read_ahead`
forks a reader process that works through the paths in order and sends each
outcome over a bounded queue, so at most ``QUEUE_DOCS`` read documents wait in
memory.  Forking (POSIX only) starts the reader at once, with nothing to
import; the reader only reads files, never the model or the store.  Where
forking is unavailable, for a handful of files, or if the reader dies, the
remaining paths are read in this process: the outcomes and their order are the
same either way.
"""

from __future__ import annotations

import ctypes
import hashlib
import multiprocessing
import os
import queue
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from diplograph.config import Settings
from diplograph.reading.files import IngestError, check_kind, read_document
from diplograph.reading.language import unsupported
from diplograph.records import RawDocument
from diplograph.reading.watchdog import DocTimeout, time_limit

MIN_FILES = 8  # fewer files than this are read in this process (a fork is not worth it)
QUEUE_DOCS = 32  # read documents waiting for the parser, at most
POLL_SECONDS = 0.5  # how often the consumer checks that the reader is alive


@dataclass(frozen=True, slots=True)
class Read:
    """What reading one path gave: a document, a reason it was skipped, or "unchanged"."""

    path: str
    doc: RawDocument | None = None
    skipped: str | None = None  # the one-line reason

    @property
    def unchanged(self) -> bool:
        return self.doc is None and self.skipped is None


def hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_one(path: Path, known: set[str], settings: Settings, published: str | None) -> Read:
    """Hash, read, clean and check one file; ``known`` (hashes already stored or read) grows."""
    try:
        if path.stat().st_size <= settings.max_bytes:
            data = path.read_bytes()  # what it holds is checked before its hash is looked up
            check_kind(path, data)
            digest = hashlib.sha256(data).hexdigest()
            del data
        else:
            digest = hash_file(path)
    except OSError as exc:
        return Read(str(path), skipped=f"cannot read: {exc.strerror or exc}")
    except IngestError as exc:
        return Read(exc.path, skipped=exc.reason)
    if digest in known:
        return Read(str(path))
    try:
        with time_limit(settings.doc_timeout):
            raw = read_document(path, max_bytes=settings.max_bytes, max_chars=settings.max_chars)
            lang = unsupported(raw.text)
        if lang:
            raise IngestError(path, f"language {lang} not supported yet")
    except IngestError as exc:
        return Read(exc.path, skipped=exc.reason)
    except DocTimeout as exc:
        return Read(str(path), skipped=str(exc))
    known.add(digest)  # the same content twice in one run is stored once
    if published:
        raw.published, raw.published_how = published, "user"
    return Read(str(path), doc=raw)


def read_here(paths: Sequence[Path], known: set[str], settings: Settings,
              published: str | None) -> Iterator[Read]:
    """Read the paths one by one in this process."""
    for path in paths:
        yield read_one(path, known, settings, published)


def can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def read_ahead(paths: Sequence[Path], known: set[str], settings: Settings, published: str | None,
               *, min_files: int = MIN_FILES) -> Iterator[Read]:
    """Read the paths in a forked reader process, yielding outcomes in input order.

    Falls back to :func:`read_here` (for all paths, or for those the reader did
    not get to) when forking is unavailable, the paths are fewer than
    ``min_files``, or the reader process fails.
    """
    if len(paths) < min_files or not can_fork():
        yield from read_here(paths, known, settings, published)
        return
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue(maxsize=QUEUE_DOCS)
    reader = ctx.Process(target=_reader, args=(list(paths), set(known), settings, published, out, os.getpid()),
                         name="diplograph-reader", daemon=True)
    try:
        reader.start()
    except OSError:
        yield from read_here(paths, known, settings, published)
        return
    done = 0
    try:
        while done < len(paths):
            item = receive(out, reader, POLL_SECONDS)
            if item is DEAD:
                break
            done += 1
            if item.doc is not None:  # the reader's known hashes, for reading here if it dies
                known.add(item.doc.content_hash)
            yield item
    finally:
        if reader.is_alive():
            reader.terminate()
        reader.join(timeout=5)
        out.close()
    if done < len(paths):  # the reader died: read the rest here
        yield from read_here(paths[done:], known, settings, published)


DEAD = object()  # what :func:`receive` gives once the sender has died


def receive(q: "multiprocessing.Queue[Any]", sender: Any, poll: float) -> Any:
    """The next item ``sender`` (a process) put on ``q``, or :data:`DEAD` once it has died without
    sending one; whether it is alive is checked every ``poll`` seconds."""
    while True:
        try:
            return q.get(timeout=poll)
        except queue.Empty:
            if sender.is_alive():
                continue
            try:  # it may have died just after sending its last item
                return q.get(timeout=poll)
            except queue.Empty:
                return DEAD


def _reader(paths: list[Path], known: set[str], settings: Settings, published: str | None,
            out: "multiprocessing.Queue[Read]", parent: int) -> None:
    """The reader process: read every path in order and send each outcome."""
    die_with(parent)
    try:
        os.nice(1)  # the parser, not the reader, should win a contended core
    except OSError:
        pass
    for path in paths:
        out.put(read_one(path, known, settings, published))


PR_SET_PDEATHSIG = 1  # prctl(2) option: the signal a process gets when its parent dies


def die_with(parent: int) -> None:
    """Have the kernel kill this (reader or parser) process when its parent dies, even by ``kill -9``:
    otherwise it would wait for ever to hand its next document to nobody."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(0)

