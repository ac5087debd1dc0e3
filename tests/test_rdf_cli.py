"""``kg export rdf`` and ``kg export ontology`` from the command line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.jsonio import write_graph
from graph.rdf.export import FORMATS
from rdf_helpers import EXT, parse, reference, same_rdf


@pytest.fixture()
def graph_json(small_graph, tmp_path):
    path = tmp_path / "graph.json"
    write_graph(small_graph, path)
    return path


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_format_from_extension(fmt: str, graph_json, small_graph, tmp_path) -> None:
    out = tmp_path / "out" / f"graph.{EXT[fmt]}"
    result = CliRunner().invoke(main, ["export", "rdf", str(graph_json), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"as {fmt} to" in result.stderr
    assert same_rdf(parse(out, fmt), reference(small_graph, fmt), FORMATS[fmt][1])


def test_stdout_with_explicit_format_and_base(graph_json) -> None:
    result = CliRunner().invoke(main, ["export", "rdf", str(graph_json), "-o", "-", "-f", "nt",
                                       "--base", "https://example.org/kg/"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("<https://example.org/kg/") for line in lines)


@pytest.mark.parametrize("args, message", [
    (["-o", "{tmp}/g.rdfxml"], "cannot tell the RDF format"),
    (["-o", "-"], "needs --format"),
    (["-o", "{tmp}/g.nt", "--base", "not an iri"], "base IRI"),
    (["-o", "{tmp}/g.ttl", "--engine", "stream"], "streaming writer only writes"),
])
def test_user_errors_are_one_clear_message(args: list[str], message: str, graph_json, tmp_path) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(main, ["export", "rdf", str(graph_json), *args])
    assert result.exit_code != 0
    assert message in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_unreadable_graph_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    for path in (bad, tmp_path / "missing.json"):
        result = CliRunner().invoke(main, ["export", "rdf", str(path), "-o", str(tmp_path / "g.nt")])
        assert result.exit_code == 1
        assert "cannot read the graph" in result.stderr
        assert "Traceback" not in result.stderr


def test_ontology_command_writes_vocabulary_context_and_shapes(tmp_path) -> None:
    out = tmp_path / "ontology.ttl"
    ctx, shapes = tmp_path / "context.jsonld", tmp_path / "shapes.ttl"
    result = CliRunner().invoke(main, ["export", "ontology", "-o", str(out), "--context", str(ctx),
                                       "--shapes", str(shapes)])
    assert result.exit_code == 0, result.stderr
    assert len(parse(out, "turtle")) > 100
    assert len(parse(shapes, "turtle")) > 100
    assert "supplies" in json.loads(ctx.read_text(encoding="utf-8"))["@context"]


def test_help_names_every_format() -> None:
    result = CliRunner().invoke(main, ["export", "rdf", "--help"])
    assert result.exit_code == 0
    for fmt in FORMATS:
        assert fmt in result.output
