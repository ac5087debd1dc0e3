"""``kg extract`` and ``kg eval``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from graph.jsonio import write_graph


def _progress(count: list[int]) -> Callable[[str], None]:
    def tick(path: str) -> None:
        count[0] += 1
        if sys.stderr.isatty() or count[0] % 500 == 0:
            click.echo(f"\r  {count[0]} articles extracted", err=True, nl=not sys.stderr.isatty())
    return tick


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True,
              help="Where to write the graph JSON; '-' writes to standard output.")
@click.option("--no-text", is_flag=True, help="Leave the cleaned article text out of the JSON (smaller files).")
@click.option("-j", "--jobs", type=click.IntRange(1, None), default=1, show_default=True,
              help="Worker processes for reading and extraction (the output does not depend on it).")
@click.option("-q", "--quiet", is_flag=True, help="Print no summary, only problems.")
def extract(paths: tuple[str, ...], output: str, no_text: bool, jobs: int, quiet: bool) -> None:
    """Extract entities and facts from article files or directories.

    PATHS are .txt (also .md, .html) files or directories searched recursively.
    Each article's language (Indonesian or English) is detected, page furniture
    is removed, and every fact keeps its evidence (article, sentence, span,
    quote). Unreadable files are reported and skipped; the exit status is
    non-zero only when no article could be read.
    """
    from ingest.pipeline import extract_paths
    from ingest.summary import summarize

    count = [0]
    result = extract_paths(list(paths), progress=_progress(count), jobs=jobs)
    if count[0] and sys.stderr.isatty():
        click.echo("", err=True)
    for problem in result.problems:
        click.echo(f"skipped {problem.path}: {problem.message}", err=True)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    if not result.usable:
        raise click.ClickException(
            f"no usable article in {', '.join(paths)} ({len(result.problems)} problem(s) above); nothing written")
    write_graph(result.graph, output, include_text=not no_text)
    if not quiet:
        click.echo(summarize(result.graph), err=True)
        if output != "-":
            click.echo(f"wrote {output}", err=True)


@click.command("eval")
@click.argument("paths", nargs=-1)
@click.option("--gold", "gold_dir", default="tests/gold", show_default=True, type=click.Path(file_okay=False),
              help="Folder of gold annotation files (one JSON per article).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="List every missed and every extra entity and fact.")
def eval_cmd(paths: tuple[str, ...], gold_dir: str, fmt: str, verbose: bool) -> None:
    """Score the extractor against hand-written gold annotations.

    Extracts PATHS (default: data/articles) and reports precision, recall and F1
    per entity type and per fact type (a fact matches on type, endpoints and
    modality; sanctions also on their resolution).
    """
    from ingest.evaluate import evaluate, render
    from ingest.pipeline import extract_paths

    gold = Path(gold_dir)
    if not gold.is_dir() or not any(gold.glob("*.json")):
        raise click.ClickException(f"no gold annotation files in {gold_dir}")
    result = extract_paths(list(paths) or ["data/articles"])
    report = evaluate(result.graph, result.mentions, gold)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=1))
        return
    click.echo(render(report))
    if verbose:
        click.echo("\nmissed:\n  " + "\n  ".join(report.misses or ["nothing"]))
        click.echo("extra:\n  " + "\n  ".join(report.extras or ["nothing"]))
