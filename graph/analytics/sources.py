"""Facts resting on a single source article.

A fact quoted from one article only is the first thing an analyst checks
before relying on it; two evidences from the same article still count as one
source.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.model import Graph


@dataclass(frozen=True)
class SingleSource:
    fact: str
    type: str
    subject: str
    object: str
    modality: str
    article: str
    publisher: str | None


@dataclass(frozen=True)
class SourceSummary:
    single: list[SingleSource]
    by_count: dict[int, int]  # number of distinct articles -> facts


def single_source(graph: Graph) -> SourceSummary:
    """Facts whose evidence comes from exactly one article, and the spread of source counts.

    Examples
    --------
    >>> import sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> s = single_source(small_graph())
    >>> len(s.single), s.by_count
    (4, {1: 4})
    """
    articles = graph.article_index()
    single: list[SingleSource] = []
    by_count: dict[int, int] = {}
    for f in graph.facts:
        arts = sorted({ev.article for ev in f.evidence})
        by_count[len(arts)] = by_count.get(len(arts), 0) + 1
        if len(arts) == 1:
            a = articles.get(arts[0])
            single.append(SingleSource(f.id, f.type, f.subject, f.object, f.modality, arts[0],
                                       None if a is None else a.publisher))
    single.sort(key=lambda s: (s.type, s.fact))
    return SourceSummary(single, dict(sorted(by_count.items())))
