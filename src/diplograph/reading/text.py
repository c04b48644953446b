"""Plain-text page-furniture removal and head metadata (title, author, dateline).

Web articles saved as text keep their page furniture: site names and section
labels above the headline, photo credits, language-switch links, "Related
Articles" / "Read also" / comment sections at the end, donation appeals and
author bios.  :func:`clean_text` removes them with line/paragraph heuristics and
the word lists in ``data/furniture.yaml`` and pulls the title, author and a
dateline from the head of the text (:mod:`diplograph.reading.markdown` first turns
Markdown into plain text).  A line of thousands of characters (text saved without
paragraph breaks) is cut at sentence ends into paragraph-sized groups, and the
rules that cut a trailing section never take more than a bounded share of the text.

The output keeps the headline as the first paragraph and separates paragraphs
with one blank line.  Position-free rules (credits, captions, teaser lists)
never drop a paragraph of two or more full sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from diplograph.data import safe_loader
from diplograph.reading.datelines import MONTHS, parse_date, parse_dateline

__all__ = ["clean_text", "normalize", "is_prose"]

# ----------------------------------------------------------------- word lists


@dataclass(frozen=True)
class _Lists:
    labels: frozenset[str]
    anywhere: frozenset[str]
    language: frozenset[str]
    credit_prefixes: tuple[str, ...]
    credit_res: tuple[re.Pattern[str], ...]
    strong: tuple[str, ...]
    weak: tuple[str, ...]
    comments: tuple[str, ...]
    appeal: tuple[str, ...]
    bio: tuple[str, ...]
    forms: tuple[str, ...]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    raw = (resources.files("diplograph") / "data" / "furniture.yaml").read_text(encoding="utf-8")
    d: dict[str, list[str]] = yaml.load(raw, Loader=safe_loader())  # noqa: S506 - a safe loader
    low = lambda k: [str(x).lower() for x in d.get(k, [])]  # noqa: E731
    by_len = lambda k: tuple(sorted(low(k), key=len, reverse=True))  # noqa: E731
    return _Lists(
        labels=frozenset(low("labels")), anywhere=frozenset(low("anywhere")),
        language=frozenset(low("language_links")), credit_prefixes=by_len("credit_prefixes"),
        credit_res=tuple(re.compile(p, re.I) for p in d.get("credit_patterns", [])),
        strong=by_len("trailing_strong"), weak=by_len("trailing_weak"),
        comments=by_len("comment_markers"), appeal=tuple(low("appeal_cues")),
        bio=tuple(low("bio_cues")), forms=tuple(low("form_prefixes")),
    )


# ----------------------------------------------------------------- line tests

_BULLET = re.compile(r"^[•·▪►◦‣∙*+\-–—]\s+")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_SENT_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9А-Я])")
_NAME_TOKEN = r"(?:[A-ZÀ-ÖØ-ÞА-Я][\w'’.\-]*|de|da|van|von|der|al|el|bin|ibn|la|le|du)"
_NAME = re.compile(rf"^{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}}$")
_BYLINE = re.compile(r"^(?:by|written by|words by|reported by|author|authors)\s*[:\-]?\s+(?P<rest>.+)$", re.I)
_STANDFIRST_AUTHOR = re.compile(
    rf"^(?P<name>[A-ZÀ-ÖØ-ÞА-Я][\w'’.\-]+(?:\s+{_NAME_TOKEN}){{1,4}}?)\s+(?:looks at|examines|explores|"
    r"argues|writes|considers|discusses|assesses|analyses|analyzes|explains|asks|reports|on how|on why|"
    r"on what|on the)\b")
_FUNCTION_WORDS = frozenset("a an the of for and or in on at to by with from as vs de la le".split())
_SECTION = re.compile(r"^[\w’' ]{1,25}(?:\s+[-–—|/›»>·•]\s+[\w’' ]{1,25})+$")


def _key(line: str) -> str:
    """Lower-cased line without bullets, surrounding punctuation and counts."""
    s = _BULLET.sub("", line.strip()).lower()
    return re.sub(r"[\s:|»›…>.\-–—]+$", "", s).strip()


def _words(text: str) -> int:
    return len(text.split())


def _sentences(text: str) -> int:
    return len(_SENT_END.findall(text.strip())) + (1 if _TERMINAL.search(text.strip()) else 0)


def is_prose(text: str) -> bool:
    """Two or more full sentences (or one long finished one)."""
    n = _words(text)
    return (_sentences(text) >= 2 and n >= 12) or (n >= 40 and bool(_TERMINAL.search(text)))


def _bodylike(text: str) -> bool:
    n = _words(text)
    return n >= 20 or is_prose(text) or (n >= 10 and text.rstrip().endswith("."))


def _is_label(line: str) -> bool:
    k, lists = _key(line), _lists()
    if k in lists.labels or k in lists.anywhere or k in lists.language:
        return True
    if _SECTION.match(line.strip()) and _words(line) <= 6:
        return True
    if _words(line) > 20:
        return False  # a run of section names is short; a long line with three of them is a sentence
    hits = sum(1 for w in re.split(r"[\s|/•·›»]+", k) if w in lists.labels)
    return hits >= 3 and not _TERMINAL.search(line)


def _is_credit(line: str) -> bool:
    k, lists = _key(line), _lists()
    if _words(line) > 30:
        return False
    for p in lists.credit_prefixes:
        if k.startswith(p) and re.match(r"\s*[:|/–—\-]", k[len(p):] or ":"):
            return True
    return any(rx.search(line.strip()) for rx in lists.credit_res)


def _drop_anywhere(line: str) -> str | None:
    """Why a unit is furniture wherever it stands, or None."""
    k, lists = _key(line), _lists()
    if k in lists.anywhere:
        return "widget"
    if k in lists.language:
        return "language link"
    if _is_credit(line):
        return "credit"
    if any(k.startswith(f) for f in lists.forms):
        return "comment form"
    return None


def _marker(line: str, markers: tuple[str, ...]) -> bool:
    k = _key(line)
    if re.fullmatch(r"\d+\s+(?:comments?|responses?|replies)", k):
        return True
    for m in markers:
        if k == m:
            return True
        if k.startswith(m):
            rest = k[len(m):]
            if re.match(r"\s*[:|(\[»›\-–—]", rest):
                return True
            if rest[:1] == " " and _words(k) <= 6 and not _TERMINAL.search(line.strip()):
                return True
    return False


_REPORTED = re.compile(r"\b(said|says|told|according to|announced|urged|appealed|called on)\b|[“”\"]", re.I)
_AFFILIATION = re.compile(r"\b(universit|institut|college|school|think tank|cent(?:re|er)\b|programme|program\b|"
                          r"journalis|writes|written|author|columnist|editor|podcast|newsletter)", re.I)


APPEAL_WORDS = 150  # a site's appeal is a paragraph or two, not a whole text


def _is_appeal(text: str) -> bool:
    """A site's request for donations/subscriptions (not a reported appeal by a news actor)."""
    low = text.lower()
    if _REPORTED.search(text) or _words(text) > APPEAL_WORDS:
        return False
    cues = {c for c in _lists().appeal if c in low}
    addressed = re.search(r"\b(you|your|we|us|our)\b", low) is not None
    return addressed and (len(cues) >= 2 or (len(cues) == 1 and "please" in low))


