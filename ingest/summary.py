"""A one-screen summary of an extracted graph: counts by type and the best-supported facts."""

from __future__ import annotations

from collections import Counter

from graph.model import Graph


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summarize(graph: Graph, top: int = 8) -> str:
    names = {e.id: e.name for e in graph.entities}
    lines = [f"{len(graph.articles)} articles, {len(graph.entities)} entities, {len(graph.facts)} facts"]
    ents = Counter(e.type for e in graph.entities)
    lines.append("entities: " + ", ".join(f"{t} {n}" for t, n in sorted(ents.items())))
    facts = Counter(f.type for f in graph.facts)
    lines.append("facts:    " + ", ".join(f"{t} {n}" for t, n in sorted(facts.items())))
    mods = Counter(f.modality for f in graph.facts)
    lines.append("modality: " + ", ".join(f"{t} {n}" for t, n in sorted(mods.items())))
    lines.append("")
    lines.append("best-supported facts:")
    ranked = sorted(graph.facts, key=lambda f: (-len({e.article for e in f.evidence}), -f.confidence, f.id))
    for f in ranked[:top]:
        when = f" ({f.date.value})" if f.date else ""
        lines.append(f"  {names.get(f.subject, f.subject)} —{f.type}→ {names.get(f.object, f.object)}"
                     f" [{f.modality}]{when}, {len({e.article for e in f.evidence})} article(s)")
        lines.append(f"      “{_clip(f.evidence[0].quote, 110)}”")
    return "\n".join(lines)
