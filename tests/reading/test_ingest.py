"""Tests for diplograph.ingest / textclean / htmlclean (discovery, decoding, furniture removal)."""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import pytest
import yaml

from diplograph.reading import html as htmlclean
from diplograph.reading.files import SUPPORTED, IngestError, clean_html, clean_text, discover, read_document
from diplograph.reading.datelines import parse_date, parse_dateline
from diplograph.reading.markdown import clean_markdown
from diplograph.reading.text import normalize

SEEDS = Path("/work/shared/seeds")
SAMPLE = Path(str(resources.files("diplograph") / "data" / "sample"))

P1 = ("The foreign ministers of Ruritania and Freedonia met in Geneva on Monday to discuss the disputed "
      "river border. Both sides agreed to set up a joint commission before the end of the year.")
P2 = ("Ruritania accused Freedonia of moving troops closer to the frontier last week. Freedonia denied the "
      "charge and said the units were on a routine exercise.")
P3 = ("The United Nations welcomed the meeting. A spokesman said the organisation was ready to support "
      "further talks and to send observers if both governments asked for them.")

ARTICLE = f"""Home

World News | Europe

Ruritania and Freedonia hold border talks in Geneva

By Jane Doe

March 3, 2021

Photo: Wire Agency

{P1}

{P2}

{P3}

Jane Doe is a senior correspondent at the Daily Example. She writes for several magazines; follow her on Twitter at @janedoe.

Related Articles

  • Freedonia recalls ambassador
  • Border clash leaves two injured

Leave a Reply

Your email address will not be published. Required fields are marked *
"""


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# ------------------------------------------------------------------ plain text


def test_txt_head_and_trailing_furniture(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "border-talks.txt", ARTICLE))
    assert doc.text.split("\n\n") == ["Ruritania and Freedonia hold border talks in Geneva", P1, P2, P3]
    assert doc.title == "Ruritania and Freedonia hold border talks in Geneva"
    assert doc.author == "Jane Doe"
    assert (doc.published, doc.published_how) == ("2021-03-03", "dateline")
    assert doc.doc_id == "border-talks"
    assert doc.fmt == "txt"
    for junk in ("Home", "World News | Europe", "By Jane Doe", "March 3, 2021", "Photo: Wire Agency",
                 "Related Articles", "Leave a Reply"):
        assert junk in doc.removed
    assert any(r.startswith("Jane Doe is a senior correspondent") for r in doc.removed)
    assert "Freedonia recalls ambassador" not in doc.text


def test_name_line_after_title_is_author_and_labels_and_taglines_dropped() -> None:
    text = (f"Example Monitor\n\nIndependent voices on world affairs\n\nSanctions talks stall in Brussels\n\n"
            f"Maria Lopez\n\n14 April 2021\n\n{P1}\n\n{P2}\n\nSearch\n")
    clean, meta, removed = clean_text(text)
    assert clean.split("\n\n") == ["Sanctions talks stall in Brussels", P1, P2]
    assert meta == {"title": "Sanctions talks stall in Brussels", "author": "Maria Lopez",
                    "published": "2021-04-14", "published_how": "dateline"}
    assert {"Example Monitor", "Independent voices on world affairs", "Search"} <= set(removed)


def test_language_link_caption_appeal_and_teasers_dropped() -> None:
    appeal = ("Independent reporting is hard to sustain. We do not have a paywall, so we ask our readers "
              "for help. Your support keeps our work free to read. Please donate today.")
    text = (f"Foreign policy\nEurope - World\n\nFreedonia signs gas deal with Ruritania\n\n"
            f"Читать на русском\nImage credit: Example Agency\n\n{P1}\n\n{appeal}\n\n{P2}\n\n"
            f"Top reads\n  • Ten things about the pipeline\n  • Who pays for the gas?\n\n"
            f"Read also\nAnother headline about energy\n\nA teaser line about something else entirely\n")
    clean, meta, removed = clean_text(text)
    assert clean.split("\n\n") == ["Freedonia signs gas deal with Ruritania", P1, P2]
    assert meta["title"] == "Freedonia signs gas deal with Ruritania"
    assert appeal in removed and "Читать на русском" in removed and "Top reads" in removed


def test_mid_article_prose_with_cue_words_is_kept() -> None:
    tricky = ("Related talks are planned for May. Officials said they would support a ceasefire and "
              "asked readers of the agreement to note its annex.")
    text = f"Ceasefire holds along the frontier\n\n{P1}\n\nShare this\n\n{tricky}\n\n{P2}\n\n{P3}\n"
    clean, _meta, removed = clean_text(text)
    assert clean.split("\n\n") == ["Ceasefire holds along the frontier", P1, tricky, P2, P3]
    assert removed == ["Share this"]


