"""Shared helpers of the RDF tests: parse what was written, compare graphs and datasets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph.model import Graph as KG
from graph.rdf.export import FORMATS, statements
from graph.rdf.writers import to_rdflib

EXT = {"turtle": "ttl", "nt": "nt", "jsonld": "jsonld", "trig": "trig", "nquads": "nq"}


def parse(path: Path, fmt: str) -> Any:
    plugin, is_dataset, _ = FORMATS[fmt]
    target: Any = Dataset() if is_dataset else Graph()
    target.parse(str(path), format=plugin)
    return target


def quad_set(ds: Any) -> set[tuple[Any, Any, Any, Any]]:
    """Quads with the graph name as a term (None for the default graph), comparable across parses."""
    out = set()
    for s, p, o, c in ds.quads((None, None, None, None)):
        name = getattr(c, "identifier", c)
        if name is None or str(name) == "urn:x-rdflib:default":
            name = None
        out.add((s, p, o, name))
    return out


def same_rdf(a: Any, b: Any, is_dataset: bool) -> bool:
    return quad_set(a) == quad_set(b) if is_dataset else isomorphic(a, b)


def reference(graph: KG, fmt: str) -> Any:
    """The statements of the export as an rdflib graph/dataset, built in memory without serialising."""
    is_dataset = FORMATS[fmt][1]
    return to_rdflib(statements(graph, quads=is_dataset), is_dataset)
