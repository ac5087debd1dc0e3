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
@click.option("--expected", "expected_file", type=click.Path(dir_okay=False),
              help="Score against an expected.md of facts written by name (a held-out set such as"
                   " tests/heldout/expected.md) instead of gold JSON; PATHS default to its folder.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="List every missed and every extra entity and fact.")
def eval_cmd(paths: tuple[str, ...], gold_dir: str, expected_file: str | None, fmt: str, verbose: bool) -> None:
    """Score the extractor against hand-written gold annotations.

    Extracts PATHS (default: data/articles) and reports precision, recall and F1
    per entity type and per fact type (a fact matches on type, endpoints and
    modality; sanctions also on their resolution). With --expected, scores facts
    on type and endpoints, and again with modality, against a held-out set.
    """
    from ingest.evaluate import evaluate, render
    from ingest.pipeline import extract_paths

    if expected_file is not None:
        _eval_heldout(Path(expected_file), paths, fmt, verbose)
        return
    gold = Path(gold_dir)
    if not gold.is_dir() or not any(gold.glob("*.json")):
        raise click.ClickException(f"no gold annotation files in {gold_dir}")
    result = extract_paths(list(paths) or ["data/articles"])
    report = evaluate(result.graph, result.mentions, gold)
    _show(report.as_dict(), render(report), fmt, verbose, [("missed", report.misses), ("extra", report.extras)])


def _show(doc: dict[str, object], table: str, fmt: str, verbose: bool, lists: list[tuple[str, list[str]]]) -> None:
    """Print a score report as JSON, or as its table and, with -v, each of its lists."""
    if fmt == "json":
        click.echo(json.dumps(doc, indent=1))
        return
    click.echo(table)
    if verbose:
        click.echo("")
        for label, items in lists:
            click.echo(f"{label}:\n  " + "\n  ".join(items or ["nothing"]))


def _eval_heldout(expected_file: Path, paths: tuple[str, ...], fmt: str, verbose: bool) -> None:
    from ingest.heldout import parse_expected, render_heldout, score_heldout
    from ingest.pipeline import extract_paths

    if not expected_file.is_file():
        raise click.ClickException(f"no such expected file: {expected_file}")
    try:
        expected = parse_expected(expected_file)
    except (ValueError, UnicodeDecodeError) as exc:
        raise click.ClickException(str(exc)) from None
    if not expected:
        raise click.ClickException(f"{expected_file} names no article ('## name.txt' headings)")
    # the folder also holds expected.md itself, which must not be read as an article
    result = extract_paths(list(paths) or [expected_file.parent / name for name in sorted(expected)])
    report = score_heldout(result.graph, expected)
    lists = [("missed", report.misses), ("found with another modality", report.other_modality),
             ("extra", report.extras)] + ([("no id for", report.unnamed)] if report.unnamed else [])
    _show(report.as_dict(), render_heldout(report), fmt, verbose, lists)