def test_reported_appeals_and_actor_profiles_are_kept() -> None:
    quoted = ("\u201cWe ask you to support our humanitarian appeal and to make a donation,\u201d the UN "
              "Secretary-General told donors in Geneva. Pledges reached a record.")
    profile = ("Zamir Kabulov is a senior Russian diplomat who once served as ambassador in Kabul. "
               "He now leads the Kremlin's Afghanistan policy.")
    text = f"Donors meet in Geneva\n\n{P1}\n\n{quoted}\n\n{P2}\n\n{profile}\n"
    clean, _meta, removed = clean_text(text)
    assert clean.split("\n\n") == ["Donors meet in Geneva", P1, quoted, P2, profile]
    assert removed == []


def test_comment_section_cut_even_when_long() -> None:
    comment = "I disagree with this analysis entirely. The talks were doomed from the start. " * 3
    text = f"Talks resume in Doha\n\n{P1}\n\nComments (3)\n\n{comment}\n\n{comment}\n\n{comment}\n"
    clean, _meta, removed = clean_text(text)
    assert clean.split("\n\n") == ["Talks resume in Doha", P1]
    assert removed[0] == "Comments (3)" and len(removed) == 4


def test_inline_read_also_teaser_dropped_but_following_paragraph_kept() -> None:
    text = f"Envoy visits Kabul\n\n{P1}\n\nRead also: Envoy named for regional talks\n\n{P2}\n\n{P3}\n"
    clean, _meta, removed = clean_text(text)
    assert clean.split("\n\n") == ["Envoy visits Kabul", P1, P2, P3]
    assert removed == ["Read also: Envoy named for regional talks"]


def test_normalisation_keeps_curly_quotes() -> None:
    raw = ("Talks end in Oslo  \r\n\r\n\r\n\r\n“We are close,” the envoy said.\u00a0The\u200b talks ended "
           "on Friday. Both teams flew home.   \r\n")
    clean, _meta, _removed = clean_text(raw)
    assert clean == "Talks end in Oslo\n\n“We are close,” the envoy said. The talks ended on Friday. Both teams flew home."
    assert normalize("a\r\nb\rc\u00a0d\u200be\n\n\n\nf") == "a\nb\nc de\n\nf"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = ("Kabul airport reopened on Thursday after a week of closure, officials\n"
               "said, and the first commercial flight in days left for Islamabad with\n"
               "more than two hundred passengers on board.")
    clean, _meta, _removed = clean_text(f"Kabul airport reopens\n\n{wrapped}\n")
    assert clean.split("\n\n")[1] == wrapped.replace("\n", " ")


@pytest.mark.parametrize(("line", "iso"), [
    ("31 December 2016", "2016-12-31"),
    ("March 3, 2021", "2021-03-03"),
    ("Published: 5 May 2019 10:30 GMT", "2019-05-05"),
    ("Updated on Dec. 8, 2016", "2016-12-08"),
    ("Monday, 14 February 2022", "2022-02-14"),
    ("2015-07-14", "2015-07-14"),
    ("March 2021", "2021-03"),
])
def test_parse_dateline(line: str, iso: str) -> None:
    assert parse_dateline(line) == iso


def test_parse_dateline_rejects_sentences() -> None:
    assert parse_dateline("On March 3, 2021, Russia hosted talks with the Taliban.") is None
    assert parse_date("2015-07-14T10:00:00Z") == "2015-07-14"
    assert parse_date("no date here") is None


def test_no_head_keeps_everything() -> None:
    clean, meta, removed = clean_text(f"{P1}\n\n{P2}")
    assert clean == f"{P1}\n\n{P2}" and meta["title"] is None and removed == []


# ------------------------------------------------------------------ HTML

HTML = f"""<!DOCTYPE html><html><head>
<title>Freedonia and Ruritania sign water accord | Example Times</title>
<meta name="author" content="Omar Said">
<meta property="article:published_time" content="2019-06-02T09:00:00Z">
<script>var x = "Related Articles";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Freedonia and Ruritania sign water accord</h1>
<p>{P1}</p><p>{P2}</p><p>{P3}</p>
<div class="share">Share this: <a href="#">Facebook</a> <a href="#">Twitter</a></div></article>
<aside><h3>Related articles</h3><ul><li><a href="/1">River talks collapse</a></li><li><a href="/2">Drought hits region</a></li></ul></aside>
<section id="comments"><h3>Leave a Reply</h3><form><p>Your email address will not be published.</p>
<textarea></textarea><button>Post Comment</button></form></section></main>
<footer>Copyright 2019 Example Times. All rights reserved.</footer></body></html>"""

HTML_FURNITURE = ("Related articles", "River talks collapse", "Leave a Reply", "Your email address", "Post Comment",
                  "Share this", "All rights reserved", "Sport")


