"""HTML -> article text and metadata.

The main text comes from :func:`trafilatura.bare_extraction` (precision mode, no
comments).  When trafilatura is unavailable or returns nothing, a fallback takes
the text of ``<article>``/``<main>``/``<body>`` without scripts, navigation,
headers, footers, asides and forms.  Either way the result then goes through
the plain-text furniture cleaner (:func:`diplograph.reading.text.clean_text`).

Metadata (title, author, publication date) is read from ``<meta>`` tags and
JSON-LD first (keeping the date's stated precision), then from trafilatura.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree, html as lxml_html

from diplograph.reading.datelines import parse_date
from diplograph.reading.text import clean_text, normalize

__all__ = ["clean_html", "html_metadata", "fallback_text", "looks_like_html"]

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
              "iframe", "svg", "button", "select", "textarea", "figure", "figcaption")
_DROP_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search")
_DROP_CLASS = re.compile(r"\b(comments?|share|sharing|social|related|sidebar|newsletter|cookie|advert\w*|"
                         r"promo|breadcrumbs?|subscribe|donate|author-bio|byline-bio)\b", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
               "ol", "blockquote", "pre", "table", "tr", "dd", "dt", "dl", "figure", "address", "time",
               "header", "footer", "td", "th", "center"}
_AUTHOR_META = ("author", "article:author", "byl", "dc.creator", "dcterms.creator", "sailthru.author",
                "parsely-author", "twitter:creator")
_DATE_META = ("article:published_time", "og:published_time", "published_time", "datepublished",
              "date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date",
              "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
              "citation_publication_date", "citation_date")
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article|main|section|br|span|a\s|meta|"
                         r"title|h[1-6]|ul|ol|li|table|script|style|link)\b[^>]*>", re.I)


_BROKEN_TAG = re.compile(r"<([A-Za-z][^<>\s]*)(?=<)")


def looks_like_html(text: str) -> bool:
    """True when ``text`` contains HTML markup (not just angle brackets)."""
    return len(_HTML_SNIFF.findall(text[:200_000])) >= 2 or bool(
        re.match(r"\s*<(?:!doctype|html)\b", text, re.I))


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def _parse(markup: str) -> Any:
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)  # lxml refuses str with an encoding declaration
    try:
        return lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    value = str(value).strip()
    m = re.match(r"((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?:$|[T\s])", value)
    if m:
        return "-".join(p for p in m.groups() if p)
    return parse_date(value)


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = normalize(title)
    parts = re.split(r"\s+[|–—:·»]\s+|\s+-\s+", title)
    if len(parts) > 1 and len(parts[-1]) < len(" ".join(parts[:-1])):
        title = re.split(r"\s+[|–—·»]\s+|\s+-\s+(?=[^-]*$)", title)[0]
    return title.strip() or None


def _jsonld(tree: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text_content() or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            cur = stack.pop()
            if isinstance(cur, list):
                stack.extend(cur)
            elif isinstance(cur, dict):
                items.append(cur)
                stack.extend(v for k, v in cur.items() if k == "@graph")
    return items


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and not value.strip().startswith(("http", "@")):
        return normalize(value)
    return None


def _visible(nodes: list[Any]) -> str:
    """Text of the first node without what is inside scripts, styles and templates."""
    if not nodes:
        return ""
    return "".join(nodes[0].xpath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript "
                                  "or ancestor::template)]")).strip()


def html_metadata(tree: Any) -> dict[str, Any]:
    """Title, author and publication date from meta tags, JSON-LD and ``<time>``."""
    metas: dict[str, str] = {}
    for node in tree.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        if key and key not in metas and node.get("content", "").strip():
            metas[key] = node.get("content").strip()
    ld = _jsonld(tree)
    title = (_visible(tree.xpath("(//article//h1)[1]")) or metas.get("og:title")
             or metas.get("twitter:title")
             or next((d.get("headline") for d in ld if isinstance(d.get("headline"), str)), None)
             or _visible(tree.xpath("(//h1)[1]")) or tree.xpath("string(//title[1])"))
    author = next((_name_of(metas[k]) for k in _AUTHOR_META if k in metas and _name_of(metas[k])), None)
    author = author or next((_name_of(d.get("author")) for d in ld if _name_of(d.get("author"))), None)
    if not author:
        node = tree.xpath('//*[@rel="author" or @itemprop="author"][1]')
        author = _name_of(_visible(node)) if node else None
    published = next((_iso(metas[k]) for k in _DATE_META if k in metas and _iso(metas[k])), None)
    published = published or next((_iso(d.get("datePublished")) for d in ld if _iso(d.get("datePublished"))),
                                  None)
    if not published:
        node = tree.xpath('//time[@itemprop="datePublished" or @pubdate][@datetime][1]')
        published = _iso(node[0].get("datetime")) if node else None
    return {"title": _clean_title(title), "author": author, "published": published,
            "publication": _publication(tree, metas, ld)}


def _publication(tree: Any, metas: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    """The site or publisher: og:site_name, JSON-LD publisher, else the host of the page's URL."""
    name = metas.get("og:site_name") or metas.get("application-name") or next(
        (_name_of(d.get("publisher")) for d in ld if _name_of(d.get("publisher"))), None)
    if name:
        return normalize(name)
    links = tree.xpath('//link[@rel="canonical"]/@href')
    url = metas.get("og:url") or (links[0] if links else None)
    host = re.match(r"https?://(?:www\.)?([^/:]+)", url or "")
    return host.group(1).lower() if host else None


