"""Which part of the graph each page shows, and what is left out above the node cap.

A view is a set of facts plus the entities to draw. A fact that names more
than two entities (items, a resolution, a place) is drawn as a node of its own
linked to each of them; any other fact is one edge. Above ``MAX_NODES`` a view
keeps its most important entities and says what it left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from graph.model import Article, Entity, Fact, Graph, entity_refs
from graph.ontology import Ontology

from .rank import ranked

# Above this many nodes a page shows only the most important part: vis-network
# stays responsive to pan and zoom up to about this size on a laptop.
MAX_NODES = 2000

# Which fact types the thematic pages show (checked against the ontology).
FLOW_TYPES = ("SUPPLIES",)
SANCTION_TYPES = ("SANCTIONS",)
MEETING_TYPES = ("MET_WITH", "VISITED")


@lru_cache(maxsize=1)
def actor_types() -> tuple[str, ...]:
    """The ontology's ``actor_types`` (who can act: people, states, organisations)."""
    doc = yaml.safe_load(resources.files("graph").joinpath("ontology.yaml").read_text(encoding="utf-8"))
    return tuple(doc.get("actor_types") or ())


@dataclass
class GraphIndex:
    """Lookups shared by every view of one graph."""

    graph: Graph
    onto: Ontology
    entities: dict[str, Entity] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    refs: dict[str, list[str]] = field(default_factory=dict)  # fact id -> entity ids it names (known ones)
    facts_of: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))  # entity id -> facts
    facts_by_id: dict[str, Fact] = field(default_factory=dict)

    @classmethod
    def build(cls, graph: Graph, onto: Ontology) -> GraphIndex:
        idx = cls(graph, onto, graph.entity_index(), graph.article_index())
        known = idx.entities
        for fact in sorted(graph.facts, key=fact_order):
            refs = [eid for _, eid in entity_refs(fact, onto) if eid in known]
            idx.refs[fact.id] = refs
            idx.facts_by_id[fact.id] = fact
            for eid in dict.fromkeys(refs):
                idx.facts_of[eid].append(fact)
        return idx

    def name(self, entity_id: str) -> str:
        e = self.entities.get(entity_id)
        return e.name if e else entity_id

    def fact_summary(self, fact_id: str) -> str:
        """``supplies: Russia → North Korea``, for a fact that names another fact."""
        f = self.facts_by_id.get(fact_id)
        if f is None:
            return fact_id
        return f"{self.onto.fact_type(f.type).label.get('en', f.type)}: {self.name(f.subject)} → {self.name(f.object)}"

    def is_event(self, fact: Fact) -> bool:
        return len(self.refs[fact.id]) > 2


def fact_order(fact: Fact) -> tuple[str, str]:
    return (fact.date.value if fact.date else "", fact.id)


@dataclass(frozen=True)
class View:
    slug: str  # file name without .html
    title: str
    description: str
    facts: tuple[Fact, ...]
    entities: tuple[str, ...]  # entity ids to draw, facts' or not
    focus: str | None = None  # the actor of an actor page


@dataclass(frozen=True)
class Selection:
    """What a page actually draws after the node cap."""

    view: View
    entities: tuple[str, ...]  # kept entity ids, most important first
    facts: tuple[Fact, ...]  # kept facts: both endpoints kept
    node_count: int  # entities plus facts drawn as nodes
    left_out_entities: int
    left_out_facts: int


def _view(index: GraphIndex, slug: str, title: str, description: str, facts: Iterable[Fact],
          extra_entities: Iterable[str] = (), focus: str | None = None) -> View:
    facts = tuple(sorted(facts, key=fact_order))
    ents = dict.fromkeys(extra_entities)
    for f in facts:
        ents.update(dict.fromkeys(index.refs[f.id]))
    return View(slug, title, description, facts, tuple(ents), focus)


def _of_types(index: GraphIndex, types: tuple[str, ...]) -> list[Fact]:
    for t in types:
        index.onto.fact_type(t)  # a renamed fact type must fail loudly, not draw an empty page
    return [f for f in index.graph.facts if f.type in types]


def overview(index: GraphIndex) -> View:
    return _view(index, "overview", "Overview", "Every entity and fact in the graph.", index.graph.facts,
                 [e.id for e in index.graph.entities])


def flow(index: GraphIndex) -> View:
    return _view(index, "arms-and-goods", "Arms and goods",
                 "Who supplies what to whom, and what is given in return.", _of_types(index, FLOW_TYPES))


def sanctions(index: GraphIndex) -> View:
    return _view(index, "sanctions", "Sanctions",
                 "Who imposes sanctions on whom, under which resolution, prohibiting what.",
                 _of_types(index, SANCTION_TYPES))


def meetings(index: GraphIndex) -> View:
    return _view(index, "meetings-and-visits", "Meetings and visits", "Who met whom, and who visited where.",
                 _of_types(index, MEETING_TYPES))


def actor(index: GraphIndex, entity_id: str, slug: str) -> View:
    """The actor, every fact naming it, and every fact naming one of its neighbours (two hops)."""
    hop1 = index.facts_of.get(entity_id, [])
    neighbours = dict.fromkeys(eid for f in hop1 for eid in index.refs[f.id])
    facts = {f.id: f for eid in neighbours for f in index.facts_of.get(eid, [])}
    return _view(index, slug, index.entities[entity_id].name, "Its neighbourhood: facts naming it or one of its neighbours (two hops).",
                 facts.values(), [entity_id], focus=entity_id)


def actors(index: GraphIndex, scores: Mapping[str, float]) -> list[str]:
    """Entity ids of actors that appear in at least one fact, most important first."""
    kinds = set(actor_types())
    return [eid for eid in ranked(scores) if eid in index.entities and index.entities[eid].type in kinds and index.facts_of.get(eid)]


def select(index: GraphIndex, view: View, scores: Mapping[str, float], max_nodes: int = MAX_NODES) -> Selection:
    """Keep the view whole if it fits, else its most important entities up to ``max_nodes`` nodes.

    Entities are added most important first (the focus of an actor page
    first of all); a fact comes in once both its endpoints are in, bringing its
    own node if it has one; the first entity that would overflow the cap stops
    the walk.
    """
    events = sum(1 for f in view.facts if index.is_event(f))
    order = sorted(view.entities, key=lambda i: (i != view.focus, -scores.get(i, 0.0), i))
    if len(order) + events <= max_nodes:
        return Selection(view, tuple(order), view.facts, len(order) + events, 0, 0)
    by_end: dict[str, list[Fact]] = defaultdict(list)
    for f in view.facts:
        by_end[f.subject].append(f)
        if f.object != f.subject:
            by_end[f.object].append(f)
    kept: set[str] = set()
    kept_facts: set[str] = set()
    nodes = 0
    for eid in order:
        new = [f for f in by_end.get(eid, []) if f.id not in kept_facts
               and (f.subject in kept or f.subject == eid) and (f.object in kept or f.object == eid)]
        cost = 1 + sum(1 for f in new if index.is_event(f))
        if nodes + cost > max_nodes:
            break
        kept.add(eid)
        kept_facts.update(f.id for f in new)
        nodes += cost
    entities = tuple(e for e in order if e in kept)
    facts = tuple(f for f in view.facts if f.id in kept_facts)
    return Selection(view, entities, facts, nodes, len(order) - len(entities), len(view.facts) - len(facts))
