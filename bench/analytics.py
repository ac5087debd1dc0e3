"""Analytics speed: the full ``kg analyze`` report on synthetic graphs of growing size, on one core.

Run ``python -m bench.analytics [--quick] [--large]``; writes
``bench/results/analytics.json``.

Corpus sizes are in articles; each synthetic graph has 20 facts and 4
entities per article, so 5,000 articles give the goal's graph of 20,000
entities and 100,000 facts (target: report in under 30 s on one core).
The report runs single-threaded (one BLAS thread, fixed before numpy
loads); both wall-clock and CPU time are recorded.
Every size runs the whole report (with a shortest-path query, so the full
projection is built too); each section's time is recorded as well.
"""

from __future__ import annotations

import os

# One core, as the goal says: BLAS threads must be fixed before numpy is imported.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from bench.machine import machine_info  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "analytics.json"
FACTS_PER_ARTICLE = 20
ENTITIES_PER_ARTICLE = 4
GOAL_ARTICLES = 5_000
GOAL_SECONDS = 30.0
QUICK = [50, 250]
FULL = [100, 1_000, GOAL_ARTICLES, 10_000]
LARGE = [25_000]




def measure(articles: int) -> list[dict[str, Any]]:
    from bench.synthetic import synthetic_graph
    from graph.analytics.report import build_report

    graph = synthetic_graph(articles * ENTITIES_PER_ARTICLE, articles * FACTS_PER_ARTICLE, articles)
    actors = [e for e in graph.entities if e.type == "Person"]
    path = (actors[0].id, actors[-1].id)
    start, cpu_start = time.perf_counter(), time.process_time()
    report = build_report(graph, top=10, path=path)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    g = report["graph"]
    extra = {"articles": articles, "entities": g["entities"], "facts": g["facts"],
             "actor_nodes": g["projections"]["actors"]["nodes"], "actor_edges": g["projections"]["actors"]["edges"],
             "full_nodes": g["projections"]["full"]["nodes"], "full_edges": g["projections"]["full"]["edges"],
             "betweenness_sampled": report["betweenness"]["sampled"], "communities": report["communities"]["method"]}
    rows = [{"metric": "full report", "size": articles, "value": round(seconds, 3), "unit": "s", **extra},
            {"metric": "full report (CPU time)", "size": articles, "value": round(cpu, 3), "unit": "s",
             "articles": articles}]
    for section, t in report["cpu_timings"].items():
        rows.append({"metric": f"section: {section} (CPU time)", "size": articles, "value": round(t, 3), "unit": "s",
                     "articles": articles})
    sections = ", ".join(f"{k} {v:.2f}" for k, v in report["cpu_timings"].items())
    print(f"analytics bench: {articles:>6} articles, {g['entities']:>6} entities, {g['facts']:>7} facts: "
          f"report {seconds:6.2f} s wall, {cpu:6.2f} s CPU (sections, CPU s: {sections})", file=sys.stderr, flush=True)
    return rows


def run(quick: bool, large: bool) -> dict[str, Any]:
    sizes = QUICK if quick else FULL + (LARGE if large else [])
    results: list[dict[str, Any]] = []
    load_before = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    for n in sizes:
        results += measure(n)
    load_after = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    notes = [
        f"system load average (1 min) before/after: {load_before} / {load_after} on {os.cpu_count()} CPUs; "
        "other work on the machine slows these timings.",
        "one core: the report is single-threaded (BLAS limited to 1 thread); its CPU time is the time it "
        "needs on one core, and the goal is judged on it. Wall time is shown too; it grows when other "
        "processes share the CPUs.",
        f"synthetic graphs (bench/synthetic.py, seed 7): {ENTITIES_PER_ARTICLE} entities and "
        f"{FACTS_PER_ARTICLE} facts per article; size = articles.",
        "full report = everything `kg analyze --path A B` computes: actor and full projections, degree, "
        "PageRank, betweenness (sampled from 64 sources above 1,500 actors), communities (Louvain up to "
        "20,000 actor edges, label propagation above) and brokers, supply cycles, shortest paths, timeline, "
        "single-source facts. Graph generation is not timed.",
    ]
    goal = [r for r in results if r["metric"] == "full report" and r["size"] == GOAL_ARTICLES]
    if goal:
        r = goal[0]
        cpu = next(x["value"] for x in results if x["metric"] == "full report (CPU time)" and x["size"] == r["size"])
        verdict = "met" if cpu < GOAL_SECONDS else "NOT met"
        notes.append(f"goal (report on 20k entities / 100k facts in < {GOAL_SECONDS:.0f} s on one core): {verdict} "
                     f"— {cpu:.1f} s of CPU time ({r['value']:.1f} s wall) for {r['entities']:,} entities, "
                     f"{r['facts']:,} facts "
                     f"({r['full_nodes']:,} nodes / {r['full_edges']:,} edges in the full projection, "
                     f"{r['actor_nodes']:,} / {r['actor_edges']:,} among actors).")
    else:
        notes.append("goal size (5,000 articles = 20k entities / 100k facts) not run (--quick).")
    import networkx
    import numpy
    import scipy

    machine = machine_info(networkx=networkx.__version__, numpy=numpy.__version__, scipy=scipy.__version__)
    return {"stage": "analytics", "machine": machine, "results": results, "notes": notes}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only (well under a minute)")
    parser.add_argument("--large", action="store_true", help=f"also the largest size ({LARGE[-1]:,} articles)")
    args = parser.parse_args(argv)
    doc = run(args.quick, args.large)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"analytics bench: wrote {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
