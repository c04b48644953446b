"""Binary document formats: PDF (text layer via pypdf) and Word ``.docx`` (python-docx).

:func:`sniff` names the container format of raw bytes from their magic number,
so that a file whose extension lies (a ``.pdf`` that is text, a ``.txt`` that
is a PDF or a ZIP archive) is reported instead of being mis-read.
:func:`pdf_text` and :func:`docx_text` return the document's text (paragraphs
separated by blank lines) and metadata (title, author, published) or raise
:class:`BinaryDocError` with a one-line reason.  Nothing here prints or touches
the database; pypdf's own log warnings are silenced while a PDF is read.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from contextlib import contextmanager
from typing import Any, Iterator

__all__ = ["BinaryDocError", "sniff", "pdf_text", "docx_text"]

_MAGIC = (
    (b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP archive"), (b"PK\x05\x06", "ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE) file"),
    (b"\x7fELF", "executable"), (b"MZ", "Windows executable"), (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!", "RAR archive"), (b"BZh", "bzip2 archive"),
)


class BinaryDocError(ValueError):
    """A binary document that cannot be read (``str(e)`` is the one-line reason)."""


def sniff(data: bytes) -> str | None:
    """The container format named by the magic number at the start of ``data``, or None.

    A ZIP archive holding ``word/document.xml`` is reported as ``"DOCX"``.
    A PDF header may follow a little junk (up to 1 KB), as PDF readers allow.
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return "PDF"
    for magic, name in _MAGIC:
        if data.startswith(magic):
            if name == "ZIP archive" and _is_docx(data):
                return "DOCX"
            return name
    return None


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


@contextmanager
def _quiet(name: str) -> Iterator[None]:
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _dehyphenate(page: str) -> str:
    """Join words split at line ends ("nego-\\ntiations") and drop trailing spaces."""
    page = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", page)
    return "\n".join(line.rstrip() for line in page.splitlines())


_COLUMN_GAP = re.compile(r"\S {5,}\S")


def _page_text(page: Any) -> str:
    """A page's text with blank lines where the layout leaves a vertical gap (paragraphs).

    pypdf's layout mode keeps those gaps but also pads text into columns; when a
    page has side-by-side columns or tables (wide runs of spaces inside lines),
    the plain mode's reading order is used instead.
    """
    plain = page.extract_text() or ""
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # noqa: BLE001 - layout mode fails on some fonts; plain text still serves
        return plain
    lines = [ln.strip() for ln in layout.splitlines()]
    filled = [ln for ln in lines if ln]
    if not filled or sum(bool(_COLUMN_GAP.search(ln)) for ln in filled) > 0.2 * len(filled):
        return plain
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def pdf_text(data: bytes) -> tuple[str, dict[str, Any]]:
    """Text and metadata of a text-based PDF; pages are separated by blank lines.

    Raises :class:`BinaryDocError` for a damaged or encrypted PDF and for one
    without a text layer (a scan), which would need OCR.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    with _quiet("pypdf"):
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    reader.decrypt("")
                except Exception as exc:  # noqa: BLE001 - pypdf raises assorted errors
                    raise BinaryDocError("encrypted PDF (needs a password)") from exc
            pages = [_dehyphenate(_page_text(page)) for page in reader.pages]
            info = reader.metadata or {}
        except BinaryDocError:
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
                RecursionError, AssertionError, NotImplementedError) as exc:
            raise BinaryDocError(f"damaged PDF ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
                                 .replace(": )", ")")) from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if sum(c.isalpha() for c in text) < 20:
        raise BinaryDocError(f"PDF has no text layer ({len(pages)} page(s); scanned images need OCR)")
    # The file's creation date is not the publication date (a saved copy is
    # made later), so it is not used; the pipeline infers one from the text.
    meta = {"title": str(info.get("/Title") or "").strip() or None,
            "author": str(info.get("/Author") or "").strip() or None, "published": None}
    return text, meta


def docx_text(data: bytes) -> tuple[str, dict[str, Any]]:
    """Text (paragraphs and table cells) and core properties of a Word ``.docx`` file."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BinaryDocError("not a valid .docx file (damaged or another format)") from exc
    except Exception as exc:  # noqa: BLE001 - lxml and python-docx raise assorted errors
        raise BinaryDocError(f"damaged .docx ({type(exc).__name__})") from exc
    parts = [p.text.strip() for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text.strip() for cell in row.cells)
    text = "\n\n".join(p for p in parts if p)
    props = document.core_properties  # created/modified are file dates, not publication dates
    meta = {"title": (props.title or "").strip() or None, "author": (props.author or "").strip() or None,
            "published": None}
    return text, meta
