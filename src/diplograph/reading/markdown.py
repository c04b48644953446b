"""Markdown to plain text: YAML front matter becomes metadata, then :func:`clean_text` cleans it."""

from __future__ import annotations

import re
from typing import Any

import yaml

from diplograph.reading.datelines import parse_date
from diplograph.reading.text import clean_text, normalize

__all__ = ["clean_markdown"]

_FRONT = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.S)


def _markdown_to_text(md: str, removed: list[str]) -> str:
    md = re.sub(r"<!--.*?-->", "", md, flags=re.S)
    for fence in re.findall(r"^```.*?^```[^\n]*$", md, flags=re.S | re.M):
        removed.append(fence)
        md = md.replace(fence, "")
    for img in re.findall(r"!\[[^\]]*\]\([^)]*\)", md):
        removed.append(img)
    md = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", md)
    md = re.sub(r"^[ \t]*\[[^\]]+\]:[ \t]*\S+.*$", "", md, flags=re.M)  # link reference definitions
    md = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", md)
    md = re.sub(r"<(https?://[^>]+)>", r"\1", md)
    md = re.sub(r"^(.+)\n(?:=+|-+)[ \t]*$", r"\1", md, flags=re.M)  # setext headings
    md = re.sub(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", r"\1", md, flags=re.M)
    md = re.sub(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", "", md, flags=re.M)  # horizontal rules
    md = re.sub(r"^[ \t]{0,3}> ?", "", md, flags=re.M)
    md = re.sub(r"^[ \t]{0,3}[-*+][ \t]+", "• ", md, flags=re.M)
    md = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", md)
    md = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", md)
    md = re.sub(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", r"\1", md)
    md = re.sub(r"`([^`]+)`", r"\1", md)
    return re.sub(r"(?: {2,}|\\)$", "", md, flags=re.M)


def clean_markdown(text: str) -> tuple[str, dict[str, Any], list[str]]:
    """Markdown -> (clean text, metadata, removed); front matter wins for metadata."""
    removed: list[str] = []
    text = normalize(text)
    front: dict[str, Any] = {}
    m = _FRONT.match(text + "\n")
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            front = {str(k).lower(): v for k, v in loaded.items()}
            text = text[m.end():]
    clean, meta, more = clean_text(_markdown_to_text(text, removed))
    for key in ("title", "author"):
        value = front.get(key) or (front.get("authors") if key == "author" else None)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if value:
            meta[key] = str(value).strip()
    date = front.get("date") or front.get("published")
    iso = parse_date(str(date)) if date else None
    if iso:
        meta["published"], meta["published_how"] = iso, "metadata"
    return clean, meta, removed + more
