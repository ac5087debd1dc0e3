"""The project's RDF vocabulary, derived from ``graph/ontology.yaml``.

Every class and property the export writes is named here, from the ontology:
entity types become classes (aligned to schema.org through the ``schema_org``
key), fact types become a fact class (the event label when the fact type is
n-ary, else ``<Type>Fact``) plus a direct property named after the fact type
(``SUPPLIES`` -> ``rukp:supplies``), and event roles become properties
(``SUPPLIER`` -> ``rukp:supplier``). The handful of terms every fact shares
(modality, evidence, confidence, ...) are defined below with English and
Indonesian labels. A term the vocabulary does not define is a ``KeyError``,
so a typo can never reach the output.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graph.ontology import Ontology, load_ontology

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
SH = "http://www.w3.org/ns/shacl#"
WD = "http://www.wikidata.org/entity/"

RDF_TYPE = RDF + "type"

# Shared terms: (kind, en label, id label, en comment, id comment, super-terms).
# kind: "class", "object" (IRI-valued property) or "data" (literal-valued property).
_CORE: dict[str, tuple[str, str, str, str, str, tuple[str, ...]]] = {
    "Fact": ("class", "fact", "fakta",
             "A statement reported by one or more articles, as a resource carrying its roles, date, modality "
             "and evidence.",
             "Pernyataan yang dilaporkan satu atau lebih artikel, sebagai sumber daya yang membawa peran, "
             "tanggal, modalitas dan buktinya.", (PROV + "Entity",)),
    "Article": ("class", "article", "artikel", "A news article the graph was extracted from.",
                "Artikel berita sumber ekstraksi graf.", (SCHEMA + "NewsArticle", PROV + "Entity")),
    "Evidence": ("class", "evidence", "bukti",
                 "The span of an article that supports a fact, located by a quote and a character position.",
                 "Bagian artikel yang mendukung suatu fakta, ditandai dengan kutipan dan posisi karakter.",
                 (OA + "SpecificResource",)),
    "Modality": ("class", "modality", "modalitas", "How an article presents a fact: asserted, planned, "
                 "requested, possible or denied.",
                 "Cara artikel menyajikan fakta: dinyatakan, direncanakan, diminta, mungkin atau dibantah.", ()),
    "subject": ("object", "subject", "subjek", "The first party of a fact, whatever its role.",
                "Pihak pertama suatu fakta, apa pun perannya.", ()),
    "object": ("object", "object", "objek", "The second party of a fact, whatever its role.",
               "Pihak kedua suatu fakta, apa pun perannya.", ()),
    "modality": ("object", "modality", "modalitas", "How the article presents the fact.",
                 "Cara artikel menyajikan fakta.", ()),
    "attributedTo": ("object", "attributed to", "dikaitkan kepada",
                     "Who the article says made the claim (when the article reports someone else's claim).",
                     "Pihak yang menurut artikel membuat klaim tersebut.", (PROV + "wasAttributedTo",)),
    "evidence": ("object", "evidence", "bukti", "A span of an article that supports the fact.",
                 "Bagian artikel yang mendukung fakta.", ()),
    "confidence": ("data", "confidence", "tingkat keyakinan",
                   "The extractor's confidence in the fact, between 0 and 1.",
                   "Tingkat keyakinan ekstraktor atas fakta, antara 0 dan 1.", ()),
    "date": ("data", "date", "tanggal",
             "When the fact happened, typed by precision: xsd:date, xsd:gYearMonth or xsd:gYear.",
             "Kapan fakta terjadi, bertipe sesuai ketelitian: xsd:date, xsd:gYearMonth atau xsd:gYear.", ()),
    "dateText": ("data", "date (as written)", "tanggal (seperti tertulis)",
                 "A date that fits none of the typed precisions, kept as text.",
                 "Tanggal yang tidak cocok dengan ketelitian bertipe, disimpan sebagai teks.", ()),
    "dateQualifier": ("data", "date qualifier", "keterangan tanggal",
                      "A qualifier of the date such as early, mid, late or before.",
                      "Keterangan tanggal seperti awal, pertengahan, akhir atau sebelum.", ()),
    "sentence": ("data", "sentence number", "nomor kalimat",
                 "Index of the sentence in the article's cleaned text, from 0.",
                 "Indeks kalimat dalam teks artikel yang telah dibersihkan, mulai dari 0.", ()),
    "publisherName": ("data", "publisher name", "nama penerbit", "The name of the article's publisher.",
                      "Nama penerbit artikel.", ()),
    "sha256": ("data", "SHA-256", "SHA-256", "SHA-256 of the article file's bytes.",
               "SHA-256 dari bita berkas artikel.", ()),
}


def camel(name: str, upper: bool = False) -> str:
    """``IN_EXCHANGE_FOR``/``in_exchange_for`` -> ``inExchangeFor`` (``InExchangeFor`` if ``upper``)."""
    parts = [p for p in name.lower().split("_") if p]
    text = parts[0] + "".join(p.capitalize() for p in parts[1:])
    return text[0].upper() + text[1:] if upper else text


@dataclass(frozen=True)
class RoleTerm:
    name: str  # the ontology's role name
    iri: str
    kind: str  # "entity" | "value" | "fact"
    many: bool


@dataclass(frozen=True)
class FactTerms:
    fact_type: str
    cls: str
    direct: str
    subject_prop: str | None  # event role of the subject (rukp:supplier), None for plain facts
    object_prop: str | None
    symmetric: bool
    roles: dict[str, RoleTerm]


@dataclass(frozen=True)
class Vocab:
    ns: str
    prefix: str
    entity_classes: dict[str, str]
    schema_classes: dict[str, str]
    facts: dict[str, FactTerms]
    modalities: dict[str, str]

    def core(self, name: str) -> str:
        if name not in _CORE:
            raise KeyError(f"{name!r} is not a term of the vocabulary")
        return self.ns + name

    def fact(self, fact_type: str) -> FactTerms:
        return self.facts[fact_type]


def build_vocab(onto: Ontology) -> Vocab:
    """Name every term from the ontology; refuses two meanings for one name."""
    ns = onto.namespace
    kinds: dict[str, str] = {name: spec[0] for name, spec in _CORE.items()}

    def claim(local: str, kind: str) -> str:
        known = kinds.setdefault(local, kind)
        if known != kind:
            raise ValueError(f"ontology gives the RDF term {onto.prefix}:{local} two meanings ({known}, {kind})")
        return ns + local

    entity_classes = {t: claim(t, "class") for t in onto.entity_types}
    schema_classes = {t: SCHEMA + et.schema_org for t, et in onto.entity_types.items() if et.schema_org}
    facts: dict[str, FactTerms] = {}
    for ft in onto.fact_types.values():
        cls = claim(ft.event.label if ft.event else camel(ft.name, upper=True) + "Fact", "class")
        direct = claim(camel(ft.name), "direct")
        sp = op = None
        if ft.event:
            sp = claim(camel(ft.event.subject_role), "object")
            op = claim(camel(ft.event.object_role), "object")
        roles: dict[str, RoleTerm] = {}
        for role in ft.roles.values():
            if role.is_entity:
                rel = ft.event.roles.get(role.name) if ft.event else None
                roles[role.name] = RoleTerm(role.name, claim(camel(rel or role.name), "object"), "entity", role.many)
            elif role.is_fact_ref:
                roles[role.name] = RoleTerm(role.name, claim(camel(role.name), "fact"), "fact", role.many)
            else:
                roles[role.name] = RoleTerm(role.name, claim(camel(role.name), "data"), "value",
                                            role.many or role.value_kind == "list")
        facts[ft.name] = FactTerms(ft.name, cls, direct, sp, op, ft.symmetric, roles)
    modalities = {m: claim(m, "modality") for m in onto.modalities}
    return Vocab(ns, onto.prefix, entity_classes, schema_classes, facts, modalities)


@lru_cache(maxsize=1)
def project_vocab() -> Vocab:
    return build_vocab(load_ontology())


def prefixes(vocab: Vocab) -> dict[str, str]:
    """Prefixes bound in every serialisation."""
    return {vocab.prefix: vocab.ns, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "prov": PROV, "oa": OA,
            "schema": SCHEMA, "skos": SKOS, "dcterms": DCTERMS, "wd": WD}


def vocabulary_graph(onto: Ontology | None = None):  # -> rdflib.Graph
    """The vocabulary as an rdflib graph: classes, properties, alignments, bilingual labels."""
    from rdflib import Graph, Literal, URIRef

    onto = onto or load_ontology()
    v = build_vocab(onto)
    g = Graph()
    for p, n in prefixes(v).items():
        g.bind(p, n)
    T = URIRef(RDF_TYPE)

    def u(iri: str) -> URIRef:
        return URIRef(iri)

    def labels(term: str, en: str, id_: str | None, c_en: str, c_id: str | None) -> None:
        g.add((u(term), u(RDFS + "label"), Literal(en, lang="en")))
        if id_:
            g.add((u(term), u(RDFS + "label"), Literal(id_, lang="id")))
        g.add((u(term), u(RDFS + "comment"), Literal(c_en, lang="en")))
        if c_id:
            g.add((u(term), u(RDFS + "comment"), Literal(c_id, lang="id")))
        g.add((u(term), u(RDFS + "isDefinedBy"), u(onto_iri)))

    onto_iri = v.ns.rstrip("#/")
    g.add((u(onto_iri), T, u(OWL + "Ontology")))
    g.add((u(onto_iri), u(RDFS + "label"), Literal("rukp-kg vocabulary", lang="en")))
    g.add((u(onto_iri), u(RDFS + "label"), Literal("kosakata rukp-kg", lang="id")))
    g.add((u(onto_iri), u(RDFS + "comment"), Literal(
        "Terms of the Russia-North Korea relations knowledge graph, generated from its ontology file.", lang="en")))
    g.add((u(onto_iri), u(RDFS + "comment"), Literal(
        "Istilah graf pengetahuan hubungan Rusia-Korea Utara, dihasilkan dari berkas ontologinya.", lang="id")))

    owl_kind = {"class": OWL + "Class", "object": OWL + "ObjectProperty", "data": OWL + "DatatypeProperty"}
    for name, (kind, en, id_, c_en, c_id, supers) in _CORE.items():
        term = v.core(name)
        g.add((u(term), T, u(owl_kind[kind])))
        labels(term, en, id_, c_en, c_id)
        for s in supers:
            g.add((u(term), u(RDFS + ("subClassOf" if kind == "class" else "subPropertyOf")), u(s)))
    for prop, target in (("modality", "Modality"), ("evidence", "Evidence"), ("attributedTo", None)):
        if target:
            g.add((u(v.core(prop)), u(RDFS + "range"), u(v.core(target))))
        g.add((u(v.core(prop)), u(RDFS + "domain"), u(v.core("Fact"))))

    for t, et in onto.entity_types.items():
        cls = v.entity_classes[t]
        g.add((u(cls), T, u(OWL + "Class")))
        labels(cls, et.label["en"], et.label.get("id"), et.comment["en"], et.comment.get("id"))
        if t in v.schema_classes:
            g.add((u(cls), u(RDFS + "subClassOf"), u(v.schema_classes[t])))

    for name, desc in onto.modalities.items():
        term = v.modalities[name]
        g.add((u(term), T, u(v.core("Modality"))))
        g.add((u(term), T, u(OWL + "NamedIndividual")))
        labels(term, name, None, desc["en"], desc.get("id"))

    for ft in onto.fact_types.values():
        f = v.fact(ft.name)
        en, id_ = ft.label["en"], ft.label.get("id", ft.label["en"])
        g.add((u(f.cls), T, u(OWL + "Class")))
        g.add((u(f.cls), u(RDFS + "subClassOf"), u(v.core("Fact"))))
        if ft.event:
            g.add((u(f.cls), u(RDFS + "subClassOf"), u(SCHEMA + "Event")))
        labels(f.cls, ft.event.label if ft.event else f"'{en}' fact", f"fakta '{id_}'",
               f"A '{en}' fact as a resource, with its roles, date, modality and evidence.",
               f"Fakta '{id_}' sebagai sumber daya, dengan peran, tanggal, modalitas dan buktinya.")
        g.add((u(f.direct), T, u(OWL + "ObjectProperty")))
        if ft.symmetric:
            g.add((u(f.direct), T, u(OWL + "SymmetricProperty")))
        labels(f.direct, en, id_,
               f"Direct link for a '{en}' fact (not denied); the {f.cls[len(v.ns):]} resource carries "
               "its roles, modality and evidence.",
               f"Tautan langsung untuk fakta '{id_}' (yang tidak dibantah); sumber daya {f.cls[len(v.ns):]} "
               "membawa peran, modalitas dan buktinya.")
        if f.subject_prop and f.object_prop and ft.event:
            pairs: tuple[tuple[str, str, str], ...] = ((f.subject_prop, ft.event.subject_role, "subject"),
                                                       (f.object_prop, ft.event.object_role, "object"))
            for prop, rel, base in pairs:
                g.add((u(prop), T, u(OWL + "ObjectProperty")))
                if ft.event.subject_role != ft.event.object_role:
                    g.add((u(prop), u(RDFS + "subPropertyOf"), u(v.core(base))))
                if (u(prop), u(RDFS + "label"), None) not in g:
                    labels(prop, rel.lower().replace("_", " "), None,
                           f"The {rel} role of a fact (the {base} of '{en}').",
                           f"Peran {rel} dalam suatu fakta ({'subjek' if base == 'subject' else 'objek'} "
                           f"dari '{id_}').")
        for role in f.roles.values():
            kind = {"entity": OWL + "ObjectProperty", "fact": OWL + "ObjectProperty",
                    "value": OWL + "DatatypeProperty"}[role.kind]
            g.add((u(role.iri), T, u(kind)))
            if role.kind == "fact":
                g.add((u(role.iri), u(RDFS + "range"), u(v.core("Fact"))))
            if (u(role.iri), u(RDFS + "label"), None) not in g:
                what = {"entity": ("an entity", "entitas"), "fact": ("another fact", "fakta lain"),
                        "value": ("a text value", "nilai teks")}[role.kind]
                labels(role.iri, role.name.replace("_", " "), None,
                       f"The '{role.name}' attribute of a fact; its value is {what[0]}.",
                       f"Atribut '{role.name}' dari suatu fakta; nilainya berupa {what[1]}.")
    return g


def write_vocabulary(path: str | Path, fmt: str | None = None) -> int:
    """Write the vocabulary (Turtle unless the extension or ``fmt`` says otherwise); returns the triple count."""
    from .export import format_for_path

    g = vocabulary_graph()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fmt = fmt or format_for_path(path)
    if fmt in ("trig", "nquads"):
        raise ValueError("the vocabulary is a single graph: write it as turtle, nt or jsonld")
    g.serialize(destination=str(path), format={"jsonld": "json-ld"}.get(fmt, fmt), encoding="utf-8")
    return len(g)
