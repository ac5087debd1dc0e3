"""The canonical graph model: plain, immutable data with no I/O.

Every sink (Neo4j, RDF, pages, analytics, exports) reads this model; none
re-derives what ingest decided.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .ontology import Ontology


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    title: str | None
    publisher: str | None
    published: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    lang: str
    sha256: str  # of the raw file bytes
    text: str = ""  # the cleaned text that evidence offsets point into


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str  # English canonical name
    names: dict[str, str] = field(default_factory=dict)  # {"en": ..., "id": ...}
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class FactDate:
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # year | month | day
    qualifier: str | None = None  # e.g. "late", "early", "mid", "before"


@dataclass(frozen=True)
class Evidence:
    article: str
    sentence: int
    start: int
    end: int
    quote: str
    # the fact's items this sentence states (a transfer of shells and oil may be told in parts)
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    id: str
    type: str
    subject: str
    object: str
    attrs: dict[str, Any] = field(default_factory=dict)
    date: FactDate | None = None
    modality: str = "asserted"
    attributed_to: str | None = None
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()


@dataclass
class Graph:
    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def entity_index(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    def article_index(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}


def entity_refs(fact: Fact, onto: Ontology) -> list[tuple[str, str]]:
    """(role, entity id) for every entity a fact points to, endpoints first.

    Which attributes hold entity ids is the ontology's business (roles with
    ``entity:`` types), so no sink guesses it from the value.
    """
    refs = [("subject", fact.subject), ("object", fact.object)]
    roles = onto.fact_type(fact.type).roles
    for name in sorted(fact.attrs):
        role = roles.get(name)
        if role is None or not role.is_entity:
            continue
        value = fact.attrs[name]
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str):
                refs.append((name, v))
    return refs
