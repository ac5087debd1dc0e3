"""RDF export speed and memory: rdflib vs the streaming writer vs pyoxigraph, per format.

Run ``python -m bench.rdf [--quick]``; writes ``bench/results/rdf.json``.

Graphs: the seed graph (when the extractor is present) and a synthetic graph
of over a million triples (``--quick``: a few thousand). Each (format,
engine) runs in a fresh forked process so peak memory is its own: the
process's peak RSS is reset after the input graph is built, and the result
reports the peak RSS above the RSS the input graph already used.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from graph.model import Graph

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "rdf.json"
FORMATS = ["nt", "nquads", "turtle", "trig", "jsonld"]
EXT = {"turtle": "ttl", "nt": "nt", "jsonld": "jsonld", "trig": "trig", "nquads": "nq"}


def _rss_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM (Linux)
        return True
    except OSError:
        return False


def write_oxigraph(graph: Graph, path: Path, fmt: str) -> int:
    """Serialise the same statement stream with pyoxigraph (a comparison path, not the product's)."""
    import pyoxigraph as ox

    from graph.rdf.export import FORMATS as RDF_FORMATS
    from graph.rdf.export import Lit, statements
    from graph.rdf.vocab import prefixes, project_vocab

    quads = RDF_FORMATS[fmt][1]
    nodes: dict[str, Any] = {}

    def node(iri: str) -> Any:
        n = nodes.get(iri)
        if n is None:
            n = nodes[iri] = ox.NamedNode(iri)
        return n

    count = 0

    def stream() -> Any:
        nonlocal count
        default = ox.DefaultGraph()
        for s, p, o, g in statements(graph, quads=quads):
            count += 1
            if o.__class__ is str:
                obj = node(o)  # type: ignore[arg-type]
            else:
                lit: Lit = o  # type: ignore[assignment]
                obj = ox.Literal(lit.value, language=lit.lang) if lit.lang else \
                    ox.Literal(lit.value, datatype=node(lit.datatype)) if lit.datatype else ox.Literal(lit.value)
            if quads:
                yield ox.Quad(node(s), node(p), obj, node(g) if g else default)
            else:
                yield ox.Triple(node(s), node(p), obj)

    fmt_map = {"nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE,
               "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}
    ox.serialize(stream(), str(path), fmt_map[fmt], prefixes=prefixes(project_vocab()))
    return count


def _child(graph: Graph, fmt: str, engine: str, out: Path, queue: Any) -> None:
    from graph.rdf import export_rdf

    rss_before = _rss_kb("VmRSS")
    reset = _reset_peak()
    started, cpu_started = time.perf_counter(), time.process_time()
    if engine == "pyoxigraph":
        n = write_oxigraph(graph, out, fmt)
    else:
        n = export_rdf(graph, out, fmt, engine=engine)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = _rss_kb("VmHWM")
    queue.put({"n": n, "seconds": took, "cpu_seconds": cpu, "bytes": out.stat().st_size,
               "peak_rss_mb": None if peak is None else round(peak / 1024, 1),
               "extra_rss_mb": None if (peak is None or rss_before is None or not reset)
               else round(max(0, peak - rss_before) / 1024, 1)})
    out.unlink()


def _measure_once(graph: Graph, fmt: str, engine: str, tmp: Path) -> dict[str, Any]:
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(graph, fmt, engine, tmp / f"out.{EXT[fmt]}", queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def measure(graph: Graph, fmt: str, engine: str, tmp: Path) -> dict[str, Any]:
    """Best of up to three runs for runs shorter than 15 s (the machine is shared; the best run is the
    least disturbed one), one run otherwise."""
    runs = [_measure_once(graph, fmt, engine, tmp)]
    while len(runs) < 3 and runs[-1]["seconds"] < 15:
        runs.append(_measure_once(graph, fmt, engine, tmp))
    best = min(runs, key=lambda r: r["seconds"])
    best["runs"] = len(runs)
    return best


def _seed_graph() -> Graph | None:
    try:
        from ingest.pipeline import extract_paths
    except ImportError:
        return None
    return extract_paths([ROOT / "data" / "articles"]).graph


def _machine() -> dict[str, Any]:
    import pyoxigraph
    import rdflib

    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "rdflib": rdflib.__version__, "pyoxigraph": getattr(pyoxigraph, "__version__", "?")}


# rdflib takes minutes and gigabytes per format on the million-triple graph; by default it runs there
# only for N-Triples, where it is compared with the streaming writer (its Turtle runs near 3k triples/s); --large
# adds the rest. Every engine runs on the medium graph.
RDFLIB_ON_LARGE = {"nt"}


def run(quick: bool, large: bool = False) -> dict[str, Any]:
    from bench.synthetic import synthetic_graph

    graphs: list[tuple[str, Graph]] = []
    notes: list[str] = []
    seed = _seed_graph()
    if seed is not None:
        graphs.append(("seed", seed))
    else:
        notes.append("seed graph not measured: the extractor (ingest.pipeline) is not available")
    if quick:
        graphs.append(("synthetic", synthetic_graph(400, 600)))
    else:
        graphs.append(("synthetic-medium", synthetic_graph(2_000, 3_000)))
        graphs.append(("synthetic", synthetic_graph(20_000, 30_000)))
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for label, graph in graphs:
            for fmt in FORMATS:
                engines = (["stream"] if fmt in ("nt", "nquads") else []) + ["rdflib", "pyoxigraph"]
                if label == "synthetic" and not quick and not large and fmt not in RDFLIB_ON_LARGE:
                    engines.remove("rdflib")
                for engine in engines:
                    r = measure(graph, fmt, engine, tmp)
                    unit = "quads/s" if fmt in ("trig", "nquads") else "triples/s"
                    rate = r["n"] / r["seconds"] if r["seconds"] > 0 else 0.0
                    cpu_rate = r["n"] / r["cpu_seconds"] if r["cpu_seconds"] > 0 else 0.0
                    print(f"rdf bench: {label:9s} {fmt:7s} {engine:10s} {r['n']:>9,} statements "
                          f"{r['seconds']:7.2f} s {rate:>11,.0f} {unit} (cpu {cpu_rate:,.0f}) peak +{r['extra_rss_mb']} MB",
                          file=sys.stderr, flush=True)
                    extra = {"graph": label, "format": fmt, "engine": engine, "seconds": round(r["seconds"], 3),
                             "cpu_seconds": round(r["cpu_seconds"], 3), "rate_by_cpu_time": round(cpu_rate, 1),
                             "runs": r["runs"],
                             "bytes": r["bytes"], "entities": len(graph.entities), "facts": len(graph.facts)}
                    results.append({"metric": f"{fmt} write rate ({engine})", "size": r["n"],
                                    "value": round(rate, 1), "unit": unit, **extra})
                    results.append({"metric": f"{fmt} peak memory above input ({engine})", "size": r["n"],
                                    "value": r["extra_rss_mb"], "unit": "MB",
                                    "peak_rss_mb": r["peak_rss_mb"], **extra})
    notes += [
        "statements = triples (turtle, nt, jsonld) or quads (trig, nquads: each fact is repeated in the named "
        "graph of every article that supports it); rate = statements / wall-clock seconds of the whole export "
        "(model -> file), best of up to 3 runs when a run takes under 15 s; rate_by_cpu_time divides by the "
        "process's CPU time instead, which the other work on this shared 2-core machine disturbs less.",
        "engines: stream = the built-in N-Triples/N-Quads writer (the product's path for nt/nquads); rdflib = "
        "build an rdflib Graph/Dataset then serialise (the product's path for turtle/trig/jsonld); pyoxigraph = "
        "the same statements serialised by pyoxigraph (comparison only).",
        "memory: each run is a fresh forked process; peak RSS (VmHWM, reset after the input graph was built) "
        "minus the RSS before the export.",
    ]
    return {"stage": "rdf", "machine": _machine(), "results": results, "notes": notes}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only (well under a minute)")
    parser.add_argument("--large", action="store_true",
                        help="also rdflib for turtle, trig, nquads and jsonld on the million-triple graph (slow)")
    args = parser.parse_args(argv)
    doc = run(args.quick, args.large)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"rdf bench: wrote {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
