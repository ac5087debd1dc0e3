"""Word tokens with character offsets; hyphens and punctuation separate words."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A run of letters and digits, or two joined by one apostrophe ("O'Brien"). An English
# possessive is not part of the word ("Russia's" is Russia), and its "s" is no word.
WORD_PATTERN = r"(?<![^\W_]['’])[^\W_]+(?:['’](?!s\b)[^\W_]+)?"
_WORD = re.compile(WORD_PATTERN)
# what may stand between a name and the word it owns ("Russia's Tuva republic", "the Workers' …")
POSSESSIVE_GAPS = frozenset({"'s", "\u2019s", "'"})


# Not frozen: a frozen dataclass sets every field through object.__setattr__,
# which made building tokens the largest single cost of extraction.
@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str  # computed once: every rule compares lowercase words
    is_cap: bool


def words(text: str, offset: int = 0) -> list[Token]:
    """The word tokens of ``text``, with offsets shifted by ``offset`` (punctuation is no token)."""
    return [Token(m.start() + offset, m.end() + offset, (w := m.group()), w.lower(), w[0].isupper())
            for m in _WORD.finditer(text)]


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lowercase word sequence a phrase matches on ("Kim Jong-un" → ("kim", "jong", "un"))."""
    return tuple(t.lower for t in words(phrase))
