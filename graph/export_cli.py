"""``kg export FORMAT``: one lazy group for every export format."""

from __future__ import annotations

import click

from .cli import LazyGroup

# format name -> "module:attribute" of its click command.
EXPORTS: dict[str, str] = {
    "rdf": "graph.rdf.cli:rdf",
    "ontology": "graph.rdf.cli:ontology",
    "graphml": "graph.exports.cli:graphml",
    "gexf": "graph.exports.cli:gexf",
    "ftm": "graph.exports.cli:ftm",
    "csv": "graph.exports.cli:csv",
    "neo4j-import": "graph.neo4j.load_cli:neo4j_import",
}


@click.group("export", cls=LazyGroup, lazy_subcommands=EXPORTS)
def export() -> None:
    """Write the graph in another format (RDF, GraphML, GEXF, FtM, CSV, neo4j-import)."""
