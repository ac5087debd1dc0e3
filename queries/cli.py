"""``kg query list|show|run``: the Cypher query packs, run read-only."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click

from .packs import PackQuery, QueryError, bind, get_query, load_packs, parse_query, run_text


@click.group("query")
def query() -> None:
    """Analysts' Cypher queries (queries/<pack>/<name>.cypher), run in read-only transactions.

    They talk to NEO4J_URI when set, else the managed server (`kg neo4j start`); load a graph first with `kg load`.
    """


@query.command("list")
def list_() -> None:
    """List every query: pack, name and title."""
    packs = load_packs()
    width = max(len(n) for n in packs)
    for q in sorted(packs.values(), key=lambda q: (q.pack, q.name)):
        click.echo(f"{q.pack:<11} {q.name:<{width}}  {q.title}")


@query.command("show")
@click.argument("name")
def show(name: str) -> None:
    """Print a query's description, parameters with defaults, example and Cypher text."""
    try:
        q = get_query(name)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{q.name} ({q.pack}): {q.title}\n\n{q.description}\n")
    for p in q.params:
        click.echo(f"  --param {p.name}=…   default {json.dumps(p.default, ensure_ascii=False)}   {p.description}")
    if q.example:
        click.echo(f"\nexample: {q.example}")
    click.echo(f"cypher-shell / Browser: {q.cypher_shell_params()}\nfile: {q.path}\n")
    click.echo(q.text.rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " | ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _table(keys: list[str], rows: list[dict[str, Any]], max_width: int) -> str:
    def clip(s: str) -> str:
        s = s.replace("\n", " ")
        return s if max_width <= 0 or len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[clip(_cell(r[k])) for k in keys] for r in rows]
    widths = [max([len(k), *(len(c[i]) for c in cells)]) for i, k in enumerate(keys)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [line(keys), line(["-" * w for w in widths]), *(line(c) for c in cells)]
    return "\n".join(out) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"


@query.command("run")
@click.argument("name", required=False)
@click.option("--file", "file_", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Run your own .cypher file instead of a named query (same header format, same read-only rule).")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter; typed like its default (lists and maps as JSON). Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--max-width", type=int, default=60, show_default=True, help="Clip table cells (0: never).")
def run(name: str | None, file_: Path | None, params: tuple[str, ...], fmt: str, max_width: int) -> None:
    """Run a named query (see `kg query list`) or --file FILE, in a READ transaction.

    A query that tries to write is refused by the server, and this command says so (exit 1).
    """
    from graph.neo4j.connection import Neo4jUnavailable, connect, target

    if (name is None) == (file_ is None):
        raise click.UsageError("give either a query NAME or --file FILE")
    try:
        q: PackQuery = parse_query(file_.read_text(encoding="utf-8"), file_) if file_ else get_query(name or "")
        given = {}
        for item in params:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise QueryError(f"--param {item!r}: expected KEY=VALUE")
            given[key.strip()] = value
        bound = bind(q, given)
        t = target()
        with connect(t) as driver:
            keys, rows = run_text(driver, q.text, bound, t.database)
    except (QueryError, Neo4jUnavailable) as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(keys)
        for r in rows:
            w.writerow([_cell(r[k]) for k in keys])
    else:
        click.echo(_table(keys, rows, max_width))
