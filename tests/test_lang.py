"""ingest.lang: Indonesian, English, undetermined."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.lang import detect_language

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.name)
def test_seed_articles_are_indonesian(path: Path) -> None:
    assert detect_language(path.read_text(encoding="utf-8")) == "id"


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny "
        "cosmodrome on Wednesday, and the Kremlin said the talks were substantive.",
        "North Korea has been under UN sanctions since 2006 for its nuclear tests, which ban "
        "exports of coal, iron and seafood to the rest of the world.",
    ],
)
def test_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_short_indonesian_sentence() -> None:
    assert detect_language("Kim akan bertemu dengan Putin di Vladivostok pada bulan ini.") == "id"


def test_indonesian_with_an_english_quote_stays_indonesian() -> None:
    text = (
        "Menurut pejabat AS, Korea Utara telah memasok peluru artileri kepada Rusia. "
        "\u201cThe talks are advancing,\u201d kata Kirby. Dia mengatakan bahwa kerja sama "
        "itu akan berlanjut dan tidak akan berhenti dalam waktu dekat."
    )
    assert detect_language(text) == "id"


@pytest.mark.parametrize("text", ["", "   ", "12345 !!! 2023", "Kim Jong Un Vladimir Putin", "\u0420\u043e\u0441\u0441\u0438\u044f"])
def test_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_random_text_gives_a_known_code(text: str) -> None:
    assert detect_language(text) in {"id", "en", "und"}
