"""``kg load`` and ``kg export neo4j-import``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..jsonio import GraphFormatError, read_graph
from ..model import Graph
from . import server
from .connection import Neo4jUnavailable, connect, target
from .load import DEFAULT_BATCH, counts, load_graph_into_neo4j


def read_input(source: str) -> Graph:
    """A graph from a JSON file (``-``: stdin), or extracted from an article file or folder."""
    path = Path(source)
    if source == "-" and sys.stdin.isatty():
        raise click.ClickException("no graph given: name a graph JSON file (or a folder of articles), or pipe one "
                                   "into stdin, e.g. `kg extract data/articles -o - | kg load -`.")
    if source != "-" and (path.is_dir() or path.suffix.lower() in {".txt", ".md"}):
        if not path.exists():
            raise click.ClickException(f"{source}: no such file or folder")
        try:
            from ingest.pipeline import extract_paths
        except ImportError as exc:
            raise click.ClickException(f"cannot extract {source}: the extractor is not available ({exc}). "
                                       "Give a graph JSON written by `kg extract` instead.") from None
        click.echo(f"extracting {source} …", err=True)
        return extract_paths([path]).graph
    if source != "-" and not path.exists():
        raise click.ClickException(f"{source}: no such file")
    try:
        return read_graph(source)
    except GraphFormatError as exc:
        raise click.ClickException(f"{source} is not a graph document ({exc}); write one with `kg extract`.") from None


class _Progress:
    """Counts on stderr: one updating line on a terminal, a line per phase otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.phase = ""

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        finished = done >= total
        if self.tty and (finished or now - self.last > 0.2):
            click.echo(f"\r  {phase}: {done:,}/{total:,} ({100 * done // max(total, 1)}%)", err=True, nl=finished)
            self.last = now
        elif not self.tty and finished:
            click.echo(f"  {phase}: {done:,}/{total:,}", err=True)


@click.command("load")
@click.argument("source", metavar="GRAPH_JSON|ARTICLES")
@click.option("--batch-size", type=click.IntRange(1), default=DEFAULT_BATCH, show_default=True,
              help="Rows per UNWIND transaction.")
@click.option("--replace", is_flag=True, help="First delete the project's nodes (its labels only; asks unless --yes).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before deleting.")
@click.option("--bulk", is_flag=True,
              help="Managed server only: replace the whole database by a neo4j-admin CSV import "
                   "(stops and restarts the server). For a first load of a large corpus.")
@click.option("--no-reference", is_flag=True,
              help="Do not add the UN resolutions of ingest/reference (dates, measures) as Resolution nodes.")
def load(source: str, batch_size: int, replace: bool, yes: bool, bulk: bool, no_reference: bool) -> None:
    """Load a graph into Neo4j (NEO4J_URI, or the managed server).

    GRAPH_JSON is a file written by `kg extract` (or - for stdin); a folder or .txt file of articles is extracted
    first. Constraints and indexes come first, then nodes and relationships in UNWIND … MERGE batches inside
    retried write transactions. Loading again changes nothing; a second corpus adds to the first. If the load is
    cut off (Neo4j died), run it again: it completes without duplicating anything.
    """
    graph = read_input(source)
    t = target()
    if bulk:
        if not yes:
            _confirm(f"--bulk replaces the whole database {t.database} on {t.uri}")
        from .bulk import bulk_load

        try:
            bs = bulk_load(graph, echo=lambda m: click.echo(m, err=True), reference=not no_reference)
        except server.ServerError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"imported {bs.nodes:,} nodes and {bs.relationships:,} relationships "
                   f"(neo4j-admin {bs.import_seconds:.1f}s, {bs.total_seconds:.1f}s in all) into {t.uri}")
        return
    try:
        driver = connect(t)
    except Neo4jUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    with driver:
        if replace and not yes:
            _confirm(f"--replace deletes every node with one of this project's labels in database "
                     f"{t.database or '(default)'} on {t.uri}")
        click.echo(f"loading {len(graph.entities):,} entities, {len(graph.facts):,} facts, "
                   f"{len(graph.articles):,} articles into {t.describe()}", err=True)
        try:
            st = load_graph_into_neo4j(graph, driver, t.database, batch_size, replace, not no_reference, _Progress())
            n, r = counts(driver, t.database)
        except Neo4jUnavailable as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"loaded {st.nodes:,} node rows and {st.relationships:,} relationship rows in {st.seconds:.1f}s "
               f"({st.rows_per_s:,.0f} rows/s); the database now holds {n:,} nodes and {r:,} relationships")


def _confirm(what: str) -> None:
    if not sys.stdin.isatty():
        raise click.ClickException(f"{what}; add --yes to confirm (no terminal to ask on).")
    click.confirm(f"{what}. Continue?", abort=True, err=True)


@click.command("neo4j-import")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("-i", "--input", "source", default="-", show_default=True, metavar="GRAPH_JSON|ARTICLES",
              help="The graph (JSON from `kg extract`, - for stdin, or articles to extract).")
@click.option("--no-reference", is_flag=True, help="Leave out the reference UN resolutions.")
def neo4j_import(directory: Path, source: str, no_reference: bool) -> None:
    """Write CSV files for `neo4j-admin database import full` into DIRECTORY.

    Prints the neo4j-admin arguments that import them (`kg load --bulk` does all of it on the managed server).
    """
    from .bulk import export_graph

    files = export_graph(read_input(source), directory, reference=not no_reference)
    click.echo(f"wrote {files.node_rows:,} node rows and {files.relationship_rows:,} relationship rows "
               f"in {len(files.nodes) + len(files.relationships)} files to {directory}", err=True)
    click.echo("neo4j-admin " + " ".join(a.replace("\x1f", "$'\\x1f'") for a in files.admin_args()))
