"""SHACL shapes generated from the ontology: the export conforms; broken graphs do not."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from graph.ontology import load_ontology
from graph.rdf import export_rdf
from graph.rdf.export import statements
from graph.rdf.iris import DEFAULT_BASE, mint
from graph.rdf.shapes import shapes_graph, validate
from graph.rdf.vocab import SH, project_vocab
from graph.rdf.writers import to_rdflib
from rdf_helpers import parse

V = project_vocab()
RUKP = V.ns


def _violated_paths(data: Graph) -> set[str]:
    from pyshacl import validate as shacl_validate

    conforms, results, _ = shacl_validate(data, shacl_graph=shapes_graph(), inference="none", advanced=True)
    assert not conforms
    return {str(p) for p in results.objects(None, URIRef(SH + "resultPath"))} | \
        {str(c) for c in results.objects(None, URIRef(SH + "sourceConstraintComponent"))}


@pytest.mark.parametrize("which", ["small_graph", "hostile_graph"])
def test_export_conforms(which: str, request: pytest.FixtureRequest, artifact_dir) -> None:
    graph = request.getfixturevalue(which)
    path = artifact_dir / "g.ttl"
    export_rdf(graph, path)
    conforms, text = validate(parse(path, "turtle"))
    assert conforms, text


def test_synthetic_export_with_every_fact_type_conforms() -> None:
    from bench.synthetic import synthetic_graph

    graph = synthetic_graph(120, 300)
    assert {f.type for f in graph.facts} == set(load_ontology().fact_types)
    conforms, text = validate(to_rdflib(statements(graph), False))
    assert conforms, text


def test_shapes_cover_every_type_of_the_ontology() -> None:
    shapes = shapes_graph()
    targets = {str(o) for o in shapes.objects(None, URIRef(SH + "targetClass"))}
    onto = load_ontology()
    assert {V.entity_classes[t] for t in onto.entity_types} <= targets
    assert {V.fact(t).cls for t in onto.fact_types} <= targets
    assert {str(o) for o in shapes.objects(None, URIRef(SH + "targetSubjectsOf"))} == \
        {V.fact(t).direct for t in onto.fact_types}


def test_role_filled_by_wrong_kind_of_entity_is_caught(small_graph) -> None:
    # a transfer whose "item" is a person, and a sanction imposed by a weapon
    i, f = next((i, f) for i, f in enumerate(small_graph.facts) if f.type == "SUPPLIES")
    small_graph.facts[i] = replace(f, attrs={**f.attrs, "item": ["person:kim-jong-un"]})
    j, s = next((j, s) for j, s in enumerate(small_graph.facts) if s.type == "SANCTIONS")
    small_graph.facts[j] = replace(s, subject="weapon:artillery-shell")
    found = _violated_paths(to_rdflib(statements(small_graph), False))
    assert RUKP + "item" in found
    assert RUKP + "imposedBy" in found
    assert RUKP + "subject" in found


def test_fact_without_modality_or_evidence_and_bad_selector_are_caught(small_graph) -> None:
    data = to_rdflib(statements(small_graph), False)
    fact = URIRef(mint(DEFAULT_BASE, small_graph.facts[0].id))
    data.remove((fact, URIRef(RUKP + "modality"), None))
    data.remove((fact, URIRef(RUKP + "evidence"), None))
    ev = small_graph.facts[1].evidence[0]
    pos = next(s for s in data.subjects(URIRef("http://www.w3.org/ns/oa#start"), None)
               if str(s).startswith(mint(DEFAULT_BASE, small_graph.facts[1].id)))
    data.set((pos, URIRef("http://www.w3.org/ns/oa#start"), Literal(ev.end + 5)))
    found = _violated_paths(data)
    assert RUKP + "modality" in found
    assert RUKP + "evidence" in found
    assert SH + "LessThanConstraintComponent" in found


def test_unknown_modality_and_bad_sameas_are_caught(small_graph) -> None:
    data = to_rdflib(statements(small_graph), False)
    fact = URIRef(mint(DEFAULT_BASE, small_graph.facts[0].id))
    data.set((fact, URIRef(RUKP + "modality"), URIRef(RUKP + "rumoured")))
    kim = URIRef(mint(DEFAULT_BASE, "person:kim-jong-un"))
    data.add((kim, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("https://example.org/not-wikidata")))
    data.add((kim, RDF.type, URIRef(RUKP + "Person")))
    found = _violated_paths(data)
    assert SH + "InConstraintComponent" in found
    assert "http://www.w3.org/2002/07/owl#sameAs" in found


def test_export_of_sanctions_issued_by_a_body_and_bodies_set_up_together_conforms(artifact_dir) -> None:
    from pathlib import Path

    from ingest.pipeline import extract_paths

    graph = extract_paths([Path(__file__).parent / "data" / "english_designations.txt"]).graph
    assert any("issued_by" in f.attrs for f in graph.facts) and any("through" in f.attrs for f in graph.facts)
    path = artifact_dir / "designations.ttl"
    export_rdf(graph, path)
    data = parse(path, "turtle")
    assert (None, URIRef(RUKP + "issuedBy"), None) in data and (None, URIRef(RUKP + "through"), None) in data
    conforms, text = validate(data)
    assert conforms, text
