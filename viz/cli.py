"""``kg viz``: write the offline HTML pages for a graph."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from graph.jsonio import GraphFormatError, graph_from_dict

from .elements import LAYOUT_THRESHOLD
from .site import MAX_ACTOR_PAGES, build_site
from .views import MAX_NODES


def _supplied_scores(doc: Any) -> dict[str, float]:
    """Importance scores some stage wrote onto the entities (``pagerank``, else ``score``)."""
    scores: dict[str, float] = {}
    for e in doc.get("entities", []) if isinstance(doc, dict) else []:
        if not isinstance(e, dict):
            continue
        for key in ("pagerank", "score"):
            value = e.get(key)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                scores[str(e.get("id"))] = float(value)
                break
    return scores


def _scores_file(path: str) -> dict[str, float]:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise click.ClickException(f"{path}: cannot read scores ({exc})") from None
    if not isinstance(doc, dict):
        raise click.ClickException(f"{path}: expected a JSON object of entity id -> scores")
    out: dict[str, float] = {}
    for eid, v in doc.items():
        value = v.get("pagerank") if isinstance(v, dict) else v
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            out[str(eid)] = float(value)
    return out


@click.command("viz")
@click.argument("graph_json", metavar="GRAPH.json", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--out", "out_dir", default="out/site", show_default=True,
              type=click.Path(file_okay=False), help="Folder to write the pages into (created if missing).")
@click.option("--max-nodes", default=MAX_NODES, show_default=True, type=click.IntRange(10),
              help="Most nodes one page draws; bigger views show their most important part and say what is left out.")
@click.option("--max-actor-pages", default=MAX_ACTOR_PAGES, show_default=True, type=click.IntRange(0),
              help="Pages for at most this many actors (people, states, organisations), most important first.")
@click.option("--layout-threshold", default=LAYOUT_THRESHOLD, show_default=True, type=click.IntRange(0),
              help="Above this many nodes positions are computed in Python and the browser's physics is off.")
@click.option("--scores", "scores_file", type=click.Path(dir_okay=False, exists=True),
              help="Size nodes by the PageRank in this file (written by `kg analyze --scores-out`).")
def viz(graph_json: str, out_dir: str, max_nodes: int, max_actor_pages: int, layout_threshold: int,
        scores_file: str | None) -> None:
    """Draw GRAPH.json (written by ``kg extract``; ``-`` reads stdin) as offline HTML pages.

    Writes OUT/index.html (counts, sources, date ranges, links), overview.html,
    arms-and-goods.html, sanctions.html, meetings-and-visits.html and one
    actor-*.html page per actor (its two-hop neighbourhood; the most important
    actors, see --max-actor-pages). Every page opens
    straight from disk and makes no network request: vis-network is inlined.
    Node size is PageRank: from --scores (``kg analyze --scores-out``) for the
    entities it covers, or entities' own ``pagerank`` values, else computed here. Prints the path of index.html on stdout; progress goes to
    stderr.
    """
    started = time.perf_counter()
    try:
        if graph_json == "-":
            doc = json.load(sys.stdin)
        else:
            with open(graph_json, encoding="utf-8") as fh:
                doc = json.load(fh)
        graph = graph_from_dict(doc)
    except FileNotFoundError:
        raise click.ClickException(f"{graph_json}: no such file. Write it first with "
                                   "`kg extract data/articles -o out/graph.json`.") from None
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"{graph_json}: not JSON ({exc.msg} at line {exc.lineno}).") from None
    except GraphFormatError as exc:
        raise click.ClickException(f"{graph_json}: {exc}") from None
    except OSError as exc:
        raise click.ClickException(f"{graph_json}: cannot read it ({exc.strerror}).") from None

    def progress(msg: str) -> None:
        click.echo(f"kg viz: {msg}", err=True)

    progress(f"{len(graph.entities):,} entities, {len(graph.facts):,} facts, {len(graph.articles):,} articles")
    supplied = _supplied_scores(doc)
    if scores_file:
        supplied.update(_scores_file(scores_file))
    try:
        report = build_site(graph, out_dir, scores=supplied or None, max_nodes=max_nodes,
                            max_actor_pages=max_actor_pages, layout_threshold=layout_threshold, progress=progress)
    except OSError as exc:
        raise click.ClickException(f"cannot write the pages into {out_dir}: {exc.strerror or exc}.") from None
    capped = sum(1 for p in report.pages if p.left_out_entities)
    progress(f"wrote {len(report.pages) + 1} pages in {time.perf_counter() - started:.1f} s"
             + (f"; {capped} page(s) show only their most important part" if capped else "")
             + (f"; {report.actors_left_out} actors without a page" if report.actors_left_out else ""))
    click.echo(str(Path(report.index).resolve()))
