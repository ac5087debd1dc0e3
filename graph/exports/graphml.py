"""GraphML export (Gephi, Cytoscape, yEd) via networkx.

Layout: see :mod:`graph.exports.network`. Edge ids are the fact ids (role
edges: ``fact/role/entity``), so a tool that round-trips the file keeps them.
"""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from graph.exports.network import to_multidigraph
from graph.model import Graph


def write_graphml(graph: Graph, out: BinaryIO | str) -> None:
    """Write ``graph`` as GraphML to a path or binary stream.

    Examples
    --------
    >>> import io, sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> buf = io.BytesIO(); write_graphml(small_graph(), buf); _ = buf.seek(0)
    >>> nx.read_graphml(buf).number_of_nodes()
    9
    """
    nx.write_graphml(to_multidigraph(graph), out, encoding="utf-8")
