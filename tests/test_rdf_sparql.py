"""The SPARQL examples in queries/sparql run against the written export and give the expected answers."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from graph.model import Graph
from graph.rdf import export_rdf
from graph.rdf.iris import DEFAULT_BASE, mint
from graph.rdf.sparql import load_queries
from graph.rdf.vocab import project_vocab
from rdf_helpers import parse

V = project_vocab()
QUERIES = load_queries()


def _run(name: str, data: Any) -> list[tuple[Any, ...]]:
    return [tuple(None if x is None else str(x) for x in row) for row in data.query(QUERIES[name].text)]


def _export(graph: Graph, folder, fmt: str = "turtle") -> Any:
    path = folder / ("g.ttl" if fmt == "turtle" else "g.nq")
    export_rdf(graph, path)
    return parse(path, fmt)


def _en(graph: Graph, eid: str) -> str:
    e = graph.entity_index()[eid]
    return e.names.get("en", e.name)


def test_queries_are_documented_and_use_the_vocabulary_namespace() -> None:
    assert {"supplies", "sanctions_by_resolution", "fact_quotes", "facts_per_article"} <= set(QUERIES)
    for q in QUERIES.values():
        assert q.title and q.description
        assert f"PREFIX {V.prefix}: <{V.ns}>" in q.text


def test_who_supplies_what_to_whom(small_graph, artifact_dir) -> None:
    rows = _run("supplies", _export(small_graph, artifact_dir))
    got = {(r[1], r[2], r[3], r[4]) for r in rows}
    expected = {(_en(small_graph, f.subject), _en(small_graph, item), _en(small_graph, f.object), f.modality)
                for f in small_graph.facts if f.type == "SUPPLIES" for item in f.attrs.get("item", [])}
    assert got == expected
    assert ("North Korea", "artillery shell", "Russia", "possible") in got
    assert {r[0] for r in rows} == {mint(DEFAULT_BASE, f.id) for f in small_graph.facts if f.type == "SUPPLIES"}


def test_sanctions_by_resolution(small_graph, artifact_dir) -> None:
    rows = _run("sanctions_by_resolution", _export(small_graph, artifact_dir))
    got = {(r[1], r[2], r[3], frozenset(r[4].split("; ")) if r[4] else frozenset()) for r in rows}
    expected = {(_en(small_graph, f.attrs["resolution"]) if f.attrs.get("resolution") else None,
                 _en(small_graph, f.subject), _en(small_graph, f.object), frozenset(f.attrs.get("measures", [])))
                for f in small_graph.facts if f.type == "SANCTIONS"}
    assert got == expected
    assert ("UN Security Council Resolution 1718", "United Nations Security Council", "North Korea",
            frozenset({"arms embargo"})) in got


def test_facts_with_their_quotes(small_graph, artifact_dir) -> None:
    rows = _run("fact_quotes", _export(small_graph, artifact_dir))
    got = {(r[0], r[1], r[2], r[3], int(r[4]), int(r[5]), r[6]) for r in rows}
    expected = {(mint(DEFAULT_BASE, f.id), V.fact(f.type).cls[len(V.ns):], f.modality, ev.quote, ev.start, ev.end,
                 mint(DEFAULT_BASE, ev.article)) for f in small_graph.facts for ev in f.evidence}
    assert got == expected
    article = small_graph.articles[0]
    for _, _, _, quote, start, end, _ in got:  # the span points at the quote in the article text
        assert article.text[start:end] == quote


def test_facts_per_article_over_named_graphs(small_graph, artifact_dir) -> None:
    rows = _run("facts_per_article", _export(small_graph, artifact_dir, "nquads"))
    got = {(r[0], r[1]): int(r[2]) for r in rows}
    expected = Counter((mint(DEFAULT_BASE, a), V.fact(f.type).cls[len(V.ns):])
                       for f in small_graph.facts for a in {ev.article for ev in f.evidence})
    assert got == dict(expected)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_query_runs_on_the_hostile_graph(name: str, hostile_graph, artifact_dir) -> None:
    data = _export(hostile_graph, artifact_dir, "nquads" if name == "facts_per_article" else "turtle")
    rows = _run(name, data)
    if name in ("fact_quotes", "facts_per_article"):
        assert rows  # the hostile graph has meetings with quotes
