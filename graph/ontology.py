"""The ontology, read from ``ontology.yaml``: entity types, fact types, roles.

Everything that names a Neo4j label, a relationship type, an RDF term or a
legend entry asks this module, so no label ever comes from input text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_NAME = re.compile(r"^[A-Z][A-Za-z]*$")
_REL = re.compile(r"^[A-Z][A-Z_]*$")


@dataclass(frozen=True)
class Role:
    name: str
    entity_types: tuple[str, ...] = ()
    value_kind: str | None = None
    many: bool = False
    is_fact_ref: bool = False

    @property
    def is_entity(self) -> bool:
        return bool(self.entity_types)


@dataclass(frozen=True)
class EventShape:
    """How an n-ary fact becomes a node: its label and role relationships."""

    label: str
    subject_role: str
    object_role: str
    roles: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EntityType:
    name: str
    label: dict[str, str]
    comment: dict[str, str]
    schema_org: str | None
    color: str
    shape: str


@dataclass(frozen=True)
class FactType:
    name: str
    label: dict[str, str]
    subject: tuple[str, ...]
    object: tuple[str, ...]
    symmetric: bool
    roles: dict[str, Role]
    event: EventShape | None


@dataclass(frozen=True)
class Ontology:
    namespace: str
    prefix: str
    modalities: dict[str, dict[str, str]]
    entity_types: dict[str, EntityType]
    fact_types: dict[str, FactType]

    def entity_type(self, name: str) -> EntityType:
        try:
            return self.entity_types[name]
        except KeyError:
            raise ValueError(f"unknown entity type {name!r}; the ontology has {sorted(self.entity_types)}") from None

    def fact_type(self, name: str) -> FactType:
        try:
            return self.fact_types[name]
        except KeyError:
            raise ValueError(f"unknown fact type {name!r}; the ontology has {sorted(self.fact_types)}") from None

    def check_endpoints(self, fact_type: str, subject_type: str, object_type: str) -> bool:
        ft = self.fact_type(fact_type)
        ok = subject_type in ft.subject and object_type in ft.object
        if not ok and ft.symmetric:
            ok = object_type in ft.subject and subject_type in ft.object
        return ok


def _role(name: str, spec: dict[str, Any]) -> Role:
    if "entity" in spec:
        return Role(name, tuple(spec["entity"]), None, bool(spec.get("many")))
    if spec.get("fact"):
        return Role(name, (), None, bool(spec.get("many")), True)
    return Role(name, (), str(spec.get("value", "string")), bool(spec.get("many")))


def parse_ontology(doc: dict[str, Any]) -> Ontology:
    """Build and validate an :class:`Ontology` from the parsed YAML document."""
    ets: dict[str, EntityType] = {}
    for name, spec in doc["entity_types"].items():
        if not _NAME.match(name):
            raise ValueError(f"entity type {name!r} is not a valid label name")
        style = spec.get("style", {})
        ets[name] = EntityType(name, dict(spec["label"]), dict(spec["comment"]), spec.get("schema_org"),
                               style.get("color", "#999999"), style.get("shape", "dot"))
    fts: dict[str, FactType] = {}
    for name, spec in doc["fact_types"].items():
        if not _REL.match(name):
            raise ValueError(f"fact type {name!r} is not a valid relationship type")
        for end in ("subject", "object"):
            unknown = set(spec[end]) - set(ets)
            if unknown:
                raise ValueError(f"fact type {name}: unknown {end} types {sorted(unknown)}")
        roles = {rn: _role(rn, rs) for rn, rs in (spec.get("roles") or {}).items()}
        ev = spec.get("event")
        event = None
        if ev:
            for rel in [ev["subject_role"], ev["object_role"], *ev.get("roles", {}).values()]:
                if not _REL.match(rel):
                    raise ValueError(f"fact type {name}: role relationship {rel!r} is not valid")
            if not _NAME.match(ev["label"]):
                raise ValueError(f"fact type {name}: event label {ev['label']!r} is not valid")
            event = EventShape(ev["label"], ev["subject_role"], ev["object_role"], dict(ev.get("roles", {})))
        fts[name] = FactType(name, dict(spec["label"]), tuple(spec["subject"]), tuple(spec["object"]),
                             bool(spec.get("symmetric", False)), roles, event)
    vocab = doc.get("vocabulary", {})
    return Ontology(vocab.get("namespace", "https://w3id.org/rukp-kg/ontology#"), vocab.get("prefix", "rukp"),
                    dict(doc.get("modalities", {})), ets, fts)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The project's ontology (read once per process)."""
    text = resources.files("graph").joinpath("ontology.yaml").read_text(encoding="utf-8")
    return parse_ontology(yaml.safe_load(text))
