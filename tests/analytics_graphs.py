"""Builders of small named graphs with known answers for the analytics and export tests."""

from __future__ import annotations

from graph.ids import entity_id, fact_id
from graph.model import Article, Entity, Evidence, Fact, FactDate, Graph


class GraphBuilder:
    """Accumulate entities and facts by name; every fact gets one evidence per article named."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.entities: dict[str, Entity] = {}
        self.facts: list[Fact] = []

    def article(self, key: str, publisher: str = "Test Daily") -> str:
        aid = f"article:{key}"
        self.articles.setdefault(aid, Article(aid, f"{key}.txt", f"Article {key}", publisher, "2024-01-01", "en",
                                              "0" * 64, ""))
        return aid

    def entity(self, etype: str, name: str, names: dict[str, str] | None = None,
               aliases: tuple[str, ...] = ()) -> str:
        eid = entity_id(etype, name)
        self.entities.setdefault(eid, Entity(eid, etype, name, names or {"en": name}, aliases))
        return eid

    def fact(self, ftype: str, s: str, o: str, attrs: dict[str, object] | None = None, date: FactDate | None = None,
             articles: tuple[str, ...] = ("a1",), modality: str = "asserted") -> str:
        fid = fact_id(ftype, s, o, {"n": len(self.facts)})
        evs = tuple(Evidence(self.article(a), i, 0, 10, f"quote {len(self.facts)} in {a}")
                    for i, a in enumerate(articles))
        self.facts.append(Fact(fid, ftype, s, o, dict(attrs or {}), date, modality, None, 0.8, evs))
        return fid

    def graph(self) -> Graph:
        return Graph(list(self.articles.values()), list(self.entities.values()), list(self.facts))
