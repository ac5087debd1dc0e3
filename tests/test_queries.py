"""Cypher query packs: headers parse, every query runs read-only on a real Neo4j, answers match the articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import wipe_database

from graph.cli import main as kg
from graph.model import Graph
from graph.neo4j.connection import target
from graph.neo4j.load import counts, load_graph_into_neo4j
from queries.packs import QueryError, bind, load_packs, parse_query, run_pack_query

PACKS = {"actors", "arms", "sanctions", "meetings", "provenance", "paths"}
REQUIRED = {"actor-dossier", "who-supplies-what", "quid-pro-quo", "sanctions-timeline", "breaches",
            "meetings-and-visits", "claims-by-modality", "single-source", "shortest-paths", "most-connected",
            "article-contents"}


def test_every_query_has_a_complete_header() -> None:
    packs = load_packs()
    assert REQUIRED <= set(packs)
    assert {q.pack for q in packs.values()} == PACKS
    for q in packs.values():
        assert q.title and q.description and q.example.startswith(f"kg query run {q.name}"), q.name
        assert q.path is not None and q.path.stem == q.name
        header = [ln for ln in q.text.splitlines() if ln.startswith("// cypher-shell:")]
        assert header == [f"// cypher-shell: {q.cypher_shell_params()}"], q.name
        for p in q.params:
            assert f"${p.name}" in q.text, (q.name, p.name)


def test_params_are_typed_like_their_defaults() -> None:
    q = load_packs()["most-connected"]
    assert bind(q, {"limit": "3", "types": '["State"]'}) == {"limit": 3, "types": ["State"]}
    assert bind(q, {"types": "State,Person"})["types"] == ["State", "Person"]
    with pytest.raises(QueryError):
        bind(q, {"limit": "many"})
    with pytest.raises(QueryError):
        bind(q, {"nope": "1"})
    assert bind(load_packs()["who-supplies-what"], {"supplier": "state:russia"})["supplier"] == "state:russia"


def test_header_fields_continue_on_indented_lines() -> None:
    q = parse_query("// name: x\n// description: one\n//   two\n// param: a = [1, 2] | list\nRETURN $a AS a\n")
    assert (q.name, q.description, q.defaults) == ("x", "one two", {"a": [1, 2]})


@pytest.fixture(scope="module")
def seed_loaded(neo4j_driver, seed_graph: Graph) -> Graph:
    db = target().database
    wipe_database(neo4j_driver, db)
    load_graph_into_neo4j(seed_graph, neo4j_driver, db)
    return seed_graph



@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(load_packs()))
def test_every_pack_query_returns_rows_on_the_seed_graph(seed_loaded, neo4j_driver, name: str) -> None:
    rows = run_pack_query(name, driver=neo4j_driver)
    assert rows, f"{name} returned nothing with its default parameters"


@pytest.mark.neo4j
def test_shoigu_dossier_has_the_july_2023_pyongyang_visit(seed_loaded, neo4j_driver) -> None:
    rows = run_pack_query("actor-dossier", {"actor": "person:sergei-shoigu"}, neo4j_driver)
    visits = [r for r in rows if r["fact"] == "visited" and r["object"] == "Pyongyang"]
    assert visits and visits[0]["date"] == "2023-07"
    assert any("Juli 2023" in q and "Shoigu" in q for q in visits[0]["quotes"])


@pytest.mark.neo4j
def test_breach_query_finds_dprk_shells_to_russia_against_1718(seed_loaded, neo4j_driver) -> None:
    rows = run_pack_query("breaches", driver=neo4j_driver)
    hits = [r for r in rows if r["recipient"] == "Russia" and "artillery shell" in r["weapons"]]
    assert hits
    assert all(1718 in r["resolutions"] for r in hits)
    assert any("arms embargo" in m for r in hits for m in r["first_measure"])


@pytest.mark.neo4j
def test_supplies_quid_pro_quo_sanctions_claims(seed_loaded, neo4j_driver) -> None:
    supplies = run_pack_query("who-supplies-what", {"supplier": "state:north-korea", "recipient": "state:russia"},
                              neo4j_driver)
    assert supplies and all(r["supplier"] == "North Korea" and r["recipient"] == "Russia" for r in supplies)
    assert all(r["quotes"] for r in supplies)
    qpq = run_pack_query("quid-pro-quo", {"party": "state:russia"}, neo4j_driver)
    assert any(r["supplier"] == "North Korea" and "artillery shell" in r["gives"] and r["in_return_for"]
               for r in qpq)
    timeline = run_pack_query("sanctions-timeline", {"target": "state:north-korea"}, neo4j_driver)
    by_res = {r["resolution"]: r for r in timeline if r["resolution"]}
    assert by_res[1718]["year"] == 2006 and by_res[1874]["year"] == 2009
    dated = [r["date"] for r in timeline if r["date"]]
    assert dated == sorted(dated)
    denied = run_pack_query("claims-by-modality", {"modalities": ["denied"]}, neo4j_driver)
    assert any(r["attributed_to"] == "Yevgeny Prigozhin" and r["object"] == "Wagner Group" for r in denied)


@pytest.mark.neo4j
def test_meetings_in_time_order_and_article_contents(seed_loaded, neo4j_driver) -> None:
    meetings = run_pack_query("meetings-and-visits", {"actor": "person:kim-jong-un"}, neo4j_driver)
    dated = [r["date"] for r in meetings if r["date"]]
    assert dated == sorted(dated) and any(r["kind"] == "meeting" for r in meetings)
    article = seed_loaded.articles[0]
    rows = run_pack_query("article-contents", {"article": article.id}, neo4j_driver)
    assert rows and {r["article_id"] for r in rows} == {article.id}
    for r in rows:
        assert article.text[r["start"]:r["end"]] == r["quote"]


@pytest.mark.neo4j
def test_a_write_is_refused_and_the_cli_says_so(seed_loaded, neo4j_driver, tmp_path: Path) -> None:
    before = counts(neo4j_driver, target().database)
    evil = tmp_path / "evil.cypher"
    evil.write_text("// name: evil\nMATCH (n) DETACH DELETE n RETURN count(*) AS gone\n", encoding="utf-8")
    result = CliRunner().invoke(kg, ["query", "run", "--file", str(evil)])
    assert result.exit_code == 1 and "refused" in result.output and "Traceback" not in result.output
    assert counts(neo4j_driver, target().database) == before


@pytest.mark.neo4j
def test_cli_formats(seed_loaded, neo4j_driver, tmp_path: Path) -> None:
    runner = CliRunner()
    js = runner.invoke(kg, ["query", "run", "most-connected", "--param", "limit=3", "--format", "json"])
    assert js.exit_code == 0, js.output
    rows = json.loads(js.output)
    assert len(rows) == 3 and rows[0]["facts"] >= rows[-1]["facts"]
    cs = runner.invoke(kg, ["query", "run", "most-connected", "-p", "limit=3", "--format", "csv"])
    parsed = list(csv.DictReader(io.StringIO(cs.output)))
    assert [r["id"] for r in parsed] == [r["id"] for r in rows]
    table = runner.invoke(kg, ["query", "run", "find-entity", "-p", "q=Shoygu~"])
    assert table.exit_code == 0 and "person:sergei-shoigu" in table.output
    own = tmp_path / "mine.cypher"
    own.write_text("MATCH (a:Article) RETURN count(a) AS n\n", encoding="utf-8")
    mine = runner.invoke(kg, ["query", "run", "--file", str(own), "--format", "json"])
    assert json.loads(mine.output) == [{"n": len(seed_loaded.articles)}]
    missing = runner.invoke(kg, ["query", "run", "no-such-query"])
    assert missing.exit_code == 1 and "kg query list" in missing.output


@pytest.mark.neo4j
def test_breach_on_small_graph(clean_db, small_graph: Graph) -> None:
    load_graph_into_neo4j(small_graph, clean_db, target().database)
    rows = run_pack_query("breaches", driver=clean_db)
    assert [(r["recipient"], r["weapons"], r["date"], r["date_basis"]) for r in rows] == [
        ("Russia", ["artillery shell"], "2023", "fact date")]
    assert rows[0]["resolutions"] == [1718, 1874, 2270]
