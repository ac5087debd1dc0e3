"""FollowTheMoney (FtM 4) entities as JSON lines, for Aleph and OpenSanctions users.

Entity types map to the nearest FtM schema; FtM has no "country" entity, so
a state becomes a ``PublicBody`` (its government acting as a whole) with its
ISO code in ``country`` and ``jurisdiction``:

=============  ==================  =============================================
ours           FtM schema          notes
=============  ==================  =============================================
Person         Person
State          PublicBody          ``country``/``jurisdiction`` from the name
Organization   Organization
Place          Address             ``full`` and ``name`` are the place name
Weapon,        Asset               ``keywords`` holds our type
Technology,
Commodity
Resolution     (none)              becomes ``program``/``programId`` of Sanction
Vessel         Vessel
article        Article             ``proof`` of every fact quoted from it
=============  ==================  =============================================

Facts: ``SUPPLIES`` → ``EconomicActivity`` (sender, receiver, goods, what
they are exchanged for), ``SANCTIONS`` → ``Sanction``, ``MET_WITH`` →
``Event`` (involved, place), ``VISITED`` → ``Trip``, ``LEADS`` and
``HOLDS_ROLE`` → ``Directorship``, ``AFFILIATED_WITH`` → ``Membership``,
anything else → ``UnknownLink`` with the fact label as ``role``. Every fact
entity carries ``recordId`` (our fact id), ``proof`` (its articles),
``summary`` (its first quote) and its modality in ``status`` where the schema
has one, else in ``description``.

FtM cleans values as it stores them: names lose line breaks and repeated
spaces, dates are checked, unknown countries are dropped. Our ids become
FtM ids by turning ``:`` into ``.`` (``person.kim-jong-un``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from graph.model import Entity, Fact, Graph
from graph.ontology import Ontology, load_ontology

ENTITY_SCHEMA = {"Person": "Person", "State": "PublicBody", "Organization": "Organization", "Place": "Address",
                 "Weapon": "Asset", "Technology": "Asset", "Commodity": "Asset", "Vessel": "Vessel"}
_FTM_ID = re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$")


class FtmUnavailable(RuntimeError):
    """The followthemoney package is not installed."""


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError:
        raise FtmUnavailable("the FtM export needs the followthemoney package: "
                             "pip install 'followthemoney>=4,<5'") from None
    return model


def ftm_id(our_id: str) -> str:
    """FtM-valid id for one of our ids; a hash when the readable form is not valid.

    >>> ftm_id("person:kim-jong-un")
    'person.kim-jong-un'
    """
    candidate = our_id.replace(":", ".")
    if _FTM_ID.match(candidate) and len(candidate) <= 128:
        return candidate
    return "rukp." + hashlib.sha1(our_id.encode("utf-8")).hexdigest()


def _ids(value: object) -> list[str]:
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]


class _Builder:
    def __init__(self, graph: Graph, onto: Ontology) -> None:
        self.model = _model()
        from followthemoney import registry

        self.registry = registry
        self.graph = graph
        self.onto = onto
        self.entities = graph.entity_index()
        self.schema_of: dict[str, str] = {}

    def make(self, schema: str, our_id: str) -> Any:
        proxy = self.model.make_entity(schema)
        proxy.id = ftm_id(our_id)
        return proxy

    def entity(self, e: Entity) -> Any | None:
        schema = ENTITY_SCHEMA.get(e.type)
        if schema is None:
            return None
        p = self.make(schema, e.id)
        p.add("name", e.name)
        if schema == "Address":
            p.add("full", e.name)
        for n in sorted(set(e.names.values()) | set(e.aliases)):
            if n != e.name:
                p.add("alias", n)
        p.add("wikidataId", e.wikidata)
        p.add("description", e.description)
        if schema == "PublicBody":
            code = next((c for c in (self.registry.country.clean(n) for n in [e.name, *e.names.values()]) if c),
                        None)
            p.add("country", code)
            p.add("jurisdiction", code)
        if schema == "Asset":
            p.add("keywords", e.type)
        self.schema_of[e.id] = schema
        return p

    def fits(self, schema: str, prop: str, our_id: str) -> bool:
        """Whether entity ``our_id`` may be the value of ``schema.prop`` (its range)."""
        target = self.schema_of.get(our_id)
        rng = self.model.get(schema).get(prop).range
        return target is not None and self.model.get(target).is_a(rng)

    def name(self, our_id: str) -> str:
        e = self.entities.get(our_id)
        return e.name if e else our_id

    def fact(self, f: Fact) -> Any:
        ft = self.onto.fact_type(f.type)
        label = ft.label["en"]
        s, o = f.subject, f.object
        schema, ends = "UnknownLink", {"subject": s, "object": o}
        if f.type == "SUPPLIES":
            schema, ends = "EconomicActivity", {"sender": s, "receiver": o}
        elif f.type == "SANCTIONS":
            schema, ends = "Sanction", {"entity": o}
        elif f.type == "MET_WITH":
            schema, ends = "Event", {}
        elif f.type == "VISITED":
            schema, ends = "Trip", {}
        elif f.type in ("LEADS", "HOLDS_ROLE"):
            schema, ends = "Directorship", {"director": s, "organization": o}
        elif f.type == "AFFILIATED_WITH":
            schema, ends = "Membership", {"member": s, "organization": o}
        if not all(self.fits(schema, prop, v) for prop, v in ends.items()):
            schema, ends = "UnknownLink", {"subject": s, "object": o}
        p = self.make(schema, f.id)
        for prop, v in ends.items():
            p.add(prop, ftm_id(v))
        sc = self.model.get(schema)
        if f.date is not None:
            p.add("date", f.date.value)
        p.add("recordId", f.id)
        for art in sorted({ev.article for ev in f.evidence}):
            if art in self.articles:
                p.add("proof", ftm_id(art))
        if f.evidence:
            p.add("summary", f.evidence[0].quote)
        notes = [f"{self.name(s)} {label} {self.name(o)}", f"modality: {f.modality}"]
        if "status" in sc.properties:
            p.add("status", f.modality)
        a = f.attrs
        if schema == "EconomicActivity":
            p.add("goodsDescription", "; ".join(self.name(i) for i in _ids(a.get("item"))) or None)
            if _ids(a.get("in_exchange_for")):
                notes.append("in exchange for: " + "; ".join(self.name(i) for i in _ids(a["in_exchange_for"])))
            if a.get("quantity"):
                notes.append(f"quantity: {a['quantity']}")
        elif schema == "Sanction":
            p.add("authority", self.name(s))
            res = a.get("resolution")
            if isinstance(res, str):
                p.add("program", self.name(res))
                p.add("programId", res)
            for m in a.get("measures") or []:
                p.add("provisions", str(m))
            for i in _ids(a.get("prohibits")):
                p.add("provisions", f"prohibits: {self.name(i)}")
            p.add("reason", a.get("reason"))
            p.add("startDate", None if f.date is None else f.date.value)
        elif schema in ("Event", "Trip"):
            p.add("name", f"{self.name(s)} {label} {self.name(o)}")
            p.add("involved", ftm_id(s))
            place = a.get("place") if schema == "Event" else o
            if schema == "Event":
                p.add("involved", ftm_id(o))
            if isinstance(place, str) and self.fits(schema, "addressEntity", place):
                p.add("addressEntity", ftm_id(place))
                if schema == "Trip":
                    p.add("endLocation", ftm_id(place))
            elif isinstance(place, str) and self.schema_of.get(place) == "PublicBody":
                p.add("country", self.registry.country.clean(self.name(place)))
            for key in ("occasion", "purpose"):
                if a.get(key):
                    notes.append(f"{key}: {a[key]}")
        elif schema in ("Directorship", "Membership"):
            p.add("role", a.get("role") or ("leader" if f.type == "LEADS" else None))
        else:
            p.add("role", label)
        if f.attributed_to:
            notes.append(f"attributed to: {self.name(f.attributed_to)}")
        p.add("description", "; ".join(notes))
        return p

    def article(self, art: Any) -> Any:
        p = self.make("Article", art.id)
        p.add("title", art.title)
        p.add("publisher", art.publisher)
        p.add("publishedAt", art.published)
        p.add("language", self.registry.language.clean(art.lang))
        p.add("fileName", art.path)
        return p

    def build(self) -> Iterator[Any]:
        self.articles = {a.id for a in self.graph.articles}
        for art in sorted(self.graph.articles, key=lambda a: a.id):
            yield self.article(art)
        for e in sorted(self.graph.entities, key=lambda e: e.id):
            proxy = self.entity(e)
            if proxy is not None:
                yield proxy
        for f in sorted(self.graph.facts, key=lambda f: f.id):
            yield self.fact(f)


def ftm_entities(graph: Graph, onto: Ontology | None = None) -> Iterator[dict[str, Any]]:
    """FtM entity dicts (``id``, ``schema``, ``properties``): articles, entities, then facts.

    Examples
    --------
    >>> import sys; sys.path.insert(0, "tests")
    >>> from sample_graphs import small_graph
    >>> sorted({d["schema"] for d in ftm_entities(small_graph())})  # doctest: +NORMALIZE_WHITESPACE
    ['Address', 'Article', 'Asset', 'EconomicActivity', 'Event', 'Organization', 'Person', 'PublicBody',
     'Sanction']
    """
    for proxy in _Builder(graph, onto or load_ontology()).build():
        yield proxy.to_dict()


def write_ftm(graph: Graph, out: IO[str]) -> int:
    """Write one JSON object per line; returns the number of entities."""
    n = 0
    for d in ftm_entities(graph):
        out.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n
