"""kg load on a real Neo4j: idempotency, no collapsed facts, hostile names, --replace, a crash mid-load, bulk import.

These tests stop, kill and bulk-import a server, so they run on a private
managed server (its own home and ports, the cached jars) and never disturb the
shared one.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.synthetic import synthetic_graph
from conftest import unavailable, wipe_database
from graph.cli import main as kg
from graph.ids import fact_id
from graph.jsonio import write_graph
from graph.model import Fact, Graph, entity_refs
from graph.ontology import load_ontology
from graph.neo4j import server
from graph.neo4j.connection import Neo4jUnavailable, connect, target
from graph.neo4j.load import counts, load_graph_into_neo4j, snapshot
from graph.neo4j.rows import plan, project_labels
from sample_graphs import HOSTILE_NAMES, hostile_graph, small_graph

pytestmark = pytest.mark.neo4j


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def private_server(tmp_path_factory: pytest.TempPathFactory, neo4j_driver) -> Iterator[server.ServerConfig]:
    if not target().managed:
        unavailable("NEO4J_URI is set: the crash and bulk tests need the managed server")
    home = tmp_path_factory.mktemp("neo4j-private")
    (home / "lib").symlink_to(server.config().lib)
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("NEO4J_URI", raising=False)
        mp.setenv("RUKP_NEO4J_HOME", str(home))
        mp.setenv("RUKP_NEO4J_BOLT_PORT", str(_free_port()))
        mp.setenv("RUKP_NEO4J_HTTP_PORT", str(_free_port()))
        mp.setenv("RUKP_NEO4J_HEAP", "768m")
        mp.setenv("RUKP_NEO4J_PAGECACHE", "256m")
        try:
            cfg = server.start(echo=lambda _m: None)
        except server.ServerError as exc:
            unavailable(f"private Neo4j: {exc}")
        try:
            yield cfg
        finally:
            server.stop(echo=lambda _m: None)


@pytest.fixture()
def db(private_server: server.ServerConfig):  # type: ignore[no-untyped-def]
    """A driver on the private server, emptied first."""
    with connect() as driver:
        wipe_database(driver, "neo4j")
        yield driver


def _merged(*graphs: Graph) -> Graph:
    return Graph([a for g in graphs for a in g.articles], [e for g in graphs for e in g.entities],
                 [f for g in graphs for f in g.facts])


def test_counts_match_the_plan_and_constraints_exist(db) -> None:
    g = small_graph()
    load_graph_into_neo4j(g, db, "neo4j")
    p = plan(g)
    assert counts(db, "neo4j") == (p.node_count, p.rel_count)
    names = {r["name"] for r in db.execute_query("SHOW CONSTRAINTS YIELD name", database_="neo4j").records}
    assert {f"{label.lower()}_id" for label in project_labels()} <= names


def test_loading_twice_changes_nothing(db) -> None:
    g = _merged(small_graph(), synthetic_graph(150, 600, seed=3))
    load_graph_into_neo4j(g, db, "neo4j", batch_size=97)
    first = snapshot(db, "neo4j")
    load_graph_into_neo4j(g, db, "neo4j", batch_size=1000)
    assert snapshot(db, "neo4j") == first


def test_two_transfers_between_the_same_states_stay_two(db) -> None:
    g = small_graph()
    prk, rus = "state:north-korea", "state:russia"
    ev = g.facts[1].evidence
    extra = Fact(fact_id("SUPPLIES", prk, rus, {"item": ["technology:satellite-technology"]}), "SUPPLIES", prk, rus,
                 {"item": ["technology:satellite-technology"]}, None, "possible", None, 0.5, ev)
    load_graph_into_neo4j(Graph(g.articles, g.entities, [*g.facts, extra]), db, "neo4j")
    rows = db.execute_query("MATCH (:State {id: $a})-[r:SUPPLIES]->(:State {id: $b}) RETURN r.fact_id AS f",
                            {"a": prk, "b": rus}, database_="neo4j").records
    assert len(rows) == 2 and len({r["f"] for r in rows}) == 2
    transfers = db.execute_query("MATCH (t:Transfer)-[:SUPPLIER]->(:State {id: $a}) RETURN count(t) AS n",
                                 {"a": prk}, database_="neo4j").records[0]["n"]
    assert transfers == 2


def test_provenance_modality_and_exchange_are_queryable(db) -> None:
    load_graph_into_neo4j(small_graph(), db, "neo4j")
    rec = db.execute_query(
        "MATCH (t:Transfer)-[:ITEM]->(:Weapon {id: 'weapon:artillery-shell'}) "
        "MATCH (t)-[ev:REPORTED_IN]->(a:Article) MATCH (t)-[:EXCHANGED_FOR]->(back:Transfer)-[:ITEM]->(i) "
        "RETURN t.modality AS m, ev.quote AS q, ev.start AS s, a.title AS title, i.name AS back_item",
        database_="neo4j").records
    assert [(r["m"], r["q"], r["title"], r["back_item"]) for r in rec] == [
        ("possible", "Korea Utara memasok peluru artileri kepada Rusia.", "Small test article", "satellite technology")]


def test_second_corpus_adds_without_duplicating_shared_entities(db) -> None:
    a, b = small_graph(), hostile_graph()
    shared = next(e for e in a.entities if e.id == "state:russia")
    b = Graph(b.articles, [*b.entities, shared], b.facts)
    load_graph_into_neo4j(a, db, "neo4j")
    load_graph_into_neo4j(b, db, "neo4j")
    n = db.execute_query("MATCH (e:Entity {id: 'state:russia'}) RETURN count(e) AS n", database_="neo4j").records
    assert n[0]["n"] == 1
    assert counts(db, "neo4j") == (plan(_merged(a, b)).node_count, plan(_merged(a, b)).rel_count)


def test_stored_counts_follow_every_corpus_loaded(db) -> None:
    from dataclasses import replace

    a = small_graph()
    fact = a.facts[0]
    ev = fact.evidence[0]
    other = replace(a.articles[0], id="article:small0000000002", path="small2.txt", sha256="2" * 64)
    b = Graph([other], [e for e in a.entities if e.id in {fact.subject, fact.object}],
              [replace(fact, evidence=(replace(ev, article=other.id),))])
    load_graph_into_neo4j(a, db, "neo4j")

    def stored() -> tuple[int, int]:
        rec = db.execute_query("MATCH (f:Fact {id: $f}) MATCH (s:Entity {id: f.subject}) "
                               "RETURN f.source_count AS sources, s.fact_count AS facts", {"f": fact.id},
                               database_="neo4j").records[0]
        return rec["sources"], rec["facts"]

    onto = load_ontology()
    facts_of_subject = len({f.id for f in a.facts if fact.subject in {e for _, e in entity_refs(f, onto)}})
    assert stored() == (1, facts_of_subject)
    load_graph_into_neo4j(b, db, "neo4j")  # the same fact reported by a second article
    assert stored() == (2, facts_of_subject)
    load_graph_into_neo4j(b, db, "neo4j")
    assert stored() == (2, facts_of_subject)


def test_hostile_names_are_plain_data(db) -> None:
    db.execute_query("CREATE (:UserData {id: 'sentinel'})", database_="neo4j")
    g = hostile_graph()
    load_graph_into_neo4j(g, db, "neo4j")
    names = {r["n"] for r in db.execute_query("MATCH (p:Person) RETURN p.name AS n", database_="neo4j").records}
    assert names == set(HOSTILE_NAMES)
    occasions = {r["o"] for r in db.execute_query("MATCH (m:Meeting) RETURN m.occasion AS o",
                                                  database_="neo4j").records}
    assert occasions == set(HOSTILE_NAMES[1:])
    assert db.execute_query("MATCH (u:UserData) RETURN count(u) AS n", database_="neo4j").records[0]["n"] == 1
    assert counts(db, "neo4j") == (plan(g).node_count + 1, plan(g).rel_count)


def test_replace_deletes_only_project_labels(db, tmp_path: Path) -> None:
    db.execute_query("CREATE (:UserData {id: 'keep-me'})", database_="neo4j")
    load_graph_into_neo4j(hostile_graph(), db, "neo4j")
    path = tmp_path / "small.json"
    write_graph(small_graph(), path)
    refused = CliRunner().invoke(kg, ["load", str(path), "--replace"])
    assert refused.exit_code != 0 and "--yes" in refused.output
    result = CliRunner().invoke(kg, ["load", str(path), "--replace", "--yes", "--batch-size", "3"])
    assert result.exit_code == 0, result.output
    p = plan(small_graph())
    assert counts(db, "neo4j") == (p.node_count + 1, p.rel_count)
    assert db.execute_query("MATCH (u:UserData) RETURN u.id AS id", database_="neo4j").records[0]["id"] == "keep-me"


def test_unreachable_neo4j_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "small.json"
    write_graph(small_graph(), path)
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{_free_port()}")
    monkeypatch.setenv("NEO4J_PASSWORD", "not-used-password")
    result = CliRunner().invoke(kg, ["load", str(path)])
    assert result.exit_code == 1
    assert "does not answer" in result.output and "Traceback" not in result.output


def test_crash_mid_load_then_reload_equals_an_uninterrupted_load(db) -> None:
    big = synthetic_graph(1000, 5000, seed=11)
    load_graph_into_neo4j(big, db, "neo4j", batch_size=1000)
    expected = snapshot(db, "neo4j")
    wipe_database(db, "neo4j")

    killed: list[int | None] = []

    def kill_during_relationships(phase: str, done: int, total: int) -> None:
        if phase == "relationships" and done >= 3000 and not killed:
            killed.append(server.kill_hard())

    from neo4j import GraphDatabase

    t = target()
    with GraphDatabase.driver(t.uri, auth=(t.user, t.password), max_transaction_retry_time=2) as impatient:
        with pytest.raises(Neo4jUnavailable):
            load_graph_into_neo4j(big, impatient, "neo4j", batch_size=1000, progress=kill_during_relationships)
    assert killed and killed[0] is not None
    server.start(echo=lambda _m: None)
    with connect() as fresh:
        partial = counts(fresh, "neo4j")
        assert partial[1] < plan(big).rel_count  # the crash really cut the load short
        load_graph_into_neo4j(big, fresh, "neo4j", batch_size=1000)
        assert snapshot(fresh, "neo4j") == expected


def test_bulk_import_equals_unwind_load(db, tmp_path: Path) -> None:
    from graph.neo4j.bulk import bulk_load

    g = _merged(small_graph(), hostile_graph(), synthetic_graph(120, 500, seed=5))
    load_graph_into_neo4j(g, db, "neo4j", batch_size=250)
    unwind = snapshot(db, "neo4j")
    st = bulk_load(g, echo=lambda _m: None)
    assert (st.nodes, st.relationships) == (plan(g).node_count, plan(g).rel_count)
    with connect() as fresh:
        assert snapshot(fresh, "neo4j") == unwind


def test_export_neo4j_import_writes_csvs(tmp_path: Path) -> None:
    src = tmp_path / "g.json"
    write_graph(hostile_graph(), src)
    out = tmp_path / "csv"
    result = CliRunner().invoke(kg, ["export", "neo4j-import", str(out), "-i", str(src)])
    assert result.exit_code == 0, result.output
    assert "database import full" in result.output
    person = next(out.glob("nodes-*-entity-person.csv")).read_text(encoding="utf-8")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(person)))
    assert {r["name"] for r in rows} == set(HOSTILE_NAMES)
