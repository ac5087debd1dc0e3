"""Projections of the canonical graph to undirected, weighted networkx graphs.

Three projections, each keeping only some entity types as nodes:

``actors``
    Persons, states and organisations: the types that can supply or be
    supplied (the endpoint types of ``SUPPLIES`` in the ontology). Centrality,
    communities and brokers are computed here, because a weapon or a city
    being "central" says nothing about who acts.
``actors_items``
    Actors plus the things that change hands (the ``item`` types of
    ``SUPPLIES``: weapons, technology, commodities).
``full``
    Every entity, including places and resolutions. Shortest paths use it,
    so that "met at Vostochny" can link two people.

Every fact links its subject and object; an n-ary fact also links both
endpoints to each entity in its entity-valued roles (``item``, ``place``,
``resolution``...). An edge between two nodes carries ``weight`` (how many
facts link them), ``facts`` (their ids) and ``types`` (their fact types).
Node attributes are ``type`` and ``name``. Facts whose endpoints fall
outside the projection contribute only the pairs that remain inside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import networkx as nx

from graph.model import Graph, entity_refs
from graph.ontology import Ontology, load_ontology

Projection = Literal["actors", "actors_items", "full"]
PROJECTIONS: tuple[Projection, ...] = ("actors", "actors_items", "full")

# The fact type whose endpoints define "actor" and whose item role defines "item".
_TRANSFER = "SUPPLIES"


def actor_types(onto: Ontology | None = None) -> frozenset[str]:
    """Entity types that act: the endpoint types of ``SUPPLIES``.

    >>> sorted(actor_types())
    ['Organization', 'Person', 'State']
    """
    ft = (onto or load_ontology()).fact_type(_TRANSFER)
    return frozenset(ft.subject) | frozenset(ft.object)


def item_types(onto: Ontology | None = None) -> frozenset[str]:
    """Entity types that change hands: the ``item`` role types of ``SUPPLIES``.

    >>> sorted(item_types())
    ['Commodity', 'Technology', 'Weapon']
    """
    return frozenset((onto or load_ontology()).fact_type(_TRANSFER).roles["item"].entity_types)


def node_types(kind: Projection, onto: Ontology | None = None) -> frozenset[str] | None:
    """Entity types kept by a projection (``None`` means all)."""
    onto = onto or load_ontology()
    if kind == "actors":
        return actor_types(onto)
    if kind == "actors_items":
        return actor_types(onto) | item_types(onto)
    if kind == "full":
        return None
    raise ValueError(f"unknown projection {kind!r}; choose one of {', '.join(PROJECTIONS)}")


def _pairs(refs: list[tuple[str, str]]) -> Iterable[tuple[str, str]]:
    """Subject-object, then each endpoint with each role entity."""
    (_, s), (_, o) = refs[0], refs[1]
    yield s, o
    for _, r in refs[2:]:
        yield s, r
        yield o, r


def project(graph: Graph, kind: Projection = "actors", onto: Ontology | None = None) -> nx.Graph:
    """Project ``graph`` to an undirected weighted :class:`networkx.Graph`.

    Parameters
    ----------
    graph : Graph
        The canonical graph.
    kind : {"actors", "actors_items", "full"}
        Which entity types become nodes (see the module docstring).
    onto : Ontology, optional
        Defaults to the project's ontology.

    Returns
    -------
    networkx.Graph
        Nodes are entity ids with ``type`` and ``name``; edges carry
        ``weight``, ``facts`` and ``types``. Self-loops are dropped.

    Examples
    --------
    >>> import sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> G = project(small_graph(), "actors")
    >>> sorted(G.nodes[n]["name"] for n in G)
    ['Kim Jong Un', 'North Korea', 'Russia', 'United Nations Security Council', 'Vladimir Putin']
    >>> G["state:north-korea"]["state:russia"]["weight"]
    2
    """
    onto = onto or load_ontology()
    keep = node_types(kind, onto)
    G = nx.Graph(projection=kind)
    G.add_nodes_from((e.id, {"type": e.type, "name": e.name}) for e in graph.entities
                     if keep is None or e.type in keep)
    nodes = G._node  # plain dict membership tests: this loop runs once per fact
    # Aggregate in plain dicts and add edges once; networkx's per-edge checks cost more than the work.
    edges: dict[tuple[str, str], list[str]] = {}
    types: dict[tuple[str, str], set[str]] = {}
    for f in graph.facts:
        refs = entity_refs(f, onto)
        seen: set[tuple[str, str]] = set()
        for u, v in _pairs(refs):
            if u == v or u not in nodes or v not in nodes:
                continue
            key = (u, v) if u < v else (v, u)
            if key in seen:  # one fact counts once per pair
                continue
            seen.add(key)
            if key in edges:
                edges[key].append(f.id)
                types[key].add(f.type)
            else:
                edges[key] = [f.id]
                types[key] = {f.type}
    G.add_edges_from((u, v, {"weight": len(fs), "facts": fs, "types": types[(u, v)]}) for (u, v), fs in edges.items())
    return G
