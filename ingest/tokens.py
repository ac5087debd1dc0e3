"""Word tokens with character offsets; hyphens and punctuation separate words."""

from __future__ import annotations

import re
from dataclasses import dataclass

# An English possessive is not part of the word ("Russia's" is Russia), and its "s" is no word.
_WORD = re.compile(r"(?<![^\W_]['’])[^\W_]+(?:['’](?!s\b)[^\W_]+)?|\.")
# The same word pattern without the full-stop alternative: a "." never joins a
# word, so the words found are exactly those of _WORD minus the stops.
_WORD_ONLY = re.compile(r"(?<![^\W_]['’])[^\W_]+(?:['’](?!s\b)[^\W_]+)?")


# Not frozen: a frozen dataclass sets every field through object.__setattr__,
# which made building tokens the largest single cost of extraction.
@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str  # computed once: every rule compares lowercase words
    is_cap: bool


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (and full stops, which matter for "Sergei K. Shoigu") with absolute offsets."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        out.append(Token(m.start() + offset, m.end() + offset, w, w.lower(), w[:1].isupper()))
    return out


def words(text: str, offset: int = 0) -> list[Token]:
    """The word tokens of :func:`tokenize`, without the full stops (what every rule reads)."""
    return [Token(m.start() + offset, m.end() + offset, (w := m.group()), w.lower(), w[0].isupper())
            for m in _WORD_ONLY.finditer(text)]


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lowercase word sequence a phrase matches on ("Kim Jong-un" → ("kim", "jong", "un"))."""
    return tuple(t.lower for t in words(phrase))
