"""ingest.reader on real files: good, odd and hostile input, written to disk."""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.reader import ReadProblem, SourceText, discover, read_source

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
ARTICLE = "Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Vostochny.\nKim tiba dengan kereta."


def ok(result: SourceText | ReadProblem) -> SourceText:
    assert isinstance(result, SourceText), result
    return result


def problem(result: SourceText | ReadProblem, path: Path, *words: str) -> None:
    assert isinstance(result, ReadProblem), result
    assert str(path) in result.message and result.path == str(path)
    assert "\n" not in result.message
    for w in words:
        assert w in result.message.lower(), result.message


def test_seed_articles_read_as_utf8() -> None:
    files = list(discover([ARTICLES]))
    assert [p.name for p in files if isinstance(p, Path)] == sorted(p.name for p in ARTICLES.glob("*.txt"))
    for p in files:
        assert isinstance(p, Path)
        src = ok(read_source(p))
        assert src.encoding == "utf-8" and src.notes == ()
        assert src.sha256 == hashlib.sha256(p.read_bytes()).hexdigest()
        assert "\r" not in src.text and src.text.strip()


def test_crlf_bom_and_nfc(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    decomposed = "Pe\u0301rez"  # e + combining acute
    f.write_bytes(b"\xef\xbb\xbf" + f"Baris satu.\r\nBaris dua {decomposed}.\rTiga".encode())
    src = ok(read_source(f))
    assert src.text == "Baris satu.\nBaris dua P\u00e9rez.\nTiga"
    assert src.sha256 == hashlib.sha256(f.read_bytes()).hexdigest()


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    problem(read_source(empty), empty, "empty")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\r\n  \u00a0\n")
    problem(read_source(blank), blank, "whitespace")


def test_binary_files(tmp_path: Path) -> None:
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(256)) * 40)
    problem(read_source(noise), noise, "binary")
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    problem(read_source(pdf), pdf, "binary", "pdf")
    controls = tmp_path / "controls.txt"
    controls.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50 + b"abc")
    problem(read_source(controls), controls, "binary")


def test_cp1252_latin1_and_utf16(tmp_path: Path) -> None:
    text = "Kim bertemu Putin \u2013 \u201cdiskusi\u201d di Vladivostok, caf\u00e9."
    cp = tmp_path / "cp.txt"
    cp.write_bytes(text.encode("cp1252"))
    src = ok(read_source(cp))
    assert src.text == text and src.encoding == "cp1252"
    assert any("cp1252" in n for n in src.notes)

    latin = tmp_path / "latin.txt"
    latin.write_bytes("Se\u00f1or Kim \x81".encode("latin-1"))  # 0x81 is undefined in cp1252
    src = ok(read_source(latin))
    assert src.encoding == "latin-1" and src.text.startswith("Se\u00f1or Kim")

    for enc, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        f = tmp_path / f"{enc}.txt"
        f.write_bytes(bom + text.encode(enc))
        src = ok(read_source(f))
        assert src.text == text and src.encoding == enc
        assert any("byte-order mark" in n for n in src.notes)

    nobom = tmp_path / "nobom.txt"
    nobom.write_bytes(ARTICLE.encode("utf-16-le"))
    src = ok(read_source(nobom))
    assert src.text == ARTICLE and "no byte-order mark" in src.notes[0]


def test_ten_megabyte_file_is_read_and_the_limit_is_enforced(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    paragraph = (ARTICLE + "\n\n").encode()
    big.write_bytes(paragraph * (10_000_000 // len(paragraph) + 1))
    assert big.stat().st_size > 10_000_000
    src = ok(read_source(big))
    assert src.text.startswith("Presiden Rusia") and len(src.text) > 9_000_000
    problem(read_source(big, max_bytes=1_000_000), big, "limit")


def test_html_page_becomes_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Putin bertemu Kim</title>"
        "<style>p { color: red }</style><script>var tracking = 'Baca Juga';</script></head>"
        "<body><nav>Beranda | Dunia</nav><h1>Putin bertemu Kim</h1>"
        "<p>Kim &amp; Putin bertemu di Vostochny&nbsp;Cosmodrome.</p>"
        "<p>Baris satu<br>baris dua &#8212; selesai.</p><footer>&copy; 2023</footer></body></html>",
        encoding="utf-8",
    )
    src = ok(read_source(page))
    assert "HTML converted to text" in src.notes
    assert src.text == (
        "Putin bertemu Kim\n\nKim & Putin bertemu di Vostochny Cosmodrome.\n\n"
        "Baris satu\nbaris dua \u2014 selesai."
    )
    # HTML saved under .txt is recognised by its content
    disguised = tmp_path / "disguised.txt"
    disguised.write_text("<html><body><p>Satu.</p><p>Dua.</p><div>Tiga.</div></body></html>")
    src = ok(read_source(disguised))
    assert src.text == "Satu.\n\nDua.\n\nTiga." and "HTML converted to text" in src.notes
    empty_page = tmp_path / "empty.html"
    empty_page.write_text("<html><head><script>x()</script></head><body></body></html>")
    problem(read_source(empty_page), empty_page, "no visible text")


def test_unreadable_file(tmp_path: Path) -> None:
    base = Path(tempfile.mkdtemp(prefix="rukp-perm-"))
    try:
        base.chmod(0o755)
        secret = base / "secret.txt"
        secret.write_text(ARTICLE)
        secret.chmod(0)
        if os.geteuid() != 0:
            problem(read_source(secret), secret, "permission denied")
            return
        # root reads anything: check in a child that has dropped to an unprivileged user
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            try:
                os.close(r)
                os.setgid(65534)
                os.setuid(65534)
                res = read_source(secret)
                msg = res.message if isinstance(res, ReadProblem) else "READ:" + res.text[:20]
                os.write(w, msg.encode())
            finally:
                os._exit(0)
        os.close(w)
        with os.fdopen(r) as fh:
            message = fh.read()
        os.waitpid(pid, 0)
        assert str(secret) in message and "permission denied" in message, message
    finally:
        secret.chmod(stat.S_IRUSR | stat.S_IWUSR)
        secret.unlink()
        base.rmdir()


def test_directory_passed_to_read_source(tmp_path: Path) -> None:
    problem(read_source(tmp_path), tmp_path, "directory")


def test_discover_missing_empty_dirs_and_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE)
    (tmp_path / "a" / "1.md").write_text(ARTICLE)
    (tmp_path / "a" / "0.HTML").write_text("<p>x</p>")
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("hidden")
    (tmp_path / ".hidden.txt").write_text("hidden")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "image.png").write_bytes(b"\x89PNG")
    missing = tmp_path / "nope.txt"
    explicit = tmp_path / "a" / "notes.pdf"

    out = list(discover([tmp_path, missing, empty, explicit, tmp_path / "b" / "2.txt"]))
    paths = [p for p in out if isinstance(p, Path)]
    problems = [p for p in out if isinstance(p, ReadProblem)]
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "a/0.HTML", "a/1.md", "b/2.txt", "a/notes.pdf",  # named files are read whatever their extension
    ]
    assert len(problems) == 2
    problem(problems[0], missing, "no such file")
    problem(problems[1], empty, "no article files")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2048))
def test_random_bytes_never_raise(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "random.txt"
    f.write_bytes(data)
    result = read_source(f)
    if isinstance(result, SourceText):
        assert result.text.strip()
        assert "\r" not in result.text
        assert result.sha256 == hashlib.sha256(data).hexdigest()
    else:
        assert str(f) in result.message
