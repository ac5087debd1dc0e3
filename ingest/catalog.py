"""The curated entity catalog (data/catalog.yaml) and the UN resolution reference,
with a word n-gram index for fast, longest-first lookup of aliases."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

from graph.model import Entity

from .data_files import load_data
from .tokens import Token, phrase_key

MAX_ALIAS_WORDS = 8
_CLITICS = ("nya", "lah", "kah")


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    type: str
    en: str
    id_name: str
    aliases: tuple[str, ...]
    wikidata: str | None = None
    country: str | None = None
    metonym_of: str | None = None
    part_of: str | None = None
    terms: tuple[str, ...] = ()
    description: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # offices a person held: (role, state or body, first day, last day or None while held)
    offices: tuple[tuple[str, str, str, str | None], ...] = ()

    def entity(self) -> Entity:
        return Entity(self.id, self.type, self.en, {"en": self.en, "id": self.id_name},
                      self._entity_aliases, self.wikidata, self.description)

    @cached_property
    def _entity_aliases(self) -> tuple[str, ...]:
        # every article that names the entry builds its Entity: sort the aliases once
        return tuple(sorted(set(self.aliases) - {self.en}))


@dataclass(slots=True)  # not frozen: built for every catalog match of every sentence
class AliasHit:
    start: int  # index of the first word token
    length: int  # number of word tokens
    entry: CatalogEntry | None  # None: a blocked phrase ("citra satelit")


def _is_acronym(word: str) -> bool:
    return word.isupper() and len(word) <= 6


class Catalog:
    def __init__(self, entries: list[CatalogEntry], blocked: list[str]) -> None:
        self.entries = {e.id: e for e in entries}
        self._index: dict[tuple[str, ...], list[tuple[CatalogEntry | None, tuple[str, ...]]]] = {}
        for e in entries:
            for alias in {e.en, e.id_name, *e.aliases}:
                key = phrase_key(alias)
                if key:
                    self._index.setdefault(key, []).append((e, tuple(t for t in alias.replace("-", " ").split())))
        for phrase in blocked:
            self._index.setdefault(phrase_key(phrase), []).insert(0, (None, ()))
        self._prefixes = {k[:i] for k in self._index for i in range(1, len(k) + 1)}
        self._vocabulary = {w for k in self._index for w in k}
        self._first_words = frozenset(k[0] for k in self._index)
        # the case rule of every alias, worked out once instead of at every match
        self._checks: dict[tuple[str, ...], list[tuple[CatalogEntry | None, tuple[tuple[int, str], ...], bool]]] = {
            key: [(entry, *_case_rule(original, len(key))) for entry, original in options]
            for key, options in self._index.items()}

    @cached_property
    def person_names(self) -> dict[str, list[tuple[CatalogEntry, str, str]]]:
        """Multi-word names of catalog people by lowercase first word (for fuzzy spelling variants):
        the entry, the lowercase name, and the first letter of each of its words."""
        index: dict[str, list[tuple[CatalogEntry, str, str]]] = {}
        for e in self.entries.values():
            if e.type != "Person":
                continue
            for n in sorted({e.en, *e.aliases}):
                if " " in n or "-" in n:
                    name = n.lower().replace("-", " ")
                    index.setdefault(name.split()[0], []).append((e, name, "".join(w[0] for w in name.split())))
        return index

    @cached_property
    def _offices(self) -> dict[tuple[str, str], list[tuple[str, str | None, str]]]:
        index: dict[tuple[str, str], list[tuple[str, str | None, str]]] = {}
        for e in self.entries.values():
            for role, scope, first, last in e.offices:
                index.setdefault((scope, role), []).append((first, last, e.id))
        return index

    def office_holder(self, scope: str, role: str, on: str) -> str | None:
        """The one catalog person who held ``role`` of ``scope`` on day ``on`` (YYYY-MM-DD)."""
        people = {eid for first, last, eid in self._offices.get((scope, role), ())
                  if first <= on and (last is None or on <= last)}
        return next(iter(people)) if len(people) == 1 else None

    def out_of_office(self, on: str) -> frozenset[str]:
        """The catalog people whose every office had ended before day ``on`` (YYYY-MM-DD)."""
        return frozenset(e.id for e in self.entries.values()
                         if e.offices and all(last is not None and last < on for _, _, _, last in e.offices))

    def get(self, entity_id: str) -> CatalogEntry | None:
        return self.entries.get(entity_id)

    def state_above(self, entity_id: str) -> str | None:
        """The state a body belongs to, through the bodies between ("OFAC" → the Treasury → the
        United States); None for anything that is part of no state."""
        entry = self.entries.get(entity_id)
        for _ in range(4):
            parent = entry.part_of if entry is not None else None
            if parent is None or parent.startswith("state:"):
                return parent
            entry = self.entries.get(parent)
        return None

    def by_name(self, name: str) -> CatalogEntry | None:
        """The entry whose English name or an alias is ``name`` (any case)."""
        return self._by_name.get(name.lower())

    @cached_property
    def _by_name(self) -> dict[str, CatalogEntry]:
        out: dict[str, CatalogEntry] = {}
        for e in self.entries.values():
            for n in (e.en, *e.aliases):
                out.setdefault(n.lower(), e)
        return out

    def lookup(self, words: list[Token], lowers: list[str] | None = None) -> list[AliasHit]:
        """Longest non-overlapping alias matches over a list of word tokens (``lowers``: their lowercase forms)."""
        hits: list[AliasHit] = []
        first = self._first_words
        if lowers is None:
            lowers = [w.lower for w in words]
        # one pass finds the words that may start an alias and those with a clitic
        # ("balistiknya"); the few whose stem is a catalog word are then replaced by it
        spots = [k for k, low in enumerate(lowers) if low in first or low.endswith(_CLITICS)]
        stems = lowers
        for k in spots:
            low = lowers[k]
            if low.endswith(_CLITICS):
                stem = self._base(low)
                if stem != low:
                    if stems is lowers:
                        stems = list(lowers)  # the caller's list stays as it was
                    stems[k] = stem
        lowers = stems
        end = 0
        # only words that start some alias can start a match; the rest are skipped at once
        for i in [k for k in spots if lowers[k] in first]:
            if i < end:
                continue
            best_n, best = self._best_at(words, lowers, i)
            if best_n > 1 and i + 1 < len(words) and lowers[i + 1] in first:
                # "the North Atlantic Treaty Organization": a longer name starting inside this one wins
                next_n, _ = self._best_at(words, lowers, i + 1)
                if i + 1 + next_n > i + best_n:
                    continue
            if best_n:
                end = i + best_n
                if best is not None:  # a blocked phrase only keeps its words from other matches
                    hits.append(AliasHit(i, best_n, best))
        return hits

    def covers(self, named: str, item: str) -> bool:
        """Whether an item named stands for another: itself, or a generic item ("arms",
        "senjata") for any item of its type."""
        if named == item:
            return True
        entry = self.entries.get(named)
        return entry is not None and bool(entry.extra.get("generic")) and item.split(":", 1)[0] == named.split(":", 1)[0]

    def entry_at(self, words: list[Token], i: int) -> CatalogEntry | None:
        """The entry of the longest alias starting at word i, if any."""
        return self._best_at(words, [w.lower for w in words[:i + MAX_ALIAS_WORDS]], i)[1]

    def _best_at(self, words: list[Token], lowers: list[str], i: int) -> tuple[int, CatalogEntry | None]:
        """Word count and entry of the longest alias starting at word i (0 when none)."""
        prefixes, checks = self._prefixes, self._checks
        best_n, best = 0, None
        key: tuple[str, ...] = (lowers[i],)  # a first word is always a prefix
        top = min(MAX_ALIAS_WORDS, len(words) - i)
        n = 1
        while True:
            for entry, acronyms, capital in checks.get(key, ()):
                if entry is None or _case_ok(words, i, acronyms, capital):
                    best_n, best = n, entry
                    break
            n += 1
            if n > top:
                break
            key = (*key, lowers[i + n - 1])
            if key not in prefixes:
                break
        return best_n, best

    def knows_word(self, word: str) -> bool:
        """Whether a lowercase word is part of any catalog name ("korea", "general")."""
        return word in self._vocabulary

    def _base(self, word: str) -> str:
        """Indonesian clitics: "balistiknya" → "balistik" when only the stem is known."""
        if word not in self._vocabulary:
            for suffix in _CLITICS:
                if word.endswith(suffix) and word[:-len(suffix)] in self._vocabulary:
                    return word[:-len(suffix)]
        return word


def _case_rule(original: tuple[str, ...], size: int) -> tuple[tuple[tuple[int, str], ...], bool]:
    """(word positions that must match an acronym exactly, whether the first word needs a capital).

    Acronyms match exactly ("AS" the country, never "as"); proper names need a
    capital first letter; common nouns ("peluru artileri") match in any case.
    """
    flat = [p for o in original for p in o.replace(".", " ").split()] or list(original)
    acronyms = tuple((k, o) for k, o in enumerate(flat) if _is_acronym(o)) if len(flat) == size else ()
    return acronyms, bool(original) and original[0][:1].isupper()


def _case_ok(words: list[Token], i: int, acronyms: tuple[tuple[int, str], ...], capital: bool) -> bool:
    if not acronyms and not capital:
        return True  # a common noun: any case
    for k, o in acronyms:
        if words[i + k].text != o:
            return False
    return words[i].text[:1].isupper() if capital else True


def _resolution_entries() -> list[CatalogEntry]:
    text = resources.files("ingest").joinpath("reference/unsc_dprk_resolutions.json").read_text(encoding="utf-8")
    doc = json.loads(text)
    out = []
    for r in doc["resolutions"]:
        n = r["number"]
        out.append(CatalogEntry(
            f"resolution:unsc-{n}", "Resolution", f"UN Security Council Resolution {n}",
            f"Resolusi Dewan Keamanan PBB {n}",
            # the number makes it a name, so "resolution 1718" needs no capital
            (f"resolution {n}", f"resolusi {n}", f"UNSCR {n}", f"Resolusi DK PBB {n}", f"UN resolution {n}",
             f"Security Council resolution {n}", f"UN Security Council resolution {n}",
             f"U.N. Security Council resolution {n}", f"Dewan Keamanan resolusi {n}"),
            None, None, None, "organization:united-nations-security-council", (),
            f"Adopted {r['adoption_date']} ({r['vote']}) after: {r['trigger']}",
            # every resolution of the reference is on the DPRK: that is whom it sanctions
            {"number": n, "year": r["year"], "adoption_date": r["adoption_date"], "measures": r["main_measures"],
             "target": "state:north-korea"},
        ))
    return out


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    raw = load_data("catalog.yaml")
    entries = [CatalogEntry(d["id"], d["type"], d["en"], d.get("id_name", d["en"]), tuple(d.get("aliases", ())),
                            d.get("wikidata"), d.get("country"), d.get("metonym_of"), d.get("part_of"),
                            tuple(d.get("terms", ())), d.get("description"),
                            {k: d[k] for k in ("generic", "parties", "signed") if d.get(k)},
                            offices=tuple((o["role"], o["of"], str(o["from"]), str(o["to"]) if o.get("to") else None)
                                          for o in d.get("offices", ())))
               for d in raw]
    lex = load_data("lexicon.yaml")
    return Catalog(entries + _resolution_entries(), list(lex.get("not_entities", [])))
