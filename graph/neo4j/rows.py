"""The canonical model as Neo4j rows: a pure function, no driver, no I/O beyond reference data.

Both load paths (``UNWIND $rows MERGE`` and the ``neo4j-admin`` CSV import)
read the same :class:`LoadPlan`, which is why they produce the same graph.

Shape in Neo4j (labels and relationship types from the ontology; the few
structural names below are fixed constants, never input text):

- ``(:Entity:<Type> {id, name, name_en, name_id, aliases, …})`` per entity;
  Resolution entities also get ``number, year, adoption_date, measures,
  arms_embargo`` from ``ingest/reference/unsc_dprk_resolutions.json``, and
  every resolution there becomes a node, so "a measure in force" can be
  asked even of a resolution no article names.
- ``(:Fact[:<EventLabel>] {id, type, modality, date, …})`` per fact, with the
  event shape's role relationships (``SUPPLIER``, ``RECIPIENT``, ``ITEM`` …);
  facts without an event shape use ``SUBJECT``/``OBJECT``.
- ``(s)-[:<FACT_TYPE> {fact_id, modality, date, …}]->(o)``: the direct
  one-hop relationship, keyed by ``fact_id`` so two facts never collapse.
- ``(:Article {id, title, publisher, published, path, sha256, lang})`` and
  ``(fact)-[:REPORTED_IN {sentence, start, end, quote}]->(article)``.
- ``(fact)-[:EXCHANGED_FOR]->(fact)`` for a transfer's reciprocal transfer,
  ``(fact)-[:ATTRIBUTED_TO]->(entity)`` for who made a claim.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

from ..model import Fact, Graph
from ..ontology import Ontology, load_ontology

ENTITY = "Entity"
FACT = "Fact"
ARTICLE = "Article"
REPORTED_IN = "REPORTED_IN"
EXCHANGED_FOR = "EXCHANGED_FOR"
ATTRIBUTED_TO = "ATTRIBUTED_TO"
SUBJECT = "SUBJECT"
OBJECT = "OBJECT"

_LABEL = re.compile(r"^[A-Z][A-Za-z]*$")
_TYPE = re.compile(r"^[A-Z][A-Z_]*$")

Props = dict[str, Any]
T = TypeVar("T")


@dataclass
class NodeGroup:
    """Nodes sharing labels. ``labels[0]`` is the label they are MERGEd on (by ``id``)."""

    labels: tuple[str, ...]
    rows: list[Props] = field(default_factory=list)  # {"id": str, "props": {...}}


@dataclass
class RelGroup:
    """Relationships of one type between endpoints found by ``id`` on the given labels.

    ``key`` names the properties that tell two relationships between the same
    two nodes apart (empty: at most one per pair).
    """

    type: str
    start_label: str
    end_label: str
    key: tuple[str, ...] = ()
    rows: list[Props] = field(default_factory=list)  # {"s": id, "e": id, "props": {...}}


@dataclass
class LoadPlan:
    nodes: list[NodeGroup]
    rels: list[RelGroup]

    @property
    def node_count(self) -> int:
        return sum(len(g.rows) for g in self.nodes)

    @property
    def rel_count(self) -> int:
        return sum(len(g.rows) for g in self.rels)


def batches(rows: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most ``size`` rows: one write transaction each."""
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def project_labels(onto: Ontology | None = None) -> list[str]:
    """Every node label the loader may write (for constraints and ``--replace``)."""
    onto = onto or load_ontology()
    labels = [ENTITY, FACT, ARTICLE, *onto.entity_types]
    labels += [ft.event.label for ft in onto.fact_types.values() if ft.event]
    return sorted(dict.fromkeys(labels), key=labels.index)


def check_name(name: str, kind: str) -> str:
    """Guard for names put into Cypher text: only ontology-shaped names pass."""
    pattern = _LABEL if kind == "label" else _TYPE
    if not pattern.match(name):
        raise ValueError(f"{name!r} is not a valid {kind} name")
    return name


