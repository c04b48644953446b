"""Per-document caches of what spaCy rebuilds on every call: token and sentence lists, the text,
children, sentence ids, and :func:`memo` for functions of the parse alone.  Every stage reads the
parse through these; :func:`forget` drops them."""

from __future__ import annotations

from typing import Iterable

import numpy
from spacy.attrs import HEAD, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token


def tokens(doc: Doc) -> list[Token]:
    """The doc's tokens as a list, made once per doc: iterating a Doc builds a new Token object per step."""
    found = doc.user_data.get("dg_tokens")
    if found is None:
        found = doc.user_data["dg_tokens"] = list(doc)
    return found


def sents(doc: Doc) -> list[Span]:
    """The doc's sentences as a list, made once per doc (``doc.sents`` rescans every token on each call)."""
    found = doc.user_data.get("dg_sents")
    if found is None:
        found = doc.user_data["dg_sents"] = list(doc.sents)
    return found


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per doc (the property joins every token's text on each call)."""
    found = doc.user_data.get("dg_text")
    if found is None:
        # what ``doc.text`` joins, read from the cached tokens rather than a new Token per step
        found = doc.user_data["dg_text"] = "".join([t.text_with_ws for t in tokens(doc)])
    return found


def tagged(doc: Doc, tags: Iterable[str]) -> list[Token]:
    """The doc's tokens whose coarse part of speech (``pos_``) is one of ``tags``, in order; the tags
    are read from one array, so the other tokens cost nothing."""
    wanted = {POS_IDS[tag] for tag in tags}
    toks = tokens(doc)
    return [toks[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in wanted]


def children(doc: Doc) -> list[list[Token]]:
    """Each token's syntactic children in document order, indexed by ``token.i`` (made once per doc:
    ``Token.children`` walks the doc and builds new Token objects on every call).  The children are
    the objects of :func:`tokens`."""
    found = doc.user_data.get("dg_children")
    if found is None:
        toks = tokens(doc)
        found = [[] for _ in toks]
        heads = doc.to_array(HEAD).astype(numpy.int64) + numpy.arange(len(toks), dtype=numpy.int64)
        for i, head in enumerate(heads.tolist()):
            if head != i:
                found[head].append(toks[i])
        doc.user_data["dg_children"] = found
    return found


def kids(tok: Token) -> list[Token]:
    """``list(tok.children)`` from the doc's :func:`children` lists (do not change the list)."""
    found = tok.doc.user_data.get("dg_children")
    return (found if found is not None else children(tok.doc))[tok.i]


def sentence_ids(doc: Doc) -> list[int]:
    """The index in :func:`sents` of each token's sentence, indexed by ``token.i`` (made once per doc)."""
    found = doc.user_data.get("dg_sent_ids")
    if found is None:
        found = []
        for k, sent in enumerate(sents(doc)):
            found += [k] * (sent.end - sent.start)
        doc.user_data["dg_sent_ids"] = found
    return found


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, taken from the doc's cached :func:`sents`."""
    doc = tok.doc
    return sents(doc)[sentence_ids(doc)[tok.i]]


def memo(doc: Doc, name: str) -> dict:
    """A dict kept with ``doc`` until :func:`forget`, for remembering what a function of the parse alone
    (nothing else read, nothing changed) gave for a token: each such function has its own ``name``."""
    memos = doc.user_data.get("dg_memo")
    if memos is None:
        memos = doc.user_data["dg_memo"] = {}
    found = memos.get(name)
    if found is None:
        found = memos[name] = {}
    return found


def forget(doc: Doc) -> None:
    """Drop what this module's per-doc helpers cached (the lists keep the doc alive)."""
    for key in ("dg_tokens", "dg_sents", "dg_text", "dg_children", "dg_sent_ids", "dg_memo"):
        doc.user_data.pop(key, None)
