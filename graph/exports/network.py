"""The canonical graph as one networkx multigraph, shared by the GraphML and GEXF writers.

Nodes are entities; each fact is one directed edge subject → object keyed by
the fact id (``kind="fact"``); each entity-valued role of a fact (the item
supplied, the meeting place, the resolution) is one more edge from the
fact's subject to that entity (``kind="role"``), so weapons and places are
connected in Gephi rather than floating alone. Attribute names avoid the
words GEXF reserves (``type``, ``id``, ``weight``, ``start``, ``end``).
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

from graph.model import Fact, Graph
from graph.ontology import Ontology, load_ontology

# Characters XML 1.0 forbids; an article can contain them, an XML file cannot.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(value: Any) -> Any:
    """Replace characters XML cannot carry with U+FFFD; other values pass through.

    >>> xml_safe("a\\x00b")
    'a\\ufffdb'
    """
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    # networkx's XML writers reject None; an absent attribute says the same thing.
    return {k: xml_safe(v) for k, v in attrs.items() if v is not None}


def _join(values: list[str]) -> str:
    return "; ".join(values)


def _fact_attrs(f: Fact, onto: Ontology, names: dict[str, str]) -> dict[str, Any]:
    ft = onto.fact_type(f.type)
    attrs: dict[str, Any] = {
        "kind": "fact", "fact": f.id, "fact_type": f.type, "label": ft.label["en"], "label_id": ft.label.get("id"),
        "symmetric": ft.symmetric, "modality": f.modality, "confidence": float(f.confidence),
        "attributed_to": f.attributed_to, "attributed_to_name": names.get(f.attributed_to or "", None),
        "date": None if f.date is None else f.date.value,
        "date_precision": None if f.date is None else f.date.precision,
        "date_qualifier": None if f.date is None else f.date.qualifier,
        "sources": len({ev.article for ev in f.evidence}), "evidence": len(f.evidence),
        "quote": f.evidence[0].quote if f.evidence else None,
    }
    for name in sorted(f.attrs):
        role = ft.roles.get(name)
        value = f.attrs[name]
        values = [str(v) for v in (value if isinstance(value, list) else [value]) if v is not None]
        if role is not None and role.is_entity:
            attrs[f"role_{name}"] = _join([names.get(v, v) for v in values])
            attrs[f"role_{name}_ids"] = _join(values)
        else:
            attrs[f"role_{name}"] = _join(values)
    return attrs


def to_multidigraph(graph: Graph, onto: Ontology | None = None) -> nx.MultiDiGraph:
    """Build the export multigraph.

    Examples
    --------
    >>> import sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> G = to_multidigraph(small_graph())
    >>> sum(1 for *_, d in G.edges(data=True) if d["kind"] == "fact"), G.nodes["state:russia"]["label"]
    (4, 'Russia')
    """
    onto = onto or load_ontology()
    names = {e.id: e.name for e in graph.entities}
    G = nx.MultiDiGraph(name="rukp-kg")
    for e in sorted(graph.entities, key=lambda e: e.id):
        et = onto.entity_type(e.type)
        G.add_node(e.id, **_clean({
            "label": e.name, "entity_type": e.type, "type_label": et.label["en"], "name_id": e.names.get("id"),
            "aliases": _join(sorted(e.aliases)), "wikidata": e.wikidata, "description": e.description,
            "color": et.color}))
    for f in sorted(graph.facts, key=lambda f: f.id):
        G.add_edge(f.subject, f.object, key=f.id, **_clean(_fact_attrs(f, onto, names)))
        ft = onto.fact_type(f.type)
        for name in sorted(f.attrs):
            role = ft.roles.get(name)
            if role is None or not role.is_entity:
                continue
            value = f.attrs[name]
            for target in (value if isinstance(value, list) else [value]):
                if isinstance(target, str) and target in names:
                    G.add_edge(f.subject, target, key=f"{f.id}/{name}/{target}", **_clean({
                        "kind": "role", "fact": f.id, "fact_type": f.type, "role": name, "label": name,
                        "modality": f.modality, "date": None if f.date is None else f.date.value}))
    return G