def _clean(value: Any) -> Any:
    """A property value Neo4j stores as is; ``None`` for nothing (empty lists/strings are dropped)."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        items = [v for v in value if v is not None]
        if all(isinstance(v, str) for v in items):
            return list(items) or None
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in items):
            return list(items) or None
        return [json.dumps(v, ensure_ascii=False, sort_keys=True) if not isinstance(v, str) else v for v in items]
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _props(pairs: Iterable[tuple[str, Any]]) -> Props:
    out = {}
    for k, v in pairs:
        c = _clean(v)
        if c is not None:
            out[k] = c
    return out


@lru_cache(maxsize=1)
def reference_resolutions() -> dict[str, Props]:
    """Resolution properties by entity id (``resolution:unsc-<number>``) from the shipped reference file."""
    try:
        text = resources.files("ingest").joinpath("reference", "unsc_dprk_resolutions.json").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    out: dict[str, Props] = {}
    for r in json.loads(text).get("resolutions", []):
        number = int(r["number"])
        measures = [str(m) for m in r.get("main_measures", [])]
        out[f"resolution:unsc-{number}"] = _props([
            ("name", f"UN Security Council Resolution {number}"),
            ("name_en", f"UN Security Council Resolution {number}"),
            ("number", number),
            ("year", r.get("year")),
            ("adoption_date", r.get("adoption_date")),
            ("measures", measures),
            ("arms_embargo", any("arms embargo" in m.lower() for m in measures)),
            ("trigger", r.get("trigger")),
        ])
    return out


def _fact_props(fact: Fact, onto: Ontology) -> Props:
    ft = onto.fact_type(fact.type)
    pairs: list[tuple[str, Any]] = [
        ("modality", fact.modality),
        ("attributed_to", fact.attributed_to),
        ("confidence", round(float(fact.confidence), 3)),
    ]
    if fact.date is not None:
        pairs += [("date", fact.date.value), ("date_precision", fact.date.precision),
                  ("date_qualifier", fact.date.qualifier)]
    for name in sorted(fact.attrs):
        role = ft.roles.get(name)
        if role is None or role.is_entity:
            continue  # entity roles become relationships; unknown attributes are not the ontology's
        pairs.append((name, fact.attrs[name]))
    return _props(pairs)


def role_type(onto: Ontology, fact_type: str, role: str) -> str:
    """The relationship type from a fact node to the entity in ``role`` (subject/object or an attribute)."""
    ft = onto.fact_type(fact_type)
    if role == "subject":
        return ft.event.subject_role if ft.event else SUBJECT
    if role == "object":
        return ft.event.object_role if ft.event else OBJECT
    if ft.event and role in ft.event.roles:
        return ft.event.roles[role]
    return check_name(role.upper(), "type")


def _unique(items: Iterable[Any]) -> list[Any]:
    """Items sorted by id, the last of each id kept (as a repeated MERGE would leave it)."""
    return sorted({item.id: item for item in items}.values(), key=lambda item: item.id)


def plan(graph: Graph, onto: Ontology | None = None, reference: bool = True) -> LoadPlan:
    """Rows for every node and relationship of ``graph``, grouped for batched MERGE."""
    onto = onto or load_ontology()
    refs = reference_resolutions() if reference else {}

    articles = NodeGroup((ARTICLE,))
    for a in sorted(graph.articles, key=lambda a: a.id):
        articles.rows.append({"id": a.id, "props": _props([
            ("title", a.title), ("publisher", a.publisher), ("published", a.published), ("path", a.path),
            ("sha256", a.sha256), ("lang", a.lang)])})

    by_type: dict[str, NodeGroup] = {}
    entity_types: dict[str, str] = {}
    for e in _unique(graph.entities):
        onto.entity_type(e.type)
        group = by_type.setdefault(e.type, NodeGroup((ENTITY, check_name(e.type, "label"))))
        base = dict(refs.get(e.id, {})) if e.type == "Resolution" else {}
        names = [(f"name_{lang}", n) for lang, n in sorted(e.names.items()) if re.fullmatch(r"[a-z]{2,3}", lang)]
        own = _props([("type", e.type), ("name", e.name), *names, ("aliases", sorted(set(e.aliases))),
                      ("alias_text", " | ".join(sorted(set(e.aliases)))), ("wikidata", e.wikidata),
                      ("description", e.description)])
        group.rows.append({"id": e.id, "props": {**base, **own}})
        entity_types[e.id] = e.type
    if refs:
        group = by_type.setdefault("Resolution", NodeGroup((ENTITY, "Resolution")))
        for rid, props in sorted(refs.items()):
            if rid not in entity_types:
                group.rows.append({"id": rid, "props": {"type": "Resolution", **props}})
                entity_types[rid] = "Resolution"

    fact_groups: dict[str, NodeGroup] = {}
    direct: dict[str, RelGroup] = {}
    roles: dict[str, RelGroup] = {}
    evidence = RelGroup(REPORTED_IN, FACT, ARTICLE, ("start", "end"))
    exchange = RelGroup(EXCHANGED_FOR, FACT, FACT)
    attributed = RelGroup(ATTRIBUTED_TO, FACT, ENTITY)
    fact_ids = {f.id for f in graph.facts}
    article_ids = {a.id for a in graph.articles}
    from ..model import entity_refs  # local: keeps the module's import list about rows

    for f in _unique(graph.facts):
        ft = onto.fact_type(f.type)
        if f.subject not in entity_types or f.object not in entity_types:
            continue
        labels = (FACT, check_name(ft.event.label, "label")) if ft.event else (FACT,)
        props = _fact_props(f, onto)
        fact_groups.setdefault(labels[-1], NodeGroup(labels)).rows.append(
            {"id": f.id, "props": {"type": f.type, "label": ft.label.get("en", f.type), "subject": f.subject,
                                   "object": f.object, **props}})
        direct.setdefault(f.type, RelGroup(check_name(f.type, "type"), ENTITY, ENTITY, ("fact_id",))).rows.append(
            {"s": f.subject, "e": f.object, "props": {"fact_id": f.id, **props}})
        seen: set[tuple[str, str]] = set()
        for role, eid in entity_refs(f, onto):
            rtype = role_type(onto, f.type, role)
            if eid not in entity_types or (rtype, eid) in seen:
                continue
            seen.add((rtype, eid))
            roles.setdefault(rtype, RelGroup(rtype, FACT, ENTITY)).rows.append({"s": f.id, "e": eid, "props": {}})
        ex = f.attrs.get("exchange_fact")
        if isinstance(ex, str) and ex in fact_ids and ex != f.id:
            exchange.rows.append({"s": f.id, "e": ex, "props": {}})
        if f.attributed_to and f.attributed_to in entity_types:
            attributed.rows.append({"s": f.id, "e": f.attributed_to, "props": {}})
        spans: set[tuple[str, int, int]] = set()
        for ev in sorted(f.evidence, key=lambda ev: (ev.article, ev.start, ev.end)):
            if ev.article not in article_ids or (ev.article, ev.start, ev.end) in spans:
                continue
            spans.add((ev.article, ev.start, ev.end))
            evidence.rows.append({"s": f.id, "e": ev.article, "props": _props([
                ("sentence", ev.sentence), ("start", ev.start), ("end", ev.end), ("quote", ev.quote)])})

    nodes = [articles, *[by_type[t] for t in sorted(by_type)], *[fact_groups[k] for k in sorted(fact_groups)]]
    rels = [*[roles[k] for k in sorted(roles)], *[direct[k] for k in sorted(direct)], evidence, exchange, attributed]
    return LoadPlan([g for g in nodes if g.rows], [g for g in rels if g.rows])
