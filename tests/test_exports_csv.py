"""CSV export, read back with the csv module."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner
from sample_graphs import HOSTILE_NAMES

from graph.cli import main
from graph.exports.csv_export import fact_columns, write_csv_dir
from graph.jsonio import write_graph
from graph.model import Graph
from graph.ontology import load_ontology


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_one_file_per_type_with_the_right_counts(small_graph: Graph, tmp_path: Path) -> None:
    onto = load_ontology()
    write_csv_dir(small_graph, tmp_path)
    for et in onto.entity_types:
        rows = read(tmp_path / f"entities_{et}.csv")
        assert len(rows) == sum(1 for e in small_graph.entities if e.type == et)
    for ft in onto.fact_types:
        path = tmp_path / f"facts_{ft}.csv"
        with path.open(encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == fact_columns(ft, onto)
        assert len(read(path)) == sum(1 for f in small_graph.facts if f.type == ft)
    assert len(read(tmp_path / "articles.csv")) == len(small_graph.articles)
    assert len(read(tmp_path / "evidence.csv")) == sum(len(f.evidence) for f in small_graph.facts)


def test_known_facts(small_graph: Graph, tmp_path: Path) -> None:
    write_csv_dir(small_graph, tmp_path)
    sup = {r["subject_name"]: r for r in read(tmp_path / "facts_SUPPLIES.csv")}
    kp = sup["North Korea"]
    assert kp["object_name"] == "Russia" and kp["item_name"] == "artillery shell"
    assert kp["in_exchange_for_name"] == "satellite technology" and kp["modality"] == "possible"
    assert kp["date"] == "2023" and kp["date_precision"] == "year"
    assert kp["exchange_fact"] == sup["Russia"]["id"]
    san = read(tmp_path / "facts_SANCTIONS.csv")[0]
    assert san["resolution"] == "resolution:unsc-1718" and san["measures"] == "arms embargo"
    state = {r["name"]: r for r in read(tmp_path / "entities_State.csv")}
    assert state["North Korea"]["name_id"] == "Korea Utara" and state["North Korea"]["wikidata"] == "Q423"
    ev = read(tmp_path / "evidence.csv")
    art = small_graph.articles[0]
    for r in ev:  # offsets point at the quote in the article text
        assert art.text[int(r["start"]):int(r["end"])] == r["quote"]


def test_hostile_names_survive_exactly(hostile_graph: Graph, tmp_path: Path) -> None:
    write_csv_dir(hostile_graph, tmp_path)
    people = read(tmp_path / "entities_Person.csv")
    assert sorted(r["name"] for r in people) == sorted(HOSTILE_NAMES)
    assert sorted(r["aliases"] for r in people) == sorted(n + " alias" for n in HOSTILE_NAMES)
    met = read(tmp_path / "facts_MET_WITH.csv")
    assert sorted(r["occasion"] for r in met) == sorted(HOSTILE_NAMES[1:])
    assert read(tmp_path / "articles.csv")[0]["title"] == hostile_graph.articles[0].title


def test_cli(small_graph: Graph, tmp_path: Path) -> None:
    src = tmp_path / "graph.json"
    write_graph(small_graph, src)
    res = CliRunner().invoke(main, ["export", "csv", str(src), "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert len(read(tmp_path / "out" / "facts_SUPPLIES.csv")) == 2
    res = CliRunner().invoke(main, ["export", "csv", str(src), "-o", "-"])
    assert res.exit_code == 2 and "give a directory" in res.output
    (tmp_path / "file").write_text("x", encoding="utf-8")
    res = CliRunner().invoke(main, ["export", "csv", str(src), "-o", str(tmp_path / "file")])
    assert res.exit_code == 2 and "not a directory" in res.output
