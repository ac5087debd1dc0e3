"""The JSON-LD ``@context`` of the export, generated from the vocabulary.

It gives every project term and the few borrowed ones (labels, selectors,
provenance) a short name, and marks IRI-valued properties ``"@type": "@id"``
so JSON-LD consumers see plain strings for links.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .vocab import DCTERMS, OA, OWL, PROV, RDFS, SCHEMA, SKOS, XSD, Vocab, _CORE, project_vocab, prefixes

_BORROWED: dict[str, tuple[str, str | None]] = {
    "label": (RDFS + "label", None),
    "altLabel": (SKOS + "altLabel", None),
    "identifier": (DCTERMS + "identifier", None),
    "description": (SCHEMA + "description", None),
    "headline": (SCHEMA + "headline", None),
    "inLanguage": (SCHEMA + "inLanguage", None),
    "datePublished": (SCHEMA + "datePublished", None),
    "sameAs": (OWL + "sameAs", "@id"),
    "wasDerivedFrom": (PROV + "wasDerivedFrom", "@id"),
    "hasSource": (OA + "hasSource", "@id"),
    "hasSelector": (OA + "hasSelector", "@id"),
    "exact": (OA + "exact", None),
    "start": (OA + "start", XSD + "integer"),
    "end": (OA + "end", XSD + "integer"),
    "TextQuoteSelector": (OA + "TextQuoteSelector", None),
    "TextPositionSelector": (OA + "TextPositionSelector", None),
    "SpecificResource": (OA + "SpecificResource", None),
}
_TYPED = {"confidence": XSD + "decimal", "sentence": XSD + "integer"}


def build_context(v: Vocab) -> dict[str, Any]:
    ctx: dict[str, Any] = {"id": "@id", "type": "@type"}
    ctx.update(prefixes(v))
    for name, (iri, typ) in _BORROWED.items():
        ctx[name] = {"@id": iri, "@type": typ} if typ else iri
    for name, spec in _CORE.items():
        iri = v.core(name)
        if spec[0] == "object":
            ctx[name] = {"@id": iri, "@type": "@id"}
        elif name in _TYPED:
            ctx[name] = {"@id": iri, "@type": _TYPED[name]}
        else:
            ctx[name] = iri
    for cls in v.entity_classes.values():
        ctx[cls[len(v.ns):]] = cls
    for f in v.facts.values():
        ctx[f.cls[len(v.ns):]] = f.cls
        ctx[f.direct[len(v.ns):]] = {"@id": f.direct, "@type": "@id"}
        for prop in (f.subject_prop, f.object_prop):
            if prop:
                ctx[prop[len(v.ns):]] = {"@id": prop, "@type": "@id"}
        for role in f.roles.values():
            local = role.iri[len(v.ns):]
            ctx[local] = role.iri if role.kind == "value" else {"@id": role.iri, "@type": "@id"}
    for m in v.modalities.values():
        ctx.setdefault(m[len(v.ns):], m)
    return {"@context": ctx}


def jsonld_context() -> dict[str, Any]:
    return build_context(project_vocab())


def write_context(path: str | Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(jsonld_context(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