def _is_bio(text: str, author: str | None) -> bool:
    """An author bio: starts with a name (or the byline author) and reads like one."""
    low = text.lower()
    if _words(text) > 120 or _REPORTED.search(text) or not any(c in low for c in _lists().bio):
        return False
    head = text.split(" is ", 1)[0].split(" was ", 1)[0].strip()
    by_author = bool(author and text.startswith(author))
    starts_with_name = by_author or bool(_NAME.match(head)) or low.startswith(("the author", "about the author"))
    return starts_with_name and (by_author or bool(_AFFILIATION.search(text)))


def _is_caption(text: str) -> bool:
    """A Title-Case noun phrase under the headline (photo caption)."""
    if _words(text) > 14 or re.search(r"[.!?:\"”]$", text.strip()):
        return False
    toks = [t for t in re.findall(r"[^\W\d_][\w'’\-]*", text) if t.lower() not in _FUNCTION_WORDS]
    return bool(toks) and sum(t[0].isupper() for t in toks) / len(toks) >= 0.7


def _author_from_byline(line: str) -> str | None:
    m = _BYLINE.match(line.strip().strip("*_"))
    if not m:
        return None
    rest = re.split(r"\s*[|,·•–—]\s*|\s+(?:in|for|on|at)\s+|\s+-\s+", m.group("rest"))[0].strip()
    parts = re.split(r"\s+(?:and|&)\s+", rest)
    if _words(rest) > 8 or parse_date(rest) or not all(_NAME.match(p) or _words(p) == 1 and p[:1].isupper()
                                                      for p in parts):
        return None
    if rest.split()[0].lower() in MONTHS:
        return None
    return rest.title() if rest.isupper() else rest


