"""How things look: colours, shapes and the legend, derived from the ontology.

Entity colours and shapes come from each type's ``style`` in
``graph/ontology.yaml``; modality line styles are fixed here because the
ontology names modalities but says nothing about drawing them.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.ontology import Ontology

# A fact with role entities (items, a resolution, a place) is drawn as a small
# node of its own so every entity it names can hang off it.
EVENT_COLOR = "#bab0ac"
EVENT_SHAPE = "dot"
EVENT_SIZE = 7

# Modalities that do not assert the fact are dashed; a denial is red and dotted.
_DASHED = [8, 5]
_DOTTED = [2, 5]
_EDGE_GREY = "#7f7f7f"
_DENIED_RED = "#d62728"


@dataclass(frozen=True)
class EdgeStyle:
    modality: str
    description: str  # English description from the ontology
    color: str
    dashes: bool | list[int]

    @property
    def css_dash(self) -> str:
        """The same dash pattern for the HTML legend's line sample."""
        if self.dashes is False:
            return "solid"
        return "dotted" if self.dashes == _DOTTED else "dashed"


@dataclass(frozen=True)
class NodeStyle:
    key: str  # entity type name, or "event:<Label>"
    label: str  # English label shown in the legend
    color: str
    shape: str


def node_styles(onto: Ontology) -> dict[str, NodeStyle]:
    """One style per entity type, in ontology order."""
    return {name: NodeStyle(name, et.label.get("en", name), et.color, et.shape)
            for name, et in onto.entity_types.items()}


def event_label(onto: Ontology, fact_type: str) -> str:
    """The label of the node a fact with role entities becomes (the ontology's event label)."""
    ft = onto.fact_type(fact_type)
    return ft.event.label if ft.event else ft.label.get("en", fact_type)


def edge_style(onto: Ontology, modality: str) -> EdgeStyle:
    desc = onto.modalities.get(modality, {}).get("en", modality)
    if modality == "asserted":
        return EdgeStyle(modality, desc, _EDGE_GREY, False)
    if modality == "denied":
        return EdgeStyle(modality, desc, _DENIED_RED, _DOTTED)
    return EdgeStyle(modality, desc, _EDGE_GREY, _DASHED)


def edge_styles(onto: Ontology) -> dict[str, EdgeStyle]:
    """One line style per modality the ontology knows, in its order."""
    return {m: edge_style(onto, m) for m in onto.modalities}


def role_label(rel: str) -> str:
    """``IN_EXCHANGE_FOR`` -> ``in exchange for``: a role relationship as an edge label."""
    return rel.replace("_", " ").lower()
