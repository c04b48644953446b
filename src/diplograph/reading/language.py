"""Which language a cleaned text is in, so that non-English documents are refused, not mis-coded.

A deliberately small detector, no model: the Unicode script of the letters
decides for languages with their own script (Arabic, Chinese, Japanese, Korean,
Greek, Hebrew, …); for Latin and Cyrillic text the share of each language's
commonest function words (``data/languages.yaml``) decides.  It leans towards
English: a text with too few letters or function words to judge, or one where
English function words are about as common as another language's (an English
article quoting a foreign sentence), counts as English.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from diplograph.data import safe_loader

__all__ = ["LanguageDataError", "Profiles", "detect", "load_profiles", "unsupported"]

SAMPLE_CHARS = 20_000  # enough to decide; keeps detection cheap on long texts
MIN_LETTERS = 20       # fewer letters than this: too short to judge, taken as English
MIN_WORDS = 8          # fewer words than this: taken as English
MIN_SHARE = 0.12       # another language's function words must be at least this share of words …
DOMINANCE = 1.5        # … and this many times as frequent as English ones

_SCRIPTS: dict[str, tuple[tuple[int, int], ...]] = {
    "latin": ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF)),
    "cyrillic": ((0x400, 0x52F),),
    "greek": ((0x370, 0x3FF), (0x1F00, 0x1FFF)),
    "armenian": ((0x530, 0x58F),),
    "hebrew": ((0x590, 0x5FF),),
    "arabic": ((0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    "devanagari": ((0x900, 0x97F),),
    "thai": ((0xE00, 0xE7F),),
    "georgian": ((0x10A0, 0x10FF),),
    "hangul": ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)),
    "kana": ((0x3040, 0x30FF), (0x31F0, 0x31FF)),
    "han": ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)),
}
_WORD = re.compile(r"[^\W\d_]+")


class LanguageDataError(ValueError):
    """``languages.yaml`` is malformed (message says where)."""


@dataclass(frozen=True, slots=True)
class Profiles:
    supported: frozenset[str]
    stopwords: dict[str, frozenset[str]]  # language -> function words
    cyrillic: tuple[str, ...]             # languages whose words are Cyrillic
    scripts: dict[str, str]               # script -> language


@lru_cache(maxsize=8192)
def _script(ch: str) -> str | None:
    cp = ord(ch)
    for name, ranges in _SCRIPTS.items():
        if any(lo <= cp <= hi for lo, hi in ranges):
            return name
    return None


@lru_cache(maxsize=1)
def load_profiles() -> Profiles:
    """Load and validate ``data/languages.yaml``."""
    text = (resources.files("diplograph") / "data" / "languages.yaml").read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=safe_loader())  # noqa: S506 - a safe loader
    if not isinstance(raw, dict) or not isinstance(raw.get("stopwords"), dict):
        raise LanguageDataError("languages.yaml: needs a 'stopwords' mapping")
    stop: dict[str, frozenset[str]] = {}
    for lang, words in raw["stopwords"].items():
        if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang):
            raise LanguageDataError(f"languages.yaml: {lang!r} is not a language code")
        if not isinstance(words, list) or len(words) < 20 or not all(isinstance(w, str) and w for w in words):
            raise LanguageDataError(f"languages.yaml: stopwords.{lang} must list at least 20 words")
        stop[lang] = frozenset(w.lower() for w in words)
    supported = raw.get("supported") or []
    if not supported or any(s not in stop for s in supported):
        raise LanguageDataError("languages.yaml: 'supported' must name languages with stopwords")
    scripts = raw.get("scripts") or {}
    for script, lang in scripts.items():
        if script not in _SCRIPTS or script in ("latin", "cyrillic") or not isinstance(lang, str):
            raise LanguageDataError(f"languages.yaml: unknown script {script!r}")
    cyrillic = tuple(lang for lang, words in stop.items()
                     if sum(_script(c) == "cyrillic" for w in words for c in w) > len(words))
    return Profiles(frozenset(supported), stop, cyrillic, dict(scripts))


def _best(words: list[str], langs: tuple[str, ...] | list[str], stop: dict[str, frozenset[str]]) -> dict[str, int]:
    counts = Counter(words)  # each distinct word tested once per language
    return {lang: sum(n for w, n in counts.items() if w in stop[lang]) for lang in langs}


def _english_enough(words: list[str], prof: Profiles) -> bool:
    latin = [w for w in words if _script(w[0]) == "latin"]
    hits = max(_best(latin, sorted(prof.supported), prof.stopwords).values())
    return len(latin) >= 4 and hits >= max(2, 0.2 * len(latin))


def detect(text: str) -> str:
    """The ISO 639-1 code of the language of ``text`` (``"en"`` when it cannot tell)."""
    prof = load_profiles()
    sample = text[:SAMPLE_CHARS]
    counts: dict[str, int] = {}
    for ch, n in Counter(sample).items():  # each distinct character once
        if ch.isalpha():
            script = _script(ch)
            if script:
                counts[script] = counts.get(script, 0) + n
    letters = sum(counts.values())
    if letters < MIN_LETTERS:
        return "en"
    words = [w.lower() for w in _WORD.findall(sample)]
    script = max(counts, key=counts.__getitem__)
    if script != "latin" and counts.get("latin", 0) >= 0.25 * letters and _english_enough(words, prof):
        script = "latin"  # an English text quoting another script at length
    if script in ("han", "kana"):
        return prof.scripts.get("kana", "ja") if counts.get("kana", 0) > 0.1 * letters else prof.scripts.get("han", "zh")
    if script in prof.scripts:
        return prof.scripts[script]
    if script == "cyrillic":
        hits = _best(words, prof.cyrillic, prof.stopwords)
        return max(hits, key=hits.__getitem__) if hits and max(hits.values()) else "ru"
    words = [w for w in words if _script(w[0]) == "latin"]
    if len(words) < MIN_WORDS:
        return "en"
    latin = [lang for lang in prof.stopwords if lang not in prof.cyrillic]
    hits = _best(words, latin, prof.stopwords)
    english = max(hits.get(lang, 0) for lang in prof.supported)
    other = max((lang for lang in hits if lang not in prof.supported), key=hits.__getitem__, default=None)
    if other and hits[other] >= MIN_SHARE * len(words) and hits[other] > DOMINANCE * english:
        return other
    return min(prof.supported, key=lambda lang: -hits.get(lang, 0))


def unsupported(text: str) -> str | None:
    """The language code when ``text`` is in a language diplograph does not code yet, else None."""
    lang = detect(text)
    return None if lang in load_profiles().supported else lang
