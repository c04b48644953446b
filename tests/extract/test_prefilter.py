"""The cheap tests that let patterns skip texts, and the shared time-expression scan, never change results."""

from __future__ import annotations

import dataclasses
import re
import sys
from importlib import resources

import pytest

from diplograph.extract.claims import finder as claims
from diplograph.extract.dates import pubdate
from diplograph.extract.dates import timex
from diplograph.extract.prefilter import fold, may_contain, required_literal

# Own sentences with the shapes the patterns look for, some in odd letters ("ſ" = long s,
# "K" = Kelvin sign, "İ" = dotted capital I: case-insensitive patterns read them as s, k, i).
EDGE = [
    "On March 3, 1999, the envoy arrived; on 4 June 2004 he left.",
    "Between 1992 and 1995 the talks stalled, and in the 1990s and early 2000s they resumed.",
    "In the spring of 2010 and the summer and autumn of 2011, five years later, two decades before.",
    "It is one year ſince the takeover; it has been 3 months since the raid.",
    "FİVE YEARS AGO the Kremlin said; the following month, last year, this past May, next June.",
    "in may they may meet; by mid-May or late September; since Sept. 2001.",
    "TODAY, yesterday and tonight; recently and these days; nowadays on Monday and last Friday.",
    "The $2014 fee, 2015 troops, 1999%, 2003-4 and 2003–2005, 1,2000 and 2019-20.",
    "Thirty-five years after the invasion, a couple of months later, 12 decades on.",
    "Ties with KazaKhstan, the ſeptember meeting and the İnvasion of Iraq.",
    "No dates here at all, only words.",
    "",
]


def _sample_sentences() -> list[str]:
    """Lines of the package's sample articles (plain text and markup alike) and the edge cases."""
    out = list(EDGE)
    for f in sorted((resources.files("diplograph.data") / "sample").iterdir()):
        out += [line for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


SENTENCES = _sample_sentences()


def test_fold_knows_every_non_ascii_letter_that_case_insensitive_patterns_take_for_ascii():
    everything = "".join(chr(i) for i in range(128, sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for m in re.finditer(letter, everything, re.IGNORECASE):
            assert fold(m.group()) == letter, (m.group(), letter)


def test_fold_lowers_and_maps_lookalikes():
    assert fold("İran ſanctions on KAZAKH Kelvin") == "iran sanctions on kazakh kelvin"
    assert fold("Plain ASCII") == "plain ascii"


@pytest.mark.parametrize("pattern,literal", [
    (r"\b9/11\b", "9/11"),
    (r"september 11(th)? attacks", "september 11"),
    (r"taliban (seized|took) (power|control)( of| in)? kabul", "taliban "),
    (r"attacks?", "attack"),
    (r"\bJCPOA\b", "jcpoa"),
    (r"war|peace", None),
    (r"(?x) war \ in \ ukraine", "war in ukraine"),
    (r"[a-z]+", None),
])
def test_required_literal(pattern, literal):
    assert required_literal(re.compile(pattern, re.IGNORECASE)) == literal


def test_required_literal_is_in_every_text_the_pattern_matches():
    patterns = [p for lm in pubdate.landmarks() for p in lm.patterns] + [pubdate._LATER, pubdate._SINCE]
    texts = SENTENCES + ["the TALİBAN TAKEOVER", "Russia’s invasion of Ukraine", "five years later",
                         "two Years ſince the takeover"]
    for rx in patterns:
        needs = required_literal(rx)
        for text in texts:
            if rx.search(text):
                assert needs is None or needs in fold(text), (rx.pattern, text)


def test_each_time_pattern_is_skipped_only_where_it_cannot_match():
    for text in SENTENCES:
        clues = timex._Clues(text)
        for name, rx in timex.PATTERNS:
            if not timex._NEEDS[name](clues):
                assert rx.search(text) is None, (name, text)
    assert {name for name, _ in timex.PATTERNS} == set(timex._NEEDS)


def _spans(matches):
    return [(name, m.span(), m.group(0)) for name, m in matches]


def test_scan_with_shortcuts_equals_running_every_pattern():
    for text in SENTENCES:
        assert _spans(timex._scan(text)) == _spans(timex._kept(text, timex.PATTERNS)), text


def test_cached_scan_gives_the_results_of_a_fresh_one():
    def all_timexes():
        return [[dataclasses.astuple(t) for t in timex.find_timexes(text, published=pub, narrative="2015-02",
                                                                     offset=7)]
                for text in SENTENCES for pub in (None, "2019", "2021-10-15")]

    timex._scan.cache_clear()
    fresh = all_timexes()
    cached = all_timexes()  # every text now comes from the cache
    assert timex._scan.cache_info().hits >= len(SENTENCES)
    assert cached == fresh


def test_cached_scan_resolves_against_each_call_s_own_dates():
    text = "The ministers met on March 3 and again on Monday."
    first = [t.value for t in timex.find_timexes(text, published="2020-06-10")]
    second = [t.value for t in timex.find_timexes(text, published="2021-06-10")]
    assert first == ["2020-03-03", "2020-06-08"]
    assert second == ["2021-03-03", "2021-06-07"]


def test_landmark_matches_equal_searching_every_pattern():
    text = "\n".join(SENTENCES) + "\nAfter the Taliban takeover and the fall of Kabul, the JCPOA."
    for lm in pubdate.landmarks():
        naive = [m.group(0) for m in (p.search(text) for p in lm.patterns) if m]
        assert [m.group(0) for m in lm.matches(text, fold(text))] == naive


def test_word_filter_equals_its_pattern():
    cues = claims.load_cues()
    for words in (cues.relation_nouns, cues.place_nouns):
        for text in SENTENCES + ["Russia-Iran TIES", "the Herat provinces", "cities and links"]:
            expected = claims._word_rx(words).search(text) is not None
            assert claims._has_word(words, text, fold(text)) == expected, text


@pytest.mark.parametrize("word", ["$", "US$", "€", "₽", "dollars", "USD", "руб"])
def test_may_contain_is_true_wherever_a_case_insensitive_pattern_finds_the_word(word):
    rx = re.compile(re.escape(word), re.IGNORECASE)
    for text in SENTENCES + ["US$ 5 million", "5 DOLLARS", "€5bn", "5₽", "5 РУБ", "5 uſd"]:
        if rx.search(text):
            assert may_contain(word, text, fold(text)), (word, text)
    assert not may_contain("dollars", "5 euros", fold("5 euros"))
    assert not may_contain("€", "5 euros", fold("5 euros"))


def test_money_filter_passes_every_sentence_the_money_pattern_matches():
    from diplograph.extract.claims.values import _may_state_money, _money_rx

    cues = claims.load_cues()
    for text in SENTENCES + ["It earns $50-80 million per year", "5 billion Roubles", "€3bn", "2 EUR"]:
        if _money_rx(cues).search(text):
            assert _may_state_money(text, cues), text
    assert not _may_state_money("In 2003, 5,000 fighters arrived.", cues)
