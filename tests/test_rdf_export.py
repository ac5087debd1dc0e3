"""RDF export: every format round-trips, IRIs are safe, provenance and typing are as documented."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph.model import Evidence, FactDate
from graph.ontology import load_ontology
from graph.rdf import export_rdf
from graph.rdf.export import FORMATS, ExportError, format_for_path, statements
from graph.rdf.iris import DEFAULT_BASE, BaseIRIError, check_base, mint
from graph.rdf.vocab import project_vocab, vocabulary_graph
from rdf_helpers import EXT, parse, quad_set, reference, same_rdf
from sample_graphs import HOSTILE_NAMES

V = project_vocab()
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
RUKP = V.ns
# IRIREF characters N-Triples allows unescaped, minus '%' escapes which mint() uses.
_IRI_SAFE = re.compile(r"^[^\x00-\x20<>\"{}|^`\\]+$")


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("which", ["small_graph", "hostile_graph"])
def test_every_format_round_trips(fmt: str, which: str, request: pytest.FixtureRequest, artifact_dir) -> None:
    graph = request.getfixturevalue(which)
    path = artifact_dir / f"graph.{EXT[fmt]}"
    n = export_rdf(graph, path)
    assert format_for_path(path) == fmt
    parsed = parse(path, fmt)
    ref = reference(graph, fmt)
    is_dataset = FORMATS[fmt][1]
    assert same_rdf(parsed, ref, is_dataset)
    assert n == (len(quad_set(parsed)) if is_dataset else len(parsed))


@pytest.mark.parametrize("fmt", ["nt", "nquads"])
@pytest.mark.parametrize("which", ["small_graph", "hostile_graph"])
def test_streaming_writer_matches_rdflib(fmt: str, which: str, request: pytest.FixtureRequest, artifact_dir) -> None:
    graph = request.getfixturevalue(which)
    ours, theirs = artifact_dir / f"stream.{EXT[fmt]}", artifact_dir / f"rdflib.{EXT[fmt]}"
    export_rdf(graph, ours, engine="stream")
    export_rdf(graph, theirs, engine="rdflib")
    assert same_rdf(parse(ours, fmt), parse(theirs, fmt), FORMATS[fmt][1])


def test_streaming_writer_on_synthetic_graph_matches_rdflib(artifact_dir) -> None:
    from bench.synthetic import synthetic_graph

    graph = synthetic_graph(300, 600)
    for fmt in ("nt", "nquads"):
        ours, theirs = artifact_dir / f"stream.{EXT[fmt]}", artifact_dir / f"rdflib.{EXT[fmt]}"
        n = export_rdf(graph, ours, engine="stream")
        m = export_rdf(graph, theirs, engine="rdflib")
        parsed = parse(ours, fmt)
        assert same_rdf(parsed, parse(theirs, fmt), FORMATS[fmt][1])
        # no statement is written twice (shared direct triples, self-meetings)
        assert n == m == (len(quad_set(parsed)) if FORMATS[fmt][1] else len(parsed))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_hostile_names_come_back_exactly(fmt: str, hostile_graph, artifact_dir) -> None:
    path = artifact_dir / f"hostile.{EXT[fmt]}"
    export_rdf(hostile_graph, path)
    parsed = parse(path, fmt)
    labels = {str(o) for o in parsed.objects(None, RDFS.label)} if not FORMATS[fmt][1] else \
        {str(o) for _, _, o, _ in parsed.quads((None, RDFS.label, None, None))}
    assert set(HOSTILE_NAMES) <= labels
    quotes = {str(o) for _, _, o, _ in quad_set(parsed) if isinstance(o, Literal)} if FORMATS[fmt][1] else \
        {str(o) for o in parsed.objects()}
    assert set(HOSTILE_NAMES[:-1]) <= quotes  # each name but the last is also an evidence quote


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_minted_iris_are_safe_and_injective(a: str, b: str) -> None:
    ia, ib = mint(DEFAULT_BASE, a), mint(DEFAULT_BASE, b)
    assert _IRI_SAFE.match(ia) and _IRI_SAFE.match(ib)
    assert (ia == ib) == (a == b)


def test_any_id_parses_as_ntriples() -> None:
    ids = ["person:" + n for n in HOSTILE_NAMES] + ['x"y', "a>b", "no colon", "%41", "::", "é:ü"]
    text = "".join(f"<{mint(DEFAULT_BASE, i)}> <{RDFS.label}> \"x\" .\n" for i in ids)
    g = Graph().parse(data=text, format="nt")
    assert len(set(g.subjects())) == len(ids)


def test_bad_base_is_refused(small_graph, tmp_path) -> None:
    for bad in ["no-scheme/", "http://ex.org/a b/", "http://ex.org/x", 'http://ex.org/"q"/', "ftp://ex.org/"]:
        with pytest.raises(BaseIRIError):
            check_base(bad)
        with pytest.raises(BaseIRIError):
            export_rdf(small_graph, tmp_path / "g.nt", base=bad)
    with pytest.raises(ExportError):
        export_rdf(small_graph, tmp_path / "g.rdfxml")


def test_custom_base_prefixes_every_instance(small_graph, artifact_dir) -> None:
    base = "https://example.org/kg/"
    path = artifact_dir / "g.nt"
    export_rdf(small_graph, path, base=base)
    g = parse(path, "nt")
    subjects = {str(s) for s in g.subjects()}
    assert subjects and all(s.startswith(base) for s in subjects)
    assert URIRef(base + "state/north-korea") in subjects | {URIRef(x) for x in subjects}


def test_same_entity_same_iri_and_deterministic_output(small_graph, tmp_path) -> None:
    export_rdf(small_graph, tmp_path / "a.nt")
    export_rdf(small_graph, tmp_path / "b.nt")
    assert (tmp_path / "a.nt").read_bytes() == (tmp_path / "b.nt").read_bytes()
    g = parse(tmp_path / "a.nt", "nt")
    prk = URIRef(mint(DEFAULT_BASE, "state:north-korea"))
    assert (prk, RDF.type, URIRef(RUKP + "State")) in g
    # the entity node, the fact endpoints and the direct triples all use that one IRI
    assert set(g.subjects(URIRef(RUKP + "supplies"), None)) == {prk, URIRef(mint(DEFAULT_BASE, "state:russia"))}
    assert prk in set(g.objects(None, URIRef(RUKP + "target")))


def test_labels_sameas_and_dates(small_graph, artifact_dir) -> None:
    path = artifact_dir / "g.ttl"
    export_rdf(small_graph, path)
    g = parse(path, "turtle")
    ents = small_graph.entity_index()
    for e in small_graph.entities:
        iri = URIRef(mint(DEFAULT_BASE, e.id))
        labels = set(g.objects(iri, RDFS.label))
        assert {Literal(e.names["en"], lang="en"), Literal(e.names["id"], lang="id")} <= labels
        same = set(g.objects(iri, OWL.sameAs))
        assert same == ({URIRef("http://www.wikidata.org/entity/" + e.wikidata)} if e.wikidata else set())
    assert ents["resolution:unsc-1718"].wikidata is None
    kinds = {"day": URIRef(XSD_NS + "date"), "month": URIRef(XSD_NS + "gYearMonth"), "year": URIRef(XSD_NS + "gYear")}
    for f in small_graph.facts:
        (d,) = g.objects(URIRef(mint(DEFAULT_BASE, f.id)), URIRef(RUKP + "date"))
        assert d.datatype == kinds[f.date.precision] and str(d) == f.date.value


def test_month_precision_and_malformed_qid(small_graph, artifact_dir) -> None:
    f0 = small_graph.facts[0]
    small_graph.facts[0] = replace(f0, date=FactDate("2024-06", "month", "late"))
    small_graph.entities[0] = replace(small_graph.entities[0], wikidata="Q12 > bad")
    path = artifact_dir / "g.nt"
    export_rdf(small_graph, path)
    g = parse(path, "nt")
    fact = URIRef(mint(DEFAULT_BASE, f0.id))
    assert set(g.objects(fact, URIRef(RUKP + "date"))) == {Literal("2024-06", datatype=URIRef(XSD_NS + "gYearMonth"))}
    assert set(g.objects(fact, URIRef(RUKP + "dateQualifier"))) == {Literal("late")}
    assert not set(g.objects(URIRef(mint(DEFAULT_BASE, small_graph.entities[0].id)), OWL.sameAs))


def test_facts_are_resources_with_roles_evidence_and_direct_triples(small_graph, artifact_dir) -> None:
    path = artifact_dir / "g.nt"
    export_rdf(small_graph, path)
    g = parse(path, "nt")
    onto = load_ontology()
    for f in small_graph.facts:
        terms = V.fact(f.type)
        node = URIRef(mint(DEFAULT_BASE, f.id))
        s, o = URIRef(mint(DEFAULT_BASE, f.subject)), URIRef(mint(DEFAULT_BASE, f.object))
        assert (node, RDF.type, URIRef(terms.cls)) in g
        assert (node, URIRef(terms.subject_prop), s) in g and (node, URIRef(terms.object_prop), o) in g
        assert (s, URIRef(terms.direct), o) in g
        assert (node, URIRef(RUKP + "modality"), URIRef(V.modalities[f.modality])) in g
        for name, role in onto.fact_type(f.type).roles.items():
            values = f.attrs.get(name)
            if role.is_entity and values:
                for v in values if isinstance(values, list) else [values]:
                    assert (node, URIRef(terms.roles[name].iri), URIRef(mint(DEFAULT_BASE, v))) in g
        for ev in f.evidence:
            art = URIRef(mint(DEFAULT_BASE, ev.article))
            assert (node, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), art) in g
            rows = list(g.query(
                "SELECT ?start ?end WHERE { ?f rukp:evidence ?e . ?e oa:hasSource ?a ; oa:hasSelector ?q, ?p . "
                "?q oa:exact ?x . ?p oa:start ?start ; oa:end ?end }",
                initNs={"rukp": RUKP, "oa": "http://www.w3.org/ns/oa#"},
                initBindings={"f": node, "a": art, "x": Literal(ev.quote)}))
            assert [(int(a), int(b)) for a, b in rows] == [(ev.start, ev.end)]
    meet = next(f for f in small_graph.facts if f.type == "MET_WITH")  # symmetric: both directions
    assert (URIRef(mint(DEFAULT_BASE, meet.object)), URIRef(RUKP + "metWith"),
            URIRef(mint(DEFAULT_BASE, meet.subject))) in g


def test_denied_fact_keeps_its_resource_but_no_direct_triple(small_graph, tmp_path) -> None:
    i, f = next((i, f) for i, f in enumerate(small_graph.facts) if f.type == "SANCTIONS")
    small_graph.facts[i] = replace(f, modality="denied")
    export_rdf(small_graph, tmp_path / "g.nt")
    g = parse(tmp_path / "g.nt", "nt")
    node = URIRef(mint(DEFAULT_BASE, f.id))
    assert (node, URIRef(RUKP + "modality"), URIRef(V.modalities["denied"])) in g
    assert not list(g.triples((None, URIRef(RUKP + "sanctions"), None)))


def test_named_graph_per_article(small_graph, artifact_dir) -> None:
    # a second article also reports the sanction: the fact is in both article graphs
    from graph.model import Article

    second = Article("article:second000000001", "b.txt", "Second", "Other Daily", "2024-02", "en", "1" * 64,
                     "The UNSC sanctioned North Korea.")
    small_graph.articles.append(second)
    i, f = next((i, f) for i, f in enumerate(small_graph.facts) if f.type == "SANCTIONS")
    small_graph.facts[i] = replace(f, evidence=f.evidence + (Evidence(second.id, 0, 0, 32, second.text),))
    path = artifact_dir / "g.nq"
    export_rdf(small_graph, path)
    quads = quad_set(parse(path, "nquads"))
    node = URIRef(mint(DEFAULT_BASE, f.id))
    graphs_of_fact = {g for s, p, o, g in quads if s == node and p == RDF.type}
    assert graphs_of_fact == {URIRef(mint(DEFAULT_BASE, a.id)) for a in small_graph.articles}
    for fact in small_graph.facts:
        fnode = URIRef(mint(DEFAULT_BASE, fact.id))
        expected = {URIRef(mint(DEFAULT_BASE, ev.article)) for ev in fact.evidence}
        assert {g for s, p, o, g in quads if s == fnode and p == RDF.type} == expected
    # each article graph holds only the evidence from that article
    second_graph = URIRef(mint(DEFAULT_BASE, second.id))
    sources = {o for s, p, o, g in quads if g == second_graph and str(p).endswith("hasSource")}
    assert sources == {second_graph}
    # entities and articles live in the default graph
    assert {g for s, p, o, g in quads if p == RDF.type and o == URIRef(RUKP + "State")} == {None}


def test_vocabulary_defines_every_term_the_export_uses(artifact_dir) -> None:
    from bench.synthetic import synthetic_graph

    graph = synthetic_graph(200, 600)
    assert {f.type for f in graph.facts} == set(load_ontology().fact_types)
    vocab = vocabulary_graph()
    defined = {str(s) for s in vocab.subjects(RDF.type, None)}
    used = set()
    for s, p, o, _ in statements(graph):
        used.add(p)
        if p == str(RDF.type) or (isinstance(o, str) and o.startswith(RUKP)):
            used.add(o)
    assert {t for t in used if t.startswith(RUKP)} <= defined


def test_vocabulary_labels_and_alignment(artifact_dir) -> None:
    from graph.rdf import write_vocabulary

    path = artifact_dir / "ontology.ttl"
    write_vocabulary(path)
    g = parse(path, "turtle")
    onto = load_ontology()
    schema = "https://schema.org/"
    for name, et in onto.entity_types.items():
        cls = URIRef(RUKP + name)
        assert (cls, RDF.type, OWL.Class) in g
        assert Literal(et.label["en"], lang="en") in set(g.objects(cls, RDFS.label))
        assert Literal(et.label["id"], lang="id") in set(g.objects(cls, RDFS.label))
        assert Literal(et.comment["id"], lang="id") in set(g.objects(cls, RDFS.comment))
        assert (cls, RDFS.subClassOf, URIRef(schema + et.schema_org)) in g
    for name, ft in onto.fact_types.items():
        terms = V.fact(name)
        assert Literal(ft.label["id"], lang="id") in set(g.objects(URIRef(terms.direct), RDFS.label))
        assert (URIRef(terms.cls), RDFS.subClassOf, URIRef(RUKP + "Fact")) in g
        if ft.event:
            assert (URIRef(terms.cls), RDFS.subClassOf, URIRef(schema + "Event")) in g
        if ft.symmetric:
            assert (URIRef(terms.direct), RDF.type, OWL.SymmetricProperty) in g
    assert (URIRef(RUKP + "Fact"), RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in g
    assert V.fact("SUPPLIES").direct == RUKP + "supplies" and V.fact("MET_WITH").direct == RUKP + "metWith"


def test_jsonld_context_file_gives_short_names(artifact_dir) -> None:
    import json

    from graph.rdf.context import jsonld_context, write_context

    path = artifact_dir / "context.jsonld"
    write_context(path)
    ctx = json.loads(path.read_text(encoding="utf-8"))
    assert ctx == jsonld_context()
    doc = {"@context": ctx["@context"], "@id": "https://example.org/f", "@type": "Transfer",
           "supplier": "https://example.org/prk", "confidence": "0.5", "label": {"@value": "x", "@language": "id"}}
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    f = URIRef("https://example.org/f")
    assert (f, RDF.type, URIRef(RUKP + "Transfer")) in g
    assert (f, URIRef(RUKP + "supplier"), URIRef("https://example.org/prk")) in g
    assert (f, URIRef(RUKP + "confidence"), Literal("0.5", datatype=URIRef(XSD_NS + "decimal"))) in g
    assert (f, RDFS.label, Literal("x", lang="id")) in g
