"""How important each entity is: PageRank over the fact graph, or scores supplied with the input."""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from graph.model import Graph, entity_refs
from graph.ontology import Ontology


def fact_network(graph: Graph, onto: Ontology) -> nx.Graph:
    """Undirected, weighted: every pair of entities named by one fact is linked once per fact.

    Role entities (items, resolutions, places) are linked to the fact's subject
    and object, so an item supplied often ranks high even though it is never
    an endpoint.
    """
    g = nx.Graph()
    g.add_nodes_from(e.id for e in graph.entities)
    known = set(g)
    for fact in graph.facts:
        refs = [eid for _, eid in entity_refs(fact, onto) if eid in known]
        ends = refs[:2]
        pairs = [(ends[0], ends[1])] if len(ends) == 2 else []
        pairs += [(end, r) for r in refs[2:] for end in ends]
        for a, b in pairs:
            if a == b:
                continue
            w = g[a][b]["weight"] + 1 if g.has_edge(a, b) else 1
            g.add_edge(a, b, weight=w)
    return g


def importance(graph: Graph, onto: Ontology, supplied: Mapping[str, float] | None = None) -> dict[str, float]:
    """A score per entity id; higher is more important.

    Scores supplied with the input (e.g. the ``pagerank`` that ``kg analyze
    --scores-out`` computes over actors) are used for the entities they cover;
    the others get PageRank computed here. Supplied scores are rescaled so the
    covered entities keep their computed share of the total, which keeps the
    two kinds of node comparable on one page.
    """
    ids = [e.id for e in graph.entities]
    if supplied and all(i in supplied for i in ids):
        return {i: float(supplied[i]) for i in ids}
    g = fact_network(graph, onto)
    if g.number_of_edges() == 0:
        computed = {i: 0.0 for i in ids}
    else:
        try:
            computed = {str(k): float(v) for k, v in nx.pagerank(g, weight="weight").items()}
        except nx.PowerIterationFailedConvergence:
            computed = {str(k): float(v) for k, v in g.degree(weight="weight")}
    covered = [i for i in ids if supplied and i in supplied]
    total = sum(float(supplied[i]) for i in covered) if supplied else 0.0
    if covered and total > 0:
        share = sum(computed.get(i, 0.0) for i in covered)
        for i in covered:
            computed[i] = float(supplied[i]) * share / total  # type: ignore[index]
    return computed


def ranked(scores: Mapping[str, float]) -> list[str]:
    """Entity ids, most important first; ties broken by id so pages are reproducible."""
    return sorted(scores, key=lambda i: (-scores[i], i))
