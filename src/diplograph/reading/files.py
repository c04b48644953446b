"""Find article files, read and decode them, and clean them into RawDocuments.

:func:`discover` expands files and folders into a sorted list of supported
files; :func:`read_document` reads one file, decodes its bytes (UTF-8, BOM'd
UTF-16/32, else the best charset-normalizer guess), dispatches on its format
(plain text, Markdown, HTML, PDF, Word .docx) and returns a :class:`~diplograph.records.RawDocument`
holding the cleaned text, metadata and the furniture that was removed.  Every
failure is an :class:`IngestError` whose message names the file.  A file whose
content is not what its extension says (a ``.pdf`` holding text, a ``.txt``
holding a PDF or a ZIP archive) is refused, as is a cleaned text longer than
``max_chars``.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path
from typing import Any, Iterable

from diplograph.reading.binary import BinaryDocError, docx_text, pdf_text, sniff
from diplograph.reading.errors import IngestError
from diplograph.reading.html import clean_html, looks_like_html
from diplograph.records import RawDocument
from diplograph.reading.markdown import clean_markdown
from diplograph.reading.text import clean_text

__all__ = ["IngestError", "SUPPORTED", "check_kind", "discover", "read_document", "document_from_bytes", "decode_bytes", "clean_text", "clean_html"]

SUPPORTED = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
_FORMATS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
_BINARY_FORMATS = {"pdf": "PDF", "docx": "DOCX"}
MAX_CHARS = 1_000_000  # cleaned text; spaCy's own default limit, ~150,000 words
EARLY_FACTOR = 2  # a plain text over this many times max_chars is refused before cleaning
# Files that sit beside articles in a corpus folder but are not articles.
_NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "changes", "contributing",
                           "copying", "authors", "notice", "code_of_conduct", "security"})
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (recursively) into a sorted list of supported files.

    Folders contribute their supported files, skipping hidden files and folders
    and non-article files such as ``README.md``.  A file named explicitly is kept
    when its extension is supported.  A path that does not exist raises
    :class:`IngestError`.
    """
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise IngestError(path, "no such file or directory")
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for name in filenames:
                    child = Path(dirpath) / name
                    if (name.startswith(".") or not _supported(child) or _hidden(child, path)
                            or child.stem.lower() in _NOT_ARTICLES or not child.is_file()):
                        continue
                    found.add(child)
        elif _supported(path):
            found.add(path)
    return sorted(found)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return controls / len(sample) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) / len(zeros) > 0.6:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                return None
            return text if _mostly_text(text) else None
    return None


def _mostly_text(text: str) -> bool:
    """Decoded text that is mostly printable and contains letters."""
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or 0x7F <= ord(c) < 0xA0
              or c == "\ufffd")
    return bad / len(sample) <= 0.05 and any(c.isalpha() for c in sample)


_WESTERN_PUNCT = frozenset("’‘“”„–—…€£¥©®°«»·•¡¿§¶½¼¾´¨ªº±×")


