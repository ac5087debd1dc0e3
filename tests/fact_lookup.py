"""What the extraction tests share: where their reports are, and facts looked up by type and ends."""

from __future__ import annotations

from pathlib import Path

from graph.model import Fact, Graph

DATA = Path(__file__).resolve().parent / "data"


def facts(g: Graph, ftype: str, subject: str | None = None, obj: str | None = None) -> list[Fact]:
    return [f for f in g.facts if f.type == ftype and (subject is None or f.subject == subject)
            and (obj is None or f.object == obj)]
