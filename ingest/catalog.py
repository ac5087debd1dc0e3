"""The curated entity catalog (data/catalog.yaml) and the UN resolution reference,
with a word n-gram index for fast, longest-first lookup of aliases."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml

from graph.model import Entity

from .tokens import Token, phrase_key

MAX_ALIAS_WORDS = 8


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

    def entity(self) -> Entity:
        return Entity(self.id, self.type, self.en, {"en": self.en, "id": self.id_name},
                      tuple(sorted(set(self.aliases) - {self.en})), self.wikidata, self.description)


@dataclass(frozen=True)
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

    @cached_property
    def person_names(self) -> dict[str, list[tuple[CatalogEntry, str]]]:
        """Multi-word names of catalog people by lowercase first word (for fuzzy spelling variants)."""
        index: dict[str, list[tuple[CatalogEntry, str]]] = {}
        for e in self.entries.values():
            if e.type != "Person":
                continue
            for n in sorted({e.en, *e.aliases}):
                if " " in n or "-" in n:
                    index.setdefault(n.replace("-", " ").split()[0].lower(), []).append((e, n.lower().replace("-", " ")))
        return index

    def get(self, entity_id: str) -> CatalogEntry | None:
        return self.entries.get(entity_id)

    def lookup(self, words: list[Token]) -> list[AliasHit]:
        """Longest non-overlapping alias matches over a list of word tokens."""
        hits: list[AliasHit] = []
        i = 0
        lowers = [self._base(w.lower) for w in words]
        while i < len(words):
            best: AliasHit | None = None
            for n in range(1, min(MAX_ALIAS_WORDS, len(words) - i) + 1):
                key = tuple(lowers[i:i + n])
                if key not in self._prefixes:
                    break
                for entry, original in self._index.get(key, ()):
                    if entry is None or self._case_ok(words[i:i + n], original):
                        best = AliasHit(i, n, entry)
                        break
            if best:
                hits.append(best)
                i += best.length
            else:
                i += 1
        return [h for h in hits if h.entry is not None]

    def _base(self, word: str) -> str:
        """Indonesian clitics: "balistiknya" → "balistik" when only the stem is known."""
        if word not in self._vocabulary:
            for suffix in ("nya", "lah", "kah"):
                if word.endswith(suffix) and word[:-len(suffix)] in self._vocabulary:
                    return word[:-len(suffix)]
        return word

    @staticmethod
    def _case_ok(words: list[Token], original: tuple[str, ...]) -> bool:
        # Acronyms match exactly ("AS" the country, never "as"); proper names need
        # a capital first letter; common nouns ("peluru artileri") match in any case.
        flat = [p for o in original for p in o.replace(".", " ").split()] or list(original)
        if len(flat) == len(words):
            for w, o in zip(words, flat):
                if _is_acronym(o) and w.text != o:
                    return False
        if original and original[0][:1].isupper():
            return words[0].text[:1].isupper()
        return True


def _resolution_entries() -> list[CatalogEntry]:
    text = resources.files("ingest").joinpath("reference/unsc_dprk_resolutions.json").read_text(encoding="utf-8")
    doc = json.loads(text)
    out = []
    for r in doc["resolutions"]:
        n = r["number"]
        out.append(CatalogEntry(
            f"resolution:unsc-{n}", "Resolution", f"UN Security Council Resolution {n}",
            f"Resolusi Dewan Keamanan PBB {n}",
            (f"Resolution {n}", f"resolusi {n}", f"UNSCR {n}", f"Resolusi DK PBB {n}", f"UN resolution {n}"),
            None, None, None, "organization:united-nations-security-council", (),
            f"Adopted {r['adoption_date']} ({r['vote']}) after: {r['trigger']}",
            {"number": n, "year": r["year"], "adoption_date": r["adoption_date"], "measures": r["main_measures"]},
        ))
    return out


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    raw = yaml.safe_load(resources.files("ingest").joinpath("data/catalog.yaml").read_text(encoding="utf-8"))
    entries = [CatalogEntry(d["id"], d["type"], d["en"], d.get("id_name", d["en"]), tuple(d.get("aliases", ())),
                            d.get("wikidata"), d.get("country"), d.get("metonym_of"), d.get("part_of"),
                            tuple(d.get("terms", ()))) for d in raw]
    lex = yaml.safe_load(resources.files("ingest").joinpath("data/lexicon.yaml").read_text(encoding="utf-8"))
    return Catalog(entries + _resolution_entries(), list(lex.get("not_entities", [])))
