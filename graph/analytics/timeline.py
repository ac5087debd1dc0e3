"""Dated facts in time order.

Dates keep their precision (``2023`` sorts before ``2023-09`` before
``2023-09-13``) and qualifier (``late 2023``); undated facts are left out
and counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.model import Graph


@dataclass(frozen=True)
class Event:
    date: str
    precision: str
    qualifier: str | None
    fact: str
    type: str
    subject: str
    object: str
    modality: str
    sources: int  # distinct articles


@dataclass(frozen=True)
class Timeline:
    events: list[Event]
    undated: int


def timeline(graph: Graph) -> Timeline:
    """Dated facts sorted by date, then type and id.

    Examples
    --------
    >>> import sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> [(e.date, e.type) for e in timeline(small_graph()).events]
    [('2006', 'SANCTIONS'), ('2023', 'SUPPLIES'), ('2023', 'SUPPLIES'), ('2023-09-13', 'MET_WITH')]
    """
    events = [Event(f.date.value, f.date.precision, f.date.qualifier, f.id, f.type, f.subject, f.object, f.modality,
                    len({ev.article for ev in f.evidence}))
              for f in graph.facts if f.date is not None]
    events.sort(key=lambda e: (e.date, e.type, e.fact))
    return Timeline(events, sum(1 for f in graph.facts if f.date is None))