def test_html_meta_and_furniture(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "water.html", HTML))
    assert doc.fmt == "html"
    assert doc.text.split("\n\n") == ["Freedonia and Ruritania sign water accord", P1, P2, P3]
    assert (doc.title, doc.author) == ("Freedonia and Ruritania sign water accord", "Omar Said")
    assert (doc.published, doc.published_how) == ("2019-06-02", "metadata")
    for junk in HTML_FURNITURE:
        assert junk not in doc.text


def test_html_fallback_without_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(htmlclean, "_trafilatura", lambda markup: None)
    text, meta, removed = clean_html(HTML)
    assert text.split("\n\n") == ["Freedonia and Ruritania sign water accord", P1, P2, P3]
    assert meta["author"] == "Omar Said" and meta["published"] == "2019-06-02"
    assert any("River talks collapse" in r for r in removed)


def test_html_jsonld_metadata_keeps_precision() -> None:
    page = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"headline\": \"Envoys meet\", \"datePublished\": \"2018-11\", "
            "\"author\": [{\"name\": \"Ann Lee\"}]}</script></head>"
            f"<body><article><h1>Envoys meet in Moscow</h1><p>{P1}</p><p>{P2}</p></article></body></html>")
    _text, meta, _removed = clean_html(page)
    assert (meta["author"], meta["published"], meta["published_how"]) == ("Ann Lee", "2018-11", "metadata")


def test_txt_file_holding_a_web_page_is_html(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "saved-page.txt", HTML))
    assert doc.fmt == "html" and doc.author == "Omar Said" and "Leave a Reply" not in doc.text


def test_html_file_without_markup_is_text(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "plain.html", f"Plain text saved as HTML\n\n{P1}\n\n{P2}\n"))
    assert doc.fmt == "txt"
    assert doc.text.split("\n\n") == ["Plain text saved as HTML", P1, P2]


# ------------------------------------------------------------------ markdown


def test_markdown(tmp_path: Path) -> None:
    md = (f"---\ntitle: Front matter title\nauthor: Lee Kim\ndate: 2020-02-29\n---\n\n"
          f"# Envoys sign *framework* deal\n\n![A photo](pic.jpg)\n\n{P1}\n\n"
          f"Ruritania said the [deal](https://example.org/deal) was **binding**. Freedonia agreed.\n\n"
          f"## Reactions\n\n> {P2}\n\n---\n\n*Read also:* [Another story](https://example.org/x)\n")
    doc = read_document(_write(tmp_path, "deal.md", md))
    assert doc.fmt == "md"
    assert doc.text.split("\n\n") == ["Envoys sign framework deal", P1,
                                      "Ruritania said the deal was binding. Freedonia agreed.", "Reactions", P2]
    assert (doc.title, doc.author, doc.published, doc.published_how) == (
        "Front matter title", "Lee Kim", "2020-02-29", "metadata")
    _clean, meta, _removed = clean_markdown(f"# A headline for the story\n\n*By Ann Lee*\n\n14 April 2021\n\n{P1}")
    assert (meta["title"], meta["author"], meta["published"]) == ("A headline for the story", "Ann Lee", "2021-04-14")


# ------------------------------------------------------------------ bytes, hashes, errors


def test_hash_is_sha256_of_raw_bytes(tmp_path: Path) -> None:
    data = ARTICLE.encode("utf-8")
    a = read_document(_write(tmp_path, "a.txt", data))
    b = read_document(_write(tmp_path, "copy/a.txt", data))
    c = read_document(_write(tmp_path, "c.txt", data + b"\n"))
    assert a.content_hash == b.content_hash == hashlib.sha256(data).hexdigest()
    assert c.content_hash != a.content_hash
    assert read_document(a.path).content_hash == a.content_hash


