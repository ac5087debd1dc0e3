"""``kg analyze --write-neo4j`` against the real Neo4j server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.jsonio import write_graph
from graph.model import Graph
from graph.neo4j.connection import target

pytestmark = pytest.mark.neo4j


def _create_entity_nodes(driver: Any, graph: Graph, skip: set[str]) -> None:
    """The nodes a load would create (label = ontology type, key = id), minus ``skip``."""
    from graph.ontology import load_ontology

    onto = load_ontology()
    for e in graph.entities:
        if e.id in skip:
            continue
        label = onto.entity_type(e.type).name
        driver.execute_query(f"MERGE (n:{label} {{id: $id}}) SET n.name = $name", id=e.id, name=e.name,
                             database_=target().database)


def test_scores_become_node_properties(clean_db: Any, small_graph: Graph, tmp_path: Path) -> None:
    unsc = "organization:united-nations-security-council"
    _create_entity_nodes(clean_db, small_graph, skip={unsc})
    path = tmp_path / "graph.json"
    write_graph(small_graph, path)
    scores_file = tmp_path / "scores.json"
    res = CliRunner().invoke(main, ["analyze", str(path), "--write-neo4j", "--scores-out", str(scores_file),
                                    "--format", "json"])
    assert res.exit_code == 0, res.output
    assert "1 actors are not in the database" in res.stderr
    expected = json.loads(scores_file.read_text(encoding="utf-8"))
    records = clean_db.execute_query(
        "MATCH (n) WHERE n.pagerank IS NOT NULL RETURN n.id AS id, n.pagerank AS pagerank, n.degree AS degree, "
        "n.betweenness AS betweenness, n.community AS community, n.broker AS broker, labels(n) AS labels",
        database_=target().database).records
    got = {r["id"]: r for r in records}
    assert set(got) == set(expected) - {unsc}  # only actors get scores; a missing node is not created
    for eid, r in got.items():
        assert r["pagerank"] == pytest.approx(expected[eid]["pagerank"])
        assert r["degree"] == expected[eid]["degree"] and r["community"] == expected[eid]["community"]
    none_created = clean_db.execute_query("MATCH (n {id: $id}) RETURN count(n) AS c", id=unsc,
                                          database_=target().database).records[0]["c"]
    assert none_created == 0
    places = clean_db.execute_query("MATCH (n:Place) RETURN n.pagerank AS p", database_=target().database).records
    assert places and all(r["p"] is None for r in places)


def test_hostile_ids_are_parameters(clean_db: Any, hostile_graph: Graph, tmp_path: Path) -> None:
    _create_entity_nodes(clean_db, hostile_graph, skip=set())
    path = tmp_path / "graph.json"
    write_graph(hostile_graph, path)
    res = CliRunner().invoke(main, ["analyze", str(path), "--write-neo4j", "-q", "--format", "json"])
    assert res.exit_code == 0, res.output
    n = clean_db.execute_query("MATCH (n:Person) WHERE n.pagerank IS NOT NULL RETURN count(n) AS c",
                               database_=target().database).records[0]["c"]
    assert n == len(hostile_graph.entities)
