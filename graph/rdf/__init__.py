"""RDF export of the graph: vocabulary, IRIs, triples, shapes and writers.

Public entry points: :func:`export_rdf` (graph -> file in any RDF format) and
:func:`write_vocabulary` (the project vocabulary as ``ontology.ttl``).
"""

from __future__ import annotations

from .export import DEFAULT_BASE, FORMATS, export_rdf, format_for_path
from .vocab import write_vocabulary

__all__ = ["DEFAULT_BASE", "FORMATS", "export_rdf", "format_for_path", "write_vocabulary"]
