"""ingest.clean on the five seed articles, English page furniture and random text."""

from __future__ import annotations

import pytest

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean import CleanArticle, clean_article

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def seed(prefix: str) -> tuple[str, CleanArticle]:
    path = next(ARTICLES.glob(f"{prefix}_*.txt"))
    raw = path.read_text(encoding="utf-8")
    return raw, clean_article(raw, str(path))


def kinds(c: CleanArticle) -> list[str]:
    return [r.split(":", 1)[0] for r in c.removed]


def test_seed_000_has_no_title_and_loses_nothing() -> None:
    raw, c = seed("000")
    assert c.title is None and c.publisher is None and c.published is None
    assert c.removed == ()
    assert c.text.startswith("Besok, 13 September, pertemuan tatap muka")
    # subheadings are part of the article
    assert "\nSanksi\n" in c.text and "\nMenukarkan?\n" in c.text
    assert c.text.endswith("kekhawatiran tersebut bukannya tidak berdasar.")


def test_seed_001_furniture() -> None:
    raw, c = seed("001")
    assert c.title == (
        "Pemimpin Korea Utara Kim Jong Un Bertemu Vladimir Putin di Rusia, "
        "Bahas Kerja Sama Militer dan Bantuan Makanan"
    )
    assert c.text.startswith(c.title + "\n\nPemimpin Korea Utara Kim Jong Un bertemu dengan")
    assert kinds(c) == ["related-link", "related-link", "script", "comments"]
    for gone in ("Baca Juga", "Script", "after post", "Komentar", "Invasi Rusia Ukraina, Pudarnya"):
        assert gone not in c.text
    assert "Yang Uk, seorang peneliti di Asian Institute for Policy Studies" in c.text
    assert c.text.endswith("yang kemudian dapat memicu sanksi tambahan.\u201d")
    assert c.published is None  # the article gives no date of its own


def test_seed_002_outlet_prefix_and_cited_publication_date() -> None:
    raw, c = seed("002")
    assert c.publisher == "KABARBURSA.COM" and c.dateline is None
    assert c.text.startswith("Kunjungan bersejarah Presiden Rusia Vladimir Putin ke Pyongyang")
    assert (c.published, c.published_precision) == ("2024-06-19", "day")
    assert c.title is None
    assert "Seperti dinukil reuters, Rabu 19 Juni 2024." in c.text  # kept: it is the article's sentence
    assert "\nBangun Ekonomi Militer\n" in c.text


def test_seed_003_timestamp_repeats_prefix_and_end_mark() -> None:
    raw, c = seed("003")
    assert c.title == "Kim Jon-un Akan Bertemu Putin Bahas Senjata"
    assert (c.published, c.published_precision) == ("2023-09-05", "day")
    assert c.publisher == "NUSADAILY.COM" and c.dateline == "PYONGYANG"
    assert kinds(c) == ["timestamp", "outlet-prefix", "duplicate-title", "duplicate-paragraph", "end-mark"]
    assert c.text.count("Kim Jon-un Akan Bertemu Putin Bahas Senjata") == 1
    assert c.text.count("Rusia dikabarkan tengah mencari lebih banyak persenjataan") == 1
    assert "Sep 5, 2023" not in c.text and "NUSADAILY" not in c.text
    assert c.text.endswith("pemulihan Kekaisaran Rusia.")
    paragraphs = c.text.split("\n\n")
    assert paragraphs[0] == c.title
    assert paragraphs[1].startswith("Rusia dikabarkan") and paragraphs[2].startswith("\u201cPerjalanan")


def test_seed_004_untouched() -> None:
    raw, c = seed("004")
    assert c.removed == () and c.title is None
    assert c.text == raw.strip()


ENGLISH_PAGE = """Home > World > Asia Pacific
Putin and Kim Hold Talks at Russian Spaceport
By Andrew Osborn and Guy Faulconbridge
Published 13 September 2023

VOSTOCHNY COSMODROME, Russia (Reuters) - Russian President Vladimir Putin said on Wednesday he saw possibilities for military cooperation with North Korea.
Advertisement
Read more: Kim arrives in Russia by armoured train
Related to the summit, Kim said Russia was engaged in a "sacred fight" against the West.
Kim Jong Un invited Putin to visit North Korea, state media said.ADVERTISEMENT
Share this article
Facebook Twitter WhatsApp
Sign up for our newsletter to get the latest news from Asia
Reporting by Andrew Osborn; Editing by Alex Richardson
Our Standards: The Thomson Reuters Trust Principles.
\u00a9 2023 Reuters. All rights reserved.
"""


def test_english_news_furniture() -> None:
    c = clean_article(ENGLISH_PAGE)
    assert c.title == "Putin and Kim Hold Talks at Russian Spaceport"
    assert (c.publisher, c.dateline) == ("Reuters", "VOSTOCHNY COSMODROME")
    assert (c.published, c.published_precision) == ("2023-09-13", "day")
    assert c.text == (
        "Putin and Kim Hold Talks at Russian Spaceport\n\n"
        "Russian President Vladimir Putin said on Wednesday he saw possibilities for military "
        "cooperation with North Korea.\n"
        'Related to the summit, Kim said Russia was engaged in a "sacred fight" against the West.\n'
        "Kim Jong Un invited Putin to visit North Korea, state media said."
    )
    assert set(kinds(c)) >= {
        "breadcrumb", "byline", "timestamp", "outlet-prefix", "advertisement", "related-link",
        "share", "newsletter", "credit", "copyright",
    }


