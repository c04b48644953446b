"""Reliability: bad input, binary formats, languages, limits, crashes and concurrent use (the
property-based tests are in test_properties.py)."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import diplograph
from diplograph.reading import language
from diplograph.reading import readahead
from diplograph.config import load_settings
from diplograph.reading.files import IngestError, read_document
from diplograph.pipeline import process
from diplograph.store.database import Store, StoreError, load_migrations
from diplograph.reading.text import normalize
from diplograph.reading.watchdog import DocTimeout, time_limit
from docmaker import blank_pdf_bytes, docx_bytes, pdf_bytes, write
from helpers import at_schema_1

SRC = str(Path(diplograph.__file__).resolve().parents[1])

P1 = ("The foreign ministers of Ruritania and Freedonia met in Geneva on Monday and agreed to reopen three "
      "border crossings that were closed after the clashes of last spring.")
P2 = "The United Nations welcomed the agreement and offered to send observers to the frontier region."
ENGLISH = f"Border talks in Geneva\n\n{P1}\n\n{P2}\n"


# ------------------------------------------------------------------ PDF and .docx


def test_pdf_text_layer_is_read(tmp_path: Path) -> None:
    lines = ["Ruritania and Freedonia agree to reopen their border", "",
             "The foreign ministers of Ruritania and Freedonia met in Geneva on Monday and agreed",
             "to reopen three border crossings. Both governments said that the nego-",
             "tiations would continue in the autumn."]
    doc = read_document(write(tmp_path, "talks.pdf", pdf_bytes([lines, [P2]], title="Border deal")))
    assert doc.fmt == "pdf" and doc.title == "Border deal"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Ruritania and Freedonia agree to reopen their border"  # a gap ends a paragraph
    assert "agreed to reopen three border crossings" in paragraphs[1]  # wrapped lines joined
    assert "the negotiations would continue in the autumn." in paragraphs[1]  # hyphenation undone
    assert paragraphs[2] == P2 and len(paragraphs) == 3


def test_pdf_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    left = ["Ruritania closed its border with Freedonia", "on Monday after a week of clashes in the",
            "river valley, officials said.", "", "The United Nations called for restraint."]
    right = ["Freedonia recalled its ambassador from", "Ruritania on Tuesday and asked the United",
             "Nations to send observers.", "", "Talks are planned for the spring."]
    doc = read_document(write(tmp_path, "cols.pdf", pdf_bytes([[a + "\t" + b for a, b in zip(left, right)]])))
    assert "Ruritania closed its border with Freedonia on Monday after a week of clashes in the river valley" in doc.text
    assert doc.text.index("called for restraint") < doc.text.index("Freedonia recalled")


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
        monkeypatch.setattr("diplograph.reading.html._trafilatura", lambda markup: None)
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
    real = readahead.read_document

    def slow(path, **kw):  # a document whose cleaning never ends
        if Path(path).name == "slow.txt":
            while True:
                time.sleep(0.01)
        return real(path, **kw)

    monkeypatch.setattr(readahead, "read_document", slow)
    settings = load_settings().with_overrides(doc_timeout=3)
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
        "slow.txt": "time limit exceeded (3 s per document)",
    }
    with Store(db, read_only=True) as s:
        docs = {r["doc_id"]: r for r in s.query("SELECT doc_id, fmt, text FROM documents")}
    assert set(docs) == {"good", "latin1", "memo", "report"}
    assert "Zürich" in docs["latin1"]["text"] and docs["memo"]["fmt"] == "docx" and docs["report"]["fmt"] == "pdf"


def test_cli_limits_and_one_line_per_skipped_file(tmp_path: Path, res) -> None:
    from typer.testing import CliRunner

    from diplograph.cli.main import app

    folder = tmp_path / "in"
    write(folder, "good.txt", ENGLISH)
    write(folder, "long.txt", ENGLISH + "\n" + " ".join([P1] * 20))
    write(folder, "noise.txt", RANDOM)
    db = str(tmp_path / "cli.duckdb")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db, "--max-chars", "1000",
                                      "--doc-timeout", "60", "--max-bytes", "100000"])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 3
    assert re.fullmatch(rf"skipped: {re.escape(str(folder / 'long.txt'))}: text too long \([0-9],[0-9]{{3}} "
                        r"characters (?:before|after) cleaning; limit 1,000\)", lines[0])
    assert lines[1] == f"skipped: {folder / 'noise.txt'}: binary file (contains NUL bytes)"
    assert lines[2].startswith("1 document stored, 0 unchanged") and "2 skipped" in lines[2]
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db, "--max-bytes", "0"])
    assert result.exit_code == 2


# ------------------------------------------------------------------ old stores


def test_store_at_schema_1_is_migrated_and_takes_new_documents(tmp_path: Path, res) -> None:
    db = str(tmp_path / "old.duckdb")
    at_schema_1(db).close()
    write(tmp_path / "in", "good.txt", ENGLISH)
    report = diplograph.ingest([tmp_path / "in"], db=db, resources=res)
    assert report.stored == 1 and report.ok
    with Store(db, read_only=True) as s:
        assert s.schema_version() == len(load_migrations())
        assert s.scalar("SELECT count(*) FROM documents") == 1


# ------------------------------------------------------------------ crash safety and concurrent readers

STATES = ["Ruritania", "Freedonia", "Syldavia", "Borduria", "Elbonia", "Latveria", "Genovia", "Wakanda",
          "Russia", "China", "France", "Germany", "Turkey", "Iran", "Japan", "Brazil", "India", "Egypt"]
ACTS = ["signed a trade agreement with", "condemned", "imposed sanctions on", "expelled diplomats from",
        "promised aid to", "accused", "held talks with", "threatened"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def _corpus(folder: Path, n: int) -> None:
    rng = random.Random(11)
    for i in range(n):
        a, b = rng.sample(STATES, 2)
        c, d = rng.sample(STATES, 2)
        text = (f"Dispatch {i}: {a} and {b}\n\n"
                f"{a} {rng.choice(ACTS)} {b} on {rng.randint(1, 28)} {rng.choice(MONTHS)} {2000 + i % 25}. "
                f"Officials in {c} said that {d} {rng.choice(ACTS)} {a} in report {i}.\n")
        write(folder, f"d{i:03d}.txt", text)


def _count(db: str) -> int:
    if not Path(db).exists():
        return 0
    try:
        with Store(db, read_only=True, lock_wait=10) as s:
            return s.scalar("SELECT count(*) FROM documents")
    except StoreError as exc:
        if "older than" in str(exc):  # caught between creation and the first migration
            return 0
        raise


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""), **extra}
    env.pop("DIPLOGRAPH_DB", None)
    return env


def test_kill_9_mid_ingest_loses_nothing_and_a_rerun_completes(tmp_path: Path, res) -> None:
    """SIGKILL while documents are being stored; readers poll the store meanwhile (a second process)."""
    folder, db = tmp_path / "in", str(tmp_path / "crash.duckdb")
    total = 600  # enough that the kill lands mid-ingest even when a read waits for the writer's lock
    _corpus(folder, total)
    (tmp_path / "small.toml").write_text("batch_size = 8\nwrite_every = 1\n")
    proc = subprocess.Popen([sys.executable, "-m", "diplograph.cli", "ingest", str(folder), "--db", db],
                            env=_env(DIPLOGRAPH_CONFIG=str(tmp_path / "small.toml")),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: list[int] = []
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            seen.append(_count(db))  # a read while the writer is at work
            if seen[-1] >= 20:
                break
            time.sleep(0.1)
        assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert len(set(seen)) >= 2  # the store was read several times while it grew

    with Store(db) as s:  # opens (replaying the write-ahead log) and holds whole documents only
        n = s.scalar("SELECT count(*) FROM documents")
        assert 20 <= n < total
        assert s.scalar("SELECT count(*) FROM documents d WHERE d.n_sentences <> "
                        "(SELECT count(*) FROM sentences s WHERE s.doc_id = d.doc_id)") == 0
        stored = {r["doc_id"]: r for r in s.query(
            "SELECT d.doc_id, d.path, (SELECT count(*) FROM actor_mentions a WHERE a.doc_id = d.doc_id) AS actors, "
            "(SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.doc_id) AS events FROM documents d")}
        for table in ("sentences", "actor_mentions", "event_mentions", "quotes", "claims"):
            assert s.scalar(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)") == 0
        assert s.scalar("SELECT count(*) FROM event_mentions WHERE event_id NOT IN (SELECT event_id FROM events)") == 0

    # every stored document has all its rows: compare with a fresh extraction of the same files
    raws = [read_document(row["path"]) for row in stored.values()]
    for raw, result in process(raws, res):
        key = {(e.sentence, e.start, e.end, e.type, e.source and e.source.actor_id, e.target and e.target.actor_id)
               for e in result.events}
        assert (stored[raw.doc_id]["actors"], stored[raw.doc_id]["events"]) == (len(result.mentions), len(key))
    assert sum(r["events"] for r in stored.values()) > 0

    report = diplograph.ingest([folder], db=db, resources=res)
    assert report.ok and report.unchanged == n and report.stored == total - n
    with Store(db, read_only=True) as s:
        assert s.scalar("SELECT count(*) FROM documents") == total
        assert s.scalar("SELECT count(DISTINCT doc_id) FROM documents") == total
        assert s.scalar("SELECT count(DISTINCT content_hash) FROM documents") == total
        assert s.scalar("SELECT count(*) FROM (SELECT doc_id, idx FROM sentences GROUP BY ALL HAVING count(*) > 1)") == 0
        assert s.scalar("SELECT count(*) FROM (SELECT mention_id FROM event_mentions GROUP BY ALL "
                        "HAVING count(*) > 1)") == 0


HOLD = ("import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('locked', flush=True); "
        "time.sleep(float(sys.argv[2])); c.close()")


def _hold_lock(db: str, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, db, str(seconds)], stdout=subprocess.PIPE, env=_env())
    assert proc.stdout.readline().strip() == b"locked"
    return proc


def test_reader_waits_for_a_writer_then_reads_or_says_busy(tmp_path: Path) -> None:
    db = str(tmp_path / "busy.duckdb")
    Store(db).close()
    holder = _hold_lock(db, 1.5)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"database is busy: another process holds its lock \(waited 0.3 s\)"):
            Store(db, read_only=True, lock_wait=0.3)
        with Store(db, read_only=True, lock_wait=30) as s:  # waits until the writer lets go
            assert s.scalar("SELECT count(*) FROM documents") == 0
        assert time.monotonic() - started >= 1.0
    finally:
        holder.kill()
        holder.wait()


def test_cli_query_waits_for_the_ingest_lock(tmp_path: Path) -> None:
    db = str(tmp_path / "busy.duckdb")
    Store(db).close()
    holder = _hold_lock(db, 2.0)
    try:
        out = subprocess.run([sys.executable, "-m", "diplograph.cli", "actors", "--db", db],
                             env=_env(), capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert out.returncode == 0, out.stderr
    assert "busy" not in out.stderr
