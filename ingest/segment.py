"""Sentence segmentation with character offsets into the cleaned text.

Lines are split first (titles and headings end without a full stop), then
sentences at ., ! or ? followed by a space and an upper-case letter or a quote,
except after abbreviations and initials ("Mr.", "Sergei K. Shoigu").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "vs", "u.s", "u.n", "jl", "corp", "inc", "co",
           "ltd", "gen", "col", "lt", "sgt", "capt", "adm", "maj", "brig", "cmdr", "rep", "sen", "gov", "dll", "dsb", "tsb", "a.n", "d.c", "e.g",
           "i.e", "etc", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-Ý])")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def _split_line(line: str, base: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(line):
        stop = m.start()
        # the word just before the stop: its [\w.] characters, scanned backwards
        # (a regex search for it would try every position of the sentence)
        k = stop
        while k > start and (line[k - 1].isalnum() or line[k - 1] in "_."):
            k -= 1
        prev = line[k:stop].lower()
        if prev in _ABBREV or (len(prev) == 1 and prev.isalpha()):
            continue  # "Mr. Kim", "Sergei K. Shoigu"
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    out = []
    for s, e in spans:
        seg = line[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail > lead:  # not blank
            out.append((base + s + lead, base + s + trail))
    return out


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        if line:  # paragraph breaks leave every other line empty
            for s, e in _split_line(line, pos):
                sentences.append(Sentence(len(sentences), s, e, text[s:e]))
        pos += len(line) + 1
    return sentences
