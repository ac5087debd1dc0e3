"""The graph model as RDF statements, and :func:`export_rdf` that writes them.

One generator, :func:`statements`, turns a :class:`~graph.model.Graph` into
``(subject, predicate, object, graph_name)`` tuples. Subjects and predicates
are IRI strings; an object is an IRI string or a :class:`Lit`. Both writers
(rdflib for Turtle/TriG/JSON-LD, the streaming writer for N-Triples/N-Quads)
consume the same generator, so they cannot drift apart.

Every fact, piece of evidence and selector gets an IRI (no blank nodes), so
exports compare cleanly and stay linkable.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, NamedTuple

from graph.model import Article, Entity, Fact, Graph

from .iris import DEFAULT_BASE, check_base, evidence_iri, mint, wikidata_iri
from .vocab import DCTERMS, OA, OWL, PROV, RDF_TYPE, RDFS, SCHEMA, SKOS, XSD, Vocab, project_vocab


class Lit(NamedTuple):
    value: str
    lang: str | None = None
    datatype: str | None = None


Obj = str | Lit
Quad = tuple[str, str, Obj, str | None]

# format name -> (rdflib plugin name, is a dataset format, file extensions)
FORMATS: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "turtle": ("turtle", False, (".ttl",)),
    "nt": ("nt", False, (".nt",)),
    "jsonld": ("json-ld", False, (".jsonld", ".json-ld")),
    "trig": ("trig", True, (".trig",)),
    "nquads": ("nquads", True, (".nq", ".nquads")),
}
STREAMED = {"nt", "nquads"}

# A denied fact keeps its resource (with modality rukp:denied) but gets no
# direct triple: a bare `:supplies` edge would state what the article denies.
NO_DIRECT_TRIPLE = frozenset({"denied"})

_LANG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_DATE_SHAPES = (("day", re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD + "date"),
                ("month", re.compile(r"^\d{4}-\d{2}$"), XSD + "gYearMonth"),
                ("year", re.compile(r"^\d{4}$"), XSD + "gYear"))
_DATE_TYPE = {p: dt for p, _, dt in _DATE_SHAPES}


class ExportError(ValueError):
    """The export cannot be written as asked (bad format, base or path)."""


def format_for_path(path: str | Path) -> str:
    """The format implied by a file name's extension."""
    suffix = Path(path).suffix.lower()
    for name, (_, _, exts) in FORMATS.items():
        if suffix in exts:
            return name
    known = ", ".join(f"{e} ({n})" for n, (_, _, exts) in FORMATS.items() for e in exts)
    raise ExportError(f"cannot tell the RDF format from the file name {str(path)!r}: "
                      f"use one of the extensions {known}, or name the format with --format")


def typed_date(value: str, precision: str | None) -> Lit:
    """A date literal typed by its precision; a value that does not fit the precision is typed by its shape."""
    for p, shape, dt in _DATE_SHAPES:
        if p == precision and shape.match(value):
            return Lit(value, None, dt)
    for _, shape, dt in _DATE_SHAPES:
        if shape.match(value):
            return Lit(value, None, dt)
    return Lit(value)


def _decimal(x: float) -> Lit:
    text = f"{float(x):.3f}".rstrip("0")
    return Lit(text + "0" if text.endswith(".") else text, None, XSD + "decimal")


def _int(n: int) -> Lit:
    return Lit(str(int(n)), None, XSD + "integer")


def _lang_lit(text: str, lang: str | None) -> Lit:
    return Lit(text, lang.lower() if lang and _LANG.match(lang) else None)


def _entity_statements(e: Entity, v: Vocab, base: str) -> Iterator[tuple[str, str, Obj]]:
    s = mint(base, e.id)
    cls = v.entity_classes.get(e.type)
    if cls:
        yield s, RDF_TYPE, cls
    if e.type in v.schema_classes:
        yield s, RDF_TYPE, v.schema_classes[e.type]
    yield s, DCTERMS + "identifier", Lit(e.id)
    names = dict(e.names)
    names.setdefault("en", e.name)
    for lang in sorted(names):
        if names[lang]:
            yield s, RDFS + "label", _lang_lit(names[lang], lang)
    for alias in sorted(set(e.aliases)):
        yield s, SKOS + "altLabel", Lit(alias)
    if e.description:
        yield s, SCHEMA + "description", Lit(e.description)
    wd = wikidata_iri(e.wikidata)
    if wd:
        yield s, OWL + "sameAs", wd


