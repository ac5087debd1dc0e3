"""Neo4j loading and query-pack speed: UNWIND batch sizes vs one transaction per row, bulk import, pack queries.

Full mode runs on a private managed server (its own home under
bench/results/tmp/, the cached jars, free ports), so it can wipe, bulk-import
and restart without touching the shared one. ``--quick`` uses the configured
server (deleting only the project's labels) with small graphs and no bulk
import, to stay well under a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from bench.synthetic import synthetic_graph
from graph.model import Graph
from graph.neo4j import server
from graph.neo4j.connection import connect, target
from graph.neo4j.derived import refresh_counts, touched
from graph.neo4j.load import counts, delete_project_data, load_plan
from graph.neo4j.rows import plan
from graph.neo4j.schema import ensure_schema
from queries.packs import load_packs, run_text

RESULTS = Path(__file__).resolve().parent / "results" / "neo4j_load.json"
TMP = Path(__file__).resolve().parent / "results" / "tmp"
GOAL_RELS_PER_S = 50_000
GOAL_P95_MS = 100.0


def _machine() -> dict[str, Any]:
    import neo4j

    cpu = platform.processor() or "?"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"python": platform.python_version(), "platform": platform.platform(), "cpu": cpu,
            "cpus": os.cpu_count(), "neo4j_server": server.config().version, "neo4j_driver": neo4j.__version__}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def private_server() -> Iterator[None]:
    shared_lib = server.config().lib
    home = TMP / "neo4j-bench"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    (home / "lib").symlink_to(shared_lib)
    saved = {k: os.environ.get(k) for k in ("NEO4J_URI", "RUKP_NEO4J_HOME", "RUKP_NEO4J_BOLT_PORT",
                                             "RUKP_NEO4J_HTTP_PORT", "RUKP_NEO4J_HEAP", "RUKP_NEO4J_PAGECACHE")}
    os.environ.pop("NEO4J_URI", None)
    os.environ.update({"RUKP_NEO4J_HOME": str(home), "RUKP_NEO4J_BOLT_PORT": str(_free_port()),
                       "RUKP_NEO4J_HTTP_PORT": str(_free_port()), "RUKP_NEO4J_HEAP": "2g",
                       "RUKP_NEO4J_PAGECACHE": "2g"})
    try:
        server.start(echo=lambda m: print(m, file=sys.stderr))
        yield
    finally:
        server.stop(echo=lambda m: print(m, file=sys.stderr))
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        shutil.rmtree(home, ignore_errors=True)


def _wipe(driver: Any, db: str | None) -> None:
    delete_project_data(driver, db)


def bench_loads(driver: Any, db: str | None, graph: Graph, sizes: list[int], per_row_graph: Graph) -> list[dict[str, Any]]:
    results = []
    p = plan(graph)
    # One transaction per row first, so the database ends holding ``graph`` for the query timings.
    small = plan(per_row_graph)
    _wipe(driver, db)
    ensure_schema(driver, db)
    st = load_plan(driver, small, db, batch_size=1)
    results.append({"metric": "per_row_tx_rows_per_s", "size": 1, "value": round(st.rows_per_s, 1), "unit": "rows/s",
                    "rows": small.node_count + small.rel_count, "seconds": round(st.seconds, 2)})
    print(f"  one tx per row: {st.rows_per_s:,.0f} rows/s", file=sys.stderr)
    for size in sizes:
        _wipe(driver, db)
        ensure_schema(driver, db)
        st = load_plan(driver, p, db, batch_size=size)
        t0 = time.perf_counter()
        refresh_counts(driver, db, *touched(p))  # part of every load: the ranking queries read these counts
        counts_s = time.perf_counter() - t0
        seconds = st.seconds + counts_s
        results.append({"metric": "unwind_load_rows_per_s", "size": size, "value": round(st.rows_per_s, 1),
                        "unit": "rows/s", "relationships": p.rel_count, "nodes": p.node_count,
                        "relationships_per_s": round(p.rel_count / st.seconds, 1), "seconds": round(st.seconds, 2),
                        "count_refresh_seconds": round(counts_s, 2),
                        "relationships_per_s_with_counts": round(p.rel_count / seconds, 1)})
        print(f"  batch {size}: {st.rows_per_s:,.0f} rows/s ({st.seconds:.1f}s, then {counts_s:.1f}s of counts)",
              file=sys.stderr)
    return results


def _query_params(graph: Graph) -> dict[str, dict[str, Any]]:
    """Parameters that hit real data in ``graph`` (the packs' defaults are for the seed articles)."""
    degree: dict[str, int] = {}
    for f in graph.facts:
        degree[f.subject] = degree.get(f.subject, 0) + 1
        degree[f.object] = degree.get(f.object, 0) + 1
    types = {e.id: e.type for e in graph.entities}
    people = sorted((e for e in degree if types.get(e) == "Person"), key=lambda e: -degree[e])
    states = sorted((e for e in degree if types.get(e) == "State"), key=lambda e: -degree[e])
    params: dict[str, dict[str, Any]] = {}
    if people:
        params["actor-dossier"] = {"actor": people[0]}
        params["meetings-and-visits"] = {"actor": people[0]}
    if len(people) > 1:
        params["shortest-paths"] = {"from": people[0], "to": people[1]}
    if states:
        params["breaches"] = {"origin": states[0]}
        params["who-supplies-what"] = {"supplier": states[0]}
        params["quid-pro-quo"] = {"party": states[0]}
        params["sanctions-timeline"] = {"target": states[0]}
    if graph.articles:
        params["article-contents"] = {"article": graph.articles[0].id}
    return params


def bench_queries(driver: Any, db: str | None, graph: Graph, label: str, runs: int) -> list[dict[str, Any]]:
    results = []
    overrides = _query_params(graph) if label != "seed" else {}
    for name, q in sorted(load_packs().items()):
        params = {**q.defaults, **overrides.get(name, {})}
        run_text(driver, q.text, params, db)  # warm the plan cache
        times = []
        rows = 0
        for _ in range(runs):
            t0 = time.perf_counter()
            rows = len(run_text(driver, q.text, params, db)[1])
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        for metric, value in (("query_p50_ms", statistics.median(times)), ("query_p95_ms", p95)):
            results.append({"metric": metric, "size": len(graph.facts), "value": round(value, 2), "unit": "ms",
                            "query": name, "graph": label, "rows": rows})
        print(f"  {label} {name}: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms ({rows} rows)",
              file=sys.stderr)
    return results


def bench_bulk(graph: Graph) -> list[dict[str, Any]]:
    from graph.neo4j.bulk import bulk_load

    st = bulk_load(graph, echo=lambda m: print("  " + m, file=sys.stderr))
    rows = st.nodes + st.relationships
    return [{"metric": "bulk_import_rows_per_s", "size": rows, "value": round(rows / st.import_seconds, 1),
             "unit": "rows/s", "import_seconds": round(st.import_seconds, 2), "total_seconds": round(st.total_seconds, 2),
             "relationships": st.relationships}]


def _seed_graph() -> Graph | None:
    try:
        from ingest.pipeline import extract_paths
    except ImportError:
        return None
    return extract_paths([Path(__file__).resolve().parent.parent / "data" / "articles"]).graph


def run(quick: bool) -> dict[str, Any]:
    notes = ["Timings on a shared 2-core machine; other work slows them.",
             "rows = nodes + relationships sent as UNWIND rows (every row is a MERGE)."]
    results: list[dict[str, Any]] = []
    if quick:
        graph, per_row, sizes, runs = synthetic_graph(400, 1500, seed=7), synthetic_graph(30, 60, seed=8), [1000, 5000], 5
        t = target()
        if t.managed:
            server.start(echo=lambda m: print(m, file=sys.stderr))
            t = target()
        with connect(t) as driver:
            results += bench_loads(driver, t.database, graph, sizes, per_row)
            results += bench_queries(driver, t.database, graph, "synthetic-small", runs)
            delete_project_data(driver, t.database)
        notes.append("--quick: small synthetic graph on the configured server, no bulk import, no seed graph.")
    else:
        graph = synthetic_graph(45_000, 200_000, seed=7)
        per_row = synthetic_graph(300, 1000, seed=8)
        print(f"large graph: {plan(graph).rel_count:,} relationships", file=sys.stderr)
        with private_server():
            t = target()
            with connect(t) as driver:
                results += bench_loads(driver, t.database, graph, [1000, 5000, 20000], per_row)
            results += bench_bulk(graph)
            with connect(target()) as driver:
                results += bench_queries(driver, t.database, graph, "synthetic-large", 20)
                seed = _seed_graph()
                if seed is not None:
                    delete_project_data(driver, t.database)
                    from graph.neo4j.load import load_graph_into_neo4j

                    load_graph_into_neo4j(seed, driver, t.database)
                    results += bench_queries(driver, t.database, seed, "seed", 30)
                else:
                    notes.append("seed graph not measured: ingest.pipeline is not available.")
                print(f"final counts {counts(driver, t.database)}", file=sys.stderr)
    unwind = [r for r in results if r["metric"] == "unwind_load_rows_per_s"]
    per_row_r = [r for r in results if r["metric"] == "per_row_tx_rows_per_s"]
    if unwind and per_row_r:
        best = max(unwind, key=lambda r: r["value"])
        notes.append(f"best UNWIND batch {best['size']}: {best['value']:,.0f} rows/s, "
                     f"{best['value'] / per_row_r[0]['value']:.0f}x one transaction per row.")
    if unwind:
        rate = max(r["relationships_per_s"] for r in unwind)
        notes.append(f"goal: UNWIND load >= {GOAL_RELS_PER_S:,} relationships/s — best {rate:,.0f}: "
                     f"{'met' if rate >= GOAL_RELS_PER_S else 'NOT met'}.")
    large = [r for r in results if r["metric"] == "query_p95_ms" and r["graph"] == "synthetic-large"]
    if large:
        slow = sorted(f"{r['query']} ({r['value']:.0f} ms)" for r in large if r["value"] >= GOAL_P95_MS)
        notes.append(f"goal: every pack query p95 < {GOAL_P95_MS:.0f} ms on the large graph (each starts from an "
                     f"index: id, full-text or a stored count) — "
                     + ("met." if not slow else "NOT met by " + ", ".join(slow) + "."))
    return {"stage": "neo4j_load", "machine": _machine(), "results": results, "notes": notes}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes on the configured server (under a minute)")
    args = parser.parse_args(argv)
    doc = run(args.quick)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"neo4j_load bench: wrote {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
