"""Parse ahead, in a separate process, while this one extracts and stores.

On one document the spaCy parse costs about ten times what diplograph's own
stages cost (actors, events, dates, quotes, claims, storing).  Done one after the
other in one process, those stages lengthen the ingest by a fifth.
:func:`parse_ahead` forks a parser process that holds the already loaded model
(forked, so nothing is loaded twice and the pages stay shared), sends it the
texts, and gets back each parsed document serialised (``Doc.to_bytes``, about
1.5% of the parse), which it turns back into a ``Doc`` on this process's
vocabulary.  The two processes run at once: the parse on one core, extraction
and storing on the other.  Documents come back in input order, and the Docs
are the ones a parse here gives (same tokens, tags, parse, entities and
sentence starts), so the records are the same.

At most ``window`` texts are in flight, so memory stays flat.  Where forking is
unavailable, for a handful of documents, or if the parser process dies, the
texts it has not returned are parsed in this process: the outcomes and their
order are the same either way.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from itertools import chain, islice
from typing import Any, Iterable, Iterator, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.nlp.model import parse_many
from diplograph.reading.readahead import can_fork, die_with, receive

T = TypeVar("T")

MIN_DOCS = 8  # fewer documents than this are parsed in this process (a fork is not worth it)
POLL_SECONDS = 0.5  # how often the consumer checks that the parser is alive
EXCLUDE = ("tensor", "user_data")  # what the stages never read: the tensor is 3/4 of the bytes


def parse_ahead(nlp: Language, items: Iterable[tuple[str, T]], batch_size: int = 4,
                *, min_docs: int = MIN_DOCS) -> Iterator[tuple[Doc, T]]:
    """Parse ``(text, context)`` pairs in a forked parser process, yielding ``(doc, context)`` in order.

    Falls back to :func:`~diplograph.nlp.model.parse_many` in this process (for all
    pairs, or for those the parser did not return) when forking is unavailable,
    there are fewer than ``min_docs`` pairs, or the parser process fails.
    """
    it = iter(items)
    head = list(islice(it, min_docs))
    if len(head) < min_docs or not can_fork():
        yield from parse_many(nlp, chain(head, it), batch_size)
        return
    ctx = multiprocessing.get_context("fork")
    texts: Any = ctx.Queue()  # unbounded both ways (feeder threads): neither side blocks on a put
    parsed: Any = ctx.Queue()
    parser = ctx.Process(target=_parser, args=(nlp, batch_size, texts, parsed, os.getpid()),
                         name="diplograph-parser", daemon=True)
    try:
        parser.start()
    except OSError:
        yield from parse_many(nlp, chain(head, it), batch_size)
        return
    # nlp.pipe returns nothing before it has a whole batch: keep the next batches queued behind it
    window = max(4 * batch_size, min_docs)
    pending: deque[tuple[str, T]] = deque()
    source = chain(head, it)
    more = True

    def fill() -> None:
        nonlocal more
        while more and len(pending) < window:
            pair = next(source, None)
            if pair is None:
                more = False
                texts.put(None)  # the end: the parser finishes its last batch and exits
                return
            texts.put(pair[0])
            pending.append(pair)

    try:
        fill()
        while pending:
            data = _next(parsed, parser)
            if data is None:
                break  # the parser died: parse the rest here
            _, context = pending.popleft()
            doc = Doc(nlp.vocab).from_bytes(data, exclude=EXCLUDE)
            fill()  # before the caller's work on this doc, so the parser is never idle
            yield doc, context
    finally:
        if parser.is_alive() and (pending or more):
            parser.terminate()  # stopped early, or the consumer failed
        parser.join(timeout=5)
        if parser.is_alive():
            parser.kill()
        for q in (texts, parsed):
            q.cancel_join_thread()
            q.close()
    if pending or more:
        yield from parse_many(nlp, chain(pending, source), batch_size)


def _next(parsed: Any, parser: Any) -> bytes | None:
    """The next serialised doc, or None once the parser has died (or failed) without sending one."""
    data = receive(parsed, parser, POLL_SECONDS)
    return data if isinstance(data, bytes) else None


def _parser(nlp: Language, batch_size: int, texts: Any, parsed: Any, parent: int) -> None:
    """The parser process: parse every text it is sent, in order, and send each doc back."""
    die_with(parent)

    def incoming() -> Iterator[str]:
        while (text := texts.get()) is not None:
            yield text

    try:
        for doc in nlp.pipe(incoming(), batch_size=batch_size):
            parsed.put(doc.to_bytes(exclude=EXCLUDE))
    except Exception as exc:  # noqa: BLE001 - the consumer parses the rest itself, and meets it there
        parsed.put(f"{type(exc).__name__}: {exc}")
    parsed.close()
    parsed.join_thread()  # everything sent is in the pipe before the process ends
