"""GraphML and GEXF exports, read back with networkx."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from analytics_graphs import GraphBuilder
from click.testing import CliRunner
from sample_graphs import HOSTILE_NAMES

from graph.cli import main
from graph.exports.gexf import write_gexf
from graph.exports.graphml import write_graphml
from graph.jsonio import write_graph
from graph.model import Graph, entity_refs
from graph.ontology import load_ontology


def _read_graphml(buf: Any) -> nx.MultiDiGraph:
    return nx.read_graphml(buf, force_multigraph=True)


FORMATS: dict[str, tuple[Callable[[Graph, Any], None], Callable[[Any], nx.MultiDiGraph]]] = {
    "graphml": (write_graphml, _read_graphml),
    "gexf": (write_gexf, nx.read_gexf),
}


def roundtrip(fmt: str, graph: Graph) -> nx.MultiDiGraph:
    write, read = FORMATS[fmt]
    buf = io.BytesIO()
    write(graph, buf)
    buf.seek(0)
    return read(buf)


def _edges(G: nx.MultiDiGraph, kind: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(u, v, d) for u, v, d in G.edges(data=True) if d.get("kind") == kind]


@pytest.mark.parametrize("fmt", FORMATS)
def test_counts_match_the_graph(fmt: str, small_graph: Graph) -> None:
    G = roundtrip(fmt, small_graph)
    onto = load_ontology()
    assert G.number_of_nodes() == len(small_graph.entities)
    assert len(_edges(G, "fact")) == len(small_graph.facts)
    roles = sum(len(entity_refs(f, onto)) - 2 for f in small_graph.facts)
    assert len(_edges(G, "role")) == roles


@pytest.mark.parametrize("fmt", FORMATS)
def test_known_facts_keep_types_dates_and_modality(fmt: str, small_graph: Graph) -> None:
    G = roundtrip(fmt, small_graph)
    facts = {d["fact"]: (u, v, d) for u, v, d in _edges(G, "fact")}
    sup = next(f for f in small_graph.facts if f.type == "SUPPLIES" and f.subject == "state:north-korea")
    u, v, d = facts[sup.id]
    assert (u, v) == ("state:north-korea", "state:russia")
    assert d["fact_type"] == "SUPPLIES" and d["label"] == "supplies"
    assert d["modality"] == "possible" and d["date"] == "2023" and d["date_precision"] == "year"
    assert d["role_item"] == "artillery shell" and d["role_in_exchange_for"] == "satellite technology"
    assert float(d["confidence"]) == pytest.approx(0.7)
    meet = next(f for f in small_graph.facts if f.type == "MET_WITH")
    assert facts[meet.id][2]["date"] == "2023-09-13" and facts[meet.id][2]["role_place"] == "Vostochny Cosmodrome"
    roles = {(u, v, d["role"]) for u, v, d in _edges(G, "role")}
    assert ("state:north-korea", "weapon:artillery-shell", "item") in roles
    assert ("person:kim-jong-un", "place:vostochny-cosmodrome", "place") in roles
    kim = G.nodes["person:kim-jong-un"]
    assert kim["label"] == "Kim Jong Un" and kim["entity_type"] == "Person" and kim["wikidata"] == "Q56226"
    assert G.nodes["state:north-korea"]["name_id"] == "Korea Utara"


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_names_survive(fmt: str, hostile_graph: Graph) -> None:
    G = roundtrip(fmt, hostile_graph)
    assert sorted(d["label"] for _, d in G.nodes(data=True)) == sorted(HOSTILE_NAMES)
    occasions = sorted(d["role_occasion"] for *_, d in _edges(G, "fact"))
    assert occasions == sorted(HOSTILE_NAMES[1:])


@pytest.mark.parametrize("fmt", FORMATS)
def test_characters_xml_cannot_hold_become_replacement_characters(fmt: str) -> None:
    b = GraphBuilder()
    a, c = b.entity("Person", "bell\x07and\x00nul"), b.entity("Person", "plain")
    b.fact("MET_WITH", a, c)
    G = roundtrip(fmt, b.graph())
    assert G.nodes[a]["label"] == "bell\ufffdand\ufffdnul"


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_to_file_and_stdout(fmt: str, small_graph: Graph, tmp_path: Path) -> None:
    src = tmp_path / "graph.json"
    write_graph(small_graph, src)
    out = tmp_path / f"graph.{fmt}"
    res = CliRunner().invoke(main, ["export", fmt, str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    read = FORMATS[fmt][1]
    assert read(str(out)).number_of_nodes() == len(small_graph.entities)
    res = CliRunner().invoke(main, ["export", fmt, str(src), "-o", "-"])
    assert res.exit_code == 0
    assert read(io.BytesIO(res.stdout_bytes)).number_of_nodes() == len(small_graph.entities)


def test_cli_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["export", "graphml", str(tmp_path / "nope.json"), "-o", str(tmp_path / "x")])
    assert res.exit_code == 1 and "no such file" in res.output and "Traceback" not in res.output
