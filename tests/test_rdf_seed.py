"""The RDF export of the graph extracted from the five seed articles."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest
from rdflib import URIRef

from conftest import unavailable
from graph.model import Graph
from graph.rdf import export_rdf
from graph.rdf.export import FORMATS
from graph.rdf.shapes import validate
from graph.rdf.sparql import load_queries
from rdf_helpers import EXT, parse, reference, same_rdf


@pytest.fixture()
def seed(request: pytest.FixtureRequest) -> Graph:
    if importlib.util.find_spec("ingest.pipeline") is None:
        unavailable("the extractor (ingest.pipeline) is not in this checkout yet")
    return request.getfixturevalue("seed_graph")


def _rows(name: str, data: Any) -> list[tuple[str | None, ...]]:
    return [tuple(None if x is None else str(x) for x in row) for row in data.query(load_queries()[name].text)]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_seed_export_round_trips(fmt: str, seed: Graph, artifact_dir) -> None:
    path = artifact_dir / f"seed.{EXT[fmt]}"
    export_rdf(seed, path)
    assert same_rdf(parse(path, fmt), reference(seed, fmt), FORMATS[fmt][1])


def test_seed_export_conforms_and_answers_the_example_queries(seed: Graph, artifact_dir) -> None:
    path = artifact_dir / "seed.ttl"
    export_rdf(seed, path)
    data = parse(path, "turtle")
    conforms, text = validate(data)
    assert conforms, text
    sanctions = _rows("sanctions_by_resolution", data)
    assert any(r[2] == "United Nations Security Council" and r[3] == "North Korea" for r in sanctions), sanctions
    under = {r[1] for r in sanctions if r[1]}  # sanctions linked to the resolution they are imposed under
    resolutions = {e.names.get("en", e.name) for e in seed.entities if e.type == "Resolution"}
    assert under and under <= resolutions
    supplies = _rows("supplies", data)
    assert any(r[1] == "North Korea" and r[3] == "Russia" and r[2] and "artillery" in r[2].lower()
               for r in supplies), supplies
    quotes = _rows("fact_quotes", data)
    texts = {a.id: a.text for a in seed.articles}
    by_iri = {str(s): str(o) for s, o in data.subject_objects(URIRef("http://purl.org/dc/terms/identifier"))}
    assert quotes
    for r in quotes:  # every quote is the article text at its span
        assert texts[by_iri[r[6]]][int(r[4]):int(r[5])] == r[3]
