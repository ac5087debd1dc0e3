"""``kg export graphml|gexf|ftm|csv``: click commands for the analysts' formats."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from graph.jsonio import GraphFormatError, read_graph
from graph.model import Graph


def _load(source: str) -> Graph:
    try:
        return read_graph(source)
    except FileNotFoundError:
        raise click.ClickException(f"{source}: no such file; write one with `kg extract`.") from None
    except GraphFormatError as exc:
        raise click.ClickException(f"{source} is not a usable graph: {exc}") from None


def _say(msg: str) -> None:
    click.echo(f"kg export: {msg}", err=True)


def _binary(writer: Callable[[Graph, Any], None], graph: Graph, output: str) -> None:
    if output == "-":
        writer(graph, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        writer(graph, fh)
    tmp.replace(path)  # never leave half a file under the final name
    _say(f"wrote {path}")


_graph_arg = click.argument("graph_json", metavar="GRAPH.json")
_out_opt = click.option("-o", "--output", required=True, metavar="FILE", help="Output file, or - for stdout.")


@click.command("graphml")
@_graph_arg
@_out_opt
def graphml(graph_json: str, output: str) -> None:
    """GraphML for Gephi, Cytoscape or yEd: entities as nodes, facts as edges.

    Nodes carry label, entity_type, aliases, wikidata; fact edges carry
    fact_type, label, date, date_precision, modality, confidence and role
    attributes; each entity-valued role (item, place, resolution) adds an
    edge with kind=role. GRAPH.json may be - (stdin).
    """
    from graph.exports.graphml import write_graphml

    _binary(write_graphml, _load(graph_json), output)


@click.command("gexf")
@_graph_arg
@_out_opt
def gexf(graph_json: str, output: str) -> None:
    """GEXF 1.2 for Gephi, with the same attributes as the GraphML export.

    GRAPH.json may be - (stdin).
    """
    from graph.exports.gexf import write_gexf

    _binary(write_gexf, _load(graph_json), output)


@click.command("ftm")
@_graph_arg
@_out_opt
def ftm(graph_json: str, output: str) -> None:
    """FollowTheMoney entities as JSON lines (for Aleph, OpenSanctions tools).

    Persons, organisations, states (PublicBody with country code), places
    (Address), items (Asset), articles (Article); transfers become
    EconomicActivity, sanctions Sanction, meetings Event, visits Trip.
    Needs the followthemoney package. GRAPH.json may be - (stdin).
    """
    from graph.exports.ftm import FtmUnavailable, write_ftm

    graph = _load(graph_json)
    try:
        if output == "-":
            write_ftm(graph, sys.stdout)
            return
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            n = write_ftm(graph, fh)
        tmp.replace(path)
    except FtmUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    _say(f"wrote {n} FtM entities to {path}")


@click.command("csv")
@_graph_arg
@click.option("-o", "--output", required=True, metavar="DIR",
              help="Directory to write the CSV files into (created if needed).")
def csv(graph_json: str, output: str) -> None:
    """CSV files for spreadsheets: one per entity type and per fact type.

    Also articles.csv and evidence.csv (every quote with its offsets). The
    output is a directory, so - (stdout) is not accepted. GRAPH.json may be
    - (stdin).
    """
    from graph.exports.csv_export import write_csv_dir

    if output == "-":
        raise click.UsageError("the CSV export writes several files: give a directory with -o, not -.")
    target = Path(output)
    if target.exists() and not target.is_dir():
        raise click.UsageError(f"{output} exists and is not a directory.")
    paths = write_csv_dir(_load(graph_json), target)
    _say(f"wrote {len(paths)} CSV files to {target}")