def _is_title_candidate(text: str, strong: bool) -> bool:
    n = _words(text)
    if n < 2 or n > 30 or is_prose(text) or _is_label(text) or parse_dateline(text):
        return False
    if not strong:
        return True
    toks = text.split()
    marked = re.search(r"[:?\d‘“\"']", text) is not None
    capital_after_first = any(t[:1].isupper() for t in toks[1:])
    return (n >= 4 or (n >= 3 and marked)) and (capital_after_first or marked)


# ----------------------------------------------------------------- splitting


def normalize(text: str) -> str:
    """Newlines, NBSP, zero-width characters, trailing spaces, blank-line runs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2007\u202f]", " ", text)
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text)
    lines = [re.sub(r"[ \t\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


LONG_UNIT = 2000  # characters: a longer line is paragraphless text, cut into sentence groups
GROUP_CHARS = 600  # about the length of a news paragraph


def _split_long(unit: str) -> list[str]:
    """A paragraphless line cut at sentence ends into groups of about :data:`GROUP_CHARS`.

    Text saved without line breaks (a whole article on one line) would otherwise be
    one unit that every rule judges as a whole; as groups of full sentences it is
    prose like any other article's paragraphs.
    """
    if len(unit) <= LONG_UNIT:
        return [unit]
    groups: list[str] = []
    start = 0
    for m in _SENT_END.finditer(unit):
        if m.end() - start >= GROUP_CHARS:
            groups.append(unit[start:m.end()].strip())
            start = m.end()
    tail = unit[start:].strip()
    if tail:
        groups.append(tail)
    return groups


def _units(text: str) -> list[str]:
    """Paragraph units: wrapped prose blocks are joined, other blocks split by line; long lines are
    cut into sentence groups."""
    units: list[str] = []
    for block in text.split("\n\n"):
        lines = [ln for ln in block.split("\n") if ln]
        if len(lines) > 1:
            widest = max(len(ln) for ln in lines)
            wrapped = (40 <= widest <= 110 and all(len(ln) >= 0.6 * widest for ln in lines[:-1])
                       and not any(_BULLET.match(ln) for ln in lines))
            if wrapped:
                units.append(" ".join(lines))
                continue
        for line in lines:
            units.extend(_split_long(line))
    return units


# ----------------------------------------------------------------- cleaning


def _clean_head(units: list[str], meta: dict[str, Any], removed: list[str], title: str | None) -> list[str]:
    body_at = next((i for i, u in enumerate(units) if _bodylike(u) and u != title), len(units))
    head = units[:body_at]
    title_at = head.index(title) if title in head else None
    if title_at is None:
        title_at = next((i for i, u in enumerate(head) if _is_title_candidate(u, True)), None)
    if title_at is None:
        title_at = next((i for i, u in enumerate(head) if _is_title_candidate(u, False)), None)
    kept: list[str] = []
    name_ok = False  # a bare name line may follow the title (and bylines/datelines)
    for i, u in enumerate(head):
        date = parse_dateline(u)
        author = _author_from_byline(u)
        if author:
            date = date or parse_date(u)  # "By Jane Doe | 3 March 2021"
        if date or author:
            if date and not meta.get("published"):
                meta["published"] = date
            if author and not meta.get("author"):
                meta["author"] = author
            removed.append(u)
        elif title_at is not None and i == title_at:
            meta["title"] = u
            kept.append(u)
            name_ok = True
            continue
        elif title_at is None or i < title_at:
            removed.append(u)  # site names, section labels, taglines above the headline
        elif _is_label(u) or _drop_anywhere(u):
            removed.append(u)
        elif name_ok and not meta.get("author") and _NAME.match(u) and _words(u) <= 4:
            meta["author"] = u
            removed.append(u)
        elif _is_caption(u):
            removed.append(u)
        else:
            kept.append(u)
        name_ok = name_ok and bool(date or author)
    if meta.get("published"):
        meta["published_how"] = "dateline"
    rest = units[body_at:]
    if not meta.get("author") and rest:
        m = _STANDFIRST_AUTHOR.match(rest[0])
        if m and _words(rest[0]) <= 60:
            meta["author"] = m.group("name")
    return kept + rest


# A comment section may be at most this many times the article above it, and this many words: a
# longer "section" is the rest of the document (several articles in one file), which is kept.
COMMENT_SHARE = 6
COMMENT_WORDS = 5000


_SENTENCE = re.compile(r"[.!…][\"'”’)\]]*$")


def _sentence_like(text: str) -> bool:
    """A paragraph that reads as article text: prose, or one finished sentence of five words or more
    (wire copy is written one sentence to a paragraph), unlike a teaser headline."""
    return is_prose(text) or (_words(text) >= 5 and bool(_SENTENCE.search(text.strip())))


def _article_goes_on(units: list[str], i: int) -> bool:
    """Two sentence-like paragraphs in a row from ``i`` on: the article continues after a marker
    (a box in the middle of the text), which no list of teasers does."""
    run = 0
    for u in units[i:]:
        run = run + 1 if _sentence_like(u) else 0
        if run >= 2:
            return True
    return False


def _cut_trailing(units: list[str], start: int, removed: list[str]) -> list[str]:
    """Cut end-of-page sections; drop teaser boxes introduced by weak markers (the marker and the
    teaser lines after it, up to the first paragraph that reads as article text)."""
    lists = _lists()
    out = units[:start]
    words = [_words(v) for v in units]
    after = sum(words[start:])  # words after unit i (kept up to date as i moves on)
    before = 0  # words kept so far after the title
    i = start
    while i < len(units):
        u = units[i]
        after -= words[i]
        if before and after <= min(COMMENT_SHARE * before, COMMENT_WORDS) and (
                _marker(u, lists.comments)
                or (_marker(u, lists.strong) and after <= before and not _article_goes_on(units, i + 1))):
            removed.extend(units[i:])
            return out
        if _marker(u, lists.strong) or _marker(u, lists.weak):
            removed.append(u)
            i += 1
            while i < len(units) and not _sentence_like(units[i]):
                removed.append(units[i])
                after -= words[i]
                i += 1
            continue
        out.append(u)
        before += words[i]
        i += 1
    return out


def clean_text(text: str, *, title: str | None = None) -> tuple[str, dict[str, Any], list[str]]:
    """Plain text -> (clean text, metadata, removed furniture blocks).

    Metadata keys: ``title``, ``author``, ``published`` (ISO partial date from a
    dateline at the top) and ``published_how`` (``"dateline"`` or None).
    ``title``, when known (e.g. from HTML metadata), marks the headline line.
    """
    meta: dict[str, Any] = {"title": None, "author": None, "published": None, "published_how": None}
    removed: list[str] = []
    units: list[str] = []
    for u in _units(normalize(text)):
        why = None if is_prose(u) else _drop_anywhere(u)
        (removed if why else units).append(u)
    units = _clean_head(units, meta, removed, normalize(title) if title else None)
    start = 1 if meta["title"] and units and units[0] == meta["title"] else 0
    units = _cut_trailing(units, start, removed)
    kept: list[str] = []
    for idx, u in enumerate(units):
        if idx >= start and _is_appeal(u):
            removed.append(u)
        elif _BULLET.match(u) and not u.rstrip().endswith(".") and _words(u) <= 12 and any(
                _BULLET.match(v) and not v.rstrip().endswith(".") and _words(v) <= 12
                for v in units[max(idx - 1, 0):idx] + units[idx + 1:idx + 2]):
            removed.append(u)  # list of teaser headlines
        else:
            kept.append(u)
    while len(kept) > start and (_is_bio(kept[-1], meta["author"]) or _is_label(kept[-1])
                                 or (_words(kept[-1]) <= 3 and not _TERMINAL.search(kept[-1]))):
        removed.append(kept.pop())
    return "\n\n".join(kept), meta, removed
