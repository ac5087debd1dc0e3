"""Assemble every analysis into one report and render it as a table, JSON or Markdown.

:func:`build_report` returns plain data (dicts and lists, JSON-ready, names
next to ids); the renderers only format it. Lists are cut to ``top`` entries
(``0`` keeps everything) and every cut list says how many entries it had.
:func:`scores` gives the per-entity scores the HTML pages and Neo4j use.
"""

from __future__ import annotations

import gc
import html
import json
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from graph.analytics.centrality import EXACT_LIMIT, SAMPLE_K, centrality, ranked
from graph.analytics.communities import LOUVAIN_LIMIT, brokers, detect
from graph.analytics.exchange import exchange
from graph.analytics.paths import resolve, shortest_paths
from graph.analytics.projections import PROJECTIONS, project
from graph.analytics.sources import single_source
from graph.analytics.timeline import timeline
from graph.model import Graph
from graph.ontology import Ontology, load_ontology

Report = dict[str, Any]
Progress = Callable[[str], None]


def _cut(items: list[Any], top: int) -> list[Any]:
    return items if top <= 0 else items[:top]


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: with millions of live objects (a large graph and its
    projections) its full passes took over half of the report's time, and the analyses create no
    garbage cycles worth collecting midway. The previous state is restored afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_report(graph: Graph, top: int = 10, path: tuple[str, str] | None = None,
                 onto: Ontology | None = None, progress: Progress | None = None,
                 betweenness_exact_limit: int = EXACT_LIMIT, betweenness_k: int = SAMPLE_K,
                 louvain_limit: int = LOUVAIN_LIMIT) -> Report:
    """Run every analysis on ``graph``.

    Parameters
    ----------
    graph : Graph
    top : int
        Entries kept per list (``0``: all).
    path : (str, str), optional
        Two entity names (or ids) to link with shortest paths; raises
        :class:`~graph.analytics.paths.NameNotResolved` when a name is unknown.
    progress : callable, optional
        Called with the name of each section as it starts.

    Examples
    --------
    >>> import sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> r = build_report(small_graph(), path=("Kim Jong Un", "vladimir putin"))
    >>> r["central"][0]["name"], r["paths"]["length"]
    ('North Korea', 1)
    """
    with _no_gc():
        return _build(graph, top, path, onto, progress, betweenness_exact_limit, betweenness_k, louvain_limit)