def _article_statements(a: Article, v: Vocab, base: str) -> Iterator[tuple[str, str, Obj]]:
    s = mint(base, a.id)
    yield s, RDF_TYPE, v.core("Article")
    yield s, RDF_TYPE, SCHEMA + "NewsArticle"
    yield s, DCTERMS + "identifier", Lit(a.id)
    if a.title:
        yield s, SCHEMA + "headline", _lang_lit(a.title, a.lang)
    if a.publisher:
        yield s, v.core("publisherName"), Lit(a.publisher)
    if a.published:
        d = typed_date(a.published, None)
        yield s, SCHEMA + "datePublished" if d.datatype else v.core("dateText"), d
    if a.lang and _LANG.match(a.lang):
        yield s, SCHEMA + "inLanguage", Lit(a.lang)
    if a.sha256:
        yield s, v.core("sha256"), Lit(a.sha256)


def _fact_core(f: Fact, v: Vocab, base: str) -> Iterator[tuple[str, str, Obj]]:
    """Statements about the fact resource itself (no evidence, no direct triple)."""
    t = v.fact(f.type)
    s = mint(base, f.id)
    subj, obj = mint(base, f.subject), mint(base, f.object)
    yield s, RDF_TYPE, t.cls
    yield s, RDF_TYPE, v.core("Fact")
    yield s, v.core("subject"), subj
    yield s, v.core("object"), obj
    if t.subject_prop and t.object_prop:
        yield s, t.subject_prop, subj
        if (t.object_prop, obj) != (t.subject_prop, subj):  # a self-loop of a symmetric role is one triple
            yield s, t.object_prop, obj
    for name in sorted(f.attrs):
        role = t.roles.get(name)
        if role is None:  # not in the ontology: no term to write it with
            continue
        value = f.attrs[name]
        items = value if isinstance(value, list) else [value]
        for item in [x for i, x in enumerate(items) if x not in items[:i]]:
            if item is None:
                continue
            if role.kind == "value":
                yield s, role.iri, Lit(str(item))
            elif isinstance(item, str):
                yield s, role.iri, mint(base, item)
    if f.modality in v.modalities:
        yield s, v.core("modality"), v.modalities[f.modality]
    yield s, v.core("confidence"), _decimal(f.confidence)
    if f.date is not None:
        d = typed_date(f.date.value, f.date.precision)
        yield s, v.core("date") if d.datatype else v.core("dateText"), d
        if f.date.qualifier:
            yield s, v.core("dateQualifier"), Lit(f.date.qualifier)
    if f.attributed_to:
        yield s, v.core("attributedTo"), mint(base, f.attributed_to)


def _direct_statements(f: Fact, v: Vocab, base: str) -> list[tuple[str, str, str]]:
    """The direct triple(s) of a fact: ``subject :supplies object`` (both ways when symmetric)."""
    if f.modality in NO_DIRECT_TRIPLE:
        return []
    t = v.fact(f.type)
    subj, obj = mint(base, f.subject), mint(base, f.object)
    out = [(subj, t.direct, obj)]
    if t.symmetric and subj != obj:
        out.append((obj, t.direct, subj))
    return out


def _evidence_statements(f: Fact, article: str, v: Vocab, base: str) -> Iterator[tuple[str, str, Obj]]:
    """The fact's evidence from one article, and its link to that article."""
    s = mint(base, f.id)
    art = mint(base, article)
    yield s, PROV + "wasDerivedFrom", art
    seen: set[str] = set()
    for ev in f.evidence:
        if ev.article != article:
            continue
        e = evidence_iri(s, article, ev.start, ev.end)
        if e in seen:
            continue
        seen.add(e)
        quote, pos = e + "/quote", e + "/position"
        yield s, v.core("evidence"), e
        yield e, RDF_TYPE, v.core("Evidence")
        yield e, RDF_TYPE, OA + "SpecificResource"
        yield e, OA + "hasSource", art
        yield e, OA + "hasSelector", quote
        yield e, OA + "hasSelector", pos
        yield e, v.core("sentence"), _int(ev.sentence)
        yield quote, RDF_TYPE, OA + "TextQuoteSelector"
        yield quote, OA + "exact", Lit(ev.quote)
        yield pos, RDF_TYPE, OA + "TextPositionSelector"
        yield pos, OA + "start", _int(ev.start)
        yield pos, OA + "end", _int(ev.end)


