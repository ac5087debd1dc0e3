"""Articles on disk → the canonical graph: read, clean, detect language,
extract per article, then merge facts and entities across the corpus.

Cost is linear in the corpus: each article is processed alone, and merging is
a dictionary grouping by fact identity (no all-pairs comparison).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph.ids import article_id
from graph.model import Article, Entity, Graph, entity_refs
from graph.ontology import load_ontology

from .article_facts import ArticleExtractor
from .candidates import Candidate
from .catalog import load_catalog
from .clean import clean_article
from .lang import detect_language
from .mentions import EntityRegistry
from .merge import merge_candidates
from .reader import ReadProblem, discover, read_source


@dataclass
class ExtractResult:
    graph: Graph
    problems: list[ReadProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files_read: int = 0
    mentions: dict[str, set[str]] = field(default_factory=dict)  # article id -> entity ids

    @property
    def usable(self) -> bool:
        return bool(self.graph.articles)


def _valid(c: Candidate, types: dict[str, str]) -> bool:
    onto = load_ontology()
    st, ot = types.get(c.subject), types.get(c.object)
    return bool(st and ot) and onto.check_endpoints(c.type, st, ot)


def extract_paths(paths: Sequence[str | Path], progress: Callable[[str], None] | None = None) -> ExtractResult:
    """Extract the graph from files and directories (recursively)."""
    catalog = load_catalog()
    registry = EntityRegistry(catalog)
    extractor = ArticleExtractor(catalog, registry)
    result = ExtractResult(Graph())
    articles: dict[str, Article] = {}
    candidates: list[Candidate] = []
    for item in discover(paths):
        if isinstance(item, ReadProblem):
            result.problems.append(item)
            continue
        src = read_source(item)
        if isinstance(src, ReadProblem):
            result.problems.append(src)
            continue
        result.files_read += 1
        cleaned = clean_article(src.text, str(item))
        if not cleaned.text.strip():
            result.problems.append(ReadProblem(str(item), "no article text left after removing page furniture"))
            continue
        aid = article_id(cleaned.text)
        if aid in articles:
            result.notes.append(f"{item}: same article as {articles[aid].path}; read once")
            continue
        lang = detect_language(cleaned.text)
        article = Article(aid, str(item), cleaned.title, cleaned.publisher, cleaned.published, lang, src.sha256,
                          cleaned.text)
        articles[aid] = article
        found, mentioned = extractor.extract(article)
        candidates.extend(found)
        result.mentions[aid] = mentioned
        if progress:
            progress(str(item))
    types = {eid: e.type for eid, e in registry.entities.items()}
    for c in candidates:  # endpoints lifted to a state may not have been mentioned by name
        for eid in (c.subject, c.object):
            if eid not in types and catalog.get(eid):
                registry.from_catalog(catalog.get(eid))  # type: ignore[arg-type]
                types[eid] = catalog.get(eid).type  # type: ignore[union-attr]
    dropped = Counter(c.type for c in candidates if not _valid(c, types))
    if dropped:
        result.notes.append("candidates whose endpoint types the ontology does not allow, dropped: "
                            + ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())))
    facts = merge_candidates([c for c in candidates if _valid(c, types)], load_ontology())
    onto = load_ontology()
    for f in facts:
        for _, eid in entity_refs(f, onto):
            if eid not in registry.entities and catalog.get(eid):
                registry.from_catalog(catalog.get(eid))  # type: ignore[arg-type]
    entities: list[Entity] = sorted(registry.entities.values(), key=lambda e: e.id)
    result.graph = Graph(sorted(articles.values(), key=lambda a: a.id), entities, facts)
    return result
