"""``kg analyze``: the analytics report on the command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from graph.jsonio import GraphFormatError, read_graph

FORMATS = ("table", "json", "markdown")


@click.command("analyze")
@click.argument("graph_json", metavar="GRAPH.json")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Terminal tables, JSON, or a Markdown document.")
@click.option("--path", "path", nargs=2, metavar="A B", default=None,
              help="Also list the shortest paths between two entities, given by name, "
                   "Indonesian name, alias (any case) or id.")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True,
              help="Entries per list (0: all).")
@click.option("-o", "--output", default="-", show_default=True, help="Where to write the report (- is stdout).")
@click.option("--scores-out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a JSON file mapping every actor's entity id to its scores "
                   "(degree, weighted_degree, pagerank, betweenness, community, broker).")
@click.option("--write-neo4j", is_flag=True,
              help="Also store the scores as properties (degree, weighted_degree, pagerank, betweenness, "
                   "community, broker) of the actors' nodes in Neo4j (the managed server, or NEO4J_URI); "
                   "load the same graph first, missing nodes are counted, not created.")
@click.option("-q", "--quiet", is_flag=True, help="No progress messages on stderr.")
def analyze(graph_json: str, fmt: str, path: tuple[str, str] | None, top: int, output: str,
            scores_out: Path | None, write_neo4j: bool, quiet: bool) -> None:
    """Analyse GRAPH.json, the graph written by `kg extract` (- reads stdin).

    Reports the most central actors (degree, PageRank, betweenness — sampled on
    large graphs), communities and the brokers between them, the exchange
    structure (cycles of SUPPLIES and what is given for what), shortest paths
    between two named entities (--path), the timeline of dated facts and the
    facts resting on a single source article.
    """
    from graph.analytics.paths import NameNotResolved
    from graph.analytics.report import RENDERERS, build_report, scores

    def say(msg: str) -> None:
        if not quiet:
            click.echo(f"kg analyze: {msg}", err=True)

    try:
        graph = read_graph(graph_json)
    except FileNotFoundError:
        raise click.ClickException(f"{graph_json}: no such file; write one with `kg extract`.") from None
    except GraphFormatError as exc:
        raise click.ClickException(f"{graph_json} is not a usable graph: {exc}") from None
    say(f"{len(graph.entities)} entities, {len(graph.facts)} facts")
    try:
        report = build_report(graph, top=top, path=path, progress=say)
    except NameNotResolved as exc:
        raise click.ClickException(f"--path: {exc}") from None
    text = RENDERERS[fmt](report)
    if output == "-":
        sys.stdout.write(text)
    else:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
        say(f"report written to {output}")
    table = scores(report)
    if scores_out is not None:
        scores_out.parent.mkdir(parents=True, exist_ok=True)
        scores_out.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        say(f"scores of {len(table)} actors written to {scores_out}")
    if write_neo4j:
        _write_neo4j(table, {e.id: e.type for e in graph.entities}, say)


def _write_neo4j(table: dict[str, dict[str, object]], types: dict[str, str], say: Callable[[str], None]) -> None:
    from graph.analytics.store import write_scores
    from graph.neo4j.connection import Neo4jUnavailable, connect, target

    t = target()
    try:
        drv = connect(t)
    except Neo4jUnavailable as exc:
        raise click.ClickException(f"--write-neo4j: {exc}") from None
    with drv:
        matched, missing = write_scores(drv, table, types, database=t.database)
    say(f"scores stored on {matched} nodes of {t.describe()}")
    if missing:
        say(f"{missing} actors are not in the database (load the same graph with `kg load` first)")
