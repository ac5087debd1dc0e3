"""The named SPARQL queries shipped in ``queries/sparql/*.rq``.

Each file starts with ``# title:`` and ``# description:`` comment lines
(a description may continue on indented comment lines); the rest is the
query, runnable as is by any SPARQL 1.1 engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str


def _parse(name: str, text: str) -> NamedQuery:
    meta: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:]
        head, sep, rest = body.strip().partition(":")
        if sep and not body.startswith("   ") and head in ("title", "description"):
            key = head
            meta[key] = rest.strip()
        elif key:
            meta[key] += " " + body.strip()
    if "title" not in meta:
        raise ValueError(f"query {name}.rq has no '# title:' line")
    return NamedQuery(name, meta["title"], meta.get("description", ""), text)


def load_queries() -> dict[str, NamedQuery]:
    """Every shipped query by file name (without ``.rq``), sorted by name."""
    folder = resources.files("queries").joinpath("sparql")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = _parse(name, entry.read_text(encoding="utf-8"))
    return found