def _block_text(el: Any, out: list[str], tail: bool = True) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "br":
        out.append("\n")
    elif tag:
        block = tag in _BLOCK_TAGS
        if block:
            out.append("\n\n")
        if tag == "li":
            out.append("• ")
        if el.text:
            out.append(el.text)
        for child in el:
            _block_text(child, out)
        if block:
            out.append("\n\n")
    if tail and el.tail:
        out.append(el.tail)


def fallback_text(tree: Any, removed: list[str] | None = None) -> str:
    """Text of the main container without scripts, navigation and other chrome."""
    drop = []  # a malformed "<x<script>" parses as a tag "x<script": its last part counts
    for el in tree.iter():
        if not isinstance(el.tag, str):
            drop.append(el)  # comments, processing instructions
        elif (el.tag.rsplit("<", 1)[-1] in _DROP_TAGS or (el.get("role") or "").lower() in _DROP_ROLES
              or _DROP_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}")):
            drop.append(el)
    dropped = set(drop)
    for el in drop:
        if el.getparent() is None or any(a in dropped for a in el.iterancestors()):
            continue
        if removed is not None and isinstance(el.tag, str) and el.tag not in ("script", "style"):
            parts: list[str] = []
            _block_text(el, parts, tail=False)
            txt = re.sub(r"\s*\n\s*", " / ", normalize("".join(parts)))
            if txt:
                removed.append(txt[:500])
        el.drop_tree()
    articles = tree.xpath("//article")
    container = (max(articles, key=lambda a: len(a.text_content())) if articles
                 else next(iter(tree.xpath("//main") + tree.xpath("//body")), tree))
    out: list[str] = []
    _block_text(container, out)
    return normalize(re.sub(r"\n[ \t]*\n\s*", "\n\n", "".join(out)))


def _trafilatura(markup: str) -> dict[str, Any] | None:
    try:
        import trafilatura
    except Exception:  # noqa: BLE001 - a broken install (e.g. missing lxml_html_clean) means: use the fallback
        return None
    try:
        doc = trafilatura.bare_extraction(
            markup, favor_precision=True, include_comments=False, with_metadata=True,
            include_tables=True, date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception:  # noqa: BLE001 - trafilatura raises assorted errors on odd markup
        return None
    if doc is None:
        return None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return data if (data.get("text") or "").strip() else None


def _dropped_by_extractor(tree: Any, kept: str, limit: int = 60) -> list[str]:
    """Visible text blocks of the page that the extractor left out (for debugging)."""
    for el in tree.xpath("//script|//style|//noscript|//template|//head"):
        el.drop_tree()
    body = tree.xpath("//body")
    out: list[str] = []
    _block_text(body[0] if body else tree, out)
    kept_norm = re.sub(r"\s+", " ", kept)
    blocks = []
    for block in normalize("".join(out)).split("\n"):
        flat = re.sub(r"\s+", " ", block).strip()
        if flat and flat not in kept_norm:
            blocks.append(flat[:500])
    return blocks[:limit]


def clean_html(markup: str) -> tuple[str, dict[str, Any], list[str]]:
    """HTML -> (clean text, metadata {title, author, published, published_how}, removed)."""
    removed: list[str] = []
    markup = _NOT_XML.sub("", markup)  # control characters lxml cannot hold in a tree
    markup = _BROKEN_TAG.sub(r"&lt;\1", markup)  # "<x<script>": the first "<" is text, not a tag "x<script"
    tree = _parse(markup)
    meta = html_metadata(tree) if tree is not None else {"title": None, "author": None, "published": None,
                                                         "publication": None}
    extracted = _trafilatura(markup)
    if extracted:
        body = "\n\n".join(ln for ln in normalize(extracted["text"]).split("\n") if ln)
        meta["title"] = meta["title"] or _clean_title(extracted.get("title"))
        meta["author"] = meta["author"] or _name_of(extracted.get("author"))
        meta["published"] = meta["published"] or _iso(extracted.get("date"))
    elif tree is not None:
        body = fallback_text(tree, removed)
    else:
        body = ""
    title = meta["title"]
    if title and not normalize(body).lower().startswith(title.lower()[:60]):
        body = f"{title}\n\n{body}"
    text, tmeta, more = clean_text(body, title=title)
    if extracted and tree is not None:
        removed = _dropped_by_extractor(tree, text)
    for key in ("title", "author"):
        meta[key] = meta[key] or tmeta.get(key)
    if meta["published"]:
        meta["published_how"] = "metadata"
    else:
        meta["published"], meta["published_how"] = tmeta.get("published"), tmeta.get("published_how")
    return text, meta, removed + more
