"""SHACL shapes for the export, generated from the ontology.

One node shape per entity type and per fact type (endpoint classes, role
classes and cardinalities come from ``ontology.yaml``), plus shapes for what
every fact, piece of evidence, selector and article must carry. A graph that
conforms has no fact without modality or evidence, no role filled by the
wrong kind of entity, and no selector whose start is not before its end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.ontology import Ontology, load_ontology

from .vocab import DCTERMS, OA, OWL, PROV, RDF, RDFS, SCHEMA, SH, XSD, build_vocab, prefixes

_DATE_TYPES = (XSD + "date", XSD + "gYearMonth", XSD + "gYear")


def shapes_graph(onto: Ontology | None = None) -> Any:  # -> rdflib.Graph
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.collection import Collection

    onto = onto or load_ontology()
    v = build_vocab(onto)
    sns = v.ns.rstrip("#/") + "/shapes#"
    g = Graph()
    for p, n in prefixes(v).items():
        g.bind(p, n)
    g.bind("sh", SH)
    g.bind("rukpsh", sns)
    u = URIRef

    def rdf_list(items: list[Any]) -> BNode:
        head = BNode()
        Collection(g, head, items)
        return head

    def node_shape(name: str, target: str, how: str = "targetClass") -> URIRef:
        shape = u(sns + name)
        g.add((shape, u(RDF + "type"), u(SH + "NodeShape")))
        g.add((shape, u(SH + how), u(target)))
        return shape

    def one_of(ps: Any, constraint: str, values: Any) -> None:
        """sh:or over one alternative per value: any of these classes / datatypes."""
        alts = []
        for value in values:
            alt = BNode()
            g.add((alt, u(SH + constraint), u(value)))
            alts.append(alt)
        g.add((ps, u(SH + "or"), rdf_list(alts)))

    def prop(shape: URIRef, path: str, min_count: int | None = None, max_count: int | None = None,
             classes: tuple[str, ...] = (), datatype: str | None = None, datatypes: tuple[str, ...] = (),
             **extra: Any) -> BNode:
        ps = BNode()
        g.add((shape, u(SH + "property"), ps))
        g.add((ps, u(SH + "path"), u(path)))
        if min_count is not None:
            g.add((ps, u(SH + "minCount"), Literal(min_count)))
        if max_count is not None:
            g.add((ps, u(SH + "maxCount"), Literal(max_count)))
        if len(classes) == 1:
            g.add((ps, u(SH + "class"), u(classes[0])))
        elif classes:
            one_of(ps, "class", classes)
        if datatype:
            g.add((ps, u(SH + "datatype"), u(datatype)))
        if datatypes:
            one_of(ps, "datatype", datatypes)
        for key, value in extra.items():
            g.add((ps, u(SH + key), value))
        return ps

    iri_kind: dict[str, Any] = {"nodeKind": u(SH + "IRI")}
    # Entities: a label in each language at most once, an id, at most one verified Wikidata link.
    for t, cls in v.entity_classes.items():
        s = node_shape(t + "Shape", cls)
        prop(s, RDFS + "label", 1, None, datatype=RDF + "langString", uniqueLang=Literal(True))
        prop(s, DCTERMS + "identifier", 1, 1, datatype=XSD + "string")
        prop(s, OWL + "sameAs", None, 1, pattern=Literal(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$"),
             **iri_kind)
    art = node_shape("ArticleShape", v.core("Article"))
    prop(art, DCTERMS + "identifier", 1, 1, datatype=XSD + "string")
    prop(art, SCHEMA + "datePublished", None, 1, datatypes=_DATE_TYPES)
    prop(art, v.core("sha256"), None, 1, datatype=XSD + "string", pattern=Literal("^[0-9a-f]{64}$"))

    fact = node_shape("FactShape", v.core("Fact"))
    prop(fact, v.core("subject"), 1, 1, **iri_kind)
    prop(fact, v.core("object"), 1, 1, **iri_kind)
    modality = prop(fact, v.core("modality"), 1, 1)
    g.add((modality, u(SH + "in"), rdf_list([u(m) for m in v.modalities.values()])))
    prop(fact, v.core("confidence"), 1, 1, datatype=XSD + "decimal", minInclusive=Literal(0),
         maxInclusive=Literal(1))
    prop(fact, v.core("date"), None, 1, datatypes=_DATE_TYPES)
    prop(fact, v.core("dateQualifier"), None, 1, datatype=XSD + "string")
    prop(fact, v.core("attributedTo"), None, 1, **iri_kind)
    prop(fact, PROV + "wasDerivedFrom", 1, None, classes=(v.core("Article"),))
    prop(fact, v.core("evidence"), 1, None, classes=(v.core("Evidence"),))

    ev = node_shape("EvidenceShape", v.core("Evidence"))
    prop(ev, OA + "hasSource", 1, 1, classes=(v.core("Article"),))
    prop(ev, v.core("sentence"), 1, 1, datatype=XSD + "integer", minInclusive=Literal(0))
    for sel in ("TextQuoteSelector", "TextPositionSelector"):
        q = BNode()
        g.add((q, u(SH + "class"), u(OA + sel)))
        prop(ev, OA + "hasSelector", None, None, qualifiedValueShape=q, qualifiedMinCount=Literal(1),
             qualifiedMaxCount=Literal(1))
    quote = node_shape("TextQuoteSelectorShape", OA + "TextQuoteSelector")
    prop(quote, OA + "exact", 1, 1, datatype=XSD + "string", minLength=Literal(1))
    pos = node_shape("TextPositionSelectorShape", OA + "TextPositionSelector")
    prop(pos, OA + "start", 1, 1, datatype=XSD + "integer", minInclusive=Literal(0), lessThan=u(OA + "end"))
    prop(pos, OA + "end", 1, 1, datatype=XSD + "integer")

    for ft in onto.fact_types.values():
        f = v.fact(ft.name)
        subj = tuple(v.entity_classes[t] for t in ft.subject)
        obj = tuple(v.entity_classes[t] for t in ft.object)
        if ft.symmetric:  # either end may come first
            subj = obj = tuple(dict.fromkeys(subj + obj))
        s = node_shape(f.cls[len(v.ns):] + "Shape", f.cls)
        prop(s, v.core("subject"), 1, 1, classes=subj)
        prop(s, v.core("object"), 1, 1, classes=obj)
        if f.subject_prop and f.subject_prop == f.object_prop:
            prop(s, f.subject_prop, 1, 2, classes=tuple(dict.fromkeys(subj + obj)))
        elif f.subject_prop and f.object_prop:
            prop(s, f.subject_prop, 1, 1, classes=subj)
            prop(s, f.object_prop, 1, 1, classes=obj)
        for role in f.roles.values():
            many = None if role.many else 1
            if role.kind == "entity":
                types = tuple(v.entity_classes[t] for t in ft.roles[role.name].entity_types)
                prop(s, role.iri, None, many, classes=types)
            elif role.kind == "fact":
                prop(s, role.iri, None, many, classes=(v.core("Fact"),))
            else:
                prop(s, role.iri, None, many, datatype=XSD + "string")
        # The direct triple joins entities of the fact type's endpoint classes.
        local = f.direct[len(v.ns):]
        d = node_shape(local[0].upper() + local[1:] + "SubjectShape", f.direct, "targetSubjectsOf")
        alts = []
        for c in subj:
            alt = BNode()
            g.add((alt, u(SH + "class"), u(c)))
            alts.append(alt)
        g.add((d, u(SH + "or"), rdf_list(alts)))
        prop(d, f.direct, None, None, classes=obj)
    return g


def write_shapes(path: str | Path) -> int:
    g = shapes_graph()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    g.serialize(destination=str(path), format="turtle", encoding="utf-8")
    return len(g)


def validate(data: Any) -> tuple[bool, str]:
    """Validate an rdflib graph against the shapes; returns (conforms, report text)."""
    from pyshacl import validate as shacl_validate

    conforms, _, text = shacl_validate(data, shacl_graph=shapes_graph(), inference="none", advanced=True)
    return bool(conforms), str(text)
