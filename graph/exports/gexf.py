"""GEXF 1.2 export (Gephi) via networkx.

Layout: see :mod:`graph.exports.network`. The node ``label`` is the
entity's English name; the edge ``label`` the fact type's English label.
Dates stay string attributes (``date``, ``date_precision``) because GEXF's
dynamic mode needs full days and many reported dates are only a year.
"""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from graph.exports.network import to_multidigraph
from graph.model import Graph


def write_gexf(graph: Graph, out: BinaryIO | str) -> None:
    """Write ``graph`` as GEXF to a path or binary stream.

    Examples
    --------
    >>> import io, sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> buf = io.BytesIO(); write_gexf(small_graph(), buf); _ = buf.seek(0)
    >>> nx.read_gexf(buf).number_of_nodes()
    9
    """
    nx.write_gexf(to_multidigraph(graph), out, encoding="utf-8")