def test_indonesian_portal_shapes() -> None:
    raw = (
        "Putin Tiba di Pyongyang\n\n"
        "Rabu, 19 Juni 2024 | 10:15 WIB\n"
        "Oleh: Budi Santoso\n\n"
        "JAKARTA, KOMPAS.com - Presiden Rusia Vladimir Putin tiba di Pyongyang, Rabu (19/6/2024).\n\n"
        "BACA JUGA: Kim Jong Un Sambut Putin di Bandara\n\n"
        "Kunjungan ini merupakan yang pertama dalam 24 tahun.Baca juga: Rusia dan Korut Teken Pakta\n\n"
        "Halaman 1 2 3 Selanjutnya\n"
        "Editor: Sari Dewi\n"
        "Ikuti berita terkini di Google News\n"
        "Tags: Putin, Kim Jong Un\n"
        "(ant/rmn)\n"
    )
    c = clean_article(raw)
    assert c.title == "Putin Tiba di Pyongyang"
    assert (c.publisher, c.dateline) == ("KOMPAS.com", "JAKARTA")
    assert (c.published, c.published_precision) == ("2024-06-19", "day")
    assert c.text == (
        "Putin Tiba di Pyongyang\n\n"
        "Presiden Rusia Vladimir Putin tiba di Pyongyang, Rabu (19/6/2024).\n\n"
        "Kunjungan ini merupakan yang pertama dalam 24 tahun."
    )


@pytest.mark.parametrize("stamp, published, publisher", [
    ("CNN Indonesia | Jumat, 20 Oktober 2023", "2023-10-20", "CNN Indonesia"),
    ("ANTARA - Selasa, 5 November 2024 11:20 WIB", "2024-11-05", "ANTARA"),
    ("Kompas.com, 23 November 2024", "2024-11-23", "Kompas.com"),
    ("UNITED NATIONS, March 28, 2024 (Reuters)", "2024-03-28", "Reuters"),
    ("Yonhap News Agency — SEOUL, July 28, 2025", "2025-07-28", "Yonhap News Agency"),
    ("VLADIVOSTOK, Russia (AP) — Sept. 17, 2023", "2023-09-17", "AP"),
    ("December 17, 2024 4:05 AM GMT+9", "2024-12-17", None),
])
def test_a_dateline_under_the_title_dates_the_article(stamp: str, published: str, publisher: str | None) -> None:
    # outlet and place words around a full date under the title
    raw = f"Putin and Kim meet again\n\n{stamp}\n\nPutin met Kim Jong Un on Tuesday in a long session of talks."
    c = clean_article(raw)
    assert (c.published, c.published_precision, c.publisher) == (published, "day", publisher)
    if stamp[:1].isupper() and stamp.split(",")[0].isupper():
        assert stamp in c.text  # read, not removed: its place words say where the story was filed


def test_a_subtitle_with_a_date_is_no_dateline() -> None:
    raw = "Putin and Kim meet again\n\nPutin visits Pyongyang on June 19, 2024\n\nThe talks lasted five hours."
    c = clean_article(raw)
    assert c.published is None and "Putin visits Pyongyang on June 19, 2024" in c.text


def test_teaser_and_end_initials() -> None:
    lead = "Presiden Rusia Vladimir Putin tiba di Pyongyang untuk kunjungan kenegaraan dua hari"
    raw = f"{lead[:60]}...\n\n{lead}.\n\nKim menyambutnya di bandara. (ant)"
    c = clean_article(raw)
    assert c.text == f"{lead}.\n\nKim menyambutnya di bandara."
    assert kinds(c) == ["teaser", "end-mark"]


def test_sentences_that_look_like_furniture_are_kept() -> None:
    raw = (
        "Related to this, the minister said the talks would continue.\n"
        "Share prices in Seoul fell after the meeting.\n"
        "Komentar Putin soal sanksi memicu reaksi keras dari Washington.\n"
        "Sumber di Kremlin mengatakan pertemuan berlangsung lama."
    )
    c = clean_article(raw)
    assert c.text == raw and c.removed == ()


def test_empty_input() -> None:
    c = clean_article("")
    assert c == CleanArticle("", None, None, None, None, None, ())


INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")  # dropped by the cleaner
PROSE_WORDS = ["Putin", "Kim", "bertemu", "dengan", "di", "Rusia", "yang", "akan", "membahas",
               "senjata", "and", "the", "talks", "sanksi", "Korea", "Utara", "2023", "pada"]
FURNITURE = ["Baca Juga: Berita lain", "Komentar", "Share this article", "Advertisement",
             "Script \u2116 123 after post", "\u00a9 2024 Reuters", "Tags: Kim, Putin",
             "Read more: something else", "Facebook Twitter"]


@settings(max_examples=150, deadline=None)
@given(
    paragraphs=st.lists(
        st.lists(st.sampled_from(PROSE_WORDS), min_size=8, max_size=30).map(
            lambda ws: " ".join(ws) + "."
        ),
        min_size=1, max_size=6, unique=True,
    ),
    furniture=st.lists(st.sampled_from(FURNITURE), max_size=4),
    seps=st.lists(st.sampled_from(["\n", "\n\n"]), min_size=12, max_size=12),
)
def test_prose_is_kept_and_furniture_goes(paragraphs: list[str], furniture: list[str], seps: list[str]) -> None:
    lines = paragraphs[:1] + furniture + paragraphs[1:]
    raw = "".join(line + seps[i % len(seps)] for i, line in enumerate(lines))
    c = clean_article(raw)
    for p in paragraphs:
        assert p in c.text
    for f in furniture:
        assert f not in c.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=600))
def test_random_text_never_crashes_and_only_removes(text: str) -> None:
    c = clean_article(text)
    visible = "".join(ch for ch in text if ch not in INVISIBLE)
    flat = " ".join(visible.split())
    for line in c.text.split("\n"):
        if line:
            assert " ".join(line.split()) in flat
    if c.title is not None:
        assert c.text.split("\n", 1)[0] == c.title
