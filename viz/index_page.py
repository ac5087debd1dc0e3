"""``index.html``: what the graph holds (counts, sources, date range) and a link to every page."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from graph.model import Graph
from graph.ontology import Ontology

from .page import CSP


@dataclass(frozen=True)
class PageLink:
    file: str
    title: str
    description: str
    nodes: int
    edges: int
    entity_type: str | None = None  # set on actor pages


def _range(values: list[str]) -> str:
    values = sorted(v for v in values if v)
    if not values:
        return "none"
    return values[0] if values[0] == values[-1] else f"{values[0]} to {values[-1]}"


def render_index(graph: Graph, onto: Ontology, pages: list[PageLink], actors_left_out: int,
                 generated: str | None = None) -> str:
    esc = html.escape
    css = resources.files("viz").joinpath("assets", "viz.css").read_text(encoding="utf-8")
    ent_counts = Counter(e.type for e in graph.entities)
    fact_counts = Counter(f.type for f in graph.facts)
    modality_counts = Counter(f.modality for f in graph.facts)
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Russia–North Korea knowledge graph — rukp-kg</title><style>{css}</style></head>",
        '<body class="kg-index"><h1>Russia–North Korea knowledge graph</h1>',
        f"<p id=\"kg-summary\">{len(graph.articles):,} articles, {len(graph.entities):,} entities, "
        f"{len(graph.facts):,} facts. Article dates: {esc(_range([a.published or '' for a in graph.articles]))}."
        f" Fact dates: {esc(_range([f.date.value for f in graph.facts if f.date]))}.</p>",
    ]
    if generated:
        parts.append(f'<p class="kg-hint">Generated {esc(generated)}.</p>')
    thematic = [p for p in pages if p.entity_type is None]
    parts.append('<h2>Graph pages</h2><ul id="kg-main-pages">')
    for p in thematic:
        parts.append(f'<li><a href="{esc(p.file)}">{esc(p.title)}</a> — {esc(p.description)} '
                     f'<span class="kg-hint">({p.nodes:,} nodes, {p.edges:,} edges)</span></li>')
    parts.append("</ul>")

    parts.append("<h2>What is in the graph</h2><table id=\"kg-entity-counts\"><tr><th>Entity type</th><th>Count</th></tr>")
    for name, et in onto.entity_types.items():
        if ent_counts.get(name):
            parts.append(f"<tr><td>{esc(et.label.get('en', name))}</td><td class=\"num\">{ent_counts[name]:,}</td></tr>")
    parts.append("</table><table id=\"kg-fact-counts\"><tr><th>Fact type</th><th>Count</th></tr>")
    for name, ft in onto.fact_types.items():
        if fact_counts.get(name):
            parts.append(f"<tr><td>{esc(ft.label.get('en', name))}</td><td class=\"num\">{fact_counts[name]:,}</td></tr>")
    parts.append("</table><table id=\"kg-modality-counts\"><tr><th>Modality</th><th>Facts</th></tr>")
    for name, m in onto.modalities.items():
        if modality_counts.get(name):
            parts.append(f"<tr><td>{esc(name)} <span class=\"kg-hint\">({esc(m.get('en', ''))})</span></td>"
                         f"<td class=\"num\">{modality_counts[name]:,}</td></tr>")
    parts.append("</table>")

    actor_pages = [p for p in pages if p.entity_type is not None]
    parts.append(f'<h2>Actors</h2><p class="kg-hint">One page per actor: its neighbourhood, two hops.</p>')
    if actors_left_out:
        parts.append(f'<p class="kg-note">{actors_left_out:,} less important actors have no page of their own'
                     " (see the overview).</p>")
    for name, et in onto.entity_types.items():
        group = sorted((p for p in actor_pages if p.entity_type == name), key=lambda p: p.title.lower())
        if not group:
            continue
        parts.append(f"<h3>{esc(et.label.get('en', name))}</h3><ul class=\"kg-pages\">")
        parts += [f'<li><a href="{esc(p.file)}">{esc(p.title)}</a></li>' for p in group]
        parts.append("</ul>")

    parts.append('<h2>Sources</h2><table id="kg-sources"><tr><th>Published</th><th>Title</th><th>Publisher</th>'
                 "<th>Language</th><th>Facts</th></tr>")
    cited = Counter(ev.article for f in graph.facts for ev in {e.article: e for e in f.evidence}.values())
    for a in sorted(graph.articles, key=lambda a: (a.published or "", a.id)):
        parts.append(f"<tr><td>{esc(a.published or '')}</td><td>{esc(a.title or a.path)}</td>"
                     f"<td>{esc(a.publisher or '')}</td><td>{esc(a.lang)}</td>"
                     f"<td class=\"num\">{cited.get(a.id, 0):,}</td></tr>")
    parts.append("</table></body></html>\n")
    return "\n".join(parts)