@pytest.mark.parametrize(("text", "encoding", "bom"), [
    ("Le président français a rencontré à Genève l’émissaire de la Fédération. "
     "Les négociations reprendront après l’été.", "utf-16", b""),
    ("The café in Zürich hosted the délégation from São Paulo on Tuesday. Talks went well.", "latin-1", b""),
    ("Министр иностранных дел России Сергей Лавров заявил в четверг, что Москва готова к переговорам "
     "с делегацией талибов. Встреча пройдёт в Москве.", "cp1251", b""),
    ("Les ministres se sont réunis à Genève. L’accord a été signé.", "utf-8", b"\xef\xbb\xbf"),
], ids=["utf16-bom", "latin1", "cp1251", "utf8-bom"])
def test_encodings(tmp_path: Path, text: str, encoding: str, bom: bytes) -> None:
    raw = bom + text.encode(encoding)
    if encoding == "utf-16":
        assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # Python writes a BOM
    doc = read_document(_write(tmp_path, f"enc-{encoding}.txt", raw))
    assert doc.text == text


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("blob.txt", bytes(range(256)) * 8, "binary file"),
    ("img.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x01" * 200, "a PNG image, not text"),
    ("empty.txt", b"", "empty file"),
    ("blank.md", b" \n\t\n \r\n", "empty file"),
    ("furniture.txt", b"Search\n\nMenu\n\nPhoto: Wire Agency\n", "no text left after cleaning"),
], ids=["binary", "png-like", "empty", "whitespace", "only-furniture"])
def test_bad_files_raise_ingest_error(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(IngestError) as info:
        read_document(path)
    assert info.value.path == str(path)
    assert reason in info.value.reason
    assert str(info.value).startswith(f"{path}: ") and "\n" not in str(info.value)


def test_too_large_and_missing(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", ARTICLE)
    with pytest.raises(IngestError, match="too large"):
        read_document(path, max_bytes=100)
    with pytest.raises(IngestError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    err = IngestError("x/y.txt", "empty file")
    assert str(err) == "x/y.txt: empty file" and (err.path, err.reason) == ("x/y.txt", "empty file")


# ------------------------------------------------------------------ discovery


def test_discover_nested(tmp_path: Path) -> None:
    for rel in ("b.txt", "a.md", "sub/c.html", "sub/deeper/d.htm", "sub/deeper/E.TXT", "sub/notes.pdf",
                "sub/SOURCES.yaml", "sub/sheet.xlsx", ".hidden.txt", ".git/x.txt", "sub/.cache/y.md", "README.md"):
        _write(tmp_path, rel, "text")
    found = discover([tmp_path])
    assert found == sorted(found)
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.md", "b.txt", "sub/c.html", "sub/deeper/E.TXT", "sub/deeper/d.htm", "sub/notes.pdf"]
    assert discover([tmp_path / "b.txt", tmp_path / "sub" / "c.html", tmp_path / "b.txt"]) == [
        tmp_path / "b.txt", tmp_path / "sub" / "c.html"]
    assert discover([tmp_path / "sub" / "SOURCES.yaml"]) == []
    with pytest.raises(IngestError, match="no such file"):
        discover([tmp_path / "missing"])
    assert SUPPORTED == (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


# ------------------------------------------------------------------ real seeds and bundled sample


def _seed_files() -> list[Path]:
    return sorted(p for p in SEEDS.glob("*") if p.is_file()) if SEEDS.is_dir() else []


@pytest.mark.parametrize("index", range(5))
def test_seed_furniture_removed(index: int) -> None:
    seeds = _seed_files()
    if not seeds:
        pytest.skip(f"{SEEDS} not available")
    if index >= len(seeds):
        pytest.skip("fewer seeds")
    raw = seeds[index].read_text(encoding="utf-8")
    doc = read_document(seeds[index])
    for marker in ("Post a Comment", "No comments", "Top reads", "Leave a Reply", "Related Articles",
                   "Back to top", "Read also", "Your email address", "Image credit", "Photo:",
                   "Читать на русском", "Do NOT follow this link"):
        assert marker not in doc.text
    paragraphs = doc.text.split("\n\n")
    assert doc.title and paragraphs[0] == doc.title
    assert len(doc.title.split()) >= 4 and doc.title in raw
    assert max(len(p) for p in paragraphs) > 300
    # the first long paragraph of the source survives intact
    first_long = next(p.strip() for p in normalize(raw).split("\n\n") if len(p) > 300)
    assert first_long in paragraphs
    assert len(doc.text) > 0.8 * sum(len(p) for p in normalize(raw).split("\n\n") if len(p) > 300)


def test_sample_corpus() -> None:
    files = discover([SAMPLE])
    listed = yaml.safe_load((SAMPLE / "SOURCES.yaml").read_text(encoding="utf-8"))["files"]
    assert sorted(f["file"] for f in listed) == sorted(p.name for p in files)
    assert 10 <= len(files) <= 12
    fmts = {}
    for entry in listed:
        doc = read_document(SAMPLE / entry["file"])
        fmts[doc.fmt] = fmts.get(doc.fmt, 0) + 1
        assert doc.title and doc.text.split("\n\n")[0] == doc.title
        assert doc.author
        assert doc.published == entry["published"]
        expected_how = None if entry["published"] is None else "metadata" if doc.fmt == "html" else "dateline"
        assert doc.published_how == expected_how
        words = len(doc.text.split())
        assert 150 <= words <= 400, (entry["file"], words)
        for junk in ("Related articles", "Related Articles", "Leave a Reply", "Share this", "Read also",
                     "Photo:", "Most read", "Comments", "©"):
            assert junk not in doc.text, (entry["file"], junk)
    assert fmts["html"] >= 2 and fmts["md"] == 1 and fmts["txt"] >= 6
