"""Shortest paths between two named actors.

Names are resolved against every entity's canonical name, its names in each
language and its aliases, case-insensitively and ignoring repeated spaces.
When a name matches several entities, actors win over other types; if the
choice is still open the caller gets :class:`NameNotResolved` listing the
candidates, rather than a silently chosen path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

import networkx as nx

from graph.model import Entity, Graph

from graph.analytics.projections import actor_types

MAX_PATHS = 10
_SPACE = re.compile(r"\s+")


class NameNotResolved(LookupError):
    """A name matched no entity, or several equally good ones."""


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def resolve(graph: Graph, name: str) -> Entity:
    """The entity called ``name`` (name, names or aliases; case-insensitive).

    Examples
    --------
    >>> import sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> resolve(small_graph(), "korea utara").id
    'state:north-korea'
    >>> resolve(small_graph(), "unsc").name
    'United Nations Security Council'
    """
    key = _norm(name)
    if not key:
        raise NameNotResolved("an empty name matches nothing")
    hits = [e for e in graph.entities
            if key in {_norm(e.name), *map(_norm, e.names.values()), *map(_norm, e.aliases)} or key == _norm(e.id)]
    if len(hits) > 1:
        actors = actor_types()
        acting = [e for e in hits if e.type in actors]
        hits = acting or hits
    if not hits:
        raise NameNotResolved(f"no entity is called {name!r} (searched names, translations and aliases)")
    if len(hits) > 1:
        listed = ", ".join(f"{e.name} ({e.type}, {e.id})" for e in sorted(hits, key=lambda e: e.id))
        raise NameNotResolved(f"{name!r} is ambiguous: {listed}; use the entity id instead")
    return hits[0]


@dataclass(frozen=True)
class Hop:
    source: str
    target: str
    facts: list[str]
    types: list[str]


@dataclass(frozen=True)
class Paths:
    source: str
    target: str
    length: int | None  # hops; None when not connected
    paths: list[list[Hop]]


def shortest_paths(G: nx.Graph, source: str, target: str, max_paths: int = MAX_PATHS) -> Paths:
    """All shortest paths (up to ``max_paths``) between two nodes of a projection.

    Each hop lists the facts and fact types that link its two nodes.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("a", "b", facts=["f1"], types={"MET_WITH"})
    >>> G.add_edge("b", "c", facts=["f2"], types={"SUPPLIES"})
    >>> p = shortest_paths(G, "a", "c")
    >>> p.length, [h.types for h in p.paths[0]]
    (2, [['MET_WITH'], ['SUPPLIES']])
    """
    if source not in G or target not in G:
        return Paths(source, target, None, [])
    try:
        found = list(islice(nx.all_shortest_paths(G, source, target), max_paths))
    except nx.NetworkXNoPath:
        return Paths(source, target, None, [])
    found.sort()
    hops = [[Hop(u, v, sorted(G[u][v].get("facts", [])), sorted(G[u][v].get("types", [])))
             for u, v in zip(p, p[1:])] for p in found]
    return Paths(source, target, len(found[0]) - 1, hops)
