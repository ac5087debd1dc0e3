"""The JSON contract between ``kg extract`` and every later stage.

Layout (documented in docs/GRAPH_JSON.md)::

    {"format": "rukp-kg/graph", "version": 1,
     "articles": [...], "entities": [...], "facts": [...]}
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any

from .model import Article, Entity, Evidence, Fact, FactDate, Graph
from .ontology import load_ontology

FORMAT = "rukp-kg/graph"
VERSION = 1


class GraphFormatError(ValueError):
    """The input is not a graph document this version understands."""


def graph_to_dict(graph: Graph, include_text: bool = True) -> dict[str, Any]:
    articles = []
    for a in sorted(graph.articles, key=lambda a: a.id):
        d: dict[str, Any] = {"id": a.id, "path": a.path, "title": a.title, "publisher": a.publisher,
                             "published": a.published, "lang": a.lang, "sha256": a.sha256}
        if include_text:
            d["text"] = a.text
        articles.append(d)
    entities = [
        {"id": e.id, "type": e.type, "name": e.name, "names": dict(sorted(e.names.items())),
         "aliases": sorted(set(e.aliases)), "wikidata": e.wikidata, "description": e.description}
        for e in sorted(graph.entities, key=lambda e: e.id)
    ]
    facts = []
    for f in sorted(graph.facts, key=lambda f: f.id):
        facts.append({
            "id": f.id, "type": f.type, "subject": f.subject, "object": f.object,
            "attrs": {k: f.attrs[k] for k in sorted(f.attrs)},
            "date": None if f.date is None else {"value": f.date.value, "precision": f.date.precision,
                                                 "qualifier": f.date.qualifier},
            "modality": f.modality, "attributed_to": f.attributed_to, "confidence": round(f.confidence, 3),
            "evidence": [{"article": ev.article, "sentence": ev.sentence, "start": ev.start, "end": ev.end,
                          "quote": ev.quote, **({"items": list(ev.items)} if ev.items else {})}
                         for ev in sorted(f.evidence, key=lambda ev: (ev.article, ev.start, ev.end))],
        })
    return {"format": FORMAT, "version": VERSION, "articles": articles, "entities": entities, "facts": facts}


def dumps(graph: Graph, include_text: bool = True) -> str:
    return json.dumps(graph_to_dict(graph, include_text), ensure_ascii=False, indent=1) + "\n"


def write_graph(graph: Graph, target: str | Path, include_text: bool = True) -> None:
    """Write ``graph`` to a path, or to stdout when ``target`` is ``-``."""
    text = dumps(graph, include_text)
    if str(target) == "-":
        sys.stdout.write(text)
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # atomic: a reader never sees half a file


def graph_from_dict(doc: dict[str, Any], validate: bool = True) -> Graph:
    if not isinstance(doc, dict) or not {"articles", "entities", "facts"} <= set(doc):
        raise GraphFormatError("not a graph document: expected keys 'articles', 'entities', 'facts'")
    try:
        articles = [Article(a["id"], a.get("path", ""), a.get("title"), a.get("publisher"), a.get("published"),
                            a.get("lang", "und"), a.get("sha256", ""), a.get("text", "")) for a in doc["articles"]]
        entities = [Entity(e["id"], e["type"], e["name"], dict(e.get("names") or {}), tuple(e.get("aliases") or ()),
                           e.get("wikidata"), e.get("description")) for e in doc["entities"]]
        facts = []
        for f in doc["facts"]:
            d = f.get("date")
            facts.append(Fact(
                f["id"], f["type"], f["subject"], f["object"], dict(f.get("attrs") or {}),
                None if not d else FactDate(d["value"], d["precision"], d.get("qualifier")),
                f.get("modality", "asserted"), f.get("attributed_to"), float(f.get("confidence", 0.5)),
                tuple(Evidence(ev["article"], int(ev["sentence"]), int(ev["start"]), int(ev["end"]), ev["quote"],
                               tuple(ev.get("items") or ()))
                      for ev in f.get("evidence", ())),
            ))
    except (KeyError, TypeError, ValueError) as exc:
        raise GraphFormatError(f"malformed graph document: {exc!r}") from exc
    graph = Graph(articles, entities, facts)
    if validate:
        problems = validate_graph(graph)
        if problems:
            raise GraphFormatError("invalid graph: " + "; ".join(problems[:10]))
    return graph


def validate_graph(graph: Graph) -> list[str]:
    """Problems that would make a sink write something the ontology does not allow."""
    onto = load_ontology()
    problems: list[str] = []
    types = {}
    for e in graph.entities:
        if e.type not in onto.entity_types:
            problems.append(f"entity {e.id}: unknown type {e.type!r}")
        types[e.id] = e.type
    for f in graph.facts:
        if f.type not in onto.fact_types:
            problems.append(f"fact {f.id}: unknown type {f.type!r}")
            continue
        if f.subject not in types or f.object not in types:
            problems.append(f"fact {f.id}: endpoint not among the entities")
            continue
        if not onto.check_endpoints(f.type, types[f.subject], types[f.object]):
            problems.append(f"fact {f.id}: {f.type} does not allow {types[f.subject]} -> {types[f.object]}")
        if f.modality not in onto.modalities:
            problems.append(f"fact {f.id}: unknown modality {f.modality!r}")
        if not f.evidence:
            problems.append(f"fact {f.id}: no evidence")
    return problems


def read_graph(source: str | Path | IO[str], validate: bool = True) -> Graph:
    """Read a graph document from a path, ``-`` (stdin) or an open text stream."""
    try:
        if hasattr(source, "read"):
            doc = json.load(source)  # type: ignore[arg-type]
        elif str(source) == "-":
            doc = json.load(sys.stdin)
        else:
            with open(source, encoding="utf-8") as fh:
                doc = json.load(fh)
    except json.JSONDecodeError as exc:
        raise GraphFormatError(f"{source}: not JSON ({exc.msg} at line {exc.lineno})") from exc
    return graph_from_dict(doc, validate)
