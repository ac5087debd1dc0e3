"""Find article files and read them into clean Unicode text, whatever they are.

Every failure is a :class:`ReadProblem` with a one-line message naming the
file; nothing here raises for bad input.

What counts as an article in a directory: files ending in ``.txt``, ``.text``,
``.md``, ``.html`` or ``.htm`` (case-insensitive), found recursively, hidden
files and directories (name starting with ".") skipped, in sorted order of
their path so runs are deterministic. A file named explicitly on the command
line is read whatever its extension.

Decoding: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); otherwise UTF-16
without BOM when the NUL bytes sit at every other position; otherwise UTF-8,
then cp1252, then latin-1 (which accepts any byte). A file whose text is mostly
control characters, or that starts with a known binary signature, is refused
as binary. HTML (by extension or by content) is converted to text: scripts,
styles and navigation dropped, entities unescaped, block elements turned into
paragraph breaks. Newlines become "\\n", a leading BOM is dropped and the text
is NFC-normalised.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class SourceText:
    path: str
    text: str
    sha256: str  # of the raw bytes
    encoding: str
    notes: tuple[str, ...]  # e.g. "decoded as cp1252", "HTML converted to text"


@dataclass(frozen=True)
class ReadProblem:
    path: str
    message: str  # one line, names the file


# ---------------------------------------------------------------- discovery


def _is_article(name: str) -> bool:
    return name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")


def discover(paths: Sequence[str | Path]) -> Iterator[Path | ReadProblem]:
    """Article files under ``paths``: files as given, directories recursively.

    A path given twice (or a file reached through two arguments) is yielded once.
    """
    seen: set[str] = set()

    def once(p: Path) -> bool:
        try:
            key = str(p.resolve())
        except OSError:
            key = str(p)
        if key in seen:
            return False
        seen.add(key)
        return True

    for raw in paths:
        path = Path(raw)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            yield ReadProblem(str(path), f"{path}: cannot access ({exc.strerror or exc})")
            continue
        if not exists:
            yield ReadProblem(str(path), f"{path}: no such file or directory")
            continue
        if not is_dir:
            if once(path):
                yield path
            continue
        found: list[Path] = []
        errors: list[OSError] = []
        for dirpath, dirnames, filenames in os.walk(path, onerror=errors.append):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            found.extend(Path(dirpath) / f for f in filenames if _is_article(f))
        for err in errors:
            where = err.filename or path
            yield ReadProblem(str(where), f"{where}: cannot list directory ({err.strerror or err})")
        if not found:
            if not errors:
                yield ReadProblem(
                    str(path),
                    f"{path}: directory contains no article files "
                    f"({', '.join('*' + s for s in ARTICLE_SUFFIXES)})",
                )
            continue
        for f in sorted(found, key=lambda p: p.relative_to(path).as_posix()):
            if once(f):
                yield f


# ---------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office (OLE) document"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"RIFF", "RIFF media file"),
    (b"SQLite format 3", "SQLite database"),
)
# C0 control characters other than tab, newline, carriage return and form feed.
# (C1 controls are left out: latin-1 fallback text may legitimately contain them.)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE = 65536


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on every other byte (ASCII-range text)."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    if odd_nul >= 0.4 * half and even_nul <= 0.05 * half:
        return "utf-16-le"
    if even_nul >= 0.4 * half and odd_nul <= 0.05 * half:
        return "utf-16-be"
    return None


def _decode(data: bytes) -> tuple[str, str, list[str]] | str:
    """(text, encoding, notes), or a reason the bytes are not text."""
    for sig, kind in _SIGNATURES:
        if data.startswith(sig):
            return f"binary file ({kind})"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as exc:
                return f"starts with a {enc.upper()} byte-order mark but is not valid {enc.upper()} ({exc.reason} at byte {exc.start + len(bom)})"
            notes = [] if enc == "utf-8" else [f"decoded as {enc.upper()} (byte-order mark)"]
            return text, enc, notes
    if b"\x00" in data:
        enc16 = _utf16_without_bom(data)
        if enc16 is None:
            return "binary file (contains NUL bytes)"
        try:
            return data.decode(enc16), enc16, [f"decoded as {enc16.upper()} (no byte-order mark)"]
        except UnicodeDecodeError:
            return "binary file (contains NUL bytes)"
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", ["decoded as cp1252 (not valid UTF-8)"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", ["decoded as latin-1 (not valid UTF-8 or cp1252)"]


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    return "\x00" in sample or len(_CONTROL.findall(sample)) > max(2, 0.05 * len(sample))


# ---------------------------------------------------------------- HTML

_HTML_HINT = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|br|span|article|section|h[1-6]|script|style|meta|title|a\s)\b",
    re.I,
)
_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "aside", "form", "button",
     "iframe", "select", "option", "head", "object", "canvas", "footer"}
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
     "article", "section", "header", "main", "blockquote", "pre", "figure", "figcaption",
     "dd", "dt", "dl", "hr", "address", "caption", "summary", "details"}
)
_VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area",
                        "base", "col", "embed", "param", "track"})


def _looks_html(text: str) -> bool:
    head = text[:20000]
    # only the start is compared: lowercasing the whole head cost more than the rest of reading
    stripped = head.lstrip()[:32].lower()
    if stripped.startswith(("<!doctype html", "<html")):
        return True
    return len(_HTML_HINT.findall(head)) >= 3


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0
        self.in_title = False
        self.title: list[str] = []

    def _flush(self) -> None:
        chunk = "".join(self.current)
        self.current = []
        if self.pre_depth:
            lines = [ln.rstrip() for ln in chunk.split("\n")]
            chunk = "\n".join(lines).strip("\n")
        else:
            chunk = " ".join(chunk.split())
        if chunk.strip():
            self.blocks.append(chunk)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _SKIP_TAGS:
            if tag not in _VOID_TAGS:
                self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "br":
            self.current.append("\n" if self.pre_depth else "\x00BR\x00")
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag == "pre":
                self.pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip_depth:
            self.current.append("\n" if self.pre_depth else "\x00BR\x00")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP_TAGS:
            if self.skip_depth:
                self.skip_depth -= 1
            return
        if self.skip_depth:
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag == "pre" and self.pre_depth:
                self.pre_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip_depth:
            self.current.append(data)

    def text(self) -> str:
        self._flush()
        # <br> inside a paragraph is a line break, not a paragraph break
        blocks = [
            "\n".join(part.strip() for part in b.split("\x00BR\x00") if part.strip())
            for b in self.blocks
        ]
        blocks = [b for b in blocks if b]
        title = " ".join("".join(self.title).split())
        if title and not any(title in b for b in blocks[:3]):
            blocks.insert(0, title)
        return "\n\n".join(blocks)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page with paragraph breaks; never raises."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; stay safe on odd input
        pass
    return parser.text()


# ---------------------------------------------------------------- reading

_NEWLINES = re.compile(r"\r\n?|\u2028|\x85")


def _normalise(text: str) -> str:
    text = _NEWLINES.sub("\n", text)
    text = text.replace("\u2029", "\n\n")
    text = text.lstrip("\ufeff")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _size_mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def read_source(path: Path, max_bytes: int = 20_000_000) -> SourceText | ReadProblem:
    """Read one article file; any failure is a ReadProblem naming the file."""
    name = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        return ReadProblem(name, f"{name}: no such file")
    except PermissionError:
        return ReadProblem(name, f"{name}: permission denied")
    except OSError as exc:
        return ReadProblem(name, f"{name}: cannot access ({exc.strerror or exc})")
    if stat.S_ISDIR(st.st_mode):  # the stat above already says so: no second system call
        return ReadProblem(name, f"{name}: is a directory, not an article file")
    if st.st_size > max_bytes:
        return ReadProblem(
            name, f"{name}: file is {_size_mb(st.st_size)}, over the {_size_mb(max_bytes)} limit"
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        return ReadProblem(name, f"{name}: permission denied (cannot read the file)")
    except IsADirectoryError:
        return ReadProblem(name, f"{name}: is a directory, not an article file")
    except OSError as exc:
        return ReadProblem(name, f"{name}: cannot read ({exc.strerror or exc})")
    if len(data) > max_bytes:  # grew since stat, or a special file
        return ReadProblem(name, f"{name}: file is over the {_size_mb(max_bytes)} limit")
    if not data:
        return ReadProblem(name, f"{name}: empty file (0 bytes)")
    sha = hashlib.sha256(data).hexdigest()
    decoded = _decode(data)
    if isinstance(decoded, str):
        return ReadProblem(name, f"{name}: {decoded}; not read")
    text, encoding, notes = decoded
    if _looks_binary(text):
        return ReadProblem(name, f"{name}: binary file (mostly control characters); not read")
    text = _normalise(text)
    if not text.strip():
        return ReadProblem(name, f"{name}: contains only whitespace")
    if path.suffix.lower() in HTML_SUFFIXES or _looks_html(text):
        text = html_to_text(text)
        notes.append("HTML converted to text")
        if not text.strip():
            return ReadProblem(name, f"{name}: HTML page with no visible text")
    return SourceText(name, text, sha, encoding, tuple(notes))
