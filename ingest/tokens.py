"""Word tokens with character offsets; hyphens and punctuation separate words."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|\.")


@dataclass(frozen=True, slots=True)
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


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lowercase word sequence a phrase matches on ("Kim Jong-un" → ("kim", "jong", "un"))."""
    return tuple(t.lower for t in tokenize(phrase) if t.text != ".")
