"""``kg extract`` on bad input: every problem named with its file, the rest still read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.cli import main
from graph.ids import article_id
from graph.model import Article
from ingest.article_facts import ArticleExtractor
from ingest.catalog import load_catalog
from ingest.mentions import EntityRegistry

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "002_8c11e3e474d1488f.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_bad_files_are_reported_and_good_ones_still_extracted(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.txt")
    shutil.copy(SEED, corpus / "same-article-other-name.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_text("   \n\t\n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "cp1252.txt").write_bytes("Menteri Luar Negeri Rusia Sergey Lavrov tiba di Pyongyang – “kunjungan”.".encode("cp1252"))
    (corpus / "utf16.txt").write_bytes("Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Pyongyang.".encode("utf-16"))
    (corpus / "page.txt").write_text("<html><body><p>Kim Jong Un bertemu Vladimir Putin di Vladivostok.</p>"
                                     "<script>alert(1)</script></body></html>", encoding="utf-8")
    out = tmp_path / "graph.json"
    code, _, err = run("extract", str(corpus), str(tmp_path / "missing.txt"), "-o", str(out))
    assert code == 0
    assert "empty.txt" in err and "blank.txt" in err and "binary.txt" in err and "missing.txt" in err
    assert "same-article-other-name.txt" in err  # read once, said so
    doc = json.loads(out.read_text(encoding="utf-8"))
    paths = {Path(a["path"]).name for a in doc["articles"]}
    assert {"cp1252.txt", "utf16.txt", "page.txt"} <= paths
    assert len([p for p in paths if p in ("good.txt", "same-article-other-name.txt")]) == 1
    ids = [f["id"] for f in doc["facts"]]
    assert len(ids) == len(set(ids))
    html = next(a for a in doc["articles"] if a["path"].endswith("page.txt"))
    assert "alert" not in html["text"] and "<p>" not in html["text"]
    names = {e["id"] for e in doc["entities"]}
    assert "person:sergey-lavrov" in names  # the cp1252 file was decoded, not skipped


def test_nothing_usable_exits_non_zero_with_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = run("extract", str(tmp_path / "empty"), "-o", str(tmp_path / "g.json"))
    assert code != 0
    assert "no usable article" in err and "Traceback" not in err
    assert not (tmp_path / "g.json").exists()
    code, _, err = run("extract", str(tmp_path / "nope.txt"))
    assert code != 0 and "nope.txt" in err


def test_large_file_is_read(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text((text + "\n\n") * (10_000_000 // len(text) + 1), encoding="utf-8")
    assert big.stat().st_size > 10_000_000
    code, out, err = run("extract", str(big), "-o", "-", "-q")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["facts"] and len(doc["articles"]) == 1


def test_stdout_output_is_the_json_document(tmp_path: Path) -> None:
    code, out, _ = run("extract", str(SEED), "-o", "-", "-q")
    assert code == 0
    assert json.loads(out)["format"] == "rukp-kg/graph"


_EXTRACTOR = ArticleExtractor(load_catalog(), EntityRegistry(load_catalog()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600)
       | st.lists(st.sampled_from(["Putin", "Kim", "bertemu", "memasok", "peluru", "ke", "Rusia", "dari",
                                   "Korea Utara", "sanksi", "tahun 2009", ",", ".", "akan", "menolak tuduhan",
                                   "Presiden", "kata", "Mr", "dia", "\n", "“", "Wagner", "menggantikan"]),
                  max_size=60).map(" ".join))
def test_random_text_never_crashes_and_spans_slice_to_quotes(text: str) -> None:
    for lang in ("id", "en"):
        article = Article(article_id(text), "random.txt", None, None, "2023-09-13", lang, "", text)
        candidates, _ = _EXTRACTOR.extract(article)
        for c in candidates:
            ev = c.evidence
            assert text[ev.start:ev.end] == ev.quote


def test_undetermined_language_reads_english_cues(tmp_path: Path) -> None:
    # too few function words to tell the language: the article is "und", and English cues still find the meeting
    (tmp_path / "short.txt").write_text("Putin met Kim Jong Un in Vostochny on 13 September 2023.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "-o", "-"])
    doc = json.loads(result.stdout)
    assert doc["articles"][0]["lang"] == "und"
    # the meeting, and Kim's visit to the Russian place it was held at
    assert sorted((f["type"], f["date"]["value"]) for f in doc["facts"]) == [("MET_WITH", "2023-09-13"),
                                                                          ("VISITED", "2023-09-13")]