def _build(graph: Graph, top: int, path: tuple[str, str] | None, onto: Ontology | None,
           progress: Progress | None, betweenness_exact_limit: int, betweenness_k: int,
           louvain_limit: int) -> Report:
    onto = onto or load_ontology()
    say = progress or (lambda _s: None)
    names = {e.id: e.name for e in graph.entities}
    titles = {a.id: a.title for a in graph.articles}
    types = {e.id: e.type for e in graph.entities}
    timings: dict[str, float] = {}
    cpu_timings: dict[str, float] = {}
    clock, cpu_clock = time.perf_counter(), time.process_time()

    def lap(section: str) -> None:
        nonlocal clock, cpu_clock
        now, cpu_now = time.perf_counter(), time.process_time()
        timings[section] = round(now - clock, 4)
        cpu_timings[section] = round(cpu_now - cpu_clock, 4)
        clock, cpu_clock = now, cpu_now

    # Resolve names before the slow work, so a typo fails fast.
    ends = None if path is None else (resolve(graph, path[0]), resolve(graph, path[1]))

    say("projections")
    # The full projection is only needed for paths; building all three costs seconds on large graphs.
    projections = {kind: project(graph, kind, onto) for kind in PROJECTIONS
                   if kind == "actors" or (kind == "full" and ends is not None)}
    actors = projections["actors"]
    lap("projections")

    say("centrality")
    cent = centrality(actors, betweenness_exact_limit, betweenness_k)
    order = ranked(cent)
    lap("centrality")

    say("communities")
    comms = detect(actors, louvain_limit)
    brk = brokers(actors, comms)
    bridged = {b.node: b.bridged for b in brk}
    lap("communities")

    def ent(n: str) -> dict[str, Any]:
        return {"id": n, "name": names.get(n, n), "type": types.get(n)}

    central = [{**ent(n), **cent[n].as_dict(), "community": comms.membership.get(n)} for n in order]

    say("exchange")
    ex = exchange(graph)
    lap("exchange")

    paths_part = None
    if ends is not None:
        say("paths")
        p = shortest_paths(projections["full"], ends[0].id, ends[1].id)
        paths_part = {"source": ent(p.source), "target": ent(p.target), "length": p.length,
                      "paths": [[{"source": ent(h.source), "target": ent(h.target), "facts": h.facts,
                                  "types": h.types} for h in hops] for hops in p.paths]}
        lap("paths")

    say("timeline")
    tl = timeline(graph)
    lap("timeline")
    say("sources")
    src = single_source(graph)
    lap("sources")

    def transfer(t: Any) -> dict[str, Any]:
        return {"fact": t.fact, "supplier": ent(t.supplier), "recipient": ent(t.recipient),
                "items": [ent(i) for i in t.items], "in_exchange_for": [ent(i) for i in t.in_exchange_for],
                "modality": t.modality, "date": t.date}

    groups = []
    for i, g in enumerate(comms.groups):
        lead = sorted(g, key=lambda n: (-cent[n].pagerank, str(n)))
        groups.append({"index": i, "size": len(g), "members": [ent(n) for n in _cut(lead, top)]})

    return {
        "graph": {"articles": len(graph.articles), "entities": len(graph.entities), "facts": len(graph.facts),
                  "projections": {k: {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
                                  for k, G in projections.items()}},
        "central": _cut(central, top),
        "central_total": len(central),
        "betweenness": {"sampled": any(c.betweenness_sampled for c in cent.values()),
                        "exact_limit": betweenness_exact_limit, "k": betweenness_k},
        "communities": {"method": comms.method, "count": len(comms.groups), "groups": _cut(groups, top)},
        "brokers": [{**ent(b.node), "community": b.community, "bridged": b.bridged,
                     "crossing_facts": b.crossing_facts} for b in _cut(brk, top)],
        "brokers_total": len(brk),
        "exchange": {
            "cycles": [{"actors": [ent(a) for a in c.actors], "declared": c.declared,
                        "legs": [{"supplier": ent(leg.supplier), "recipient": ent(leg.recipient),
                                  "transfers": [transfer(t) for t in leg.transfers]} for leg in c.legs]}
                       for c in _cut(ex.cycles, top)],
            "cycles_total": len(ex.cycles), "truncated": ex.truncated,
            "declared": [transfer(t) for t in _cut(ex.declared, top)], "declared_total": len(ex.declared)},
        "paths": paths_part,
        "timeline": {"events": [{"date": e.date, "precision": e.precision, "qualifier": e.qualifier,
                                 "fact": e.fact, "type": e.type, "label": onto.fact_type(e.type).label["en"],
                                 "subject": ent(e.subject), "object": ent(e.object), "modality": e.modality,
                                 "sources": e.sources} for e in _cut(tl.events, top)],
                     "total": len(tl.events), "undated": tl.undated},
        "single_source": {"facts": [{"fact": s.fact, "type": s.type, "label": onto.fact_type(s.type).label["en"],
                                     "subject": ent(s.subject),
                                     "object": ent(s.object), "modality": s.modality, "article": s.article,
                                     "title": titles.get(s.article), "publisher": s.publisher} for s in _cut(src.single, top)],
                          "total": len(src.single), "by_sources": {str(k): v for k, v in src.by_count.items()}},
        "timings": timings,
        "cpu_timings": cpu_timings,
        "_scores": {n: {**cent[n].as_dict(), "community": comms.membership.get(n), "broker": bridged.get(n, 0)}
                    for n in cent},
    }


def scores(report: Report) -> dict[str, dict[str, Any]]:
    """Entity id → scores (degree, weighted_degree, pagerank, betweenness, community, broker).

    Every actor of the graph is present, whatever ``top`` was; ``broker`` is
    the number of other communities an actor touches (0 for none).
    """
    return {n: dict(s) for n, s in sorted(report["_scores"].items())}


def public(report: Report) -> Report:
    """The report without its private full-score tables."""
    return {k: v for k, v in report.items() if not k.startswith("_")}


def render_json(report: Report) -> str:
    return json.dumps(public(report), ensure_ascii=False, indent=1) + "\n"


# ---- text rendering -------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _term(text: object) -> str:
    """Names come from articles: never let one move the cursor or colour a terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def _md(text: object) -> str:
    """Markdown-safe cell text: HTML escaped, Markdown specials backslashed, one line."""
    s = html.escape(str(text), quote=False)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return _CONTROL.sub(" ", s.replace("\r\n", "\n").replace("\n", "<br>"))


def _names(entities: list[dict[str, Any]], limit: int = 5) -> str:
    """Comma-separated names, cut after ``limit`` so one long list cannot swamp a table."""
    names = sorted({e["name"] for e in entities})
    more = len(names) - limit
    return ", ".join(names[:limit]) + (f" (+{more} more)" if more > 0 else "")


def _rows(report: Report) -> list[tuple[str, list[str], list[list[object]], str | None]]:
    """(title, header, rows, note) for every section, shared by the table and Markdown renderers."""
    g = report["graph"]
    out: list[tuple[str, list[str], list[list[object]], str | None]] = []
    proj = "; ".join(f"{k}: {v['nodes']} nodes, {v['edges']} edges" for k, v in g["projections"].items())
    out.append(("Graph", ["articles", "entities", "facts"], [[g["articles"], g["entities"], g["facts"]]],
                f"Projections — {proj}."))
    bt = report["betweenness"]
    note = (f"Betweenness estimated from {bt['k']} sampled sources (more than {bt['exact_limit']} actors)."
            if bt["sampled"] else "Betweenness exact.")
    out.append((f"Most central actors ({len(report['central'])} of {report['central_total']})",
                ["name", "type", "degree", "facts", "pagerank", "betweenness", "community"],
                [[c["name"], c["type"], c["degree"], c["weighted_degree"], f"{c['pagerank']:.4f}",
                  f"{c['betweenness']:.4f}", c["community"]] for c in report["central"]], note))
    cm = report["communities"]
    out.append((f"Communities ({cm['count']}, {cm['method'].replace('_', ' ')})", ["#", "size", "leading members"],
                [[c["index"], c["size"], ", ".join(m["name"] for m in c["members"][:5])] for c in cm["groups"]],
                None))
    out.append((f"Brokers between communities ({len(report['brokers'])} of {report['brokers_total']})",
                ["name", "type", "community", "other communities", "crossing facts"],
                [[b["name"], b["type"], b["community"], b["bridged"], b["crossing_facts"]]
                 for b in report["brokers"]], None))
    ex = report["exchange"]
    cyc_rows = []
    for c in ex["cycles"]:
        legs = "; ".join(
            f"{leg['supplier']['name']} → {leg['recipient']['name']}: "
            + (_names([i for t in leg["transfers"] for i in t["items"]]) or "(unspecified)")
            for leg in c["legs"])
        cyc_rows.append([" ↔ ".join(a["name"] for a in c["actors"]), "declared" if c["declared"] else "implied",
                         legs])
    more = " More cycles exist than were searched." if ex["truncated"] else ""
    out.append((f"Exchange cycles ({len(ex['cycles'])} of {ex['cycles_total']})", ["actors", "kind", "legs"],
                cyc_rows, ("Who supplies whom, in a closed loop." + more)))
    out.append((f"Declared exchanges ({len(ex['declared'])} of {ex['declared_total']})",
                ["supplier", "recipient", "gives", "for", "modality", "date"],
                [[t["supplier"]["name"], t["recipient"]["name"], _names(t["items"]), _names(t["in_exchange_for"]),
                  t["modality"], t["date"] or ""]
                 for t in ex["declared"]], None))
    p = report["paths"]
    if p is not None:
        if p["length"] is None:
            out.append((f"Shortest paths: {p['source']['name']} → {p['target']['name']}", ["path"], [],
                        "Not connected."))
        else:
            rows = [[" — ".join([hops[0]["source"]["name"]] + [f"[{'/'.join(h['types'])}] {h['target']['name']}"
                                                                for h in hops])] for hops in p["paths"]]
            out.append((f"Shortest paths: {p['source']['name']} → {p['target']['name']} ({p['length']} hop{'' if p['length'] == 1 else 's'})",
                        ["path"], rows, None))
    tl = report["timeline"]
    out.append((f"Timeline ({len(tl['events'])} of {tl['total']} dated facts; {tl['undated']} undated)",
                ["date", "fact", "modality", "sources"],
                [[(e["qualifier"] + " " if e["qualifier"] else "") + e["date"],
                  f"{e['subject']['name']} {e['label']} {e['object']['name']}", e["modality"], e["sources"]]
                 for e in tl["events"]], None))
    ss = report["single_source"]
    spread = ", ".join(f"{k} article(s): {v}" for k, v in ss["by_sources"].items())
    out.append((f"Facts resting on a single source ({len(ss['facts'])} of {ss['total']})",
                ["fact", "modality", "article", "publisher"],
                [[f"{s['subject']['name']} {s['label']} {s['object']['name']}", s["modality"],
                  s["title"] or s["article"], s["publisher"] or ""] for s in ss["facts"]], f"Facts by number of source articles — {spread}."))
    return out


def render_table(report: Report) -> str:
    """Plain-text tables for a terminal."""
    parts: list[str] = []
    for title, header, rows, note in _rows(report):
        cells = [[_term(c) for c in header]] + [[_term(c) for c in r] for r in rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
        lines = [title, "=" * len(title)]
        for j, r in enumerate(cells):
            lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
            if j == 0:
                lines.append("  ".join("-" * w for w in widths))
        if not rows:
            lines.append("(none)")
        if note:
            lines.append(_term(note))
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def render_markdown(report: Report) -> str:
    """A Markdown document with one table per section."""
    parts = ["# Graph analysis"]
    for title, header, rows, note in _rows(report):
        block = [f"## {_md(title)}", ""]
        if rows:
            block.append("| " + " | ".join(_md(h) for h in header) + " |")
            block.append("|" + "---|" * len(header))
            block.extend("| " + " | ".join(_md(c) for c in r) + " |" for r in rows)
        else:
            block.append("(none)")
        if note:
            block += ["", _md(note)]
        parts.append("\n".join(block))
    return "\n\n".join(parts) + "\n"


RENDERERS: dict[str, Callable[[Report], str]] = {"table": render_table, "json": render_json,
                                                  "markdown": render_markdown}
