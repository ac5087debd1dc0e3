"""``kg viz`` without a browser: what the pages hold, the node cap, escaping and the command line.

The browser checks (every page opened in headless Chromium) are in
test_viz_browser.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bench.synthetic import synthetic_graph
from graph.cli import main
from graph.jsonio import graph_to_dict
from graph.model import Fact, Graph, entity_refs
from graph.ontology import load_ontology
from sample_graphs import HOSTILE_NAMES
from viz import views
from viz.layout import force_layout
from viz.rank import importance
from viz.site import build_site

ONTO = load_ontology()
_DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)
_DATASET = re.compile(r"new vis\.DataSet\((\[.*?\])\);\n")


def page_data(path: Path) -> dict[str, Any]:
    """The facts and node details a page's script reads."""
    return json.loads(_DATA.search(path.read_text(encoding="utf-8")).group(1))


def vis_lists(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The node and edge lists pyvis wrote into the page (its ``tojson`` output is JSON)."""
    found = _DATASET.findall(path.read_text(encoding="utf-8"))
    assert len(found) == 2, "expected one node and one edge DataSet"
    return json.loads(found[0]), json.loads(found[1])


def expected_counts(graph: Graph, facts: list[Fact], entities: set[str]) -> tuple[int, int]:
    """Nodes and edges of an uncapped page, from the rule the pages document:
    a fact naming more than two entities is a node with one edge per entity it names; any other fact is one edge."""
    known = {e.id for e in graph.entities}
    nodes, edges = len(entities), 0
    for f in facts:
        refs = [eid for _, eid in entity_refs(f, ONTO) if eid in known]
        if len(refs) > 2:
            nodes += 1
            edges += len(refs)
        else:
            edges += 1
    return nodes, edges


def refs_of(graph: Graph, facts: list[Fact]) -> set[str]:
    known = {e.id for e in graph.entities}
    return {eid for f in facts for _, eid in entity_refs(f, ONTO) if eid in known}


def test_small_graph_pages_and_counts(small_graph: Graph, tmp_path: Path) -> None:
    report = build_site(small_graph, tmp_path)
    files = {p.file for p in report.pages}
    assert {"overview.html", "arms-and-goods.html", "sanctions.html", "meetings-and-visits.html"} <= files
    assert report.index.exists()

    g = small_graph
    supplies = [f for f in g.facts if f.type == "SUPPLIES"]
    expect = {
        "overview.html": expected_counts(g, g.facts, {e.id for e in g.entities}),
        "arms-and-goods.html": expected_counts(g, supplies, refs_of(g, supplies)),
    }
    for file, (n_nodes, n_edges) in expect.items():
        nodes, edges = vis_lists(tmp_path / file)
        assert (len(nodes), len(edges)) == (n_nodes, n_edges), file
    # the flow page shows both transfers with their items and what is given in return
    flow = page_data(tmp_path / "arms-and-goods.html")
    roles = {r[0]: r[1] for f in flow["facts"] for r in f["roles"]}
    assert roles["item"] in {"artillery shell", "satellite technology"}
    assert "in exchange for" in roles
    sanctions = page_data(tmp_path / "sanctions.html")
    assert [f["label"] for f in sanctions["facts"]] == [ONTO.fact_type("SANCTIONS").label["en"]]
    assert ["measures", "arms embargo"] in sanctions["facts"][0]["roles"]


def test_actor_pages_show_two_hops(small_graph: Graph, tmp_path: Path) -> None:
    report = build_site(small_graph, tmp_path)
    actors = {e.id for e in small_graph.entities if e.type in views.actor_types()
              and any(e.id in refs_of(small_graph, [f]) for f in small_graph.facts)}
    pages = [p for p in report.pages if p.entity_type]
    seen = set()
    for p in pages:
        data = page_data(tmp_path / p.file)
        focus = data["focus"]
        seen.add(focus)
        hop1 = [f for f in small_graph.facts if focus in refs_of(small_graph, [f])]
        near = refs_of(small_graph, hop1)
        hop2 = [f for f in small_graph.facts if refs_of(small_graph, [f]) & near]
        nodes, edges = vis_lists(tmp_path / p.file)
        assert (len(nodes), len(edges)) == expected_counts(small_graph, hop2, refs_of(small_graph, hop2) | {focus})
    assert seen == actors


def test_pages_are_offline_and_escape_everything(hostile_graph: Graph, tmp_path: Path) -> None:
    build_site(hostile_graph, tmp_path)
    pages = sorted(tmp_path.glob("*.html"))
    assert len(pages) > 5
    remote = re.compile(r"""\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert text.startswith("<!DOCTYPE html>")
        assert 'http-equiv="Content-Security-Policy"' in text and "default-src &#x27;none&#x27;" in text
        assert not remote.search(text), page.name
        assert "bootstrap" not in text.lower()
        for name in HOSTILE_NAMES:
            if "<" in name or ">" in name:
                assert name not in text, f"{page.name} holds {name!r} unescaped"
    overview = (tmp_path / "overview.html").read_text(encoding="utf-8")
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in overview  # carried as JSON escapes
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert "&lt;img src=x onerror=alert(1)&gt;" in index


def test_cap_keeps_most_important_and_says_what_is_left_out(tmp_path: Path) -> None:
    g = synthetic_graph(1500, 2500)
    cap = 400
    report = build_site(g, tmp_path, max_nodes=cap, max_actor_pages=2, layout_threshold=300)
    overview = next(p for p in report.pages if p.file == "overview.html")
    nodes, edges = vis_lists(tmp_path / "overview.html")
    assert len(nodes) <= cap
    entity_nodes = [n for n in nodes if not n["id"].startswith("fact:")]
    assert len(entity_nodes) + overview.left_out_entities == len(g.entities)
    text = (tmp_path / "overview.html").read_text(encoding="utf-8")
    assert f"Left out: {overview.left_out_entities:,} of {len(g.entities):,} entities" in text
    # the kept entities are the most important ones
    scores = importance(g, ONTO)
    kept = {n["id"] for n in entity_nodes}
    worst_kept = min(scores[i] for i in kept)
    best_dropped = max(scores[e.id] for e in g.entities if e.id not in kept)
    assert worst_kept >= best_dropped
    # every drawn edge joins drawn nodes, and big pages come with positions and physics off
    ids = {n["id"] for n in nodes}
    assert all(e["from"] in ids and e["to"] in ids for e in edges)
    assert all("x" in n and "y" in n for n in nodes)
    assert '"physics": {"enabled": false' in text
    assert report.actors_left_out > 0
    assert "less important actors have no page" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_small_pages_use_physics_without_positions(small_graph: Graph, tmp_path: Path) -> None:
    build_site(small_graph, tmp_path)
    nodes, _ = vis_lists(tmp_path / "overview.html")
    assert not any("x" in n for n in nodes)
    assert '"physics": {"enabled": true' in (tmp_path / "overview.html").read_text(encoding="utf-8")


def test_styles_and_legend_come_from_the_ontology(small_graph: Graph, tmp_path: Path) -> None:
    build_site(small_graph, tmp_path)
    text = (tmp_path / "overview.html").read_text(encoding="utf-8")
    nodes, edges = vis_lists(tmp_path / "overview.html")
    types = {e.id: e.type for e in small_graph.entities}
    for n in nodes:
        if n["id"] in types:
            et = ONTO.entity_types[types[n["id"]]]
            assert (n["color"], n["shape"]) == (et.color, et.shape)
            assert f"{et.label['en']}</li>" in text
    for m in ONTO.modalities:
        assert f"</span> {m} <small>" in text
    possible = [e for e in edges if e["dashes"]]
    assert possible, "the small graph's transfers are only possible: their edges must be dashed"


def test_complete_supplied_scores_are_used_as_they_are(small_graph: Graph) -> None:
    ids = [e.id for e in small_graph.entities]
    supplied = {eid: float(i) for i, eid in enumerate(ids)}
    assert importance(small_graph, ONTO, supplied) == supplied
    computed = importance(small_graph, ONTO)
    assert max(computed, key=computed.get) in {e.id for e in small_graph.entities if e.type == "State"}


def test_layout_is_deterministic_and_spreads_nodes() -> None:
    ids = [f"n{i}" for i in range(400)]
    edges = [(f"n{i}", f"n{(i * 7 + 1) % 400}") for i in range(400)]
    a, b = force_layout(ids, edges), force_layout(ids, edges)
    assert a == b
    assert len(set(a.values())) == len(ids)


def test_cli_writes_site_and_prints_index(small_graph: Graph, tmp_path: Path) -> None:
    src = tmp_path / "graph.json"
    doc = graph_to_dict(small_graph)
    doc["entities"][0]["pagerank"] = 0.5  # partial scores: ignored, PageRank computed
    src.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["viz", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    printed = Path(result.stdout.strip().splitlines()[-1])
    assert printed == (out / "index.html").resolve() and printed.exists()
    assert "wrote" in result.stderr


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    ("{not json", "not JSON"),
    ('{"entities": []}', "not a graph document"),
])
def test_cli_errors_are_one_paragraph(tmp_path: Path, content: str | None, message: str) -> None:
    src = tmp_path / "graph.json"
    if content is not None:
        src.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["viz", str(src), "-o", str(tmp_path / "site")])
    assert result.exit_code != 0
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_cli_help_names_every_page() -> None:
    result = CliRunner().invoke(main, ["viz", "--help"])
    assert result.exit_code == 0
    for page in ("index.html", "overview.html", "arms-and-goods.html", "sanctions.html",
                 "meetings-and-visits.html", "actor-"):
        assert page in result.output


def test_scores_from_analytics_size_the_actors_they_cover(small_graph) -> None:
    from graph.ontology import load_ontology
    from viz.rank import importance

    onto = load_ontology()
    computed = importance(small_graph, onto)
    supplied = {"person:kim-jong-un": 0.9, "person:vladimir-putin": 0.1}
    blended = importance(small_graph, onto, supplied)
    assert blended["person:kim-jong-un"] > blended["person:vladimir-putin"]
    share = computed["person:kim-jong-un"] + computed["person:vladimir-putin"]
    assert abs(blended["person:kim-jong-un"] + blended["person:vladimir-putin"] - share) < 1e-9
    others = set(computed) - set(supplied)
    assert all(blended[i] == computed[i] for i in others)
