"""``kg export rdf`` and ``kg export ontology``: the graph and its vocabulary as RDF."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .export import FORMATS
from .iris import DEFAULT_BASE

_EXTS = ", ".join(f"{e}={n}" for n, (_, _, exts) in FORMATS.items() for e in exts)


@click.command("rdf")
@click.argument("graph_json", metavar="GRAPH_JSON", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write, or - for stdout (then --format is required).")
@click.option("-f", "--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
              help=f"RDF format; default: from the output's extension ({_EXTS}).")
@click.option("--base", default=DEFAULT_BASE, show_default=True,
              help="Base IRI of entities, facts and articles; must end in '/' or '#'. "
                   "An id 'person:kim-jong-un' becomes BASE + 'person/kim-jong-un'.")
@click.option("--engine", type=click.Choice(["auto", "rdflib", "stream"]), default="auto", show_default=True,
              help="auto: the streaming writer for nt/nquads, rdflib for the rest; rdflib: rdflib for all; "
                   "stream: the streaming writer (nt/nquads only).")
def rdf(graph_json: str, output: str, fmt: str | None, base: str, engine: str) -> None:
    """Export GRAPH_JSON (written by `kg extract`) as RDF.

    Formats: turtle, nt, jsonld (one graph) and trig, nquads (each article is
    a named graph holding the facts it supports; entities and articles are in
    the default graph). Every fact is a resource with its roles, modality,
    date, confidence and evidence (prov:wasDerivedFrom the article, plus a
    Web Annotation quote and position selector); a direct triple such as
    rukp:supplies links the two parties unless the fact is denied. Terms come
    from the vocabulary written by `kg export ontology`.
    """
    from graph.jsonio import GraphFormatError, read_graph

    from .export import ExportError, export_rdf
    from .iris import BaseIRIError

    try:
        graph = read_graph(graph_json)
    except (GraphFormatError, OSError) as exc:
        raise click.ClickException(f"cannot read the graph {graph_json}: {exc}") from None
    if output == "-" and fmt is None:
        raise click.UsageError("writing to stdout (-o -) needs --format")
    try:
        export_rdf(graph, output, fmt, base, engine, progress=sys.stderr)
    except (ExportError, BaseIRIError) as exc:
        raise click.UsageError(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc}") from None


@click.command("ontology")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Vocabulary file to write (.ttl, .nt or .jsonld).")
@click.option("--context", "context_path", type=click.Path(dir_okay=False), default=None,
              help="Also write the JSON-LD @context of the export to this file.")
@click.option("--shapes", "shapes_path", type=click.Path(dir_okay=False), default=None,
              help="Also write the SHACL shapes (Turtle) to this file.")
def ontology(output: str, context_path: str | None, shapes_path: str | None) -> None:
    """Write the project vocabulary generated from graph/ontology.yaml.

    Classes for entity and fact types with English and Indonesian labels and
    comments, aligned to schema.org, PROV-O and the W3C Web Annotation model;
    optionally the JSON-LD @context and the SHACL shapes the export conforms to.
    """
    from .context import write_context
    from .export import ExportError
    from .shapes import write_shapes
    from .vocab import write_vocabulary

    try:
        n = write_vocabulary(output)
        click.echo(f"ontology: wrote {n:,} triples to {output}", err=True)
        if context_path:
            write_context(context_path)
            click.echo(f"ontology: wrote the JSON-LD context to {context_path}", err=True)
        if shapes_path:
            m = write_shapes(shapes_path)
            click.echo(f"ontology: wrote {m:,} SHACL triples to {shapes_path}", err=True)
    except (ExportError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {exc.filename or Path(output)}: {exc.strerror}") from None
