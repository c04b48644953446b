"""Plain text without line breaks, very long texts and what cleaning removes (issue #20, ingest part)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from diplograph.api import IngestReport
from diplograph.config import load_settings
from diplograph.reading.files import IngestError, read_document
from diplograph.reading.readahead import read_one
from diplograph.reading.text import clean_text

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from clean_vs_size import paragraphs  # noqa: E402

# Invented news prose that happens to hold the words the furniture rules look for ("world", "news",
# "economy", "international", "politics"; "your support", "donate"): it is text, not furniture.
ARTICLE = (
    "World leaders gathered in Vienna on Monday for talks on the economy and international trade. "
    "The news agency of Freedonia said the delegation would stay for three days. "
    "Politics at home overshadowed the meeting, as the opposition called a vote of no confidence. "
    "The foreign minister told reporters that your support for the agreement was welcome, addressing "
    "the parliament. Several charities asked citizens to donate blankets to refugees at the border. "
) * 3


def _one_line(n: int) -> str:
    return " ".join(paragraphs(n))


def test_one_line_article_is_kept_whole(tmp_path):
    for size in (1, 3, 12):  # up to ~5-6 KB and beyond
        text = ARTICLE * size
        path = tmp_path / f"a{size}.txt"
        path.write_text(text.strip(), encoding="utf-8")
        doc = read_document(path)
        assert doc.text.split() == text.split(), size  # every word kept, in order
        assert "\n\n" in doc.text or len(text) < 2000  # cut into paragraph-sized groups


def test_one_line_text_is_grouped_at_sentence_ends():
    text = _one_line(60)
    clean, _, removed = clean_text(text)
    assert removed == []
    groups = clean.split("\n\n")
    assert len(groups) > 5
    assert all(g.endswith(".") for g in groups)
    assert " ".join(groups) == text


def test_mid_document_marker_does_not_cut_the_rest():
    paras = paragraphs(400)
    for marker in ("Related", "Comments"):
        text = "\n\n".join(paras[:10] + [marker] + paras[10:])
        clean, _, removed = clean_text(text)
        assert removed == [marker]
        assert clean.split("\n\n") == paras
    # a comment section shorter than the article is still cut
    text = "\n\n".join(paras[:10] + ["Comments", paras[10]])
    clean, _, removed = clean_text(text)
    assert clean.split("\n\n") == paras[:10] and removed == ["Comments", paras[10]]


def test_cleaning_time_grows_linearly():
    def took(n: int) -> float:
        text = "\n\n".join(paragraphs(n))
        started = time.perf_counter()
        clean_text(text)
        return time.perf_counter() - started
    small, big = took(1000), took(4000)  # ~290 KB and ~1.15 MB
    assert big < 8 * small + 0.2, (small, big)  # quadratic would be ~16x


def test_three_megabyte_one_line_text_is_too_long_not_empty(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(" ".join([ARTICLE.strip()] * 2300), encoding="utf-8")  # ~3 MB on one line
    assert path.stat().st_size > 3_000_000
    started = time.perf_counter()
    try:
        read_document(path)
    except IngestError as exc:
        assert exc.reason.startswith("text too long"), exc.reason
    else:
        raise AssertionError("a 3 MB text passed a 1,000,000-character limit")
    assert time.perf_counter() - started < 2  # refused before the cleaning


def test_long_text_of_distinct_paragraphs_is_kept(tmp_path):
    paras = paragraphs(3000)
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(paras), encoding="utf-8")
    doc = read_document(path)
    assert doc.text.split("\n\n") == paras


def test_text_saved_as_pdf_is_not_a_pdf_even_when_stored_as_txt(tmp_path):
    text = ARTICLE.strip()
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.pdf").write_text(text, encoding="utf-8")
    settings = load_settings(db=str(tmp_path / "x.duckdb"))
    known: set[str] = set()
    first = read_one(tmp_path / "a.txt", known, settings, None)
    assert first.doc is not None
    second = read_one(tmp_path / "a.pdf", known, settings, None)
    assert not second.unchanged
    assert second.skipped and second.skipped.startswith("not a PDF file"), second.skipped


def test_summary_counts_removed_furniture():
    report = IngestReport(stored=1, sentences=1, events=1, removed_blocks=2, removed_chars=1234)
    line = report.summary()
    assert line.startswith("1 document stored, 0 unchanged, 1 sentence, 1 event")
    assert "2 blocks of page furniture removed (1,234 characters)" in line


def test_cli_verbose_lists_what_cleaning_removed(tmp_path):
    from typer.testing import CliRunner

    from diplograph.cli.main import app

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Home\n\nWorld News | Europe\n\nTalks resume in Vienna\n\n" + ARTICLE.strip()
                                  + "\n\nRelated Articles\n\n• Freedonia recalls envoy\n", encoding="utf-8")
    db = str(tmp_path / "x.duckdb")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db, "--verbose"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(f"cleaned: {folder / 'a.txt'}: 4 blocks removed")
    assert "  - World News | Europe" in lines and "  - Related Articles" in lines
    assert "4 blocks of page furniture removed" in lines[-1]


def test_three_megabytes_of_distinct_paragraphs_is_refused_with_a_reason_or_kept_whole(tmp_path):
    from typer.testing import CliRunner

    from diplograph.cli.main import app

    paras = paragraphs(11000)  # ~3.2 MB of distinct invented paragraphs
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "long.txt"
    path.write_text("\n\n".join(paras), encoding="utf-8")
    assert path.stat().st_size > 3_000_000
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert f"skipped: {path}: text too long (" in result.output and "limit 1,000,000)" in result.output
    assert result.output.strip().splitlines()[-1].startswith("0 documents stored, 0 unchanged, 0 sentences, 0 events, 1 skipped")
    # under a limit that admits it, every paragraph is kept, in order
    doc = read_document(path, max_chars=4_000_000)
    assert doc.text.split("\n\n") == paras and doc.removed == []


# wire copy: one sentence to a paragraph, with a "Related" box in the middle (invented)
WIRE = [
    "Chile and Argentina agreed on Tuesday to reopen two mountain border crossings closed since the storms.",
    "The decision followed a meeting of both foreign ministers in Mendoza.",
    "Trucks carrying fruit had been stranded for nine days, exporters said.",
    "Related",
    "Andes pass reopens after record snowfall",
    "Argentina's foreign minister said the crossings would stay open around the clock.",
    "Chilean customs will add forty officers at the border post.",
    "Farmers' groups in both countries welcomed the move.",
    "A joint commission will meet again in March to review the arrangement.",
]


def test_a_box_inside_wire_copy_does_not_cut_the_article():
    clean, _, removed = clean_text("Border crossings reopen in the Andes\n\n" + "\n\n".join(WIRE))
    assert removed == ["Related", "Andes pass reopens after record snowfall"]
    assert clean.split("\n\n")[1:] == WIRE[:3] + WIRE[5:]


def test_one_article_repeated_keeps_all_its_prose(tmp_path):
    article = "Border crossings reopen in the Andes\n\nBy Ana Ruiz\n\n" + "\n\n".join(WIRE)
    path = tmp_path / "rep.txt"
    path.write_text("\n\n".join([article] * 100), encoding="utf-8")  # the same article many times over
    doc = read_document(path)
    for sentence in WIRE[:3] + WIRE[5:]:
        assert doc.text.count(sentence) == 100, sentence
    # what cleaning took is listed (and counted in the summary): the byline at the top, each box and teaser
    assert sorted(doc.removed) == sorted(["By Ana Ruiz"] + ["Related", "Andes pass reopens after record snowfall"] * 100)