def statements(graph: Graph, base: str = DEFAULT_BASE, quads: bool = False,
               vocab: Vocab | None = None) -> Iterator[Quad]:
    """Every statement of the export, streamed.

    With ``quads``, each article is a named graph holding the facts it
    supports (the fact, its direct triple and the evidence from that
    article); entities, articles and facts without evidence go to the default
    graph (``None``). Without ``quads`` everything is one graph and each
    statement is produced once.
    """
    v = vocab or project_vocab()
    check_base(base)
    for a in graph.articles:
        for s, p, o in _article_statements(a, v, base):
            yield s, p, o, None
    for e in graph.entities:
        for s, p, o in _entity_statements(e, v, base):
            yield s, p, o, None
    # Several facts can share a direct triple (two reported transfers between
    # the same states); it is written once per graph so the output is a set.
    direct_seen: set[tuple[str, str, str, str | None]] = set()
    for f in graph.facts:
        articles = list(dict.fromkeys(ev.article for ev in f.evidence))
        direct = _direct_statements(f, v, base)
        if quads and articles:
            core = list(_fact_core(f, v, base))
            for art in articles:
                g = mint(base, art)
                for s, p, o in core:
                    yield s, p, o, g
                for s, p, o in direct:
                    if (s, p, o, g) not in direct_seen:
                        direct_seen.add((s, p, o, g))
                        yield s, p, o, g
                for s, p, o in _evidence_statements(f, art, v, base):
                    yield s, p, o, g
        else:
            for s, p, o in _fact_core(f, v, base):
                yield s, p, o, None
            for s, p, o in direct:
                if (s, p, o, None) not in direct_seen:
                    direct_seen.add((s, p, o, None))
                    yield s, p, o, None
            for art in articles:
                for s, p, o in _evidence_statements(f, art, v, base):
                    yield s, p, o, None


def export_rdf(graph: Graph, path: str | Path | IO[bytes], fmt: str | None = None, base: str = DEFAULT_BASE,
               engine: str = "auto", progress: IO[str] | None = None) -> int:
    """Write ``graph`` as RDF to ``path`` (a file path, ``-`` for stdout, or a binary stream).

    ``fmt`` is one of :data:`FORMATS` (default: from the extension). ``engine``
    ``auto`` streams N-Triples/N-Quads with the built-in writer and uses rdflib
    for the others; ``rdflib`` forces rdflib. Returns the number of statements
    written (triples, or quads for TriG/N-Quads).
    """
    from .writers import write_rdflib, write_streaming

    if fmt is None:
        if not isinstance(path, (str, Path)) or str(path) == "-":
            raise ExportError("writing to a stream needs an explicit format")
        fmt = format_for_path(path)
    if fmt not in FORMATS:
        raise ExportError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if engine not in ("auto", "rdflib", "stream"):
        raise ExportError(f"unknown engine {engine!r}; choose auto, rdflib or stream")
    if engine == "stream" and fmt not in STREAMED:
        raise ExportError(f"the streaming writer only writes {' and '.join(sorted(STREAMED))}, not {fmt}")
    check_base(base)
    started = time.perf_counter()
    quads = FORMATS[fmt][1]
    stream = statements(graph, base, quads=quads)
    if fmt in STREAMED and engine != "rdflib":
        n = write_streaming(stream, path, quads)
    else:
        n = write_rdflib(stream, path, fmt, quads)
    if progress is not None:
        took = time.perf_counter() - started
        progress.write(f"rdf: wrote {n:,} {'quads' if quads else 'triples'} as {fmt} to {path} "
                       f"in {took:.2f} s\n")
    return n
