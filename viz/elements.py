"""A selection turned into vis-network nodes and edges, plus the facts the page's panel shows.

Nothing here is HTML: names, quotes and titles travel as JSON strings and the
page's script puts them into the document as text, never as markup.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph.model import Fact, entity_refs

from .layout import force_layout
from .style import EVENT_COLOR, EVENT_SHAPE, EVENT_SIZE, edge_style, event_label, node_styles, role_label
from .views import GraphIndex, Selection

# Above this many nodes positions come from Python and physics is off:
# in-browser physics takes seconds to settle a few hundred nodes.
LAYOUT_THRESHOLD = 300

MIN_SIZE, MAX_SIZE = 10.0, 40.0


@dataclass(frozen=True)
class Elements:
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    data: dict[str, Any]  # facts and per-node details for the page's script
    positioned: bool  # positions computed in Python, physics off


def _date(fact: Fact) -> str | None:
    if fact.date is None:
        return None
    return f"{fact.date.qualifier} {fact.date.value}" if fact.date.qualifier else fact.date.value


def _value_text(value: Any, names: Mapping[str, str]) -> str:
    if isinstance(value, list):
        return ", ".join(_value_text(v, names) for v in value)
    if isinstance(value, str):
        return names.get(value, value)
    return str(value)


def fact_record(fact: Fact, index: GraphIndex) -> dict[str, Any]:
    """What the tooltip and the panel say about a fact (plain strings only)."""
    onto = index.onto
    ft = onto.fact_type(fact.type)
    roles = []
    for key in sorted(fact.attrs):
        role = ft.roles.get(key)
        value = fact.attrs[key]
        if role is not None and role.is_fact_ref:
            text = _value_text(value, {v: index.fact_summary(v) for v in (value if isinstance(value, list) else [value])
                                       if isinstance(v, str)})
        elif role is not None and role.is_entity:
            text = _value_text(value, {v: index.name(v) for v in (value if isinstance(value, list) else [value])
                                       if isinstance(v, str)})
        else:
            text = _value_text(value, {})
        roles.append([key.replace("_", " "), text])
    quotes = []
    for ev in fact.evidence:
        art = index.articles.get(ev.article)
        quotes.append({"quote": ev.quote, "title": art.title if art else None,
                       "publisher": art.publisher if art else None, "published": art.published if art else None})
    return {"type": fact.type, "label": ft.label.get("en", fact.type),
            "s": index.name(fact.subject), "o": index.name(fact.object),
            "date": _date(fact), "modality": fact.modality,
            "modality_text": onto.modalities.get(fact.modality, {}).get("en", fact.modality),
            "attributed_to": index.name(fact.attributed_to) if fact.attributed_to else None,
            "confidence": round(fact.confidence, 2), "roles": roles, "quotes": quotes}


def _sizes(ids: list[str], scores: Mapping[str, float]) -> dict[str, float]:
    """Node size grows with the square root of importance, scaled within the page."""
    vals = [max(scores.get(i, 0.0), 0.0) for i in ids]
    top = max(vals, default=0.0) or 1.0
    return {i: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(v / top), 1) for i, v in zip(ids, vals)}


def build_elements(sel: Selection, index: GraphIndex, scores: Mapping[str, float],
                   layout_threshold: int = LAYOUT_THRESHOLD) -> Elements:
    onto = index.onto
    styles = node_styles(onto)
    kept = set(sel.entities)

    facts: list[dict[str, Any]] = []
    node_info: dict[str, dict[str, Any]] = {}
    for eid in sel.entities:
        e = index.entities[eid]
        style = styles[e.type]
        node_info[eid] = {"name": e.name, "type": e.type, "type_label": style.label,
                          "names": sorted({v for v in e.names.values() if v and v != e.name}),
                          "aliases": list(e.aliases), "wikidata": e.wikidata, "description": e.description,
                          "facts": []}
    sizes = _sizes(list(sel.entities), scores)
    nodes: list[dict[str, Any]] = []
    for eid in sel.entities:
        info = node_info[eid]
        style = styles[info["type"]]
        nodes.append({"id": eid, "label": info["name"], "color": style.color, "shape": style.shape,
                      "size": sizes[eid], "borderWidth": 3 if eid == sel.view.focus else 1})

    edges: list[dict[str, Any]] = []
    edge_fact: dict[str, int] = {}

    def add_edge(src: str, dst: str, label: str, fact: Fact, fi: int, arrows: bool) -> None:
        es = edge_style(onto, fact.modality)
        eid = f"e{len(edges)}"
        edge: dict[str, Any] = {"id": eid, "from": src, "to": dst, "label": label, "color": es.color,
                                "dashes": es.dashes}
        if arrows:
            edge["arrows"] = "to"
        edges.append(edge)
        edge_fact[eid] = fi

    for fact in sel.facts:
        fi = len(facts)
        facts.append(fact_record(fact, index))
        ft = onto.fact_type(fact.type)
        label = ft.label.get("en", fact.type)
        refs = index.refs[fact.id]
        for eid in dict.fromkeys(refs):
            if eid in node_info:
                node_info[eid]["facts"].append(fi)
        if not index.is_event(fact):
            add_edge(fact.subject, fact.object, label, fact, fi, not ft.symmetric)
            continue
        ev_label = event_label(onto, fact.type)
        date = _date(fact)
        nodes.append({"id": fact.id, "label": f"{ev_label} {date}" if date else ev_label, "color": EVENT_COLOR,
                      "shape": EVENT_SHAPE, "size": EVENT_SIZE, "font": {"size": 10, "color": "#555555"}})
        node_info[fact.id] = {"name": f"{ev_label}: {label}", "type": "event", "type_label": ev_label,
                              "names": [], "aliases": [], "wikidata": None, "description": None, "facts": [fi]}
        ends = ft.event
        add_edge(fact.subject, fact.id, label, fact, fi, True)
        add_edge(fact.id, fact.object, role_label(ends.object_role) if ends else "", fact, fi, not ft.symmetric)
        rels = ends.roles if ends else {}
        for role, eid in entity_refs(fact, onto)[2:]:
            if eid in kept:
                add_edge(fact.id, eid, role_label(rels.get(role, role)), fact, fi, True)

    positioned = len(nodes) > layout_threshold
    if positioned:
        pos = force_layout([n["id"] for n in nodes], [(e["from"], e["to"]) for e in edges])
        for n in nodes:
            n["x"], n["y"] = pos[n["id"]]
    data = {"facts": facts, "nodes": node_info, "edges": edge_fact}
    return Elements(nodes, edges, data, positioned)

