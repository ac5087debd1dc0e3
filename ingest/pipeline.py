"""Articles on disk → the canonical graph: read, clean, detect language,
extract per article, then merge facts and entities across the corpus.

Cost is linear in the corpus: each article is processed alone (in worker
processes with ``jobs > 1``), and merging groups facts by identity in a
dictionary, with no all-pairs comparison.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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


@dataclass
class ArticleResult:
    article: Article
    candidates: list[Candidate]
    mentioned: set[str]
    entities: dict[str, Entity]  # every entity this article names or its facts point to


def extract_file(path: Path) -> ArticleResult | ReadProblem:
    """Read, clean and extract one file (runs in a worker process when jobs > 1)."""
    src = read_source(path)
    if isinstance(src, ReadProblem):
        return src
    cleaned = clean_article(src.text, str(path))
    if not cleaned.text.strip():
        return ReadProblem(str(path), "no article text left after removing page furniture")
    article = Article(article_id(cleaned.text), str(path), cleaned.title, cleaned.publisher, cleaned.published,
                      detect_language(cleaned.text), src.sha256, cleaned.text)
    catalog = load_catalog()
    # a fresh registry per article: what one article found never leaks into another's
    # entities, so the output is the same whatever order or process reads the files
    ex = ArticleExtractor(catalog, EntityRegistry(catalog))
    candidates, mentioned = ex.extract(article)
    known = ex.registry.entities
    wanted = set(mentioned) | {e for c in candidates for e in (c.subject, c.object)}
    entities = {}
    for eid in wanted:
        if eid in known:
            entities[eid] = known[eid]
        elif catalog.get(eid):
            entities[eid] = catalog.get(eid).entity()  # type: ignore[union-attr]
    return ArticleResult(article, candidates, mentioned, entities)


def _results(files: list[Path], jobs: int) -> Iterator[ArticleResult | ReadProblem]:
    if jobs <= 1 or len(files) < 2 * jobs:
        yield from (extract_file(p) for p in files)
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(extract_file, files, chunksize=32)  # in order: same output whatever jobs is


def _merge_entity(a: Entity, b: Entity) -> Entity:
    names = {**b.names, **a.names}
    aliases = tuple(sorted(set(a.aliases) | set(b.aliases) | ({b.name} - {a.name})))
    if names == a.names and aliases == a.aliases:
        return a
    return Entity(a.id, a.type, a.name, names, aliases, a.wikidata or b.wikidata, a.description or b.description)


def _valid(c: Candidate, types: dict[str, str]) -> bool:
    st, ot = types.get(c.subject), types.get(c.object)
    if not st or not ot:
        return False
    return load_ontology().check_endpoints(c.type, st, ot)


@contextmanager
def _rare_collections(threshold: int = 20_000) -> Iterator[None]:
    """Run the cycle collector seldom while extracting, as it was before afterwards.

    Extraction allocates about a thousand short-lived objects per article and
    leaves no reference cycles behind, so the collector finds nothing; at the
    default threshold its full passes over the growing result took about 5% of
    the time. A high first threshold leaves freeing to reference counting.
    """
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], threshold), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def extract_paths(paths: Sequence[str | Path], progress: Callable[[str], None] | None = None,
                  jobs: int = 1) -> ExtractResult:
    """Extract the graph from files and directories (recursively)."""
    with _rare_collections():
        return _extract_paths(paths, progress, jobs)


def _extract_paths(paths: Sequence[str | Path], progress: Callable[[str], None] | None, jobs: int) -> ExtractResult:
    result = ExtractResult(Graph())
    files: list[Path] = []
    for item in discover(paths):
        if isinstance(item, ReadProblem):
            result.problems.append(item)
        else:
            files.append(item)
    articles: dict[str, Article] = {}
    entities: dict[str, Entity] = {}
    candidates: list[Candidate] = []
    for res in _results(files, jobs):
        if isinstance(res, ReadProblem):
            result.problems.append(res)
            continue
        result.files_read += 1
        aid = res.article.id
        if aid in articles:
            result.notes.append(f"{res.article.path}: same article as {articles[aid].path}; read once")
            continue
        articles[aid] = res.article
        candidates.extend(res.candidates)
        result.mentions[aid] = res.mentioned
        for eid, e in res.entities.items():
            entities[eid] = _merge_entity(entities[eid], e) if eid in entities else e
        if progress:
            progress(res.article.path)
    types = {eid: e.type for eid, e in entities.items()}
    dropped = Counter(c.type for c in candidates if not _valid(c, types))
    if dropped:
        result.notes.append("candidates whose endpoint types the ontology does not allow, dropped: "
                            + ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())))
    onto = load_ontology()
    facts = merge_candidates([c for c in candidates if _valid(c, types)], onto)
    catalog = load_catalog()
    for f in facts:  # attribute roles (resolutions, items given in return) may name unmentioned entities
        for _, eid in entity_refs(f, onto):
            if eid not in entities and catalog.get(eid):
                entities[eid] = catalog.get(eid).entity()  # type: ignore[union-attr]
        if f.attributed_to and f.attributed_to not in entities and catalog.get(f.attributed_to):
            entities[f.attributed_to] = catalog.get(f.attributed_to).entity()  # type: ignore[union-attr]
    result.graph = Graph(sorted(articles.values(), key=lambda a: a.id), sorted(entities.values(), key=lambda e: e.id),
                         facts)
    return result
