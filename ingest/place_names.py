"""Places the catalog does not know: named after a word for a kind of place ("the east coast city
of Wonsan", "kota pelabuhan Rajin", "Wonsan, a port city"), or before the kind of site or region
("Knevichi airfield", "Russia's Tuva republic")."""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import Lexicon
from .tokens import POSSESSIVE_GAPS, Token


def pattern_places(lex: Lexicon, words: list[Token], lowers: list[str], busy: list[bool], text: str, base: int,
                   add: Callable[..., None], cues: dict[int, list[int]], new_id: Callable[[str], str]) -> None:
    """"the east coast city of Wonsan", "kota pelabuhan Rajin", "Wonsan, a port city": a place
    the catalog does not know, named after (or apposed to) a word for a kind of place."""
    spots: list[tuple[int, int]] = []
    for i, n, _ in lex.place_words.find_at(words, cues.get(id(lex.place_words), [])):
        k = i + n
        j = k
        while j < len(words) and j - k < 3 and words[j].is_cap and not busy[j] and lowers[j] not in lex.not_names:
            j += 1
        # "Kawasan Wisata Pesisir Wonsan-Kalma": capitalised words that run on into a known place
        # belong to its kind, not to a place of their own
        into_known = j < len(words) and busy[j] and not text[words[j - 1].end - base:words[j].start - base].strip()
        if j > k and not into_known:
            spots.append((k, j))
    for i, n, _ in lex.place_appositions.find_at(words, cues.get(id(lex.place_appositions), [])):
        k = i - 1 if i and lowers[i - 1] in ("a", "an", "sebuah") else i
        if k >= 1 and "," in text[words[k - 1].end - base:words[k].start - base] and words[k - 1].is_cap \
                and not busy[k - 1] and (k < 2 or not words[k - 2].is_cap):
            spots.append((k - 1, k))
    for i, j in spots:
        if True not in busy[i:j]:  # "Wonsan, kota pelabuhan …" may be found both ways
            surface = text[words[i].start - base:words[j - 1].end - base]
            add(i, j, new_id(surface), "Place", "pattern")


def facilities(lex: Lexicon, words: list[Token], lowers: list[str], busy: list[bool], text: str, base: int,
               add: Callable[..., None], cues: dict[int, list[int]], new_id: Callable[[str, str | None], str]) -> None:
    """"Knevichi airfield", "the Yuri Gagarin aircraft plant": a capitalised name, at most one
    lowercase word, then the kind of site; the whole is a place. A region is also called by its
    name alone ("Russia's Tuva republic" is Tuva); a site is not ("Knevichi" is a village)."""
    for i, n, _ in lex.facility_heads.find_at(words, cues.get(id(lex.facility_heads), [])):
        k = i - 1 if i >= 2 and not words[i - 1].is_cap and not busy[i - 1] and words[i - 2].is_cap else i
        j = k
        while j > 0 and k - j < 3 and words[j - 1].is_cap and not busy[j - 1] \
                and lowers[j - 1] not in lex.not_names and not text[words[j - 1].end - base:words[j].start - base].strip():
            j -= 1
        owned = j > 0 and text[words[j - 1].end - base:words[j].start - base].rstrip() in POSSESSIVE_GAPS
        if j == k or True in busy[j:i + n] or (j > 0 and words[j - 1].is_cap and not owned):
            continue  # no name, or one that a longer capitalised run (or a known name) starts
            # ("Russia's Tuva republic": a possessive before the name is no part of it)
        surface = text[words[j].start - base:words[i + n - 1].end - base]
        short = text[words[j].start - base:words[i - 1].end - base] if lowers[i] in lex.region_heads and k == i else None
        add(j, i + n, new_id(surface, short), "Place", "pattern")
