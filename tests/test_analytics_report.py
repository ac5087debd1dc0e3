"""The assembled report, its three renderings, the scores file and the ``kg analyze`` command."""

from __future__ import annotations

import doctest
import importlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_graphs import HOSTILE_NAMES

from graph.analytics.report import build_report, render_json, render_markdown, render_table, scores
from graph.cli import main
from graph.jsonio import write_graph
from graph.model import Graph

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["projections", "centrality", "communities", "exchange", "paths", "timeline", "sources", "report",
           "store"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples import tests/sample_graphs.py relative to the repository
    module = importlib.import_module(f"graph.analytics.{name}")
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


def test_report_on_small_graph(small_graph: Graph) -> None:
    r = build_report(small_graph, path=("kim jong un", "VLADIMIR PUTIN"))
    ids = {e.name: e.id for e in small_graph.entities}
    assert r["graph"]["facts"] == 4 and r["graph"]["entities"] == 9
    assert r["central"][0]["id"] == ids["North Korea"]  # in the sanction and both transfers
    cyc = r["exchange"]["cycles"]
    assert len(cyc) == 1 and cyc[0]["declared"]
    assert {a["name"] for a in cyc[0]["actors"]} == {"North Korea", "Russia"}
    gives = {(leg["supplier"]["name"], i["name"]) for leg in cyc[0]["legs"] for t in leg["transfers"]
             for i in t["items"]}
    assert gives == {("North Korea", "artillery shell"), ("Russia", "satellite technology")}
    assert r["paths"]["length"] == 1
    assert [e["date"] for e in r["timeline"]["events"]] == ["2006", "2023", "2023", "2023-09-13"]
    assert r["single_source"]["total"] == 4


def test_top_cuts_lists_but_not_scores(hostile_graph: Graph) -> None:
    r = build_report(hostile_graph, top=3)
    assert len(r["central"]) == 3 and r["central_total"] == len(HOSTILE_NAMES)
    table = scores(r)
    assert set(table) == {e.id for e in hostile_graph.entities}
    assert all({"pagerank", "degree", "betweenness", "community", "broker"} <= set(s) for s in table.values())
    assert build_report(hostile_graph, top=0)["central_total"] == len(build_report(hostile_graph, top=0)["central"])


def test_hostile_names_in_every_rendering(hostile_graph: Graph) -> None:
    r = build_report(hostile_graph, top=0, path=(HOSTILE_NAMES[0], HOSTILE_NAMES[-1]))
    parsed = json.loads(render_json(r))
    assert {c["name"] for c in parsed["central"]} == set(HOSTILE_NAMES)
    table = render_table(r)
    assert "\x1b" not in table and "new\\nline" in table and "Ким Чен Ын" in table
    md = render_markdown(r)
    assert "<script>" not in md and "<img" not in md and "&lt;script&gt;" in md
    assert "MATCH (n) DETACH DELETE n" in md
    # every table row keeps its column count: no name breaks the Markdown table
    for block in md.split("\n\n"):
        rows = [line for line in block.splitlines() if line.startswith("|")]
        if rows:
            widths = {line.replace("\\|", "").count("|") for line in rows}
            assert len(widths) == 1, block


@pytest.fixture()
def small_json(tmp_path: Path, small_graph: Graph) -> Path:
    path = tmp_path / "graph.json"
    write_graph(small_graph, path)
    return path


def test_cli_json_and_scores_file(small_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    res = CliRunner().invoke(main, ["analyze", str(small_json), "--format", "json", "--path", "Korea Utara", "rusia",
                                    "--scores-out", str(out)])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["paths"]["length"] == 1
    assert report["paths"]["paths"][0][0]["types"] == ["SUPPLIES"]
    table = json.loads(out.read_text(encoding="utf-8"))
    assert table["state:north-korea"]["pagerank"] == max(s["pagerank"] for s in table.values())
    assert "kg analyze: centrality" in res.stderr


def test_cli_markdown_to_file(small_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    res = CliRunner().invoke(main, ["analyze", str(small_json), "--format", "markdown", "-o", str(out), "-q"])
    assert res.exit_code == 0 and res.stderr == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Graph analysis") and "| North Korea | State |" in text


@pytest.mark.parametrize("args,message", [
    (["--path", "Nobody", "Russia"], "no entity is called 'Nobody'"),
    (["--format", "xml"], "Invalid value for '--format'"),
])
def test_cli_user_errors_are_one_paragraph(small_json: Path, args: list[str], message: str) -> None:
    res = CliRunner().invoke(main, ["analyze", str(small_json), *args])
    assert res.exit_code != 0 and message in res.output
    assert "Traceback" not in res.output


def test_cli_missing_and_malformed_input(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["analyze", str(tmp_path / "absent.json")])
    assert res.exit_code == 1 and "no such file" in res.output
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(bad)])
    assert res.exit_code == 1 and "not a usable graph" in res.output and "Traceback" not in res.output


def test_help_names_every_option() -> None:
    res = CliRunner().invoke(main, ["analyze", "--help"])
    for opt in ("--format", "--path", "--top", "--scores-out", "--write-neo4j", "--output"):
        assert opt in res.output
