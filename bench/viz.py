"""Speed of ``kg viz``: page generation in Python, and time until headless Chromium draws a page.

Run ``python -m bench.viz [--quick]``; writes ``bench/results/viz.json``.

Sizes are nodes of the overview page before the cap of a synthetic graph (about one
fact per entity, a fifth of the facts drawn as nodes of their own), so
"1,000" is a page with about 1,000 vis nodes. Above 300 nodes positions are
computed in Python; above 2,000 the page keeps its most important part, so
the 5,000 case measures the cap too. Goal: a 1,000-node page generated in
under 1 s and drawn in under 3 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyvis

from bench.machine import machine_info

from bench.synthetic import synthetic_graph
from graph.ontology import load_ontology
from viz import views
from viz.elements import build_elements
from viz.page import render_page
from viz.rank import importance

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "viz.json"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
GOAL_GENERATE_S = 1.0
GOAL_DRAW_S = 3.0


def generate(target_nodes: int, out: Path) -> dict[str, Any]:
    """Time one overview page from the in-memory graph to the written file, step by step."""
    n = max(10, round(target_nodes / 1.2))
    graph = synthetic_graph(n, n)
    onto = load_ontology()
    t0 = time.perf_counter()
    index = views.GraphIndex.build(graph, onto)
    scores = importance(graph, onto)
    t1 = time.perf_counter()
    sel = views.select(index, views.overview(index), scores)
    el = build_elements(sel, index, scores)
    t2 = time.perf_counter()
    html = render_page(el, onto, "Overview", "bench", [])
    out.write_text(html, encoding="utf-8")
    t3 = time.perf_counter()
    kept = {f.id for f in sel.facts}
    dropped_events = sum(1 for f in sel.view.facts if f.id not in kept and index.is_event(f))
    return {"metric": "overview page generated", "size": sel.node_count + sel.left_out_entities + dropped_events,
            "value": round(t3 - t0, 3), "unit": "s", "nodes_drawn": len(el.nodes), "entities": len(graph.entities), "facts": len(graph.facts), "edges": len(el.edges),
            "positioned": el.positioned, "left_out_entities": sel.left_out_entities,
            "index_rank_s": round(t1 - t0, 3), "select_elements_layout_s": round(t2 - t1, 3),
            "render_write_s": round(t3 - t2, 3), "bytes": len(html.encode("utf-8"))}


def _offline(own: str) -> Any:
    def handle(route: Any) -> None:
        route.continue_() if route.request.url == own else route.abort()
    return handle


def draw_times(pages: list[tuple[int, Path]], repeat: int) -> list[dict[str, Any]]:
    """Navigation start to vis-network's first drawn frame, offline, median of ``repeat`` loads."""
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for nodes, path in pages:
            times = []
            for _ in range(repeat):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                own = path.resolve().as_uri()
                page.route("**/*", _offline(own))
                page.goto(own)
                deadline = time.monotonic() + 120
                while page.evaluate("!(window.kgPage && window.kgPage.firstDraw !== null)"):
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"{path.name} not drawn after 120 s")
                    page.wait_for_timeout(20)
                times.append(page.evaluate("window.kgPage.firstDraw") / 1000)
                page.close()
            rows.append({"metric": "page drawn in headless Chromium", "size": nodes,
                         "value": round(statistics.median(times), 3), "unit": "s", "runs": repeat,
                         "min_s": round(min(times), 3), "max_s": round(max(times), 3)})
        browser.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes only (well under a minute)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    gen_sizes = [100, 1000] if args.quick else [100, 1000, 5000]
    draw_sizes = [1000] if args.quick else [100, 1000, 2000]
    results: list[dict[str, Any]] = []
    notes = [f"Goal: a 1,000-node page generated in < {GOAL_GENERATE_S:g} s and drawn in < {GOAL_DRAW_S:g} s.",
             "Generation includes PageRank, selection, layout (above 300 nodes) and pyvis rendering; "
             "the synthetic graph itself is built outside the timing.",
             "Drawn: performance.now() at vis-network's first afterDrawing event (navigation start = 0), "
             "network requests aborted."]
    with tempfile.TemporaryDirectory() as tmp:
        pages: dict[int, tuple[int, Path]] = {}
        for size in sorted(set(gen_sizes) | set(draw_sizes)):
            path = Path(tmp) / f"overview-{size}.html"
            row = generate(size, path)
            if size in gen_sizes:
                results.append(row)
                print(f"generate {row['size']:>5} nodes: {row['value']:.3f} s", file=sys.stderr)
            pages[size] = (row["nodes_drawn"], path)
        if Path(CHROMIUM).exists():
            for row in draw_times([pages[s] for s in draw_sizes], repeat=1 if args.quick else 3):
                results.append(row)
                print(f"draw     {row['size']:>5} nodes: {row['value']:.3f} s", file=sys.stderr)
        else:
            notes.append(f"{CHROMIUM} not installed (make browser): draw times not measured.")
    doc = {"stage": "viz", "machine": machine_info(pyvis=pyvis.__version__), "results": results, "notes": notes}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(args.out, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
