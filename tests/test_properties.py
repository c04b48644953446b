"""Property-based tests: any text extracts with offsets inside it, and the text and HTML cleaners
never crash, invent words or let scripts through (`HYPOTHESIS_PROFILE=explore` searches new examples)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from diplograph.reading.html import clean_html
from diplograph.pipeline import extract
from diplograph.records import RawDocument
from diplograph.reading.text import clean_text, normalize


WORDS = st.sampled_from(["Russia", "condemned", "the", "Taliban", "in", "2003", ".", ",", "said", "“", "”",
                         "\n", "\n\n", " ", "Mr.", "Putin", "signed", "an", "agreement", "with", "Iran", "é",
                         "\u200b", "\u00a0", "\t", "—", "…", "(", ")", "🙂", "ß", "İ", "Ⅻ", "\r\n"])
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=80).map(" ".join),
                  st.lists(st.one_of(WORDS, st.text(max_size=5)), max_size=60).map("".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_any_text_extracts_with_offsets_inside_the_text(res, text: str) -> None:
    raw = RawDocument(doc_id="p", path="<p>", text=text, content_hash="")
    result = extract(res.nlp(text), raw, res)
    for s in result.sentences:
        assert 0 <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text
    for m in result.mentions:
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text
        assert 0 <= m.sentence < len(result.sentences)
    for ev in result.events:
        assert 0 <= ev.start <= ev.end <= len(text) and 0 <= ev.sentence < len(result.sentences)
        for ref in (ev.source, ev.target):
            if ref is not None and ref.start >= 0:
                assert ref.end <= len(text) and text[ref.start:ref.end] == ref.text
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text


@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_text_cleaner_never_crashes_and_invents_no_words(text: str) -> None:
    clean, meta, removed = clean_text(text)
    assert isinstance(clean, str) and clean == clean.strip() and "\n\n\n" not in clean
    assert set(clean.split()) <= set(normalize(text).split())
    assert all(isinstance(r, str) for r in removed) and set(meta) >= {"title", "author", "published"}


TAGS = st.sampled_from(["p", "div", "article", "main", "span", "a", "h1", "li", "ul", "nav", "aside", "table",
                        "td", "br", "b", "section", "footer", "header", "figure"])
ATTRS = st.sampled_from(["", ' class="related"', ' id="main"', ' role="navigation"', ' href="/x"',
                         ' onclick="SCRIPTMARK()"', ' style="color:red"', ' class'])


@st.composite
def html_ish(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 9))
        if kind <= 3:
            parts.append(draw(st.one_of(WORDS, st.text(max_size=12))))
        elif kind <= 5:
            parts.append(f"<{draw(TAGS)}{draw(ATTRS)}>")
        elif kind <= 7:
            parts.append(f"</{draw(TAGS)}>")
        elif kind == 8:
            parts.append(draw(st.sampled_from([
                "<script>var SCRIPTMARK = 1;</script>", "<style>.SCRIPTMARK{}</style>",
                "<script>document.write('<p>SCRIPTMARK</p>')</script>", "<!-- SCRIPTMARK -->",
                "<noscript>SCRIPTMARK</noscript>", "<script>", "&amp;", "&#x41;", "&bogus;", "<![CDATA[x]]>",
                "<?xml version='1.0'?>"])))
        else:
            parts.append(draw(st.text(alphabet="<>/&;=\"' \n", max_size=8)))
    body = "".join(parts)
    return draw(st.sampled_from(["{}", "<html><body>{}</body></html>", "<!DOCTYPE html><html><head><title>"
                                 "T</title></head><body>{}"])).format(body)


@settings(max_examples=80, deadline=None)
@given(markup=html_ish())
def test_html_cleaner_fuzz(markup: str) -> None:
    text, meta, removed = clean_html(markup)
    assert isinstance(text, str) and "\n\n\n" not in text
    assert isinstance(removed, list) and set(meta) >= {"title", "author", "published"}
    if "<script>" not in markup.replace("<script>var", "").replace("<script>document", ""):
        assert "SCRIPTMARK" not in text  # closed scripts, styles, comments and handlers never leak
