"""Named ships: "the Russian-flagged cargo ship Angara", "kapal kargo berbendera Rusia Angara dan
Lady R"; later in the same article the bare name ("Angara berulang kali berlayar …") and the ship
words that point back ("Kedua kapal tersebut", "the vessel").

Sanctions lists name vessels as often as firms, and no catalog can list them all, so they are
found by the word for a ship before the name. A ship is no actor: it is sanctioned, it does not
supply, meet or sanction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .lexicon import LIST_JOINS, Lexicon, PhraseSet
from .tokens import Token

if TYPE_CHECKING:
    from .mentions import ArticleContext

VESSEL = "Vessel"
_MAX_NAME_WORDS = 3
_GAPS = frozenset({" ", "-"})  # "Lady R", "Maia-1": one name
_BOTH = frozenset({"kedua", "both", "two"})  # "kedua kapal tersebut", "the two ships"


def _name_end(words: list[Token], k: int, busy: list[bool], text: str, base: int, titles: PhraseSet) -> int:
    """One past the last word of the ship's name starting at word k (k when there is none): capitalised
    words ("Sea Falcon", "Karya Laut": words that elsewhere are no names), and numbers inside the
    name ("Sparta IV", "Maia-1"); a title starts no ship's name ("kapal Presiden …")."""
    if k < len(words) and titles.match_at(words, k):
        return k
    j = k
    while j < len(words) and j - k < _MAX_NAME_WORDS and not busy[j]:
        w = words[j]
        if j > k and text[words[j - 1].end - base:w.start - base] not in _GAPS:
            break
        if not (w.is_cap or (j > k and w.text.isdigit())):
            break
        j += 1
    return j


def _points_back(lex: Lexicon, lowers: list[str], i: int, n: int) -> bool:
    """"kapal tersebut", "the vessel": a ship word that means a ship already named."""
    if lex.lang == "id":
        return i + n < len(lowers) and lowers[i + n] in lex.demonstratives
    return any(lowers[k] in lex.demonstratives or lowers[k] in _BOTH for k in range(max(0, i - 2), i))


def find_vessels(lex: Lexicon, words: list[Token], lowers: list[str], busy: list[bool], states: set[int],
                 text: str, base: int, cues: dict[int, list[int]], ctx: ArticleContext,
                 add: Callable[..., None], new_id: Callable[[str], str]) -> None:
    """Add a mention for every ship the sentence names after a ship word, for every name of a ship
    an earlier sentence named, and for ship words that point back to the ships named last.
    ``states``: words of catalog state names (a flag: "kapal kargo Rusia Angara")."""
    known = ctx.vessels
    named: list[str] = []
    for i, n, number in lex.vessel_nouns.find_at(words, cues.get(id(lex.vessel_nouns), [])):
        k = i + n
        if k < len(words) and lowers[k] in lex.flag_words:  # "berbendera Rusia"
            k += 1
        while k < len(words) and k in states:
            k += 1
        if k < len(words) and any(q in text[words[k - 1].end - base:words[k].start - base] for q in "'’"):
            continue  # "the ship's Kalibr cruise missiles": what the ship carries
        j = _name_end(words, k, busy, text, base, lex.titles)
        if j == k:
            if ctx.last_vessels and not busy[i] and _points_back(lex, lowers, i, n):
                plural = number == "many" or (i > 0 and lowers[i - 1] in _BOTH)
                for eid in ctx.last_vessels if plural else ctx.last_vessels[-1:]:
                    add(i, i + n, eid, VESSEL, "coref")
            continue
        if number == "many" and not (j + 1 < len(words) and lowers[j] in LIST_JOINS
                                     and _name_end(words, j + 1, busy, text, base, lex.titles) > j + 1):
            continue
        while j > k:
            surface = text[words[k].start - base:words[j - 1].end - base]
            eid = new_id(surface)
            known[tuple(lowers[k:j])] = eid
            named.append(eid)
            add(k, j, eid, VESSEL, "pattern")
            # "kapal kargo Angara dan Lady R": a second name joined to the first is a ship too
            if not (j + 1 < len(words) and lowers[j] in LIST_JOINS and words[j + 1].is_cap):
                break
            k = j + 1
            j = _name_end(words, k, busy, text, base, lex.titles)
    if known:
        for k, low in enumerate(lowers):
            if busy[k] or not words[k].is_cap:
                continue
            for name, eid in known.items():
                if name[0] == low and tuple(lowers[k:k + len(name)]) == name and True not in busy[k:k + len(name)]:
                    add(k, k + len(name), eid, VESSEL, "pattern")
                    named.append(eid)
                    break
    if named:
        ctx.last_vessels = list(dict.fromkeys(named))
