"""Reliability: bad input, binary formats, languages, limits, crashes and concurrent use."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import diplograph
from diplograph import api, language
from diplograph.config import load_settings
from diplograph.htmlclean import clean_html
from diplograph.ingest import IngestError, read_document
from diplograph.pipeline import extract, load_resources
from diplograph.records import RawDocument
from diplograph.store import Store, StoreError, load_migrations
from diplograph.textclean import clean_text, normalize
from diplograph.watchdog import DocTimeout, time_limit
from docmaker import blank_pdf_bytes, docx_bytes, pdf_bytes, write

SRC = str(Path(diplograph.__file__).resolve().parents[1])

P1 = ("The foreign ministers of Ruritania and Freedonia met in Geneva on Monday and agreed to reopen three "
      "border crossings that were closed after the clashes of last spring.")
P2 = "The United Nations welcomed the agreement and offered to send observers to the frontier region."
ENGLISH = f"Border talks in Geneva\n\n{P1}\n\n{P2}\n"


@pytest.fixture(scope="module")
def res():
    return load_resources(load_settings())


# ------------------------------------------------------------------ PDF and .docx


def test_pdf_text_layer_is_read(tmp_path: Path) -> None:
    lines = ["The foreign ministers of Ruritania and Freedonia met in Geneva on Monday and agreed",
             "to reopen three border crossings. Both governments said that the nego-",
             "tiations would continue in the autumn."]
    doc = read_document(write(tmp_path, "talks.pdf", pdf_bytes([lines, [P2]], title="Border deal")))
    assert doc.fmt == "pdf" and doc.title == "Border deal"
    assert "agreed to reopen three border crossings" in doc.text  # wrapped lines joined
    assert "the negotiations would continue" in doc.text          # hyphenation undone
    assert doc.text.endswith(P2)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.pdf", blank_pdf_bytes(3))
    with pytest.raises(IngestError, match=r"no text layer \(3 page"):
        read_document(path)


def test_docx(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "memo.docx", docx_bytes([P1, P2], title="Border deal")))
    assert doc.fmt == "docx" and doc.title == "Border deal"
    assert doc.text.split("\n\n") == ["Border deal", P1, P2]


# ------------------------------------------------------------------ the bad-input matrix

RANDOM = random.Random(7).randbytes(4096)
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200)


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("noise.txt", RANDOM, "binary file"),
    ("noise.html", RANDOM, "binary file"),
    ("empty.txt", b"", "empty file"),
    ("empty.pdf", b"", "empty file"),
    ("fake.pdf", ENGLISH.encode(), "not a PDF file (the file holds text; wrong extension .pdf)"),
    ("noise.pdf", RANDOM, "not a PDF file (the file holds binary data; wrong extension .pdf)"),
    ("broken.pdf", b"%PDF-1.4\n" + RANDOM, "damaged PDF"),
    ("real.txt", pdf_bytes([[P1]]), "the file is a PDF, not text (wrong extension .txt)"),
    ("archive.txt", ZIP, "the file is a ZIP archive, not text (wrong extension .txt)"),
    ("fake.docx", ENGLISH.encode(), "not a DOCX file (the file holds text; wrong extension .docx)"),
    ("zip.docx", ZIP, "not a DOCX file (the file is a ZIP archive; wrong extension .docx)"),
    ("bad-utf16.txt", b"\xff\xfe" + b"\x00\xd8" * 3, "cannot decode as utf-16-le"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 20 else None)
def test_bad_input_is_one_line_naming_the_file(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(IngestError) as info:
        read_document(path)
    assert reason in info.value.reason
    assert str(info.value).startswith(f"{path}: ") and "\n" not in str(info.value)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "latin-1", "cp1252", "utf-16"])
def test_english_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    text = f"Talks in Zürich\n\n{P1} The délégation from São Paulo paid £40 for the café bill.\n\n{P2}"
    doc = read_document(write(tmp_path, f"enc-{encoding}.txt", text, encoding))
    assert doc.text == normalize(text)


def test_windows_1251_russian_is_decoded(tmp_path: Path) -> None:
    text = ("Министр иностранных дел заявил во вторник, что правительство готово к переговорам "
            "с соседями. Встреча пройдёт в столице в конце месяца.")
    doc = read_document(write(tmp_path, "ru.txt", text, "cp1251"))
    assert doc.text == text and language.detect(doc.text) == "ru"


def test_text_over_max_chars_is_refused(tmp_path: Path) -> None:
    line = "<html><body><p>" + "The minister met the envoy in the capital on Monday. " * 2000 + "</p></body></html>"
    path = write(tmp_path, "one-line.html", line)
    with pytest.raises(IngestError, match=r"text too long \(10[0-9],[0-9]{3} characters after cleaning; limit 50,000\)"):
        read_document(path, max_chars=50_000)
    assert read_document(path).fmt == "html"  # under the default limit
    with pytest.raises(IngestError, match="file too large"):
        read_document(path, max_bytes=10_000)


SCRIPTED = """<html><head><title>Border talks</title>
<script>var SECRETSCRIPT = "The minister said nothing"; document.write(SECRETSCRIPT);</script>
<style>.x {{ content: "SECRETSTYLE"; }}</style></head>
<body><nav>Home</nav><article><h1>Border talks</h1>
<p>{P1}<script>track("SECRETINLINE")</script></p>
<noscript>SECRETNOSCRIPT enable JavaScript</noscript>
<p onclick="alert('SECRETHANDLER')">{P2}</p></article>
<script type="application/ld+json">{{"headline": "Border talks", "description": "SECRETJSON"}}</script>
</body></html>"""


@pytest.mark.parametrize("with_trafilatura", [True, False])
def test_html_scripts_never_reach_the_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           with_trafilatura: bool) -> None:
    if not with_trafilatura:
        monkeypatch.setattr("diplograph.htmlclean._trafilatura", lambda markup: None)
    doc = read_document(write(tmp_path, "page.html", SCRIPTED.format(P1=P1, P2=P2)))
    assert P1 in doc.text and P2 in doc.text
    assert "SECRET" not in doc.text and "document.write" not in doc.text


# ------------------------------------------------------------------ languages

FOREIGN = {
    "fr": "Le ministre des affaires étrangères a déclaré mardi que le gouvernement n'accepterait pas la "
          "proposition, qu'il a qualifiée de menace pour la sécurité du pays.",
    "de": "Der Außenminister sagte am Dienstag, dass die Regierung den Vorschlag nicht annehmen werde, "
          "den er als Bedrohung für die Sicherheit des Landes bezeichnete.",
    "es": "El ministro de Asuntos Exteriores dijo el martes que el gobierno no aceptaría la propuesta, "
          "que calificó de amenaza para la seguridad del país.",
    "it": "Il ministro degli Esteri ha detto martedì che il governo non accetterà la proposta, che ha "
          "definito una minaccia per la sicurezza del paese.",
    "pt": "O ministro dos Negócios Estrangeiros disse na terça-feira que o governo não aceitaria a "
          "proposta, que descreveu como uma ameaça à segurança do país.",
    "nl": "De minister van Buitenlandse Zaken zei dinsdag dat de regering het voorstel niet zou "
          "aanvaarden, dat hij een bedreiging voor de veiligheid van het land noemde.",
    "pl": "Minister spraw zagranicznych powiedział we wtorek, że rząd nie przyjmie propozycji, którą "
          "określił jako zagrożenie dla bezpieczeństwa kraju, i że rozmowy będą kontynuowane.",
    "tr": "Dışişleri bakanı salı günü yaptığı açıklamada, hükümetin bu teklifi kabul etmeyeceğini ve "
          "konunun daha çok çalışma gerektirdiğini söyledi, ancak görüşmeler için bir tarih vermedi.",
    "ru": "Министр иностранных дел заявил во вторник, что правительство не примет это предложение, "
          "которое он назвал угрозой для безопасности страны.",
    "uk": "Міністр закордонних справ заявив у вівторок, що уряд не прийме цю пропозицію, яку він "
          "назвав загрозою для безпеки країни.",
    "ar": "قال وزير الخارجية يوم الثلاثاء إن الحكومة لن تقبل الاقتراح الذي وصفه بأنه تهديد لأمن البلاد.",
    "zh": "外交部长星期二表示，政府不会接受这一提议，他称该提议是对国家安全的威胁。",
    "ja": "外務大臣は火曜日、政府はこの提案を受け入れないと述べ、国の安全に対する脅威だと語った。",
    "ko": "외교부 장관은 화요일 정부가 이 제안을 받아들이지 않을 것이라고 말했다.",
    "el": "Ο υπουργός Εξωτερικών δήλωσε την Τρίτη ότι η κυβέρνηση δεν θα δεχθεί την πρόταση.",
}


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_foreign_languages_are_detected(lang: str) -> None:
    assert language.detect(FOREIGN[lang]) == lang
    assert language.unsupported(FOREIGN[lang]) == lang


@pytest.mark.parametrize("text", [
    "Talks resumed.",
    "Iran and Iraq signed a deal.",
    "Russia vetoed it.",
    P1,
    "The crowd chanted « Liberté, égalité, fraternité » and « Vive la République » as the president "
    "arrived in the square, where he said that the government would listen to their demands.",
    "Putin said: «Мы не примем это предложение» and left the hall in Moscow.",
    "The Bundestag passed the Gesetz über die Bundeswehr, which the opposition had called die größte "
    "Reform seit der Wiedervereinigung, by a wide margin on Thursday.",
    f"{P1} {FOREIGN['fr']} {P2} The minister added that the talks would resume in the spring.",
])
def test_english_is_never_refused(text: str) -> None:
    assert language.detect(text) == "en" and language.unsupported(text) is None


# ------------------------------------------------------------------ time limit


def test_time_limit_interrupts_and_restores_the_handler() -> None:
    before = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    with pytest.raises(DocTimeout, match=r"time limit exceeded \(0.2 s per document\)"):
        with time_limit(0.2):
            while True:
                pass
    assert 0.15 < time.monotonic() - started < 2
    assert signal.getsignal(signal.SIGALRM) is before and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    with time_limit(5):
        total = sum(range(1000))
    assert total == 499500 and signal.getitimer(signal.ITIMER_REAL)[0] == 0


# ------------------------------------------------------------------ a mixed batch through the API


def test_mixed_batch_stores_good_documents_and_names_each_bad_one(tmp_path: Path, res,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    write(folder, "good.txt", ENGLISH)
    write(folder, "latin1.txt", f"Talks in Zürich\n\n{P1} The café was full.\n\n{P2}", "latin-1")
    write(folder, "memo.docx", docx_bytes([P1, P2], title="Memo on the border talks"))
    write(folder, "report.pdf", pdf_bytes([[P1[:80], P1[80:]], [P2]]))
    write(folder, "french.txt", FOREIGN["fr"] + "\n\n" + FOREIGN["fr"])
    write(folder, "noise.txt", RANDOM)
    write(folder, "empty.md", b"")
    write(folder, "fake.pdf", "just some text that says it is a PDF")
    write(folder, "scan.pdf", blank_pdf_bytes())
    write(folder, "slow.txt", "Slow talks\n\n" + P2)
    real = api.read_document

    def slow(path, **kw):  # a document whose cleaning never ends
        if Path(path).name == "slow.txt":
            while True:
                time.sleep(0.01)
        return real(path, **kw)

    monkeypatch.setattr(api, "read_document", slow)
    settings = load_settings().with_overrides(doc_timeout=0.5)
    db = str(tmp_path / "t.duckdb")
    report = diplograph.ingest([folder], db=db, settings=settings, resources=res)
    skipped = {Path(p).name: why for p, why in report.skipped}
    assert report.stored == 4 and not report.ok
    assert skipped == {
        "french.txt": "language fr not supported yet",
        "noise.txt": "binary file (contains NUL bytes)",
        "empty.md": "empty file",
        "fake.pdf": "not a PDF file (the file holds text; wrong extension .pdf)",
        "scan.pdf": "PDF has no text layer (2 page(s); scanned images need OCR)",
        "slow.txt": "time limit exceeded (0.5 s per document)",
    }
    with Store(db, read_only=True) as s:
        docs = {r["doc_id"]: r for r in s.query("SELECT doc_id, fmt, text FROM documents")}
    assert set(docs) == {"good", "latin1", "memo", "report"}
    assert "Zürich" in docs["latin1"]["text"] and docs["memo"]["fmt"] == "docx" and docs["report"]["fmt"] == "pdf"


# ------------------------------------------------------------------ old stores


def test_store_at_schema_1_is_migrated_and_takes_new_documents(tmp_path: Path, res) -> None:
    db = str(tmp_path / "old.duckdb")
    first = load_migrations()[0]
    con = duckdb.connect(db)
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    con.execute(first.sql)
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (1, ?)", [first.name])
    con.close()
    write(tmp_path / "in", "good.txt", ENGLISH)
    report = diplograph.ingest([tmp_path / "in"], db=db, resources=res)
    assert report.stored == 1 and report.ok
    with Store(db, read_only=True) as s:
        assert s.schema_version() == len(load_migrations())
        assert s.scalar("SELECT count(*) FROM documents") == 1