def _western(data: bytes) -> str | None:
    """Windows-1252 text with sparse accented letters (English/French/German news).

    Mostly-ASCII Western text is too short a signal for statistical detectors,
    which often pick a Central European code page; this check prefers
    Windows-1252 when every non-ASCII character it yields is an accented Latin
    letter or typographic punctuation and such characters are rare.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [c for c in text if ord(c) > 127]
    letters = sum(1 for c in text if c.isalpha())
    if not extra or len(extra) > 0.3 * max(letters, 1):
        return None
    if all(c in _WESTERN_PUNCT or (0xC0 <= ord(c) <= 0xFF and c.isalpha()) for c in extra):
        return text
    return None


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> str:
    """Decode file bytes to text, or raise :class:`IngestError` (binary/undecodable)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc)
            except UnicodeDecodeError as exc:
                raise IngestError(path, f"cannot decode as {enc}: {exc.reason}") from exc
    if b"\x00" in data[:8192]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise IngestError(path, "binary file (contains NUL bytes)")
    if _looks_binary(data):
        raise IngestError(path, "binary file (mostly non-text bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(path, "cannot decode: no text encoding fits")
    text = str(best)
    if not _mostly_text(text):
        raise IngestError(path, "binary file (mostly non-text bytes)")
    return text


def _dispatch(text: str, suffix: str) -> tuple[str, dict[str, Any], list[str], str]:
    fmt = _FORMATS.get(suffix, "txt")
    if fmt == "html" and not looks_like_html(text):
        fmt = "txt"  # an .html file without markup: plain text saved with the wrong name
    elif fmt == "txt" and looks_like_html(text) and text.lstrip()[:1] == "<":
        fmt = "html"  # a saved web page with a .txt name
    if fmt == "html":
        clean, meta, removed = clean_html(text)
    elif fmt == "md":
        clean, meta, removed = clean_markdown(text)
    else:
        clean, meta, removed = clean_text(text)
    return clean, meta, removed, fmt


def _not_text(data: bytes) -> str | None:
    """The binary format a would-be text file really is (unambiguous magic numbers only)."""
    kind = sniff(data)
    if kind is None or (kind != "PDF" and all(32 <= b < 127 for b in data[:4])):
        return None  # an ASCII-only "magic" ("MZ", "GIF8", "BZh") may just be the first word
    if kind == "PDF" and not data.startswith(b"%PDF-"):
        return None
    return kind


def _what_it_holds(data: bytes) -> str:
    kind = sniff(data)
    if kind:
        return f"the file is a {kind}"
    if b"\x00" in data[:8192] and _utf16_without_bom(data) is None or _looks_binary(data):
        return "the file holds binary data"
    return "the file holds text"


def check_kind(path: str | Path, data: bytes, suffix: str | None = None) -> None:
    """Refuse content that contradicts the file's extension (a ``.pdf`` holding text, a ``.txt``
    holding a PDF or a ZIP archive).  Called before the content hash is looked up, so a text saved
    as ``.pdf`` is "not a PDF" even when the same text is stored already.  ``suffix``: the format's
    extension when ``path`` has none that says it (a fetched page)."""
    suffix = Path(path).suffix if suffix is None else suffix
    fmt = _FORMATS.get(suffix.lower(), "txt")
    if not data.strip():
        return  # read_document calls it an empty file
    if fmt in _BINARY_FORMATS:
        want = _BINARY_FORMATS[fmt]
        if sniff(data) != want:
            raise IngestError(path, f"not a {want} file ({_what_it_holds(data)}; wrong extension {suffix})")
        return
    kind = _not_text(data)
    if kind:
        raise IngestError(path, f"the file is a {kind}, not text (wrong extension {suffix})")


def _read_binary(path: str | Path, data: bytes, fmt: str, suffix: str) -> tuple[str, dict[str, Any], list[str]]:
    check_kind(path, data, suffix)
    try:
        text, meta = pdf_text(data) if fmt == "pdf" else docx_text(data)
    except BinaryDocError as exc:
        raise IngestError(path, str(exc)) from exc
    if not text.strip():
        raise IngestError(path, "no text in the document")
    clean, tmeta, removed = clean_text(text, title=meta.get("title"))
    for key in ("title", "author", "published", "published_how"):
        meta[key] = meta.get(key) or tmeta.get(key)
    return clean, meta, removed


def read_document(path: str | Path, *, max_bytes: int = 20_000_000, max_chars: int = MAX_CHARS) -> RawDocument:
    """Read, decode and clean one file into a :class:`RawDocument`.

    Raises :class:`IngestError` for a missing, unreadable, empty, binary,
    undecodable or too large file, a file whose content does not match its
    extension, a PDF without a text layer, a cleaned text over ``max_chars``
    characters, or one with no text left after cleaning.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise IngestError(path, "no such file") from exc
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from exc
    if path.is_dir():
        raise IngestError(path, "is a directory, not a file")
    if size > max_bytes:
        raise IngestError(path, f"file too large ({size} bytes; limit {max_bytes})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise IngestError(path, f"file too large ({len(data)} bytes; limit {max_bytes})")
    return document_from_bytes(data, path, path.suffix, max_chars=max_chars, doc_id=path.stem)


def document_from_bytes(data: bytes, path: str | Path, suffix: str, *, max_chars: int = MAX_CHARS,
                        doc_id: str | None = None) -> RawDocument:
    """Decode and clean the bytes of a file or fetched page whose format the ``suffix`` names
    (``.html``, ``.txt``, ``.pdf``, ...).  ``path`` names it in errors and in the document; the
    same checks as :func:`read_document` apply, the size limit excepted (the caller's)."""
    if not data.strip():
        raise IngestError(path, "empty file")
    fmt = _FORMATS.get(suffix.lower(), "txt")
    if fmt in _BINARY_FORMATS:
        clean, meta, removed = _read_binary(path, data, fmt, suffix)
    else:
        check_kind(path, data, suffix)
        text = decode_bytes(data, path)
        if not text.strip():
            raise IngestError(path, "empty file")
        if fmt != "html" and len(text) > EARLY_FACTOR * max_chars:
            # Cleaning plain text removes furniture, not bulk: this much text cannot come under the limit.
            raise IngestError(path, f"text too long ({len(text):,} characters before cleaning; limit {max_chars:,})")
        clean, meta, removed, fmt = _dispatch(text, suffix.lower())
    if not clean.strip():
        raise IngestError(path, "no text left after cleaning")
    if len(clean) > max_chars:
        raise IngestError(path, f"text too long ({len(clean):,} characters after cleaning; limit {max_chars:,})")
    return RawDocument(
        doc_id=doc_id or Path(path).stem,
        path=str(path),
        text=clean,
        content_hash=hashlib.sha256(data).hexdigest(),
        title=meta.get("title"),
        author=meta.get("author"),
        published=meta.get("published"),
        published_how=meta.get("published_how") if meta.get("published") else None,
        fmt=fmt,
        publication=meta.get("publication"),
        removed=list(removed),
    )
