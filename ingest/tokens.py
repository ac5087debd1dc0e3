"""Word tokens with character offsets; hyphens and punctuation separate words."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|\.")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (and full stops, which matter for "Sergei K. Shoigu") with absolute offsets."""
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lowercase word sequence a phrase matches on ("Kim Jong-un" → ("kim", "jong", "un"))."""
    return tuple(t.lower for t in tokenize(phrase) if t.text != ".")
