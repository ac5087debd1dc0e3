"""The static site: ``index.html``, the thematic pages and one page per actor."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from graph.ids import slugify
from graph.model import Graph
from graph.ontology import Ontology, load_ontology

from . import views
from .elements import LAYOUT_THRESHOLD, build_elements
from .index_page import PageLink, render_index
from .page import render_page
from .rank import importance

# Each page inlines vis-network (~700 kB) so it opens alone from disk; this
# bounds the site to roughly 70 MB however many actors the graph has.
MAX_ACTOR_PAGES = 100


@dataclass(frozen=True)
class PageReport:
    file: str
    title: str
    nodes: int
    edges: int
    left_out_entities: int
    left_out_facts: int
    positioned: bool
    entity_type: str | None = None


@dataclass
class SiteReport:
    index: Path
    pages: list[PageReport] = field(default_factory=list)
    actors_left_out: int = 0


def actor_file(entity_id: str, name: str) -> str:
    """A file name that is safe on every file system and unique per entity id."""
    digest = hashlib.sha256(entity_id.encode("utf-8")).hexdigest()[:8]
    return f"actor-{slugify(name)[:40]}-{digest}.html"


def page_notes(sel: views.Selection, positioned: bool, cap: int) -> list[str]:
    notes = []
    if not sel.view.facts:
        notes.append("No facts of this kind in the graph.")
    if sel.left_out_entities or sel.left_out_facts:
        notes.append(f"Too big to draw whole (cap {cap:,} nodes): showing the {sel.node_count:,} most important "
                     f"nodes. Left out: {sel.left_out_entities:,} of {len(sel.view.entities):,} entities and "
                     f"{sel.left_out_facts:,} of {len(sel.view.facts):,} facts, the least important by PageRank.")
    if positioned:
        notes.append("Large page: positions computed in advance, physics off.")
    return notes


def build_site(graph: Graph, out_dir: str | Path, onto: Ontology | None = None,
               scores: Mapping[str, float] | None = None, max_nodes: int = views.MAX_NODES,
               max_actor_pages: int = MAX_ACTOR_PAGES, layout_threshold: int = LAYOUT_THRESHOLD,
               progress: Callable[[str], None] | None = None) -> SiteReport:
    """Write every page into ``out_dir`` and return what was written."""
    onto = onto or load_ontology()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    say = progress or (lambda _msg: None)
    index = views.GraphIndex.build(graph, onto)
    rank = importance(graph, onto, scores)
    report = SiteReport(out / "index.html")
    links: list[PageLink] = []

    def write(view: views.View, file: str, entity_type: str | None = None) -> None:
        sel = views.select(index, view, rank, max_nodes)
        el = build_elements(sel, index, rank, layout_threshold)
        text = render_page(el, onto, view.title, view.description, page_notes(sel, el.positioned, max_nodes), view.focus)
        (out / file).write_text(text, encoding="utf-8")
        report.pages.append(PageReport(file, view.title, len(el.nodes), len(el.edges), sel.left_out_entities,
                                       sel.left_out_facts, el.positioned, entity_type))
        links.append(PageLink(file, view.title, view.description, len(el.nodes), len(el.edges), entity_type))

    for make in (views.overview, views.flow, views.sanctions, views.meetings):
        view = make(index)
        say(f"page {view.slug}.html: {len(view.entities):,} entities, {len(view.facts):,} facts")
        write(view, f"{view.slug}.html")

    for stale in out.glob("actor-*.html"):
        stale.unlink()  # pages of actors no longer in the graph must not linger
    actors = views.actors(index, rank)
    chosen = actors[:max_actor_pages]
    report.actors_left_out = len(actors) - len(chosen)
    for i, eid in enumerate(chosen, 1):
        e = index.entities[eid]
        if i == 1 or i % 20 == 0 or i == len(chosen):
            say(f"actor pages: {i}/{len(chosen)}")
        file = actor_file(eid, e.name)
        write(views.actor(index, eid, file[:-5]), file, e.type)

    report.index.write_text(render_index(graph, onto, links, report.actors_left_out), encoding="utf-8")
    return report
