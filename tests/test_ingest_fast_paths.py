"""The extractor's fast paths find exactly what the plain scans they replace find.

Each test runs a straightforward reference version of a lookup next to the
indexed one, over every sentence of the sample articles and a few awkward
strings, and asks for the same answer.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from ingest.catalog import Catalog, CatalogEntry, load_catalog
from ingest.clean import clean_article
from ingest.dates import _TRIGGER_WORDS, _word_triggers
from ingest.lexicon import PhraseSet, _phrase_sets, cue_starts, load_lexicon
from ingest.segment import Sentence, split_sentences
from ingest.sentence_view import SentenceView
from ingest.tokens import WORD_PATTERN, Token, words

ROOT = Path(__file__).resolve().parent.parent
AWKWARD = [
    "o'tahun dua'lima x_tahun tahun's tahun’dua dua-tiga tahun2023 (tahun) ago one year ago Tahun TAHUN",
    "Rudal balistiknya, kata Mr. Kim; (AS) dan as: Amerika Serikat — Korea Utara – Rusia.",
    "'tahun' tahun' dua’ Sergei K. Shoigu, e.g. U.S. Dept. of State; Kremlin (Rusia).",
]


def _sentences() -> list[Sentence]:
    texts = [clean_article(p.read_text(encoding="utf-8")).text
             for folder in (ROOT / "data" / "articles", ROOT / "tests" / "data") for p in sorted(folder.glob("*.txt"))]
    return [s for t in [*texts, *AWKWARD] for s in split_sentences(t)]


SENTENCES = _sentences()


def _tokens_with_stops(text: str, offset: int) -> list[tuple[int, int, str, str, bool]]:
    """The earlier tokenizer, which also made a token of every full stop."""
    return [(m.start() + offset, m.end() + offset, m.group(), m.group().lower(), m.group()[:1].isupper())
            for m in re.finditer(WORD_PATTERN + r"|\.", text)]


def test_words_are_tokens_without_full_stops() -> None:
    for s in SENTENCES:
        assert [(w.start, w.end, w.text, w.lower, w.is_cap) for w in words(s.text, s.start)] == \
            [t for t in _tokens_with_stops(s.text, s.start) if t[2] != "."]


def _plain_word_triggers(text: str, lang: str) -> list[int]:
    """Where a lower-case date trigger word stands as a whole run of letters and digits, by text search."""
    out = []
    for word in _TRIGGER_WORDS[lang]:
        p = text.find(word)
        while p != -1:
            q = p + len(word)
            if (p == 0 or not text[p - 1].isalnum()) and (q >= len(text) or not text[q].isalnum()):
                out.append(p)
            p = text.find(word, q)
    return out


@pytest.mark.parametrize("lang", ["id", "en", "und"])
def test_date_triggers_from_tokens_match_the_text_scan(lang: str) -> None:
    for s in SENTENCES:
        found = _word_triggers(s.text, words(s.text, s.start), s.start, frozenset(_TRIGGER_WORDS[lang]))
        assert sorted(found) == sorted((p, "word") for p in _plain_word_triggers(s.text, lang))


def _plain_find(ps: PhraseSet, ws: list[Token], lo: int = 0, hi: int | None = None) -> list[tuple[int, int, Any]]:
    """Longest phrase at each word, left to right, without any index."""
    hi = len(ws) if hi is None else min(hi, len(ws))
    keys = sorted(ps.values, key=len, reverse=True)
    out, i = [], max(lo, 0)
    while i < hi:
        key = next((k for k in keys if i + len(k) <= hi and tuple(w.lower for w in ws[i:i + len(k)]) == k), None)
        if key:
            out.append((i, len(key), ps.values[key]))
            i += len(key)
        else:
            i += 1
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_phrase_sets_find_what_a_plain_scan_finds(lang: str) -> None:
    sets = _phrase_sets(load_lexicon(lang))
    for s in SENTENCES:
        ws = words(s.text, s.start)
        starts = cue_starts(lang, [w.lower for w in ws])
        for ps in sets:
            expected = _plain_find(ps, ws)
            assert ps.find(ws) == expected
            assert ps.find_at(ws, starts.get(id(ps), [])) == expected
            assert ps.find(ws, 2, len(ws) - 1) == _plain_find(ps, ws, 2, len(ws) - 1)


def _plain_lookup(catalog: Catalog, ws: list[Token]) -> list[tuple[int, int, str]]:
    """The alias lookup as first written: every length at every word, case rules worked out per match."""
    def case_ok(span: list[Token], original: tuple[str, ...]) -> bool:
        flat = [p for o in original for p in o.replace(".", " ").split()] or list(original)
        if len(flat) == len(span):
            for w, o in zip(span, flat):
                if o.isupper() and len(o) <= 6 and w.text != o:
                    return False
        if original and original[0][:1].isupper():
            return span[0].text[:1].isupper()
        return True

    lowers = [catalog._base(w.lower) for w in ws]

    def best_at(i: int) -> tuple[int, int, CatalogEntry | None] | None:
        best = None
        for n in range(1, min(8, len(ws) - i) + 1):
            key = tuple(lowers[i:i + n])
            if key not in catalog._prefixes:
                break
            for entry, original in catalog._index.get(key, ()):
                if entry is None or case_ok(ws[i:i + n], original):
                    best = (i, n, entry)
                    break
        return best

    hits: list[tuple[int, int, CatalogEntry | None]] = []
    i = 0
    while i < len(ws):
        best = best_at(i)
        later = best_at(i + 1) if best and best[1] > 1 and i + 1 < len(ws) else None
        if best and later and later[0] + later[1] > i + best[1]:
            best = None  # a longer name starts inside this one
        if best:
            hits.append(best)
            i += best[1]
        else:
            i += 1
    return [(i, n, e.id) for i, n, e in hits if e is not None]


def test_catalog_lookup_matches_the_plain_lookup() -> None:
    catalog = load_catalog()
    for s in SENTENCES:
        ws = words(s.text, s.start)
        assert [(h.start, h.length, h.entry.id if h.entry else "") for h in catalog.lookup(ws)] == \
            _plain_lookup(catalog, ws)


def test_clause_breaks_and_word_positions_match_the_gap_scan() -> None:
    lex, catalog = load_lexicon("id"), load_catalog()
    for s in SENTENCES:
        ws = words(s.text, s.start)
        view = SentenceView("article:x", s, ws, [], [], lex, catalog)
        gaps = [s.text[ws[k - 1].end - s.start:ws[k].start - s.start] for k in range(1, len(ws))]
        breaks = [False] + [any(c in ",;:()–—" for c in g) or w.lower in lex.clause_words for g, w in zip(gaps, ws[1:])]
        assert [view.clause_start(k) for k in range(len(ws))] == \
            [max([j for j in range(k + 1) if breaks[j]] + [0]) for k in range(len(ws))]
        for char in range(s.start - 1, s.end + 2):
            assert view.word_at(char) == next((k for k, w in enumerate(ws) if w.end > char), len(ws) - 1)


def test_sentence_stops_after_abbreviations_match_the_regex() -> None:
    for s in SENTENCES:
        for m in re.finditer(r"[.!?…]", s.text):
            k = m.start()
            while k > 0 and (s.text[k - 1].isalnum() or s.text[k - 1] in "_."):
                k -= 1
            found = re.search(r"([\w.]+)$", s.text[:m.start()])
            assert s.text[k:m.start()] == (found.group(1) if found else "")


@pytest.mark.parametrize("name", ["catalog.yaml", "lexicon.yaml"])
def test_libyaml_reads_the_data_files_as_the_python_loader_does(name: str) -> None:
    from ingest.data_files import load_data

    text = (ROOT / "ingest" / "data" / name).read_text(encoding="utf-8")
    assert load_data(name) == yaml.safe_load(text)
