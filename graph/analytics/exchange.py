"""The exchange structure: who gives what to whom, and what for.

Two views of the ``SUPPLIES`` facts:

* *cycles*: directed cycles of supply among two or more actors (A supplies
  B, B supplies A; or A → B → C → A), each leg with its facts, items and
  what they are said to be exchanged for. A cycle is ``declared`` when one of
  its facts names what it is exchanged for or links the reciprocal transfer
  (``in_exchange_for`` / ``exchange_fact``), otherwise it is only implied by
  the direction of supply.
* *declared exchanges*: every single transfer that names what it is in
  exchange for, even when the return transfer was never reported.

Cycle search is bounded (``max_length`` actors, ``max_cycles`` cycles) because
the number of cycles grows exponentially with graph density.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from graph.model import Fact, Graph

TRANSFER = "SUPPLIES"
MAX_LENGTH = 4
MAX_CYCLES = 500


def _ids(value: object) -> list[str]:
    if value is None:
        return []
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]


@dataclass(frozen=True)
class Transfer:
    fact: str
    supplier: str
    recipient: str
    items: list[str]
    in_exchange_for: list[str]
    exchange_fact: str | None
    modality: str
    date: str | None

    @classmethod
    def of(cls, f: Fact) -> Transfer:
        ex = f.attrs.get("exchange_fact")
        return cls(f.id, f.subject, f.object, _ids(f.attrs.get("item")), _ids(f.attrs.get("in_exchange_for")),
                   ex if isinstance(ex, str) else None, f.modality, None if f.date is None else f.date.value)


@dataclass(frozen=True)
class Leg:
    supplier: str
    recipient: str
    transfers: list[Transfer]


@dataclass(frozen=True)
class Cycle:
    actors: list[str]  # in supply order, starting from the smallest id
    legs: list[Leg]
    declared: bool


@dataclass(frozen=True)
class Exchange:
    cycles: list[Cycle]
    declared: list[Transfer] = field(default_factory=list)
    truncated: bool = False  # more cycles exist than were listed


def supply_graph(graph: Graph) -> nx.DiGraph:
    """Directed graph supplier → recipient with the ``transfers`` behind each edge.

    >>> import sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> sorted(supply_graph(small_graph()).edges())
    [('state:north-korea', 'state:russia'), ('state:russia', 'state:north-korea')]
    """
    D = nx.DiGraph()
    for f in graph.facts:
        if f.type != TRANSFER or f.subject == f.object:
            continue
        t = Transfer.of(f)
        if D.has_edge(f.subject, f.object):
            D[f.subject][f.object]["transfers"].append(t)
        else:
            D.add_edge(f.subject, f.object, transfers=[t])
    return D


def _rotate(cycle: list[str]) -> list[str]:
    i = cycle.index(min(cycle))
    return cycle[i:] + cycle[:i]


def exchange(graph: Graph, max_length: int = MAX_LENGTH, max_cycles: int = MAX_CYCLES) -> Exchange:
    """Supply cycles and declared exchanges of ``graph``.

    Parameters
    ----------
    graph : Graph
    max_length : int
        Longest cycle searched, in actors.
    max_cycles : int
        Stop after this many cycles (``Exchange.truncated`` is then true).

    Examples
    --------
    >>> import sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> ex = exchange(small_graph())
    >>> [(c.actors, c.declared) for c in ex.cycles]
    [(['state:north-korea', 'state:russia'], True)]
    >>> [(t.items, t.in_exchange_for) for t in ex.declared][0]
    (['weapon:artillery-shell'], ['technology:satellite-technology'])
    """
    D = supply_graph(graph)
    cycles: list[Cycle] = []
    truncated = False
    for raw in nx.simple_cycles(D, length_bound=max_length):
        if len(raw) < 2:
            continue
        if len(cycles) >= max_cycles:
            truncated = True
            break
        actors = _rotate(list(raw))
        legs = [Leg(a, b, sorted(D[a][b]["transfers"], key=lambda t: t.fact))
                for a, b in zip(actors, actors[1:] + actors[:1])]
        facts_in = {t.fact for leg in legs for t in leg.transfers}
        declared = any(t.in_exchange_for or (t.exchange_fact in facts_in) for leg in legs for t in leg.transfers)
        cycles.append(Cycle(actors, legs, declared))
    cycles.sort(key=lambda c: (not c.declared, len(c.actors), c.actors))
    declared_transfers = sorted((Transfer.of(f) for f in graph.facts
                                 if f.type == TRANSFER and _ids(f.attrs.get("in_exchange_for"))),
                                key=lambda t: (t.supplier, t.recipient, t.fact))
    return Exchange(cycles, declared_transfers, truncated)
